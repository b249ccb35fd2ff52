package org.dupscan.internal;

/**
 * Disjoint sets over 0..n-1 whose root is always the smallest member, so the clusters, and the ids
 * derived from their roots, do not depend on the order in which edges are added.
 */
public final class UnionFind {

  private final int[] parent;

  public UnionFind(int n) {
    parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
  }

  public int size() {
    return parent.length;
  }

  /** The root (smallest member) of x's set, with path halving. */
  public int find(int x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }

  /** Joins the sets of a and b; the smaller root becomes the root. */
  public void union(int a, int b) {
    int ra = find(a);
    int rb = find(b);
    if (ra == rb) {
      return;
    }
    if (ra < rb) {
      parent[rb] = ra;
    } else {
      parent[ra] = rb;
    }
  }
}
