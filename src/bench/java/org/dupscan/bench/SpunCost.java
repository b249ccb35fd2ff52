package org.dupscan.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.dupscan.engine.ScanEngine;
import org.dupscan.engine.ScanSettings;
import org.dupscan.pipeline.SpunStage;
import org.dupscan.pipeline.Stage;
import org.dupscan.pipeline.Stages;

/**
 * The cost of the spun-variant stage: the same scan with the standard stages and without
 * {@link SpunStage}, alternated in one JVM (warm), medians of the second half of the runs.
 * <pre>
 *   java -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
 *       org.dupscan.bench.SpunCost INPUT [RUNS] [THREADS]
 * </pre>
 */
public final class SpunCost {

  private SpunCost() {}

  public static void main(String[] args) throws Exception {
    Path in = Path.of(args[0]);
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 8;
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : 1;
    List<Stage> with = Stages.withSpunVariants();
    List<Stage> without = new ArrayList<>(with);
    without.removeIf(s -> s instanceof SpunStage);
    List<Long> a = new ArrayList<>();
    List<Long> b = new ArrayList<>();
    for (int r = 0; r < runs; r++) {
      for (boolean spun : new boolean[] {true, false}) {
        ScanSettings settings = ScanSettings.defaults(List.of(in)).withThreads(threads);
        long t0 = System.nanoTime();
        new ScanEngine(settings, spun ? with : without).scan();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        if (r >= runs / 2) {
          (spun ? a : b).add(ms);
        }
        System.gc();
      }
    }
    Collections.sort(a);
    Collections.sort(b);
    long ma = a.get(a.size() / 2);
    long mb = b.get(b.size() / 2);
    System.out.printf("scan ms, median of %d warm runs: with spun %d, without %d, ratio %.3f%n",
        a.size(), ma, mb, (double) ma / mb);
  }
}
