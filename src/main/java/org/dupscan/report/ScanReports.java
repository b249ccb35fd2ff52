package org.dupscan.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.csv.CSVPrinter;
import org.dupscan.Version;
import org.dupscan.corpus.SkippedInput;
import org.dupscan.detect.BoilerplateMiner;
import org.dupscan.detect.DetectorSettings;
import org.dupscan.detect.NearDuplicateFinder;
import org.dupscan.engine.Detections;
import org.dupscan.engine.PageFindings;
import org.dupscan.engine.PageSummary;
import org.dupscan.engine.ScanResult;
import org.dupscan.engine.ScanSettings;
import org.dupscan.lsh.Banding;
import org.dupscan.pipeline.Cell;
import org.dupscan.pipeline.Count;
import org.dupscan.pipeline.CorpusStage;
import org.dupscan.pipeline.StageOutput;
import org.dupscan.pipeline.Table;
import org.dupscan.report.html.HtmlReport;

/**
 * Writes a scan's reports: documents.csv, near_duplicates.csv, clusters.csv, boilerplate.csv, the
 * detector stages' own files (titles.csv, captions.csv), skipped.csv, run.csv, runtime.csv and the HTML
 * page made from them (index.html),
 * atomically (see {@link ReportDirectory}). Rows are in a stable order, so identical input gives
 * identical bytes in every report but runtime.csv, which holds the threads and timings of the run and so
 * is kept apart (a re-run leaves a checked-in report folder unchanged but for that file).
 */
public final class ScanReports {

  /** The report of every page read: its duplicates, detections and spam score. */
  public static final String DOCUMENTS = "documents.csv";
  /** The report whose arrival marks a complete set; written last. */
  public static final String RUN = "run.csv";
  /** The run's threads and per-phase timings: the only report that varies between identical runs. */
  public static final String RUNTIME = "runtime.csv";
  /** Most member ids written in one clusters.csv cell. */
  public static final int MAX_MEMBERS_LISTED = 1000;
  /** Separator of ids in a list cell: URLs cannot hold a space, so "; " never splits one. */
  public static final String LIST_SEPARATOR = "; ";

  /** documents.csv's first columns: the page and its duplicates. */
  static final List<String> PAGE_COLUMNS = List.of("id", "url", "host", "title", "words", "shingles",
      "exact_duplicate_of", "cluster_id", "closest_match", "closest_similarity", "near_duplicates");
  /** documents.csv's columns of the engine's detections, before the stages' columns. */
  static final List<String> DETECTION_COLUMNS = List.of("boilerplate_share", "content_words",
      "spam_score", "reasons");
  /** documents.csv's last columns, after the stages' columns. */
  static final List<String> TAIL_COLUMNS = List.of("charset", "hidden_words");

  private ScanReports() {}

  /** Writes every report of {@code result} into {@code out}. */
  public static void write(ScanResult result, Path out) throws IOException {
    write(result, out, List.of());
  }

  /** Writes every report of {@code result} and the tables {@code more} into {@code out}, as one set. */
  public static void write(ScanResult result, Path out, List<Table> more) throws IOException {
    try (ReportDirectory dir = new ReportDirectory(out)) {
      List<CsvWriter> csvs = new ArrayList<>();
      csvs.add(() -> writeDocuments(result, dir)); // the largest: first, so the others fill in beside it
      csvs.add(() -> writePairs(result, dir));
      csvs.add(() -> writeClusters(result, dir));
      csvs.add(() -> writeBoilerplate(result.detections(), dir));
      for (StageOutput s : result.detections().stages()) {
        for (Table t : s.result().tables()) {
          csvs.add(() -> writeTable(t, dir));
        }
      }
      for (Table t : more) {
        csvs.add(() -> writeTable(t, dir));
      }
      csvs.add(() -> writeSkipped(result, dir));
      csvs.add(() -> writeRun(result, dir));
      csvs.add(() -> writeRuntime(result, dir));
      writeAll(csvs, result.settings().execution().threads());
      // The HTML page is made from the staged CSVs, so it is part of the set that switches at once.
      Files.writeString(dir.file(HtmlReport.FILE), HtmlReport.render(dir.stagingFolder()),
          StandardCharsets.UTF_8);
      dir.commit(RUN);
    }
  }

  /** Writes one CSV report of the set. */
  @FunctionalInterface
  private interface CsvWriter {
    void write() throws IOException;
  }

  /**
   * Runs {@code writers} on {@code threads} threads: each writes its own file, so the set is the same
   * whatever the order they finish in, and a scan's reports (documents.csv beside the others) no
   * longer leave the second core idle. The first failure in list order is thrown once all are done.
   */
  private static void writeAll(List<CsvWriter> writers, int threads) throws IOException {
    if (threads <= 1 || writers.size() <= 1) {
      for (CsvWriter w : writers) {
        w.write();
      }
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, writers.size()), r -> {
      Thread t = new Thread(r, "dupscan-reports");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<?>> done = new ArrayList<>(writers.size());
      for (CsvWriter w : writers) {
        done.add(pool.submit(() -> {
          w.write();
          return null;
        }));
      }
      for (Future<?> f : done) {
        try {
          f.get();
        } catch (ExecutionException e) {
          Throwable c = e.getCause();
          if (c instanceof IOException io) {
            throw io;
          } else if (c instanceof RuntimeException r) {
            throw r;
          } else if (c instanceof Error err) {
            throw err;
          }
          throw new IOException(c);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("report writing interrupted");
    } finally {
      pool.shutdownNow();
    }
  }

  /** The cross-page stages whose columns documents.csv holds: the scan's. */
  private static List<CorpusStage> columnStages(ScanResult r) {
    List<CorpusStage> out = new ArrayList<>();
    for (StageOutput s : r.detections().stages()) {
      out.add(s.stage());
    }
    return out;
  }

  /** documents.csv's header: page columns, the engine's detections, each stage's, then the tail. */
  public static List<String> documentColumns(List<CorpusStage> stages) {
    List<String> header = new ArrayList<>(PAGE_COLUMNS);
    header.addAll(DETECTION_COLUMNS);
    for (CorpusStage s : stages) {
      for (String c : s.columns()) {
        if (header.contains(c) || TAIL_COLUMNS.contains(c)) {
          throw new IllegalArgumentException("column " + c + " of stage " + s.name()
              + " is named twice in documents.csv");
        }
        header.add(c);
      }
    }
    header.addAll(TAIL_COLUMNS);
    return header;
  }

  private static void writeDocuments(ScanResult r, ReportDirectory dir) throws IOException {
    List<PageSummary> pages = r.pages();
    NearDuplicateFinder.Result near = r.near();
    List<CorpusStage> stages = columnStages(r);
    List<String> header = documentColumns(stages);
    int detectorColumns = header.size() - PAGE_COLUMNS.size() - TAIL_COLUMNS.size();
    try (CSVPrinter p = dir.open(DOCUMENTS, header.toArray(new String[0]))) {
      Detections d = r.detections();
      List<Cell> cells = new ArrayList<>();
      for (int i = 0; i < pages.size(); i++) {
        PageSummary s = pages.get(i);
        int exact = near.exactOf()[i];
        int closest = near.closest()[i];
        List<Object> row = new ArrayList<>(header.size());
        row.addAll(pageCells(s, exact < 0 ? "" : pages.get(exact).id(), near.clusterOf()[i],
            closest < 0 ? "" : pages.get(closest).id(), near.closestSimilarity()[i],
            near.nearCount()[i]));
        if (d == null) {
          for (int k = 0; k < detectorColumns; k++) {
            row.add("");
          }
        } else {
          PageFindings f = d.pages().get(i);
          row.addAll(detectionCells(f.boilerplateShare(), f.contentWords(), f.spamScore(),
              f.reasons()));
          for (StageOutput so : d.stages()) {
            cells.clear();
            so.result().cells(i, cells);
            if (cells.size() != so.stage().columns().size()) {
              throw new IllegalStateException("stage " + so.stage().name() + " gave " + cells.size()
                  + " cells for its " + so.stage().columns().size() + " columns");
            }
            for (Cell c : cells) {
              row.add(format(c));
            }
          }
        }
        row.addAll(tailCells(s));
        p.printRecord(row);
      }
    }
  }

  /**
   * documents.csv's first cells ({@link #PAGE_COLUMNS}) for page {@code s}: its duplicates as ids
   * ("" for none), its cluster's number (0: none), its closest listed partner's similarity and how
   * many listed pairs it is in. Also written by a distributed run, which must match it.
   */
  public static List<Object> pageCells(PageSummary s, String exactOf, int cluster, String closest,
      double closestSimilarity, int nearCount) {
    return List.of(CsvCells.text(s.id()), CsvCells.text(s.url()), CsvCells.text(s.host()),
        CsvCells.text(s.title()), s.words(), s.shingles(), CsvCells.text(exactOf),
        cluster == 0 ? "" : clusterId(cluster), CsvCells.text(closest),
        closest.isEmpty() ? "" : CsvCells.ratio(closestSimilarity), nearCount);
  }

  /** documents.csv's cells of the engine's detections ({@link #DETECTION_COLUMNS}). */
  public static List<Object> detectionCells(double boilerplateShare, int contentWords,
      double spamScore, String reasons) {
    return List.of(CsvCells.ratio(boilerplateShare), contentWords, CsvCells.fixed(spamScore, 1),
        CsvCells.text(reasons));
  }

  /** documents.csv's last cells ({@link #TAIL_COLUMNS}). */
  public static List<Object> tailCells(PageSummary s) {
    return List.of(CsvCells.text(s.charset() == null ? "" : s.charset()),
        Integer.toString(s.hiddenWords()));
  }

  /** A typed cell as CSV text: text made safe for spreadsheets, numbers in a fixed locale. */
  public static String format(Cell c) {
    if (c instanceof Cell.Text t) {
      return CsvCells.text(t.value());
    } else if (c instanceof Cell.Decimal x) {
      return CsvCells.fixed(x.value(), x.decimals());
    } else if (c instanceof Cell.Whole w) {
      return CsvCells.number(w.value());
    }
    return "";
  }

  /** A stage table's row as one CSV line, as written in its report (for a distributed run). */
  public static String tableLine(List<Cell> cells) {
    Object[] row = new Object[cells.size()];
    for (int k = 0; k < row.length; k++) {
      row[k] = format(cells.get(k));
    }
    return ReportDirectory.csvLine(row);
  }

  private static void writeTable(Table t, ReportDirectory dir) throws IOException {
    try (CSVPrinter p = dir.open(t.file(), t.header().toArray(new String[0]))) {
      List<String> row = new ArrayList<>(t.header().size());
      for (List<Cell> cells : t.rows()) {
        row.clear();
        for (Cell c : cells) {
          row.add(format(c));
        }
        p.printRecord(row);
      }
    }
  }

  private static void writePairs(ScanResult r, ReportDirectory dir) throws IOException {
    List<PageSummary> pages = r.pages();
    try (CSVPrinter p = dir.open("near_duplicates.csv", PAIR_COLUMNS.toArray(String[]::new))) {
      for (NearDuplicateFinder.Pair pair : r.near().pairs()) {
        p.printRecord(pairRow(pages.get(pair.a()).id(), pages.get(pair.b()).id(), pair.similarity(),
            pair.estimated(), r.near().clusterOf()[pair.a()]));
      }
    }
  }

  private static void writeClusters(ScanResult r, ReportDirectory dir) throws IOException {
    List<PageSummary> pages = r.pages();
    try (CSVPrinter p = dir.open("clusters.csv", CLUSTER_COLUMNS.toArray(String[]::new))) {
      for (NearDuplicateFinder.Cluster c : r.near().clusters()) {
        List<String> listed = new java.util.ArrayList<>();
        for (int k = 0; k < Math.min(c.members().length, MAX_MEMBERS_LISTED); k++) {
          listed.add(pages.get(c.members()[k]).id());
        }
        p.printRecord(clusterRow(c.number(), c.exact(), c.members().length, listed,
            c.pairsNotListed()));
      }
    }
  }

  /** Columns of near_duplicates.csv (also written by a distributed run, which must match it). */
  public static final List<String> PAIR_COLUMNS = List.of("doc_a", "doc_b", "similarity", "estimated",
      "cluster_id");
  /** Columns of clusters.csv. */
  public static final List<String> CLUSTER_COLUMNS = List.of("cluster_id", "kind", "size",
      "representative", "members", "pairs_not_listed");

  /** One near_duplicates.csv row: a pair of page ids, its similarities and its cluster's number. */
  public static Object[] pairRow(String a, String b, double similarity, double estimated, int cluster) {
    return new Object[] {CsvCells.text(a), CsvCells.text(b), CsvCells.ratio(similarity),
        CsvCells.ratio(estimated), clusterId(cluster)};
  }

  /**
   * One clusters.csv row. {@code listed} holds the ids of the cluster's first members, ascending, at
   * most {@link #MAX_MEMBERS_LISTED} (more are ignored); the first is the representative.
   */
  public static Object[] clusterRow(int number, boolean exact, int size, List<String> listed,
      long pairsNotListed) {
    StringBuilder members = new StringBuilder();
    int shown = Math.min(listed.size(), MAX_MEMBERS_LISTED);
    for (int k = 0; k < shown; k++) {
      if (k > 0) {
        members.append(LIST_SEPARATOR);
      }
      members.append(listed.get(k));
    }
    if (shown < size) {
      members.append(LIST_SEPARATOR).append("... and ").append(size - shown).append(" more");
    }
    return new Object[] {clusterId(number), exact ? "exact" : "near", size,
        CsvCells.text(listed.get(0)), CsvCells.text(members.toString()), pairsNotListed};
  }

  private static void writeBoilerplate(Detections d, ReportDirectory dir) throws IOException {
    try (CSVPrinter p = dir.open(BOILERPLATE, BOILERPLATE_COLUMNS.toArray(String[]::new))) {
      for (BoilerplateMiner.Block b : d.boilerplate().blocks()) {
        p.printRecord(boilerplateRow(b));
      }
    }
  }

  /** The report of boilerplate blocks (also written by a distributed run, which must match it). */
  public static final String BOILERPLATE = "boilerplate.csv";
  /** Columns of boilerplate.csv; rows are in {@link BoilerplateMiner.Result#blocks()}'s order. */
  public static final List<String> BOILERPLATE_COLUMNS = List.of("host", "block_id", "method", "pages",
      "share_of_host_pages", "hosts", "confidence", "sample_text", "first_page");

  /** One boilerplate.csv row. */
  public static Object[] boilerplateRow(BoilerplateMiner.Block b) {
    return new Object[] {CsvCells.text(b.host()), b.blockId(), b.method(), b.pages(),
        CsvCells.ratio(b.share()), b.hosts(), CsvCells.ratio(b.confidence()), CsvCells.text(b.sample()),
        CsvCells.text(b.firstPage())};
  }

  private static void writeSkipped(ScanResult r, ReportDirectory dir) throws IOException {
    try (CSVPrinter p = dir.open(SKIPPED, SKIPPED_COLUMNS.toArray(String[]::new))) {
      for (SkippedInput s : r.skipped()) {
        p.printRecord(skippedRow(s.source(), s.reason()));
      }
    }
  }

  /** The report of inputs not scanned (also written by a distributed run, which must match it). */
  public static final String SKIPPED = "skipped.csv";
  /** Columns of skipped.csv; rows are in {@link SkippedInput}'s order. */
  public static final List<String> SKIPPED_COLUMNS = List.of("source", "reason");

  /** One skipped.csv row: an input not scanned and why. */
  public static Object[] skippedRow(String source, String reason) {
    return new Object[] {CsvCells.text(source), CsvCells.text(reason)};
  }

  private static void writeRun(ScanResult r, ReportDirectory dir) throws IOException {
    try (CSVPrinter p = dir.open(RUN, "parameter", "value")) {
      for (String[] row : runRows(r)) {
        p.printRecord(row[0], CsvCells.text(row[1]));
      }
    }
  }

  private static void writeRuntime(ScanResult r, ReportDirectory dir) throws IOException {
    try (CSVPrinter p = dir.open(RUNTIME, "parameter", "value")) {
      for (String[] row : runtimeRows(r)) {
        p.printRecord(row[0], CsvCells.text(row[1]));
      }
    }
  }

  /**
   * What run.csv counts of a scan (also counted by a distributed run, which must match it).
   *
   * @param pagesRead pages scanned
   * @param pagesSkipped inputs not scanned
   * @param bytesRead bytes of the pages scanned
   * @param exactGroups exact-copy groups of two or more pages
   * @param candidatePairs LSH candidate pairs
   * @param verifiedPairs candidates at or above the threshold
   * @param listedPairs rows of near_duplicates.csv
   * @param pairsNotListed pairs of clusters over the pair cap not listed
   * @param clusters clusters
   * @param boilerplateBlocks rows of boilerplate.csv
   * @param stageCounts the stages' own counts, in list order
   * @param pagesFlagged pages at or above the flag score
   */
  public record RunCounts(long pagesRead, long pagesSkipped, long bytesRead, long exactGroups,
      long candidatePairs, long verifiedPairs, long listedPairs, long pairsNotListed, long clusters,
      long boilerplateBlocks, List<Count> stageCounts, long pagesFlagged) {}

  /** The rows of run.csv: the settings and counts of the run, the same for the same input. */
  static List<String[]> runRows(ScanResult r) {
    NearDuplicateFinder.Result near = r.near();
    Detections d = r.detections();
    int flagged = 0;
    for (PageFindings f : d.pages()) {
      if (f.spamScore() >= r.settings().detectors().flagScore()) {
        flagged++;
      }
    }
    List<Count> counts = new ArrayList<>();
    for (StageOutput so : d.stages()) {
      counts.addAll(so.result().counts());
    }
    List<String> inputs = new ArrayList<>();
    for (Path in : r.settings().inputs()) {
      inputs.add(in.toString());
    }
    return runRows(r.settings(), r.banding(), inputs, columnStages(r), new RunCounts(
        r.pages().size(), r.skipped().size(), r.bytesRead(), near.exactGroups(), near.candidates(),
        near.verified(), near.pairs().size(), near.pairsNotListed(), near.clusters().size(),
        d.boilerplate().blocks().size(), counts, flagged));
  }

  /**
   * The rows of run.csv of a scan with settings {@code s} (whose inputs are {@code inputs}, as
   * written), its cross-page {@code stages} and its counts {@code c}.
   */
  public static List<String[]> runRows(ScanSettings s, Banding b, List<String> inputs,
      List<CorpusStage> stages, RunCounts c) {
    List<String[]> rows = new ArrayList<>();
    rows.add(row("version", Version.get()));
    List<String> sorted = new ArrayList<>();
    for (String in : inputs) {
      sorted.add(in.replace('\\', '/'));
    }
    sorted.sort(null);
    rows.add(row("inputs", String.join(LIST_SEPARATOR, sorted)));
    rows.add(row("site", s.reader().site() == null ? "(from folder names)" : s.reader().site()));
    rows.add(row("pages_read", c.pagesRead()));
    rows.add(row("pages_skipped", c.pagesSkipped()));
    rows.add(row("bytes_read", c.bytesRead()));
    rows.add(row("shingle_size", s.hashing().shingleSize()));
    rows.add(row("permutations", s.hashing().permutations()));
    rows.add(row("minhash_scheme", org.dupscan.minhash.MinHashScheme.DEFAULT.name().toLowerCase(
        Locale.ROOT)));
    rows.add(row("seed", s.hashing().seed()));
    rows.add(row("threshold", CsvCells.ratio(s.lsh().threshold())));
    rows.add(row("bands", b.bands()));
    rows.add(row("rows", b.rows()));
    rows.add(row("banding", s.lsh().bands() == null ? "chosen for threshold" : "set by hand"));
    for (double x : new double[] {0.5, 0.7, 0.8, 0.9}) {
      rows.add(row("s_curve_" + x, CsvCells.ratio(b.candidateProbability(x))));
    }
    rows.add(row("s_curve_at_threshold", CsvCells.ratio(b.candidateProbability(s.lsh().threshold()))));
    rows.add(row("cluster_pair_cap", s.lsh().clusterPairCap()));
    rows.add(row("keep_boilerplate", s.hashing().keepBoilerplate()));
    DetectorSettings ds = s.detectors();
    rows.add(row("boilerplate_share", CsvCells.ratio(ds.boilerplateShare())));
    rows.add(row("boilerplate_hosts", ds.boilerplateHosts()));
    rows.add(row("title_similarity", CsvCells.ratio(ds.titleSimilarity())));
    rows.add(row("caption_score", CsvCells.ratio(ds.captionScore())));
    rows.add(row("restated_share", CsvCells.ratio(ds.restatedShare())));
    rows.add(row("thin_words", ds.thinWords()));
    rows.add(row("flag_score", CsvCells.fixed(ds.flagScore(), 1)));
    rows.add(row("compression_ratio", ds.compressionRatio()));
    for (CorpusStage stage : stages) {
      for (Map.Entry<String, Cell> e : stage.settings().entrySet()) {
        rows.add(row(e.getKey(), format(e.getValue())));
      }
    }
    rows.add(row("max_page_bytes", s.reader().maxPageBytes()));
    rows.add(row("max_record_bytes", s.reader().maxRecordBytes()));
    rows.add(row("exact_groups", c.exactGroups()));
    rows.add(row("candidate_pairs", c.candidatePairs()));
    rows.add(row("verified_pairs", c.verifiedPairs()));
    rows.add(row("listed_pairs", c.listedPairs()));
    rows.add(row("pairs_not_listed", c.pairsNotListed()));
    rows.add(row("clusters", c.clusters()));
    rows.add(row("boilerplate_blocks", c.boilerplateBlocks()));
    for (Count count : c.stageCounts()) {
      rows.add(row(count.name(), count.value()));
    }
    rows.add(row("pages_flagged", c.pagesFlagged()));
    return rows;
  }

  /** One run.csv line: a parameter and its value. */
  public static String runLine(String[] row) {
    return ReportDirectory.csvLine(new Object[] {row[0], CsvCells.text(row[1])});
  }

  /** The rows of runtime.csv: threads and elapsed milliseconds per phase. */
  static List<String[]> runtimeRows(ScanResult r) {
    List<String[]> rows = new ArrayList<>();
    rows.add(row("threads", r.settings().execution().threads()));
    for (Map.Entry<String, Long> t : r.timings().entrySet()) {
      rows.add(row(t.getKey(), t.getValue()));
    }
    return rows;
  }

  private static String[] row(String name, Object value) {
    return new String[] {name, String.valueOf(value)};
  }

  static String clusterId(int number) {
    return number == 0 ? "" : CsvCells.numbered("C", number);
  }
}
