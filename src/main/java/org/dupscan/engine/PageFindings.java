package org.dupscan.engine;

import org.dupscan.detect.SpamScore;
import org.dupscan.detect.TextQuality;

/**
 * What the spam detectors found on one page, for documents.csv: small numbers, no body text.
 *
 * @param boilerplateShare share of the page's words in boilerplate (page furniture or mined blocks)
 * @param contentWords words left after boilerplate removal
 * @param quality repetition and stuffing figures
 * @param captions injected captions found on it
 * @param spamScore 0 to 100
 * @param reasons the signals behind the score
 * @param signals the inputs of the score
 */
public record PageFindings(double boilerplateShare, int contentWords, TextQuality.Figures quality,
    int captions, double spamScore, String reasons, SpamScore.Signals signals) {}
