package org.dupscan.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dupscan.corpus.Format;
import org.dupscan.corpus.SourceDocument;
import org.dupscan.detect.CaptionDetector;
import org.dupscan.detect.ShallowBoilerplate;
import org.dupscan.detect.TextQuality;
import org.dupscan.detect.TitleFacts;
import org.dupscan.engine.AnalyzedPage;
import org.dupscan.engine.PageAnalyzer;
import org.dupscan.extract.Page;
import org.dupscan.extract.PageExtractor;
import org.dupscan.text.HashSeed;
import org.dupscan.text.PageWords;
import org.dupscan.text.ShingleHasher;

/**
 * What each per-page stage of the read phase costs, in microseconds of one core per page: the first
 * N text pages of a folder are held in memory and run through extraction, tokenising, analysis and the
 * per-page detectors twelve times, one thread; the last four rounds are printed (the first eight warm
 * the JIT):
 * <pre>
 *   java -Xmx2g -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
 *       org.dupscan.bench.PageStages DIR [PAGES]
 * </pre>
 */
public final class PageStages {

  private static final String[] STAGES =
      {"extract", "tokenize", "analyze", "titleFacts", "captions", "shallow", "textQuality"};

  private PageStages() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: PageStages DIR [PAGES]");
      System.exit(2);
    }
    int limit = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
    List<byte[]> docs = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of(args[0]))) {
      for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile).sorted().limit(limit)::iterator) {
        docs.add(Files.readAllBytes(p));
      }
    }
    PageAnalyzer analyzer = new PageAnalyzer(
        new ShingleHasher(ShingleHasher.DEFAULT_SHINGLE_SIZE, HashSeed.DEFAULT));
    int n = docs.size();
    long sink = 0;
    for (int round = 0; round < 12; round++) {
      long[] ns = new long[STAGES.length];
      for (int i = 0; i < n; i++) {
        long t0 = System.nanoTime();
        Page page = PageExtractor.extract(new SourceDocument("p" + i, "p" + i, "h", "p" + i, Format.TEXT,
            docs.get(i), null));
        long t1 = System.nanoTime();
        PageWords words = analyzer.tokenize(page);
        long t2 = System.nanoTime();
        AnalyzedPage analyzed = analyzer.analyze(page, words);
        long t3 = System.nanoTime();
        TitleFacts title = TitleFacts.of(page, words);
        long t4 = System.nanoTime();
        int captions = CaptionDetector.candidates(page, words, title).size();
        long t5 = System.nanoTime();
        boolean[] shallow = ShallowBoilerplate.mark(page.blocks(), words);
        long t6 = System.nanoTime();
        TextQuality.Figures q = TextQuality.measure(page, words, TextQuality.DEFAULT_RESTATED_SHARE, false);
        long t7 = System.nanoTime();
        long[] at = {t0, t1, t2, t3, t4, t5, t6, t7};
        for (int s = 0; s < STAGES.length; s++) {
          ns[s] += at[s + 1] - at[s];
        }
        sink += words.size() + captions + shallow.length + q.words() + analyzed.blockCount();
      }
      if (round >= 8) {
        StringBuilder sb = new StringBuilder("us/page:");
        long total = 0;
        for (int s = 0; s < STAGES.length; s++) {
          sb.append(String.format(" %s %.1f", STAGES[s], ns[s] / 1000.0 / n));
          total += ns[s];
        }
        System.out.println(sb.append(String.format(" | total %.1f", total / 1000.0 / n)));
      }
    }
    System.out.println("(checksum " + sink + ")");
  }
}
