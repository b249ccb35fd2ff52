package org.dupscan.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dupscan.engine.ScanEngine;
import org.dupscan.engine.ScanResult;
import org.dupscan.engine.ScanSettings;

/**
 * The same scan run several times in one JVM, to time the engine without JIT warm-up: the cold end to
 * end run is dominated by compilation at 100k pages, and hides per-page savings. Prints the median and
 * minimum of the second half of the runs, and the median of each phase:
 * <pre>
 *   java -Xmx2g -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
 *       org.dupscan.bench.WarmScan DIR [RUNS] [THREADS]
 * </pre>
 * Compare two builds by running each in turn, several times: one run on this machine can differ from
 * the next by 10%.
 */
public final class WarmScan {

  private WarmScan() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: WarmScan DIR [RUNS] [THREADS]");
      System.exit(2);
    }
    Path dir = Path.of(args[0]);
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 8;
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : 1;
    List<Long> totals = new ArrayList<>();
    long pages = 0;
    long bytes = 0;
    Map<String, List<Long>> phases = new TreeMap<>();
    for (int r = 0; r < runs; r++) {
      ScanSettings settings = ScanSettings.defaults(List.of(dir)).withThreads(threads);
      long t0 = System.nanoTime();
      ScanResult result = new ScanEngine(settings).scan();
      long ms = (System.nanoTime() - t0) / 1_000_000;
      pages = result.pages().size();
      bytes = result.bytesRead();
      if (r >= runs / 2) {
        totals.add(ms);
        result.timings().forEach((k, v) -> phases.computeIfAbsent(k, x -> new ArrayList<>())
            .add(((Number) v).longValue()));
      }
      System.gc();
    }
    Collections.sort(totals);
    StringBuilder sb = new StringBuilder("warm scan ms: median " + totals.get(totals.size() / 2)
        + ", min " + totals.get(0) + "; " + pages + " pages, " + bytes + " bytes read, "
        + String.format(java.util.Locale.ROOT, "%.1f MB/s, %.0f pages/s at the median",
            bytes / 1e6 / (totals.get(totals.size() / 2) / 1000.0), pages / (totals.get(totals.size() / 2) / 1000.0)));
    phases.forEach((k, v) -> {
      Collections.sort(v);
      sb.append("; ").append(k).append(' ').append(v.get(v.size() / 2));
    });
    System.out.println(sb);
  }
}
