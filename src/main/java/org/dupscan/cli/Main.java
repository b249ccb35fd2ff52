package org.dupscan.cli;

import java.util.concurrent.Callable;
import org.dupscan.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dupscan} command: subcommands {@code scan}, {@code compare} and {@code report}. */
@Command(name = "dupscan", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
    description = "Finds duplicate content and SEO spam in a corpus of web pages and writes CSV reports.",
    subcommands = {ScanCommand.class, CompareCommand.class, ReportCommand.class,
        CommandLine.HelpCommand.class})
public final class Main implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCode.USAGE;
  }

  /** Builds the command line, for {@link #main} and for tests that capture its output. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    // "@list.txt" is dupscan's own path list (one path a line, spaces allowed), not picocli's argument file.
    cl.setExpandAtFiles(false);
    cl.setParameterExceptionHandler((ex, args) -> {
      ex.getCommandLine().getErr().println("dupscan: " + ex.getMessage());
      ex.getCommandLine().getErr().println("Try 'dupscan " + ex.getCommandLine().getCommandName()
          .replace("dupscan", "").trim() + " --help' for more information.");
      return ExitCode.USAGE;
    });
    cl.setExitCodeExceptionMapper(ExitCode.MAPPER);
    // A command that cannot go on throws CommandFailure: one line after the command's name, then the
    // mapped exit code. Anything else is a fault of the program, left to picocli (trace, exit 1).
    cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
      if (!(ex instanceof CommandFailure f)) {
        throw ex;
      }
      if (f.hasReason()) {
        cmd.getErr().println("dupscan " + cmd.getCommandName() + ": " + f.getMessage());
      }
      cmd.getErr().flush();
      return cmd.getExitCodeExceptionMapper().getExitCode(f);
    });
    return cl;
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** Reports the Maven project version. */
  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"dupscan " + Version.get()};
    }
  }
}
