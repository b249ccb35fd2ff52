package org.dupscan.engine;

/**
 * The exact number of content shingles two pages share, as containment verified it for one of its
 * candidate pairs.
 *
 * @param contained the id of the page that may be contained (the smaller)
 * @param container the id of its candidate container
 * @param size |contained ∩ container| of their distinct content shingles
 */
public record PairIntersection(String contained, String container, int size) {

  public PairIntersection {
    if (size < 0) {
      throw new IllegalArgumentException("intersection size must be at least 0 but was " + size);
    }
  }
}
