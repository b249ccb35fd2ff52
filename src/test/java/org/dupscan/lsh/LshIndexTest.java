package org.dupscan.lsh;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.dupscan.minhash.MinHasher;
import org.dupscan.minhash.Signature;
import org.dupscan.minhash.MinHashScheme;
import org.dupscan.text.HashSeed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LshIndexTest {

  private static final MinHasher HASHER = new MinHasher(128, HashSeed.DEFAULT);

  /**
   * The S-curve, measured. For each Jaccard level, 400 pairs of sets with exactly that Jaccard are
   * signed and indexed; the fraction of pairs that come out as candidates must lie within 4 binomial
   * standard deviations of 1-(1-s^r)^b (plus half a pair, for levels where the expected count is near
   * zero). The formula assumes each signature slot agrees with probability s independently, which holds
   * for MinHash in expectation (P[slot agrees] = J), so the measured rate tests the hash family and the
   * banding together. Checked for a steep hand banding and for the default one at threshold 0.8.
   */
  @ParameterizedTest
  @EnumSource(MinHashScheme.class)
  void measuredCandidateRateFollowsTheSCurve(MinHashScheme scheme) {
    MinHasher hasher = new MinHasher(128, HashSeed.DEFAULT, scheme);
    double[] levels = {0.3, 0.5, 0.6, 0.7, 0.8, 0.9};
    int pairs = 400;
    int union = 100;
    Banding[] bandings = {new Banding(16, 8), Banding.forThreshold(0.8, 128, 0.99)};
    SplittableRandom random = new SplittableRandom(31337L);
    StringBuilder report = new StringBuilder();
    for (double level : levels) {
      Signature[] sigs = new Signature[2 * pairs];
      for (int p = 0; p < pairs; p++) {
        long[][] ab = pairWithJaccard(random, level, union);
        sigs[2 * p] = hasher.signature(ab[0]);
        sigs[2 * p + 1] = hasher.signature(ab[1]);
      }
      for (Banding banding : bandings) {
        long[] candidates = LshIndex.candidates(sigs, banding, false);
        Set<Long> found = toSet(candidates);
        int hits = 0;
        for (int p = 0; p < pairs; p++) {
          boolean candidate = found.contains(LshIndex.pack(2 * p, 2 * p + 1));
          // Exactly the pairs that agree on every row of some band are candidates.
          assertEquals(sharesABand(sigs[2 * p], sigs[2 * p + 1], banding), candidate,
              "pair " + p + " at " + level + " with " + banding);
          if (candidate) {
            hits++;
          }
        }
        for (long c : candidates) {
          assertTrue(sharesABand(sigs[LshIndex.first(c)], sigs[LshIndex.second(c)], banding),
              "candidate " + LshIndex.first(c) + "," + LshIndex.second(c) + " shares no band");
        }
        double expected = banding.candidateProbability(level);
        double measured = (double) hits / pairs;
        double sigma = Math.sqrt(expected * (1 - expected) / pairs);
        double tolerance = 4 * sigma + 0.5 / pairs;
        report.append(String.format("%s at %.1f: expected %.4f measured %.4f%n", banding, level, expected,
            measured));
        assertTrue(Math.abs(measured - expected) <= tolerance, String.format(
            "%s at J=%.1f: measured %.4f, expected %.4f +- %.4f%n%s", banding, level, measured, expected,
            tolerance, report));
      }
    }
  }

  @Test
  void largeBucketEmitsStarAndChainEdgesNotAllPairs() {
    int copies = 1000;
    Signature same = HASHER.signature(new long[] {1, 2, 3, 4, 5});
    Signature[] sigs = new Signature[copies];
    Arrays.fill(sigs, same);
    long[] candidates = LshIndex.candidates(sigs, new Banding(16, 8), false);
    // Star: 0 with each of 1..999 (999 edges); chain: i with i+1 for i in 1..998 (998 edges). Every band
    // holds the same bucket, so after removing repeats: 1,997 pairs instead of 499,500.
    assertEquals(2 * copies - 3, candidates.length);
    UnionFind uf = new UnionFind(copies);
    for (long c : candidates) {
      assertTrue(LshIndex.first(c) < LshIndex.second(c));
      uf.union(LshIndex.first(c), LshIndex.second(c));
    }
    for (int i = 0; i < copies; i++) {
      assertEquals(0, uf.find(i), "all copies in one cluster");
    }
  }

  @Test
  void smallBucketEmitsAllPairs() {
    int size = LshIndex.ALL_PAIRS_BUCKET;
    Signature same = HASHER.signature(new long[] {7, 8, 9});
    Signature[] sigs = new Signature[size];
    Arrays.fill(sigs, same);
    assertEquals(size * (size - 1) / 2, LshIndex.candidates(sigs, new Banding(16, 8), false).length);
    Signature[] bigger = new Signature[size + 1];
    Arrays.fill(bigger, same);
    assertEquals(2 * (size + 1) - 3, LshIndex.candidates(bigger, new Banding(16, 8), false).length);
  }

  @Test
  void outputIsSortedDistinctAndOrdered() {
    SplittableRandom random = new SplittableRandom(5L);
    // A few templates with many noisy copies: many shared buckets and repeated pairs across bands.
    long[][] templates = new long[4][];
    for (int t = 0; t < templates.length; t++) {
      templates[t] = randomSet(random, 60);
    }
    Signature[] sigs = new Signature[300];
    for (int i = 0; i < sigs.length; i++) {
      long[] set = templates[random.nextInt(templates.length)].clone();
      set[random.nextInt(set.length)] = random.nextLong(); // one changed shingle
      sigs[i] = HASHER.signature(set);
    }
    long[] candidates = LshIndex.candidates(sigs, new Banding(16, 8), false);
    assertTrue(candidates.length > sigs.length, "expected many candidates, got " + candidates.length);
    for (int i = 0; i < candidates.length; i++) {
      assertTrue(LshIndex.first(candidates[i]) < LshIndex.second(candidates[i]));
      if (i > 0) {
        assertTrue(candidates[i - 1] < candidates[i], "sorted and distinct at " + i);
      }
    }
    assertArrayEquals(candidates, LshIndex.candidates(sigs, new Banding(16, 8), true),
        "parallel and sequential runs agree");
  }

  @Test
  void nullSignaturesTakeNoPart() {
    Signature same = HASHER.signature(new long[] {1, 2, 3});
    Signature[] sigs = {null, same, null, same, null};
    assertArrayEquals(new long[] {LshIndex.pack(1, 3)}, LshIndex.candidates(sigs, new Banding(16, 8), false));
    assertEquals(0, LshIndex.candidates(new Signature[] {null, null, null}, new Banding(16, 8), false).length);
  }

  @Test
  void fewerThanTwoSignaturesGiveNoCandidates() {
    assertEquals(0, LshIndex.candidates(new Signature[0], new Banding(16, 8), false).length);
    assertEquals(0, LshIndex.candidates(new Signature[] {HASHER.signature(new long[] {1})},
        new Banding(16, 8), false).length);
  }

  @Test
  void bandHashIsOrderSensitive() {
    MinHasher small = new MinHasher(4, 1L);
    Signature a = small.fromValues(new int[] {1, 2, 3, 4});
    Signature swapped = small.fromValues(new int[] {2, 1, 4, 3});
    assertEquals(0, LshIndex.candidates(new Signature[] {a, swapped}, new Banding(2, 2), false).length);
    Signature oneBand = small.fromValues(new int[] {1, 2, 4, 3});
    assertArrayEquals(new long[] {LshIndex.pack(0, 1)},
        LshIndex.candidates(new Signature[] {a, oneBand}, new Banding(2, 2), false));
  }

  @Test
  void rejectsBandingThatNeedsMoreSlotsThanSignaturesHave() {
    MinHasher small = new MinHasher(64, 1L);
    Signature s = small.signature(new long[] {1});
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> LshIndex.candidates(new Signature[] {s, s}, new Banding(16, 8), false));
    assertEquals("banding 16 bands x 8 rows needs 128 signature slots but signatures have 64", e.getMessage());
  }

  @Test
  void packRoundTripsLargeDocumentNumbers() {
    long p = LshIndex.pack(5, Integer.MAX_VALUE);
    assertEquals(5, LshIndex.first(p));
    assertEquals(Integer.MAX_VALUE, LshIndex.second(p));
    assertTrue(LshIndex.pack(1, 2) < LshIndex.pack(1, 3));
    assertTrue(LshIndex.pack(1, Integer.MAX_VALUE) < LshIndex.pack(2, 0));
  }

  private static boolean sharesABand(Signature a, Signature b, Banding banding) {
    for (int band = 0; band < banding.bands(); band++) {
      boolean all = true;
      for (int r = band * banding.rows(); r < (band + 1) * banding.rows() && all; r++) {
        all = a.get(r) == b.get(r);
      }
      if (all) {
        return true;
      }
    }
    return false;
  }

  private static Set<Long> toSet(long[] values) {
    Set<Long> s = new HashSet<>();
    for (long v : values) {
      s.add(v);
    }
    return s;
  }

  /** Two sets whose Jaccard is exactly {@code level} when level * union is a whole number. */
  private static long[][] pairWithJaccard(SplittableRandom random, double level, int union) {
    int shared = (int) Math.round(level * union);
    long[] all = randomSet(random, union);
    int onlyA = random.nextInt(0, union - shared + 1);
    long[] a = Arrays.copyOfRange(all, 0, shared + onlyA);
    long[] b = new long[union - onlyA];
    System.arraycopy(all, 0, b, 0, shared);
    System.arraycopy(all, shared + onlyA, b, shared, union - shared - onlyA);
    return new long[][] {a, b};
  }

  private static long[] randomSet(SplittableRandom random, int size) {
    Set<Long> seen = new HashSet<>();
    long[] out = new long[size];
    int n = 0;
    while (n < size) {
      long v = random.nextLong();
      if (seen.add(v)) {
        out[n++] = v;
      }
    }
    return out;
  }
}
