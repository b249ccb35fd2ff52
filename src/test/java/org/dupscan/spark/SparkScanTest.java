package org.dupscan.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.dupscan.bench.CorpusGenerator;
import org.dupscan.bench.ZipfModel;
import org.dupscan.cli.Main;
import org.dupscan.corpus.TestWarcs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job's reports equal {@code dupscan scan}'s byte for byte, on the
 * sample corpus and on generated pages spread over three hosts with real pages in WARC files beside
 * them, in a local[2] session on loopback.
 */
class SparkScanTest {

  /** The reports the Spark job writes, equal to the CLI's. */
  private static final List<String> EQUIVALENT = List.of("skipped.csv", "boilerplate.csv",
      "captions.csv", "titles.csv", "near_duplicates.csv", "clusters.csv", "contained.csv",
      "documents.csv");

  private static JavaSparkContext sc;

  @TempDir
  Path tmp;

  @BeforeAll
  static void start() {
    SparkConf conf = new SparkConf().setMaster("local[2]").setAppName("dupscan-test")
        .set("spark.driver.host", "127.0.0.1")
        .set("spark.driver.bindAddress", "127.0.0.1")
        .set("spark.ui.enabled", "false")
        .set("spark.sql.shuffle.partitions", "3")
        // Three partitions for two cores: reports are assembled from several sorted parts.
        .set(SparkScan.PARTITIONS, "3");
    sc = new JavaSparkContext(conf);
  }

  @AfterAll
  static void stop() {
    if (sc != null) {
      sc.stop();
    }
  }

  private void assertSameReports(String... args) throws IOException {
    assertSameReportsFrom(args[0], args);
    for (String name : List.of("run.csv", "index.html")) {
      assertEquals(Files.readString(tmp.resolve("cli").resolve(name), StandardCharsets.UTF_8),
          Files.readString(tmp.resolve("spark").resolve(name), StandardCharsets.UTF_8), name);
    }
  }

  /** Runs the CLI on {@code args}, the Spark job on them with {@code sparkInput} for the first. */
  private void assertSameReportsFrom(String sparkInput, String... args) throws IOException {
    Path cli = tmp.resolve("cli");
    Path spark = tmp.resolve("spark");
    List<String> cliArgs = new ArrayList<>(List.of("scan", "--quiet", "--out", cli.toString()));
    cliArgs.addAll(List.of(args));
    assertEquals(0, Main.commandLine().execute(cliArgs.toArray(String[]::new)));
    List<String> sparkArgs = new ArrayList<>(List.of(args));
    sparkArgs.set(0, sparkInput);
    sparkArgs.addAll(List.of("--out", spark.toUri().toString()));
    SparkScan.run(sc, sparkArgs.toArray(String[]::new));
    for (String name : EQUIVALENT) {
      assertEquals(Files.readString(cli.resolve(name), StandardCharsets.UTF_8),
          Files.readString(spark.resolve(name), StandardCharsets.UTF_8), name);
    }
    // run.csv's inputs are as written, and the job's first is a URI here: every other row is equal.
    assertEquals(runRowsBut("inputs,", cli), runRowsBut("inputs,", spark), "run.csv");
    assertTrue(Files.notExists(spark.resolve("_parts")), "parts left behind");
  }

  @Test
  void writesTheClisReportsForTheSampleCorpus() throws IOException {
    // The job takes a file: URI, as it takes hdfs: and s3a: ones.
    assertSameReportsFrom(Path.of("corpus").toAbsolutePath().toUri().toString(), "corpus");
    assertTrue(Files.readString(tmp.resolve("spark/clusters.csv")).lines().count() > 2,
        "the sample corpus has clusters");
    assertTrue(Files.readString(tmp.resolve("spark/captions.csv")).contains(" hosts\""),
        "the sample corpus has captions recurring across hosts");
    assertTrue(Files.readString(tmp.resolve("spark/contained.csv")).lines().count() > 1,
        "the sample corpus has contained pages");
    String titles = Files.readString(tmp.resolve("spark/titles.csv"));
    assertTrue(titles.contains("\nduplicate,T00002,") && titles.contains("\nvariant,V00002,"),
        "the sample corpus has title groups on several hosts:\n" + titles);
  }

  @Test
  void writesTheClisReportsForGeneratedAndRealPagesOnSeveralHosts() throws IOException {
    Path pages = tmp.resolve("generated");
    new CorpusGenerator(new CorpusGenerator.Settings(300, 5, 1500, 0.2), new ZipfModel(5000, 1.05, 7))
        .generate(p -> write(pages.resolve("h" + (p.number() % 3) + ".example").resolve(p.id()),
            p.text()));
    // A bucket of more than LshIndex.ALL_PAIRS_BUCKET near copies (star and chain edges) and exact
    // copies on two hosts, in one cluster of 25 pages: over the pair cap of 10, so it is listed as a
    // star with closest matches.
    String base = Files.readString(pages.resolve("h0.example").resolve(CorpusGenerator.idOf(0)));
    for (int k = 0; k < 12; k++) {
      write(pages.resolve("h" + (k % 3) + ".example/copies/near" + k + ".txt"), base + "\n\nextra" + k);
      write(pages.resolve("h" + (k % 2) + ".example/copies/exact" + k + ".txt"), base + "\n\nsame");
    }
    // Real pages in WARC.gz files (two Debian documentation sites, test resources) beside them.
    for (String site : List.of("django", "gnucash")) {
      Path warc = pages.resolve("crawl").resolve(site + ".warc.gz");
      Files.createDirectories(warc.getParent());
      Files.copy(Path.of("src/test/resources/real-sites", site + ".warc.gz"), warc);
    }
    // Captures of one URL dated outside the years a long of nanoseconds holds (1678-2262): the
    // earlier read has the later date each time, so the dates, not the reading order, decide.
    try (TestWarcs w = new TestWarcs(pages.resolve("crawl/dates.warc"), false)) {
      w.html("http://d.example/old", Instant.parse("1650-01-01T00:00:00Z"),
          "<title>Old</title><p>the copy dated sixteen fifty counts over the other</p>");
      w.html("http://d.example/old", Instant.parse("1600-01-01T00:00:00Z"),
          "<title>Older</title><p>the copy dated sixteen hundred was read later</p>");
      w.html("http://d.example/far", Instant.parse("2300-01-01T00:00:00Z"),
          "<title>Far</title><p>the copy dated twenty three hundred counts over the other</p>");
      w.html("http://d.example/far", Instant.parse("2290-01-01T00:00:00Z"),
          "<title>Near</title><p>the copy dated twenty two ninety was read later</p>");
    }
    // Inputs the scan lists as skipped: a file type it does not read, a page without words, repeated
    // captures of one URL (the later counts even when it has no words), and a page file whose id a
    // second input holds too.
    Files.createDirectories(pages.resolve("h0.example/odd"));
    Files.write(pages.resolve("h0.example/odd/picture.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    write(pages.resolve("h1.example/odd/empty.html"), "<html><body><img src=\"x.png\"></body></html>");
    write(pages.resolve("h2.example/odd/marks.html"),
        "<html><head><title>T</title></head><body><p>... --- !!!</p></body></html>");
    write(pages.resolve("feed/items.jsonl"), String.join("\n",
        "{\"url\":\"https://j.example/a\",\"text\":\"an early version of the first item\"}",
        "{\"url\":\"https://j.example/b\",\"text\":\"\"}",
        "{\"url\":\"https://j.example/c\",\"text\":\"the third item before it was emptied\"}",
        "{\"url\":\"https://j.example/a\",\"text\":\"the later version of the first item\"}",
        "{\"url\":\"https://j.example/b\",\"text\":\"the second item once it had words\"}",
        "{\"url\":\"https://j.example/c\",\"text\":\"\"}") + "\n");
    // An article with a stock caption and an edited copy of it (one word changed in each paragraph,
    // so they share no paragraph but are near duplicates): the caption does not recur, its two pages
    // being one cluster.
    String[] paragraphs = {
        "A sourdough starter is a living culture of wild yeast and lactic acid bacteria that bakers keep "
            + "in a jar on the kitchen counter and feed with equal weights of flour and water every day "
            + "so that it stays active, smells pleasantly sour and doubles in size within a few hours of "
            + "each feeding, which is the sign that it is ready to raise a loaf of bread.",
        "Most bakers begin by mixing wholemeal rye flour with lukewarm water in a clean glass jar, "
            + "covering it loosely and leaving it somewhere warm, then discarding half of the mixture "
            + "each morning before adding fresh flour and water, a routine that takes about a week "
            + "before the bubbles become regular and the starter rises and falls on a predictable clock.",
        "Once the culture is established it can live in the refrigerator between bakes, where it needs "
            + "feeding only once a week, and a baker who plans to bake on Saturday takes it out on Thursday "
            + "evening, feeds it twice at room temperature and uses it at its peak, when a spoonful of it "
            + "floats in a glass of water because of the gas trapped inside.",
        "Problems are usually easy to fix: a layer of grey liquid on top means the starter is hungry and "
            + "should be fed more often, a smell of nail varnish means the same thing, and pink or orange "
            + "streaks mean that unwanted bacteria have taken over and the jar should be emptied, washed "
            + "and started again from a spoonful of healthy culture or from scratch."};
    String caption = "Smiling woman in a yellow raincoat holding a red umbrella on a city street";
    String[] edited = {"living", "lukewarm", "refrigerator", "grey"};
    StringBuilder article = new StringBuilder("Caring for a sourdough starter\n\n");
    StringBuilder copy = new StringBuilder("Caring for a sourdough starter\n\n");
    for (int k = 0; k < paragraphs.length; k++) {
      article.append(paragraphs[k]).append("\n\n");
      copy.append(paragraphs[k].replace(edited[k], "very " + edited[k])).append("\n\n");
      if (k == 1) {
        article.append(caption).append("\n\n");
        copy.append(caption).append("\n\n");
      }
    }
    write(pages.resolve("c1.example/starter.txt"), article.toString());
    write(pages.resolve("c2.example/starter-copy.txt"), copy.toString());
    // A page file over the size cap still claims its id (the CLI checks for repeats first).
    write(pages.resolve("h2.example/big.txt"), "many words ".repeat(30_000));
    Path more = tmp.resolve("more");
    write(more.resolve("h1.example").resolve(CorpusGenerator.idOf(1)), "a page of the second input");
    write(more.resolve("h2.example/own.txt"), "a page only the second input holds");
    write(more.resolve("h2.example/big.txt"), "a page of the id the file over the cap claimed");
    write(more.resolve("top.txt"), "a page at the top of the second input");
    // A file named as an input: its id is its name, its host its folder's name.
    Path loose = tmp.resolve("loose/top.txt");
    write(loose, "a page named on the command line whose id the second input holds");
    // Without passages (the job does not read pages twice), index.html is the CLI's too.
    assertSameReports(pages.toString(), more.toString(), loose.toString(), "--cluster-pair-cap", "10",
        "--max-page-bytes", "200K", "--passages", "0");
    String skipped = Files.readString(tmp.resolve("spark/skipped.csv"));
    for (String reason : List.of("superseded by", "duplicate id", "no words", "unsupported file type",
        "over size cap", "duplicate id h2.example/big.txt", "duplicate id top.txt")) {
      assertTrue(skipped.contains(reason), reason + " in skipped.csv:\n" + skipped);
    }
    assertTrue(Files.readString(tmp.resolve("spark/near_duplicates.csv")).lines().count() > 30,
        "generated copies are found");
    assertTrue(Files.readString(tmp.resolve("spark/boilerplate.csv")).lines().count() > 5,
        "the real sites' templates are found");
    assertTrue(Files.readString(tmp.resolve("spark/clusters.csv")).contains(",25,"), "the big cluster");
    List<String> captions = Files.readAllLines(tmp.resolve("spark/captions.csv")).stream()
        .filter(l -> l.contains("yellow raincoat")).toList();
    assertEquals(2, captions.size(), () -> "the copied caption on both pages: " + captions);
    assertTrue(captions.stream().noneMatch(l -> l.contains("recurs")),
        () -> "edited copies of one page are one page for recurrence: " + captions);
  }

  @Test
  void joinsTitleVariantsAsTheClisJoinDoesWithPostingListsOverTheWindow() {
    // Every 6 of 14 words: 3,003 titles, the alphabetically first words (ties of rarity go by
    // spelling) in prefixes of over a thousand titles, so the window leaves comparisons out; some with
    // a main part before a colon, some with equal words (a number is no content word).
    String[] words = {"apple", "banana", "cherry", "damson", "elder", "fig", "grape", "guava", "kiwi",
        "lemon", "mango", "melon", "olive", "peach"};
    java.util.TreeMap<String, String> titles = new java.util.TreeMap<>();
    for (int mask = 0; mask < 1 << words.length; mask++) {
      if (Integer.bitCount(mask) != 6) {
        continue;
      }
      StringBuilder key = new StringBuilder();
      for (int w = 0; w < words.length; w++) {
        if ((mask & 1 << w) != 0) {
          key.append(key.length() == 0 ? "" : " ").append(words[w]);
        }
      }
      String k = key.toString();
      titles.put(k, titles.size() % 5 == 0 ? k.substring(0, k.lastIndexOf(' ')) + ": " + k : k);
      if (titles.size() % 97 == 0) {
        titles.put(k + " 2", k);
      }
    }
    List<String> keys = new ArrayList<>(titles.keySet());
    org.dupscan.detect.TitleGroups.Variants cli = org.dupscan.detect.TitleGroups.variants(keys,
        new ArrayList<>(titles.values()), 0.8);
    List<scala.Tuple2<String, String>> pairs = new ArrayList<>();
    titles.forEach((k, t) -> pairs.add(new scala.Tuple2<>(k, t)));
    TitleVariants.Result spark = TitleVariants.join(sc.parallelizePairs(pairs, 3), 0.8, 3);
    java.util.Map<String, scala.Tuple2<Long, Double>> variantOf = spark.variantOf().collectAsMap();
    int[] size = new int[keys.size()];
    for (int r : cli.root()) {
      size[r]++;
    }
    for (int k = 0; k < keys.size(); k++) {
      scala.Tuple2<Long, Double> v = variantOf.get(keys.get(k));
      if (size[cli.root()[k]] < 2) {
        assertEquals(null, v, keys.get(k));
      } else {
        assertEquals(cli.root()[k], v._1().intValue(), keys.get(k));
        assertEquals(cli.best()[k], v._2(), keys.get(k));
      }
    }
    assertTrue(cli.comparisonsSkipped() > 0, "the window leaves comparisons out");
    assertTrue(variantOf.size() > 10, "variants are found: " + variantOf.size());
    assertEquals(cli.comparisonsSkipped(), spark.comparisonsSkipped().fold(0L, Long::sum));
  }

  private static List<String> runRowsBut(String prefix, Path reports) throws IOException {
    return Files.readAllLines(reports.resolve("run.csv")).stream().filter(l -> !l.startsWith(prefix))
        .toList();
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
