package org.dupscan.corpus;

/**
 * An input that was not read, and why: listed in {@code skipped.csv}.
 *
 * @param source the file, or file and record, that was skipped
 * @param reason a one-line reason, e.g. "binary content (NUL byte at offset 12)"
 */
public record SkippedInput(String source, String reason) implements Comparable<SkippedInput> {

  @Override
  public int compareTo(SkippedInput o) {
    int c = source.compareTo(o.source);
    return c != 0 ? c : reason.compareTo(o.reason);
  }
}
