package org.dupscan.detect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.dupscan.lsh.Banding;
import org.dupscan.lsh.LshIndex;
import org.dupscan.internal.UnionFind;
import org.dupscan.minhash.Signature;
import org.dupscan.internal.LongSets;

/**
 * Finds exact and near-duplicate pages among n documents numbered 0..n-1 in a stable order (the
 * caller's: by id).
 *
 * <ol>
 *   <li>Exact duplicates share a content key; each group's smallest document represents it, and only
 *       representatives go further, so 1,000 copies cost one signature and no pairs.</li>
 *   <li>LSH banding over the representatives' signatures gives candidate pairs.</li>
 *   <li>Every candidate is verified by exact Jaccard of the two shingle sets; only pairs at or above the
 *       threshold become edges, so no reported pair is below it.</li>
 *   <li>Union-find over edges and exact groups gives clusters, rooted at their smallest document.</li>
 *   <li>In a cluster of at most {@code clusterPairCap} pages every pair is checked and each one at or
 *       above the threshold is listed. In a larger cluster each page is listed with the representative
 *       (when similar enough) and with its closest verified match, and the rest are counted as not
 *       listed, so a cluster of thousands never yields millions of rows.</li>
 * </ol>
 *
 * <p>Knows nothing of readers, text or CSV: it sees signatures, keys and shingle sets.
 */
public final class NearDuplicateFinder {

  /** Default similarity threshold: pairs at or above it are near duplicates. */
  public static final double DEFAULT_THRESHOLD = 0.8;
  /** Default largest cluster whose every pair is checked and listed. */
  public static final int DEFAULT_CLUSTER_PAIR_CAP = 200;

  /**
   * Exact similarities known from elsewhere (a nightly index keeps those of pages whose content has
   * not changed since), consulted before two shingle sets are made and compared, and told of every
   * similarity computed. Must give exactly what comparing the two documents' sets gives, so that the
   * result is the same with or without it.
   */
  public interface Similarities {
    /** Nothing known; nothing kept. */
    Similarities NONE = new Similarities() {
      @Override
      public double known(int a, int b) {
        return Double.NaN;
      }

      @Override
      public void computed(int a, int b, double similarity) {}
    };

    /** The exact similarity of documents {@code a < b} when known, else NaN. */
    double known(int a, int b);

    /** The exact similarity of {@code a < b}, just computed; called concurrently. */
    void computed(int a, int b, double similarity);
  }

  /** Where the finder gets a document's sorted, distinct shingle hashes. */
  @FunctionalInterface
  public interface ShingleSets {
    long[] get(int doc);
  }

  /**
   * @param threshold least exact Jaccard for a near duplicate
   * @param banding the LSH banding
   * @param clusterPairCap largest cluster whose every pair is listed
   * @param parallel whether to run in parallel, in the fork-join pool the caller runs it in (the scan's
   *     own pool, so --threads holds)
   */
  public record Settings(double threshold, Banding banding, int clusterPairCap, boolean parallel) {
    public Settings {
      if (!(threshold > 0.0 && threshold <= 1.0)) {
        throw new IllegalArgumentException("threshold must be in (0, 1] but was " + threshold);
      }
      if (clusterPairCap < 2) {
        throw new IllegalArgumentException("cluster pair cap must be at least 2 but was " + clusterPairCap);
      }
    }
  }

  /** A listed pair, a < b. */
  public record Pair(int a, int b, double similarity, double estimated) {}

  /**
   * A group of two or more pages.
   *
   * @param number cluster number, from 1, in order of the smallest member
   * @param exact true when all members are exact copies of one another
   * @param members member documents, ascending; the first is the representative
   * @param pairsNotListed pairs of the cluster that were not checked (clusters over the cap)
   */
  public record Cluster(int number, boolean exact, int[] members, long pairsNotListed) {
    public int representative() {
      return members[0];
    }
  }

  /**
   * @param exactOf for each document, the representative of its exact group, or -1 when it is one
   * @param clusterOf for each document, its cluster number, or 0
   * @param closest for each document, its most similar listed partner, or -1
   * @param closestSimilarity that partner's similarity, or 0
   * @param nearCount for each document, how many listed pairs it is in
   * @param pairs listed pairs, ordered by (a, b)
   * @param clusters clusters, ordered by number
   * @param candidates candidate pairs from LSH
   * @param verified candidates at or above the threshold
   * @param exactGroups exact-duplicate groups of two or more
   */
  public record Result(int[] exactOf, int[] clusterOf, int[] closest, double[] closestSimilarity,
      int[] nearCount, List<Pair> pairs, List<Cluster> clusters, long candidates, long verified,
      int exactGroups) {

    public long pairsNotListed() {
      long n = 0;
      for (Cluster c : clusters) {
        n += c.pairsNotListed();
      }
      return n;
    }
  }

  private NearDuplicateFinder() {}

  /**
   * @param signatures each document's signature, or null for a document without content (it takes part
   *     in nothing)
   * @param keyHi high half of each document's 128-bit content key
   * @param keyLo low half of each document's content key
   * @param sets access to shingle sets, called concurrently when {@code settings.parallel()}
   */
  public static Result find(Signature[] signatures, long[] keyHi, long[] keyLo, ShingleSets sets,
      Settings settings) {
    return find(signatures, keyHi, keyLo, sets, Similarities.NONE, settings);
  }

  /** As {@link #find(Signature[], long[], long[], ShingleSets, Settings)}, taking known similarities. */
  public static Result find(Signature[] signatures, long[] keyHi, long[] keyLo, ShingleSets sets,
      Similarities known, Settings settings) {
    int n = signatures.length;
    int[] exactOf = new int[n];
    Arrays.fill(exactOf, -1);
    int exactGroups = groupExact(signatures, keyHi, keyLo, exactOf);

    Signature[] reps = new Signature[n];
    for (int i = 0; i < n; i++) {
      reps[i] = exactOf[i] < 0 ? signatures[i] : null;
    }
    long[] candidates = LshIndex.candidates(reps, settings.banding(), settings.parallel());
    double[] sims = new double[candidates.length];
    IntStream range = IntStream.range(0, candidates.length);
    (settings.parallel() ? range.parallel() : range).forEach(i -> {
      long p = candidates[i];
      sims[i] = similarity(LshIndex.first(p), LshIndex.second(p), sets, known);
    });

    UnionFind uf = new UnionFind(n);
    int[] edgeBest = new int[n];
    double[] edgeBestSim = new double[n];
    Arrays.fill(edgeBest, -1);
    long verified = 0;
    for (int i = 0; i < candidates.length; i++) {
      if (sims[i] >= settings.threshold()) {
        verified++;
        int a = LshIndex.first(candidates[i]);
        int b = LshIndex.second(candidates[i]);
        uf.union(a, b);
        better(edgeBest, edgeBestSim, a, b, sims[i]);
        better(edgeBest, edgeBestSim, b, a, sims[i]);
      }
    }
    for (int i = 0; i < n; i++) {
      if (exactOf[i] >= 0) {
        uf.union(i, exactOf[i]);
      }
    }

    List<int[]> groups = clusters(uf, n);
    int[] clusterOf = new int[n];
    List<Cluster> clusters = new ArrayList<>(groups.size());
    List<List<Pair>> pairsPerCluster = new ArrayList<>(groups.size());
    for (int c = 0; c < groups.size(); c++) {
      int[] members = groups.get(c);
      boolean exact = true;
      int rep0 = rep(exactOf, members[0]);
      for (int m : members) {
        clusterOf[m] = c + 1;
        exact &= rep(exactOf, m) == rep0;
      }
      clusters.add(new Cluster(c + 1, exact, members, 0));
      pairsPerCluster.add(null);
    }
    // Most listed pairs are candidate pairs verified above: their exact similarity is looked up, not
    // computed again from sets remade from the spill (at 1M pages that halves the sets made).
    Known verifiedSims = new Known(candidates, sims);
    IntStream cs = IntStream.range(0, clusters.size());
    (settings.parallel() ? cs.parallel() : cs).forEach(c -> {
      Cluster cl = clusters.get(c);
      List<Pair> listed = cl.members().length <= settings.clusterPairCap()
          ? allPairs(cl.members(), exactOf, signatures, sets, known, verifiedSims, settings.threshold())
          : starPairs(cl.members(), exactOf, signatures, sets, known, verifiedSims, settings.threshold(),
              edgeBest);
      long total = (long) cl.members().length * (cl.members().length - 1) / 2;
      clusters.set(c, new Cluster(cl.number(), cl.exact(), cl.members(),
          cl.members().length <= settings.clusterPairCap() ? 0 : total - listed.size()));
      pairsPerCluster.set(c, listed);
    });

    List<Pair> pairs = new ArrayList<>();
    for (List<Pair> p : pairsPerCluster) {
      pairs.addAll(p);
    }
    pairs.sort((x, y) -> x.a() != y.a() ? Integer.compare(x.a(), y.a()) : Integer.compare(x.b(), y.b()));
    int[] closest = new int[n];
    double[] closestSim = new double[n];
    int[] nearCount = new int[n];
    Arrays.fill(closest, -1);
    for (Pair p : pairs) {
      nearCount[p.a()]++;
      nearCount[p.b()]++;
      better(closest, closestSim, p.a(), p.b(), p.similarity());
      better(closest, closestSim, p.b(), p.a(), p.similarity());
    }
    return new Result(exactOf, clusterOf, closest, closestSim, nearCount, List.copyOf(pairs),
        List.copyOf(clusters), candidates.length, verified, exactGroups);
  }

  /** A cluster's listed pairs and the number of its pairs not listed. */
  public record ClusterPairs(List<Pair> pairs, long pairsNotListed) {}

  /**
   * The pairs {@link #find} lists for one cluster, for a caller that has found the cluster elsewhere
   * (a distributed run): documents are numbered 0..m-1 within the cluster, in the order of their
   * numbers in the whole scan, so the choices made by number (representatives, closest matches on
   * equal similarity) are the ones {@link #find} makes.
   *
   * @param exactOf for each member, the member that represents its exact group, or -1
   * @param signatures each member's signature
   * @param sets each member's sorted, distinct shingles (only representatives' are read)
   * @param knownPairs candidate pairs among the members, packed with {@link LshIndex#pack}, sorted
   * @param knownSims the exact similarity of each known pair
   * @param edgeBest for each member, its best verified candidate partner, or -1
   */
  public static ClusterPairs clusterPairs(int[] exactOf, Signature[] signatures, ShingleSets sets,
      long[] knownPairs, double[] knownSims, int[] edgeBest, Settings settings) {
    int m = exactOf.length;
    int[] members = IntStream.range(0, m).toArray();
    Known known = new Known(knownPairs, knownSims);
    List<Pair> listed = m <= settings.clusterPairCap()
        ? allPairs(members, exactOf, signatures, sets, Similarities.NONE, known, settings.threshold())
        : starPairs(members, exactOf, signatures, sets, Similarities.NONE, known, settings.threshold(),
            edgeBest);
    long total = (long) m * (m - 1) / 2;
    return new ClusterPairs(listed, m <= settings.clusterPairCap() ? 0 : total - listed.size());
  }

  /** The exact similarity of {@code a} and {@code b}: known, or computed from their sets and told. */
  private static double similarity(int a, int b, ShingleSets sets, Similarities known) {
    int x = Math.min(a, b);
    int y = Math.max(a, b);
    double sim = known.known(x, y);
    if (Double.isNaN(sim)) {
      sim = LongSets.jaccard(sets.get(x), sets.get(y));
      known.computed(x, y, sim);
    }
    return sim;
  }

  /**
   * The exact similarity of {@code x} and {@code y} for the cluster steps, which also compare pairs
   * that were no candidates: as {@link #similarity}, with {@code loaded} caching the sets read.
   */
  private static double jaccard(int x, int y, ShingleSets sets, Similarities known,
      Map<Integer, long[]> loaded) {
    return similarity(x, y, doc -> loaded.computeIfAbsent(doc, sets::get), known);
  }

  /** Records {@code other} as {@code doc}'s best when more similar, or as similar and smaller. */
  private static void better(int[] best, double[] bestSim, int doc, int other, double sim) {
    if (best[doc] < 0 || sim > bestSim[doc] || (sim == bestSim[doc] && other < best[doc])) {
      best[doc] = other;
      bestSim[doc] = sim;
    }
  }

  private static int rep(int[] exactOf, int doc) {
    return exactOf[doc] < 0 ? doc : exactOf[doc];
  }

  /**
   * Groups documents with equal content keys; returns the number of groups of two or more. Each
   * member points at the group's smallest document.
   *
   * <p>Most pages have a key of their own, so the high halves are sorted as primitives first, and only
   * the documents whose high half repeats are sorted as objects by their whole key: sorting 100,000
   * boxed indexes with a comparator cost more than the grouping, and compiled TimSort once more.
   */
  private static int groupExact(Signature[] sigs, long[] hi, long[] lo, int[] exactOf) {
    int n = sigs.length;
    long[] his = new long[n];
    int m = 0;
    for (int i = 0; i < n; i++) {
      if (sigs[i] != null) {
        his[m++] = hi[i];
      }
    }
    Arrays.sort(his, 0, m);
    int r = 0; // the high halves that occur more than once, sorted and distinct, in his[0, r)
    for (int i = 1; i < m; i++) {
      if (his[i] == his[i - 1] && (r == 0 || his[r - 1] != his[i])) {
        his[r++] = his[i];
      }
    }
    if (r == 0) {
      return 0;
    }
    List<Integer> docs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (sigs[i] != null && Arrays.binarySearch(his, 0, r, hi[i]) >= 0) {
        docs.add(i);
      }
    }
    docs.sort((x, y) -> {
      int c = Long.compare(hi[x], hi[y]);
      if (c == 0) {
        c = Long.compare(lo[x], lo[y]);
      }
      return c != 0 ? c : Integer.compare(x, y);
    });
    int groups = 0;
    for (int i = 0; i < docs.size(); ) {
      int first = docs.get(i);
      int j = i + 1;
      while (j < docs.size() && hi[docs.get(j)] == hi[first] && lo[docs.get(j)] == lo[first]) {
        exactOf[docs.get(j)] = first;
        j++;
      }
      if (j - i > 1) {
        groups++;
      }
      i = j;
    }
    return groups;
  }

  private static List<int[]> clusters(UnionFind uf, int n) {
    int[] size = new int[n];
    for (int i = 0; i < n; i++) {
      size[uf.find(i)]++;
    }
    Map<Integer, int[]> byRoot = new HashMap<>();
    int[] fill = new int[n];
    List<int[]> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int r = uf.find(i);
      if (size[r] < 2) {
        continue;
      }
      int[] members = byRoot.get(r);
      if (members == null) {
        members = new int[size[r]];
        byRoot.put(r, members);
        out.add(members); // roots are smallest members, met in ascending order
      }
      members[fill[r]++] = i;
    }
    return out;
  }

  /** Exact similarities already computed, by candidate pair (sorted, packed with a < b). */
  private record Known(long[] pairs, double[] sims) {
    /** The similarity of {@code x} and {@code y} if computed, else NaN. */
    double get(int x, int y) {
      int i = Arrays.binarySearch(pairs, LshIndex.pack(Math.min(x, y), Math.max(x, y)));
      return i >= 0 ? sims[i] : Double.NaN;
    }
  }

  private static List<Pair> allPairs(int[] members, int[] exactOf, Signature[] sigs, ShingleSets sets,
      Similarities memory, Known known, double threshold) {
    Map<Integer, long[]> loaded = new HashMap<>();
    List<Pair> out = new ArrayList<>();
    for (int i = 0; i < members.length; i++) {
      int x = members[i];
      int rx = rep(exactOf, x);
      for (int j = i + 1; j < members.length; j++) {
        int y = members[j];
        int ry = rep(exactOf, y);
        if (rx == ry) {
          out.add(new Pair(x, y, 1.0, 1.0));
          continue;
        }
        double sim = known.get(rx, ry);
        if (Double.isNaN(sim)) {
          sim = jaccard(rx, ry, sets, memory, loaded);
        }
        if (sim >= threshold) {
          out.add(new Pair(x, y, sim, sigs[rx].estimateJaccard(sigs[ry])));
        }
      }
    }
    return out;
  }

  private static List<Pair> starPairs(int[] members, int[] exactOf, Signature[] sigs, ShingleSets sets,
      Similarities memory, Known known, double threshold, int[] edgeBest) {
    int head = members[0];
    int rh = rep(exactOf, head);
    Map<Integer, long[]> loaded = new HashMap<>(); // holds the head's set while the star is made
    List<Pair> out = new ArrayList<>();
    HashSet<Long> seen = new HashSet<>();
    for (int k = 1; k < members.length; k++) {
      int x = members[k];
      int rx = rep(exactOf, x);
      double sim = rx == rh ? 1.0 : jaccard(rh, rx, sets, memory, loaded);
      loaded.keySet().retainAll(java.util.Set.of(rh)); // a member's set is needed once
      if (sim >= threshold && seen.add(LshIndex.pack(head, x))) {
        out.add(new Pair(head, x, sim, rx == rh ? 1.0 : sigs[rh].estimateJaccard(sigs[rx])));
      }
    }
    for (int x : members) {
      int rx = rep(exactOf, x);
      int partner;
      double sim;
      if (rx != x) {
        partner = rx; // an exact copy's closest match is its representative
        sim = 1.0;
      } else if (edgeBest[x] >= 0) {
        partner = edgeBest[x];
        sim = known.get(x, partner);
        if (Double.isNaN(sim)) {
          sim = jaccard(x, partner, sets, memory, new HashMap<>());
        }
      } else {
        continue;
      }
      int a = Math.min(x, partner);
      int b = Math.max(x, partner);
      if (seen.add(LshIndex.pack(a, b))) {
        double est = sim == 1.0 && rep(exactOf, a) == rep(exactOf, b) ? 1.0
            : sigs[rep(exactOf, a)].estimateJaccard(sigs[rep(exactOf, b)]);
        out.add(new Pair(a, b, sim, est));
      }
    }
    return out;
  }
}
