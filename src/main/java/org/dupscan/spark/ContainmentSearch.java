package org.dupscan.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.storage.StorageLevel;
import org.dupscan.detect.Containment;
import org.dupscan.internal.LongSets;
import org.dupscan.pipeline.ContainmentStage;
import org.dupscan.report.ScanReports;
import scala.Tuple2;

/**
 * contained.csv and documents.csv's {@code contained_in} across the corpus: {@link Containment#find}
 * with its inverted index a shuffle.
 *
 * <ol>
 *   <li>Each page that may be contained (an exact group's representative with at least {@link
 *       Containment#DEFAULT_MIN_SHINGLES} content shingles) emits its sampled keys ({@link
 *       Containment#sample}).</li>
 *   <li>Pages per key counted ({@code reduceByKey}); a key on more than {@link
 *       Containment#POSTING_CAP} pages is capped: it is counted off each of its pages' sample size
 *       and pairs no pages, as in {@link Containment}'s index. The keys on 2..cap pages are grouped
 *       (each group at most the cap) and give every ordered pair that {@link
 *       Containment#mayContain} and that is not in one near-duplicate cluster.</li>
 *   <li>Shared keys counted per pair ({@code reduceByKey}); pairs holding at least {@link
 *       Containment#minShared} of the contained page's uncapped sample are the candidates.</li>
 *   <li>Each candidate joined with both pages' shingle sets and verified exactly.</li>
 * </ol>
 */
final class ContainmentSearch {

  /** A page in a posting list: its number in id order, content shingles and cluster (0: none). */
  record Posting(long doc, int shingles, long cluster) implements Serializable {}

  /**
   * @param rows contained.csv's lines keyed by (container, contained) page numbers
   * @param containedIn for each page contained by another, by page id, how many contain it
   * @param candidates candidate pairs verified, for run.csv
   * @param pairs pairs reported
   */
  record Result(JavaPairRDD<Tuple2<Long, Long>, String> rows, JavaPairRDD<String, Integer> containedIn,
      long candidates, long pairs) {}

  private ContainmentSearch() {}

  static Result run(JavaPairRDD<Long, PageContent> docs, JavaPairRDD<Long, Long> exactOf,
      JavaPairRDD<Long, Long> clusterOf, double threshold, int partitions) {
    StorageLevel keep = StorageLevel.MEMORY_AND_DISK();
    int minShingles = Containment.DEFAULT_MIN_SHINGLES;
    int cap = Containment.POSTING_CAP;
    JavaPairRDD<Long, PageContent> eligible = docs
        .filter(t -> t._2().shingles() != null && t._2().shingles().length >= minShingles)
        .subtractByKey(exactOf, partitions);
    JavaPairRDD<Long, Tuple2<int[], Posting>> sampled = eligible
        .leftOuterJoin(clusterOf, partitions)
        .mapToPair(t -> new Tuple2<>(t._1(), new Tuple2<>(Containment.sample(t._2()._1().shingles()),
            new Posting(t._1(), t._2()._1().shingles().length, t._2()._2().orElse(0L)))))
        .persist(keep);
    JavaPairRDD<Integer, Posting> postings = sampled.flatMapToPair(t -> {
      List<Tuple2<Integer, Posting>> out = new ArrayList<>(t._2()._1().length);
      for (int key : t._2()._1()) {
        out.add(new Tuple2<>(key, t._2()._2()));
      }
      return out.iterator();
    }).persist(keep);
    JavaPairRDD<Integer, Integer> pagesOfKey = postings.mapValues(p -> 1)
        .reduceByKey(Integer::sum, partitions).persist(keep);
    // Each page's sample size with its capped keys counted off.
    JavaPairRDD<Long, Integer> cappedOfPage = postings
        .join(pagesOfKey.filter(t -> t._2() > cap), partitions)
        .mapToPair(t -> new Tuple2<>(t._2()._1().doc(), 1))
        .reduceByKey(Integer::sum, partitions);
    JavaPairRDD<Long, Integer> usable = sampled.mapValues(t -> t._1().length)
        .leftOuterJoin(cappedOfPage, partitions)
        .mapValues(t -> t._1() - t._2().orElse(0));
    JavaPairRDD<Tuple2<Long, Long>, Integer> shared = postings
        .join(pagesOfKey.filter(t -> t._2() >= 2 && t._2() <= cap), partitions)
        .mapValues(Tuple2::_1)
        .groupByKey(partitions)
        .flatMapToPair(g -> {
          List<Posting> list = new ArrayList<>();
          g._2().forEach(list::add);
          List<Tuple2<Tuple2<Long, Long>, Integer>> out = new ArrayList<>();
          for (Posting a : list) {
            for (Posting b : list) {
              if (b.doc() != a.doc() && Containment.mayContain(b.doc(), b.shingles(), a.doc(), a.shingles())
                  && (a.cluster() == 0 || b.cluster() != a.cluster())) {
                out.add(new Tuple2<>(new Tuple2<>(a.doc(), b.doc()), 1));
              }
            }
          }
          return out.iterator();
        }).reduceByKey(Integer::sum, partitions);
    // Candidates (contained, container), by contained page.
    JavaPairRDD<Long, Long> candidates = shared
        .mapToPair(t -> new Tuple2<>(t._1()._1(), new Tuple2<>(t._1()._2(), t._2())))
        .join(usable, partitions)
        .filter(t -> t._2()._2() > 0
            && t._2()._1()._2() >= Containment.minShared(t._2()._2(), threshold))
        .mapToPair(t -> new Tuple2<>(t._1(), t._2()._1()._1()))
        .persist(keep);
    long candidateCount = candidates.count();
    JavaPairRDD<Long, PageContent> sets = docs.filter(t -> t._2().shingles() != null);
    JavaPairRDD<Tuple2<Long, Long>, double[]> found = candidates.join(sets, partitions)
        .mapToPair(t -> new Tuple2<>(t._2()._1(), new Tuple2<>(t._1(), t._2()._2())))
        .join(sets, partitions)
        .flatMapToPair(t -> {
          long container = t._1();
          long contained = t._2()._1()._1();
          long[] a = t._2()._1()._2().shingles();
          long[] b = t._2()._2().shingles();
          int inter = LongSets.intersectionSize(a, a.length, b, b.length);
          double containment = a.length == 0 ? 0 : (double) inter / a.length;
          if (containment < threshold) {
            return List.<Tuple2<Tuple2<Long, Long>, double[]>>of().iterator();
          }
          return List.of(new Tuple2<>(new Tuple2<>(container, contained),
              new double[] {containment, (double) inter / (a.length + b.length - inter)})).iterator();
        }).persist(keep);
    long pairCount = found.count();
    // Ids of both pages, by joins on their numbers.
    JavaPairRDD<Long, String> ids = docs.mapValues(PageContent::id);
    JavaPairRDD<Tuple2<Long, Long>, String> rows = found
        .mapToPair(t -> new Tuple2<>(t._1()._1(), new Tuple2<>(t._1()._2(), t._2())))
        .join(ids, partitions)
        .mapToPair(t -> new Tuple2<>(t._2()._1()._1(), new Tuple2<>(t._1(), new Tuple2<>(t._2()._2(),
            t._2()._1()._2()))))
        .join(ids, partitions)
        .mapToPair(t -> {
          long container = t._2()._1()._1();
          String containerId = t._2()._1()._2()._1();
          double[] v = t._2()._1()._2()._2();
          return new Tuple2<>(new Tuple2<>(container, t._1()), ScanReports.tableLine(
              ContainmentStage.row(containerId, t._2()._2(), v[0], v[1])));
        });
    JavaPairRDD<String, Integer> containedIn = found
        .mapToPair(t -> new Tuple2<>(t._1()._2(), 1))
        .reduceByKey(Integer::sum, partitions)
        .join(ids, partitions)
        .mapToPair(t -> new Tuple2<>(t._2()._2(), t._2()._1()));
    return new Result(rows, containedIn, candidateCount, pairCount);
  }

  /** contained.csv's order: by container, then contained page number. */
  static int compare(Tuple2<Long, Long> a, Tuple2<Long, Long> b) {
    int c = Long.compare(a._1(), b._1());
    return c != 0 ? c : Long.compare(a._2(), b._2());
  }
}
