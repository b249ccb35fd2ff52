package org.dupscan.detect;

import java.util.Arrays;
import java.util.List;
import org.dupscan.internal.LongSets;

/**
 * The distinct word hashes of the pages' samples, sorted, each with its document frequency (pages
 * whose sample holds it), and a lookup from a hash to its place. The lookup reads a bucket table over
 * the hashes' top bits, about one word a bucket, then searches that bucket: word hashes are uniform,
 * so a lookup costs one or two cache misses, where a binary search over a million words costs about
 * twenty.
 */
final class Vocabulary {

  private final long[] words;
  private final int[] df;
  private final int bits;
  private final int[] bucketStart;

  private Vocabulary(long[] words, int[] df) {
    this.words = words;
    this.df = df;
    this.bits = Math.max(1, 31 - Integer.numberOfLeadingZeros(Math.max(1, words.length)));
    this.bucketStart = new int[(1 << bits) + 1];
    for (long w : words) {
      bucketStart[bucket(w) + 1]++;
    }
    for (int b = 0; b < 1 << bits; b++) {
      bucketStart[b + 1] += bucketStart[b];
    }
  }

  /** The vocabulary of pages' samples (null entries, pages without one, skipped). */
  static Vocabulary of(List<long[]> samples) {
    int total = 0;
    for (long[] s : samples) {
      total += s == null ? 0 : s.length;
    }
    long[] all = new long[total];
    int at = 0;
    for (long[] s : samples) {
      if (s != null) {
        System.arraycopy(s, 0, all, at, s.length);
        at += s.length;
      }
    }
    LongSets.sort(all, total); // radix: about a million uniform hashes (see LongSets.sort)
    int distinct = 0;
    int[] df = new int[total];
    for (int i = 0; i < total; i++) {
      if (distinct > 0 && all[distinct - 1] == all[i]) {
        df[distinct - 1]++;
      } else {
        all[distinct] = all[i];
        df[distinct++] = 1;
      }
    }
    return new Vocabulary(Arrays.copyOf(all, distinct), Arrays.copyOf(df, distinct));
  }

  /** Distinct words. */
  int size() {
    return words.length;
  }

  /** Pages whose sample holds the word at {@code place}. */
  int df(int place) {
    return df[place];
  }

  /** The place of {@code word}, or a negative number when it is not in the vocabulary. */
  int placeOf(long word) {
    int b = bucket(word);
    return Arrays.binarySearch(words, bucketStart[b], bucketStart[b + 1], word);
  }

  /** The top bits of a hash in signed order (the order of the sorted words). */
  private int bucket(long word) {
    return (int) ((word ^ Long.MIN_VALUE) >>> (64 - bits));
  }
}
