/**
 * Detectors: each sees extracted pages, their words ({@link org.dupscan.text.PageWords}, tokenised once
 * per page) or their numeric summaries, and reports findings as records; none knows about input
 * readers or report formats. Near duplicates ({@link
 * org.dupscan.detect.NearDuplicateFinder}); SEO spam: site boilerplate ({@link
 * org.dupscan.detect.BoilerplateMiner}, {@link org.dupscan.detect.ShallowBoilerplate}), titles ({@link
 * org.dupscan.detect.TitleFacts}, {@link org.dupscan.detect.SiteNames}, {@link
 * org.dupscan.detect.TitleGroups}, grouping variants with the prefix-filter {@link
 * org.dupscan.detect.SimilarityJoin} that boilerplate variants use too; {@link
 * org.dupscan.detect.TitleNights} makes a nightly run's groups from the last run's), injected image captions
 * ({@link org.dupscan.detect.CaptionDetector}), repetition and stuffing ({@link
 * org.dupscan.detect.TextQuality}, which shares its runs of list lines with the title rules,
 * {@code ListRuns}, reads keyword lines and stuffed sentences in {@code KeywordPhrases}, and finds a
 * lead or a box said again word for word, {@link org.dupscan.detect.Restatement}), and the spam score
 * that combines them ({@link
 * org.dupscan.detect.SpamScore}), reading each page's {@link org.dupscan.detect.Signals} by name. The
 * pipeline package wraps these detectors into the stages a scan runs.
 */
package org.dupscan.detect;
