package org.dupscan.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dupscan.engine.ScanSettings;
import org.dupscan.pipeline.Stage;
import org.dupscan.pipeline.Stages;
import picocli.CommandLine;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParseResult;

/**
 * A {@code dupscan scan} command line read for a run that is not the CLI's own (SparkScan): the
 * inputs and report folder as written (Hadoop paths such as {@code hdfs://} or {@code s3a://} are not
 * local paths), and the settings the CLI would scan with. Every option means what it means to
 * {@code dupscan scan}, since the same option declarations read it.
 */
public final class ScanArguments {

  private final ScanCommand command;
  private final List<String> inputs;
  private final String out;

  private ScanArguments(ScanCommand command, List<String> inputs, String out) {
    this.command = command;
    this.inputs = List.copyOf(inputs);
    this.out = out;
  }

  /**
   * Reads {@code args} as {@code dupscan scan} does; throws IllegalArgumentException with picocli's
   * message for a command line it rejects.
   */
  public static ScanArguments parse(String... args) {
    ScanCommand command = new ScanCommand();
    ParseResult parsed;
    try {
      parsed = new CommandLine(command).parseArgs(args);
    } catch (CommandLine.ParameterException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
    List<String> inputs = new ArrayList<>();
    for (PositionalParamSpec p : parsed.matchedPositionals()) {
      inputs.addAll(p.originalStringValues());
    }
    List<String> outs = parsed.hasMatchedOption("--out")
        ? parsed.matchedOption("--out").originalStringValues() : List.of();
    return new ScanArguments(command, inputs, outs.isEmpty() ? "reports" : outs.get(outs.size() - 1));
  }

  /** The inputs as written. */
  public List<String> inputs() {
    return inputs;
  }

  /** The report folder as written. */
  public String out() {
    return out;
  }

  /** Whether the spun-variant search is on (--spun). */
  public boolean spun() {
    return command.spun;
  }

  /** Pairs of each kind whose shared passages go into passages.csv (--passages). */
  public int passagePairs() {
    return command.passagePairs;
  }

  /** The detector stages {@code dupscan scan} would run (--spun, --containment). */
  public List<Stage> stages() {
    return Stages.withContainmentThreshold(command.spun ? Stages.withSpunVariants() : Stages.standard(),
        command.containment);
  }

  /**
   * The settings {@code dupscan scan} would use, with {@code localInputs} and {@code threads} in place
   * of the command line's; throws IllegalArgumentException, naming the bad value, for a bad option.
   */
  public ScanSettings settings(List<Path> localInputs, int threads) {
    return command.settings(localInputs, threads);
  }
}
