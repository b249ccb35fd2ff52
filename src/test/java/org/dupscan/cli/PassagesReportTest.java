package org.dupscan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.csv.CSVRecord;
import org.dupscan.engine.SharedPassages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** passages.csv: the shared passages of the top pairs, for the HTML report's side-by-side view. */
class PassagesReportTest {

  @TempDir
  Path tmp;

  private Path scan(Path in, String... extra) {
    Path out = tmp.resolve("out");
    List<String> args = new java.util.ArrayList<>(List.of("scan", in.toString(), "--out", out.toString(),
        "--quiet"));
    args.addAll(List.of(extra));
    CliRunner.Run run = CliRunner.run(args.toArray(String[]::new));
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    return out;
  }

  @Test
  void everyNearPairHasBothPagesTextWithItsSharedPassagesMarked() throws IOException {
    Path out = scan(Fixtures.smallSite(tmp.resolve("in")));
    Map<String, Set<String>> sides = new TreeMap<>();
    Map<String, Integer> sharedChars = new TreeMap<>();
    for (CSVRecord r : CliRunner.rows(out.resolve(SharedPassages.FILE))) {
      String pair = r.get("kind") + " " + r.get("doc_a") + " ~ " + r.get("doc_b");
      sides.computeIfAbsent(pair, k -> new TreeSet<>()).add(r.get("side"));
      assertTrue(r.get("text").length() <= SharedPassages.MAX_CELL_CHARS + 1, "cell within the writer's cap");
      if (r.get("shared").equals("1")) {
        sharedChars.merge(pair + " " + r.get("side"), r.get("text").length(), Integer::sum);
      }
    }
    Set<String> expected = new TreeSet<>();
    for (CSVRecord r : CliRunner.rows(out.resolve("near_duplicates.csv"))) {
      expected.add("near " + r.get("doc_a") + " ~ " + r.get("doc_b"));
    }
    assertEquals(3, expected.size());
    assertEquals(expected, sides.keySet(), "one entry a near-duplicate pair");
    for (String pair : expected) {
      assertEquals(Set.of("a", "b"), sides.get(pair), pair);
      assertTrue(sharedChars.getOrDefault(pair + " a", 0) > 500 && sharedChars.getOrDefault(pair + " b", 0) > 500,
          pair + ": near duplicates share most of their text: " + sharedChars);
    }
    assertTrue(Files.readString(out.resolve("index.html")).contains("\"passages\":[[\"near\","),
        "the HTML report carries them");
  }

  @Test
  void keepsThePassagesOfAtMostTheTopPairs() throws IOException {
    Path site = tmp.resolve("in").resolve("copies.example");
    String text = Fixtures.article(7, 120);
    for (int i = 0; i < 22; i++) { // 231 pairs of near-identical pages
      Fixtures.write(site.resolve("copy-" + i + ".txt"), "Copy " + i + "\n\n" + text + " closing" + i);
    }
    Path out = scan(tmp.resolve("in"), "--cluster-pair-cap", "300");
    assertEquals(231, CliRunner.rows(out.resolve("near_duplicates.csv")).size());
    Set<String> pairs = new TreeSet<>();
    for (CSVRecord r : CliRunner.rows(out.resolve(SharedPassages.FILE))) {
      pairs.add(r.get("doc_a") + " ~ " + r.get("doc_b"));
    }
    assertEquals(SharedPassages.MAX_PAIRS, pairs.size());
  }

  @Test
  void passagesZeroWritesAnEmptyTableAndTheSameOtherReports() throws IOException {
    Path in = Fixtures.smallSite(tmp.resolve("in"));
    Path out = scan(in, "--passages", "0");
    assertEquals(0, CliRunner.rows(out.resolve(SharedPassages.FILE)).size());
    assertEquals(3, CliRunner.rows(out.resolve("near_duplicates.csv")).size(), "the pairs are still found");
  }

  @Test
  void passagesKeepsTheTopNPairsOfEachKind() throws IOException {
    Path out = scan(Fixtures.smallSite(tmp.resolve("in")), "--passages", "1");
    Set<String> pairs = new TreeSet<>();
    for (CSVRecord r : CliRunner.rows(out.resolve(SharedPassages.FILE))) {
      pairs.add(r.get("kind") + " " + r.get("doc_a") + " ~ " + r.get("doc_b"));
    }
    assertEquals(1, pairs.size(), pairs.toString());
  }

  @Test
  void refusesAPassagesCountOutsideItsRange() throws IOException {
    Path in = Fixtures.smallSite(tmp.resolve("in"));
    CliRunner.Run run = CliRunner.run("scan", in.toString(), "--out", tmp.resolve("out").toString(), "--quiet",
        "--passages", "201");
    assertEquals(ExitCode.USAGE, run.exitCode(), run.err());
    assertTrue(run.err().contains("--passages must be 0..200 but was 201"), run.err());
  }
}
