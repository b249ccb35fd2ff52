package org.dupscan.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.dupscan.detect.CaptionDetector;
import org.dupscan.pipeline.CaptionStage;
import org.dupscan.report.ScanReports;
import scala.Tuple2;

/**
 * captions.csv across hosts: {@link CaptionDetector#finish}'s rules with each table a shuffle. Pages
 * with candidates are counted per prose paragraph (by paragraph); candidates are grouped by their
 * text's key for the pages, hosts, neighbourhoods and prose paragraphs carrying it (by text); a
 * candidate that may recur is checked against the paragraphs' page counts (by paragraph); each
 * candidate is then finished alone ({@link CaptionDetector#finished}).
 */
final class CaptionSearch {

  /** Sort key of a caption row: page, then block and place on the page (the CLI's stable order). */
  record Place(String page, long blockThenOrdinal) implements Serializable {

    static Place of(CaptionItem i) {
      return new Place(i.candidate().page(), ((long) i.candidate().block() << 32) | i.ordinal());
    }

    static int compare(Place a, Place b) {
      int c = a.page().compareTo(b.page());
      return c != 0 ? c : Long.compare(a.blockThenOrdinal(), b.blockThenOrdinal());
    }
  }

  /**
   * A candidate with what its text's group says of it.
   *
   * @param mayRecur whether it recurs unless its page shares prose ({@link CaptionDetector#mayRecur})
   * @param prose its own prose hashes on two or more of the group's candidates, and those counts
   */
  record Judged(CaptionItem item, int pages, int hosts, boolean mayRecur, long[] prose, int[] counts)
      implements Serializable {}

  private CaptionSearch() {}

  /**
   * captions.csv's lines keyed by their place, each with the pages carrying its text; {@code clusterOfPage} gives the clustered pages' near-
   * duplicate clusters, whose pages count as one page when a text's recurrence is judged
   * ({@link CaptionDetector#finish(List, double, java.util.Map, java.util.Map)}).
   */
  static JavaPairRDD<Place, Tuple2<String, Integer>> rows(JavaRDD<CaptionItem> items,
      JavaPairRDD<String, Long> clusterOfPage, double minScore, int partitions) {
    // The cluster of each candidate's page; 0 for a page in no cluster.
    JavaRDD<Tuple2<CaptionItem, Long>> clustered = items
        .keyBy(i -> i.candidate().page())
        .leftOuterJoin(clusterOfPage, partitions)
        .map(t -> new Tuple2<>(t._2()._1(), t._2()._2().orElse(0L)));
    // Pages with candidates per prose paragraph: a page's prose is the same in each of its candidates.
    JavaPairRDD<Long, Integer> anywhere = items.filter(i -> i.ordinal() == 0)
        .flatMapToPair(i -> {
          List<Tuple2<Long, Integer>> out = new ArrayList<>();
          for (long h : i.candidate().prose()) {
            out.add(new Tuple2<>(h, 1));
          }
          return out.iterator();
        }).reduceByKey(Integer::sum, partitions);
    JavaRDD<Judged> judged = clustered.groupBy(t -> t._1().candidate().key(), partitions).flatMap(g -> {
      Set<String> pages = new HashSet<>();
      Set<String> hosts = new HashSet<>();
      Set<Long> contexts = new HashSet<>();
      Set<String> groups = new HashSet<>(); // distinct pages or near-duplicate clusters
      Map<Long, Integer> prose = new HashMap<>();
      for (Tuple2<CaptionItem, Long> t : g._2()) {
        CaptionItem i = t._1();
        groups.add(t._2() == 0L ? i.candidate().page() : "cluster " + t._2());
        pages.add(i.candidate().page());
        hosts.add(i.candidate().host());
        contexts.add(i.candidate().context());
        for (long h : i.candidate().prose()) {
          prose.merge(h, 1, Integer::sum);
        }
      }
      List<Judged> out = new ArrayList<>();
      for (Tuple2<CaptionItem, Long> t : g._2()) {
        CaptionItem i = t._1();
        boolean may = CaptionDetector.mayRecur(i.candidate(), pages.size(), contexts.size())
            && groups.size() >= 2;
        List<long[]> checks = new ArrayList<>();
        if (may) {
          for (long h : i.ownProse()) {
            int n = prose.get(h);
            if (n >= 2) {
              checks.add(new long[] {h, n});
            }
          }
        }
        long[] hashes = new long[checks.size()];
        int[] counts = new int[checks.size()];
        for (int k = 0; k < hashes.length; k++) {
          hashes[k] = checks.get(k)[0];
          counts[k] = (int) checks.get(k)[1];
        }
        out.add(new Judged(i, pages.size(), hosts.size(), may, hashes, counts));
      }
      return out.iterator();
    });
    // Candidates whose page shares a prose paragraph with the others carrying their text only.
    JavaPairRDD<Place, Boolean> sharing = judged.filter(j -> j.prose().length > 0)
        .flatMapToPair(j -> {
          List<Tuple2<Long, Tuple2<Place, Integer>>> out = new ArrayList<>();
          for (int k = 0; k < j.prose().length; k++) {
            out.add(new Tuple2<>(j.prose()[k], new Tuple2<>(Place.of(j.item()), j.counts()[k])));
          }
          return out.iterator();
        }).join(anywhere, partitions)
        .filter(t -> CaptionDetector.relates(t._2()._1()._2(), t._2()._2()))
        .mapToPair(t -> new Tuple2<>(t._2()._1()._1(), true))
        .reduceByKey((a, b) -> a, partitions);
    return judged.mapToPair(j -> new Tuple2<>(Place.of(j.item()), j))
        .leftOuterJoin(sharing, partitions)
        .flatMapToPair(t -> {
          Judged j = t._2()._1();
          CaptionDetector.Caption c = CaptionDetector.finished(j.item().candidate(), j.pages(),
              j.hosts(), j.mayRecur() && !t._2()._2().isPresent(), minScore);
          return c == null ? List.<Tuple2<Place, Tuple2<String, Integer>>>of().iterator()
              : List.of(new Tuple2<>(t._1(), new Tuple2<>(ScanReports.tableLine(CaptionStage.row(c)),
                  c.pagesWithSameText()))).iterator();
        });
  }
}
