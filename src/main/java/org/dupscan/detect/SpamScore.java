package org.dupscan.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Combines a page's findings into a spam score from 0 to 100 with the reasons behind it: a logistic
 * model, score = 100 / (1 + exp(-(BIAS + sum of weight x signal))). The weights were fitted by logistic
 * regression on the labelled corpus that the test generator builds (see SpamScoreFitTest, which refits
 * them and checks that these rounded values separate its labels as well as the fit), then rounded.
 * A page is flagged at {@link #DEFAULT_FLAG_SCORE} and above.
 */
public final class SpamScore {

  public static final double DEFAULT_FLAG_SCORE = 50.0;

  /** Intercept. */
  public static final double BIAS = -2.0;
  /** Per injected caption on the page (at most 2 count). */
  public static final double W_CAPTION = 4.5;
  /** The title re-inserted in the body. */
  public static final double W_TITLE_REPEATED = 4.0;
  /** An archive ("Tag:") title. */
  public static final double W_ARCHIVE = 0.5;
  /** The title shared with, or a near variant of, another page's. */
  public static final double W_SHARED_TITLE = 0.0;
  /** Per unit of boilerplate share (0..1). */
  public static final double W_BOILERPLATE = 0.0;
  /** Per unit of similarity to the closest near duplicate (0..1; 1 for an exact copy). */
  public static final double W_NEAR_DUPLICATE = 3.0;
  /** Per paragraph restating the page (at most 2 count). */
  public static final double W_REPETITION = 3.5;
  /** Keyword stuffing over Gopher's limits. */
  public static final double W_STUFFING = 4.0;
  /** A thin page. */
  public static final double W_THIN = 3.0;

  /**
   * A page's signals.
   *
   * @param captions injected captions found on it
   * @param captionPages the most pages any of its captions stands on
   * @param titleRepeatedAt the first block re-inserting the title, or -1
   * @param archive whether its title is an archive title
   * @param sharedTitle whether its title is shared with or a variant of another page's
   * @param boilerplateShare share of its words in boilerplate
   * @param nearSimilarity similarity to its closest duplicate (1 for an exact copy), or 0
   * @param nearOf the id of that duplicate, or ""
   * @param repeatedParagraphs paragraphs restating the page
   * @param stuffed whether keyword stuffing goes over Gopher's limits
   * @param thin whether the page is thin
   */
  public record Signals(int captions, int captionPages, int titleRepeatedAt, boolean archive,
      boolean sharedTitle, double boilerplateShare, double nearSimilarity, String nearOf,
      int repeatedParagraphs, boolean stuffed, boolean thin) {

    /** The signals as model inputs, in the order of {@link #weights()}. */
    public double[] vector() {
      return new double[] {Math.min(captions, 2), titleRepeatedAt >= 0 ? 1 : 0, archive ? 1 : 0,
          sharedTitle ? 1 : 0, boilerplateShare, nearSimilarity, Math.min(repeatedParagraphs, 2),
          stuffed ? 1 : 0, thin ? 1 : 0};
    }
  }

  /**
   * A score and its reasons.
   *
   * @param score 0 to 100
   * @param reasons the signals that raised it, strongest first, "; "-separated
   */
  public record Score(double score, String reasons) {}

  private SpamScore() {}

  /** The weights, in the order of {@link Signals#vector()}. */
  public static double[] weights() {
    return new double[] {W_CAPTION, W_TITLE_REPEATED, W_ARCHIVE, W_SHARED_TITLE, W_BOILERPLATE,
        W_NEAR_DUPLICATE, W_REPETITION, W_STUFFING, W_THIN};
  }

  /** The score of a signal vector under given weights and bias (for fitting). */
  public static double score(double[] x, double[] w, double bias) {
    double z = bias;
    for (int i = 0; i < x.length; i++) {
      z += w[i] * x[i];
    }
    return 100.0 / (1.0 + Math.exp(-z));
  }

  public static Score of(Signals s) {
    double[] x = s.vector();
    double[] w = weights();
    double score = score(x, w, BIAS);
    List<double[]> parts = new ArrayList<>(); // {contribution, index}
    for (int i = 0; i < x.length; i++) {
      if (w[i] * x[i] > 0.05) {
        parts.add(new double[] {w[i] * x[i], i});
      }
    }
    parts.sort((a, b) -> a[0] != b[0] ? Double.compare(b[0], a[0]) : Double.compare(a[1], b[1]));
    List<String> reasons = new ArrayList<>();
    for (double[] p : parts) {
      reasons.add(reason((int) p[1], s));
    }
    return new Score(Math.round(score * 10) / 10.0, String.join("; ", reasons));
  }

  private static String reason(int i, Signals s) {
    return switch (i) {
      case 0 -> "caption x" + s.captions() + (s.captionPages() >= 2
          ? " recurring on " + s.captionPages() + " pages" : "");
      case 1 -> "title repeated at block " + s.titleRepeatedAt();
      case 2 -> "archive title";
      case 3 -> "shared title";
      case 4 -> String.format(Locale.ROOT, "%.0f%% boilerplate", 100 * s.boilerplateShare());
      case 5 -> s.nearSimilarity() >= 1.0 ? "exact copy of " + s.nearOf()
          : String.format(Locale.ROOT, "near-duplicate of %s at %.2f", s.nearOf(), s.nearSimilarity());
      case 6 -> s.repeatedParagraphs() + " paragraph" + (s.repeatedParagraphs() == 1 ? "" : "s")
          + " restating the page";
      case 7 -> "keyword stuffing";
      case 8 -> "thin page";
      default -> throw new IllegalArgumentException("no signal " + i);
    };
  }
}
