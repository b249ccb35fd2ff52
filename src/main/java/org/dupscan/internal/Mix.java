package org.dupscan.internal;

/**
 * The bit mixers every stage shares: MurmurHash3's 64-bit finaliser and the SplitMix64 generator,
 * written out here so that the values they give are fixed by this code, not by a JDK version.
 */
public final class Mix {

  private Mix() {}

  /**
   * MurmurHash3's 64-bit finaliser (Appleby): a bijection on 64 bits in which every input bit affects
   * every output bit.
   */
  public static long fmix64(long k) {
    k ^= k >>> 33;
    k *= 0xFF51AFD7ED558CCDL;
    k ^= k >>> 33;
    k *= 0xC4CEB9FE1A85EC53L;
    k ^= k >>> 33;
    return k;
  }

  /**
   * The SplitMix64 generator (Steele, Lea and Flood, "Fast splittable pseudorandom number generators",
   * OOPSLA 2014): hash coefficients drawn from it are a pure function of the seed.
   */
  public static final class SplitMix64 {
    private long state;

    public SplitMix64(long seed) {
      this.state = seed;
    }

    public long next() {
      long z = (state += 0x9E3779B97F4A7C15L);
      z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
      z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
      return z ^ (z >>> 31);
    }
  }
}
