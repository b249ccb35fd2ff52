package org.dupscan.detect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.dupscan.internal.LongSets;
import org.junit.jupiter.api.Test;

class SimilarityJoinTest {

  /** Groups and best similarities by the definition: every pair of sets of at least minSize. */
  private static SimilarityJoin.Result everyPair(long[][] sets, double t, int minSize) {
    int k = sets.length;
    int[] parent = new int[k];
    double[] best = new double[k];
    for (int i = 0; i < k; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < i; j++) {
        if (sets[i].length >= minSize && sets[j].length >= minSize) {
          double s = LongSets.jaccard(sets[i], sets[j]);
          if (s >= t) {
            best[i] = Math.max(best[i], s);
            best[j] = Math.max(best[j], s);
            int a = root(parent, i);
            int b = root(parent, j);
            parent[Math.max(a, b)] = Math.min(a, b);
          }
        }
      }
    }
    int[] roots = new int[k];
    for (int i = 0; i < k; i++) {
      roots[i] = root(parent, i);
    }
    return new SimilarityJoin.Result(roots, best, 0);
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      i = parent[i];
    }
    return i;
  }

  private static long[][] randomSets(SplittableRandom rnd, int count, int vocabulary) {
    long[][] sets = new long[count][];
    for (int i = 0; i < count; i++) {
      if (i > 0 && rnd.nextInt(3) == 0) { // an edit of an earlier set: pairs near the threshold
        long[] base = sets[rnd.nextInt(i)];
        long[] edited = java.util.Arrays.copyOf(base, base.length + 1);
        edited[base.length] = rnd.nextInt(vocabulary);
        if (edited.length > 2 && rnd.nextBoolean()) {
          edited[rnd.nextInt(edited.length)] = rnd.nextInt(vocabulary);
        }
        sets[i] = LongSets.sortedDistinct(edited, edited.length);
      } else {
        long[] s = rnd.longs(rnd.nextInt(1, 10), 0, vocabulary).toArray();
        sets[i] = LongSets.sortedDistinct(s, s.length);
      }
    }
    return sets;
  }

  @Test
  void findsTheSameGroupsAsComparingEveryPair() {
    SplittableRandom rnd = new SplittableRandom(3);
    for (int round = 0; round < 20; round++) {
      long[][] sets = randomSets(rnd, 400, round % 2 == 0 ? 30 : 300);
      for (double t : new double[] {0.5, 0.7, 1.0}) {
        SimilarityJoin.Result expected = everyPair(sets, t, 3);
        SimilarityJoin.Result actual = new SimilarityJoin(t, SimilarityJoin.DEFAULT_WINDOW).join(sets, 3);
        assertArrayEquals(expected.root(), actual.root(), "round " + round + " t " + t);
        assertArrayEquals(expected.best(), actual.best(), "round " + round + " t " + t);
        assertEquals(0, actual.comparisonsSkipped());
      }
    }
  }

  @Test
  void countsTheComparisonsASmallWindowLeavesOut() {
    long[][] sets = randomSets(new SplittableRandom(9), 2000, 12);
    SimilarityJoin.Result narrow = new SimilarityJoin(0.7, 8).join(sets, 3);
    assertTrue(narrow.comparisonsSkipped() > 0);
    SimilarityJoin.Result wide = new SimilarityJoin(0.7, sets.length).join(sets, 3);
    assertEquals(0, wide.comparisonsSkipped());
    assertArrayEquals(everyPair(sets, 0.7, 3).root(), wide.root());
  }

  @Test
  void joinsEqualSetsAtOneWithoutIndexingThemAll() {
    long[][] sets = new long[5000][];
    for (int i = 0; i < sets.length; i++) {
      sets[i] = new long[] {1, 2, 3, 4};
    }
    SimilarityJoin.Result r = new SimilarityJoin(0.7, 4).join(sets, 3);
    for (int i = 0; i < sets.length; i++) {
      assertEquals(0, r.root()[i]);
      assertEquals(1.0, r.best()[i]);
    }
    assertEquals(0, r.comparisonsSkipped());
  }

  @Test
  void leavesOutSetsBelowTheLeastSize() {
    long[][] sets = {{1, 2}, {1, 2}, {1, 2, 3}, {1, 2, 3}};
    SimilarityJoin.Result r = new SimilarityJoin(0.7, 16).join(sets, 3);
    assertArrayEquals(new int[] {0, 1, 2, 2}, r.root());
  }

  @Test
  void rejectsAThresholdOutsideZeroToOne() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new SimilarityJoin(1.5, 16));
    assertEquals("join threshold must be in (0, 1] but was 1.5", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> new SimilarityJoin(0.7, 0));
    assertEquals("join window must be at least 1 but was 0", e.getMessage());
  }
}
