package org.dupscan.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.SerializableConfiguration;
import org.dupscan.cli.ScanArguments;
import org.dupscan.engine.ScanSettings;
import org.dupscan.pipeline.CaptionStage;
import org.dupscan.pipeline.ContainmentStage;
import org.dupscan.pipeline.Count;
import org.dupscan.pipeline.CorpusStage;
import org.dupscan.pipeline.Stage;
import org.dupscan.pipeline.TitleStage;
import org.dupscan.report.ReportDirectory;
import org.dupscan.report.ScanReports;
import scala.Tuple2;

/**
 * {@code dupscan scan} as a Spark job: {@code spark-submit --class org.dupscan.spark.SparkScan
 * dupscan.jar INPUT... --out DIR [scan options]}, INPUT and DIR any Hadoop file system path.
 *
 * <p>Steps (docs/spark.md): list the inputs' files (driver); read and extract each file's pages
 * (map); decide which capture of each id counts on ids, dates and origins alone (by id); group
 * the pages by host, the captures that lost left out (the one shuffle of whole pages); count each
 * template-candidate fingerprint's hosts (by fingerprint); run the engine over each host's pages
 * (in place, the counts joined in); find exact and near
 * duplicates across the corpus ({@link DuplicateSearch}) and contained pages ({@link
 * ContainmentSearch}); write skipped.csv, boilerplate.csv, captions.csv, titles.csv,
 * near_duplicates.csv, clusters.csv, contained.csv and documents.csv ({@link DocumentRows}: each
 * page's host-bound facts joined with its cross-host cells by id), byte for byte the CLI's ({@link
 * ReportParts}).
 */
public final class SparkScan {

  /** Spark setting for the number of partitions of every shuffle (default: the default parallelism). */
  public static final String PARTITIONS = "spark.dupscan.partitions";

  private SparkScan() {}

  public static void main(String[] args) throws IOException {
    ScanArguments parsed;
    try {
      parsed = ScanArguments.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("dupscan spark: " + e.getMessage());
      System.exit(2);
      return;
    }
    SparkSession spark = SparkSession.builder().appName("dupscan").getOrCreate();
    try {
      DuplicateSearch.Counts c;
      try {
        c = run(JavaSparkContext.fromSparkContext(spark.sparkContext()), args);
      } catch (IllegalArgumentException e) { // an option the job does not support (--spun)
        System.err.println("dupscan spark: " + e.getMessage());
        System.exit(2);
        return;
      }
      System.err.println("dupscan spark: " + c.pages() + " pages, " + c.candidates() + " candidates, "
          + c.verified() + " verified, " + c.clusters() + " clusters, " + c.pairs() + " pairs listed; "
          + "reports in " + parsed.out());
    } finally {
      spark.stop();
    }
  }

  /** Runs the scan of {@code args} (as {@code dupscan scan} takes them) on {@code sc}. */
  public static DuplicateSearch.Counts run(JavaSparkContext sc, String... args) throws IOException {
    ScanArguments parsed = ScanArguments.parse(args);
    int partitions = sc.getConf().getInt(PARTITIONS, sc.defaultParallelism());
    Configuration conf = sc.hadoopConfiguration();
    ScanSettings settings = driverSettings(parsed);
    List<Stage> stages = parsed.stages();
    DocumentRows documents = new DocumentRows(stages, settings.detectors().thinWords(),
        settings.detectors().flagScore());
    List<InputFile> files = InputListing.list(parsed.inputs(), conf);
    SerializableConfiguration shared = new SerializableConfiguration(conf);
    StorageLevel keep = StorageLevel.MEMORY_AND_DISK();

    // Per file: read and extract, each task a run of files in reader order with one setup (a WARC
    // file is read whole, by one task).
    JavaRDD<ReadItem> read = sc.parallelize(files, Math.max(1, Math.min(files.size(), partitions * 4)))
        .mapPartitions(f -> PageReading.read(f, ScanArguments.parse(args), shared.value()))
        .persist(keep);
    // By id: the capture of each URL that counts; the rest, and what could not be read, skipped.
    // Decided on ids, dates and origins alone, so that the pages move once, by host.
    JavaRDD<Capture> decided = Captures.decide(read.map(ReadItem::capture), parsed.inputs().size(),
        partitions).persist(keep);
    long skippedCount = writeSkipped(decided.filter(c -> !c.scanned()), parsed.out(), conf, partitions);
    // By host: the pages read, less those a capture rule took out (the one shuffle of whole pages).
    JavaPairRDD<String, List<ReadItem>> hostPages = read.filter(r -> r.page() != null)
        .mapToPair(r -> new Tuple2<>(r.page().host(), r))
        .cogroup(Captures.lostByHost(decided), partitions)
        .mapValues(g -> {
          Set<Long> lost = new HashSet<>();
          g._2().forEach(lost::add);
          List<ReadItem> kept = new ArrayList<>();
          for (ReadItem r : g._1()) {
            if (!lost.contains(r.order())) {
              kept.add(r);
            }
          }
          return kept;
        }).filter(h -> !h._2().isEmpty())
        .persist(keep);
    // By fingerprint: on how many hosts each template candidate stands, where two or more.
    JavaPairRDD<String, Map<Long, Integer>> hostCounts = hostPages
        .flatMapToPair(h -> {
          Set<Long> minable = new LinkedHashSet<>();
          for (ReadItem r : h._2()) {
            for (long fp : r.minable()) {
              minable.add(fp);
            }
          }
          List<Tuple2<Long, String>> out = new ArrayList<>(minable.size());
          for (long fp : minable) {
            out.add(new Tuple2<>(fp, h._1()));
          }
          return out.iterator();
        })
        .groupByKey(partitions)
        .flatMapToPair(g -> {
          List<String> hosts = new ArrayList<>();
          g._2().forEach(hosts::add);
          List<Tuple2<String, Map<Long, Integer>>> out = new ArrayList<>();
          if (hosts.size() >= 2) {
            for (String h : hosts) {
              out.add(new Tuple2<>(h, Map.of(g._1(), hosts.size())));
            }
          }
          return out.iterator();
        }).reduceByKey((a, b) -> {
          Map<Long, Integer> m = new HashMap<>(a);
          m.putAll(b);
          return m;
        }, partitions);
    // By host: the engine over the host's pages (both sides partitioned alike: no page moves again).
    JavaPairRDD<String, HostScan.Result> hosts = hostPages
        .leftOuterJoin(hostCounts, partitions)
        .mapValues(h -> HostScan.scan(h._1(), h._2().orElse(Map.of()), ScanArguments.parse(args)))
        .persist(keep);
    JavaRDD<PageContent> contents = hosts.flatMap(h -> h._2().contents().iterator());
    // boilerplate.csv: by host, then each host's blocks in the engine's order.
    JavaPairRDD<Tuple2<String, Integer>, String> blocks = hosts.flatMapToPair(h -> {
      List<Tuple2<Tuple2<String, Integer>, String>> out = new ArrayList<>();
      for (String line : h._2().boilerplate()) {
        out.add(new Tuple2<>(new Tuple2<>(h._1(), out.size()), line));
      }
      return out.iterator();
    });
    ReportParts.write(blocks, SparkScan::byHostThenPlace, ScanReports.BOILERPLATE_COLUMNS, parsed.out(),
        ScanReports.BOILERPLATE, conf, partitions);
    // titles.csv: keys made per host, pages grouped by key, variants over the distinct keys.
    TitleSearch.Titles titleSearch = TitleSearch.rows(hosts.flatMap(h -> h._2().titles().iterator()),
        settings.detectors().titleSimilarity(), partitions);
    JavaPairRDD<TitleSearch.Place, String> titles = titleSearch.rows().persist(keep);
    ReportParts.write(titles, TitleSearch.Place::compare, TitleStage.HEADER, parsed.out(),
        TitleStage.FILE, conf, partitions);
    // Across the corpus: exact and near duplicates, clusters.
    DuplicateSearch.Rows rows = DuplicateSearch.run(contents, settings.banding(),
        settings.hashing().permutations(), settings.hashing().seed(), settings.lsh().threshold(),
        settings.lsh().clusterPairCap(), partitions);
    ReportParts.write(rows.pairs(), ScanReports.PAIR_COLUMNS, parsed.out(), "near_duplicates.csv", conf,
        partitions);
    ReportParts.write(rows.clusters(), ScanReports.CLUSTER_COLUMNS, parsed.out(), "clusters.csv", conf,
        partitions);
    // captions.csv: candidates counted across hosts by text and by prose paragraph, pages of one
    // cluster counting once.
    JavaPairRDD<CaptionSearch.Place, Tuple2<String, Integer>> captions = CaptionSearch.rows(
        hosts.flatMap(h -> h._2().captions().iterator()), rows.clusterOfPage(),
        settings.detectors().captionScore(), partitions).persist(keep);
    ReportParts.write(captions.mapValues(Tuple2::_1), CaptionSearch.Place::compare,
        CaptionStage.HEADER, parsed.out(), CaptionStage.FILE, conf, partitions);
    // contained.csv: sampled shingles grouped, candidates counted per pair, verified by joins.
    ContainmentSearch.Result contained = ContainmentSearch.run(rows.docs(), rows.exactOf(),
        rows.clusterOf(), containmentThreshold(stages), partitions);
    ReportParts.write(contained.rows(), ContainmentSearch::compare, ContainmentStage.HEADER,
        parsed.out(), ContainmentStage.FILE, conf, partitions);
    // documents.csv: each page's host-bound facts and its cross-host cells, joined by id.
    JavaPairRDD<String, Tuple2<Integer, Integer>> captionsOfPage = captions
        .mapToPair(t -> new Tuple2<>(t._1().page(), new Tuple2<>(1, t._2()._2())))
        .reduceByKey((a, b) -> new Tuple2<>(a._1() + b._1(), Math.max(a._2(), b._2())), partitions);
    JavaPairRDD<String, Tuple2<String, Boolean>> documentLines = hosts
        .flatMapToPair(h -> h._2().pages().stream()
            .map(p -> new Tuple2<>(p.summary().id(), p)).iterator())
        .cogroup(rows.nearOfPage(), TitleSearch.sharedPages(titles, partitions), captionsOfPage,
            partitions)
        .leftOuterJoin(contained.containedIn(), partitions)
        .flatMapToPair(t -> {
          List<Tuple2<String, Tuple2<String, Boolean>>> out = new ArrayList<>(1);
          for (PageFacts p : t._2()._1()._1()) {
            NearCells near = first(t._2()._1()._2(), NearCells.NONE);
            boolean sharedTitle = first(t._2()._1()._3(), false);
            Tuple2<Integer, Integer> caps = first(t._2()._1()._4(), new Tuple2<>(0, 0));
            out.add(new Tuple2<>(t._1(), documents.line(p, near, sharedTitle, caps._1(), caps._2(),
                t._2()._2().orElse(0))));
          }
          return out.iterator();
        }).persist(keep);
    ReportParts.write(documentLines.mapValues(Tuple2::_1), String::compareTo,
        DocumentRows.header(stages), parsed.out(), ScanReports.DOCUMENTS, conf, partitions);
    // run.csv: the settings and the counts of every step, as the CLI gives them.
    List<Count> stageCounts = new ArrayList<>();
    for (Stage s : stages) {
      if (s instanceof TitleStage) {
        stageCounts.add(new Count("title_rows", titles.count()));
        stageCounts.add(new Count("title_comparisons_skipped",
            titleSearch.comparisonsSkipped().fold(0L, Long::sum)));
      } else if (s instanceof CaptionStage) {
        stageCounts.add(new Count("captions", captions.count()));
      } else if (s instanceof ContainmentStage) {
        stageCounts.add(new Count("contained", contained.pairs()));
        stageCounts.add(new Count("containment_candidates", contained.candidates()));
      }
    }
    DuplicateSearch.Counts c = rows.counts();
    ScanReports.RunCounts counts = new ScanReports.RunCounts(c.pages(), skippedCount,
        hosts.map(h -> h._2().bytesRead()).fold(0L, Long::sum), rows.runCounts().exactGroups(),
        c.candidates(), c.verified(), c.pairs(), rows.runCounts().pairsNotListed(), c.clusters(),
        blocks.count(), stageCounts, documentLines.filter(t -> t._2()._2()).count());
    List<String> inputs = new ArrayList<>();
    for (String in : parsed.inputs()) {
      inputs.add(new org.apache.hadoop.fs.Path(in).toString());
    }
    List<CorpusStage> corpusStages = new ArrayList<>();
    for (Stage s : stages) {
      if (s instanceof CorpusStage cs) {
        corpusStages.add(cs);
      }
    }
    ReportOutput.writeRun(ScanReports.runRows(settings, settings.banding(), inputs, corpusStages,
        counts), parsed.out(), conf);
    // index.html: rendered from the reports written, as the CLI renders it from its own.
    ReportOutput.writeHtml(parsed.out(), conf);
    return c;
  }

  /** The first of {@code values}, or {@code none} when there is none. */
  private static <T> T first(Iterable<T> values, T none) {
    java.util.Iterator<T> it = values.iterator();
    return it.hasNext() ? it.next() : none;
  }

  /** The containment stage's threshold (--containment). */
  private static double containmentThreshold(List<Stage> stages) {
    for (Stage s : stages) {
      if (s instanceof ContainmentStage c) {
        return c.threshold();
      }
    }
    return org.dupscan.detect.Containment.DEFAULT_THRESHOLD;
  }

  /** skipped.csv: each input not scanned, in the CLI's order (source, then reason); their number. */
  private static long writeSkipped(JavaRDD<Capture> skipped, String out, Configuration conf,
      int partitions) throws IOException {
    JavaPairRDD<Tuple2<String, String>, String> rows = skipped.mapToPair(r -> new Tuple2<>(
        new Tuple2<>(r.origin(), r.reason()),
        ReportDirectory.csvLine(ScanReports.skippedRow(r.origin(), r.reason()))));
    ReportParts.write(rows, SparkScan::bySourceThenReason, ScanReports.SKIPPED_COLUMNS, out,
        ScanReports.SKIPPED, conf, partitions);
    return skipped.count();
  }

  /** BoilerplateMiner's order: by host, then the host's own order. */
  private static int byHostThenPlace(Tuple2<String, Integer> a, Tuple2<String, Integer> b) {
    int c = a._1().compareTo(b._1());
    return c != 0 ? c : Integer.compare(a._2(), b._2());
  }

  /** SkippedInput's order. */
  private static int bySourceThenReason(Tuple2<String, String> a, Tuple2<String, String> b) {
    int c = a._1().compareTo(b._1());
    return c != 0 ? c : a._2().compareTo(b._2());
  }

  /** The scan's settings as the driver needs them (banding, threshold); validates every option. */
  private static ScanSettings driverSettings(ScanArguments parsed) throws IOException {
    Path empty = Files.createTempDirectory("dupscan-spark-driver-");
    try {
      return parsed.settings(List.of(empty), 1);
    } finally {
      Files.deleteIfExists(empty);
    }
  }
}
