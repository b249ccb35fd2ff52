package org.dupscan.minhash;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.dupscan.text.HashSeed;
import org.dupscan.text.LongSets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MinHasherTest {

  private static final int[] PINNED_OPH = {0xa588d526, 0xa588d526, 0xa588d526, 0x08d64426, 0x08d64426,
      0x08d64426, 0x08d64426, 0x670e3322};

  /**
   * Seeded property test: over 300 random pairs of sets whose Jaccard similarity spans [0, 1], the
   * MinHash estimate (k = 128) lies within 4 standard errors sqrt(J(1-J)/k) of the exact Jaccard, and
   * no more than 10% of pairs lie outside 2 standard errors (about 5% would for a normal estimate). The
   * standard error is floored at 1/k so that J near 0 or 1 still allows one disagreeing slot.
   */
  @ParameterizedTest
  @EnumSource(MinHashScheme.class)
  void estimateIsWithinFourStandardErrorsOfExactJaccard(MinHashScheme scheme) {
    int k = 128;
    MinHasher hasher = new MinHasher(k, HashSeed.DEFAULT, scheme);
    SplittableRandom random = new SplittableRandom(2024L);
    int pairs = 300;
    int outsideTwo = 0;
    double minJ = 1;
    double maxJ = 0;
    for (int p = 0; p < pairs; p++) {
      double target = p == 0 ? 0.0 : p == 1 ? 1.0 : random.nextDouble();
      long[][] ab = pairWithJaccard(random, target, random.nextInt(50, 600));
      double exact = LongSets.jaccard(ab[0], ab[1]);
      minJ = Math.min(minJ, exact);
      maxJ = Math.max(maxJ, exact);
      double estimate = hasher.signature(ab[0]).estimateJaccard(hasher.signature(ab[1]));
      double se = Math.max(Math.sqrt(exact * (1 - exact) / k), 1.0 / k);
      double error = Math.abs(estimate - exact);
      assertTrue(error <= 4 * se, String.format(
          "pair %d: exact %.4f, estimate %.4f, error %.4f > 4 SE = %.4f", p, exact, estimate, error, 4 * se));
      if (error > 2 * se) {
        outsideTwo++;
      }
    }
    assertEquals(0.0, minJ, 0.0);
    assertEquals(1.0, maxJ, 0.0);
    assertTrue(outsideTwo < pairs / 10, outsideTwo + " of " + pairs + " pairs outside 2 SE");
  }

  @Test
  void identicalSetsHaveEstimateOne() {
    MinHasher hasher = new MinHasher(64, 9L);
    long[] set = randomSet(new SplittableRandom(1L), 300);
    long[] shuffled = set.clone();
    shuffle(shuffled, new SplittableRandom(2L));
    assertEquals(1.0, hasher.signature(set).estimateJaccard(hasher.signature(shuffled)));
  }

  @Test
  void duplicatesInInputAreHarmless() {
    MinHasher hasher = new MinHasher(32, 3L);
    long[] set = {5, 9, -4, 1L << 40};
    long[] withDuplicates = {9, 5, 5, -4, 9, 1L << 40, -4};
    assertEquals(hasher.signature(set), hasher.signature(withDuplicates));
  }

  @Test
  void signatureOfAPrefixIgnoresTheRest() {
    MinHasher hasher = new MinHasher(32, 3L);
    long[] values = {1, 2, 3, 4, 5};
    assertEquals(hasher.signature(new long[] {1, 2, 3}), hasher.signature(values, 3));
  }

  @Test
  void sameSeedGivesSameSignatureAcrossInstances() {
    long[] set = randomSet(new SplittableRandom(3L), 200);
    assertEquals(new MinHasher(128, 77L).signature(set), new MinHasher(128, 77L).signature(set));
    assertNotEquals(new MinHasher(128, 77L).signature(set), new MinHasher(128, 78L).signature(set));
  }

  /** Pinned minima: each scheme's output for the default seed is part of the compatibility contract. */
  @Test
  void pinnedOnePermutationSignatureWithDefaultSeed() {
    MinHasher hasher = new MinHasher(MinHasher.DEFAULT_PERMUTATIONS, HashSeed.DEFAULT);
    assertEquals(MinHashScheme.ONE_PERMUTATION, hasher.scheme());
    Signature s = hasher.signature(new long[] {1L, 2L, 3L, 0x9E3779B97F4A7C15L, -1L});
    int[] expected = PINNED_OPH;
    assertArrayEquals(expected, Arrays.copyOf(s.toArray(), expected.length));
  }

  @Test
  void onePermutationDensificationBorrowsFromFilledBins() {
    MinHasher hasher = new MinHasher(64, 5L);
    Signature one = hasher.signature(new long[] {42L});
    for (int i = 1; i < 64; i++) {
      assertEquals(one.get(0), one.get(i), "a one-element set fills every bin with its only value");
    }
    Signature other = new MinHasher(64, 5L, MinHashScheme.PERMUTATIONS).signature(new long[] {42L});
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> one.estimateJaccard(other));
    assertEquals("signatures differ in scheme (ONE_PERMUTATION != PERMUTATIONS)", e.getMessage());
  }

  @Test
  void pinnedSignatureWithDefaultSeed() {
    MinHasher hasher = new MinHasher(MinHasher.DEFAULT_PERMUTATIONS, HashSeed.DEFAULT,
        MinHashScheme.PERMUTATIONS);
    Signature s = hasher.signature(new long[] {1L, 2L, 3L, 0x9E3779B97F4A7C15L, -1L});
    int[] expected = {0x28efe333, 0x2e141804, 0x74707012, 0x04df9d0a, 0x4c604826, 0x1b91e0ed, 0x088d84fc,
        0x32ebfc19};
    assertArrayEquals(expected, Arrays.copyOf(s.toArray(), expected.length));
  }

  @Test
  void emptySetHasAllMaximalMinima() {
    Signature s = new MinHasher(16, 1L).signature(new long[0]);
    for (int i = 0; i < 16; i++) {
      assertEquals(0xFFFF_FFFF, s.get(i));
    }
  }

  @Test
  void signaturesOfDifferentSizesRefuseComparison() {
    long[] set = {1, 2, 3};
    Signature a = new MinHasher(128, 1L).signature(set);
    Signature b = new MinHasher(64, 1L).signature(set);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> a.estimateJaccard(b));
    assertEquals("signatures differ in permutations (128 != 64)", e.getMessage());
  }

  @Test
  void signaturesOfDifferentSeedsRefuseComparison() {
    long[] set = {1, 2, 3};
    Signature a = new MinHasher(64, 1L).signature(set);
    Signature b = new MinHasher(64, 2L).signature(set);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> a.estimateJaccard(b));
    assertEquals("signatures differ in seed (1 != 2)", e.getMessage());
  }

  @Test
  void rejectsBadPermutationCountWithTheValue() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new MinHasher(0, 1L));
    assertTrue(e.getMessage().contains("but was 0"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> new MinHasher(-5, 1L));
    assertTrue(e.getMessage().contains("but was -5"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> new MinHasher(MinHasher.MAX_PERMUTATIONS + 1, 1L));
    assertTrue(e.getMessage().contains("but was " + (MinHasher.MAX_PERMUTATIONS + 1)), e.getMessage());
  }

  @Test
  void fromValuesRoundTripsAndChecksLength() {
    MinHasher hasher = new MinHasher(8, 5L);
    Signature s = hasher.signature(new long[] {10, 20, 30});
    assertEquals(s, hasher.fromValues(s.toArray()));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> hasher.fromValues(new int[4]));
    assertEquals("signatures differ in permutations (4 != 8)", e.getMessage());
  }

  @Test
  void toArrayIsACopy() {
    Signature s = new MinHasher(8, 5L).signature(new long[] {10, 20, 30});
    int[] copy = s.toArray();
    copy[0] ^= 1;
    assertNotEquals(copy[0], s.get(0));
  }

  /**
   * Two sorted sets with Jaccard close to {@code target}: a shared part of size i and private parts
   * splitting the rest of a union of size u, with i = round(target * u).
   */
  static long[][] pairWithJaccard(SplittableRandom random, double target, int union) {
    int shared = (int) Math.round(target * union);
    int rest = union - shared;
    int onlyA = rest == 0 ? 0 : random.nextInt(0, rest + 1);
    long[] all = randomSet(random, union);
    shuffle(all, random);
    long[] a = new long[shared + onlyA];
    long[] b = new long[union - onlyA];
    System.arraycopy(all, 0, a, 0, shared);
    System.arraycopy(all, 0, b, 0, shared);
    System.arraycopy(all, shared, a, shared, onlyA);
    System.arraycopy(all, shared + onlyA, b, shared, rest - onlyA);
    Arrays.sort(a);
    Arrays.sort(b);
    return new long[][] {a, b};
  }

  static long[] randomSet(SplittableRandom random, int size) {
    Set<Long> seen = new HashSet<>();
    long[] out = new long[size];
    int n = 0;
    while (n < size) {
      long v = random.nextLong();
      if (seen.add(v)) {
        out[n++] = v;
      }
    }
    Arrays.sort(out);
    return out;
  }

  static void shuffle(long[] a, SplittableRandom random) {
    for (int i = a.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      long t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  }
}
