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
        {"--thin-words", "-1"}, {"--flag-score", "101"}};
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
}
