package org.dupscan.cli;

import picocli.CommandLine.IExitCodeExceptionMapper;

/** The process exit codes, named. */
final class ExitCode {

  /** The run completed; reports were written (skipped pages do not change this). */
  public static final int OK = 0;
  /**
   * The run failed and wrote nothing: out of memory (raise DUPSCAN_HEAP), or an unexpected internal
   * error. The previous reports are untouched.
   */
  public static final int SOFTWARE = 1;
  /** Bad command-line usage: unknown option, bad option value (picocli's own code). */
  public static final int USAGE = 2;
  /** An input path does not exist or cannot be read at all. */
  public static final int NO_INPUT = 3;
  /** The output folder, or the temporary folder, cannot be created or written (or is full). */
  public static final int CANT_WRITE = 4;
  /** The reports were written, and a {@code --fail-on} rule failed (the CI gate). */
  public static final int GATE_FAILED = 5;
  /** Another scan is writing to the same output folder (it holds the folder's lock). */
  public static final int BUSY = 6;

  /**
   * The one mapping from what a command throws to its exit code: a {@link CommandFailure} carries its
   * own; anything else is a fault of the program.
   */
  static final IExitCodeExceptionMapper MAPPER =
      e -> e instanceof CommandFailure f ? f.exitCode() : SOFTWARE;

  private ExitCode() {}
}
