package org.dupscan.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.dupscan.corpus.Format;
import org.dupscan.corpus.SourceDocument;
import org.dupscan.detect.CaptionDetector;
import org.dupscan.detect.ShallowBoilerplate;
import org.dupscan.detect.TextQuality;
import org.dupscan.detect.TitleFacts;
import org.dupscan.engine.PageAnalyzer;
import org.dupscan.extract.Page;
import org.dupscan.extract.PageExtractor;
import org.dupscan.text.HashSeed;
import org.dupscan.text.PageWords;
import org.dupscan.text.ShingleHasher;

/**
 * What each per-page stage of the read phase costs, in microseconds of one core's CPU time per page:
 * the first N text pages of a folder are held in memory and run through extraction, tokenising,
 * analysis and the per-page detectors, one stage at a time over all pages, one thread, for ROUNDS
 * rounds (default 10); the median of the second half of the rounds is printed (the first half warms
 * the JIT). Timed with the thread's CPU time, not the wall clock, so that the figures hold on a shared
 * machine:
 * <pre>
 *   java -Xmx2g -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
 *       org.dupscan.bench.PageStages DIR [PAGES [ROUNDS]]
 * </pre>
 */
public final class PageStages {

  private static final String[] STAGES =
      {"extract", "tokenize", "analyze", "titleFacts", "captions", "shallow", "textQuality"};

  private PageStages() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: PageStages DIR [PAGES [ROUNDS]]");
      System.exit(2);
    }
    int limit = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
    List<byte[]> docs = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of(args[0]))) {
      for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile).sorted().limit(limit)::iterator) {
        docs.add(Files.readAllBytes(p));
      }
    }
    PageAnalyzer analyzer = new PageAnalyzer(
        new ShingleHasher(ShingleHasher.DEFAULT_SHINGLE_SIZE, HashSeed.DEFAULT));
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    int n = docs.size();
    Page[] pages = new Page[n];
    PageWords[] words = new PageWords[n];
    TitleFacts[] titles = new TitleFacts[n];
    double[][] us = new double[STAGES.length][rounds];
    long sink = 0;
    for (int round = 0; round < rounds; round++) {
      long[] at = new long[STAGES.length + 1];
      at[0] = cpu.getCurrentThreadCpuTime();
      for (int i = 0; i < n; i++) {
        pages[i] = PageExtractor.extract(new SourceDocument("p" + i, "p" + i, "h", "p" + i, Format.TEXT,
            docs.get(i), null));
      }
      at[1] = cpu.getCurrentThreadCpuTime();
      for (int i = 0; i < n; i++) {
        words[i] = analyzer.tokenize(pages[i]);
      }
      at[2] = cpu.getCurrentThreadCpuTime();
      for (int i = 0; i < n; i++) {
        sink += analyzer.analyze(pages[i], words[i]).blockCount();
      }
      at[3] = cpu.getCurrentThreadCpuTime();
      for (int i = 0; i < n; i++) {
        titles[i] = TitleFacts.of(pages[i], words[i]);
      }
      at[4] = cpu.getCurrentThreadCpuTime();
      for (int i = 0; i < n; i++) {
        sink += CaptionDetector.candidates(pages[i], words[i], titles[i]).size();
      }
      at[5] = cpu.getCurrentThreadCpuTime();
      for (int i = 0; i < n; i++) {
        sink += ShallowBoilerplate.mark(pages[i].blocks(), words[i]).length;
      }
      at[6] = cpu.getCurrentThreadCpuTime();
      for (int i = 0; i < n; i++) {
        sink += TextQuality.measure(pages[i], words[i], TextQuality.DEFAULT_RESTATED_SHARE, false).words();
      }
      at[7] = cpu.getCurrentThreadCpuTime();
      for (int s = 0; s < STAGES.length; s++) {
        us[s][round] = (at[s + 1] - at[s]) / 1000.0 / n;
      }
    }
    StringBuilder sb = new StringBuilder("CPU us/page (median of rounds " + (rounds / 2) + ".."
        + (rounds - 1) + "):");
    double total = 0;
    for (int s = 0; s < STAGES.length; s++) {
      double[] warm = Arrays.copyOfRange(us[s], rounds / 2, rounds);
      Arrays.sort(warm);
      total += warm[warm.length / 2];
      sb.append(String.format(" %s %.1f", STAGES[s], warm[warm.length / 2]));
    }
    System.out.println(sb.append(String.format(" | total %.1f", total)));
    System.out.println("(checksum " + sink + ")");
  }
}
