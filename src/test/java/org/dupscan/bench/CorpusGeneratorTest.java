package org.dupscan.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A smoke run of the benchmark's generator and ground truth on a tiny corpus. */
class CorpusGeneratorTest {

  private static final TextModel MODEL = new ZipfModel(5000, 1.05, 7);

  private static List<CorpusGenerator.GeneratedPage> pages(CorpusGenerator.Settings s,
      List<CorpusGenerator.InjectedPair> injected) throws IOException {
    List<CorpusGenerator.GeneratedPage> out = new ArrayList<>();
    injected.addAll(new CorpusGenerator(s, MODEL).generate(out::add));
    return out;
  }

  @Test
  void injectsCopiesAtTheirTargetSimilarityAsTheGroundTruthMeasuresIt() throws IOException {
    List<CorpusGenerator.InjectedPair> injected = new ArrayList<>();
    List<CorpusGenerator.GeneratedPage> pages = pages(CorpusGenerator.Settings.of(200, 11), injected);
    assertEquals(200, pages.size());
    assertTrue(injected.size() >= 15, "copies injected: " + injected.size());

    Map<String, Integer> index = new HashMap<>();
    long[][] sets = new long[pages.size()][];
    for (int i = 0; i < pages.size(); i++) {
      index.put(pages.get(i).id(), i);
      sets[i] = ExactShingles.ofPage(pages.get(i).text());
    }
    Map<Long, Double> truth = new HashMap<>();
    for (GroundTruth.Pair p : GroundTruth.allPairs(sets, 0.5)) {
      truth.put(((long) p.a() << 32) | p.b(), p.jaccard());
    }
    for (CorpusGenerator.InjectedPair ip : injected) {
      assertEquals(ip.target(), ip.measured(), 0.03, "edits reach the target: " + ip);
      int a = index.get(ip.original());
      int b = index.get(ip.copy());
      double measured = ExactShingles.jaccard(sets[a], sets[b]);
      assertEquals(ip.measured(), measured, 1e-12, "the rendered text keeps the measured level: " + ip);
      Double found = truth.get(((long) Math.min(a, b) << 32) | Math.max(a, b));
      if (measured >= 0.5) {
        assertEquals(measured, found, 1e-12, "the ground truth lists " + ip);
      }
    }
  }

  @Test
  void groundTruthAgreesWithBruteForce() throws IOException {
    List<CorpusGenerator.InjectedPair> injected = new ArrayList<>();
    List<CorpusGenerator.GeneratedPage> pages = pages(
        new CorpusGenerator.Settings(150, 3, 600, 0.5), injected);
    long[][] sets = pages.stream().map(p -> ExactShingles.ofPage(p.text())).toArray(long[][]::new);
    for (double t : new double[] {0.5, 0.8}) {
      int brute = 0;
      for (int a = 0; a < sets.length; a++) {
        for (int b = a + 1; b < sets.length; b++) {
          if (ExactShingles.jaccard(sets[a], sets[b]) >= t) {
            brute++;
          }
        }
      }
      assertTrue(brute > 0, "some pairs at " + t);
      assertEquals(brute, GroundTruth.allPairs(sets, t).length, "pairs at " + t);
    }
  }

  @Test
  void isDeterministic() throws IOException {
    List<CorpusGenerator.InjectedPair> i1 = new ArrayList<>();
    List<CorpusGenerator.InjectedPair> i2 = new ArrayList<>();
    assertEquals(pages(CorpusGenerator.Settings.of(30, 5), i1), pages(CorpusGenerator.Settings.of(30, 5), i2));
    assertEquals(i1, i2);
  }
}
