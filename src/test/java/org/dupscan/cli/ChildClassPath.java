package org.dupscan.cli;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The class path of a child JVM that runs the CLI as {@code java -jar} would: the main classes and the
 * runtime dependencies (target/runtime.classpath, written by the build), not the test class path with
 * Spark's provided jars.
 */
final class ChildClassPath {

  private ChildClassPath() {}

  static String get() {
    Path deps = Path.of("target", "runtime.classpath");
    if (!Files.exists(deps)) {
      return System.getProperty("java.class.path"); // a run outside Maven: the whole test class path
    }
    try {
      return Path.of("target", "classes").toAbsolutePath() + File.pathSeparator
          + Files.readString(deps).strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
