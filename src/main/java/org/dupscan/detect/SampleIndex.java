package org.dupscan.detect;

import java.util.Arrays;
import org.dupscan.internal.LongSets;

/**
 * An inverted index from sampled shingle keys ({@link ShingleSample}) to the pages holding them, in
 * sorted arrays. Keys held by one page only are left out (they join no pair); keys held by more than
 * {@code cap} pages are kept only as "capped": a phrase on hundreds of pages is template or a stock
 * phrase, not evidence that one page holds another, and its posting list would make the search
 * quadratic. Memory: 4 bytes a posting plus 8 a distinct shared key; building it briefly needs 8 bytes
 * a sampled key.
 */
final class SampleIndex {

  private final int[] keys;
  private final int[] starts;
  private final int[] pages;
  private final int[] capped;

  private SampleIndex(int[] keys, int[] starts, int[] pages, int[] capped) {
    this.keys = keys;
    this.starts = starts;
    this.pages = pages;
    this.capped = capped;
  }

  /** Indexes {@code samples[p]} of every page p (null for a page left out). */
  static SampleIndex build(int[][] samples, int cap) {
    if (cap < 2) {
      throw new IllegalArgumentException("posting cap must be at least 2 but was " + cap);
    }
    long total = 0;
    for (int[] s : samples) {
      total += s == null ? 0 : s.length;
    }
    if (total > Integer.MAX_VALUE - 8) {
      throw new IllegalStateException("too many sampled shingles to index: " + total);
    }
    long[] packed = new long[(int) total];
    int n = 0;
    for (int p = 0; p < samples.length; p++) {
      if (samples[p] != null) {
        for (int key : samples[p]) {
          packed[n++] = ((long) key << 32) | p; // by key (signed), then by page
        }
      }
    }
    LongSets.sort(packed, n);
    int[] keys = new int[16];
    int[] starts = new int[17];
    int[] pages = new int[64];
    int[] capped = new int[16];
    int k = 0;
    int postings = 0;
    int c = 0;
    for (int i = 0; i < n; ) {
      int key = (int) (packed[i] >> 32);
      int j = i;
      while (j < n && (int) (packed[j] >> 32) == key) {
        j++;
      }
      int m = j - i;
      if (m > cap) {
        if (c == capped.length) {
          capped = Arrays.copyOf(capped, c * 2);
        }
        capped[c++] = key;
      } else if (m >= 2) {
        if (k + 1 >= starts.length) {
          keys = Arrays.copyOf(keys, keys.length * 2);
          starts = Arrays.copyOf(starts, keys.length + 1);
        }
        if (postings + m > pages.length) {
          pages = Arrays.copyOf(pages, Math.max(pages.length * 2, postings + m));
        }
        keys[k] = key;
        starts[k] = postings;
        for (int x = i; x < j; x++) {
          pages[postings++] = (int) packed[x];
        }
        k++;
      }
      i = j;
    }
    starts[k] = postings;
    return new SampleIndex(Arrays.copyOf(keys, k), Arrays.copyOf(starts, k + 1),
        Arrays.copyOf(pages, postings), Arrays.copyOf(capped, c));
  }

  /** Whether {@code key} is on more pages than the cap. */
  boolean isCapped(int key) {
    return Arrays.binarySearch(capped, key) >= 0;
  }

  /** The place of {@code key} for {@link #start} and {@link #end}, or a negative number when no two pages (or more than the cap) share it. */
  int find(int key) {
    return Arrays.binarySearch(keys, key);
  }

  /** The first posting of the key at {@code at} (from {@link #find}). */
  int start(int at) {
    return starts[at];
  }

  /** One past the last posting of the key at {@code at}. */
  int end(int at) {
    return starts[at + 1];
  }

  /** The page of posting {@code i}, ascending within a key. */
  int page(int i) {
    return pages[i];
  }

  /** Postings held (keys on two or more pages, up to the cap). */
  int postings() {
    return pages.length;
  }
}
