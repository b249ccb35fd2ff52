package org.dupscan.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Containment search on shingle sets: what it finds, what it leaves out, and its recall. */
class ContainmentTest {

  private static final Containment.Settings DEFAULTS = new Containment.Settings(
      Containment.DEFAULT_THRESHOLD, Containment.DEFAULT_MIN_SHINGLES, false);

  /** Pages as sorted distinct shingle sets, built up one by one. */
  private static final class Pages {
    final List<long[]> sets = new ArrayList<>();
    final SplittableRandom random;

    Pages(long seed) {
      random = new SplittableRandom(seed);
    }

    long[] fresh(int n) {
      long[] s = new long[n];
      for (int i = 0; i < n; i++) {
        s[i] = random.nextLong();
      }
      return s;
    }

    int add(long[]... parts) {
      int n = 0;
      for (long[] p : parts) {
        n += p.length;
      }
      long[] all = new long[n];
      int at = 0;
      for (long[] p : parts) {
        System.arraycopy(p, 0, all, at, p.length);
        at += p.length;
      }
      Arrays.sort(all);
      sets.add(all);
      return sets.size() - 1;
    }

    /** Each page's shingle count. */
    int[] counts() {
      int[] shingles = new int[sets.size()];
      for (int i = 0; i < shingles.length; i++) {
        shingles[i] = sets.get(i).length;
      }
      return shingles;
    }

    Containment.Result find(int[] exactOf, int[] clusterOf, Containment.Settings settings) {
      return Containment.find(counts(), exactOf, clusterOf, sets::get, settings);
    }

    Containment.Result find(Containment.Settings settings) {
      return find(filled(-1), new int[sets.size()], settings);
    }

    int[] filled(int v) {
      int[] a = new int[sets.size()];
      Arrays.fill(a, v);
      return a;
    }
  }

  private static List<String> pairs(Containment.Result r) {
    List<String> out = new ArrayList<>();
    for (Containment.Pair p : r.pairs()) {
      out.add(p.container() + ">" + p.contained());
    }
    return out;
  }

  @Test
  void findsPostsAnArchivePageHoldsWholeThoughTheirJaccardIsLow() {
    Pages pages = new Pages(1);
    long[][] posts = new long[6][];
    for (int i = 0; i < posts.length; i++) {
      posts[i] = pages.fresh(300);
      pages.add(posts[i]);
    }
    int archive = pages.add(posts[0], posts[1], posts[2], posts[3], posts[4], pages.fresh(40));
    Containment.Result r = pages.find(DEFAULTS);
    assertEquals(List.of("6>0", "6>1", "6>2", "6>3", "6>4"), pairs(r));
    Containment.Pair first = r.pairs().get(0);
    assertEquals(1.0, first.containment());
    assertEquals(300.0 / pages.sets.get(archive).length, first.similarity(), 1e-12);
    assertTrue(first.similarity() < 0.2, "far below any near-duplicate threshold");
    assertEquals(1, r.containedIn()[0]);
    assertEquals(0, r.containedIn()[5]);
    assertEquals(0, r.containedIn()[archive]);
  }

  @Test
  void samplesTakenFromUnsortedShinglesWithRepeatsFindTheSamePairsAndOnlyCandidatesSetsAreRemade() {
    Pages pages = new Pages(11);
    long[][] posts = new long[4][];
    for (int i = 0; i < posts.length; i++) {
      posts[i] = pages.fresh(120 + 40 * i);
      pages.add(posts[i]);
    }
    pages.add(posts[0], posts[1], posts[2], pages.fresh(30));
    pages.add(pages.fresh(500));
    int n = pages.sets.size();
    int[][] presampled = new int[n][];
    SplittableRandom random = new SplittableRandom(12);
    for (int p = 0; p < n; p++) {
      // As the engine's shingling loop has them: in text order, a shingle repeated where words repeat.
      long[] set = pages.sets.get(p);
      long[] unsorted = Arrays.copyOf(set, set.length + 20);
      for (int i = set.length; i < unsorted.length; i++) {
        unsorted[i] = set[random.nextInt(set.length)];
      }
      for (int i = unsorted.length - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        long t = unsorted[i];
        unsorted[i] = unsorted[j];
        unsorted[j] = t;
      }
      presampled[p] = Containment.sample(unsorted);
      assertTrue(Arrays.equals(ShingleSample.of(set), presampled[p]), "page " + p + ": the same sample");
    }
    Containment.Result fromSets = pages.find(DEFAULTS);
    java.util.Set<Integer> asked = java.util.concurrent.ConcurrentHashMap.newKeySet();
    Containment.Result fromSamples = Containment.find(pages.counts(), pages.filled(-1), new int[n], p -> {
      asked.add(p);
      return pages.sets.get(p);
    }, p -> presampled[p], Containment.Intersections.NONE, DEFAULTS);
    assertEquals(List.of("4>0", "4>1", "4>2"), pairs(fromSets));
    assertEquals(pairs(fromSets), pairs(fromSamples));
    assertEquals(java.util.Set.of(0, 1, 2, 4), asked, "sets remade only to verify candidate pairs");
  }

  @Test
  void reportsEachPairOnceWithTheLargerPageAsContainer() {
    Pages pages = new Pages(2);
    long[] shared = pages.fresh(200);
    int small = pages.add(shared, pages.fresh(10));
    int large = pages.add(shared, pages.fresh(30));
    int sameSize = pages.add(shared, pages.fresh(10));
    Containment.Result r = pages.find(DEFAULTS);
    // large holds both; of the two of one size, the later is the container.
    assertEquals(List.of(large + ">" + small, large + ">" + sameSize, sameSize + ">" + small), pairs(r));
  }

  @Test
  void reportsNothingBelowTheThresholdNorBetweenUnrelatedPages() {
    Pages pages = new Pages(3);
    long[] shared = pages.fresh(150);
    pages.add(shared, pages.fresh(150)); // half of it in the next page
    pages.add(shared, pages.fresh(600));
    for (int i = 0; i < 50; i++) {
      pages.add(pages.fresh(100 + i * 7));
    }
    Containment.Result r = pages.find(DEFAULTS);
    assertEquals(List.of(), pairs(r));
  }

  @Test
  void leavesPairsOfOneNearDuplicateClusterToThatReport() {
    Pages pages = new Pages(4);
    long[] post = pages.fresh(300);
    pages.add(post);
    pages.add(post, pages.fresh(20));
    pages.add(post, pages.fresh(900));
    int[] clusterOf = {1, 1, 0};
    Containment.Result r = pages.find(pages.filled(-1), clusterOf, DEFAULTS);
    assertEquals(List.of("2>0", "2>1"), pairs(r));
  }

  @Test
  void takesExactCopiesThroughTheirRepresentativeOnly() {
    Pages pages = new Pages(5);
    long[] post = pages.fresh(300);
    pages.add(post);
    pages.add(post);
    pages.add(post, pages.fresh(900));
    int[] exactOf = {-1, 0, -1};
    Containment.Result r = pages.find(exactOf, new int[] {1, 1, 0}, DEFAULTS);
    assertEquals(List.of("2>0"), pairs(r));
  }

  @Test
  void neverReportsAPageWithFewerShinglesThanTheLeast() {
    Pages pages = new Pages(6);
    long[] quote = pages.fresh(Containment.DEFAULT_MIN_SHINGLES - 1);
    pages.add(quote);
    pages.add(quote, pages.fresh(400));
    assertEquals(List.of(), pairs(pages.find(DEFAULTS)));
    assertEquals(List.of("1>0"), pairs(pages.find(new Containment.Settings(0.8, 10, false))));
  }

  @Test
  void findsNoCandidatesThroughAPassageOnMorePagesThanThePostingCap() {
    Pages pages = new Pages(7);
    long[] stock = pages.fresh(300);
    for (int i = 0; i <= Containment.POSTING_CAP; i++) {
      pages.add(stock, pages.fresh(20 + i));
    }
    Containment.Result r = pages.find(DEFAULTS);
    assertEquals(0, r.candidates(), "a passage on every page is template, not a held page");
    assertEquals(List.of(), pairs(r));
  }

  @Test
  void givesTheSameResultInParallel() {
    Pages pages = new Pages(8);
    long[][] posts = new long[40][];
    for (int i = 0; i < posts.length; i++) {
      posts[i] = pages.fresh(80 + 13 * i);
      pages.add(posts[i]);
    }
    for (int t = 0; t < 8; t++) {
      pages.add(posts[t], posts[t + 8], posts[t + 16], posts[(t * 7 + 3) % 40]);
    }
    Containment.Result serial = pages.find(DEFAULTS);
    Containment.Result parallel = pages.find(new Containment.Settings(0.8, 50, true));
    assertEquals(pairs(serial), pairs(parallel));
    assertEquals(serial.candidates(), parallel.candidates());
    assertEquals(32, serial.pairs().size(), "every post its tags hold: " + pairs(serial));
  }

  @Test
  void makesEachPagesSetOnceHoweverManyCandidatePairsItIsIn() {
    Pages pages = new Pages(9);
    long[][] posts = new long[40][];
    for (int i = 0; i < posts.length; i++) {
      posts[i] = pages.fresh(80 + 13 * i);
      pages.add(posts[i]);
    }
    for (int t = 0; t < 8; t++) {
      pages.add(posts[t], posts[t + 8], posts[t + 16], posts[(t * 7 + 3) % 40]);
    }
    int n = pages.sets.size();
    java.util.concurrent.atomic.AtomicIntegerArray made = new java.util.concurrent.atomic.AtomicIntegerArray(n);
    Containment.Result r = Containment.find(pages.counts(), pages.filled(-1), new int[n], p -> {
      made.incrementAndGet(p);
      return pages.sets.get(p);
    }, p -> ShingleSample.of(pages.sets.get(p)), Containment.Intersections.NONE,
        new Containment.Settings(0.8, 50, false));
    assertEquals(pairs(pages.find(DEFAULTS)), pairs(r));
    assertTrue(r.candidates() > n / 2, "most pages are in a candidate pair: " + r.candidates());
    for (int p = 0; p < n; p++) {
      assertTrue(made.get(p) <= 1, "page " + p + "'s set made " + made.get(p) + " times");
    }
  }

  @Test
  void knownIntersectionsGiveTheSameResultWithoutMakingTheirPairsSets() {
    Pages pages = new Pages(11);
    long[][] posts = new long[12][];
    for (int i = 0; i < posts.length; i++) {
      posts[i] = pages.fresh(80 + 13 * i);
      pages.add(posts[i]);
    }
    for (int t = 0; t < 4; t++) {
      pages.add(posts[t], posts[t + 4], posts[t + 8]);
    }
    int n = pages.sets.size();
    java.util.Map<Long, Integer> sizes = new java.util.concurrent.ConcurrentHashMap<>();
    Containment.Intersections recorder = new Containment.Intersections() {
      @Override
      public int known(int contained, int container) {
        return -1;
      }

      @Override
      public void computed(int contained, int container, int size) {
        sizes.put((long) contained << 32 | container, size);
      }
    };
    Containment.Result first = Containment.find(pages.counts(), pages.filled(-1), new int[n],
        pages.sets::get, p -> null, recorder, DEFAULTS);
    assertEquals(pairs(pages.find(DEFAULTS)), pairs(first));
    assertEquals(first.candidates(), sizes.size(), "every verified candidate's size is told");
    // Every size known but those of page 0's pairs: only those are verified again.
    java.util.Set<Long> computedAgain = java.util.concurrent.ConcurrentHashMap.newKeySet();
    Containment.Result again = Containment.find(pages.counts(), pages.filled(-1), new int[n],
        pages.sets::get, p -> null, new Containment.Intersections() {
      @Override
      public int known(int contained, int container) {
        return contained == 0 ? -1 : sizes.getOrDefault((long) contained << 32 | container, -1);
      }

      @Override
      public void computed(int contained, int container, int size) {
        computedAgain.add((long) contained << 32 | container);
      }
    }, DEFAULTS);
    assertEquals(first.pairs(), again.pairs(), "the same pairs, containments and similarities");
    assertEquals(first.candidates(), again.candidates());
    assertTrue(Arrays.equals(first.containedIn(), again.containedIn()));
    for (long pair : computedAgain) {
      assertEquals(0, (int) (pair >>> 32), "only the unknown pairs are verified");
    }
    assertTrue(!computedAgain.isEmpty(), "page 0 has a candidate container");
    // Every size known and every sample given: no set is made at all.
    Containment.Result none = Containment.find(pages.counts(), pages.filled(-1), new int[n], p -> {
      throw new AssertionError("set of page " + p + " made though every size is known");
    }, p -> ShingleSample.of(pages.sets.get(p)), new Containment.Intersections() {
      @Override
      public int known(int contained, int container) {
        return sizes.get((long) contained << 32 | container);
      }

      @Override
      public void computed(int contained, int container, int size) {
        throw new AssertionError("computed " + contained + " in " + container);
      }
    }, DEFAULTS);
    assertEquals(first.pairs(), none.pairs());
  }

  @Test
  void setCacheGivesEachUseItsSetAndHoldsNothingOnceEveryUseIsAsked() {
    long[][] sets = {{1, 2}, {3}, {4, 5, 6}};
    int[] uses = {3, 1, 2};
    for (long budget : new long[] {0, 2, 100}) {
      Containment.SetCache cache = new Containment.SetCache(p -> sets[p].clone(), uses, budget);
      for (int p : new int[] {0, 2, 0, 1, 2, 0}) {
        assertTrue(Arrays.equals(sets[p], cache.get(p)), "page " + p + " at budget " + budget);
      }
      assertEquals(0, cache.heldLongs(), "budget " + budget);
      assertEquals(budget == 0 ? 6 : budget == 2 ? 4 : 3, cache.made(), "budget " + budget);
    }
    assertThrows(IllegalArgumentException.class, () -> new Containment.SetCache(p -> null, uses, -1));
  }

  @ParameterizedTest
  @CsvSource({"0", "-0.5", "1.5", "NaN"})
  void rejectsAThresholdOutsideZeroToOneShowingIt(double threshold) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new Containment.Settings(threshold, 50, false));
    assertTrue(e.getMessage().contains(String.valueOf(threshold)), e.getMessage());
  }

  @Test
  void minSharedKeepsAPairAtTheThresholdWithProbabilityAtLeastOneMinusMiss() {
    for (double t : new double[] {0.5, 0.8, 0.95}) {
      for (int s = 2; s <= 400; s++) {
        int k = ShingleSample.minShared(s, t, Containment.MISS);
        assertTrue(k >= 1 && k <= s, s + " " + k);
        double keep = binomialAtLeast(s, t, k);
        if (k > 1) {
          assertTrue(keep >= 1 - Containment.MISS, "s=" + s + " t=" + t + " k=" + k + " keeps " + keep);
        }
        // and k is the largest such: one more would miss more often
        if (k < s) {
          assertTrue(binomialAtLeast(s, t, k + 1) < 1 - Containment.MISS, "s=" + s + " t=" + t);
        }
      }
    }
    assertEquals(5, ShingleSample.minShared(5, 1.0, Containment.MISS));
  }

  /**
   * The recall analysis of docs/design.md, checked by simulation: a pair of pages, the smaller with
   * {@code a} shingles of which a share {@code c} is in the larger, becomes a candidate with
   * probability sum over s of P[Bin(a, 1/8) = s] * P[Hyp(a, ca, s) >= minShared(s)], and one at or
   * above the threshold is then reported. Seeded, so it gives the same counts each run; the bound is
   * four standard errors.
   */
  @ParameterizedTest(name = "a={0} c={1}")
  @CsvSource({"60, 0.8", "150, 0.8", "400, 0.8", "60, 0.6", "150, 0.7", "400, 0.75"})
  void candidatesAppearWithTheProbabilityTheAnalysisPredicts(int a, double c) {
    int trials = 600;
    int shared = (int) Math.round(c * a);
    Pages pages = new Pages(1000L * a + Math.round(100 * c));
    for (int i = 0; i < trials; i++) {
      long[] small = pages.fresh(a);
      pages.add(small);
      pages.add(Arrays.copyOf(small, shared), pages.fresh(4 * a)); // Jaccard about c / 5
    }
    Containment.Result r = pages.find(new Containment.Settings(0.8, 50, true));
    double predicted = predictedCandidate(a, shared, 0.8);
    double measured = (double) r.candidates() / trials;
    double se = Math.sqrt(predicted * (1 - predicted) / trials);
    System.out.printf(java.util.Locale.ROOT, "containment candidates a=%d c=%.2f: predicted %.4f, measured "
        + "%.4f of %d pairs%n", a, c, predicted, measured, trials);
    assertEquals(predicted, measured, 4 * se + 0.005, "candidates");
    if (c >= 0.8) {
      assertEquals(r.candidates(), r.pairs().size(), "every candidate at the threshold is verified");
      assertTrue(predicted >= 0.99, "recall at the threshold " + predicted);
    } else {
      assertEquals(0, r.pairs().size(), "none below the threshold");
    }
  }

  /** P[candidate] for a page of a shingles, shared of them in the other, by the analysis. */
  private static double predictedCandidate(int a, int shared, double t) {
    double[] lf = new double[a + 1];
    for (int i = 1; i <= a; i++) {
      lf[i] = lf[i - 1] + Math.log(i);
    }
    double rate = 1.0 / (1 << ShingleSample.SAMPLE_BITS);
    double p = 0;
    for (int s = 1; s <= a; s++) {
      double ps = Math.exp(lf[a] - lf[s] - lf[a - s] + s * Math.log(rate) + (a - s) * Math.log1p(-rate));
      int k = ShingleSample.minShared(s, t, Containment.MISS);
      double keep = 0;
      for (int x = Math.max(k, s - (a - shared)); x <= Math.min(s, shared); x++) {
        keep += Math.exp(choose(lf, shared, x) + choose(lf, a - shared, s - x) - choose(lf, a, s));
      }
      p += ps * keep;
    }
    return p;
  }

  private static double choose(double[] lf, int n, int k) {
    return lf[n] - lf[k] - lf[n - k];
  }

  private static double binomialAtLeast(int s, double t, int k) {
    double p = 0;
    double[] lf = new double[s + 1];
    for (int i = 1; i <= s; i++) {
      lf[i] = lf[i - 1] + Math.log(i);
    }
    for (int x = k; x <= s; x++) {
      p += Math.exp(choose(lf, s, x) + x * Math.log(t) + (s - x) * Math.log1p(-t));
    }
    return p;
  }
}
