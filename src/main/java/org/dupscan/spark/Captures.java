package org.dupscan.spark;

import java.util.ArrayList;
import java.util.List;
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
 * Everything else read, and every document that is not kept, comes out as a skipped item.
 */
final class Captures {

  private Captures() {}

  /** {@code read} with every document that is not scanned turned into a skipped item. */
  static JavaRDD<ReadItem> keep(JavaRDD<ReadItem> read, int inputs, int partitions) {
    JavaRDD<ReadItem> records = read.filter(r -> r.key() != null)
        .groupBy(ReadItem::key, partitions)
        .flatMap(g -> {
          ReadItem winner = newest(g._2());
          List<ReadItem> out = new ArrayList<>();
          for (ReadItem r : g._2()) {
            out.add(r == winner ? r : r.skippedFor("superseded by " + winner.origin()));
          }
          return out.iterator();
        });
    JavaRDD<ReadItem> files = read.filter(r -> r.key() == null);
    if (inputs > 1) {
      JavaRDD<ReadItem> unnamed = files.filter(r -> r.fileId() == null);
      JavaRDD<ReadItem> named = files.filter(r -> r.fileId() != null)
          .groupBy(ReadItem::fileId, partitions)
          .flatMap(g -> {
            ReadItem first = null;
            for (ReadItem r : g._2()) {
              first = first == null || r.order() < first.order() ? r : first;
            }
            List<ReadItem> out = new ArrayList<>();
            for (ReadItem r : g._2()) {
              out.add(r == first ? r : r.skippedFor("duplicate id " + r.fileId() + " (already read from "
                  + first.origin() + ")"));
            }
            return out.iterator();
          });
      files = unnamed.union(named);
    }
    JavaRDD<ReadItem> candidates = records.union(files);
    JavaRDD<ReadItem> pages = candidates.filter(r -> r.page() != null)
        .mapToPair(r -> new Tuple2<>(r.page().id(), r))
        .groupByKey(partitions)
        .flatMap(g -> {
          ReadItem winner = newest(g._2());
          List<ReadItem> out = new ArrayList<>();
          for (ReadItem r : g._2()) {
            out.add(r == winner ? r : r.skippedFor("superseded by " + winner.shownAs(), r.shownAs()));
          }
          return out.iterator();
        });
    return candidates.filter(r -> r.page() == null).union(pages);
  }

  /** Of captures of one id, the one that counts. */
  private static ReadItem newest(Iterable<ReadItem> captures) {
    ReadItem winner = null;
    for (ReadItem r : captures) {
      winner = winner == null || r.newerThan(winner) ? r : winner;
    }
    return winner;
  }
}
