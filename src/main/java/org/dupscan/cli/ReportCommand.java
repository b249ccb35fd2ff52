package org.dupscan.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dupscan.report.html.HtmlReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dupscan report DIR}: renders DIR/index.html again from the CSV reports in DIR. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = {"Renders index.html, the HTML report, from the CSV reports of a report folder (as "
        + "written by scan), without scanning again; with --fail-on, gates on those reports."})
final class ReportCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "Report folder written by scan.")
  Path dir;

  @Mixin
  GateOptions gate = new GateOptions();

  @Override
  public Integer call() {
    gate.validate();
    if (!Files.isDirectory(dir) || !Files.exists(dir.resolve("documents.csv"))) {
      throw CommandFailure.noInput(dir + ": not a report folder (no documents.csv)");
    }
    try {
      HtmlReport.write(dir);
    } catch (IOException e) {
      throw CommandFailure.cantWrite(e.getMessage());
    }
    return gate.check(dir, spec.commandLine().getErr());
  }
}
