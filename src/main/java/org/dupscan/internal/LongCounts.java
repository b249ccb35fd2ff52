package org.dupscan.internal;

import java.util.Arrays;

/**
 * Counts of long keys in an open-addressing table with linear probing: no boxing, 12 bytes a slot,
 * at most half full. A slot is empty when its count is 0, so a probe reads one key and one count.
 *
 * <p>A table reused from page to page keeps its arrays but uses only the first {@code used} slots, as
 * many as the page needs: after one very long page, a short page still probes (and clears) a table of
 * its own size, not the long page's (a 30,000-word page would otherwise leave every later page
 * clearing and probing 768 KB).
 *
 * <p>Not thread-safe. Internal.
 */
public final class LongCounts {
  private long[] keys;
  private int[] counts;
  /** Slots in use, a power of two no larger than the arrays. */
  private int used;
  private int size;

  public LongCounts(int expected) {
    used = capacity(expected);
    keys = new long[used];
    counts = new int[used];
  }

  /** Slots for {@code expected} keys at most half full: a power of two. */
  private static int capacity(int expected) {
    return Integer.highestOneBit(Math.max(8, expected * 2 - 1)) << 1;
  }

  /** Adds one to the count of {@code key} and returns the new count. */
  public int increment(long key) {
    int i = incrementAt(key); // first: it may grow the table, replacing the counts array
    return counts[i];
  }

  /** The slot of {@code key}, claimed for it (count still 0) if it was absent; may grow the table. */
  private int claim(long key) {
    int i = slot(key);
    if (counts[i] == 0) {
      if (2 * (size + 1) > used) {
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
  public int incrementAt(long key) {
    int i = claim(key);
    counts[i]++;
    return i;
  }

  /** The count in a slot returned by {@link #incrementAt}. */
  public int countAt(int slot) {
    return counts[slot];
  }

  /**
   * Marks a slot returned by {@link #incrementAt} as visited: its count becomes -1 (the key stays).
   * For one pass over the table's keys before a {@link #clear}; counts are no longer kept after.
   */
  public void markAt(int slot) {
    counts[slot] = -1;
  }

  /**
   * Sets the value kept for {@code key} to {@code value} (not 0) and returns the one it had, 0 when
   * the key was absent: the table used as a map from keys to small positive ints.
   */
  public int exchange(long key, int value) {
    int i = claim(key);
    int was = counts[i];
    counts[i] = value;
    return was;
  }

  /**
   * Empties the table and makes room for {@code expected} keys without growing, reusing the arrays
   * when they are big enough: per-page tables reused by one thread stay in its cache.
   */
  public void reset(int expected) {
    int cap = capacity(expected);
    clear();
    if (keys.length < cap) {
      keys = new long[cap];
      counts = new int[cap];
    }
    used = cap;
  }

  /** Empties the table, keeping its capacity. */
  public void clear() {
    if (size > 0) {
      Arrays.fill(counts, 0, used, 0);
      size = 0;
    }
  }

  /** Slots in use (for tests). */
  public int slots() {
    return used;
  }

  public int get(long key) {
    return counts[slot(key)];
  }

  private int slot(long key) {
    int mask = used - 1;
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
    int oldUsed = used;
    used = oldUsed * 2;
    keys = new long[used];
    counts = new int[keys.length];
    for (int i = 0; i < oldUsed; i++) {
      if (oldCounts[i] != 0) {
        int j = slot(oldKeys[i]);
        keys[j] = oldKeys[i];
        counts[j] = oldCounts[i];
      }
    }
  }
}
