package org.dupscan.spark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.dupscan.cli.ScanArguments;
import org.dupscan.corpus.DocumentSink;
import org.dupscan.corpus.FolderReader;
import org.dupscan.corpus.PendingDocument;
import org.dupscan.corpus.SkippedInput;
import org.dupscan.corpus.SourceDocument;
import org.dupscan.detect.BoilerplateMiner;
import org.dupscan.engine.AnalyzedPage;
import org.dupscan.engine.PageAnalyzer;
import org.dupscan.engine.ScanEngine;
import org.dupscan.engine.ScanSettings;
import org.dupscan.extract.ExtractException;
import org.dupscan.extract.Page;
import org.dupscan.extract.PageExtractor;

/**
 * The map step: one input file read in a task with the CLI's own reader and extractor. The file is
 * copied from its Hadoop file system to a local folder at its path below its input folder, so that the
 * reader gives its pages the ids, hosts and formats the CLI gives them; a bad page is listed as
 * skipped, as the CLI lists it, and never ends the task.
 */
final class PageReading {

  private PageReading() {}

  static List<ReadItem> read(InputFile file, ScanArguments args, Configuration conf) throws IOException {
    Path tmp = Files.createTempDirectory("dupscan-spark-");
    try {
      org.apache.hadoop.fs.Path source = new org.apache.hadoop.fs.Path(file.path());
      FileSystem fs = source.getFileSystem(conf);
      // The local copy stands in a folder of the input folder's name, as hosts are named after it.
      Path folder = tmp.resolve(file.folder());
      Path root = file.relative() == null ? folder.resolve(source.getName()) : folder;
      Path local = file.relative() == null ? root : root.resolve(file.relative());
      Files.createDirectories(local.getParent());
      try (InputStream in = fs.open(source)) {
        Files.copy(in, local);
      }
      ScanSettings settings = args.settings(List.of(root), 1);
      PageAnalyzer analyzer = new PageAnalyzer(settings.hashing().shingleHasher());
      FolderReader reader = new FolderReader(List.of(root), settings.reader());
      String localRoot = root.toString();
      String shownRoot = file.relative() == null ? file.input() : file.input().replaceAll("/+$", "");
      String fileId = file.relative() == null ? source.getName() : file.relative();
      List<ReadItem> out = new ArrayList<>();
      final class Sink implements DocumentSink {
        /** Set while the file's records are read: they come after every page file in the CLI. */
        long phase;
        long sequence;

        @Override
        public void document(PendingDocument document) {
          long order = phase | ((long) file.number() << 32) | sequence++;
          out.add(process(document, order, analyzer, origin(document.origin(), localRoot, shownRoot),
              phase == 0 ? fileId : null));
        }

        @Override
        public void skipped(SkippedInput s) {
          String shown = origin(s.source(), localRoot, shownRoot);
          if (phase == 0 && s.reason().startsWith(FolderReader.OVER_SIZE_CAP)) {
            // The task's one page file, skipped after it claimed its id (FolderReader.OVER_SIZE_CAP).
            out.add(skip(phase | ((long) file.number() << 32) | sequence, null, shown, s.reason(), null,
                fileId));
          } else {
            out.add(ReadItem.skipped(shown, s.reason()));
          }
        }
      }
      Sink sink = new Sink();
      List<FolderReader.Container> containers = reader.readPages(sink);
      sink.phase = ReadItem.RECORDS;
      for (FolderReader.Container c : containers) {
        c.read(sink);
      }
      return out;
    } finally {
      try (Stream<Path> walk = Files.walk(tmp)) {
        walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** An origin as the CLI names it: below the input as written rather than the local copy. */
  private static String origin(String origin, String localRoot, String shownRoot) {
    return origin != null && origin.startsWith(localRoot)
        ? shownRoot + origin.substring(localRoot.length()) : origin;
  }

  /** Loads and extracts one document as the CLI's scan does (ScanEngine's reading step). */
  private static ReadItem process(PendingDocument document, long order, PageAnalyzer analyzer,
      String origin, String fileId) {
    String key = document.id();
    Instant captured = document.captured();
    try {
      SourceDocument doc = document.load();
      Page page = PageExtractor.extract(doc);
      long chars = ScanEngine.textChars(page);
      if (chars > ScanEngine.MAX_PAGE_TEXT_CHARS) {
        return skip(order, captured, origin, "page text over " + ScanEngine.MAX_PAGE_TEXT_CHARS
            + " characters (" + chars + ")", key, fileId);
      }
      AnalyzedPage a = analyzer.analyze(page);
      if (a.words().length == 0) {
        return skip(order, captured, origin, "no words", key, fileId);
      }
      Set<Long> minable = new LinkedHashSet<>();
      for (int b = 0; b < page.blocks().size(); b++) {
        if (BoilerplateMiner.minable(a.blockWords(b), page.blocks().get(b).text())) {
          minable.add(a.blockFingerprints()[b]);
        }
      }
      return new ReadItem(page, order, captured, minable.stream().mapToLong(Long::longValue).toArray(),
          origin, null, key, fileId);
    } catch (IOException e) {
      return skip(order, captured, origin, "unreadable: " + FolderReader.describe(e), key, fileId);
    } catch (ExtractException e) {
      return skip(order, captured, origin, e.getMessage(), key, fileId);
    } catch (StackOverflowError e) {
      return skip(order, captured, origin, "markup nested too deeply", key, fileId);
    } catch (RuntimeException e) {
      return skip(order, captured, origin, "cannot process: " + e, key, fileId);
    }
  }

  /**
   * A document that could not be scanned, with its capture facts and ids: it still takes part in
   * choosing the capture of its URL that counts, as in the CLI, which chooses before loading.
   */
  private static ReadItem skip(long order, Instant captured, String origin, String reason, String key,
      String fileId) {
    return new ReadItem(null, order, captured, null, origin, reason, key, fileId);
  }
}
