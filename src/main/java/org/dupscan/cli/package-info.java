/**
 * The command line (picocli): each subcommand a small {@code Callable<Integer>} that turns options into
 * plain settings for the engine and returns a named {@link org.dupscan.cli.ExitCode}, or throws a
 * {@code CommandFailure} (a one-line reason and its exit code) that {@code Main} prints and maps to the
 * exit code through the one {@code ExitCode.MAPPER}. Options {@code scan} and {@code compare} share are
 * one mixin ({@code HashingOptions}). picocli stays in this package.
 */
package org.dupscan.cli;
