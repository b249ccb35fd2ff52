package org.dupscan.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * Writes a .warc.gz of synthetic HTML pages with jwarc, for measuring read throughput (not a test):
 * <pre>
 *   mvn -B -q -DskipTests clean package &amp;&amp; mvn -B -q test-compile
 *   java -cp target/classes:target/test-classes:$HOME/.m2/repository/org/netpreserve/jwarc/0.36.0/jwarc-0.36.0.jar \
 *       org.dupscan.corpus.WarcBench /tmp/bench.warc.gz 5000
 *   java -jar target/dupscan.jar scan /tmp/bench.warc.gz --out /tmp/bench-out   # see run.csv
 * </pre>
 * Each page is a templated article (header, nav, footer) of about 600 words drawn from a seeded
 * Zipf-like vocabulary, so pages are distinct but share their template, as a site's pages do.
 */
public final class WarcBench {

  private WarcBench() {}

  /**
   * Reads {@code file} on one thread, with jsoup extraction when asked, 3 times, printing payload MB/s
   * each time (the median of the three is the figure to quote).
   */
  static void read(Path file, boolean extract) throws Exception {
    for (int run = 0; run < 3; run++) {
      long[] bytes = {0};
      int[] pages = {0};
      long t0 = System.nanoTime();
      new FolderReader(java.util.List.of(file), ReaderSettings.defaults()).read(new DocumentSink() {
        @Override
        public void document(PendingDocument d) {
          try {
            SourceDocument doc = d.load();
            bytes[0] += doc.content().length;
            pages[0]++;
            if (extract) {
              org.dupscan.extract.PageExtractor.extract(doc);
            }
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        }

        @Override
        public void skipped(SkippedInput s) {}
      });
      double s = (System.nanoTime() - t0) / 1e9;
      System.out.printf(java.util.Locale.ROOT, "%s: %d pages, %.1f MB payload (%.1f MB file) in %.2f s: "
          + "%.1f MB/s payload, %.1f MB/s file%n", extract ? "read+jsoup" : "read", pages[0], bytes[0] / 1e6,
          java.nio.file.Files.size(file) / 1e6, s, bytes[0] / 1e6 / s, java.nio.file.Files.size(file) / 1e6 / s);
    }
  }

  public static void main(String[] args) throws Exception {
    if (args[0].equals("read")) {
      read(Path.of(args[1]), args.length > 2 && args[2].equals("extract"));
      return;
    }
    Path out = Path.of(args[0]);
    int pages = Integer.parseInt(args[1]);
    SplittableRandom random = new SplittableRandom(20261122L);
    String[] vocab = new String[5000];
    for (int i = 0; i < vocab.length; i++) {
      StringBuilder w = new StringBuilder();
      int len = 2 + random.nextInt(9);
      for (int k = 0; k < len; k++) {
        w.append((char) ('a' + random.nextInt(26)));
      }
      vocab[i] = w.toString();
    }
    Instant date = Instant.parse("2026-06-01T00:00:00Z");
    try (TestWarcs w = new TestWarcs(out, true)) {
      w.warcinfo();
      for (int p = 0; p < pages; p++) {
        StringBuilder h = new StringBuilder(8192);
        h.append("<!doctype html><html><head><meta charset=\"utf-8\"><title>Page ").append(p)
            .append(" of the bench site</title></head><body><header><nav><a href=\"/\">Home</a> "
                + "<a href=\"/about\">About</a> <a href=\"/blog\">Blog</a></nav></header><article><h1>Page ")
            .append(p).append("</h1>");
        for (int para = 0; para < 12; para++) {
          h.append("<p>");
          for (int k = 0; k < 50; k++) {
            // Zipf-like: squaring a uniform variate favours low ranks.
            double u = random.nextDouble();
            h.append(vocab[(int) (u * u * vocab.length)]).append(k % 12 == 11 ? ". " : " ");
          }
          h.append("</p>\n");
        }
        h.append("</article><footer>&copy; 2026 Bench site. All rights reserved.</footer></body></html>");
        w.html("https://bench.example/page/" + p, date.plusSeconds(p), h.toString());
      }
    }
  }
}
