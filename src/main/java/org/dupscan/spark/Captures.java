package org.dupscan.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import scala.Tuple2;

/**
 * Which of the documents read are scanned, as the CLI's reading step decides, each rule a grouping
 * of the few documents that share an id (so nothing grows on one task but the captures of one URL):
 *
 * <ol>
 *   <li>records of crawl files with one URL: the latest capture counts, whether or not it can be
 *       scanned; the others are "superseded by" its origin (the CLI decides before loading);</li>
 *   <li>page files with one id under two inputs: the first read counts, the others are a
 *       "duplicate id" (only with several inputs, as in the CLI); a file over the size cap takes
 *       part, as the CLI's reader lets it claim its id before it checks the size;</li>
 *   <li>scanned pages with one id: the latest capture counts, the others "superseded by" it, a page
 *       file named by its id (the CLI's check after loading).</li>
 * </ol>
 *
 * The rules read ids, dates and origins only ({@link Capture}), never a page's content: the pages
 * are shuffled once, by host, where the pages that lost are left out ({@link #lostByHost}).
 */
final class Captures {

  private Captures() {}

  /**
   * Every capture read, decided: the pages scanned as they were, and every document that is not
   * scanned (skipped when read, or taken out by a rule) with the source and reason skipped.csv lists.
   */
  static JavaRDD<Capture> decide(JavaRDD<Capture> read, int inputs, int partitions) {
    JavaRDD<Capture> records = read.filter(r -> r.key() != null)
        .groupBy(Capture::key, partitions)
        .flatMap(g -> {
          Capture winner = newest(g._2());
          List<Capture> out = new ArrayList<>();
          for (Capture r : g._2()) {
            out.add(r == winner ? r : r.lost("superseded by " + winner.origin(), r.origin()));
          }
          return out.iterator();
        });
    JavaRDD<Capture> files = read.filter(r -> r.key() == null);
    if (inputs > 1) {
      JavaRDD<Capture> unnamed = files.filter(r -> r.fileId() == null);
      JavaRDD<Capture> named = files.filter(r -> r.fileId() != null)
          .groupBy(Capture::fileId, partitions)
          .flatMap(g -> {
            Capture first = null;
            for (Capture r : g._2()) {
              first = first == null || r.order() < first.order() ? r : first;
            }
            List<Capture> out = new ArrayList<>();
            for (Capture r : g._2()) {
              out.add(r == first ? r : r.lost("duplicate id " + r.fileId() + " (already read from "
                  + first.origin() + ")", r.origin()));
            }
            return out.iterator();
          });
      files = unnamed.union(named);
    }
    JavaRDD<Capture> candidates = records.union(files);
    JavaRDD<Capture> pages = candidates.filter(Capture::scanned)
        .groupBy(Capture::pageId, partitions)
        .flatMap(g -> {
          Capture winner = newest(g._2());
          List<Capture> out = new ArrayList<>();
          for (Capture r : g._2()) {
            out.add(r == winner ? r : r.lost("superseded by " + winner.shownAs(), r.shownAs()));
          }
          return out.iterator();
        });
    return candidates.filter(r -> !r.scanned()).union(pages);
  }

  /** Of {@code decided}, the pages read that a rule took out, as (host, reader order). */
  static JavaPairRDD<String, Long> lostByHost(JavaRDD<Capture> decided) {
    return decided.filter(Capture::lostPage).mapToPair(c -> new Tuple2<>(c.host(), c.order()));
  }

  /** Of captures of one id, the one that counts. */
  private static Capture newest(Iterable<Capture> captures) {
    Capture winner = null;
    for (Capture r : captures) {
      winner = winner == null || r.newerThan(winner) ? r : winner;
    }
    return winner;
  }
}
