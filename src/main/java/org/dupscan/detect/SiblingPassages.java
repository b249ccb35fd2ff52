package org.dupscan.detect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Drops the spun pairs that a site's shared passage explains. Pages of one manual share text
 * verbatim: an options list included in several commands' pages (git-diff, git-diff-files and
 * git-format-patch), one security fix described in each branch's release notes. When page b is a
 * spun copy of page r, and r shares such a passage with page a of its own site, then a and b share
 * the passage's rare words in order and pair up as spun, though b is a copy of r, not of a; and two
 * spun copies of r and a pair up the same way. Such a pair is weaker than the pair it comes from,
 * so pairs are taken strongest first, and a pair is dropped when a page it holds or one of that
 * page's stronger kept partners shares a passage with a page the other holds or one of its stronger
 * kept partners (two pages of one host, not one duplicate group, not a kept pair, whose word-shingle
 * Jaccard estimate reaches {@value #PASSAGE}). The page still pairs with the copy it comes from.
 */
final class SiblingPassages {

  /**
   * Least word-shingle Jaccard estimate of two pages of one host that share a passage. Pages of one
   * manual that include one text reach 0.17-0.44, two spins at rate 0.3 of two such pages 0.08-0.09;
   * unrelated pages of one site share next to no 4-shingles (SpunEval's tune split, docs/spun.md).
   */
  static final double PASSAGE = 0.05;
  /** Strongest kept partners of a page that may explain a weaker pair (bounds the work per pair). */
  static final int PARTNERS = 8;

  private SiblingPassages() {}

  /**
   * The pairs that no shared passage explains, in their given order.
   *
   * @param pairs spun pairs
   * @param facts per page, its facts
   * @param sameGroup per page, its duplicate group (0 when none)
   * @param host per page, a number of its host
   */
  static List<SpunVariants.Pair> unexplained(List<SpunVariants.Pair> pairs,
      List<SpunVariants.Facts> facts, int[] sameGroup, int[] host) {
    Integer[] order = new Integer[pairs.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -pairs.get(i).similarity())
        .thenComparingInt(i -> i));
    int[][] partners = new int[facts.size()][];
    int[] count = new int[facts.size()];
    boolean[] kept = new boolean[pairs.size()];
    for (int i : order) {
      SpunVariants.Pair p = pairs.get(i);
      if (!explained(p.a(), p.b(), partners, count, facts, sameGroup, host)) {
        kept[i] = true;
        add(partners, count, p.a(), p.b());
        add(partners, count, p.b(), p.a());
      }
    }
    List<SpunVariants.Pair> out = new ArrayList<>();
    for (int i = 0; i < kept.length; i++) {
      if (kept[i]) {
        out.add(pairs.get(i));
      }
    }
    return out;
  }

  private static boolean explained(int a, int b, int[][] partners, int[] count,
      List<SpunVariants.Facts> facts, int[] sameGroup, int[] host) {
    for (int i = -1; i < count[a]; i++) {
      int r1 = i < 0 ? a : partners[a][i];
      for (int j = -1; j < count[b]; j++) {
        int r2 = j < 0 ? b : partners[b][j];
        if (r1 != r2 && !(r1 == a && r2 == b) && host[r1] == host[r2]
            && !(sameGroup[r1] != 0 && sameGroup[r1] == sameGroup[r2])
            && !holds(partners, count, r1, r2)
            && SpunVariants.shingleJaccard(facts.get(r1).shingles(), facts.get(r2).shingles())
                >= PASSAGE) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean holds(int[][] partners, int[] count, int page, int other) {
    for (int i = 0; i < count[page]; i++) {
      if (partners[page][i] == other) {
        return true;
      }
    }
    return false;
  }

  /** Keeps a page's first {@value #PARTNERS} kept partners: pairs come strongest first. */
  private static void add(int[][] partners, int[] count, int page, int other) {
    if (partners[page] == null) {
      partners[page] = new int[PARTNERS];
    }
    if (count[page] < PARTNERS) {
      partners[page][count[page]++] = other;
    }
  }
}
