package org.dupscan.detect;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dupscan.engine.ScanEngine;
import org.dupscan.engine.ScanResult;
import org.dupscan.engine.ScanSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where the spam score's weights come from: fits a logistic regression (batch gradient descent on the
 * log loss with a small L2 penalty, fixed iterations, so the fit is deterministic) to the signals of
 * a generated labelled corpus (seed different from the quality test's) and of the sample corpus in
 * corpus/ with its labels, weights kept non-negative, prints the fitted weights, and
 * checks that the rounded weights shipped in {@link SpamScore} classify the pages as well as the fit.
 */
class SpamScoreFitTest {

  static final int ITERATIONS = 4000;
  static final double LEARNING_RATE = 0.5;
  static final double L2 = 0.002;

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
      ys.add(CorpusLabels.spam(labels.get(sample.pages().get(i).id())));
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
        w[j] = Math.max(0.0, w[j] - LEARNING_RATE * (g[j] / n + L2 * w[j]));
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
