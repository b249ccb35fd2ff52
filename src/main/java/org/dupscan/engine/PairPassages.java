package org.dupscan.engine;

import java.util.List;
import java.util.Objects;

/**
 * The shared passages of two pages as {@link SharedPassages} makes them, which a page history keeps
 * from one run to the next: they depend only on the two pages' bytes and the hashing settings, so a
 * pair of unchanged pages needs neither its pages read again nor their texts compared.
 *
 * @param a the first page's id (near_duplicates.csv's doc_a, or the container)
 * @param b the second page's id
 * @param sideA page {@code a}'s compared text as segments against page {@code b}
 * @param sideB page {@code b}'s against page {@code a}
 */
public record PairPassages(String a, String b, List<PairComparison.Segment> sideA,
    List<PairComparison.Segment> sideB) {

  public PairPassages {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    sideA = List.copyOf(sideA);
    sideB = List.copyOf(sideB);
  }
}
