package org.dupscan.engine;

import org.dupscan.detect.Signals;

/**
 * What the engine found on one page beside the stages' own results, for documents.csv: small numbers,
 * no body text.
 *
 * @param boilerplateShare share of the page's words in boilerplate (page furniture or mined blocks)
 * @param contentWords words left after boilerplate removal
 * @param spamScore 0 to 100
 * @param reasons the signals behind the score
 * @param signals the inputs of the score, by name
 */
public record PageFindings(double boilerplateShare, int contentWords, double spamScore, String reasons,
    Signals signals) {}
