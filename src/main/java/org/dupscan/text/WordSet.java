package org.dupscan.text;

import java.util.Collection;

/**
 * A fixed set of normalised words, recognised by their hash under one {@link ShingleHasher}: a lookup
 * is a probe in a small open-addressing table of longs, with no string made for the word tested. Two
 * distinct words share a 64-bit hash with probability about 2^-64, so membership is exact in practice.
 * Immutable and thread-safe.
 */
public final class WordSet {

  private final long[] table;
  private final boolean hasZero;
  private final int mask;

  private WordSet(long[] table, boolean hasZero) {
    this.table = table;
    this.hasZero = hasZero;
    this.mask = table.length - 1;
  }

  /** The set of {@code words} (each normalised already) under {@code hasher}'s word hash. */
  public static WordSet of(ShingleHasher hasher, Collection<String> words) {
    // At most a quarter full, so that a miss (the common case) ends after a probe or two.
    int cap = Integer.highestOneBit(Math.max(16, words.size() * 4 - 1)) << 1;
    long[] table = new long[cap];
    boolean zero = false;
    for (String w : words) {
      long h = hasher.wordHash(w);
      if (h == 0) {
        zero = true;
        continue;
      }
      int i = slot(h, cap - 1);
      while (table[i] != 0 && table[i] != h) {
        i = (i + 1) & (cap - 1);
      }
      table[i] = h;
    }
    return new WordSet(table, zero);
  }

  /** Whether the word with hash {@code wordHash} is in the set. */
  public boolean contains(long wordHash) {
    if (wordHash == 0) {
      return hasZero;
    }
    int i = slot(wordHash, mask);
    long k;
    while ((k = table[i]) != 0) {
      if (k == wordHash) {
        return true;
      }
      i = (i + 1) & mask;
    }
    return false;
  }

  private static int slot(long h, int mask) {
    return (int) (h ^ (h >>> 29)) & mask;
  }
}
