package org.dupscan.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class UnionFindTest {

  @Test
  void singletonsAreTheirOwnRoots() {
    UnionFind uf = new UnionFind(5);
    assertEquals(5, uf.size());
    for (int i = 0; i < 5; i++) {
      assertEquals(i, uf.find(i));
    }
  }

  @Test
  void rootIsSmallestMemberWhateverTheUnionOrder() {
    UnionFind uf = new UnionFind(10);
    uf.union(9, 8);
    uf.union(7, 9);
    uf.union(8, 3);
    uf.union(5, 6);
    for (int x : new int[] {3, 7, 8, 9}) {
      assertEquals(3, uf.find(x));
    }
    assertEquals(5, uf.find(6));
    uf.union(6, 9);
    for (int x : new int[] {3, 5, 6, 7, 8, 9}) {
      assertEquals(3, uf.find(x));
    }
  }

  /**
   * Random forests of components: whatever order the edges arrive in (seeded shuffles), every element's
   * root is the smallest member of its component, computed here naively by label propagation.
   */
  @Test
  void rootsDoNotDependOnEdgeOrder() {
    SplittableRandom random = new SplittableRandom(99L);
    for (int round = 0; round < 50; round++) {
      int n = random.nextInt(2, 400);
      List<int[]> edges = new ArrayList<>();
      int m = random.nextInt(0, n);
      for (int i = 0; i < m; i++) {
        edges.add(new int[] {random.nextInt(n), random.nextInt(n)});
      }
      int[] expected = naiveSmallestMember(n, edges);
      for (int shuffle = 0; shuffle < 5; shuffle++) {
        Collections.shuffle(edges, new Random(random.nextLong()));
        UnionFind uf = new UnionFind(n);
        for (int[] e : edges) {
          if (random.nextBoolean()) {
            uf.union(e[0], e[1]);
          } else {
            uf.union(e[1], e[0]);
          }
        }
        for (int x = 0; x < n; x++) {
          assertEquals(expected[x], uf.find(x), "round " + round + ", element " + x);
        }
      }
    }
  }

  @Test
  void handlesALongChainWithoutDeepRecursion() {
    int n = 1_000_000;
    UnionFind uf = new UnionFind(n);
    for (int i = n - 1; i > 0; i--) {
      uf.union(i, i - 1);
    }
    assertEquals(0, uf.find(n - 1));
  }

  private static int[] naiveSmallestMember(int n, List<int[]> edges) {
    int[] label = new int[n];
    for (int i = 0; i < n; i++) {
      label[i] = i;
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int[] e : edges) {
        int low = Math.min(label[e[0]], label[e[1]]);
        if (label[e[0]] != low || label[e[1]] != low) {
          label[e[0]] = low;
          label[e[1]] = low;
          changed = true;
        }
      }
    }
    return label;
  }
}
