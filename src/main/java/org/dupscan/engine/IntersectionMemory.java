package org.dupscan.engine;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.dupscan.detect.Containment;
import org.dupscan.lsh.LshIndex;

/**
 * The intersection sizes of containment's candidate pairs that a scan may take from its history
 * instead of intersecting shingle sets again: those stored for two pages whose content is the one
 * their stored signature was made for (held pages whose kept blocks did not change), since equal sets
 * give equal intersections. As {@link PairMemory} does for similarities, it collects the sizes
 * computed tonight and gives back those of tonight's candidate pairs, for the history to keep. Only
 * pairs that were candidates tonight are kept, so the stored table is bounded by one night's
 * candidates.
 */
final class IntersectionMemory implements Containment.Intersections {

  /** Pages in scan order (by id). */
  private final String[] ids;
  /** Stored pairs of two unchanged pages, packed (contained, container) and sorted, and their sizes. */
  private final long[] pairs;
  private final int[] sizes;
  /** Per stored pair, 1 once tonight's containment asked for it. */
  private final AtomicIntegerArray used;
  private final ConcurrentHashMap<Long, Integer> computed = new ConcurrentHashMap<>();
  /** Per page, whether its stored candidates may hold tonight ({@link #candidates}); null: none do. */
  private boolean[] reusable;
  /** The dirty keys ({@link #reuseCandidates}), sorted, and a bit per hashed key for a quick "not dirty". */
  private int[] dirty = new int[0];
  private long[] dirtyBits = new long[1];
  private int dirtyShift = 58;
  private final java.util.concurrent.atomic.AtomicInteger candidatesTaken =
      new java.util.concurrent.atomic.AtomicInteger();

  private IntersectionMemory(String[] ids, long[] pairs, int[] sizes) {
    this.ids = ids;
    this.pairs = pairs;
    this.sizes = sizes;
    this.used = new AtomicIntegerArray(pairs.length);
  }

  /**
   * The stored intersections of {@code history} that hold tonight: of pairs of pages both
   * {@code unchanged} (in scan order, by id).
   */
  static IntersectionMemory of(PageHistory history, String[] ids, boolean[] unchanged)
      throws IOException {
    long[][] keys = {new long[1024]};
    int[][] values = {new int[1024]};
    int[] size = {0};
    history.intersections(p -> {
      int a = Arrays.binarySearch(ids, p.contained());
      int b = Arrays.binarySearch(ids, p.container());
      if (a < 0 || b < 0 || !unchanged[a] || !unchanged[b]) {
        return; // a page gone, changed, or signed again for other kept blocks
      }
      if (size[0] == keys[0].length) {
        keys[0] = Arrays.copyOf(keys[0], size[0] * 2);
        values[0] = Arrays.copyOf(values[0], size[0] * 2);
      }
      keys[0][size[0]] = LshIndex.pack(a, b);
      values[0][size[0]] = p.size();
      size[0]++;
    });
    int[] order = PackedPairs.sortedOrder(keys[0], size[0]);
    long[] pairs = new long[order.length];
    int[] sizes = new int[order.length];
    for (int i = 0; i < order.length; i++) {
      pairs[i] = keys[0][order[i]];
      sizes[i] = values[0][order[i]];
    }
    return new IntersectionMemory(ids, pairs, sizes);
  }

  @Override
  public int known(int contained, int container) {
    int i = Arrays.binarySearch(pairs, LshIndex.pack(contained, container));
    if (i < 0) {
      return -1;
    }
    used.set(i, 1);
    return sizes[i];
  }

  @Override
  public void computed(int contained, int container, int size) {
    computed.put(LshIndex.pack(contained, container), size);
  }

  /**
   * Lets {@link #candidates} give the stored candidate lists that hold tonight. A page's candidates
   * (the larger pages sharing enough of its sampled shingles, capped ones not counted, outside its
   * cluster) depend only on the pages in the posting lists of its sampled shingles and on its cluster.
   * A shingle is dirty when a page that is not as stored holds it: tonight's sample of a new, changed
   * or re-signed page ({@code tonight}), the last run's of a changed, re-signed or removed one
   * ({@code lastRun}). The posting list of a clean shingle holds the same pages with the same samples
   * as on the last run, so on the same number of pages (capped alike); a page as stored whose sampled
   * shingles are all clean and whose cluster has the same pages as on the last run therefore has the
   * candidates it had then, which the stored table holds (every candidate pair of the last run, with
   * its size), all of pages as stored. An exact copy that became its group's representative is no
   * exception: its group's last representative, gone or changed, had the same sample, now dirty.
   *
   * @param asStored per page (scan order), whether its content is the one it was signed for
   * @param tonight the samples of the pages not as stored
   * @param lastRun the last run's samples of held pages not as stored tonight (read, changed, removed)
   * @param clusterOf tonight's cluster of each page (0: none)
   * @param lastClusters the last run's clusters, each as its pages' ids
   */
  void reuseCandidates(boolean[] asStored, List<int[]> tonight, List<int[]> lastRun, int[] clusterOf,
      List<List<String>> lastClusters) {
    long keys = 0;
    for (List<int[]> l : List.of(tonight, lastRun)) {
      for (int[] sample : l) {
        keys += sample.length;
      }
    }
    int[] all = new int[Math.toIntExact(keys)];
    int k = 0;
    for (List<int[]> l : List.of(tonight, lastRun)) {
      for (int[] sample : l) {
        System.arraycopy(sample, 0, all, k, sample.length);
        k += sample.length;
      }
    }
    Arrays.sort(all);
    int d = 0;
    for (int i = 0; i < all.length; i++) {
      if (d == 0 || all[i] != all[d - 1]) {
        all[d++] = all[i];
      }
    }
    dirty = Arrays.copyOf(all, d);
    int bits = Math.max(6, Math.min(MAX_DIRTY_BITS_LOG2, 64 - Long.numberOfLeadingZeros(8L * d)));
    dirtyShift = 32 - bits;
    dirtyBits = new long[1 << (bits - 6)];
    for (int key : dirty) {
      int slot = dirtySlot(key);
      dirtyBits[slot >>> 6] |= 1L << slot;
    }
    // The same cluster: no cluster on either run, or one of the same pages (a page gone from the
    // scan changes its last cluster, which had more pages than any cluster of tonight's pages).
    int n = ids.length;
    int[] last = new int[n];
    Arrays.fill(last, -1);
    int[] lastSize = new int[lastClusters.size()];
    for (int c = 0; c < lastClusters.size(); c++) {
      lastSize[c] = lastClusters.get(c).size();
      for (String id : lastClusters.get(c)) {
        int a = Arrays.binarySearch(ids, id);
        if (a >= 0) {
          last[a] = c;
        }
      }
    }
    Map<Integer, List<Integer>> members = new HashMap<>();
    for (int a = 0; a < n; a++) {
      if (clusterOf[a] != 0) {
        members.computeIfAbsent(clusterOf[a], x -> new ArrayList<>()).add(a);
      }
    }
    boolean[] reuse = new boolean[n];
    for (int a = 0; a < n; a++) {
      reuse[a] = asStored[a] && clusterOf[a] == 0 && last[a] < 0;
    }
    for (List<Integer> m : members.values()) {
      int c = last[m.get(0)];
      boolean same = c >= 0 && lastSize[c] == m.size();
      for (int a : m) {
        same &= last[a] == c;
      }
      for (int a : m) {
        reuse[a] = same && asStored[a];
      }
    }
    reusable = reuse;
  }

  private static final int MAX_DIRTY_BITS_LOG2 = 24;

  private int dirtySlot(int key) {
    return (key * 0x9E3779B9) >>> dirtyShift;
  }

  private boolean isDirty(int key) {
    int slot = dirtySlot(key);
    return (dirtyBits[slot >>> 6] & (1L << slot)) != 0 && Arrays.binarySearch(dirty, key) >= 0;
  }

  @Override
  public int[] candidates(int contained, int[] sample) {
    if (reusable == null || !reusable[contained]) {
      return null;
    }
    for (int key : sample) {
      if (isDirty(key)) {
        return null;
      }
    }
    // The stored pairs of this page: sorted by (contained, container), so a run of the array.
    int from = Arrays.binarySearch(pairs, LshIndex.pack(contained, 0));
    from = from < 0 ? -from - 1 : from;
    int to = from;
    while (to < pairs.length && LshIndex.first(pairs[to]) == contained) {
      to++;
    }
    int[] out = new int[to - from];
    for (int i = from; i < to; i++) {
      out[i - from] = LshIndex.second(pairs[i]);
    }
    candidatesTaken.incrementAndGet();
    return out;
  }

  /** How many pages' candidate lists tonight's containment took from the last run. */
  int candidatesTaken() {
    return candidatesTaken.get();
  }

  /** How many stored intersections tonight's containment took. */
  int taken() {
    int n = 0;
    for (int i = 0; i < used.length(); i++) {
      n += used.get(i);
    }
    return n;
  }

  /** The sizes of tonight's candidate pairs: the stored ones taken, and those computed tonight. */
  List<PairIntersection> kept() {
    List<PairIntersection> out = new ArrayList<>(pairs.length + computed.size());
    for (int i = 0; i < pairs.length; i++) {
      if (used.get(i) == 1) {
        out.add(intersection(pairs[i], sizes[i]));
      }
    }
    computed.forEach((p, s) -> out.add(intersection(p, s)));
    return out;
  }

  private PairIntersection intersection(long pair, int size) {
    return new PairIntersection(ids[LshIndex.first(pair)], ids[LshIndex.second(pair)], size);
  }
}
