package org.dupscan.detect;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.IntStream;
import org.dupscan.internal.IntList;
import org.dupscan.internal.UnionFind;
import org.dupscan.internal.LongSets;
import org.dupscan.internal.Mix;

/**
 * A similarity self-join over sets of word ids: groups the items whose word sets have a Jaccard
 * similarity at or above a threshold (transitively, by union-find), and gives each item its best
 * similarity to another. Word ids are ints 0..vocabulary-1 held in sorted, distinct long arrays.
 *
 * <p>Candidates come by prefix filtering (Chaudhuri, Ganti and Kaushik, ICDE 2006; Bayardo, Ma and
 * Srikant's AllPairs, WWW 2007): with words ordered rarest first, two sets of Jaccard >= t share a
 * word among each one's first |x| - ceil(t |x|) + 1 words. Indexing only those prefixes finds every
 * pair at or above the threshold while comparing few pairs, since the prefix words are the rare ones.
 * Each candidate then passes a length filter and a bitmap filter, both exact, before its sets are
 * merged. Through each prefix word an item is compared with at most {@code window} items before it
 * in that word's posting list, so the cost stays linear in the items even when a small vocabulary
 * makes one word common to all of them; {@link Result#comparisonsSkipped} counts what the window left
 * out (0 when the join was exact).
 *
 * <p>An item may have several views (a title's full word set and its main part before a colon): the
 * join then runs one prefix pass per view, a pair's similarity is the highest over the views, and a
 * filter rejects a pair only when no view can reach the threshold. Items whose views are all equal are
 * joined at 1.0 outright and only the first is indexed, so a thousand "Page N of X" cost no
 * comparisons. Read-only steps run in parallel on the caller's fork-join pool; results do not depend
 * on the thread count.
 */
final class SimilarityJoin {

  /** Default most items compared through one prefix word (see the class comment). */
  public static final int DEFAULT_WINDOW = 1024;
  /** Sums of set sizes up to this get a precomputed bound for the bitmap filter. */
  static final int MAX_BOUNDED_SUM = 512;

  private final double threshold;
  private final int window;

  /**
   * @param threshold least Jaccard similarity of a joined pair, in (0, 1]
   * @param window most earlier items an item is compared with through one prefix word, at least 1
   */
  public SimilarityJoin(double threshold, int window) {
    if (!(threshold > 0.0 && threshold <= 1.0)) {
      throw new IllegalArgumentException("join threshold must be in (0, 1] but was " + threshold);
    }
    if (window < 1) {
      throw new IllegalArgumentException("join window must be at least 1 but was " + window);
    }
    this.threshold = threshold;
    this.window = window;
  }

  /**
   * What a join found.
   *
   * @param root for each item, the smallest item of its group (itself when it joined none)
   * @param best for each item, its highest similarity to an item it was joined with, else 0
   * @param comparisonsSkipped comparisons the window left out; 0 when the join was exact
   */
  public record Result(int[] root, double[] best, long comparisonsSkipped) {}

  /** Joins {@code sets} (one view per item); items with fewer than {@code minSize} words take no part. */
  public Result join(long[][] sets, int minSize) {
    boolean[] eligible = new boolean[sets.length];
    for (int i = 0; i < sets.length; i++) {
      eligible[i] = sets[i].length >= minSize;
    }
    return join(new long[][][] {sets}, eligible, frequency(sets));
  }

  /**
   * Joins items given by several views.
   *
   * @param views views[v][i] is item i's word set in view v, sorted and distinct
   * @param eligible which items take part
   * @param frequency per word id, its weight in the rarest-first order of prefixes (ties by id)
   */
  public Result join(long[][][] views, boolean[] eligible, int[] frequency) {
    Run run = new Run(views, eligible, frequency);
    run.joinEqualSets();
    long skipped = 0;
    for (long[][] view : views) {
      skipped += run.pass(view);
    }
    int k = eligible.length;
    int[] root = new int[k];
    for (int i = 0; i < k; i++) {
      root[i] = run.groups.find(i);
    }
    return new Result(root, run.best, skipped);
  }

  /** How many of {@code sets} hold each word id. */
  public static int[] frequency(long[][] sets) {
    int vocabulary = 0;
    for (long[] s : sets) {
      for (long w : s) {
        vocabulary = Math.max(vocabulary, (int) w + 1);
      }
    }
    int[] f = new int[vocabulary];
    for (long[] s : sets) {
      for (long w : s) {
        f[(int) w]++;
      }
    }
    return f;
  }

  /** Jaccard similarity of two sorted word-id sets; 0 when both are empty. */
  static double jaccard(long[] a, long[] b) {
    return a.length == 0 && b.length == 0 ? 0.0 : LongSets.jaccard(a, b);
  }

  /**
   * A 64-bit bitmap of a word-id set, one bit per word (Sandes, Teodoro and Melo, "Bitmap filter:
   * speeding up exact set similarity joins", IEEE TKDE 2021): a bit set in one bitmap and not in the
   * other stands for a word in one set and not the other, and distinct bits for distinct words, so
   * {@code bitCount(bits(x) ^ bits(y)) <= |x xor y|}, a lower bound on the symmetric difference.
   */
  static long bits(long[] set) {
    long b = 0;
    for (long w : set) {
      b |= 1L << (Mix.fmix64(w) & 63);
    }
    return b;
  }

  /**
   * For each sum of two set sizes s, the largest symmetric difference two sets of Jaccard >= t can
   * have: J >= t iff |x xor y| <= (|x| + |y|)(1 - t) / (1 + t), from J = o / (|x| + |y| - o).
   */
  static int[] maxDifference(double t, int maxSum) {
    int[] out = new int[maxSum + 1];
    for (int sum = 0; sum <= maxSum; sum++) {
      out[sum] = (int) Math.floor(sum * (1 - t) / (1 + t) + 1e-9);
    }
    return out;
  }

  /** The length filter: J(a, b) <= min/max of the sizes, so smaller ratios cannot reach t. */
  static boolean mayReach(int a, int b, double t) {
    int lo = Math.min(a, b);
    int hi = Math.max(a, b);
    return hi > 0 && lo >= t * hi - 1e-9;
  }

  /** Whether sets of sizes {@code a}, {@code b} and bitmaps {@code x}, {@code y} may reach t. */
  private static boolean mayReach(int a, int b, long x, long y, double t, int[] maxDifference) {
    if (!mayReach(a, b, t)) {
      return false;
    }
    int sum = a + b;
    return sum >= maxDifference.length || Long.bitCount(x ^ y) <= maxDifference[sum];
  }

  /**
   * The first |x| - ceil(t |x|) + 1 word ids of {@code set}, rarest first (ties by id, so that the
   * order is the callers': TitleGroups numbers words in their spelling's order).
   */
  static int[] prefix(long[] set, int[] frequency, double t) {
    Integer[] words = new Integer[set.length];
    for (int i = 0; i < set.length; i++) {
      words[i] = (int) set[i];
    }
    Arrays.sort(words, (a, b) -> {
      int c = Integer.compare(frequency[a], frequency[b]);
      return c != 0 ? c : Integer.compare(a, b);
    });
    int length = Math.max(0, Math.min(set.length,
        set.length - (int) Math.ceil(t * set.length - 1e-9) + 1));
    int[] out = new int[length];
    for (int i = 0; i < length; i++) {
      out[i] = words[i];
    }
    return out;
  }

  /** A posting entry: the item and the sizes of its first two views (capped). */
  private static long entry(int item, int size0, int size1) {
    return ((long) item << 32) | ((long) Math.min(size0, 0xFFFF) << 16) | Math.min(size1, 0xFFFF);
  }

  private static int item(long entry) {
    return (int) (entry >>> 32);
  }

  private static int size0(long entry) {
    return (int) (entry >>> 16) & 0xFFFF;
  }

  private static int size1(long entry) {
    return (int) entry & 0xFFFF;
  }

  /**
   * A posting list: per item its {@link #entry} and the {@link #bits} of each view, side by side, so
   * that the filters read one list in order and touch an item's arrays only when they pass.
   */
  private static final class Postings {
    private final int stride;
    private long[] values;
    private int size;

    Postings(int views) {
      stride = 1 + views;
      values = new long[4 * stride];
    }

    void add(long entry, long[] bits) {
      if (stride * size == values.length) {
        values = Arrays.copyOf(values, values.length * 2);
      }
      values[stride * size] = entry;
      System.arraycopy(bits, 0, values, stride * size + 1, bits.length);
      size++;
    }

    long entry(int i) {
      return values[stride * i];
    }

    long bits(int i, int view) {
      return values[stride * i + 1 + view];
    }

    int size() {
      return size;
    }
  }

  /** The views of an item as one map key, compared by content. */
  private record ViewsKey(long[][] views) {
    @Override
    public boolean equals(Object o) {
      return o instanceof ViewsKey other && Arrays.deepEquals(views, other.views);
    }

    @Override
    public int hashCode() {
      return Arrays.deepHashCode(views);
    }
  }

  /**
   * One join, its steps as methods: each is compiled on its own, and the JIT no longer recompiled one
   * large method at each of its loops.
   */
  private final class Run {
    final long[][][] views;
    final boolean[] eligible;
    final int[] frequency;
    final int k;
    final long[][] bits; // [view][item]
    final UnionFind groups;
    final double[] best;
    final boolean[] represented;
    final int[] maxDifference;

    Run(long[][][] views, boolean[] eligible, int[] frequency) {
      if (views.length == 0) {
        throw new IllegalArgumentException("a join needs at least one view");
      }
      this.views = views;
      this.eligible = eligible;
      this.frequency = frequency;
      k = eligible.length;
      for (long[][] view : views) {
        if (view.length != k) {
          throw new IllegalArgumentException("a view has " + view.length + " sets for " + k + " items");
        }
      }
      bits = new long[views.length][k];
      for (int v = 0; v < views.length; v++) {
        for (int i = 0; i < k; i++) {
          bits[v][i] = SimilarityJoin.bits(views[v][i]);
        }
      }
      groups = new UnionFind(k);
      best = new double[k];
      represented = new boolean[k];
      maxDifference = SimilarityJoin.maxDifference(threshold, MAX_BOUNDED_SUM);
    }

    void joinEqualSets() {
      Map<ViewsKey, Integer> firstWithSets = new HashMap<>();
      for (int i = 0; i < k; i++) {
        if (!eligible[i]) {
          continue;
        }
        long[][] key = new long[views.length][];
        for (int v = 0; v < views.length; v++) {
          key[v] = views[v][i];
        }
        Integer first = firstWithSets.putIfAbsent(new ViewsKey(key), i);
        if (first != null) {
          represented[i] = true;
          best[i] = 1.0;
          best[first] = 1.0;
          groups.union(i, first);
        }
      }
    }

    /**
     * Finds the pairs at or above the threshold among items whose {@code sets} share a prefix word;
     * returns the comparisons the window left out.
     */
    long pass(long[][] sets) {
      // Each item's prefix words, and its place in each word's posting list (items in order). A
      // posting entry packs the item with the sizes of its views, so that the length filter reads the
      // posting list in order rather than each candidate's arrays at random: at a million titles the
      // filter rejects hundreds of millions of entries, and those reads were the cost.
      Postings[] postings = new Postings[frequency.length];
      int[][] places = new int[k][]; // for item i: word, place, word, place, ...
      long[] itemBits = new long[views.length];
      for (int i = 0; i < k; i++) {
        if (!eligible[i] || represented[i]) {
          continue;
        }
        int[] prefix = prefix(sets[i], frequency, threshold);
        int[] at = new int[2 * prefix.length];
        for (int v = 0; v < views.length; v++) {
          itemBits[v] = bits[v][i];
        }
        long e = entry(i, views[0][i].length, views.length > 1 ? views[1][i].length : 0);
        for (int q = 0; q < prefix.length; q++) {
          int w = prefix[q];
          if (postings[w] == null) {
            postings[w] = new Postings(views.length);
          }
          at[2 * q] = w;
          at[2 * q + 1] = postings[w].size();
          postings[w].add(e, itemBits);
        }
        places[i] = at;
      }
      // Each item against the items before it in its prefix words' postings: read-only, so in
      // parallel; the matches are applied in item order below.
      IntList[] matches = new IntList[k];
      double[][] similarities = new double[k][];
      long skipped = IntStream.range(0, k).parallel()
          .mapToLong(i -> compare(i, postings, places, matches, similarities)).sum();
      for (int i = 0; i < k; i++) {
        if (matches[i] == null) {
          continue;
        }
        for (int m = 0; m < matches[i].size(); m++) {
          int j = matches[i].get(m);
          double sim = similarities[i][m];
          best[i] = Math.max(best[i], sim);
          best[j] = Math.max(best[j], sim);
          groups.union(i, j);
        }
      }
      return skipped;
    }

    /** The size of item j's set in view v, from its posting entry when not capped there. */
    private int size(long e, int v, int j) {
      int packed = v == 0 ? size0(e) : v == 1 ? size1(e) : 0xFFFF;
      return packed < 0xFFFF ? packed : views[v][j].length;
    }

    /**
     * Item {@code i} against the earlier items in its prefix words' postings; returns how many of
     * them lay outside the window.
     */
    private long compare(int i, Postings[] postings, int[][] places, IntList[] matches,
        double[][] similarities) {
      if (places[i] == null) {
        return 0;
      }
      long skipped = 0;
      IntList js = null; // the earlier items it matches
      double[] ss = null;
      for (int q = 0; q < places[i].length; q += 2) {
        Postings p = postings[places[i][q]];
        int place = places[i][q + 1];
        // The items just before it: bounded work rather than all pairs on a degenerate vocabulary.
        skipped += Math.max(0, place - window);
        for (int t = Math.max(0, place - window); t < place; t++) {
          long e = p.entry(t);
          // A pair met twice (through two shared prefix words) is merely compared again: the
          // union and the maxima do not change, and no set of every pair is kept.
          int j = item(e);
          // Length and bitmap filters, both exact: a pair they reject is below t in every view.
          boolean may = false;
          for (int v = 0; v < views.length && !may; v++) {
            may = mayReach(views[v][i].length, size(e, v, j), bits[v][i], p.bits(t, v), threshold,
                maxDifference);
          }
          if (!may) {
            continue;
          }
          double sim = 0;
          for (int v = 0; v < views.length; v++) {
            sim = Math.max(sim, jaccard(views[v][i], views[v][j]));
          }
          if (sim >= threshold) {
            if (js == null) {
              js = new IntList();
              ss = new double[4];
            }
            if (js.size() == ss.length) {
              ss = Arrays.copyOf(ss, ss.length * 2);
            }
            ss[js.size()] = sim;
            js.add(j);
          }
        }
      }
      matches[i] = js;
      similarities[i] = ss;
      return skipped;
    }
  }
}
