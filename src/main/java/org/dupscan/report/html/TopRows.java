package org.dupscan.report.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Keeps the {@code capacity} best of a stream of items, in memory proportional to the capacity, not to
 * the stream: the report folder of a crawl may list millions of rows. Ties go to the earlier item, so
 * the selection depends only on the order of the input.
 */
final class TopRows<T> {

  private record Entry<T>(T item, long seq) {}

  private final int capacity;
  private final Comparator<Entry<T>> better;
  private final PriorityQueue<Entry<T>> worstFirst;
  private long seen;

  /** {@code order} sorts best first. */
  TopRows(int capacity, Comparator<? super T> order) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1 but was " + capacity);
    }
    this.capacity = capacity;
    Comparator<Entry<T>> byItem = (a, b) -> order.compare(a.item(), b.item());
    this.better = byItem.thenComparingLong(Entry::seq);
    this.worstFirst = new PriorityQueue<>(better.reversed());
  }

  void offer(T item) {
    Entry<T> e = new Entry<>(item, seen++);
    if (worstFirst.size() < capacity) {
      worstFirst.add(e);
    } else if (better.compare(e, worstFirst.peek()) < 0) {
      worstFirst.poll();
      worstFirst.add(e);
    }
  }

  /** Items offered so far. */
  long seen() {
    return seen;
  }

  /** The kept items, best first. */
  List<T> best() {
    List<Entry<T>> all = new ArrayList<>(worstFirst);
    all.sort(better);
    List<T> out = new ArrayList<>(all.size());
    for (Entry<T> e : all) {
      out.add(e.item());
    }
    return out;
  }
}
