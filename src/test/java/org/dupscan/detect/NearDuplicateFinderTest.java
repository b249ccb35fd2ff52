package org.dupscan.detect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.dupscan.lsh.Banding;
import org.dupscan.minhash.MinHasher;
import org.dupscan.minhash.Signature;
import org.junit.jupiter.api.Test;

class NearDuplicateFinderTest {

  private static final MinHasher HASHER = new MinHasher(128, 7);

  /** A page's shingles: distinct per page unless pages share {@code text}. */
  private static long[] set(int text) {
    long[] s = new long[200];
    for (int i = 0; i < s.length; i++) {
      s[i] = text * 1_000_003L + i + 1;
    }
    return s;
  }

  @Test
  void groupsExactCopiesByTheirWholeKeyUnderTheSmallestMember() {
    // Pages 1, 4 and 6 are one text; 2 and 5 share the high half of their key but not the low half;
    // 3 has no content; 0 stands alone.
    int[] text = {0, 1, 2, -1, 1, 3, 1};
    long[] hi = {10, 20, 30, 0, 20, 30, 20};
    long[] lo = {1, 2, 3, 0, 2, 4, 2};
    Signature[] sigs = new Signature[text.length];
    for (int i = 0; i < text.length; i++) {
      sigs[i] = text[i] < 0 ? null : HASHER.signature(set(text[i]));
    }
    NearDuplicateFinder.Result r = NearDuplicateFinder.find(sigs, hi, lo, doc -> set(text[doc]),
        new NearDuplicateFinder.Settings(0.8, Banding.forThreshold(0.8, 128, 0.99), 200, false));
    assertEquals(1, r.exactGroups());
    assertArrayEquals(new int[] {-1, -1, -1, -1, 1, -1, 1}, r.exactOf());
    assertEquals(1, r.clusters().size());
    assertArrayEquals(new int[] {1, 4, 6}, r.clusters().get(0).members());
  }
}
