package org.dupscan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BadInputTest {

  @TempDir
  Path tmp;

  @Test
  void aMissingPathIsOneClearLineAndANamedExitCode() {
    Path missing = tmp.resolve("no-such-folder");
    CliRunner.Run run = CliRunner.run("scan", missing.toString(), "--out", tmp.resolve("o").toString());
    assertEquals(ExitCode.NO_INPUT, run.exitCode());
    assertEquals(1, run.err().strip().lines().count(), run.err());
    assertTrue(run.err().contains(missing.toString()) && run.err().contains("no such file"), run.err());
    assertFalse(Files.exists(tmp.resolve("o").resolve("documents.csv")));
  }

  @Test
  void anOutputFolderThatCannotBeWrittenIsOneClearLine() throws IOException {
    Path in = Fixtures.smallSite(tmp.resolve("in"));
    Path file = tmp.resolve("a-file");
    Files.writeString(file, "x");
    CliRunner.Run run = CliRunner.run("scan", in.toString(), "--out", file.toString());
    assertEquals(ExitCode.CANT_WRITE, run.exitCode());
    assertEquals(1, run.err().strip().lines().count(), run.err());
    assertTrue(run.err().contains(file.toString()), run.err());
  }

  @Test
  void badOptionValuesAreRejectedWithTheValue() throws IOException {
    Path in = Fixtures.smallSite(tmp.resolve("in"));
    String out = tmp.resolve("o").toString();
    CliRunner.Run t = CliRunner.run("scan", in.toString(), "--out", out, "--threshold", "1.5");
    assertEquals(ExitCode.USAGE, t.exitCode());
    assertTrue(t.err().contains("1.5"), t.err());
    CliRunner.Run k = CliRunner.run("scan", in.toString(), "--out", out, "--shingle-size", "0");
    assertEquals(ExitCode.USAGE, k.exitCode());
    assertTrue(k.err().contains("but was 0"), k.err());
    CliRunner.Run b = CliRunner.run("scan", in.toString(), "--out", out, "--bands", "40", "--rows", "5");
    assertEquals(ExitCode.USAGE, b.exitCode());
    assertTrue(b.err().contains("200 > 128"), b.err());
    CliRunner.Run r = CliRunner.run("scan", in.toString(), "--out", out, "--bands", "4");
    assertEquals(ExitCode.USAGE, r.exitCode());
    CliRunner.Run s = CliRunner.run("scan", in.toString(), "--out", out, "--max-page-bytes", "lots");
    assertEquals(ExitCode.USAGE, s.exitCode());
    assertTrue(s.err().contains("lots"), s.err());
    CliRunner.Run u = CliRunner.run("scan", in.toString(), "--out", out, "--no-such-option");
    assertEquals(ExitCode.USAGE, u.exitCode());
  }

  @Test
  void badFilesAreSkippedCountedAndListedNeverFatal() throws IOException {
    Path in = tmp.resolve("in");
    Fixtures.write(in.resolve("good.txt"), "Good\n\n" + Fixtures.article(1, 200));
    Files.write(in.resolve("binary.html"), new byte[] {'<', 'p', '>', 0, 1, 2, 3});
    Files.write(in.resolve("empty.txt"), new byte[0]);
    Files.write(in.resolve("latin1.txt"), "Caf\u00e9 au lait\n\nna\u00efve text here".getBytes(
        StandardCharsets.ISO_8859_1));
    Fixtures.write(in.resolve("title-only.html"), "<html><head><title>T</title></head><body></body></html>");
    Fixtures.write(in.resolve("blank.txt"), "\n\n   \n");
    Fixtures.write(in.resolve("big.txt"), "Big\n\n" + Fixtures.article(2, 3000));
    Fixtures.write(in.resolve("image.jpg"), "not really a jpeg");
    Fixtures.write(in.resolve("punctuation.txt"), "...\n\n!!! ??? ---");
    Path out = tmp.resolve("out");
    CliRunner.Run run = CliRunner.run("scan", in.toString(), "--out", out.toString(), "--max-page-bytes",
        "10K");
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    Map<String, String> skipped = CliRunner.rows(out.resolve("skipped.csv")).stream()
        .collect(Collectors.toMap(r -> Path.of(r.get("source")).getFileName().toString(),
            r -> r.get("reason")));
    assertTrue(skipped.get("binary.html").startsWith("binary content"), skipped.toString());
    assertEquals("empty file", skipped.get("empty.txt"));
    assertFalse(skipped.containsKey("latin1.txt"), "not UTF-8: read as windows-1252 (issue 4)");
    assertEquals("no body text (title only)", skipped.get("title-only.html"));
    assertEquals("no text", skipped.get("blank.txt"));
    assertTrue(skipped.get("big.txt").startsWith("over size cap"), skipped.toString());
    assertEquals("unsupported file type (.jpg)", skipped.get("image.jpg"));
    assertEquals("no words", skipped.get("punctuation.txt"));
    assertEquals(7, skipped.size());
    Map<String, String> run2 = CliRunner.rows(out.resolve("run.csv")).stream()
        .collect(Collectors.toMap(r -> r.get(0), r -> r.get(1)));
    assertEquals("2", run2.get("pages_read"));
    assertEquals("7", run2.get("pages_skipped"));
    for (CSVRecord r : CliRunner.rows(out.resolve("skipped.csv"))) {
      assertTrue(r.get("source").startsWith(in.toString().replace('\\', '/')), r.get("source"));
    }
  }

  @Test
  void aFailedRunLeavesThePreviousReportsUntouched() throws IOException {
    Path in = Fixtures.smallSite(tmp.resolve("in"));
    Path out = tmp.resolve("out");
    assertEquals(0, CliRunner.run("scan", in.toString(), "--out", out.toString(), "-q").exitCode());
    String before = Files.readString(out.resolve("documents.csv"));
    // A second run over a missing input fails before writing anything.
    assertEquals(ExitCode.NO_INPUT, CliRunner.run("scan", tmp.resolve("gone").toString(), "--out",
        out.toString()).exitCode());
    assertEquals(before, Files.readString(out.resolve("documents.csv")));
    try (var files = Files.list(out)) {
      assertTrue(files.noneMatch(f -> f.getFileName().toString().startsWith(".dupscan-")),
          "no staging folder left behind");
    }
  }
}
