package org.dupscan.minhash;

/**
 * Computes MinHash signatures of sets of 64-bit shingle hashes.
 *
 * <p>Hash family: each 64-bit shingle hash x is first folded to 32 bits, {@code y = (x ^ x>>>32) mod
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
  /** Default seed of the permutation family. */
  public static final long DEFAULT_SEED = 42L;
  /** Most permutations accepted. */
  public static final int MAX_PERMUTATIONS = 4096;

  private final long[] a;
  private final long[] b;
  private final long seed;

  public MinHasher(int permutations, long seed) {
    if (permutations < 1 || permutations > MAX_PERMUTATIONS) {
      throw new IllegalArgumentException("permutations must be between 1 and " + MAX_PERMUTATIONS
          + " but was " + permutations);
    }
    this.seed = seed;
    this.a = new long[permutations];
    this.b = new long[permutations];
    SplitMix64 random = new SplitMix64(seed);
    for (int i = 0; i < permutations; i++) {
      a[i] = random.next() | 1L; // odd multiplier: a bijection mod 2^64
      b[i] = random.next();
    }
  }

  public int permutations() {
    return a.length;
  }

  public long seed() {
    return seed;
  }

  /** The signature of the set {@code shingles[0..length)} (duplicates are harmless). */
  public Signature signature(long[] shingles, int length) {
    int k = a.length;
    long[] min = new long[k];
    java.util.Arrays.fill(min, 0xFFFF_FFFFL);
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
    return new Signature(out, seed);
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
    return new Signature(mins.clone(), seed);
  }
}
