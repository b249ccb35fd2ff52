package org.dupscan.detect;

/**
 * Thresholds of the spam detectors, as plain values. The constructor rejects bad values with a message
 * that shows them.
 *
 * @param boilerplateShare least share of a host's pages a block must stand on to be boilerplate (with
 *     at least {@link BoilerplateMiner#MIN_PAGES} pages), in (0, 1]
 * @param boilerplateHosts least number of hosts for a block to be reported as a cross-host widget
 * @param titleSimilarity least word Jaccard similarity of two title variants, in (0, 1)
 * @param captionScore least score of a reported injected caption, in (0, 1]
 * @param restatedShare least share of a paragraph's content bigrams found elsewhere on the page for
 *     it to count as restating the page, in (0, 1]
 * @param thinWords pages with fewer content words (boilerplate removed) are thin
 * @param flagScore least spam score of a flagged page, in [0, 100]
 * @param compressionRatio whether to measure each page's compression ratio (Deflate); off by default,
 *     as it costs more than all other per-page measures together and the spam score gives it no weight
 */
public record DetectorSettings(double boilerplateShare, int boilerplateHosts, double titleSimilarity,
    double captionScore, double restatedShare, int thinWords, double flagScore,
    boolean compressionRatio) {

  /** Default least words of a page that is not thin. */
  public static final int DEFAULT_THIN_WORDS = 60;

  public DetectorSettings {
    if (!(boilerplateShare > 0.0 && boilerplateShare <= 1.0)) {
      throw new IllegalArgumentException("boilerplate share must be in (0, 1] but was "
          + boilerplateShare);
    }
    if (boilerplateHosts < 2) {
      throw new IllegalArgumentException("boilerplate hosts must be at least 2 but was "
          + boilerplateHosts);
    }
    if (!(titleSimilarity > 0.0 && titleSimilarity < 1.0)) {
      throw new IllegalArgumentException("title similarity must be in (0, 1) but was "
          + titleSimilarity);
    }
    if (!(captionScore > 0.0 && captionScore <= 1.0)) {
      throw new IllegalArgumentException("caption score must be in (0, 1] but was " + captionScore);
    }
    if (!(restatedShare > 0.0 && restatedShare <= 1.0)) {
      throw new IllegalArgumentException("restated share must be in (0, 1] but was " + restatedShare);
    }
    if (thinWords < 0) {
      throw new IllegalArgumentException("thin words must not be negative but was " + thinWords);
    }
    if (!(flagScore >= 0.0 && flagScore <= 100.0)) {
      throw new IllegalArgumentException("flag score must be in [0, 100] but was " + flagScore);
    }
  }

  public static DetectorSettings defaults() {
    return new DetectorSettings(BoilerplateMiner.DEFAULT_MIN_SHARE, BoilerplateMiner.DEFAULT_MIN_HOSTS,
        TitleGroups.DEFAULT_VARIANT_SIMILARITY, CaptionDetector.DEFAULT_MIN_SCORE,
        TextQuality.DEFAULT_RESTATED_SHARE, DEFAULT_THIN_WORDS, SpamScore.DEFAULT_FLAG_SCORE, false);
  }
}
