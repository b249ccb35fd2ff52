package org.dupscan.minhash;

/** How a {@link MinHasher} derives its k minima from a set. */
public enum MinHashScheme {

  /**
   * One-permutation hashing with optimal densification (Li, Owen and Zhang, "One Permutation Hashing",
   * NIPS 2012; Shrivastava, "Optimal Densification for Fast and Accurate Minwise Hashing", ICML 2017):
   * each element is hashed once, its hash picks one of k bins and the bin keeps its least value; an
   * empty bin borrows the value of a bin chosen by a data-independent probe sequence. O(n + k) per set
   * instead of O(n k), with an unbiased estimate of Jaccard similarity whose variance matches k
   * independent permutations closely once sets are larger than k. The default.
   */
  ONE_PERMUTATION,

  /**
   * k independent multiply-add-shift permutations (Dietzfelbinger 1996): the textbook MinHash, O(n k)
   * per set. Kept as the reference the faster scheme is measured against.
   */
  PERMUTATIONS;

  /** The scheme used unless another is asked for. */
  public static final MinHashScheme DEFAULT = ONE_PERMUTATION;
}
