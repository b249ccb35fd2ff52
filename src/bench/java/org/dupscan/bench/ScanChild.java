package org.dupscan.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.dupscan.corpus.DocumentSink;
import org.dupscan.corpus.FolderReader;
import org.dupscan.corpus.PendingDocument;
import org.dupscan.corpus.SkippedInput;
import org.dupscan.corpus.SourceDocument;
import org.dupscan.detect.NearDuplicateFinder;
import org.dupscan.engine.PageSummary;
import org.dupscan.engine.ScanEngine;
import org.dupscan.engine.ScanResult;
import org.dupscan.engine.ScanSettings;
import org.dupscan.report.ScanReports;
import org.dupscan.text.TextNormalizer;
import org.dupscan.text.WordTokenizer;

/**
 * One measured run in a fresh JVM, so that its peak RSS is its own. Started by {@link EndToEnd}:
 *
 * <ul>
 *   <li>{@code floor DIR THREADS}: the floor, to merely read every page and tokenize it (UTF-8 decode,
 *       then WordTokenizer's table-driven count; TextNormalizer only for non-ASCII text), with the
 *       engine's reader, thread count and hand-off.</li>
 *   <li>{@code scan DIR THREADS PAIRS_OUT}: the full scan, ScanEngine with default settings, and its
 *       reports, as the CLI writes them (timed together, and each on its own); then writes the listed
 *       pairs as {@code idA,idB,similarity} for the recall check.</li>
 * </ul>
 */
public final class ScanChild {

  private ScanChild() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[1]);
    int threads = Integer.parseInt(args[2]);
    switch (args[0]) {
      case "floor" -> floor(dir, threads);
      case "scan" -> scan(dir, threads, Path.of(args[3]));
      default -> throw new IllegalArgumentException("mode must be floor or scan but was " + args[0]);
    }
  }

  private static void scan(Path dir, int threads, Path pairsOut) throws IOException {
    ScanSettings settings = ScanSettings.defaults(List.of(dir)).withThreads(threads);
    long t0 = System.nanoTime();
    ScanResult r = new ScanEngine(settings).scan();
    long engineMs = (System.nanoTime() - t0) / 1_000_000;
    // The reports are part of the scan a user waits for: written (to a folder deleted afterwards)
    // inside the timed run, as the CLI writes them.
    Path reports = Files.createTempDirectory(pairsOut.toAbsolutePath().getParent(), "reports-");
    long t1 = System.nanoTime();
    ScanReports.write(r, reports);
    long reportsMs = (System.nanoTime() - t1) / 1_000_000;
    long ms = (System.nanoTime() - t0) / 1_000_000;
    try (var files = Files.list(reports)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Files.delete(f);
      }
    }
    Files.delete(reports);
    List<PageSummary> pages = r.pages();
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(pairsOut, StandardCharsets.UTF_8))) {
      for (NearDuplicateFinder.Pair p : r.near().pairs()) {
        out.println(pages.get(p.a()).id() + "," + pages.get(p.b()).id() + "," + p.similarity());
      }
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("ms", ms);
    m.put("engine_ms", engineMs);
    m.put("reports_ms", reportsMs);
    m.put("pages", pages.size());
    m.put("bytes", r.bytesRead());
    m.put("skipped", r.skipped().size());
    m.put("candidates", r.near().candidates());
    m.put("verified", r.near().verified());
    m.put("pairs", r.near().pairs().size());
    m.put("banding", r.banding().bands() + "x" + r.banding().rows());
    r.timings().forEach(m::put);
    Measured.print(m);
  }

  /**
   * The words of a page, counted as cheaply as the engine's tokenizer allows: ASCII text needs no
   * normalising to be split (lower-casing moves no boundary), other text is normalised first.
   */
  private static int countWords(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return WordTokenizer.count(TextNormalizer.normalize(text));
      }
    }
    return WordTokenizer.count(text);
  }

  private static void floor(Path dir, int threads) throws IOException, InterruptedException {
    long t0 = System.nanoTime();
    AtomicLong pages = new AtomicLong();
    AtomicLong bytes = new AtomicLong();
    AtomicLong words = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    Semaphore inFlight = new Semaphore(threads * 4);
    new FolderReader(List.of(dir), null, FolderReader.DEFAULT_MAX_PAGE_BYTES).read(new DocumentSink() {
      @Override
      public void document(PendingDocument document) {
        inFlight.acquireUninterruptibly();
        pool.execute(() -> {
          try {
            SourceDocument d = document.load();
            String text = new String(d.content(), StandardCharsets.UTF_8);
            words.addAndGet(countWords(text));
            pages.incrementAndGet();
            bytes.addAndGet(d.content().length);
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          } finally {
            inFlight.release();
          }
        });
      }

      @Override
      public void skipped(SkippedInput s) {}
    });
    pool.shutdown();
    pool.awaitTermination(1, TimeUnit.DAYS);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("ms", (System.nanoTime() - t0) / 1_000_000);
    m.put("pages", pages.get());
    m.put("bytes", bytes.get());
    m.put("words", words.get());
    Measured.print(m);
  }
}
