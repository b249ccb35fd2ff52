package org.dupscan.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.Optional;
import org.apache.spark.storage.StorageLevel;
import org.dupscan.detect.NearDuplicateFinder;
import org.dupscan.lsh.Banding;
import org.dupscan.lsh.LshIndex;
import org.dupscan.minhash.MinHasher;
import org.dupscan.minhash.Signature;
import org.dupscan.report.ReportDirectory;
import org.dupscan.report.ScanReports;
import org.dupscan.internal.LongSets;
import scala.Tuple2;

/**
 * The corpus-wide step: {@link NearDuplicateFinder}'s method with each part a shuffle, so that no
 * table that grows with the corpus is held by one process.
 *
 * <ol>
 *   <li>Pages are numbered in id order (a distributed sort), as the CLI numbers them.</li>
 *   <li>Exact groups: pages grouped by content key; the smallest number represents each group.</li>
 *   <li>LSH: each representative's (band, bucket) keys grouped; a bucket emits the pairs {@link
 *       LshIndex#bucketPairs} emits (all pairs, or star and chain edges in a large bucket).</li>
 *   <li>Verification: each distinct candidate joined with both pages' shingle sets, exact Jaccard.</li>
 *   <li>Clusters: large-star / small-star connected components over verified and exact edges
 *       ({@link ConnectedComponents}), numbered by smallest member (a distributed sort).</li>
 *   <li>Listed pairs: each cluster's members, signatures, sets of representatives and known
 *       similarities grouped by cluster, and {@link NearDuplicateFinder#clusterPairs} run on them.</li>
 * </ol>
 */
final class DuplicateSearch {

  /** Counts of a run, for its log. */
  record Counts(long pages, long candidates, long verified, long clusters, long pairs)
      implements Serializable {}

  /** One cluster member with all that its cluster's pair listing reads. */
  record Member(long doc, String id, int[] signature, long exactOf, long[] shingles, long edgeBest)
      implements Serializable {}

  /** A verified partner and its similarity. */
  record Partner(long doc, double similarity) implements Serializable {}

  /** Counts of a run for run.csv: exact groups of two or more pages, and pairs not listed. */
  record RunCounts(long exactGroups, long pairsNotListed) implements Serializable {}

  /**
   * Report rows: near_duplicates.csv and clusters.csv lines, keyed by their sort order; each
   * clustered page's cluster number (by page id), which relates edited copies for the caption search;
   * each clustered page's documents.csv duplicate cells (by page id); and, by page number in id order,
   * the pages, exact copies' representatives and cluster numbers, for the containment search.
   */
  record Rows(JavaPairRDD<Long, String> pairs, JavaPairRDD<Long, String> clusters,
      JavaPairRDD<String, Long> clusterOfPage, JavaPairRDD<String, NearCells> nearOfPage,
      JavaPairRDD<Long, PageContent> docs, JavaPairRDD<Long, Long> exactOf,
      JavaPairRDD<Long, Long> clusterOf, Counts counts, RunCounts runCounts) {}

  /**
   * One cluster's report lines and its members' duplicate cells.
   *
   * @param number its number
   * @param pairs its near_duplicates.csv lines, keyed by their sort order
   * @param cluster its clusters.csv line
   * @param pairsNotListed its pairs not listed
   * @param members each member's documents.csv duplicate cells, by page id
   */
  record Listing(long number, List<Tuple2<Long, String>> pairs, String cluster, long pairsNotListed,
      List<Tuple2<String, NearCells>> members) implements Serializable {}

  private DuplicateSearch() {}

  static Rows run(JavaRDD<PageContent> contents, Banding banding, int permutations, long seed,
      double threshold, int clusterPairCap, int partitions) {
    StorageLevel keep = StorageLevel.MEMORY_AND_DISK();
    // 1. Numbers in id order. Hash-partitioned by number once, as every join below partitions its
    // sides (join(other, partitions) is a HashPartitioner of that count): the pages' shingle sets then
    // stay where they are and only the smaller side of each join is shuffled.
    JavaPairRDD<Long, PageContent> docs = contents.sortBy(PageContent::id, true, partitions)
        .zipWithIndex().mapToPair(t -> new Tuple2<>(t._2(), t._1()))
        .partitionBy(new HashPartitioner(partitions)).persist(keep);
    long n = docs.count();
    JavaPairRDD<Long, PageContent> signed = docs.filter(t -> t._2().signature() != null);

    // 2. Exact groups: (member, representative) for every member but the representative.
    JavaPairRDD<Long, Long> exactOf = signed
        .mapToPair(t -> new Tuple2<>(new Tuple2<>(t._2().keyHi(), t._2().keyLo()), t._1()))
        .groupByKey(partitions)
        .flatMapToPair(g -> {
          long rep = Long.MAX_VALUE;
          for (long d : g._2()) {
            rep = Math.min(rep, d);
          }
          List<Tuple2<Long, Long>> out = new ArrayList<>();
          for (long d : g._2()) {
            if (d != rep) {
              out.add(new Tuple2<>(d, rep));
            }
          }
          return out.iterator();
        }).persist(keep);
    JavaPairRDD<Long, PageContent> reps = signed.subtractByKey(exactOf, partitions).persist(keep);

    // 3. Candidates from LSH buckets. (Banding is rebuilt in the task from its two numbers.)
    int bands = banding.bands();
    int rows = banding.rows();
    JavaRDD<Long> candidates = reps.flatMapToPair(t -> {
      Banding inTask = new Banding(bands, rows);
      List<Tuple2<Tuple2<Integer, Long>, Long>> out = new ArrayList<>(bands);
      for (int b = 0; b < bands; b++) {
        out.add(new Tuple2<>(new Tuple2<>(b, LshIndex.bucket(t._2().signature(), inTask, b, (int) n)),
            t._1()));
      }
      return out.iterator();
    }).groupByKey(partitions).flatMap(g -> {
      int[] members = new int[0];
      int m = 0;
      for (long d : g._2()) {
        if (m == members.length) {
          members = Arrays.copyOf(members, Math.max(4, m * 2));
        }
        members[m++] = (int) d;
      }
      int[] sorted = Arrays.copyOf(members, m);
      Arrays.sort(sorted);
      return Arrays.stream(LshIndex.bucketPairs(sorted)).boxed().iterator();
    }).distinct(partitions).persist(keep);
    long candidateCount = candidates.count();

    // 4. Verification against both pages' shingle sets.
    JavaPairRDD<Long, long[]> sets = reps.mapValues(PageContent::shingles);
    JavaPairRDD<Long, Double> sims = candidates
        .mapToPair(p -> new Tuple2<>((long) LshIndex.first(p), (long) LshIndex.second(p)))
        .join(sets, partitions)
        .mapToPair(t -> new Tuple2<>(t._2()._1(), new Tuple2<>(t._1(), t._2()._2())))
        .join(sets, partitions)
        .mapToPair(t -> new Tuple2<>(LshIndex.pack((int) (long) t._2()._1()._1(), (int) (long) t._1()),
            LongSets.jaccard(t._2()._1()._2(), t._2()._2())))
        .persist(keep);
    JavaPairRDD<Long, Double> verified = sims.filter(t -> t._2() >= threshold).persist(keep);
    long verifiedCount = verified.count();
    JavaPairRDD<Long, Long> edgeBest = verified.flatMapToPair(t -> {
      long a = LshIndex.first(t._1());
      long b = LshIndex.second(t._1());
      return List.of(new Tuple2<>(a, new Partner(b, t._2())), new Tuple2<>(b, new Partner(a, t._2())))
          .iterator();
    }).reduceByKey((x, y) -> x.similarity() > y.similarity()
        || (x.similarity() == y.similarity() && x.doc() < y.doc()) ? x : y, partitions)
        .mapValues(Partner::doc);

    // 5. Clusters: components of verified and exact edges, numbered by smallest member.
    JavaPairRDD<Long, Long> edges = verified
        .mapToPair(t -> new Tuple2<>((long) LshIndex.first(t._1()), (long) LshIndex.second(t._1())))
        .union(exactOf);
    JavaPairRDD<Long, Long> labels = ConnectedComponents.labels(edges, partitions);
    JavaRDD<Long> roots = labels.values().distinct(partitions);
    JavaPairRDD<Long, Long> numberOfRoot = roots.sortBy(r -> r, true, partitions).zipWithIndex()
        .mapToPair(t -> new Tuple2<>(t._1(), t._2() + 1));
    JavaPairRDD<Long, Long> clusterOf = labels.union(roots.mapToPair(r -> new Tuple2<>(r, r)))
        .mapToPair(t -> new Tuple2<>(t._2(), t._1()))
        .join(numberOfRoot, partitions)
        .mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2()))
        .persist(keep);
    long clusterCount = roots.count();

    // 6. Each cluster's listed pairs, from its members and the similarities already known.
    JavaPairRDD<Long, Member> members = docs.join(clusterOf, partitions)
        .leftOuterJoin(exactOf, partitions)
        .leftOuterJoin(edgeBest, partitions)
        .mapToPair(t -> {
          PageContent c = t._2()._1()._1()._1();
          long cluster = t._2()._1()._1()._2();
          Optional<Long> exact = t._2()._1()._2();
          Optional<Long> best = t._2()._2();
          return new Tuple2<>(cluster, new Member(t._1(), c.id(), c.signature(),
              exact.isPresent() ? exact.get() : -1, exact.isPresent() ? null : c.shingles(),
              best.isPresent() ? best.get() : -1));
        });
    JavaPairRDD<Long, Tuple2<Long, Double>> known = sims
        .mapToPair(t -> new Tuple2<>((long) LshIndex.first(t._1()), t))
        .join(clusterOf, partitions)
        .mapToPair(t -> new Tuple2<>((long) LshIndex.second(t._2()._1()._1()),
            new Tuple2<>(t._2()._1(), t._2()._2())))
        .join(clusterOf, partitions)
        .filter(t -> t._2()._1()._2().equals(t._2()._2()))
        .mapToPair(t -> new Tuple2<>(t._2()._2(), t._2()._1()._1()));
    JavaPairRDD<Long, Tuple2<Iterable<Member>, Iterable<Tuple2<Long, Double>>>> grouped =
        members.cogroup(known, partitions);
    JavaRDD<Listing> listed = grouped.map(g -> listCluster(g._1(), g._2()._1(), g._2()._2(),
        permutations, seed, new NearDuplicateFinder.Settings(threshold, new Banding(bands, rows),
            clusterPairCap, false))).persist(keep);
    JavaPairRDD<Long, String> pairRows = listed.flatMapToPair(l -> l.pairs().iterator());
    JavaPairRDD<Long, String> clusterRows = listed.mapToPair(l -> new Tuple2<>(l.number(), l.cluster()));
    JavaPairRDD<String, NearCells> nearOfPage = listed.flatMapToPair(l -> l.members().iterator());
    long notListed = listed.map(Listing::pairsNotListed).fold(0L, Long::sum);
    long exactGroups = exactOf.values().distinct(partitions).count();
    long pairCount = pairRows.count();
    JavaPairRDD<String, Long> clusterOfPage = docs.mapValues(PageContent::id)
        .join(clusterOf, partitions).mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2()));
    return new Rows(pairRows, clusterRows, clusterOfPage, nearOfPage, docs, exactOf, clusterOf,
        new Counts(n, candidateCount, verifiedCount, clusterCount, pairCount),
        new RunCounts(exactGroups, notListed));
  }

  /**
   * One cluster's report lines and its members' duplicate cells. Members are renumbered 0..m-1 in the
   * order of their scan numbers, so the finder's choices by number (and the closest partner of equal
   * similarity) are the same as over the whole scan.
   */
  static Listing listCluster(long cluster, Iterable<Member> memberData,
      Iterable<Tuple2<Long, Double>> knownSims, int permutations, long seed,
      NearDuplicateFinder.Settings settings) {
    List<Member> members = new ArrayList<>();
    memberData.forEach(members::add);
    members.sort((a, b) -> Long.compare(a.doc(), b.doc()));
    int m = members.size();
    Map<Long, Integer> local = new HashMap<>();
    for (int i = 0; i < m; i++) {
      local.put(members.get(i).doc(), i);
    }
    MinHasher hasher = new MinHasher(permutations, seed);
    int[] exactOf = new int[m];
    int[] edgeBest = new int[m];
    Signature[] signatures = new Signature[m];
    long[][] shingles = new long[m][];
    boolean exact = true;
    long rep0 = repOf(members.get(0));
    for (int i = 0; i < m; i++) {
      Member x = members.get(i);
      exactOf[i] = x.exactOf() < 0 ? -1 : local.get(x.exactOf());
      edgeBest[i] = x.edgeBest() < 0 ? -1 : local.get(x.edgeBest());
      signatures[i] = hasher.fromValues(x.signature());
      shingles[i] = x.shingles();
      exact &= repOf(x) == rep0;
    }
    List<long[]> knownList = new ArrayList<>();
    for (Tuple2<Long, Double> k : knownSims) {
      int a = local.get((long) LshIndex.first(k._1()));
      int b = local.get((long) LshIndex.second(k._1()));
      knownList.add(new long[] {LshIndex.pack(a, b), Double.doubleToLongBits(k._2())});
    }
    knownList.sort((x, y) -> Long.compare(x[0], y[0]));
    long[] knownPairs = new long[knownList.size()];
    double[] knownValues = new double[knownList.size()];
    for (int i = 0; i < knownPairs.length; i++) {
      knownPairs[i] = knownList.get(i)[0];
      knownValues[i] = Double.longBitsToDouble(knownList.get(i)[1]);
    }
    NearDuplicateFinder.ClusterPairs pairs = NearDuplicateFinder.clusterPairs(exactOf, signatures,
        doc -> shingles[doc], knownPairs, knownValues, edgeBest, settings);
    List<Tuple2<Long, String>> out = new ArrayList<>(pairs.pairs().size());
    int[] closest = new int[m];
    double[] closestSim = new double[m];
    int[] nearCount = new int[m];
    Arrays.fill(closest, -1);
    for (NearDuplicateFinder.Pair p : pairs.pairs()) {
      Member a = members.get(p.a());
      Member b = members.get(p.b());
      out.add(new Tuple2<>(LshIndex.pack((int) a.doc(), (int) b.doc()),
          ReportDirectory.csvLine(ScanReports.pairRow(a.id(), b.id(), p.similarity(), p.estimated(),
              (int) cluster))));
      nearCount[p.a()]++;
      nearCount[p.b()]++;
      closer(closest, closestSim, p.a(), p.b(), p.similarity());
      closer(closest, closestSim, p.b(), p.a(), p.similarity());
    }
    List<Tuple2<String, NearCells>> cells = new ArrayList<>(m);
    for (int i = 0; i < m; i++) {
      cells.add(new Tuple2<>(members.get(i).id(), new NearCells(
          exactOf[i] < 0 ? "" : members.get(exactOf[i]).id(), (int) cluster,
          closest[i] < 0 ? "" : members.get(closest[i]).id(), closestSim[i], nearCount[i])));
    }
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < Math.min(m, ScanReports.MAX_MEMBERS_LISTED); i++) {
      ids.add(members.get(i).id());
    }
    return new Listing(cluster, out, ReportDirectory.csvLine(ScanReports.clusterRow((int) cluster,
        exact, m, ids, pairs.pairsNotListed())), pairs.pairsNotListed(), cells);
  }

  /** NearDuplicateFinder's closest partner: the most similar, of equal ones the smaller number. */
  private static void closer(int[] best, double[] bestSim, int doc, int other, double sim) {
    if (best[doc] < 0 || sim > bestSim[doc] || (sim == bestSim[doc] && other < best[doc])) {
      best[doc] = other;
      bestSim[doc] = sim;
    }
  }

  private static long repOf(Member x) {
    return x.exactOf() < 0 ? x.doc() : x.exactOf();
  }
}
