package org.dupscan.text;

/**
 * The one seed of every hash a scan draws: the word and shingle hashes ({@link ShingleHasher}) and the
 * MinHash permutation family ({@code org.dupscan.minhash.MinHasher}) take the same {@code long}. A seed
 * names one set of hashes forever, so the same pages give the same reports run after run.
 */
public final class HashSeed {

  /** The default seed, 42: the value every release has used for the scan's hashes (run.csv's seed). */
  public static final long DEFAULT = 42L;

  private HashSeed() {}

  /**
   * The 32 bits of {@code seed} the word hash takes: MurmurHash3's seed is 32 bits, and the shingle
   * coefficients are drawn from the same 32 bits so that the word and shingle hashes are one function
   * of them. Seeds that agree in their low 32 bits shingle alike (as they always have: indexes and
   * reports made before the seed became one {@code long} stay valid).
   */
  public static int wordSeed(long seed) {
    return (int) seed;
  }
}
