package org.dupscan.bench;

import com.dynatrace.hash4j.similarity.ElementHashProvider;
import com.dynatrace.hash4j.similarity.SimilarityHashPolicy;
import com.dynatrace.hash4j.similarity.SimilarityHasher;
import com.dynatrace.hash4j.similarity.SimilarityHashing;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.dupscan.detect.NearDuplicateFinder;
import org.dupscan.minhash.MinHasher;
import org.dupscan.minhash.Signature;
import org.dupscan.text.HashSeed;
import org.dupscan.internal.LongSets;
import org.dupscan.text.ShingleHasher;
import org.dupscan.text.TextNormalizer;
import org.dupscan.text.WordTokenizer;

/**
 * The end-to-end benchmark, in one run: generate (or reuse) a corpus of ~3 KB text pages with
 * near duplicates injected at known Jaccard levels; compute the exact ground truth (all pairs with
 * J >= 0.5, {@link GroundTruth}); measure the FLOOR (read and tokenize) and the full scan, each in a
 * fresh JVM, {@code --runs} times, and print medians of MB/s, pages/s and peak RSS and the ratio
 * full/floor; recall and precision of the scan; the hash4j MinHash peers on the same shingles; and
 * Spark MLlib MinHashLSH on the same pages.
 *
 * <pre>
 * mvn -B -Pbench -DskipTests package
 * java -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
 *     org.dupscan.bench.EndToEnd --pages 100000
 * </pre>
 *
 * Options: {@code --pages N} (10000), {@code --seed S} (1), {@code --runs R} (3), {@code --threads T}
 * (all cores), {@code --xmx 2g} (heap of the measured JVMs), {@code --dir D} (/tmp/dupscan-bench),
 * {@code --no-spark}, {@code --spark-tables K} (5), {@code --spark-pages N} (all; Spark on the first
 * N pages only), {@code --spark-xmx 6g}, {@code --peer-pages N} (20000, pages for the hash4j
 * comparison). {@code --pages 100000,1000000} runs each size and ends with a growth table.
 * {@code --real} uses a corpus of real text instead ({@link RealCorpus}: Debian documentation
 * packages and multilingual Europarl, with the same injected copies), made under
 * {@code DIR/real-N-sSEED}; {@code --packages a,b} names the documentation packages to read.
 * {@code --score PAIRS} (repeatable) only scores pair lists made elsewhere against the corpus's ground
 * truth: a scan's near_duplicates.csv, or SparkPeer's pairs run on their own.
 */
public final class EndToEnd {

  /** Bump when the generator's output changes, so old corpora are not reused. */
  private static final String GENERATOR_VERSION = "1";
  /** Bump when the real-text corpus's making changes. */
  private static final String REAL_VERSION = "real-1";
  private static final double TRUTH_THRESHOLD = 0.5;

  private List<Integer> sizes = List.of(10_000);
  private int pages;
  private long seed = 1;
  private int runs = 3;
  private int threads = Runtime.getRuntime().availableProcessors();
  private String xmx = "2g";
  private Path dir = Path.of("/tmp/dupscan-bench");
  private boolean spark = true;
  private int sparkTables = 5;
  private int peerPages = 20_000;
  private int sparkPages = Integer.MAX_VALUE;
  private String sparkXmx = "6g";
  private boolean real;
  private List<String> packages = RealCorpus.DEFAULT_PACKAGES;
  private final List<String> growth = new ArrayList<>();
  private final List<Path> score = new ArrayList<>();

  public static void main(String[] args) throws Exception {
    EndToEnd e = new EndToEnd();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--pages" -> e.sizes = Arrays.stream(args[++i].split(",")).map(Integer::valueOf).toList();
        case "--seed" -> e.seed = Long.parseLong(args[++i]);
        case "--runs" -> e.runs = Integer.parseInt(args[++i]);
        case "--threads" -> e.threads = Integer.parseInt(args[++i]);
        case "--xmx" -> e.xmx = args[++i];
        case "--dir" -> e.dir = Path.of(args[++i]);
        case "--no-spark" -> e.spark = false;
        case "--spark-tables" -> e.sparkTables = Integer.parseInt(args[++i]);
        case "--peer-pages" -> e.peerPages = Integer.parseInt(args[++i]);
        case "--spark-pages" -> e.sparkPages = Integer.parseInt(args[++i]);
        case "--spark-xmx" -> e.sparkXmx = args[++i];
        case "--real" -> e.real = true;
        case "--packages" -> e.packages = List.of(args[++i].split(","));
        case "--score" -> e.score.add(Path.of(args[++i]));
        default -> throw new IllegalArgumentException("unknown option " + args[i]
            + " (options: --pages --seed --runs --threads --xmx --dir --no-spark --spark-tables --spark-pages"
            + " --spark-xmx --peer-pages --real --packages --score)");
      }
    }
    for (int size : e.sizes) {
      e.pages = size;
      e.run();
    }
    if (e.sizes.size() > 1) {
      System.out.println();
      System.out.println("growth of the full scan (medians):");
      System.out.println("| pages | scan s | MB/s | peak RSS MiB | time / pages vs first | RSS vs first |");
      System.out.println("|---:|---:|---:|---:|---:|---:|");
      e.growth.forEach(System.out::println);
    }
  }

  private double firstMsPerPage;
  private double firstRss;

  private void run() throws Exception {
    Path root = dir.resolve((real ? "real-" : "corpus-") + pages + "-s" + seed);
    Path pagesDir = root.resolve("pages");
    double threshold = NearDuplicateFinder.DEFAULT_THRESHOLD;
    System.out.printf(Locale.ROOT, "dupscan end-to-end benchmark: %s, %d pages, seed %d, %d runs, %d threads, "
        + "-Xmx%s, %d cores, %s %s%n", real ? "real text" : "generated text", pages, seed, runs, threads, xmx,
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
        System.getProperty("java.version"));

    List<CorpusGenerator.InjectedPair> injected = corpus(root, pagesDir);
    GroundTruth.Pair[] truth = truth(root, pagesDir);
    if (!score.isEmpty()) {
      score(injected, truth, NearDuplicateFinder.DEFAULT_THRESHOLD);
      return;
    }

    List<Map<String, String>> floors = new ArrayList<>();
    List<Map<String, String>> scans = new ArrayList<>();
    Path pairsOut = root.resolve("scan-pairs.csv");
    for (int r = 1; r <= runs; r++) {
      floors.add(child("floor-" + r, ScanChild.class, "floor", pagesDir.toString(), String.valueOf(threads)));
      scans.add(child("scan-" + r, ScanChild.class, "scan", pagesDir.toString(), String.valueOf(threads),
          pairsOut.toString()));
    }
    System.out.println();
    System.out.println("| run | ms (median) | MB/s | pages/s | peak RSS MiB | peak heap MiB |");
    System.out.println("|---|---:|---:|---:|---:|---:|");
    double floorMs = row("floor: read + tokenize", floors);
    double scanMs = row("full scan (ScanEngine defaults)", scans);
    System.out.printf(Locale.ROOT, "%nfull/floor time ratio: %.2f%n", scanMs / floorMs);
    double rss = median(scans, "peak_rss_kib") / 1024;
    if (growth.isEmpty()) {
      firstMsPerPage = scanMs / pages;
      firstRss = rss;
    }
    growth.add(String.format(Locale.ROOT, "| %d | %.1f | %.1f | %.0f | %.2f | %.2f |", pages, scanMs / 1000,
        Double.parseDouble(scans.get(0).get("bytes")) / 1e6 / (scanMs / 1000), rss,
        scanMs / pages / firstMsPerPage, rss / firstRss));
    Map<String, String> last = scans.get(scans.size() - 1);
    System.out.println("last scan: banding " + last.get("banding") + ", candidates " + last.get("candidates")
        + ", verified " + last.get("verified") + ", pairs listed " + last.get("pairs") + ", phases ms: read "
        + last.get("read_extract_ms") + ", boilerplate " + last.get("boilerplate_ms") + ", shingle+minhash "
        + last.get("shingle_minhash_ms") + ", lsh+verify+cluster " + last.get("lsh_verify_cluster_ms")
        + ", detector stages " + last.get("detectors_ms") + ", spam score "
        + last.get("spam_score_ms") + ", engine " + last.get("engine_ms") + ", reports "
        + last.get("reports_ms"));

    System.out.println();
    System.out.println("| method | recall J>=" + threshold + " | recall J>=" + fmt(threshold + 0.05)
        + " | precision | pairs |");
    System.out.println("|---|---:|---:|---:|---:|");
    accuracy("dupscan", readPairs(pairsOut), truth, threshold);
    perLevel(injected, readPairs(pairsOut));
    injectedRecall(injected, readPairs(pairsOut), truth, threshold);

    peers(pagesDir, truth);

    if (spark) {
      sparkPeer(root, pagesDir, truth, threshold, scans);
    }
  }

  /**
   * Runs Spark on the whole corpus or, with {@code --spark-pages}, on its first folders (whole folders
   * of 1,000 pages, so the ground truth restricted to those page numbers is exact for the subset).
   */
  private void sparkPeer(Path root, Path pagesDir, GroundTruth.Pair[] truth, double threshold,
      List<Map<String, String>> scans) throws InterruptedException {
    int folders = (int) Math.min((pages + 999) / 1000, Math.max(1, (sparkPages + 999L) / 1000));
    int limit = Math.min(pages, folders * 1000);
    List<String> args = new ArrayList<>(List.of(String.valueOf(threads), String.valueOf(threshold),
        String.valueOf(sparkTables), root.resolve("spark-pairs.csv").toString()));
    if (limit == pages) {
      args.add(pagesDir.toString());
    } else {
      for (int f = 0; f < folders; f++) {
        args.add(pagesDir.resolve(CorpusGenerator.idOf(f * 1000)).getParent().toString());
      }
    }
    Path sparkOut = root.resolve("spark-pairs.csv");
    try {
      Map<String, String> s = childWithHeap(sparkXmx, "spark", SparkPeer.class, args.toArray(new String[0]));
      double ms = Double.parseDouble(s.get("ms"));
      double mb = Double.parseDouble(scans.get(0).get("bytes")) / 1e6 * limit / pages;
      double scanPagesPerS = pages / (median(scans, "ms") / 1000);
      System.out.printf(Locale.ROOT, "%nSpark MLlib MinHashLSH (%d tables, local[%d], -Xmx%s) on %d pages: %.0f ms "
          + "after a %s ms session start, %.2f MB/s, %.0f pages/s, peak RSS %d MiB; dupscan's pages/s are "
          + "%.1fx Spark's%n", sparkTables, threads, sparkXmx, limit, ms, s.get("startup_ms"), mb / (ms / 1000),
          limit / (ms / 1000), Long.parseLong(s.get("peak_rss_kib")) / 1024,
          scanPagesPerS / (limit / (ms / 1000)));
      System.out.println("| method | recall J>=" + threshold + " | recall J>=" + fmt(threshold + 0.05)
          + " | precision | pairs |");
      System.out.println("|---|---:|---:|---:|---:|");
      GroundTruth.Pair[] subset = Arrays.stream(truth).filter(p -> p.b() < limit)
          .toArray(GroundTruth.Pair[]::new);
      accuracy("Spark MinHashLSH", readPairs(sparkOut), subset, threshold);
    } catch (IOException e) {
      System.out.println("\nSpark peer failed: " + e.getMessage());
    }
  }

  /**
   * {@code --score}: precision and recall of pair lists made elsewhere (a scan's near_duplicates.csv,
   * SparkPeer's pairs), against this corpus's ground truth, as the runs above are scored; runs nothing.
   */
  private void score(List<CorpusGenerator.InjectedPair> injected, GroundTruth.Pair[] truth,
      double threshold) throws IOException {
    for (Path pairs : score) {
      System.out.println();
      System.out.println(pairs + ":");
      System.out.println("| method | recall J>=" + threshold + " | recall J>=" + fmt(threshold + 0.05)
          + " | precision | pairs |");
      System.out.println("|---|---:|---:|---:|---:|");
      accuracy(pairs.getFileName().toString(), readPairs(pairs), truth, threshold);
      perLevel(injected, readPairs(pairs));
      injectedRecall(injected, readPairs(pairs), truth, threshold);
    }
  }

  // ---------------------------------------------------------------- corpus and ground truth

  private List<CorpusGenerator.InjectedPair> corpus(Path root, Path pagesDir) throws IOException {
    Path manifest = root.resolve("manifest.properties");
    Path injectedCsv = root.resolve("injected.csv");
    Properties p = new Properties();
    if (Files.exists(manifest)) {
      try (var in = Files.newInputStream(manifest)) {
        p.load(in);
      }
    }
    String version = real ? REAL_VERSION : GENERATOR_VERSION;
    if (version.equals(p.getProperty("generator")) && "true".equals(p.getProperty("complete"))) {
      System.out.println("corpus: reusing " + root + " (" + p.getProperty("model") + ")");
    } else if (real) {
      deleteTree(root);
      long t0 = System.nanoTime();
      Map<String, Integer> counts = new java.util.LinkedHashMap<>();
      List<RealCorpus.RealPage> realPages;
      try (var europarl = Models.class.getClassLoader().getResourceAsStream(Models.EUROPARL)) {
        realPages = RealCorpus.read(packages, europarl, counts);
      } catch (InterruptedException e) {
        throw new IOException(e);
      }
      String described = RealCorpus.describe(realPages, counts);
      List<CorpusGenerator.InjectedPair> inj = RealCorpus.write(realPages, pages, seed, pagesDir);
      writeInjected(injectedCsv, inj);
      p.setProperty("generator", version);
      p.setProperty("model", described);
      p.setProperty("complete", "true");
      try (var out = Files.newOutputStream(manifest)) {
        p.store(out, "dupscan real-text benchmark corpus");
      }
      System.out.printf(Locale.ROOT, "corpus: %d pages of real text in %d ms into %s (from %s)%n", pages,
          (System.nanoTime() - t0) / 1_000_000, pagesDir, described);
    } else {
      deleteTree(root);
      long t0 = System.nanoTime();
      TextModel model = Models.standard();
      List<CorpusGenerator.InjectedPair> inj =
          new CorpusGenerator(CorpusGenerator.Settings.of(pages, seed), model).writeFolder(pagesDir);
      writeInjected(injectedCsv, inj);
      p.setProperty("generator", GENERATOR_VERSION);
      p.setProperty("model", Models.describe(model));
      p.setProperty("complete", "true");
      try (var out = Files.newOutputStream(manifest)) {
        p.store(out, "dupscan benchmark corpus");
      }
      System.out.printf(Locale.ROOT, "corpus: generated %d pages in %d ms into %s (%s)%n", pages,
          (System.nanoTime() - t0) / 1_000_000, pagesDir, Models.describe(model));
    }
    List<CorpusGenerator.InjectedPair> inj = new ArrayList<>();
    for (String line : Files.readAllLines(injectedCsv).subList(1, Files.readAllLines(injectedCsv).size())) {
      String[] f = line.split(",");
      inj.add(new CorpusGenerator.InjectedPair(f[0], f[1], Double.parseDouble(f[2]), Double.parseDouble(f[3])));
    }
    return inj;
  }

  private static void writeInjected(Path csv, List<CorpusGenerator.InjectedPair> inj) throws IOException {
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(csv, StandardCharsets.UTF_8))) {
      out.println("original,copy,target,measured");
      for (CorpusGenerator.InjectedPair i : inj) {
        out.println(i.original() + "," + i.copy() + "," + i.target() + "," + i.measured());
      }
    }
  }

  private GroundTruth.Pair[] truth(Path root, Path pagesDir) throws IOException {
    Path csv = root.resolve("truth-pairs.csv");
    if (!Files.exists(csv)) {
      long t0 = System.nanoTime();
      long[][] sets = new long[pages][];
      IntStream.range(0, pages).parallel().forEach(i -> {
        try {
          sets[i] = ExactShingles.ofPage(Files.readString(pagesDir.resolve(CorpusGenerator.idOf(i))));
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
      GroundTruth.Pair[] pairs = GroundTruth.allPairs(sets, TRUTH_THRESHOLD);
      Path tmp = root.resolve("truth-pairs.csv.tmp");
      try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(tmp, StandardCharsets.UTF_8))) {
        for (GroundTruth.Pair p : pairs) {
          out.println(p.a() + "," + p.b() + "," + p.jaccard());
        }
      }
      Files.move(tmp, csv);
      System.out.printf(Locale.ROOT, "ground truth: %d pairs with J >= %.2f by prefix-filtered inverted index "
          + "in %d ms%n", pairs.length, TRUTH_THRESHOLD, (System.nanoTime() - t0) / 1_000_000);
    }
    List<GroundTruth.Pair> out = new ArrayList<>();
    for (String line : Files.readAllLines(csv)) {
      String[] f = line.split(",");
      out.add(new GroundTruth.Pair(Integer.parseInt(f[0]), Integer.parseInt(f[1]), Double.parseDouble(f[2])));
    }
    long[] hist = new long[6];
    for (GroundTruth.Pair p : out) {
      hist[Math.min(5, (int) ((p.jaccard() - 0.5) * 10))]++;
    }
    System.out.println("ground truth pairs by J: [.5,.6) " + hist[0] + ", [.6,.7) " + hist[1] + ", [.7,.8) "
        + hist[2] + ", [.8,.9) " + hist[3] + ", [.9,1) " + hist[4] + ", 1.0 " + hist[5]);
    return out.toArray(new GroundTruth.Pair[0]);
  }

  // ---------------------------------------------------------------- child JVMs

  private Map<String, String> child(String label, Class<?> main, String... args) throws IOException,
      InterruptedException {
    return childWithHeap(xmx, label, main, args);
  }

  private Map<String, String> childWithHeap(String heap, String label, Class<?> main, String... args)
      throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx" + heap, "-cp", System.getProperty("java.class.path"), main.getName()));
    cmd.addAll(Arrays.asList(args));
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    Path log = dir.resolve("child-" + label + ".log");
    pb.redirectErrorStream(true).redirectOutput(log.toFile());
    Process proc = pb.start();
    int rc = proc.waitFor();
    String result = null;
    for (String line : Files.readAllLines(log)) {
      if (line.startsWith(Measured.PREFIX)) {
        result = line;
      }
    }
    if (rc != 0 || result == null) {
      throw new IOException(label + " failed (exit " + rc + "); see " + log);
    }
    Map<String, String> m = Measured.parse(result);
    System.out.println("  " + label + ": " + m);
    return m;
  }

  private double row(String name, List<Map<String, String>> results) {
    double ms = median(results, "ms");
    double bytes = Double.parseDouble(results.get(0).get("bytes"));
    double n = Double.parseDouble(results.get(0).get("pages"));
    System.out.printf(Locale.ROOT, "| %s | %.0f | %.1f | %.0f | %.0f | %.0f |%n", name, ms, bytes / 1e6 / (ms / 1000),
        n / (ms / 1000), median(results, "peak_rss_kib") / 1024, median(results, "peak_heap_bytes") / 1048576);
    return ms;
  }

  private static double median(List<Map<String, String>> results, String key) {
    double[] v = results.stream().mapToDouble(m -> Double.parseDouble(m.get(key))).sorted().toArray();
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }

  // ---------------------------------------------------------------- accuracy

  private static long[] readPairs(Path csv) throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(csv));
    if (!lines.isEmpty() && lines.get(0).startsWith("doc_a,")) {
      lines.remove(0); // near_duplicates.csv's header
    }
    long[] out = new long[lines.size()];
    for (int i = 0; i < out.length; i++) {
      String[] f = lines.get(i).split(",");
      int a = number(f[0]);
      int b = number(f[1]);
      out[i] = key(Math.min(a, b), Math.max(a, b));
    }
    Arrays.sort(out);
    return out;
  }

  /** The page number of an id {@code dNNNN/pNNNNNNN.txt}. */
  private static int number(String id) {
    int p = id.lastIndexOf("/p");
    return Integer.parseInt(id.substring(p + 2, id.length() - 4));
  }

  private static long key(int a, int b) {
    return ((long) a << 32) | b;
  }

  private static void accuracy(String name, long[] reported, GroundTruth.Pair[] truth, double t) {
    Map<Long, Double> exact = new HashMap<>();
    for (GroundTruth.Pair p : truth) {
      exact.put(key(p.a(), p.b()), p.jaccard());
    }
    long[] r1 = recall(reported, truth, t);
    long[] r2 = recall(reported, truth, t + 0.05);
    long correct = 0;
    for (long k : reported) {
      Double j = exact.get(k);
      if (j != null && j >= t - 1e-9) {
        correct++;
      }
    }
    System.out.printf(Locale.ROOT, "| %s | %.4f (%d/%d) | %.4f (%d/%d) | %.4f | %d |%n", name,
        (double) r1[0] / r1[1], r1[0], r1[1], (double) r2[0] / r2[1], r2[0], r2[1],
        reported.length == 0 ? 1.0 : (double) correct / reported.length, reported.length);
  }

  private static long[] recall(long[] reported, GroundTruth.Pair[] truth, double t) {
    long found = 0;
    long total = 0;
    for (GroundTruth.Pair p : truth) {
      if (p.jaccard() >= t - 1e-9) {
        total++;
        if (Arrays.binarySearch(reported, key(p.a(), p.b())) >= 0) {
          found++;
        }
      }
    }
    return new long[] {found, total};
  }

  private static void perLevel(List<CorpusGenerator.InjectedPair> injected, long[] reported) {
    StringBuilder sb = new StringBuilder("injected copies found by dupscan, by target level:");
    for (double level : CorpusGenerator.LEVELS) {
      long n = 0;
      long found = 0;
      double sum = 0;
      for (CorpusGenerator.InjectedPair p : injected) {
        if (p.target() == level) {
          n++;
          sum += p.measured();
          int a = number(p.original());
          int b = number(p.copy());
          if (Arrays.binarySearch(reported, key(Math.min(a, b), Math.max(a, b))) >= 0) {
            found++;
          }
        }
      }
      sb.append(String.format(Locale.ROOT, " %.2f: %d/%d (mean J %.3f);", level, found, n, n == 0 ? 0 : sum / n));
    }
    System.out.println(sb);
  }

  /**
   * Recall over the injected copies whose measured J is at least t and t + 0.05. The engine reports a
   * group of exact copies once, under one member, and pairs a near copy with that member: a copy listed
   * with an exact twin of its original (J = 1 in the ground truth) counts as found. Real text has such
   * groups (the same page in two packages or languages); the generated corpus has none.
   */
  private static void injectedRecall(List<CorpusGenerator.InjectedPair> injected, long[] reported,
      GroundTruth.Pair[] truth, double t) {
    Map<Integer, List<Integer>> twins = new HashMap<>();
    for (GroundTruth.Pair p : truth) {
      if (p.jaccard() >= 1 - 1e-9) {
        twins.computeIfAbsent(p.a(), k -> new ArrayList<>()).add(p.b());
        twins.computeIfAbsent(p.b(), k -> new ArrayList<>()).add(p.a());
      }
    }
    long[] found = new long[2];
    long[] total = new long[2];
    for (CorpusGenerator.InjectedPair p : injected) {
      int a = number(p.original());
      int b = number(p.copy());
      boolean hit = listed(reported, a, b);
      for (int twin : twins.getOrDefault(a, List.of())) {
        hit |= twin != b && listed(reported, twin, b);
      }
      for (int level = 0; level < 2; level++) {
        if (p.measured() >= t + 0.05 * level - 1e-9) {
          total[level]++;
          found[level] += hit ? 1 : 0;
        }
      }
    }
    System.out.printf(Locale.ROOT, "injected copies found (with the original or an exact twin of it): "
        + "J>=%.2f %.4f (%d/%d), J>=%.2f %.4f (%d/%d)%n", t, (double) found[0] / Math.max(1, total[0]),
        found[0], total[0], t + 0.05, (double) found[1] / Math.max(1, total[1]), found[1], total[1]);
  }

  private static boolean listed(long[] reported, int a, int b) {
    return Arrays.binarySearch(reported, key(Math.min(a, b), Math.max(a, b))) >= 0;
  }

  // ---------------------------------------------------------------- MinHash peers

  private void peers(Path pagesDir, GroundTruth.Pair[] truth) throws IOException {
    int n = Math.min(pages, peerPages);
    ShingleHasher hasher = new ShingleHasher(ShingleHasher.DEFAULT_SHINGLE_SIZE, HashSeed.DEFAULT);
    long[][] sets = new long[n][];
    long shingles = 0;
    for (int i = 0; i < n; i++) {
      String text = Files.readString(pagesDir.resolve(CorpusGenerator.idOf(i)));
      String body = TextNormalizer.normalize(text.substring(text.indexOf('\n') + 1));
      long[][] buf = {new long[1024]};
      int[] c = {0};
      WordTokenizer.scan(body, (t, s, e) -> {
        if (c[0] == buf[0].length) {
          buf[0] = Arrays.copyOf(buf[0], c[0] * 2);
        }
        buf[0][c[0]++] = hasher.wordHash(t, s, e);
      });
      sets[i] = hasher.shingleSet(buf[0], c[0]);
      shingles += sets[i].length;
    }
    int k = MinHasher.DEFAULT_PERMUTATIONS;
    MinHasher mine = new MinHasher(k, HashSeed.DEFAULT);
    SimilarityHashPolicy superPolicy = SimilarityHashing.superMinHash(k, 32);
    SimilarityHashPolicy minPolicy = SimilarityHashing.minHash(k, 32);
    SimilarityHasher superHasher = superPolicy.createHasher();
    SimilarityHasher minHasher = minPolicy.createHasher();
    Signature[] mineSigs = new Signature[n];
    byte[][] superSigs = new byte[n][];
    byte[][] minSigs = new byte[n][];
    double[] mineMs = new double[3];
    double[] superMs = new double[3];
    double[] minMs = new double[3];
    for (int rep = 0; rep < 3; rep++) { // the first round also warms up; medians are reported
      long t0 = System.nanoTime();
      for (int i = 0; i < n; i++) {
        mineSigs[i] = mine.signature(sets[i]);
      }
      long t1 = System.nanoTime();
      for (int i = 0; i < n; i++) {
        superSigs[i] = superHasher.compute(ElementHashProvider.ofValues(sets[i]));
      }
      long t2 = System.nanoTime();
      for (int i = 0; i < n; i++) {
        minSigs[i] = minHasher.compute(ElementHashProvider.ofValues(sets[i]));
      }
      long t3 = System.nanoTime();
      mineMs[rep] = (t1 - t0) / 1e6;
      superMs[rep] = (t2 - t1) / 1e6;
      minMs[rep] = (t3 - t2) / 1e6;
    }
    double[] errMine = new double[3];
    double[] errSuper = new double[3];
    double[] errMin = new double[3];
    for (GroundTruth.Pair p : truth) {
      if (p.b() >= n) {
        continue;
      }
      double j = LongSets.jaccard(sets[p.a()], sets[p.b()]);
      add(errMine, mineSigs[p.a()].estimateJaccard(mineSigs[p.b()]) - j);
      add(errSuper, superPolicy.getFractionOfEqualComponents(superSigs[p.a()], superSigs[p.b()]) - j);
      add(errMin, minPolicy.getFractionOfEqualComponents(minSigs[p.a()], minSigs[p.b()]) - j);
    }
    System.out.printf(Locale.ROOT, "%nMinHash kernels, %d permutations, one thread, %d pages (%.0f shingles each), "
        + "error of the estimate over %d ground-truth pairs (J >= 0.5):%n", k, n, (double) shingles / n,
        (long) errMine[0]);
    System.out.println("| kernel | ms (median of 3) | signatures/s | bias | RMSE |");
    System.out.println("|---|---:|---:|---:|---:|");
    kernelRow("dupscan MinHasher", mineMs, n, errMine);
    kernelRow("hash4j SuperMinHash", superMs, n, errSuper);
    kernelRow("hash4j MinHash", minMs, n, errMin);
  }

  private static void add(double[] acc, double err) {
    acc[0]++;
    acc[1] += err;
    acc[2] += err * err;
  }

  private static void kernelRow(String name, double[] ms, int n, double[] err) {
    double[] s = ms.clone();
    Arrays.sort(s);
    System.out.printf(Locale.ROOT, "| %s | %.0f | %.0f | %+.4f | %.4f |%n", name, s[1], n / (s[1] / 1000),
        err[0] == 0 ? 0 : err[1] / err[0], err[0] == 0 ? 0 : Math.sqrt(err[2] / err[0]));
  }

  private static String fmt(double d) {
    return String.format(Locale.ROOT, "%.2f", d);
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(p);
      }
    }
  }
}
