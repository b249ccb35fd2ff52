package org.dupscan.minhash;

import java.util.Arrays;
import java.util.Objects;
import org.dupscan.text.Mix;

/**
 * Computes MinHash signatures of sets of 64-bit shingle hashes, by one of two schemes
 * ({@link MinHashScheme}); one-permutation hashing is the default.
 *
 * <p>One-permutation hashing: each shingle hash x is remixed with the seed, {@code h = Mix.fmix64(x ^ s)}
 * (MurmurHash3's finaliser); the high 32 bits pick bin {@code (hi * k) >>> 32} (Lemire's range
 * reduction) and the low 32 bits are the value the bin keeps the least of. Empty bins are filled by
 * optimal densification (Shrivastava 2017): bin i borrows the value of the first originally non-empty
 * bin on the probe sequence {@code p(i, 1), p(i, 2), ...}, a hash of (seed, i, attempt) that is the same
 * for every set, so that two sets borrow alike where they are alike.
 *
 * <p>k permutations: each 64-bit shingle hash x is first folded to 32 bits, {@code y = (x ^ x>>>32) mod
 * 2^32}, then permutation i maps it to {@code h_i(y) = ((a_i * y + b_i) mod 2^64) >>> 32} with
 * {@code a_i}, {@code b_i} random 64-bit values. This is Dietzfelbinger's multiply-add-shift scheme,
 * strongly universal from 32-bit keys to 32-bit values (Dietzfelbinger 1996; Thorup, "High Speed
 * Hashing for Integers and Strings", 2015, section 3.3). The arithmetic is exactly mod 2^64, which is
 * what Java's wrapping {@code long} multiply computes: no overflow bias of the kind seen when peers
 * compute {@code (a*x+b) mod p} in 64 bits with a 61-bit prime and lose the high bits.
 *
 * <p>The folding to 32 bits adds a collision chance of about n^2/2^33 for a set of n shingles
 * (about 1e-4 for two 1,000-shingle pages), far below the estimator's own error.
 *
 * <p>Stateless after construction and thread-safe. Coefficients derive from the seed through SplitMix64,
 * so a seed names one family forever.
 */
public final class MinHasher {

  /** Default number of permutations: standard error of the estimate at most 0.044 (sqrt(0.25/128)). */
  public static final int DEFAULT_PERMUTATIONS = 128;
  /** Most permutations accepted. */
  public static final int MAX_PERMUTATIONS = 4096;

  private final long[] a;
  private final long[] b;
  private final long seed;
  private final MinHashScheme scheme;
  private final long binSeed;
  private final long probeSeed;

  /** A hasher of the default scheme. */
  public MinHasher(int permutations, long seed) {
    this(permutations, seed, MinHashScheme.DEFAULT);
  }

  public MinHasher(int permutations, long seed, MinHashScheme scheme) {
    if (permutations < 1 || permutations > MAX_PERMUTATIONS) {
      throw new IllegalArgumentException("permutations must be between 1 and " + MAX_PERMUTATIONS
          + " but was " + permutations);
    }
    this.seed = seed;
    this.scheme = Objects.requireNonNull(scheme, "scheme");
    this.a = new long[permutations];
    this.b = new long[permutations];
    Mix.SplitMix64 random = new Mix.SplitMix64(seed);
    for (int i = 0; i < permutations; i++) {
      a[i] = random.next() | 1L; // odd multiplier: a bijection mod 2^64
      b[i] = random.next();
    }
    this.binSeed = random.next();
    this.probeSeed = random.next();
  }

  public MinHashScheme scheme() {
    return scheme;
  }

  public int permutations() {
    return a.length;
  }

  public long seed() {
    return seed;
  }

  /** The signature of the set {@code shingles[0..length)} (duplicates are harmless). */
  public Signature signature(long[] shingles, int length) {
    return scheme == MinHashScheme.ONE_PERMUTATION ? onePermutation(shingles, length)
        : permutations(shingles, length);
  }

  /** Marks a bin that no element fell into; real values are below 2^32. */
  private static final long EMPTY = Long.MAX_VALUE;

  private Signature onePermutation(long[] shingles, int length) {
    int k = a.length;
    long[] min = new long[k];
    Arrays.fill(min, EMPTY);
    for (int s = 0; s < length; s++) {
      long h = Mix.fmix64(shingles[s] ^ binSeed);
      int bin = (int) (((h >>> 32) * k) >>> 32);
      long v = h & 0xFFFF_FFFFL;
      if (v < min[bin]) {
        min[bin] = v;
      }
    }
    int[] out = new int[k];
    int filled = 0;
    for (int i = 0; i < k; i++) {
      if (min[i] != EMPTY) {
        out[i] = (int) min[i];
        filled++;
      }
    }
    if (filled == 0) {
      Arrays.fill(out, -1); // the empty set: every minimum at its maximum, as with permutations
    } else if (filled < k) {
      for (int i = 0; i < k; i++) {
        if (min[i] == EMPTY) {
          out[i] = (int) min[probe(min, i, k)];
        }
      }
    }
    return new Signature(out, seed, scheme);
  }

  /**
   * The first originally non-empty bin on bin i's probe sequence. Each probe hits one with probability
   * at least 1/k, so the walk is short; after 64k misses (probability below e^-64) it falls back to a
   * linear scan, which keeps the result defined for every input.
   */
  private int probe(long[] min, int i, int k) {
    long base = probeSeed + 0x9E3779B97F4A7C15L * (i + 1);
    for (int attempt = 1; attempt <= 64 * k; attempt++) {
      long r = Mix.fmix64(base + 0xD1B54A32D192ED03L * attempt);
      int j = (int) (((r >>> 32) * k) >>> 32);
      if (min[j] != EMPTY) {
        return j;
      }
    }
    for (int d = 1; ; d++) {
      int j = (i + d) % k;
      if (min[j] != EMPTY) {
        return j;
      }
    }
  }


  private Signature permutations(long[] shingles, int length) {
    int k = a.length;
    long[] min = new long[k];
    Arrays.fill(min, 0xFFFF_FFFFL);
    for (int s = 0; s < length; s++) {
      long x = shingles[s];
      long y = (x ^ (x >>> 32)) & 0xFFFF_FFFFL;
      for (int i = 0; i < k; i++) {
        long v = (a[i] * y + b[i]) >>> 32;
        if (v < min[i]) {
          min[i] = v;
        }
      }
    }
    int[] out = new int[k];
    for (int i = 0; i < k; i++) {
      out[i] = (int) min[i];
    }
    return new Signature(out, seed, scheme);
  }

  public Signature signature(long[] shingles) {
    return signature(shingles, shingles.length);
  }

  /** Rebuilds a signature from stored minima (for tests and tools). */
  public Signature fromValues(int[] mins) {
    if (mins.length != a.length) {
      throw new IllegalArgumentException("signatures differ in permutations ("
          + mins.length + " != " + a.length + ")");
    }
    return new Signature(mins.clone(), seed, scheme);
  }
}
