package org.dupscan.spark;

import java.io.Serializable;

/**
 * A page's duplicates as documents.csv gives them ({@code NearDuplicateFinder.Result}'s per-page
 * arrays, with ids for numbers).
 *
 * @param exactOf the id of its exact group's representative, or ""
 * @param cluster its cluster's number, or 0
 * @param closest the id of its most similar listed partner, or ""
 * @param closestSimilarity that partner's similarity, or 0
 * @param nearCount how many listed pairs it is in
 */
record NearCells(String exactOf, int cluster, String closest, double closestSimilarity, int nearCount)
    implements Serializable {

  /** A page in no cluster. */
  static final NearCells NONE = new NearCells("", 0, "", 0.0, 0);
}
