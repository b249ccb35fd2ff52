package org.dupscan.detect;

import java.util.Arrays;

/**
 * Counts of long keys in an open-addressing table with linear probing: no boxing, 12 bytes a slot,
 * at most half full. A slot is empty when its count is 0, so a probe reads one key and one count.
 * Not thread-safe. Internal.
 */
final class LongCounts {
  private long[] keys;
  private int[] counts;
  private int size;

  LongCounts(int expected) {
    int cap = capacity(expected);
    keys = new long[cap];
    counts = new int[cap];
  }

  /** Slots for {@code expected} keys at most half full: a power of two. */
  private static int capacity(int expected) {
    return Integer.highestOneBit(Math.max(8, expected * 2 - 1)) << 1;
  }

  /** Adds one to the count of {@code key} and returns the new count. */
  int increment(long key) {
    int i = incrementAt(key); // first: it may grow the table, replacing the counts array
    return counts[i];
  }

  /** The slot of {@code key}, claimed for it (count still 0) if it was absent; may grow the table. */
  private int claim(long key) {
    int i = slot(key);
    if (counts[i] == 0) {
      if (2 * (size + 1) > keys.length) {
        grow();
        i = slot(key);
      }
      keys[i] = key;
      size++;
    }
    return i;
  }

  /**
   * Adds one to the count of {@code key} and returns its slot, for {@link #countAt}. A slot stays
   * valid until the table grows: size the table for all keys to be added.
   */
  int incrementAt(long key) {
    int i = claim(key);
    counts[i]++;
    return i;
  }

  /** The count in a slot returned by {@link #incrementAt}. */
  int countAt(int slot) {
    return counts[slot];
  }

  /**
   * Sets the value kept for {@code key} to {@code value} (not 0) and returns the one it had, 0 when
   * the key was absent: the table used as a map from keys to small positive ints.
   */
  int exchange(long key, int value) {
    int i = claim(key);
    int was = counts[i];
    counts[i] = value;
    return was;
  }

  /**
   * Empties the table and makes room for {@code expected} keys without growing, reusing the arrays
   * when they are big enough: per-page tables reused by one thread stay in its cache.
   */
  void reset(int expected) {
    int cap = capacity(expected);
    if (keys.length < cap) {
      keys = new long[cap];
      counts = new int[cap];
      size = 0;
    } else {
      clear();
    }
  }

  /** Empties the table, keeping its capacity. */
  void clear() {
    if (size > 0) {
      Arrays.fill(counts, 0);
      size = 0;
    }
  }

  int get(long key) {
    return counts[slot(key)];
  }

  private int slot(long key) {
    int mask = keys.length - 1;
    long h = key * 0x9E3779B97F4A7C15L;
    int i = (int) (h ^ (h >>> 32)) & mask;
    while (counts[i] != 0 && keys[i] != key) {
      i = (i + 1) & mask;
    }
    return i;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldCounts = counts;
    keys = new long[oldKeys.length * 2];
    counts = new int[keys.length];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldCounts[i] != 0) {
        int j = slot(oldKeys[i]);
        keys[j] = oldKeys[i];
        counts[j] = oldCounts[i];
      }
    }
  }
}
