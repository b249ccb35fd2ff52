package org.dupscan.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.storage.StorageLevel;
import org.dupscan.detect.TitleFacts;
import org.dupscan.detect.TitleGroups;
import org.dupscan.pipeline.TitleStage;
import org.dupscan.report.ScanReports;
import scala.Tuple2;

/**
 * titles.csv across hosts: {@link TitleGroups#search}'s groups with each table a shuffle. Keys are
 * made per host (a site name is one that recurs on its host); pages are grouped by key for duplicate
 * groups; the distinct keys, each with its first page's title, go through {@link TitleVariants}
 * (TitleGroups' variant join, its posting lists spread over tasks by prefix word) for variant groups;
 * each kind of group is numbered by a sort of the groups' first pages, as the CLI numbers them.
 */
final class TitleSearch {

  /** Sections of titles.csv, in the CLI's order. */
  private static final int DUPLICATE = 0;
  private static final int VARIANT = 1;
  private static final int OWN = 2;

  /**
   * Sort key of a titles.csv row: section (duplicates, variants, then pages' own rows), group number,
   * page, place among the page's own rows.
   */
  record Place(int section, long group, String page, int ordinal) implements Serializable {

    static int compare(Place a, Place b) {
      int c = Integer.compare(a.section(), b.section());
      c = c != 0 ? c : Long.compare(a.group(), b.group());
      c = c != 0 ? c : a.page().compareTo(b.page());
      return c != 0 ? c : Integer.compare(a.ordinal(), b.ordinal());
    }
  }

  /** A member of a group, with its similarity in the group (1 for a duplicate). */
  record Member(TitleFacts facts, double similarity) implements Serializable {}

  private TitleSearch() {}

  /**
   * titles.csv's lines keyed by their place, and the comparisons the variant search's window left out
   * (run.csv's title_comparisons_skipped), one number per task of that search.
   */
  record Titles(JavaPairRDD<Place, String> rows, JavaRDD<Long> comparisonsSkipped) {}

  /** titles.csv's lines and counts. */
  static Titles rows(JavaRDD<TitleItem> items, double min, int partitions) {
    JavaPairRDD<Place, String> own = items.flatMapToPair(i -> {
      List<Tuple2<Place, String>> out = new ArrayList<>();
      for (TitleGroups.Row r : TitleGroups.ownRows(i.facts())) {
        out.add(new Tuple2<>(new Place(OWN, 0, r.page(), out.size()), line(r)));
      }
      return out.iterator();
    });
    JavaPairRDD<String, TitleFacts> keyed = items.filter(i -> !i.key().isEmpty())
        .mapToPair(i -> new Tuple2<>(i.key(), i.facts()));
    // Duplicates: two or more pages of one key.
    JavaRDD<List<Member>> duplicates = keyed.groupByKey(partitions).flatMap(g -> {
      List<Member> members = new ArrayList<>();
      g._2().forEach(f -> members.add(new Member(f, 1.0)));
      return members.size() < 2 ? List.<List<Member>>of().iterator() : List.of(members).iterator();
    });
    // Variants: the distinct keys, each with its first page's title, joined across tasks.
    TitleVariants.Result joined = TitleVariants.join(keyed
        .reduceByKey((a, b) -> a.page().compareTo(b.page()) <= 0 ? a : b, partitions)
        .mapValues(TitleFacts::postTitle), min, partitions);
    JavaPairRDD<String, Tuple2<Long, Double>> variantOf = joined.variantOf();
    JavaRDD<List<Member>> variants = keyed.join(variantOf, partitions)
        .mapToPair(t -> new Tuple2<>(t._2()._2()._1(), new Member(t._2()._1(), t._2()._2()._2())))
        .groupByKey(partitions)
        .map(g -> {
          List<Member> members = new ArrayList<>();
          g._2().forEach(members::add);
          return members;
        });
    return new Titles(own.union(numbered(duplicates, DUPLICATE, partitions))
        .union(numbered(variants, VARIANT, partitions)), joined.comparisonsSkipped());
  }

  /** The pages in a duplicate or variant group (TitleStage's shared_title signal), by id. */
  static JavaPairRDD<String, Boolean> sharedPages(JavaPairRDD<Place, String> rows, int partitions) {
    return rows.keys().filter(p -> p.section() != OWN).map(Place::page).distinct(partitions)
        .mapToPair(page -> new Tuple2<>(page, true));
  }

  /**
   * The rows of {@code groups} of one section, each group's members in page order and the groups
   * numbered in order of their first page.
   */
  private static JavaPairRDD<Place, String> numbered(JavaRDD<List<Member>> groups, int section,
      int partitions) {
    return groups.mapToPair(g -> {
      List<Member> sorted = new ArrayList<>(g);
      sorted.sort(Comparator.comparing(m -> m.facts().page()));
      return new Tuple2<>(sorted.get(0).facts().page(), sorted);
    }).sortByKey(true, partitions).zipWithIndex().flatMapToPair(t -> {
      int n = (int) (t._2() + 1);
      String id = TitleGroups.groupId(section == DUPLICATE ? TitleGroups.DUPLICATES
          : TitleGroups.VARIANTS, n);
      List<Tuple2<Place, String>> out = new ArrayList<>();
      for (Member m : t._1()._2()) {
        TitleGroups.Row r = section == DUPLICATE ? TitleGroups.duplicateRow(id, m.facts())
            : TitleGroups.variantRow(id, m.facts(), m.similarity());
        out.add(new Tuple2<>(new Place(section, n, r.page(), 0), line(r)));
      }
      return out.iterator();
    });
  }

  private static String line(TitleGroups.Row r) {
    return ScanReports.tableLine(TitleStage.row(r));
  }
}
