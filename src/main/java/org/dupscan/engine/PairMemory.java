package org.dupscan.engine;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.dupscan.detect.NearDuplicateFinder;
import org.dupscan.lsh.LshIndex;

/**
 * The exact similarities a scan may take from its history instead of comparing shingle sets again:
 * those stored for two pages whose content is the one their stored signature was made for (held
 * pages whose kept blocks did not change), since equal sets give equal similarities. Collects the
 * similarities computed tonight, and gives back all that hold for the pages as they now are, for the
 * history to keep.
 */
final class PairMemory implements NearDuplicateFinder.Similarities {

  /** Pages in scan order (by id). */
  private final String[] ids;
  /** Stored pairs of two unchanged pages, packed and sorted, and their similarities. */
  private final long[] pairs;
  private final double[] sims;
  private final ConcurrentHashMap<Long, Double> computed = new ConcurrentHashMap<>();

  private PairMemory(String[] ids, long[] pairs, double[] sims) {
    this.ids = ids;
    this.pairs = pairs;
    this.sims = sims;
  }

  /**
   * The stored similarities of {@code history} that hold tonight: of pairs of pages both
   * {@code unchanged} (in scan order, by id).
   */
  static PairMemory of(PageHistory history, String[] ids, boolean[] unchanged) throws IOException {
    long[][] holder = {new long[1024]};
    double[][] simHolder = {new double[1024]};
    int[] size = {0};
    history.similarities(p -> {
      int a = Arrays.binarySearch(ids, p.first());
      int b = Arrays.binarySearch(ids, p.second());
      if (a < 0 || b < 0 || !unchanged[a] || !unchanged[b]) {
        return; // a page gone, changed, or signed again for other kept blocks
      }
      if (size[0] == holder[0].length) {
        holder[0] = Arrays.copyOf(holder[0], size[0] * 2);
        simHolder[0] = Arrays.copyOf(simHolder[0], size[0] * 2);
      }
      holder[0][size[0]] = LshIndex.pack(a, b);
      simHolder[0][size[0]] = p.similarity();
      size[0]++;
    });
    // Sorted by packed pair, similarities alongside.
    long[] keys = holder[0];
    int[] order = PackedPairs.sortedOrder(keys, size[0]);
    long[] pairs = new long[order.length];
    double[] sims = new double[order.length];
    for (int i = 0; i < order.length; i++) {
      pairs[i] = keys[order[i]];
      sims[i] = simHolder[0][order[i]];
    }
    return new PairMemory(ids, pairs, sims);
  }

  @Override
  public double known(int a, int b) {
    int i = Arrays.binarySearch(pairs, LshIndex.pack(a, b));
    return i >= 0 ? sims[i] : Double.NaN;
  }

  @Override
  public void computed(int a, int b, double similarity) {
    computed.put(LshIndex.pack(a, b), similarity);
  }

  /** How many stored similarities hold tonight. */
  int stored() {
    return pairs.length;
  }

  /** Every similarity that holds for the pages as they now are: the stored ones kept, tonight's. */
  List<PairSimilarity> kept() {
    List<PairSimilarity> out = new ArrayList<>(pairs.length + computed.size());
    for (int i = 0; i < pairs.length; i++) {
      out.add(similarity(pairs[i], sims[i]));
    }
    computed.forEach((p, s) -> {
      if (Arrays.binarySearch(pairs, p) < 0) {
        out.add(similarity(p, s));
      }
    });
    return out;
  }

  private PairSimilarity similarity(long pair, double sim) {
    return new PairSimilarity(ids[LshIndex.first(pair)], ids[LshIndex.second(pair)], sim);
  }
}
