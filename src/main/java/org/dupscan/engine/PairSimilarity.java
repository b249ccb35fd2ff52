package org.dupscan.engine;

/**
 * The exact similarity of two pages' content shingle sets, by page id, as a history keeps it from one
 * run to the next.
 *
 * @param first the smaller id
 * @param second the larger id
 * @param similarity their exact Jaccard similarity
 */
public record PairSimilarity(String first, String second, double similarity) {

  public PairSimilarity {
    if (first.compareTo(second) >= 0) {
      throw new IllegalArgumentException("ids must be in order but were " + first + ", " + second);
    }
  }
}
