package org.dupscan.minhash;

import java.util.Arrays;

/**
 * A MinHash signature: one 32-bit minimum per permutation, with the settings that made it. Two
 * signatures are comparable only when they were made with the same number of permutations and the
 * same seed; anything else is a programming error and is refused.
 */
public final class Signature {

  private final int[] mins;
  private final long seed;
  private final MinHashScheme scheme;

  Signature(int[] mins, long seed, MinHashScheme scheme) {
    this.mins = mins;
    this.seed = seed;
    this.scheme = scheme;
  }

  public MinHashScheme scheme() {
    return scheme;
  }

  public int permutations() {
    return mins.length;
  }

  public long seed() {
    return seed;
  }

  /** The minimum of permutation {@code i}, as an unsigned 32-bit value held in an int. */
  public int get(int i) {
    return mins[i];
  }

  /** A copy of the minima. */
  public int[] toArray() {
    return mins.clone();
  }

  /** The raw minima, not copied. Internal: callers must not modify the array. */
  public int[] values() {
    return mins;
  }

  /**
   * The MinHash estimate of Jaccard similarity: the fraction of permutations whose minima agree
   * (Broder 1997). Its standard error is sqrt(J(1-J)/k) for k permutations.
   */
  public double estimateJaccard(Signature other) {
    checkCompatible(other);
    int same = 0;
    for (int i = 0; i < mins.length; i++) {
      if (mins[i] == other.mins[i]) {
        same++;
      }
    }
    return (double) same / mins.length;
  }

  /** Throws unless {@code other} was made with the same permutations and seed. */
  public void checkCompatible(Signature other) {
    if (mins.length != other.mins.length) {
      throw new IllegalArgumentException("signatures differ in permutations ("
          + mins.length + " != " + other.mins.length + ")");
    }
    if (scheme != other.scheme) {
      throw new IllegalArgumentException("signatures differ in scheme (" + scheme + " != " + other.scheme + ")");
    }
    if (seed != other.seed) {
      throw new IllegalArgumentException("signatures differ in seed (" + seed + " != " + other.seed + ")");
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Signature s && s.seed == seed && s.scheme == scheme && Arrays.equals(s.mins, mins);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(mins) * 31 + Long.hashCode(seed);
  }

  @Override
  public String toString() {
    return "Signature[permutations=" + mins.length + ", seed=" + seed + ", scheme=" + scheme + "]";
  }
}
