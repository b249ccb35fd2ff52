package org.dupscan.spark;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.storage.StorageLevel;
import org.dupscan.detect.TitleVariantRules;
import scala.Tuple2;

/**
 * Title variants across tasks: {@code TitleGroups.variants}' prefix-filtered similarity join with
 * each of its tables a shuffle, so no task holds all distinct titles.
 *
 * <ol>
 *   <li>Distinct keys numbered in key order (a sort); each key's views ({@link TitleVariantRules}).</li>
 *   <li>Word frequencies over the full views ({@code reduceByKey(word)}), joined back to each title's
 *       words; its prefix words per view made from them.</li>
 *   <li>Titles with equal views grouped: the first (smallest number) represents the others, joined at
 *       1.0, and only it is indexed.</li>
 *   <li>Postings: (view, prefix word, title number) keys partitioned by (view, word) and sorted within
 *       each partition; a task streams each word's posting list, comparing each title with the
 *       {@link TitleVariantRules#WINDOW} titles before it (a ring of that many), and counts the
 *       comparisons the window leaves out, as the join does.</li>
 *   <li>Groups: connected components of the matched pairs ({@link ConnectedComponents}); each member's
 *       best similarity is its highest over its pairs.</li>
 * </ol>
 */
final class TitleVariants {

  /** A title in a posting list: its number and views. */
  record Entry(long item, TitleVariantRules.Views views) implements Serializable {}

  /** The sort key of a posting: view, word, then title number. */
  record PostingKey(int view, String word, long item) implements Serializable {

    int listHash() {
      return 31 * view + word.hashCode();
    }

    boolean sameList(PostingKey o) {
      return o != null && view == o.view && word.equals(o.word);
    }

    static int compare(PostingKey a, PostingKey b) {
      int c = Integer.compare(a.view, b.view);
      c = c != 0 ? c : a.word.compareTo(b.word);
      return c != 0 ? c : Long.compare(a.item, b.item);
    }
  }

  /** Postings partitioned by their list (view and word), so that a list is in one partition. */
  static final class ByList extends Partitioner {
    private final int partitions;

    ByList(int partitions) {
      this.partitions = partitions;
    }

    @Override
    public int numPartitions() {
      return partitions;
    }

    @Override
    public int getPartition(Object key) {
      return Math.floorMod(((PostingKey) key).listHash(), partitions);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof ByList b && b.partitions == partitions;
    }

    @Override
    public int hashCode() {
      return partitions;
    }
  }

  /** A matched pair (a before b), or with {@code a} = -1 a task's count of comparisons left out. */
  record Found(long a, long b, double similarity, long skipped) implements Serializable {}

  /**
   * @param variantOf for each title in a group of two or more, by key: its group (the number of its
   *     smallest title) and its best similarity in the group
   * @param comparisonsSkipped comparisons the window left out, one number per task
   */
  record Result(JavaPairRDD<String, Tuple2<Long, Double>> variantOf, JavaRDD<Long> comparisonsSkipped) {}

  private TitleVariants() {}

  /** Joins {@code titles} (distinct key, its first page's post title) at {@code min}. */
  static Result join(JavaPairRDD<String, String> titles, double min, int partitions) {
    StorageLevel keep = StorageLevel.MEMORY_AND_DISK();
    JavaPairRDD<Long, Tuple2<String, String>> numbered = titles.sortByKey(true, partitions)
        .zipWithIndex().mapToPair(t -> new Tuple2<>(t._2(), t._1())).persist(keep);
    JavaPairRDD<Long, String> keyOf = numbered.mapValues(Tuple2::_1);
    JavaPairRDD<Long, TitleVariantRules.Views> views = numbered
        .mapValues(t -> TitleVariantRules.views(t._1(), t._2())).persist(keep);
    JavaPairRDD<String, Integer> frequency = views.flatMapToPair(t -> {
      List<Tuple2<String, Integer>> out = new ArrayList<>();
      for (String w : t._2().full()) {
        out.add(new Tuple2<>(w, 1));
      }
      return out.iterator();
    }).reduceByKey(Integer::sum, partitions);
    JavaPairRDD<Long, TitleVariantRules.Views> eligible = views.filter(t -> t._2().eligible());
    // Equal views: the first represents the rest.
    JavaPairRDD<Long, Long> representedBy = eligible
        .mapToPair(t -> new Tuple2<>(String.join("\u0001", t._2().full()) + "\u0000"
            + String.join("\u0001", t._2().main()), t._1()))
        .groupByKey(partitions)
        .flatMapToPair(g -> {
          long first = Long.MAX_VALUE;
          for (long i : g._2()) {
            first = Math.min(first, i);
          }
          List<Tuple2<Long, Long>> out = new ArrayList<>();
          for (long i : g._2()) {
            if (i != first) {
              out.add(new Tuple2<>(i, first));
            }
          }
          return out.iterator();
        }).persist(keep);
    // Each indexed title's words with their frequencies, then its prefix words in each view.
    JavaPairRDD<Long, TitleVariantRules.Views> indexed = eligible.subtractByKey(representedBy,
        partitions);
    JavaPairRDD<Long, Map<String, Integer>> frequencies = indexed.flatMapToPair(t -> {
      List<Tuple2<String, Long>> out = new ArrayList<>();
      for (String w : t._2().full()) {
        out.add(new Tuple2<>(w, t._1()));
      }
      for (String w : t._2().main()) {
        out.add(new Tuple2<>(w, t._1()));
      }
      return out.iterator();
    }).distinct(partitions)
        .leftOuterJoin(frequency, partitions)
        .mapToPair(t -> new Tuple2<>(t._2()._1(), new Tuple2<>(t._1(), t._2()._2().orElse(0))))
        .aggregateByKey(new HashMap<String, Integer>(), partitions, (m, wf) -> {
          m.put(wf._1(), wf._2());
          return m;
        }, (a, b) -> {
          a.putAll(b);
          return a;
        }).mapValues(m -> (Map<String, Integer>) m);
    JavaPairRDD<PostingKey, Entry> postings = indexed.join(frequencies, partitions).flatMapToPair(t -> {
      List<Tuple2<PostingKey, Entry>> out = new ArrayList<>();
      Entry e = new Entry(t._1(), t._2()._1());
      for (int v = 0; v < 2; v++) {
        for (String w : TitleVariantRules.prefix(t._2()._1().view(v), t._2()._2(), min)) {
          out.add(new Tuple2<>(new PostingKey(v, w, t._1()), e));
        }
      }
      return out.iterator();
    });
    Comparator<PostingKey> order = (Comparator<PostingKey> & Serializable) PostingKey::compare;
    JavaRDD<Found> found = postings
        .repartitionAndSortWithinPartitions(new ByList(partitions), order)
        .mapPartitions(it -> scan(it, min))
        .persist(keep);
    JavaPairRDD<Long, Tuple2<Long, Double>> pairs = found.filter(f -> f.a() >= 0)
        .mapToPair(f -> new Tuple2<>(f.a(), new Tuple2<>(f.b(), f.similarity())))
        .union(representedBy.mapToPair(t -> new Tuple2<>(t._2(), new Tuple2<>(t._1(), 1.0))));
    JavaPairRDD<Long, Double> best = pairs.flatMapToPair(t -> List.of(
            new Tuple2<>(t._1(), t._2()._2()), new Tuple2<>(t._2()._1(), t._2()._2())).iterator())
        .reduceByKey(Math::max, partitions);
    JavaPairRDD<Long, Long> labels = ConnectedComponents.labels(
        pairs.mapToPair(t -> new Tuple2<>(t._1(), t._2()._1())), partitions);
    JavaPairRDD<Long, Long> groupOf = labels.union(labels.values().distinct(partitions)
        .mapToPair(r -> new Tuple2<>(r, r)));
    JavaPairRDD<String, Tuple2<Long, Double>> variantOf = groupOf.join(best, partitions)
        .join(keyOf, partitions)
        .mapToPair(t -> new Tuple2<>(t._2()._2(), t._2()._1()));
    return new Result(variantOf, found.filter(f -> f.a() < 0).map(Found::skipped));
  }

  /**
   * Streams one partition's postings, sorted by list then title: each title against the titles
   * before it in its list, at most {@link TitleVariantRules#WINDOW} of them.
   */
  private static Iterator<Found> scan(Iterator<Tuple2<PostingKey, Entry>> postings, double min) {
    List<Found> out = new ArrayList<>();
    ArrayDeque<Entry> window = new ArrayDeque<>();
    PostingKey list = null;
    long place = 0;
    long skipped = 0;
    while (postings.hasNext()) {
      Tuple2<PostingKey, Entry> p = postings.next();
      if (!p._1().sameList(list)) {
        list = p._1();
        window.clear();
        place = 0;
      }
      skipped += Math.max(0, place - TitleVariantRules.WINDOW);
      Entry e = p._2();
      for (Entry before : window) {
        double sim = TitleVariantRules.similarity(before.views(), e.views());
        if (sim >= min) {
          out.add(new Found(before.item(), e.item(), sim, 0));
        }
      }
      window.addLast(e);
      if (window.size() > TitleVariantRules.WINDOW) {
        window.removeFirst();
      }
      place++;
    }
    out.add(new Found(-1, -1, 0, skipped));
    return out.iterator();
  }
}
