package org.dupscan.bench;

import java.util.Arrays;

/**
 * Exact all-pairs similarity join: every pair of sets with Jaccard similarity at or above a threshold,
 * found with an inverted index over shingles and verified exactly. Uses the prefix-filtering principle
 * of AllPairs / PPJoin (Bayardo, Ma and Srikant, WWW 2007; Xiao et al., WWW 2008): order all shingles
 * by one global order, rarest first; two sets with J >= t must share a shingle among the first
 * {@code |x| - ceil(t |x|) + 1} of either, so only those prefixes are indexed. The order may be any
 * total order for correctness; ordering by (estimated count, key) keeps the posting lists short.
 *
 * <p>Exact: no pair at or above the threshold is missed, and every pair reported is verified by a full
 * merge of the two sets. Independent of the engine (no MinHash, no LSH, its own shingles).
 */
public final class GroundTruth {

  private static final int COUNT_BITS = 24;

  private GroundTruth() {}

  /** A pair of set numbers {@code a < b} with its exact Jaccard similarity. */
  public record Pair(int a, int b, double jaccard) {}

  /** All pairs among {@code sets} (each sorted and distinct) with Jaccard >= {@code threshold}. */
  public static Pair[] allPairs(long[][] sets, double threshold) {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1] but was " + threshold);
    }
    int n = sets.length;
    if (n >= 1 << 24) {
      throw new IllegalArgumentException("at most 2^24 sets but got " + n);
    }
    // Shingle counts, estimated with one hashed counter array: over-counts only change the order.
    int[] counts = new int[1 << COUNT_BITS];
    for (long[] s : sets) {
      for (long x : s) {
        counts[slot(x)]++;
      }
    }
    // Postings of prefix shingles, as (40 key bits << 24 | set): sorting groups each shingle's sets.
    // Truncating keys to 40 bits can only merge postings (extra candidates), never lose one.
    long total = 0;
    for (long[] s : sets) {
      total += prefixLength(s.length, threshold);
    }
    long[] postings = new long[Math.toIntExact(total)];
    int w = 0;
    for (int d = 0; d < n; d++) {
      long[] s = sets[d];
      int p = prefixLength(s.length, threshold);
      if (p == 0) {
        continue;
      }
      long[] order = new long[s.length];
      for (int i = 0; i < s.length; i++) {
        order[i] = ((long) counts[slot(s[i])] << 32) | i; // count, then position (the key order)
      }
      Arrays.sort(order);
      for (int i = 0; i < p; i++) {
        long key = s[(int) order[i]];
        postings[w++] = ((key >>> 24) << 24) | d;
      }
    }
    Arrays.parallelSort(postings, 0, w);
    // Candidate pairs from runs of equal keys, with the size filter |y| >= t |x|.
    long[] cand = new long[1024];
    int c = 0;
    for (int i = 0; i < w; ) {
      int j = i + 1;
      long k = postings[i] >>> 24;
      while (j < w && (postings[j] >>> 24) == k) {
        j++;
      }
      for (int x = i; x < j; x++) {
        int a = (int) (postings[x] & 0xFFFFFF);
        for (int y = x + 1; y < j; y++) {
          int b = (int) (postings[y] & 0xFFFFFF);
          if (a == b) {
            continue;
          }
          int la = sets[a].length;
          int lb = sets[b].length;
          if (Math.min(la, lb) < threshold * Math.max(la, lb)) {
            continue;
          }
          if (c == cand.length) {
            // Real text has families of thousands of near-identical pages whose prefixes meet over and
            // over: drop repeats before growing, so memory follows the distinct candidates.
            c = c >= DEDUPE_AT ? sortedDistinct(cand, c) : c;
            if (c > cand.length / 2) {
              cand = Arrays.copyOf(cand, cand.length * 2);
            }
          }
          cand[c++] = a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
        }
      }
      i = j;
    }
    int u = sortedDistinct(cand, c);
    long[] unique = Arrays.copyOf(cand, u);
    double[] sims = new double[u];
    java.util.stream.IntStream.range(0, u).parallel().forEach(i ->
        sims[i] = ExactShingles.jaccard(sets[(int) (unique[i] >>> 32)], sets[(int) unique[i]]));
    int m = 0;
    for (int i = 0; i < u; i++) {
      if (sims[i] >= threshold) {
        m++;
      }
    }
    Pair[] out = new Pair[m];
    m = 0;
    for (int i = 0; i < u; i++) {
      if (sims[i] >= threshold) {
        out[m++] = new Pair((int) (unique[i] >>> 32), (int) unique[i], sims[i]);
      }
    }
    return out;
  }

  /** Candidates held before repeats are first dropped. */
  private static final int DEDUPE_AT = 1 << 24;

  /** Sorts the first {@code c} values and moves the distinct ones to the front; returns their count. */
  private static int sortedDistinct(long[] a, int c) {
    Arrays.parallelSort(a, 0, c);
    int u = 0;
    for (int i = 0; i < c; i++) {
      if (u == 0 || a[i] != a[u - 1]) {
        a[u++] = a[i];
      }
    }
    return u;
  }

  /** Prefix length for Jaccard threshold t: |x| - ceil(t |x|) + 1, or 0 for an empty set. */
  static int prefixLength(int size, double t) {
    if (size == 0) {
      return 0;
    }
    // A small epsilon so that t |x| = 40.0000001 from rounding does not shorten the prefix wrongly.
    return size - (int) Math.ceil(t * size - 1e-9) + 1;
  }

  private static int slot(long x) {
    return (int) ((x * 0x9E3779B97F4A7C15L) >>> (64 - COUNT_BITS));
  }
}
