package org.dupscan.spark;

import java.io.Serializable;
import org.dupscan.detect.CaptionDetector;

/**
 * A caption candidate as the per-host step found it, for the corpus-wide recurrence count.
 *
 * @param candidate the candidate, as {@code CaptionStage} found it on its page
 * @param ordinal its place among its page's candidates (two can share a block index)
 * @param ownProse its page's prose hashes that are not the host's template: those that can relate
 *     the pages carrying its text ({@code CaptionDetector.finish}'s shared-prose rule)
 */
public record CaptionItem(CaptionDetector.Candidate candidate, int ordinal, long[] ownProse)
    implements Serializable {}
