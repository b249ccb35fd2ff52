package org.dupscan.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.dupscan.cli.Main;
import picocli.CommandLine;

/** Scans a held-out set's folder as a user would: the CLI's scan command with its default settings. */
final class HeldOutScan {

  private HeldOutScan() {}

  /** Scans {@code pages} into {@code out}, failing the test with the CLI's messages unless it exits 0. */
  static Path scan(Path pages, Path out) {
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute("scan", pages.toString(), "--out", out.toString(), "--quiet");
    assertEquals(0, code, err.toString());
    return out;
  }
}
