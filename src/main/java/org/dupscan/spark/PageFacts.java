package org.dupscan.spark;

import java.io.Serializable;
import org.dupscan.engine.PageSummary;

/**
 * What the per-host step knows of a page for its documents.csv row: all that depends on its host
 * alone. The cross-host cells (duplicates, shared title, captions, containment) are joined in by id.
 *
 * @param summary the page's summary, as the CLI's engine makes it
 * @param boilerplateShare share of its words in furniture or the host's mined template
 * @param contentWords words left after those are removed
 * @param titleRepeatedAt the block its title is re-inserted at after prose (host template left out),
 *     or -1
 * @param archive whether its title is an archive title
 * @param repeatedParagraphs paragraphs restating the page (TextQuality)
 * @param stuffed whether it is keyword-stuffed (TextQuality)
 * @param textQualityCells the text quality stage's documents.csv cells, as written
 */
record PageFacts(PageSummary summary, double boilerplateShare, int contentWords, int titleRepeatedAt,
    boolean archive, int repeatedParagraphs, boolean stuffed, String[] textQualityCells)
    implements Serializable {}
