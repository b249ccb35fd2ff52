package org.dupscan.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Connected components of an undirected graph held as an RDD of edges, by alternating large-star and
 * small-star steps (Kiveris, Lattanzi, Mirrokni, Rastogi and Vassilvitskii, "Connected Components in
 * MapReduce and Beyond", SoCC 2014). Each step is one shuffle; the graph converges to stars, each
 * node pointing at the smallest node of its component, in O(log^2 n) rounds (in practice a handful).
 * Nothing is gathered on the driver but the test for a change.
 */
final class ConnectedComponents {

  private ConnectedComponents() {}

  /**
   * For each node of {@code edges} that is not the smallest of its component, that smallest node:
   * (node, label) with label &lt; node. The smallest nodes themselves are the labels.
   */
  static JavaPairRDD<Long, Long> labels(JavaPairRDD<Long, Long> edges, int partitions) {
    JavaPairRDD<Long, Long> e = edges.filter(t -> !t._1().equals(t._2()))
        .mapToPair(ConnectedComponents::downward).distinct(partitions)
        .persist(StorageLevel.MEMORY_AND_DISK());
    while (true) {
      JavaPairRDD<Long, Long> next = smallStar(largeStar(e, partitions), partitions)
          .persist(StorageLevel.MEMORY_AND_DISK());
      boolean same = next.subtract(e, partitions).isEmpty() && e.subtract(next, partitions).isEmpty();
      e.unpersist(false);
      e = next;
      if (same) {
        return e;
      }
    }
  }

  /** An edge as (larger, smaller). */
  private static Tuple2<Long, Long> downward(Tuple2<Long, Long> t) {
    return t._1() > t._2() ? t : new Tuple2<>(t._2(), t._1());
  }

  /**
   * Large-star: each node links its larger neighbours to the smallest of itself and its neighbours.
   * Emits (larger neighbour, that smallest).
   */
  static JavaPairRDD<Long, Long> largeStar(JavaPairRDD<Long, Long> edges, int partitions) {
    return edges.flatMapToPair(t -> List.of(t, new Tuple2<>(t._2(), t._1())).iterator())
        .groupByKey(partitions)
        .flatMapToPair(g -> {
          long u = g._1();
          long m = u;
          for (long v : g._2()) {
            m = Math.min(m, v);
          }
          List<Tuple2<Long, Long>> out = new ArrayList<>();
          for (long v : g._2()) {
            if (v > u) {
              out.add(new Tuple2<>(v, m));
            }
          }
          return out.iterator();
        }).distinct(partitions);
  }

  /**
   * Small-star: each node links itself and its smaller neighbours to the smallest of them. Emits
   * (node, that smallest) for each of them but the smallest.
   */
  static JavaPairRDD<Long, Long> smallStar(JavaPairRDD<Long, Long> edges, int partitions) {
    return edges.mapToPair(ConnectedComponents::downward)
        .groupByKey(partitions)
        .flatMapToPair(g -> {
          long u = g._1();
          long m = u;
          for (long v : g._2()) {
            m = Math.min(m, v);
          }
          List<Tuple2<Long, Long>> out = new ArrayList<>();
          if (u != m) {
            out.add(new Tuple2<>(u, m));
          }
          for (long v : g._2()) {
            if (v != m) {
              out.add(new Tuple2<>(v, m));
            }
          }
          return out.iterator();
        }).distinct(partitions);
  }
}
