package org.dupscan.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dupscan.engine.ScanEngine;
import org.dupscan.engine.ScanResult;
import org.dupscan.engine.ScanSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The caption detector on the tuning generator ({@link LabelledCorpus}), style by style and hard
 * negative by hard negative, over several seeds (one seed writes only a few captions of each style).
 * Tuning data: these figures are what the detector was set on, not a measure of it.
 */
class CaptionStylesTest {

  /** Seeds of the tuning corpora measured together. */
  static final long[] SEEDS = {20261122L, 1L, 2L, 3L, 4L};
  /** Least recall of each caption style over the seeds. */
  static final double MIN_STYLE_RECALL = 0.85;

  @TempDir
  static Path dir;
  static final Map<LabelledCorpus.CaptionStyle, int[]> byStyle =
      new EnumMap<>(LabelledCorpus.CaptionStyle.class); // {found, written}
  static final Map<LabelledCorpus.Negative, int[]> byNegative =
      new EnumMap<>(LabelledCorpus.Negative.class); // {flagged, written}
  static int found;
  static int truePositives;
  static int written;
  static final Set<String> otherFalsePositives = new HashSet<>();

  @BeforeAll
  static void scan() throws IOException {
    for (long seed : SEEDS) {
      Path root = dir.resolve("seed-" + seed);
      LabelledCorpus corpus = new LabelledCorpus(seed).write(root);
      ScanResult result = new ScanEngine(ScanSettings.defaults(List.of(root)).withThreads(2)).scan();
      Map<String, Set<String>> flagged = new HashMap<>();
      for (CaptionDetector.Caption c : result.detections().captions()) {
        flagged.computeIfAbsent(c.page(), k -> new HashSet<>()).add(c.text());
      }
      for (LabelledCorpus.Labels l : corpus.pages.values()) {
        Set<String> onPage = flagged.getOrDefault(l.id, Set.of());
        for (String c : l.captions) {
          int[] n = byStyle.computeIfAbsent(l.captionStyles.get(c), k -> new int[2]);
          n[1]++;
          written++;
          if (onPage.contains(c)) {
            n[0]++;
          }
        }
        for (Map.Entry<String, LabelledCorpus.Negative> e : l.negatives.entrySet()) {
          int[] n = byNegative.computeIfAbsent(e.getValue(), k -> new int[2]);
          n[1]++;
          if (onPage.contains(e.getKey())) {
            n[0]++;
          }
        }
        for (String text : onPage) {
          found++;
          if (l.captions.contains(text)) {
            truePositives++;
          } else if (!l.negatives.containsKey(text)) {
            otherFalsePositives.add(l.id + " :: " + text);
          }
        }
      }
    }
    byStyle.forEach((s, n) -> System.out.printf(Locale.ROOT, "caption style %-16s recall %.3f (%d of %d)%n",
        s, (double) n[0] / n[1], n[0], n[1]));
    byNegative.forEach((s, n) -> System.out.printf(Locale.ROOT,
        "caption negative %-15s flagged %d of %d%n", s, n[0], n[1]));
    System.out.printf(Locale.ROOT, "captions over %d seeds: precision %.3f recall %.3f (found %d, true %d)%n",
        SEEDS.length, precision(), (double) truePositives / written, found, written);
  }

  static double precision() {
    return found == 0 ? 1.0 : (double) truePositives / found;
  }

  @Test
  void writesEveryStyleAndEveryNegative() {
    assertEquals(LabelledCorpus.CaptionStyle.values().length, byStyle.size(), byStyle.keySet().toString());
    assertEquals(LabelledCorpus.Negative.values().length, byNegative.size(), byNegative.keySet().toString());
    for (int[] n : byStyle.values()) {
      assertTrue(n[1] >= 5, "too few captions of a style to measure: " + n[1]);
    }
  }

  @Test
  void findsEveryCaptionStyle() {
    for (Map.Entry<LabelledCorpus.CaptionStyle, int[]> e : byStyle.entrySet()) {
      int[] n = e.getValue();
      assertTrue(n[0] >= MIN_STYLE_RECALL * n[1], e.getKey() + ": found " + n[0] + " of " + n[1]);
    }
    assertTrue(truePositives >= DetectorQualityTest.MIN_RECALL * written,
        "recall " + truePositives + " of " + written);
  }

  @Test
  void leavesNumberedFiguresQuotationsAndCode() {
    for (Map.Entry<LabelledCorpus.Negative, int[]> e : byNegative.entrySet()) {
      assertEquals(0, e.getValue()[0], e.getKey() + " flagged as a caption");
    }
    assertTrue(precision() >= DetectorQualityTest.MIN_PRECISION,
        "precision " + precision() + "; other false positives " + otherFalsePositives);
  }
}
