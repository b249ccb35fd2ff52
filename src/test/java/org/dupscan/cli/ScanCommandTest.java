package org.dupscan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import org.dupscan.report.ScanReports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScanCommandTest {

  @TempDir
  Path tmp;

  private Path scan(Path in, String... extra) {
    Path out = tmp.resolve("out-" + System.nanoTime());
    String[] args = Stream.concat(Stream.of("scan", in.toString(), "--out", out.toString(), "--quiet"),
        Stream.of(extra)).toArray(String[]::new);
    CliRunner.Run run = CliRunner.run(args);
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    return out;
  }

  @Test
  void findsExactAndNearDuplicatesAndWritesEveryReport() throws IOException {
    Path out = scan(Fixtures.smallSite(tmp.resolve("in")));
    for (String report : List.of("documents.csv", "near_duplicates.csv", "clusters.csv", "skipped.csv",
        "run.csv")) {
      assertTrue(Files.exists(out.resolve(report)), report);
    }
    List<CSVRecord> pairs = CliRunner.rows(out.resolve("near_duplicates.csv"));
    Map<String, String> sims = new TreeMap<>();
    for (CSVRecord r : pairs) {
      sims.put(r.get("doc_a") + " ~ " + r.get("doc_b"), r.get("similarity"));
      assertTrue(r.get("doc_a").compareTo(r.get("doc_b")) < 0, "pairs are listed once, a < b");
      assertTrue(Double.parseDouble(r.get("similarity")) >= 0.8, "no pair below the threshold");
    }
    assertEquals("1.0000", sims.get("site-a.example/post-1-copy.html ~ site-a.example/post-1.txt"));
    assertTrue(sims.containsKey("site-a.example/post-1.txt ~ site-a.example/post-2.txt"), sims.toString());
    assertEquals(3, pairs.size(), sims.toString());

    List<CSVRecord> clusters = CliRunner.rows(out.resolve("clusters.csv"));
    assertEquals(1, clusters.size());
    assertEquals("near", clusters.get(0).get("kind"));
    assertEquals("3", clusters.get(0).get("size"));
    assertEquals("site-a.example/post-1-copy.html", clusters.get(0).get("representative"));

    Map<String, CSVRecord> docs = CliRunner.rows(out.resolve("documents.csv")).stream()
        .collect(Collectors.toMap(r -> r.get("id"), r -> r));
    assertEquals(5, docs.size());
    CSVRecord post1 = docs.get("site-a.example/post-1.txt");
    assertEquals("site-a.example", post1.get("host"));
    assertEquals("First post", post1.get("title"));
    assertEquals("site-a.example/post-1-copy.html", post1.get("exact_duplicate_of"));
    assertEquals("C00001", post1.get("cluster_id"));
    assertEquals("site-a.example/post-1-copy.html", post1.get("closest_match"));
    assertEquals("2", post1.get("near_duplicates"));
    assertEquals("400", post1.get("words"));
    assertEquals("", docs.get("site-a.example/other.txt").get("cluster_id"));
    assertEquals("Another", docs.get("site-a.example/another.md").get("title"));
  }

  @Test
  void recordsItsParametersInRunCsv() throws IOException {
    Path out = scan(Fixtures.smallSite(tmp.resolve("in")), "--threshold", "0.7", "--shingle-size", "4",
        "--permutations", "64", "--seed", "7");
    Map<String, String> run = CliRunner.rows(out.resolve("run.csv")).stream()
        .collect(Collectors.toMap(r -> r.get(0), r -> r.get(1)));
    assertEquals("4", run.get("shingle_size"));
    assertEquals("64", run.get("permutations"));
    assertEquals("7", run.get("seed"));
    assertEquals("0.7000", run.get("threshold"));
    int bands = Integer.parseInt(run.get("bands"));
    int rows = Integer.parseInt(run.get("rows"));
    assertTrue(bands * rows <= 64);
    assertTrue(Double.parseDouble(run.get("s_curve_at_threshold")) >= 0.99);
    assertEquals("5", run.get("pages_read"));
  }

  @Test
  void bandsAndRowsCanBeSetByHand() throws IOException {
    Path out = scan(Fixtures.smallSite(tmp.resolve("in")), "--bands", "20", "--rows", "5");
    Map<String, String> run = CliRunner.rows(out.resolve("run.csv")).stream()
        .collect(Collectors.toMap(r -> r.get(0), r -> r.get(1)));
    assertEquals("20", run.get("bands"));
    assertEquals("5", run.get("rows"));
    assertEquals("set by hand", run.get("banding"));
  }

  @Test
  void identicalInputGivesIdenticalReports() throws IOException {
    Path in = Fixtures.smallSite(tmp.resolve("in"));
    assertSameReports(scan(in), scan(in));
  }

  @Test
  void threadCountAndInputOrderDoNotChangeReports() throws IOException {
    Path a = tmp.resolve("a");
    Path b = tmp.resolve("b");
    Fixtures.write(a.resolve("one.example/x.txt"), "X\n\n" + Fixtures.article(10, 300));
    Fixtures.write(a.resolve("one.example/y.txt"), "Y\n\n" + Fixtures.edit(Fixtures.article(10, 300), 50));
    Fixtures.write(b.resolve("two.example/z.txt"), "Z\n\n" + Fixtures.article(10, 300));
    Fixtures.write(b.resolve("two.example/w.txt"), "W\n\n" + Fixtures.article(11, 300));
    Path out1 = tmp.resolve("o1");
    Path out2 = tmp.resolve("o2");
    assertEquals(0, CliRunner.run("scan", a.toString(), b.toString(), "--out", out1.toString(),
        "--threads", "1", "-q").exitCode());
    assertEquals(0, CliRunner.run("scan", b.toString(), a.toString(), "--out", out2.toString(),
        "--threads", "4", "-q").exitCode());
    assertSameReports(out1, out2);
    assertEquals(3, CliRunner.rows(out1.resolve("near_duplicates.csv")).size());
  }

  @Test
  void neutralisesCellsASpreadsheetWouldRunAsFormulas() throws IOException {
    Path in = tmp.resolve("in");
    Fixtures.write(in.resolve("evil.txt"), "=HYPERLINK(\"http://x.example\",\"click\")\n\n"
        + Fixtures.article(5, 100));
    Fixtures.write(in.resolve("-rm.txt"), "@SUM(1+1)\n\n" + Fixtures.article(6, 100));
    Path out = scan(in);
    String docs = Files.readString(out.resolve("documents.csv"), StandardCharsets.UTF_8);
    assertTrue(docs.contains("'=HYPERLINK"), docs);
    assertTrue(docs.contains("'@SUM(1+1)"), docs);
    assertTrue(docs.contains("'-rm.txt"), docs);
    for (CSVRecord r : CliRunner.rows(out.resolve("documents.csv"))) {
      for (String cell : r) {
        assertFalse(!cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0, cell);
      }
    }
  }

  @Test
  void aClusterOverThePairCapListsEachPageWithTheRepresentativeAndCountsTheRest() throws IOException {
    Path in = tmp.resolve("in");
    String base = Fixtures.article(42, 600);
    for (int i = 0; i < 12; i++) {
      // Each copy edits a different word: all pairs are near duplicates, none are exact.
      String[] words = base.split(" ", -1);
      words[10 + 40 * i] = "variant" + i;
      Fixtures.write(in.resolve(String.format("copy-%02d.txt", i)), "Copy " + i + "\n\n"
          + String.join(" ", words));
    }
    Path out = scan(in, "--cluster-pair-cap", "5");
    List<CSVRecord> clusters = CliRunner.rows(out.resolve("clusters.csv"));
    assertEquals(1, clusters.size());
    assertEquals("12", clusters.get(0).get("size"));
    List<CSVRecord> pairs = CliRunner.rows(out.resolve("near_duplicates.csv"));
    long total = 12 * 11 / 2;
    assertEquals(String.valueOf(total - pairs.size()), clusters.get(0).get("pairs_not_listed"));
    assertTrue(pairs.size() < total, "a capped cluster does not list all pairs: " + pairs.size());
    for (int i = 1; i < 12; i++) {
      String page = String.format("copy-%02d.txt", i);
      assertTrue(pairs.stream().anyMatch(r -> r.get("doc_a").equals("copy-00.txt") && r.get("doc_b").equals(page)),
          page + " is listed with the representative");
    }
    Map<String, String> run = CliRunner.rows(out.resolve("run.csv")).stream()
        .collect(Collectors.toMap(r -> r.get(0), r -> r.get(1)));
    assertEquals(clusters.get(0).get("pairs_not_listed"), run.get("pairs_not_listed"));
    for (CSVRecord d : CliRunner.rows(out.resolve("documents.csv"))) {
      assertTrue(!d.get("closest_match").isEmpty(), d.get("id") + " has a closest match");
    }
  }

  @Test
  void reportsHiddenTextApartFromTheBody() throws IOException {
    Path in = tmp.resolve("in");
    Fixtures.write(in.resolve("hidden.html"), "<html><head><title>T</title></head><body><p>one two three"
        + "</p><div style=\"display: none\">cheap pills cheap pills best price</div>"
        + "<p hidden>buy now</p></body></html>");
    CSVRecord doc = CliRunner.rows(scan(in).resolve("documents.csv")).get(0);
    assertEquals("3", doc.get("words"));
    assertEquals("8", doc.get("hidden_words"));
  }

  @Test
  void takesTheHostFromTheSiteOptionOrTheRootFolder() throws IOException {
    Path in = tmp.resolve("my-notes");
    Fixtures.write(in.resolve("sub/a.txt"), "A\n\n" + Fixtures.article(1, 50));
    Path out = scan(in);
    assertEquals("my-notes", CliRunner.rows(out.resolve("documents.csv")).get(0).get("host"));
    Path out2 = scan(in, "--site", "example.org");
    assertEquals("example.org", CliRunner.rows(out2.resolve("documents.csv")).get(0).get("host"));
    assertEquals("sub/a.txt", CliRunner.rows(out2.resolve("documents.csv")).get(0).get("id"));
  }

  @Test
  void printsVersionAndHelp() {
    CliRunner.Run v = CliRunner.run("--version");
    assertEquals(0, v.exitCode());
    assertTrue(v.out().startsWith("dupscan "), v.out());
    for (String cmd : List.of("scan", "compare")) {
      CliRunner.Run h = CliRunner.run(cmd, "--help");
      assertEquals(0, h.exitCode());
      assertTrue(h.out().contains("Usage: dupscan " + cmd), h.out());
    }
  }

  @Test
  void writesSpunVariantsOnlyWhenAskedFor() throws IOException {
    Path in = Fixtures.smallSite(tmp.resolve("in"));
    assertFalse(Files.exists(scan(in).resolve("spun_variants.csv")), "off by default");
    Path out = scan(in, "--spun");
    assertTrue(Files.exists(out.resolve("spun_variants.csv")), "--spun writes spun_variants.csv");
    assertTrue(Files.readString(out.resolve("run.csv")).contains("spun_pairs,"));
  }

  static void assertSameReports(Path x, Path y) throws IOException {
    try (Stream<Path> files = Files.list(x)) {
      List<Path> reports = files.filter(p -> p.toString().endsWith(".csv"))
          .filter(p -> !p.getFileName().toString().equals(ScanReports.RUNTIME)).sorted().toList();
      assertFalse(reports.isEmpty());
      for (Path report : reports) {
        Path other = y.resolve(report.getFileName().toString());
        assertEquals(Files.readAllLines(report), Files.readAllLines(other), report.getFileName().toString());
      }
    }
  }
}
