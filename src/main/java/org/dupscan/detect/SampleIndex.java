package org.dupscan.detect;

import java.util.Arrays;
import org.dupscan.internal.LongSets;

/**
 * An inverted index from sampled shingle keys ({@link ShingleSample}) to the pages holding them, in
 * sorted arrays. Keys held by one page only are left out (they join no pair); keys held by more than
 * {@code cap} pages are kept only as "capped": a phrase on hundreds of pages is template or a stock
 * phrase, not evidence that one page holds another, and its posting list would make the search
 * quadratic. Memory: 4 bytes a posting plus 8 a distinct shared key; building it briefly needs 16
 * bytes a sampled key of one slice of the key range ({@link #SLICE_ENTRIES}).
 */
final class SampleIndex {

  private final int[] keys;
  private final int[] starts;
  private final int[] pages;
  private final int[] capped;
  /**
   * A bit per {@link #filterSlot} of every key held or capped: most sampled keys stand on one page
   * only, and a clear bit answers {@link #find} and {@link #isCapped} for them without two binary
   * searches over millions of keys (a sixth of the containment stage's samples on real text).
   */
  private final long[] filter;
  private final int filterShift;
  /**
   * Where each run of keys with the same top bits starts in {@link #keys} (and in {@link #capped}):
   * a key that passes the filter is searched for among the few keys of its run, not among millions
   * (two binary searches over every key were a twelfth of a generated 100k night's samples).
   */
  private final Directory keyRuns;
  private final Directory cappedRuns;

  private SampleIndex(int[] keys, int[] starts, int[] pages, int[] capped) {
    this.keys = keys;
    this.starts = starts;
    this.pages = pages;
    this.capped = capped;
    this.keyRuns = Directory.of(keys);
    this.cappedRuns = Directory.of(capped);
    // About 8 bits a key (a clear bit for ~7 in 8 absent keys), from 2^12 to 2^27 bits (16 MB).
    int bits = Math.max(MIN_FILTER_BITS_LOG2, Math.min(MAX_FILTER_BITS_LOG2,
        64 - Long.numberOfLeadingZeros(8L * (keys.length + capped.length))));
    this.filterShift = 32 - bits;
    this.filter = new long[1 << (bits - 6)];
    for (int k : keys) {
      mark(k);
    }
    for (int k : capped) {
      mark(k);
    }
  }

  private static final int MIN_FILTER_BITS_LOG2 = 12;
  private static final int MAX_FILTER_BITS_LOG2 = 27;

  /** The filter bit of a key: the top bits of a multiplicative hash (sampled keys share low bits). */
  private int filterSlot(int key) {
    return (key * 0x9E3779B9) >>> filterShift;
  }

  private void mark(int key) {
    int slot = filterSlot(key);
    filter[slot >>> 6] |= 1L << slot;
  }

  /** False when {@code key} is neither held nor capped; true when it may be either. */
  boolean mayHold(int key) {
    int slot = filterSlot(key);
    return (filter[slot >>> 6] & (1L << slot)) != 0;
  }

  /** Indexes {@code samples[p]} of every page p (null for a page left out). */
  static SampleIndex build(int[][] samples, int cap) {
    return build(samples, cap, SLICE_ENTRIES);
  }

  /**
   * Most sampled keys sorted at once. The keys are sorted as (key, page) longs a slice of the key
   * range at a time, each slice a run of {@value #BUCKETS} buckets of the keys' top bits whose keys
   * number at most this (or one bucket): sorting every key at once took 16 bytes a key (the longs and
   * the radix sort's copy), about 1.4 GB at a million pages of about 87 sampled keys each. A slice
   * costs a pass over the samples, so slices are few: about ten at a million generated pages.
   */
  static final int SLICE_ENTRIES = 1 << 23;
  /** Buckets of the keys' top 8 bits, counted to cut the key range into slices. */
  private static final int BUCKETS = 256;

  /** As {@link #build(int[][], int)}, sorting at most {@code sliceEntries} keys at once (for tests). */
  static SampleIndex build(int[][] samples, int cap, int sliceEntries) {
    if (cap < 2) {
      throw new IllegalArgumentException("posting cap must be at least 2 but was " + cap);
    }
    if (sliceEntries < 1) {
      throw new IllegalArgumentException("slice entries must be at least 1 but was " + sliceEntries);
    }
    long[] perBucket = new long[BUCKETS];
    long total = 0;
    for (int[] s : samples) {
      if (s != null) {
        for (int key : s) {
          perBucket[bucket(key)]++;
        }
        total += s.length;
      }
    }
    if (total > Integer.MAX_VALUE - 8) {
      throw new IllegalStateException("too many sampled shingles to index: " + total);
    }
    Postings out = new Postings();
    for (int from = 0; from < BUCKETS; ) {
      // Buckets in ascending order are keys in ascending signed order (bucket() flips the sign bit),
      // so slices sorted one after another give the postings in the order one sort of all gave.
      int to = from + 1;
      long entries = perBucket[from];
      while (to < BUCKETS && entries + perBucket[to] <= sliceEntries) {
        entries += perBucket[to++];
      }
      if (entries > 0) {
        long[] packed = new long[(int) entries];
        int n = 0;
        for (int p = 0; p < samples.length; p++) {
          if (samples[p] != null) {
            for (int key : samples[p]) {
              int b = bucket(key);
              if (b >= from && b < to) {
                packed[n++] = ((long) key << 32) | p; // by key (signed), then by page
              }
            }
          }
        }
        LongSets.sort(packed, n);
        out.add(packed, n, cap);
      }
      from = to;
    }
    return out.index();
  }

  /** The bucket of {@code key}: its top 8 bits, with the sign bit flipped so buckets follow keys. */
  private static int bucket(int key) {
    return (key ^ Integer.MIN_VALUE) >>> 24;
  }

  /** The index's arrays as they are filled, a slice of sorted (key, page) longs at a time. */
  private static final class Postings {
    private int[] keys = new int[16];
    private int[] starts = new int[17];
    private int[] pages = new int[64];
    private int[] capped = new int[16];
    private int k;
    private int postings;
    private int c;

    /** Adds the keys of {@code packed[0 .. n)}, sorted, all above the keys added before. */
    void add(long[] packed, int n, int cap) {
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
    }

    SampleIndex index() {
      starts[k] = postings;
      return new SampleIndex(Arrays.copyOf(keys, k), Arrays.copyOf(starts, k + 1),
          Arrays.copyOf(pages, postings), Arrays.copyOf(capped, c));
    }
  }

  boolean isCapped(int key) {
    return mayHold(key) && cappedRuns.find(capped, key) >= 0;
  }

  /** The place of {@code key} for {@link #start} and {@link #end}, or a negative number when no two pages (or more than the cap) share it. */
  int find(int key) {
    return mayHold(key) ? keyRuns.find(keys, key) : -1;
  }

  /**
   * The start of each run of a sorted key array's keys that share their top bits (the sign bit
   * flipped, so runs follow the keys' signed order), about one key a run, at most
   * 2^{@value #MAX_DIRECTORY_BITS_LOG2} runs (4 MB).
   */
  private static final class Directory {
    private final int[] runStarts;
    private final int shift;

    private Directory(int[] runStarts, int shift) {
      this.runStarts = runStarts;
      this.shift = shift;
    }

    static Directory of(int[] sorted) {
      int bits = Math.max(1, Math.min(MAX_DIRECTORY_BITS_LOG2,
          32 - Integer.numberOfLeadingZeros(sorted.length)));
      int shift = 32 - bits;
      int[] runStarts = new int[(1 << bits) + 1];
      int run = 0;
      for (int i = 0; i < sorted.length; i++) {
        int r = (sorted[i] ^ Integer.MIN_VALUE) >>> shift;
        while (run <= r) {
          runStarts[run++] = i;
        }
      }
      while (run < runStarts.length) {
        runStarts[run++] = sorted.length;
      }
      return new Directory(runStarts, shift);
    }

    /** The place of {@code key} in {@code sorted} (the array this was made of), or a negative number. */
    int find(int[] sorted, int key) {
      int r = (key ^ Integer.MIN_VALUE) >>> shift;
      int at = Arrays.binarySearch(sorted, runStarts[r], runStarts[r + 1], key);
      return at >= 0 ? at : -1;
    }
  }

  private static final int MAX_DIRECTORY_BITS_LOG2 = 20;

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
