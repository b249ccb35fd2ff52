package org.dupscan.detect;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Combines a page's findings into a spam score from 0 to 100 with the reasons behind it: a logistic
 * model, score = 100 / (1 + exp(-(BIAS + sum of weight x signal))). The weights were fitted by logistic
 * regression on a generated labelled corpus, the labelled sample corpus and real clean documentation
 * pages (see SpamScoreFitTest, which refits them and checks that these rounded values separate the
 * labels as well as the fit: fitted bias -2.88, caption 4.31, title repeated 3.97, archive 0.37,
 * restating 4.06, stuffing 3.09), then rounded. Duplicate content, a shared title, template share and
 * thinness are reported in their columns but weigh nothing: a copy or a short page is not spam by
 * itself, and a page is flagged only when a spam signal is present. A page is flagged at
 * {@link #DEFAULT_FLAG_SCORE} and above.
 */
public final class SpamScore {

  public static final double DEFAULT_FLAG_SCORE = 50.0;

  /** Intercept. */
  public static final double BIAS = -3.0;
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
  public static final double W_NEAR_DUPLICATE = 0.0;
  /** Per paragraph restating the page (at most 2 count). */
  public static final double W_REPETITION = 4.0;
  /** Keyword stuffing over Gopher's limits. */
  public static final double W_STUFFING = 3.5;
  /** A thin page. */
  public static final double W_THIN = 0.0;
  /**
   * A spun variant of another page (signal 1 across hosts, 0.5 on one host). Set by hand like
   * near_duplicate (not refitted: the labelled corpus has no spun pages).
   */
  public static final double W_SPUN_VARIANT = 3.0;

  /**
   * The weights by signal name: the table the score reads. A page's signals come from the stages of
   * the pipeline ({@code org.dupscan.pipeline.Stages}); a signal not named here is kept but not
   * weighed. The order is that of {@link Signals#vector()} and {@link #weights()}, and breaks ties
   * between equally strong reasons.
   */
  public static final Map<String, Double> WEIGHTS = table(
      "caption", W_CAPTION,
      "title_repeated", W_TITLE_REPEATED,
      "archive", W_ARCHIVE,
      "shared_title", W_SHARED_TITLE,
      "boilerplate", W_BOILERPLATE,
      "near_duplicate", W_NEAR_DUPLICATE,
      "repetition", W_REPETITION,
      "stuffing", W_STUFFING,
      "thin", W_THIN,
      "spun_variant", W_SPUN_VARIANT);

  /** The names of {@link #WEIGHTS}, in order. */
  public static final List<String> NAMES = List.copyOf(WEIGHTS.keySet());

  /** Least contribution of a signal that is named among the reasons. */
  static final double MIN_REASON = 0.05;

  private static Map<String, Double> table(Object... nameWeight) {
    Map<String, Double> m = new LinkedHashMap<>();
    for (int i = 0; i < nameWeight.length; i += 2) {
      m.put((String) nameWeight[i], (Double) nameWeight[i + 1]);
    }
    return Collections.unmodifiableMap(m);
  }

  /**
   * A score and its reasons.
   *
   * @param score 0 to 100
   * @param reasons the signals that raised it, strongest first, "; "-separated
   */
  public record Score(double score, String reasons) {}

  private SpamScore() {}

  /** The weights, in the order of {@link #WEIGHTS} and {@link Signals#vector()}. */
  public static double[] weights() {
    double[] w = new double[WEIGHTS.size()];
    int k = 0;
    for (double v : WEIGHTS.values()) {
      w[k++] = v;
    }
    return w;
  }

  /** The score of a signal vector under given weights and bias (for fitting). */
  public static double score(double[] x, double[] w, double bias) {
    double z = bias;
    for (int i = 0; i < x.length; i++) {
      z += w[i] * x[i];
    }
    return 100.0 / (1.0 + Math.exp(-z));
  }

  /** The score of a page's signals, with the names of those that raised it. */
  public static Score of(Signals s) {
    double[] x = s.vector();
    double[] w = weights();
    double score = score(x, w, BIAS);
    List<double[]> parts = new ArrayList<>(); // {contribution, index}
    for (int i = 0; i < x.length; i++) {
      if (w[i] * x[i] > MIN_REASON) {
        parts.add(new double[] {w[i] * x[i], i});
      }
    }
    parts.sort((a, b) -> a[0] != b[0] ? Double.compare(b[0], a[0]) : Double.compare(a[1], b[1]));
    List<String> reasons = new ArrayList<>();
    for (double[] p : parts) {
      reasons.add(s.reason(NAMES.get((int) p[1])));
    }
    return new Score(Math.round(score * 10) / 10.0, String.join("; ", reasons));
  }
}
