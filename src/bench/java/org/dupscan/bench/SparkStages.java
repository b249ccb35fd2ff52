package org.dupscan.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.executor.TaskMetrics;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.StageInfo;
import org.apache.spark.sql.SparkSession;
import org.dupscan.spark.SparkScan;

/**
 * Where the Spark job's time and shuffle go: runs {@link SparkScan} in {@code local[THREADS]} with
 * PARTITIONS shuffle partitions over the given inputs, with a {@link SparkListener} that records every
 * completed stage (its call site, tasks, summed task run time, executor CPU time, shuffle bytes and
 * records read and written, input records, spill), then prints one row per call site (stages of one
 * call site summed; a call site runs again when a later job recomputes it) and the totals per page.
 * Stages Spark skips (their shuffle output already there) never complete and are not counted.
 * <pre>
 *   SPARK_LOCAL_IP=127.0.0.1 java -Xmx2g -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
 *       org.dupscan.bench.SparkStages THREADS PARTITIONS INPUT... --out DIR [scan options]
 * </pre>
 * Metrics are Spark's own ({@code TaskMetrics}, summed over a stage's tasks): task time is
 * {@code executorRunTime}, CPU time {@code executorCpuTime} plus deserialisation CPU.
 */
public final class SparkStages {

  private SparkStages() {}

  /** One completed stage's figures. */
  private record StageRow(int id, String name, int tasks, long wallMs, long runMs, long cpuNs,
      long shuffleRead, long shuffleReadRecords, long shuffleWrite, long shuffleWriteRecords,
      long inputRecords, long spillBytes, long gcMs) {

    static StageRow of(StageInfo s) {
      TaskMetrics m = s.taskMetrics();
      long wall = s.submissionTime().isDefined() && s.completionTime().isDefined()
          ? (Long) s.completionTime().get() - (Long) s.submissionTime().get() : 0;
      return new StageRow(s.stageId(), s.name(), s.numTasks(), wall, m.executorRunTime(),
          m.executorCpuTime() + m.executorDeserializeCpuTime(),
          m.shuffleReadMetrics().totalBytesRead(), m.shuffleReadMetrics().recordsRead(),
          m.shuffleWriteMetrics().bytesWritten(), m.shuffleWriteMetrics().recordsWritten(),
          m.inputMetrics().recordsRead(), m.memoryBytesSpilled() + m.diskBytesSpilled(),
          m.jvmGCTime());
    }
  }

  /** Per call site: the sum of its stages. */
  private static final class Site {
    int stages;
    int tasks;
    long wallMs;
    long runMs;
    long cpuNs;
    long shuffleRead;
    long shuffleReadRecords;
    long shuffleWrite;
    long shuffleWriteRecords;
    long spillBytes;
    long gcMs;
    int firstStage = Integer.MAX_VALUE;

    void add(StageRow r) {
      stages++;
      tasks += r.tasks();
      wallMs += r.wallMs();
      runMs += r.runMs();
      cpuNs += r.cpuNs();
      shuffleRead += r.shuffleRead();
      shuffleReadRecords += r.shuffleReadRecords();
      shuffleWrite += r.shuffleWrite();
      shuffleWriteRecords += r.shuffleWriteRecords();
      spillBytes += r.spillBytes();
      gcMs += r.gcMs();
      firstStage = Math.min(firstStage, r.id());
    }
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 4) {
      System.err.println("usage: SparkStages THREADS PARTITIONS INPUT... --out DIR [scan options]");
      System.exit(2);
    }
    int threads = Integer.parseInt(args[0]);
    int partitions = Integer.parseInt(args[1]);
    String[] scanArgs = java.util.Arrays.copyOfRange(args, 2, args.length);
    ConcurrentLinkedQueue<StageRow> rows = new ConcurrentLinkedQueue<>();
    AtomicInteger jobs = new AtomicInteger();
    long t0 = System.nanoTime();
    SparkSession spark = SparkSession.builder()
        .master("local[" + threads + "]")
        .appName("dupscan-bench-spark-stages")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.ui.enabled", "false")
        .config(SparkScan.PARTITIONS, String.valueOf(partitions))
        .getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    spark.sparkContext().addSparkListener(new SparkListener() {
      @Override
      public void onJobStart(SparkListenerJobStart jobStart) {
        jobs.incrementAndGet();
      }

      @Override
      public void onStageCompleted(SparkListenerStageCompleted done) {
        rows.add(StageRow.of(done.stageInfo()));
      }
    });
    long t1 = System.nanoTime();
    try {
      SparkScan.run(JavaSparkContext.fromSparkContext(spark.sparkContext()), scanArgs);
    } finally {
      spark.stop(); // drains the listener bus, so every completed stage is in rows
    }
    long t2 = System.nanoTime();
    print(System.out, new ArrayList<>(rows), jobs.get(), pagesRead(scanArgs), threads, partitions,
        (t1 - t0) / 1e9, (t2 - t1) / 1e9);
  }

  /** pages_read from the run.csv the scan wrote (--out must be a local folder). */
  private static long pagesRead(String[] scanArgs) throws java.io.IOException {
    for (int i = 0; i + 1 < scanArgs.length; i++) {
      if (scanArgs[i].equals("--out")) {
        java.net.URI uri = java.net.URI.create(scanArgs[i + 1]);
        java.nio.file.Path dir = uri.getScheme() == null ? java.nio.file.Path.of(scanArgs[i + 1])
            : java.nio.file.Path.of(uri);
        for (String line : java.nio.file.Files.readAllLines(dir.resolve("run.csv"))) {
          if (line.startsWith("pages_read,")) {
            return Long.parseLong(line.substring("pages_read,".length()));
          }
        }
      }
    }
    return 0;
  }

  private static void print(PrintStream out, List<StageRow> rows, int jobs, long pages, int threads,
      int partitions, double startSeconds, double runSeconds) {
    Map<String, Site> sites = new LinkedHashMap<>();
    rows.sort((a, b) -> Integer.compare(a.id(), b.id()));
    Site total = new Site();
    for (StageRow r : rows) {
      sites.computeIfAbsent(r.name(), k -> new Site()).add(r);
      total.add(r);
    }
    List<Map.Entry<String, Site>> ordered = new ArrayList<>(sites.entrySet());
    ordered.sort((a, b) -> Long.compare(b.getValue().runMs, a.getValue().runMs));
    out.printf(Locale.ROOT, "local[%d], %d partitions: %d pages, %d jobs, %d stages completed, "
        + "session start %.1f s, scan %.1f s wall%n", threads, partitions, pages, jobs, rows.size(),
        startSeconds, runSeconds);
    out.println("| call site | stages | tasks | task time s | CPU s | shuffle write KB | write records "
        + "| shuffle read KB | read records | spill KB | GC s |");
    out.println("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|");
    for (Map.Entry<String, Site> e : ordered) {
      row(out, e.getKey(), e.getValue());
    }
    row(out, "**all**", total);
    // The same by source file: each of org.dupscan.spark's classes is one step or a few (docs/spark.md).
    Map<String, Site> files = new LinkedHashMap<>();
    for (StageRow r : rows) {
      int at = r.name().indexOf(" at ");
      String site = at < 0 ? r.name() : r.name().substring(at + 4);
      int colon = site.lastIndexOf(':');
      String file = colon < 0 ? site : site.substring(0, colon);
      files.computeIfAbsent(file, k -> new Site()).add(r);
    }
    List<Map.Entry<String, Site>> byFile = new ArrayList<>(files.entrySet());
    byFile.sort((a, b) -> Long.compare(b.getValue().runMs, a.getValue().runMs));
    out.println();
    out.println("| file | stages | tasks | task time s | CPU s | shuffle write KB | write records "
        + "| shuffle read KB | read records | spill KB | GC s |");
    out.println("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|");
    for (Map.Entry<String, Site> e : byFile) {
      row(out, e.getKey(), e.getValue());
    }
    double p = Math.max(1, pages);
    out.printf(Locale.ROOT, "per page: task time %.2f ms, executor CPU %.2f ms, shuffle write %.1f KB "
        + "(%.1f records), shuffle read %.1f KB; task time / wall %.2f%n",
        total.runMs / p, total.cpuNs / 1e6 / p, total.shuffleWrite / 1024.0 / p,
        total.shuffleWriteRecords / p, total.shuffleRead / 1024.0 / p, total.runMs / 1000.0 / runSeconds);
  }

  private static void row(PrintStream out, String name, Site s) {
    out.printf(Locale.ROOT, "| %s | %d | %d | %.2f | %.2f | %.1f | %d | %.1f | %d | %.1f | %.2f |%n",
        name, s.stages, s.tasks, s.runMs / 1000.0, s.cpuNs / 1e9, s.shuffleWrite / 1024.0,
        s.shuffleWriteRecords, s.shuffleRead / 1024.0, s.shuffleReadRecords, s.spillBytes / 1024.0,
        s.gcMs / 1000.0);
  }
}
