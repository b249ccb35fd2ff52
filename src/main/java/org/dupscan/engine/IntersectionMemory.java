package org.dupscan.engine;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
