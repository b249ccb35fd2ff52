package org.dupscan.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class LongSetsTest {

  @Test
  void sortedDistinctSortsAndDeduplicatesAPrefix() {
    long[] values = {5, -3, 5, 9, -3, 0, 42, 42};
    assertArrayEquals(new long[] {-3, 0, 5, 9}, LongSets.sortedDistinct(values, 6));
    assertArrayEquals(new long[0], LongSets.sortedDistinct(new long[3], 0));
    assertArrayEquals(new long[] {Long.MIN_VALUE, Long.MAX_VALUE},
        LongSets.sortedDistinct(new long[] {Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE}, 3));
  }

  @Test
  void radixSortOrdersAsArraysSortDoes() {
    SplittableRandom random = new SplittableRandom(29L);
    for (int round = 0; round < 400; round++) {
      int n = random.nextInt(0, 3000);
      long[] values = new long[n + 5];
      for (int i = 0; i < values.length; i++) {
        values[i] = switch (round % 4) {
          case 0 -> random.nextLong(); // shingle hashes
          case 1 -> random.nextLong(-50, 50); // few values, both signs, many repeats
          case 2 -> random.nextLong() & 0xFFFF00L; // bytes all equal but two: passes skipped
          default -> random.nextBoolean() ? Long.MIN_VALUE : Long.MAX_VALUE;
        };
      }
      long[] expected = values.clone();
      java.util.Arrays.sort(expected, 0, n);
      LongSets.sort(values, n);
      assertArrayEquals(expected, values, "round " + round + ", n " + n); // the tail untouched too
    }
  }

  @Test
  void jaccardOfTwoEmptySetsIsOne() {
    assertEquals(1.0, LongSets.jaccard(new long[0], new long[0]));
  }

  @Test
  void jaccardOfEmptyAndNonEmptyIsZero() {
    assertEquals(0.0, LongSets.jaccard(new long[0], new long[] {1}));
  }

  @Test
  void agreesWithHashSetsOnRandomSets() {
    SplittableRandom random = new SplittableRandom(11L);
    for (int round = 0; round < 500; round++) {
      // A small universe, so intersections are common; negative values exercise signed order.
      int universe = random.nextInt(1, 300);
      Set<Long> a = randomSet(random, universe);
      Set<Long> b = randomSet(random, universe);
      long[] sa = sorted(a);
      long[] sb = sorted(b);
      Set<Long> inter = new HashSet<>(a);
      inter.retainAll(b);
      Set<Long> union = new HashSet<>(a);
      union.addAll(b);
      assertEquals(inter.size(), LongSets.intersectionSize(sa, sa.length, sb, sb.length));
      double expected = union.isEmpty() ? 1.0 : (double) inter.size() / union.size();
      assertEquals(expected, LongSets.jaccard(sa, sb), 0.0);
      assertEquals(expected, LongSets.jaccard(sb, sa), 0.0);
    }
  }

  @Test
  void sortedDistinctAgreesWithTreeSet() {
    SplittableRandom random = new SplittableRandom(12L);
    for (int round = 0; round < 200; round++) {
      long[] values = new long[random.nextInt(0, 100)];
      TreeSet<Long> expected = new TreeSet<>();
      for (int i = 0; i < values.length; i++) {
        values[i] = random.nextLong(-20, 20) * 0x1_0000_0001L;
        expected.add(values[i]);
      }
      assertArrayEquals(expected.stream().mapToLong(Long::longValue).toArray(),
          LongSets.sortedDistinct(values, values.length));
    }
  }

  private static Set<Long> randomSet(SplittableRandom random, int universe) {
    Set<Long> s = new HashSet<>();
    int n = random.nextInt(0, universe);
    for (int i = 0; i < n; i++) {
      s.add((random.nextLong(universe) - universe / 2) * 0x9E3779B97F4A7C15L);
    }
    return s;
  }

  private static long[] sorted(Set<Long> s) {
    return new TreeSet<>(s).stream().mapToLong(Long::longValue).toArray();
  }

  @Test
  void countsDistinctValuesAsSortingDoes() {
    java.util.Random random = new java.util.Random(9);
    for (int trial = 0; trial < 2000; trial++) {
      int n = random.nextInt(300);
      long[] v = new long[n];
      for (int i = 0; i < n; i++) {
        v[i] = random.nextInt(4) == 0 ? random.nextInt(5) - 2 : random.nextLong() >> random.nextInt(64);
      }
      int expected = LongSets.sortedDistinct(v.clone(), n).length;
      org.junit.jupiter.api.Assertions.assertEquals(expected, LongSets.distinctCount(v, n));
    }
  }
}
