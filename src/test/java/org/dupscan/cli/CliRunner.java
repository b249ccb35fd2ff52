package org.dupscan.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/** Runs the CLI in-process and captures what it prints. */
final class CliRunner {

  record Run(int exitCode, String out, String err) {}

  private CliRunner() {}

  static Run run(String... args) {
    CommandLine cl = Main.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  /** Rows of a CSV report as parsed records (header excluded). */
  static List<org.apache.commons.csv.CSVRecord> rows(Path file) throws java.io.IOException {
    try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        var parser = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader()
            .setSkipHeaderRecord(true).get().parse(reader)) {
      return parser.getRecords();
    }
  }
}
