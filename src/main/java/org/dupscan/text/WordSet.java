package org.dupscan.text;

import java.util.Arrays;
import java.util.Collection;
import org.dupscan.internal.LongSets;
import org.dupscan.internal.Mix;

/**
 * A fixed set of normalised words, recognised by their hash under one {@link ShingleHasher}: a lookup
 * reads one slot of a small table of longs, with no string made for the word tested. Two distinct words
 * share a 64-bit hash with probability about 2^-64, so membership is exact in practice. Immutable and
 * thread-safe.
 *
 * <p>The table is a perfect hash: a multiplier is searched for (from a fixed sequence, so the table is
 * the same on every run) under which every member has a slot of its own, so that a lookup is one load
 * and one compare, and has no loop and no branch on the answer. Half the words of English text are stop
 * words, so a probing loop that ends one way for members and another for the rest mispredicts about
 * once a word; this lookup compiles to a conditional move in the tokenizer's loop. Multiply-shift hashing
 * into 2^k slots is universal (Dietzfelbinger et al. 1997), so a random multiplier spreads m members
 * without collision with probability about exp(-m^2 / 2^(k+1)): for the 109 stop words, a 1,024-slot
 * table (8 KB) is found within a few hundred tries. A set too large for a small perfect table (more than
 * {@link #MAX_PERFECT} words) probes linearly instead.
 */
public final class WordSet {

  /** Most words for the perfect table; larger sets use linear probing. */
  static final int MAX_PERFECT = 512;
  /** Multipliers tried for each table size before the size doubles. */
  private static final int TRIES = 4096;
  /** The perfect table's largest size, in slots: the table must stay small to stay in cache. */
  private static final int MAX_SLOTS = 1 << 16;

  private final long[] table;
  private final boolean hasZero;
  /** The perfect table's multiplier (odd), or 0 for a linear-probing table. */
  private final long multiplier;
  private final int shift;
  private final int mask;

  private WordSet(long[] table, boolean hasZero, long multiplier) {
    this.table = table;
    this.hasZero = hasZero;
    this.multiplier = multiplier;
    this.shift = 64 - Integer.numberOfTrailingZeros(table.length);
    this.mask = table.length - 1;
  }

  /** The set of {@code words} (each normalised already) under {@code hasher}'s word hash. */
  public static WordSet of(ShingleHasher hasher, Collection<String> words) {
    long[] hashes = new long[words.size()];
    int n = 0;
    boolean zero = false;
    for (String w : words) {
      long h = hasher.wordHash(w);
      if (h == 0) {
        zero = true; // 0 marks an empty slot, so the word hashing to 0 is kept aside
      } else {
        hashes[n++] = h;
      }
    }
    long[] distinct = LongSets.sortedDistinct(hashes, n);
    int m = distinct.length;
    if (m <= MAX_PERFECT) {
      WordSet perfect = perfect(distinct, m, zero);
      if (perfect != null) {
        return perfect;
      }
    }
    return probing(distinct, m, zero);
  }

  /** A table in which each of the m hashes has its own slot, or null if none is found small enough. */
  private static WordSet perfect(long[] hashes, int m, boolean zero) {
    Mix.SplitMix64 candidates = new Mix.SplitMix64(0x5EED_0F_5E7L); // a fixed sequence of multipliers
    for (int slots = Integer.highestOneBit(Math.max(8, 2 * m - 1)) << 1; slots <= MAX_SLOTS;
        slots <<= 1) {
      int shift = 64 - Integer.numberOfTrailingZeros(slots);
      long[] table = new long[slots];
      for (int t = 0; t < TRIES; t++) {
        long multiplier = candidates.next() | 1;
        Arrays.fill(table, 0L);
        boolean ok = true;
        for (int i = 0; i < m && ok; i++) {
          int s = (int) ((hashes[i] * multiplier) >>> shift);
          ok = table[s] == 0;
          table[s] = hashes[i];
        }
        if (ok) {
          return new WordSet(table, zero, multiplier);
        }
      }
    }
    return null;
  }

  /** A linear-probing table at most a quarter full, so that a miss ends after a probe or two. */
  private static WordSet probing(long[] hashes, int m, boolean zero) {
    int cap = Integer.highestOneBit(Math.max(16, m * 4 - 1)) << 1;
    long[] table = new long[cap];
    for (int k = 0; k < m; k++) {
      int i = probeSlot(hashes[k], cap - 1);
      while (table[i] != 0) {
        i = (i + 1) & (cap - 1);
      }
      table[i] = hashes[k];
    }
    return new WordSet(table, zero, 0);
  }

  /** Whether the word with hash {@code wordHash} is in the set. */
  public boolean contains(long wordHash) {
    if (wordHash == 0) {
      return hasZero;
    }
    if (multiplier != 0) {
      return table[(int) ((wordHash * multiplier) >>> shift)] == wordHash;
    }
    int i = probeSlot(wordHash, mask);
    long k;
    while ((k = table[i]) != 0) {
      if (k == wordHash) {
        return true;
      }
      i = (i + 1) & mask;
    }
    return false;
  }

  /** Slots in the table (for tests: the perfect table must stay small). */
  int slots() {
    return table.length;
  }

  /** The perfect table's multiplier, 0 for a probing table (for tests). */
  long multiplier() {
    return multiplier;
  }

  /** Whether lookups read one slot (a perfect table) rather than probe. */
  boolean perfect() {
    return multiplier != 0;
  }

  private static int probeSlot(long h, int mask) {
    return (int) (h ^ (h >>> 29)) & mask;
  }
}
