package org.dupscan.detect;

import java.util.Arrays;
import org.dupscan.internal.Mix;

/**
 * A consistent sample of a page's shingle set for the containment search: a shingle is kept when its
 * re-mixed hash has its low {@link #SAMPLE_BITS} bits zero, so every page keeps the same shingles of
 * what it shares with another (S(A) ∩ S(B) = S(A ∩ B)), and how many of a page's sampled shingles
 * another page holds estimates their containment without bias, whatever the other page's size (Broder,
 * "On the resemblance and containment of documents", 1997: the "mod m" sample). A kept shingle is held
 * as the high 32 bits of its re-mixed hash: two shingles that share them only add a false candidate,
 * which exact verification drops.
 */
final class ShingleSample {

  /** One shingle in 2^SAMPLE_BITS is kept: 1 in 8. */
  static final int SAMPLE_BITS = 3;
  /** Re-mixes shingle hashes, so the sample does not depend on bits other steps use. */
  private static final long SALT = 0x636f6e7461696eL;
  private static final long MASK = (1L << SAMPLE_BITS) - 1;

  private ShingleSample() {}

  /** The sampled keys of a sorted distinct shingle set, sorted and distinct. */
  static int[] of(long[] shingles) {
    int[] out = new int[Math.max(4, (shingles.length >> SAMPLE_BITS) * 2)];
    int n = 0;
    for (long h : shingles) {
      long m = Mix.fmix64(h ^ SALT);
      if ((m & MASK) == 0) {
        if (n == out.length) {
          out = Arrays.copyOf(out, n * 2);
        }
        out[n++] = (int) (m >>> 32);
      }
    }
    Arrays.sort(out, 0, n);
    int w = 0;
    for (int i = 0; i < n; i++) {
      if (w == 0 || out[i] != out[w - 1]) {
        out[w++] = out[i];
      }
    }
    return Arrays.copyOf(out, w);
  }

  /**
   * The least number of a page's {@code s} sampled shingles another page must hold to be a candidate
   * container: the largest k with P[Bin(s, t) >= k] >= 1 - miss, and at least 1. Conditioned on s,
   * the shared sampled count of a pair at containment t is hypergeometric (s drawn from the page's
   * shingles, a share t of them in the other page), which is more concentrated than Bin(s, t)
   * (Hoeffding 1963, theorem 4), so the binomial rule keeps a pair at containment t with probability at
   * least 1 - miss whenever its k is above 1. The binomial tail is summed in log space, as (1 - t)^s
   * underflows for large pages.
   */
  static int minShared(int s, double t, double miss) {
    if (s <= 1) {
      return 1;
    }
    if (t >= 1.0) {
      return s;
    }
    double logOdds = Math.log(t / (1 - t));
    double logP = s * Math.log1p(-t); // log P[X = 0]
    double below = 0; // P[X <= j]
    for (int j = 0; j < s; j++) {
      below += Math.exp(logP);
      if (below > miss) {
        return Math.max(1, j);
      }
      logP += Math.log((double) (s - j) / (j + 1)) + logOdds;
    }
    return s;
  }
}
