package org.dupscan.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * Writes a generated corpus as a folder of .txt pages, without ground truth or timing, for scanning
 * with the CLI at sizes where the ground truth would not fit (a million pages: about 5 minutes and
 * 4 GB of files here):
 * <pre>
 *   java -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
 *       org.dupscan.bench.WriteCorpus 1000000 /tmp/corpus-1m [seed]
 *   java -Xmx2g -jar target/dupscan.jar scan /tmp/corpus-1m --out /tmp/reports-1m
 * </pre>
 */
public final class WriteCorpus {

  private WriteCorpus() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: WriteCorpus PAGES DIR [SEED]");
      System.exit(2);
    }
    int pages = Integer.parseInt(args[0]);
    Path dir = Path.of(args[1]);
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 1L;
    long t0 = System.nanoTime();
    CorpusGenerator generator = new CorpusGenerator(CorpusGenerator.Settings.of(pages, seed),
        Models.standard());
    List<CorpusGenerator.InjectedPair> injected = generator.writeFolder(dir);
    System.out.printf("%d pages, %d injected copies, written to %s in %.0f s%n", pages, injected.size(),
        dir, (System.nanoTime() - t0) / 1e9);
  }
}
