package org.dupscan.cli;

/**
 * A run that cannot go on: its one-line reason (or null when it was said already) and the
 * {@link ExitCode} that names it. A command throws
 * it; {@link Main} prints the reason after the command's name and exits with the code that
 * {@link ExitCode#MAPPER} gives it.
 */
final class CommandFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int exitCode;

  private CommandFailure(int exitCode, String reason) {
    super(reason, null, false, false); // a reason for the user, not a fault of the program: no trace
    this.exitCode = exitCode;
  }

  /** The exit code this failure ends the run with. */
  int exitCode() {
    return exitCode;
  }

  /** Whether there is a line to print: null reason means it was said already (by a signal's handler). */
  boolean hasReason() {
    return getMessage() != null;
  }

  /** Bad usage: options that cannot work together, a bad value. */
  static CommandFailure usage(String reason) {
    return new CommandFailure(ExitCode.USAGE, reason);
  }

  /** An input that does not exist or cannot be read. */
  static CommandFailure noInput(String reason) {
    return new CommandFailure(ExitCode.NO_INPUT, reason);
  }

  /** An output, index or temporary folder that cannot be written. */
  static CommandFailure cantWrite(String reason) {
    return new CommandFailure(ExitCode.CANT_WRITE, reason);
  }

  /** Another run holds the output folder or the index. */
  static CommandFailure busy(String reason) {
    return new CommandFailure(ExitCode.BUSY, reason);
  }

  /** The program failed: out of memory, or an internal error. */
  static CommandFailure software(String reason) {
    return new CommandFailure(ExitCode.SOFTWARE, reason);
  }
}
