package org.dupscan.report.gate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Checks gate rules against a report folder, optionally counting only findings new against a baseline. */
public final class Gate {

  /** A rule's outcome: the count it saw and whether it failed. */
  public record Outcome(GateRule rule, long count, boolean failed) {}

  private Gate() {}

  /**
   * Evaluates {@code rules} on the reports in {@code reports}; with a {@code baseline} folder (may be
   * null) a rule counts only the findings that the baseline does not hold.
   */
  public static List<Outcome> check(List<GateRule> rules, Path reports, Path baseline) throws IOException {
    Set<FindingKind> kinds = EnumSet.noneOf(FindingKind.class);
    for (GateRule r : rules) {
      kinds.add(r.kind());
    }
    Findings now = Findings.read(reports, kinds);
    Findings before = baseline == null ? null : Findings.read(baseline, kinds);
    List<Outcome> out = new ArrayList<>();
    for (GateRule r : rules) {
      long n = before == null ? now.count(r.kind()) : now.countNewAgainst(before, r.kind());
      out.add(new Outcome(r, n, r.failsAt(n)));
    }
    return out;
  }
}
