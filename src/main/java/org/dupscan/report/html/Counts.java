package org.dupscan.report.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Counts by label, and the labels with the highest counts (ties by label, so stable). */
final class Counts {

  private final Map<String, long[]> counts = new HashMap<>();
  private long total;

  void add(String label) {
    add(label, 1);
  }

  void add(String label, long n) {
    counts.computeIfAbsent(label, k -> new long[1])[0] += n;
    total += n;
  }

  long get(String label) {
    long[] c = counts.get(label);
    return c == null ? 0 : c[0];
  }

  int size() {
    return counts.size();
  }

  long total() {
    return total;
  }

  /** The {@code n} labels with the highest counts, highest first. */
  List<String> top(int n) {
    List<Map.Entry<String, long[]>> all = new ArrayList<>(counts.entrySet());
    all.sort((a, b) -> {
      int c = Long.compare(b.getValue()[0], a.getValue()[0]);
      return c != 0 ? c : a.getKey().compareTo(b.getKey());
    });
    List<String> out = new ArrayList<>();
    for (int i = 0; i < Math.min(n, all.size()); i++) {
      out.add(all.get(i).getKey());
    }
    return out;
  }
}
