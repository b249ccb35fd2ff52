package org.dupscan.detect;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dupscan.engine.ScanEngine;
import org.dupscan.engine.ScanResult;
import org.dupscan.engine.ScanSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where the spam score's weights come from: fits a logistic regression (batch gradient descent on the
 * log loss with a small L2 penalty, fixed iterations, so the fit is deterministic) to the signals of
 * a generated labelled corpus (seed different from the quality test's), of the sample corpus in
 * corpus/ with its labels, and of the real clean pages in src/test/resources/real-sites/ (all
 * labelled clean), weights kept non-negative, prints the fitted weights, and checks that the rounded
 * weights shipped in {@link SpamScore} classify the pages as well as the fit. Duplicate content, a
 * shared title, template share and thinness are reported but are not spam by themselves: their weights
 * are held at 0, and pages labelled only as copies or thin count as not spam.
 */
class SpamScoreFitTest {

  static final int ITERATIONS = 4000;
  static final double LEARNING_RATE = 0.5;
  static final double L2 = 0.002;

  /** Signals that are reported, not weighed: duplication and thinness are no spam by themselves. */
  static final Set<String> NOT_SPAM_SIGNALS = Set.of("shared_title", "boilerplate", "near_duplicate",
      "thin");
  /** Labels of the sample corpus that are duplication or thinness, not spam. */
  static final Set<String> NOT_SPAM_LABELS = Set.of("clean", "boilerplate_template", "shared_title",
      "exact_copy_of", "near_duplicate_of", "spun_variant_of", "thin", "archive_page");

  @TempDir
  Path dir;

  @Test
  void shippedWeightsClassifyAsWellAsTheFit() throws IOException {
    LabelledCorpus corpus = new LabelledCorpus(7L).write(dir);
    ScanResult r = new ScanEngine(ScanSettings.defaults(List.of(dir)).withThreads(2)).scan();
    List<double[]> xs = new ArrayList<>();
    List<Boolean> ys = new ArrayList<>();
    for (int i = 0; i < r.pages().size(); i++) {
      xs.add(r.detections().pages().get(i).signals().vector());
      ys.add(corpus.pages.get(r.pages().get(i).id()).spam());
    }
    // The sample corpus adds what the generator lacks: copies, near duplicates and thin pages.
    Map<String, String> labels = CorpusLabels.read();
    ScanResult sample = new ScanEngine(ScanSettings.defaults(List.of(Path.of("corpus")))
        .withThreads(2)).scan();
    for (int i = 0; i < sample.pages().size(); i++) {
      xs.add(sample.detections().pages().get(i).signals().vector());
      ys.add(spam(labels.get(sample.pages().get(i).id())));
    }
    // Real clean sites: every page is clean.
    for (String site : List.of("django", "gnucash")) {
      ScanResult real = new ScanEngine(ScanSettings.defaults(List.of(
          Path.of("src/test/resources/real-sites", site + ".warc.gz"))).withThreads(2)).scan();
      for (int i = 0; i < real.pages().size(); i++) {
        xs.add(real.detections().pages().get(i).signals().vector());
        ys.add(false);
      }
    }
    boolean[] weighed = new boolean[SpamScore.NAMES.size()];
    for (int j = 0; j < weighed.length; j++) {
      weighed[j] = !NOT_SPAM_SIGNALS.contains(SpamScore.NAMES.get(j));
    }
    int d = xs.get(0).length;
    double[] w = new double[d];
    double b = 0;
    int n = xs.size();
    for (int it = 0; it < ITERATIONS; it++) {
      double[] g = new double[d];
      double gb = 0;
      for (int k = 0; k < n; k++) {
        double p = SpamScore.score(xs.get(k), w, b) / 100.0;
        double e = p - (ys.get(k) ? 1 : 0);
        for (int j = 0; j < d; j++) {
          g[j] += e * xs.get(k)[j];
        }
        gb += e;
      }
      for (int j = 0; j < d; j++) {
        // Projected onto w >= 0: a signal of spam never lowers the score.
        w[j] = weighed[j] ? Math.max(0.0, w[j] - LEARNING_RATE * (g[j] / n + L2 * w[j])) : 0.0;
      }
      b -= LEARNING_RATE * gb / n;
    }
    double fitted = accuracy(xs, ys, w, b);
    double shipped = accuracy(xs, ys, SpamScore.weights(), SpamScore.BIAS);
    System.out.printf(Locale.ROOT, "spam score fit: bias %.2f weights %s %s; "
            + "accuracy fitted %.3f, shipped %.3f on %d pages%n", b, fmt(w), SpamScore.NAMES, fitted,
        shipped, n);
    assertTrue(shipped >= fitted - 0.01, "shipped weights classify worse than the fit: " + shipped
        + " < " + fitted);
  }

  /** Whether a sample page's labels make it spam: any label beyond duplication, template and thin. */
  static boolean spam(String labels) {
    for (String l : labels.split(";")) {
      if (!NOT_SPAM_LABELS.contains(l.contains(":") ? l.substring(0, l.indexOf(':')) : l)) {
        return true;
      }
    }
    return false;
  }

  @Test
  void duplicationAndThinnessAreNotWeighed() {
    for (String name : NOT_SPAM_SIGNALS) {
      assertTrue(SpamScore.WEIGHTS.get(name) == 0.0, name + " is weighed " + SpamScore.WEIGHTS.get(name));
    }
  }

  private static double accuracy(List<double[]> xs, List<Boolean> ys, double[] w, double b) {
    int ok = 0;
    for (int k = 0; k < xs.size(); k++) {
      if ((SpamScore.score(xs.get(k), w, b) >= SpamScore.DEFAULT_FLAG_SCORE) == ys.get(k)) {
        ok++;
      }
    }
    return (double) ok / xs.size();
  }

  private static String fmt(double[] w) {
    String[] s = new String[w.length];
    for (int i = 0; i < w.length; i++) {
      s[i] = String.format(Locale.ROOT, "%.2f", w[i]);
    }
    return Arrays.toString(s);
  }
}
