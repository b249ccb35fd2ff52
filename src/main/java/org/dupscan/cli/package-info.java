/**
 * The command line (picocli): each subcommand a small {@code Callable<Integer>} that turns options into
 * plain settings for the engine and returns a named {@link org.dupscan.cli.ExitCode}. picocli stays in
 * this package.
 */
package org.dupscan.cli;
