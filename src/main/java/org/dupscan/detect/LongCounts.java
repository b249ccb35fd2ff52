package org.dupscan.detect;

/**
 * Counts of long keys in an open-addressing table with linear probing: no boxing, 13 bytes a slot,
 * at most half full. Not thread-safe. Internal.
 */
final class LongCounts {
  private long[] keys;
  private int[] counts;
  private boolean[] used;
  private int size;

  LongCounts(int expected) {
    int cap = Integer.highestOneBit(Math.max(8, expected * 2 - 1)) << 1;
    keys = new long[cap];
    counts = new int[cap];
    used = new boolean[cap];
  }

  /** Adds one to the count of {@code key} and returns the new count. */
  int increment(long key) {
    if (2 * (size + 1) > keys.length) {
      grow();
    }
    int i = slot(key);
    if (!used[i]) {
      used[i] = true;
      keys[i] = key;
      size++;
    }
    return ++counts[i];
  }

  /** Empties the table, keeping its capacity. */
  void clear() {
    if (size > 0) {
      java.util.Arrays.fill(used, false);
      java.util.Arrays.fill(counts, 0);
      size = 0;
    }
  }

  int get(long key) {
    int i = slot(key);
    return used[i] ? counts[i] : 0;
  }

  private int slot(long key) {
    int mask = keys.length - 1;
    long h = key * 0x9E3779B97F4A7C15L;
    int i = (int) (h ^ (h >>> 32)) & mask;
    while (used[i] && keys[i] != key) {
      i = (i + 1) & mask;
    }
    return i;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldCounts = counts;
    boolean[] oldUsed = used;
    keys = new long[oldKeys.length * 2];
    counts = new int[keys.length];
    used = new boolean[keys.length];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldUsed[i]) {
        int j = slot(oldKeys[i]);
        used[j] = true;
        keys[j] = oldKeys[i];
        counts[j] = oldCounts[i];
      }
    }
  }
}
