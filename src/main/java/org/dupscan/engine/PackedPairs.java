package org.dupscan.engine;

import java.util.Arrays;

/**
 * Internal: the order in which pairs read from a scan's history, packed by
 * {@link org.dupscan.lsh.LshIndex#pack}, are kept sorted with their values alongside, so that
 * {@link PairMemory} and {@link IntersectionMemory} can look a pair up by binary search.
 */
final class PackedPairs {

  private PackedPairs() {}

  /** The indexes of {@code keys[0, n)} in ascending order of key (a stable sort: ties keep read order). */
  static int[] sortedOrder(long[] keys, int n) {
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (x, y) -> Long.compare(keys[x], keys[y]));
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      out[i] = order[i];
    }
    return out;
  }
}
