package org.dupscan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dupscan.report.gate.Gate;
import org.dupscan.report.gate.GateRule;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The CI gate options, {@code --fail-on} and {@code --baseline}, shared by {@code scan} and
 * {@code report} as a picocli mixin. Rules are parsed with the command line, so a bad rule ends the
 * run before any scanning, with exit code 2.
 */
final class GateOptions {

  @Option(names = "--fail-on", paramLabel = "RULES", converter = RulesConverter.class,
      description = "After writing the reports, exit with code 5 if a rule holds, e.g. "
          + "\"near_duplicates>0,flagged>0,duplicate_titles>5\" (operators > >= =). Names: pages, "
          + "exact_duplicates, near_duplicates, clusters, flagged, captions, duplicate_titles, "
          + "title_variants, titles_in_body, boilerplate_blocks, skipped.")
  Rules rules;

  /** The parsed rules of one {@code --fail-on} (a record, so picocli does not take it for a list option). */
  record Rules(List<GateRule> list) {}

  @Option(names = "--baseline", paramLabel = "DIR",
      description = "A previous run's report folder: --fail-on counts only findings not in it.")
  Path baseline;

  /** Parses the rules of {@code --fail-on}. */
  static final class RulesConverter implements ITypeConverter<Rules> {
    @Override
    public Rules convert(String value) {
      try {
        return new Rules(GateRule.parseAll(value));
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** Checks the options before a run; throws a failure naming a bad one. */
  void validate() {
    if (baseline == null) {
      return;
    }
    if (rules == null) {
      throw CommandFailure.usage("--baseline needs --fail-on");
    }
    if (!Files.isDirectory(baseline) || !Files.exists(baseline.resolve("documents.csv"))) {
      throw CommandFailure.noInput("--baseline " + baseline + ": not a report folder (no documents.csv)");
    }
  }

  /**
   * Checks the rules on the reports in {@code reports}: prints one line for each rule that failed and
   * returns {@link ExitCode#GATE_FAILED}, or {@link ExitCode#OK} when none did (or there are no rules).
   */
  int check(Path reports, PrintWriter err) {
    if (rules == null) {
      return ExitCode.OK;
    }
    List<Gate.Outcome> outcomes;
    try {
      outcomes = Gate.check(rules.list(), reports, baseline);
    } catch (IOException e) {
      throw CommandFailure.noInput("--fail-on: " + e.getMessage());
    }
    int code = ExitCode.OK;
    for (Gate.Outcome o : outcomes) {
      if (o.failed()) {
        err.println("dupscan: failed " + o.rule() + ": " + o.count() + " " + o.rule().kind().ruleName()
            + (baseline == null ? "" : " new against the baseline " + baseline));
        code = ExitCode.GATE_FAILED;
      }
    }
    err.flush();
    return code;
  }
}
