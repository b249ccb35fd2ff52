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
import org.dupscan.detect.SpunVariants;
import org.dupscan.engine.PageAnalyzer;
import org.dupscan.extract.Page;
import org.dupscan.extract.PageExtractor;
import org.dupscan.text.HashSeed;
import org.dupscan.text.PageWords;
import org.dupscan.text.ShingleHasher;

/**
 * What the spun-variant search costs apart from the rest of a scan, in CPU time of one thread (so
 * that the figures hold on a shared machine): the text pages of the given folders (each folder one
 * host) are held in memory, extracted and tokenised once; then per round the per-page facts
 * ({@link SpunVariants#of}) of every page and the join ({@link SpunVariants#find}, no duplicate
 * groups) over them. Medians of the second half of the rounds (the first half warms the JIT):
 * <pre>
 *   java -Xmx3g -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
 *       org.dupscan.bench.SpunParts ROUNDS DIR...
 * </pre>
 */
public final class SpunParts {

  private SpunParts() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: SpunParts ROUNDS DIR...");
      System.exit(2);
    }
    int rounds = Integer.parseInt(args[0]);
    PageAnalyzer analyzer = new PageAnalyzer(
        new ShingleHasher(ShingleHasher.DEFAULT_SHINGLE_SIZE, HashSeed.DEFAULT));
    List<Page> pages = new ArrayList<>();
    List<PageWords> words = new ArrayList<>();
    List<Integer> hosts = new ArrayList<>();
    for (int d = 1; d < args.length; d++) {
      try (Stream<Path> files = Files.walk(Path.of(args[d]))) {
        for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
          String id = p.toString();
          Page page = PageExtractor.extract(new SourceDocument(id, id, "h" + d, id, Format.TEXT,
              Files.readAllBytes(p), null));
          pages.add(page);
          words.add(analyzer.tokenize(page));
          hosts.add(d);
        }
      }
    }
    int n = pages.size();
    int[] host = hosts.stream().mapToInt(Integer::intValue).toArray();
    int[] sameGroup = new int[n];
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    double[] of = new double[rounds];
    double[] find = new double[rounds];
    long sink = 0;
    for (int r = 0; r < rounds; r++) {
      long t0 = cpu.getCurrentThreadCpuTime();
      List<SpunVariants.Facts> facts = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        facts.add(SpunVariants.of(pages.get(i), words.get(i)));
      }
      long t1 = cpu.getCurrentThreadCpuTime();
      SpunVariants.Result res = SpunVariants.find(facts, sameGroup, host,
          SpunVariants.DEFAULT_THRESHOLD, SpunVariants.SAME_HOST_THRESHOLD);
      long t2 = cpu.getCurrentThreadCpuTime();
      sink += res.pairs().size() + res.candidates();
      of[r] = (t1 - t0) / 1e6;
      find[r] = (t2 - t1) / 1e6;
      System.out.printf("round %d: of %.0f ms, find %.0f ms (pairs %d, candidates %d)%n", r, of[r],
          find[r], res.pairs().size(), res.candidates());
    }
    System.out.printf("%d pages; CPU ms, median of rounds %d..%d: of %.0f, find %.0f (checksum %d)%n",
        n, rounds / 2, rounds - 1, median(of, rounds / 2), median(find, rounds / 2), sink);
  }

  private static double median(double[] v, int from) {
    double[] w = Arrays.copyOfRange(v, from, v.length);
    Arrays.sort(w);
    return w[w.length / 2];
  }
}
