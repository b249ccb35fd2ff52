package org.dupscan.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
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
 * The map step: the input files of one task read with the CLI's own reader and extractor, with one
 * setup for all of them (settings, analyser, reader), file after file. A file of the local file system
 * is read in place; a file of another (HDFS, S3) is first copied to a local temporary folder. The
 * reader is told each file's path below its input folder and the name the CLI gives it, so its pages
 * get the ids, hosts, formats and origins the CLI gives them; a bad page is listed as skipped, as the
 * CLI lists it, and never ends the task.
 *
 * <p>One setup per task, not per file: a task of a folder of page files reads thousands of small
 * files, and a setup (with a temporary folder and a copy) per file cost more CPU than reading them
 * (docs/spark.md, "The read step: one setup a task").
 */
final class PageReading {

  private final Configuration conf;
  private final PageAnalyzer analyzer;
  private final FolderReader reader;

  private PageReading(ScanArguments args, Configuration conf) {
    this.conf = conf;
    // The inputs named here are not used: the reader is given each file (readFile), never walks.
    ScanSettings settings = args.settings(List.of(Path.of(".")), 1);
    this.analyzer = new PageAnalyzer(settings.hashing().shingleHasher());
    this.reader = new FolderReader(List.of(), settings.reader());
  }

  /**
   * The items of {@code files} (one task's files, in reader order), read one file at a time as the
   * iterator is drained, so a task holds one file's items beyond what Spark keeps.
   */
  static Iterator<ReadItem> read(Iterator<InputFile> files, ScanArguments args, Configuration conf) {
    PageReading reading = new PageReading(args, conf);
    return new Iterator<>() {
      private Iterator<ReadItem> current = Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && files.hasNext()) {
          try {
            current = reading.read(files.next()).iterator();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
        return current.hasNext();
      }

      @Override
      public ReadItem next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return current.next();
      }
    };
  }

  /** The items of one file: its page, or its records after it was listed as a crawl file, or skips. */
  List<ReadItem> read(InputFile file) throws IOException {
    org.apache.hadoop.fs.Path source = new org.apache.hadoop.fs.Path(file.path());
    FileSystem fs = source.getFileSystem(conf);
    // Named as the CLI's walk names it: the input as written, then the path below it.
    String origin = file.relative() == null ? file.input()
        : withoutTrailingSlashes(file.input()) + "/" + file.relative();
    String fileId = file.relative() == null ? source.getName() : file.relative();
    if ("file".equals(fs.getUri().getScheme())) {
      return read(file, Path.of(fs.makeQualified(source).toUri()), origin, fileId);
    }
    // Another file system: a local copy of the file's own name (its suffix tells its format).
    Path tmp = Files.createTempDirectory("dupscan-spark-");
    try {
      Path local = tmp.resolve(source.getName());
      try (InputStream in = fs.open(source)) {
        Files.copy(in, local);
      }
      return read(file, local, origin, fileId);
    } finally {
      try (Stream<Path> walk = Files.walk(tmp)) {
        walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private List<ReadItem> read(InputFile file, Path local, String origin, String fileId) {
    List<ReadItem> out = new ArrayList<>();
    final class Sink implements DocumentSink {
      /** Set while the file's records are read: they come after every page file in the CLI. */
      long phase;
      long sequence;

      @Override
      public void document(PendingDocument document) {
        long order = phase | ((long) file.number() << 32) | sequence++;
        out.add(process(document, order, analyzer, document.origin(), phase == 0 ? fileId : null));
      }

      @Override
      public void skipped(SkippedInput s) {
        if (phase == 0 && s.reason().startsWith(FolderReader.OVER_SIZE_CAP)) {
          // The task's one page file, skipped after it claimed its id (FolderReader.OVER_SIZE_CAP).
          out.add(skip(phase | ((long) file.number() << 32) | sequence, null, s.source(), s.reason(),
              null, fileId));
        } else {
          out.add(ReadItem.skipped(s.source(), s.reason()));
        }
      }
    }
    Sink sink = new Sink();
    FolderReader.Container container = reader.readFile(local, origin, fileId, file.folder(), sink);
    if (container != null) {
      sink.phase = ReadItem.RECORDS;
      container.read(sink);
    }
    return out;
  }

  /** An input folder as the CLI's path names it: without the slashes it was written with at its end. */
  private static String withoutTrailingSlashes(String input) {
    int end = input.length();
    while (end > 0 && input.charAt(end - 1) == '/') {
      end--;
    }
    return input.substring(0, end);
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
