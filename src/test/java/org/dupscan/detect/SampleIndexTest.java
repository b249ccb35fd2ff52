package org.dupscan.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SampleIndexTest {

  /** Samples as the engine makes them: sorted distinct keys, some shared, some pages left out. */
  private static int[][] samples(int pages, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int[] common = rnd.ints(400).toArray();
    int[][] out = new int[pages][];
    for (int p = 0; p < pages; p++) {
      if (p % 13 == 0) {
        continue;
      }
      int[] s = new int[rnd.nextInt(0, 120)];
      for (int i = 0; i < s.length; i++) {
        // a key from a small shared pool often (shared postings, some over the cap), else random;
        // the extremes too, for the buckets at both ends of the signed range
        s[i] = rnd.nextInt(4) == 0 ? common[rnd.nextInt(common.length)]
            : rnd.nextInt(50) == 0 ? (rnd.nextBoolean() ? Integer.MIN_VALUE : Integer.MAX_VALUE)
            : rnd.nextInt();
      }
      out[p] = Arrays.stream(s).sorted().distinct().toArray();
    }
    return out;
  }

  @Test
  void slicesOfTheKeyRangeGiveTheIndexOneSortGives() {
    int[][] samples = samples(3_000, 11);
    SampleIndex whole = SampleIndex.build(samples, 40, Integer.MAX_VALUE);
    for (int slice : new int[] {1, 7, 1_000, 20_000}) {
      SampleIndex sliced = SampleIndex.build(samples, 40, slice);
      assertEquals(whole.postings(), sliced.postings(), "slice " + slice);
      for (int[] s : samples) {
        for (int key : s == null ? new int[0] : s) {
          assertEquals(whole.isCapped(key), sliced.isCapped(key), "slice " + slice + " key " + key);
          int at = whole.find(key);
          assertEquals(at, sliced.find(key), "slice " + slice + " key " + key);
          if (at >= 0) {
            assertEquals(whole.start(at), sliced.start(at));
            assertEquals(whole.end(at), sliced.end(at));
          }
        }
      }
      for (int i = 0; i < whole.postings(); i++) {
        assertEquals(whole.page(i), sliced.page(i), "slice " + slice + " posting " + i);
      }
    }
  }

  @Test
  void keepsSharedKeysWithTheirPagesInOrderAndCapsCommonOnes() {
    int[][] samples = {{-5, 1, 9}, null, {-5, 9}, {1}, {-5, 2}};
    SampleIndex index = SampleIndex.build(samples, 2, 1);
    assertEquals(true, index.isCapped(-5)); // on three pages, cap 2
    assertEquals(true, index.find(2) < 0); // on one page only
    int at = index.find(9);
    assertEquals(2, index.end(at) - index.start(at));
    assertEquals(0, index.page(index.start(at)));
    assertEquals(2, index.page(index.start(at) + 1));
    at = index.find(1);
    assertEquals(0, index.page(index.start(at)));
    assertEquals(3, index.page(index.start(at) + 1));
  }

  @Test
  void findsEveryKeyAsTheSortedKeysDoWhateverItsFilterBitSays() {
    int[][] samples = samples(3_000, 17);
    SampleIndex index = SampleIndex.build(samples, 40);
    // The keys on two pages up to the cap, and the capped keys, counted apart from the index.
    java.util.Map<Integer, Integer> pagesOf = new java.util.HashMap<>();
    for (int[] s : samples) {
      for (int key : s == null ? new int[0] : s) {
        pagesOf.merge(key, 1, Integer::sum);
      }
    }
    SplittableRandom rnd = new SplittableRandom(18);
    int[] absent = rnd.ints(20_000).toArray();
    int cleared = 0;
    for (int key : absent) {
      if (!pagesOf.containsKey(key)) {
        assertEquals(true, index.find(key) < 0, "key " + key);
        assertEquals(false, index.isCapped(key), "key " + key);
        cleared += index.mayHold(key) ? 0 : 1;
      }
    }
    for (java.util.Map.Entry<Integer, Integer> e : pagesOf.entrySet()) {
      int n = e.getValue();
      assertEquals(n >= 2 && n <= 40, index.find(e.getKey()) >= 0, "key " + e.getKey() + " on " + n);
      assertEquals(n > 40, index.isCapped(e.getKey()), "key " + e.getKey() + " on " + n);
    }
    assertEquals(true, cleared > absent.length / 2, "the filter answers most absent keys: " + cleared);
  }

  @Test
  void findsEachKeysOwnPostingsWhateverRunOfTopBitsItFallsIn() {
    // Few keys (one run of the directory holds many) and many (about one a run), the extremes of
    // the signed range and neighbours across a run's border among them.
    for (int pages : new int[] {3, 40, 3_000}) {
      int[][] samples = samples(pages, 23 + pages);
      for (int p = 0; p < samples.length; p += 5) {
        samples[p] = new int[] {Integer.MIN_VALUE, -1, 0, 1 << 20, (1 << 20) - 1, Integer.MAX_VALUE};
      }
      SampleIndex index = SampleIndex.build(samples, 40);
      java.util.Map<Integer, java.util.List<Integer>> pagesOf = new java.util.TreeMap<>();
      for (int p = 0; p < samples.length; p++) {
        for (int key : samples[p] == null ? new int[0] : samples[p]) {
          pagesOf.computeIfAbsent(key, k -> new java.util.ArrayList<>()).add(p);
        }
      }
      for (java.util.Map.Entry<Integer, java.util.List<Integer>> e : pagesOf.entrySet()) {
        int at = index.find(e.getKey());
        int n = e.getValue().size();
        if (n < 2 || n > 40) {
          assertEquals(true, at < 0, "key " + e.getKey() + " on " + n + " pages");
          continue;
        }
        java.util.List<Integer> held = new java.util.ArrayList<>();
        for (int i = index.start(at); i < index.end(at); i++) {
          held.add(index.page(i));
        }
        assertEquals(e.getValue(), held, "key " + e.getKey() + " of " + pages + " pages");
      }
    }
  }

  @Test
  void rejectsASliceOfNoKeys() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SampleIndex.build(new int[0][], 2, 0));
    assertEquals(true, e.getMessage().contains("0"));
  }
}
