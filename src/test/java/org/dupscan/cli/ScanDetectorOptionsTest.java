package org.dupscan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ScanDetectorOptionsTest {

  @TempDir
  Path out;

  private int run(StringWriter err, String... args) {
    CommandLine cl = Main.commandLine();
    cl.setErr(new PrintWriter(err));
    return cl.execute(args);
  }

  @Test
  void rejectsAnOutOfRangeThresholdWithItsValue() {
    String[][] bad = {{"--boilerplate-share", "0"}, {"--boilerplate-hosts", "1"},
        {"--title-similarity", "1"}, {"--caption-score", "1.5"}, {"--restated-share", "-0.1"},
        {"--thin-words", "-1"}, {"--flag-score", "101"}, {"--containment", "1.5"},
        {"--containment", "0"}};
    for (String[] b : bad) {
      StringWriter err = new StringWriter();
      int code = run(err, "scan", "corpus", "--out", out.toString(), "-q", b[0], b[1]);
      assertEquals(ExitCode.USAGE, code, b[0]);
      assertTrue(err.toString().contains(b[1]), err.toString());
    }
  }

  @Test
  void acceptsThresholdsInRange() {
    StringWriter err = new StringWriter();
    int code = run(err, "scan", "corpus/garden-journal.example", "--out", out.toString(), "-q",
        "--boilerplate-share", "0.5", "--caption-score", "0.7", "--flag-score", "60");
    assertEquals(ExitCode.OK, code, err.toString());
    assertTrue(out.resolve("captions.csv").toFile().isFile());
  }

  @Test
  void containmentThresholdSetsWhichHeldPagesAreReported() throws java.io.IOException {
    // corpus/garden-journal.example/tag-soil.html holds no-dig-beds whole and compost-that-heats-up
    // without its figure caption (containment 0.95).
    for (String t : new String[] {"0.8", "0.97"}) {
      Path dir = out.resolve(t);
      StringWriter err = new StringWriter();
      int code = run(err, "scan", "corpus/garden-journal.example", "--out", dir.toString(), "-q",
          "--containment", t);
      assertEquals(ExitCode.OK, code, err.toString());
      java.util.List<String> rows = java.nio.file.Files.readAllLines(dir.resolve("contained.csv"));
      String noDig = "tag-soil.html,no-dig-beds.txt,1.0000,";
      assertTrue(rows.get(rows.size() - 1).startsWith(noDig), rows.toString());
      assertEquals(t.equals("0.8") ? 3 : 2, rows.size(), rows.toString());
    }
  }

  @Test
  void measuresTheCompressionRatioOnlyWhenAsked() throws java.io.IOException {
    for (boolean asked : new boolean[] {false, true}) {
      Path dir = out.resolve(asked ? "with" : "without");
      StringWriter err = new StringWriter();
      int code = asked
          ? run(err, "scan", "corpus/garden-journal.example", "--out", dir.toString(), "-q", "--compression-ratio")
          : run(err, "scan", "corpus/garden-journal.example", "--out", dir.toString(), "-q");
      assertEquals(ExitCode.OK, code, err.toString());
      try (org.apache.commons.csv.CSVParser p = org.apache.commons.csv.CSVParser.parse(
          dir.resolve("documents.csv"), java.nio.charset.StandardCharsets.UTF_8,
          org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build())) {
        for (org.apache.commons.csv.CSVRecord r : p) {
          String ratio = r.get("compression_ratio");
          assertEquals(asked, !ratio.isEmpty(), r.get("id") + ": " + ratio);
          if (asked) {
            assertTrue(Double.parseDouble(ratio) > 1.0, ratio);
          }
        }
      }
      assertTrue(java.nio.file.Files.readString(dir.resolve("run.csv")).contains("compression_ratio," + asked));
    }
  }
}
