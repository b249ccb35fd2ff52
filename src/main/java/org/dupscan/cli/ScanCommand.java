package org.dupscan.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import org.dupscan.corpus.FolderReader;
import org.dupscan.corpus.JsonlFields;
import org.dupscan.corpus.ReaderSettings;
import org.dupscan.detect.BoilerplateMiner;
import org.dupscan.detect.CaptionDetector;
import org.dupscan.detect.Containment;
import org.dupscan.detect.DetectorSettings;
import org.dupscan.detect.NearDuplicateFinder;
import org.dupscan.detect.SpamScore;
import org.dupscan.detect.TextQuality;
import org.dupscan.detect.TitleGroups;
import org.dupscan.engine.PageHistory;
import org.dupscan.engine.Progress;
import org.dupscan.index.ChangesReport;
import org.dupscan.index.IndexException;
import org.dupscan.index.PageIndex;
import org.dupscan.engine.ScanEngine;
import org.dupscan.engine.ScanResult;
import org.dupscan.engine.ScanSettings;
import org.dupscan.engine.SharedPassages;
import org.dupscan.engine.TempFolderException;
import org.dupscan.internal.ExclusiveLock;
import org.dupscan.pipeline.Stage;
import org.dupscan.pipeline.Table;
import org.dupscan.pipeline.Stages;
import org.dupscan.report.ReportDirectory;
import org.dupscan.report.ScanReports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dupscan scan PATH... --out DIR}: the main job. */
@Command(name = "scan", mixinStandardHelpOptions = true,
    description = {"Scans folders of pages (.html, .htm, .txt, .md, also gzip-compressed), WARC and WET "
        + "files (.warc, .warc.gz) and JSON Lines files (.jsonl, .jsonl.gz, .ndjson) for exact and "
        + "near-duplicate content and SEO spam (site boilerplate, repeated titles, injected captions, "
        + "in-page repetition, keyword stuffing) and writes CSV reports: documents.csv, "
        + "near_duplicates.csv, clusters.csv, boilerplate.csv, titles.csv, captions.csv, skipped.csv, "
        + "run.csv, runtime.csv, passages.csv (the shared passages of the top pairs), and index.html, an "
        + "HTML report of the top findings."})
final class ScanCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH",
      description = "Folders or files to scan; '-' reads paths from standard input, '@FILE' from FILE "
          + "(one path a line).")
  List<Path> inputs;

  /** Where '-' reads paths from; tests replace it. */
  InputStream stdin = System.in;

  @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Report folder (default: ${DEFAULT-VALUE}).")
  Path out = Path.of("reports");

  @Option(names = "--threshold", paramLabel = "J",
      description = "Least exact Jaccard similarity for a near duplicate, in (0, 1] (default: ${DEFAULT-VALUE}).")
  double threshold = NearDuplicateFinder.DEFAULT_THRESHOLD;

  @Option(names = "--containment", paramLabel = "T",
      description = "Least containment |A ∩ B| / |A| of the smaller page A's content shingles in page B "
          + "for contained.csv (a tag or archive page holding a post), in (0, 1] (default: ${DEFAULT-VALUE}).")
  double containment = Containment.DEFAULT_THRESHOLD;

  @Mixin
  HashingOptions hashing = new HashingOptions();

  @Option(names = "--bands", paramLabel = "B", description = "LSH bands; with --rows, overrides the banding chosen for the threshold.")
  Integer bands;

  @Option(names = "--rows", paramLabel = "R", description = "LSH rows per band; with --bands.")
  Integer rows;

  @Option(names = "--cluster-pair-cap", paramLabel = "N",
      description = "Largest cluster whose every pair is listed in near_duplicates.csv (default: ${DEFAULT-VALUE}).")
  int clusterPairCap = NearDuplicateFinder.DEFAULT_CLUSTER_PAIR_CAP;

  @Option(names = "--max-page-bytes", paramLabel = "SIZE", converter = ByteSizeConverter.class,
      description = "Largest page read; larger ones are skipped (default: 10MB).")
  long maxPageBytes = FolderReader.DEFAULT_MAX_PAGE_BYTES;

  @Option(names = "--max-record-bytes", paramLabel = "SIZE", converter = ByteSizeConverter.class,
      description = "Largest WARC or JSON Lines record read, after decompression; larger ones are "
          + "skipped (default: 5MB).")
  long maxRecordBytes = ReaderSettings.DEFAULT_MAX_RECORD_BYTES;

  @Option(names = "--jsonl-fields", paramLabel = "KEY=NAME,...",
      description = "Field names of JSON Lines records, e.g. url=link,text=content (keys: id, url, "
          + "title, text, html; default: the key names).")
  String jsonlFields;

  @Option(names = "--site", paramLabel = "HOST", description = "Host to give every page (default: from folder names).")
  String site;

  @Option(names = "--boilerplate-share", paramLabel = "S",
      description = "Least share of a host's pages a block must stand on (and at least 3 pages) to be "
          + "boilerplate, in (0, 1] (default: ${DEFAULT-VALUE}).")
  double boilerplateShare = BoilerplateMiner.DEFAULT_MIN_SHARE;

  @Option(names = "--boilerplate-hosts", paramLabel = "N",
      description = "Least hosts carrying a block for it to be reported as a cross-host widget "
          + "(default: ${DEFAULT-VALUE}).")
  int boilerplateHosts = BoilerplateMiner.DEFAULT_MIN_HOSTS;

  @Option(names = "--title-similarity", paramLabel = "J",
      description = "Least word Jaccard similarity of two title variants, in (0, 1) (default: ${DEFAULT-VALUE}).")
  double titleSimilarity = TitleGroups.DEFAULT_VARIANT_SIMILARITY;

  @Option(names = "--caption-score", paramLabel = "S",
      description = "Least score of a reported injected caption, in (0, 1] (default: ${DEFAULT-VALUE}).")
  double captionScore = CaptionDetector.DEFAULT_MIN_SCORE;

  @Option(names = "--restated-share", paramLabel = "S",
      description = "Least share of a paragraph's content bigrams said earlier on the page for it to "
          + "count as restating the page, in (0, 1] (default: ${DEFAULT-VALUE}).")
  double restatedShare = TextQuality.DEFAULT_RESTATED_SHARE;

  @Option(names = "--thin-words", paramLabel = "N",
      description = "Pages with fewer content words (boilerplate removed) are thin (default: ${DEFAULT-VALUE}).")
  int thinWords = DetectorSettings.DEFAULT_THIN_WORDS;

  @Option(names = "--flag-score", paramLabel = "S",
      description = "Least spam score (0-100) of a flagged page (default: ${DEFAULT-VALUE}).")
  double flagScore = SpamScore.DEFAULT_FLAG_SCORE;

  @Option(names = "--compression-ratio",
      description = "Measure each page's Deflate compression ratio (compression_ratio in documents.csv). "
          + "Off by default: it costs more than all other per-page measures together, and the spam "
          + "score gives it no weight.")
  boolean compressionRatio;

  @Option(names = "--passages", paramLabel = "N",
      description = "Pairs of each kind (near duplicate, contained) whose shared passages go into passages.csv "
          + "and the HTML report's side-by-side view, 0-200 (default: ${DEFAULT-VALUE}). Their pages are read "
          + "again from the inputs after the scan; 0 skips that read.")
  int passagePairs = SharedPassages.MAX_PAIRS;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores, ${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--temp-dir", paramLabel = "DIR", description = "Folder for temporary spill files (default: the system's).")
  Path tempDir = Path.of(System.getProperty("java.io.tmpdir"));

  @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
  boolean quiet;

  @Mixin
  GateOptions gate = new GateOptions();
  @Option(names = "--spun",
      description = "Also look for spun variants (one article rewritten by a spinner) and write "
          + "spun_variants.csv. Off by default: experimental, and it keeps about 3.5 KB a page in memory.")
  boolean spun;

  @Option(names = "--index", paramLabel = "DIR",
      description = "Keep pages in an index in DIR from run to run: read only new and changed pages, "
          + "report over every page the index holds, and write changes.csv (what changed since the "
          + "index's last run).")
  Path index;

  @Option(names = "--snapshot",
      description = "With --index: for each host read in this run, remove its pages that this run did "
          + "not read (a re-crawl of whole sites). Default: keep them (a crawl adding pages).")
  boolean snapshot;

  @Option(names = "--rebuild-index", description = "With --index: start the index again from this run's pages.")
  boolean rebuildIndex;

  @Option(names = "--forget-older-than", paramLabel = "DAYS",
      description = "With --index: remove pages no run has read for DAYS days.")
  Integer forgetOlderThan;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    gate.validate();
    checkOptions();
    Path target;
    try {
      target = ReportDirectory.resolve(out);
    } catch (IOException e) {
      throw cantWriteReports(e);
    }
    String refused = refusedOut(target);
    if (refused != null) {
      throw CommandFailure.usage("--out " + out + ": " + refused);
    }
    try {
      Files.createDirectories(target.getParent());
    } catch (IOException e) {
      throw cantWriteReports(e);
    }
    try (ExclusiveLock lock = OutputLock.tryTake(target)) {
      if (lock == null) {
        throw CommandFailure.busy("another scan is writing reports to " + out + " (it holds "
            + OutputLock.lockFile(target) + "); wait for it to finish or choose another --out");
      }
      return locked(err, target);
    } catch (IOException e) {
      throw cantWriteReports(e);
    }
  }

  private CommandFailure cantWriteReports(IOException e) {
    return CommandFailure.cantWrite("cannot write reports to " + out + ": " + FolderReader.describe(e));
  }

  /**
   * The settings of this command line with {@code inputs} and {@code threads} in place of its own;
   * throws IllegalArgumentException, naming the bad value, for a bad one.
   */
  ScanSettings settings(List<Path> inputs, int threads) {
    DetectorSettings detectors = new DetectorSettings(boilerplateShare, boilerplateHosts,
        titleSimilarity, captionScore, restatedShare, thinWords, flagScore, compressionRatio);
    return hashing.applyTo(ScanSettings.builder(inputs))
        .site(site).maxPageBytes(maxPageBytes).maxRecordBytes(maxRecordBytes)
        .jsonlFields(jsonlFields == null ? JsonlFields.DEFAULT : JsonlFields.parse(jsonlFields))
        .threshold(threshold).banding(bands, rows).clusterPairCap(clusterPairCap)
        .detectors(detectors).threads(threads).tempDir(tempDir)
        .build();
  }

  /**
   * Set by the shutdown hook: the run is being stopped by a signal and its one line is said, so the
   * faults the stop causes in the scan (a staging folder deleted under the report writer) say nothing.
   */
  private volatile boolean interrupted;

  /** The scan proper, run while this process holds the output folder's lock. */
  private int locked(PrintWriter err, Path target) {
    // On SIGINT or SIGTERM the JVM runs shutdown hooks: say what became of the reports, once.
    AtomicBoolean finished = new AtomicBoolean();
    Thread hook = new Thread(() -> {
      if (finished.compareAndSet(false, true)) {
        interrupted = true;
        boolean committed = ReportDirectory.abandonForExit(target);
        err.println(committed
            ? "dupscan scan: interrupted after the new reports in " + out + " were complete"
            : "dupscan scan: interrupted; the previous reports in " + out + " are unchanged");
        err.flush();
      }
    }, "dupscan-interrupted");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      try {
        for (String line : ReportDirectory.recover(target)) {
          err.println("dupscan: " + line);
        }
      } catch (IOException e) {
        throw CommandFailure.cantWrite("cannot repair " + out + " after an interrupted run: "
            + FolderReader.describe(e));
      }
      err.flush();
      String notWritable = checkWritable(target);
      if (notWritable != null) {
        throw CommandFailure.cantWrite("cannot write reports to " + out + ": " + notWritable);
      }
      return scan(err);
    } finally {
      finished.set(true);
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException e) {
        // already shutting down: the hook has run or is running
      }
    }
  }

  private int scan(PrintWriter err) {
    ScanSettings settings;
    List<Stage> stages;
    try {
      inputs = InputList.expand(inputs, stdin);
    } catch (IOException e) {
      throw CommandFailure.noInput(e.getMessage());
    }
    try {
      settings = settings(inputs, threads);
      stages = Stages.withContainmentThreshold(spun ? Stages.withSpunVariants() : Stages.standard(),
          containment);
    } catch (IllegalArgumentException e) {
      throw CommandFailure.usage(e.getMessage());
    }
    if (index == null && (snapshot || rebuildIndex || forgetOlderThan != null)) {
      throw CommandFailure.usage("--snapshot, --rebuild-index and --forget-older-than need --index DIR");
    }
    if (passagePairs < 0 || passagePairs > SharedPassages.MAX_PAIRS) {
      throw CommandFailure.usage("--passages must be 0.." + SharedPassages.MAX_PAIRS + " but was " + passagePairs);
    }
    if (forgetOlderThan != null && forgetOlderThan < 1) {
      throw CommandFailure.usage("--forget-older-than must be at least 1 day but was " + forgetOlderThan);
    }
    for (Path in : inputs) {
      if (!Files.exists(in)) {
        throw CommandFailure.noInput(in + ": no such file or folder");
      }
      if (!Files.isReadable(in)) {
        throw CommandFailure.noInput(in + ": permission denied");
      }
    }
    PageIndex pageIndex;
    try {
      pageIndex = index == null ? null : PageIndex.open(index, settings, stages,
          snapshot ? PageIndex.Mode.SNAPSHOT : PageIndex.Mode.ACCUMULATE, rebuildIndex,
          forgetOlderThan == null ? null : Duration.ofDays(forgetOlderThan), Instant.now());
    } catch (IndexException e) {
      throw e.busy() ? CommandFailure.busy(e.getMessage()) : CommandFailure.usage(e.getMessage());
    } catch (IOException e) {
      throw CommandFailure.cantWrite("cannot open index " + index + ": " + FolderReader.describe(e));
    }
    ScanResult result;
    try {
      try {
        result = new ScanEngine(settings, stages).scan(
            quiet ? Progress.NONE : ConsoleProgress.forStderr(err),
            pageIndex == null ? PageHistory.NONE : pageIndex);
      } catch (IOException e) {
        throw CommandFailure.noInput(FolderReader.describe(e));
      } catch (RuntimeException | Error e) {
        throw failed(e);
      }
      PageIndex.RunChanges changes;
      try {
        changes = pageIndex == null ? null : pageIndex.update(result);
      } catch (IOException e) {
        throw CommandFailure.cantWrite("cannot update index " + index + ": " + FolderReader.describe(e));
      }
      Table passages;
      try {
        // The side-by-side view's passages: the top pairs' pages read again (the reports hold no text),
        // but for pairs of unchanged pages whose passages the index kept.
        passages = SharedPassages.table(result, passagePairs,
            pageIndex == null ? PageHistory.NONE : pageIndex);
      } catch (IOException e) {
        throw CommandFailure.noInput(FolderReader.describe(e) + "; the previous reports in " + out
            + " are unchanged");
      } catch (RuntimeException | Error e) {
        throw failed(e);
      }
      try {
        // changes.csv is written with the other reports, so the whole set switches at once.
        ScanReports.write(result, out, changes == null ? List.of(passages)
            : List.of(ChangesReport.table(changes), passages));
      } catch (IOException e) {
        throw CommandFailure.cantWrite(interrupted ? null : "cannot write reports to " + out + ": "
            + FolderReader.describe(e) + "; the previous reports are unchanged");
      } catch (RuntimeException | Error e) {
        throw failed(e);
      }
      if (pageIndex != null) {
        try {
          // The index is committed only after the reports are in place: a run that dies before leaves
          // the index at its last run, and the next run does this night's work again.
          pageIndex.commit();
        } catch (IOException e) {
          throw CommandFailure.cantWrite("cannot commit index " + index + ": " + FolderReader.describe(e)
              + "; the reports in " + out + " are this run's, the index is still at its last run");
        }
        if (!quiet) {
          err.printf(Locale.ROOT, "dupscan: index run %d: %d pages held, %d added, %d changed, %d removed, "
              + "%d changes in %s%n", changes.run(), changes.pages(), changes.added(), changes.changed(),
              changes.removed(), changes.changes().size(), out.resolve(ChangesReport.FILE));
        }
      }
    } finally {
      if (pageIndex != null) {
        try {
          pageIndex.close();
        } catch (IOException e) {
          err.println("dupscan scan: cannot close index " + index + ": " + FolderReader.describe(e));
        }
      }
    }
    if (!quiet) {
      int flagged = 0;
      for (var f : result.detections().pages()) {
        if (f.spamScore() >= settings.detectors().flagScore()) {
          flagged++;
        }
      }
      err.printf(Locale.ROOT, "dupscan: %d boilerplate blocks, %d title findings, %d injected captions, "
              + "%d pages flagged as spam%n", result.detections().boilerplate().blocks().size(),
          result.detections().titles().size(), result.detections().captions().size(), flagged);
    }
    if (!quiet) {
      long ms = Math.max(1, result.timings().getOrDefault("total_ms", 1L));
      err.printf(Locale.ROOT, "dupscan: %d pages read, %d skipped, %d exact groups, %d near-duplicate "
              + "pairs in %d clusters; %.1f s, %.1f MB/s; reports in %s%n",
          result.pages().size(), result.skipped().size(), result.near().exactGroups(),
          result.near().pairs().size(), result.near().clusters().size(), ms / 1000.0,
          result.bytesRead() / 1e6 / (ms / 1000.0), out);
    }
    if (result.pages().isEmpty()) {
      // Even with --quiet: a scan that read nothing is almost always a wrong path or option.
      err.println("dupscan scan: warning: no page was read (" + result.skipped().size()
          + " inputs skipped, listed in " + out.resolve("skipped.csv") + ")");
    }
    err.flush();
    return gate.check(out, err);
  }

  /**
   * The failure that ends a run the scan threw {@code e} in. Nothing was committed: the previous
   * reports are untouched.
   */
  private CommandFailure failed(Throwable e) {
    if (interrupted) {
      return CommandFailure.software(null); // the hook said what happened
    }
    if (e instanceof OutOfMemoryError) {
      return CommandFailure.software("out of memory (Java heap " + Runtime.getRuntime().maxMemory()
          / (1 << 20) + " MB): raise DUPSCAN_HEAP (e.g. DUPSCAN_HEAP=4g), or lower --threads or "
          + "--max-page-bytes; the previous reports in " + out + " are unchanged");
    }
    if (e instanceof TempFolderException t) {
      return CommandFailure.cantWrite(t.getMessage() + " (free space there or choose another folder "
          + "with --temp-dir); the previous reports in " + out + " are unchanged");
    }
    return CommandFailure.software("internal error: " + e + "; the previous reports in " + out
        + " are unchanged");
  }

  /** Throws a usage failure when the option values cannot work together; checked before anything is read. */
  private void checkOptions() {
    if (bands != null && rows == null) {
      throw CommandFailure.usage("--bands " + bands + " needs --rows too (bands x rows <= --permutations "
          + hashing.permutations + "); or leave both out to have them chosen for --threshold");
    }
    if (rows != null && bands == null) {
      throw CommandFailure.usage("--rows " + rows + " needs --bands too (bands x rows <= --permutations "
          + hashing.permutations + "); or leave both out to have them chosen for --threshold");
    }
    // A usage fault (exit 2), not a missing input (3): it names where scratch files go, and nothing
    // has been read yet.
    if (!Files.isDirectory(tempDir)) {
      throw CommandFailure.usage("--temp-dir " + tempDir + ": " + (Files.exists(tempDir) ? "not a folder"
          : "no such folder"));
    }
  }

  /**
   * Why {@code target} cannot take reports that are swapped in by renaming folders, or null: the
   * current folder (the shell would be left in the old one) and a mount point (it cannot be renamed).
   */
  private static String refusedOut(Path target) {
    try {
      Path cwd = Path.of("").toAbsolutePath().toRealPath();
      if (Files.isDirectory(target) && target.toRealPath().equals(cwd)) {
        return "is the current folder; reports are swapped in by renaming the output folder, so give "
            + "a folder of its own (e.g. --out reports)";
      }
      Path parent = target.getParent();
      if (parent == null) {
        return "is the root of the file system; give a folder of its own (e.g. --out reports)";
      }
      if (Files.isDirectory(target) && Files.isDirectory(parent)
          && !Files.getFileStore(target).equals(Files.getFileStore(parent))) {
        return "is a mount point; reports are swapped in by renaming the output folder, which a mount "
            + "point cannot be: give a folder inside it (e.g. --out " + target.resolve("reports") + ")";
      }
    } catch (IOException e) {
      return null; // checkWritable names the fault
    }
    return null;
  }

  /** Returns why {@code out} cannot take reports, or null when it can. */
  private static String checkWritable(Path out) {
    try {
      if (Files.exists(out) && !Files.isDirectory(out)) {
        return "it is a file, not a folder";
      }
      Files.createDirectories(out);
      // The new set is written beside the folder and renamed into place: its parent must be writable.
      Path probe = Files.createTempFile(out.getParent(), "." + out.getFileName() + ".dupscan-probe-",
          ".tmp");
      Files.delete(probe);
      return null;
    } catch (IOException e) {
      return FolderReader.describe(e) + (e instanceof java.nio.file.AccessDeniedException a
          && a.getFile() != null && Path.of(a.getFile()).equals(out.getParent())
          ? " (the folder that holds it must be writable: reports are swapped in beside it)" : "");
    }
  }
}
