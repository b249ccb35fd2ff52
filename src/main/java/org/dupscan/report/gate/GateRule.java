package org.dupscan.report.gate;

import java.util.ArrayList;
import java.util.List;

/**
 * One rule of {@code --fail-on}: a finding kind, a comparison and a limit; the gate fails when the
 * count of findings satisfies the comparison ({@code flagged>0} fails on any flagged page).
 */
public record GateRule(FindingKind kind, Op op, long limit) {

  /** The comparisons a rule may use. */
  public enum Op {
    GREATER(">"), AT_LEAST(">="), EQUAL("=");

    final String symbol;

    Op(String symbol) {
      this.symbol = symbol;
    }

    boolean holds(long count, long limit) {
      return switch (this) {
        case GREATER -> count > limit;
        case AT_LEAST -> count >= limit;
        case EQUAL -> count == limit;
      };
    }
  }

  public GateRule {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative but was " + limit);
    }
  }

  /** True when {@code count} findings fail this rule. */
  public boolean failsAt(long count) {
    return op.holds(count, limit);
  }

  @Override
  public String toString() {
    return kind.ruleName() + op.symbol + limit;
  }

  /**
   * Parses a comma-separated list of rules, e.g. {@code near_duplicates>0, flagged>0,duplicate_titles>5}.
   *
   * @throws IllegalArgumentException naming the bad rule and why, and the rule names
   */
  public static List<GateRule> parseAll(String text) {
    List<GateRule> rules = new ArrayList<>();
    for (String part : text.split(",", -1)) {
      rules.add(parse(part));
    }
    return List.copyOf(rules);
  }

  /** Parses one rule, e.g. {@code flagged>=3}. */
  public static GateRule parse(String rule) {
    String r = rule.strip();
    int at = 0;
    while (at < r.length() && r.charAt(at) != '>' && r.charAt(at) != '=') {
      at++;
    }
    if (at == r.length()) {
      throw bad(rule, "no comparison; write NAME>N, NAME>=N or NAME=N");
    }
    String name = r.substring(0, at).strip();
    Op op;
    int numberAt;
    if (r.startsWith(">=", at)) {
      op = Op.AT_LEAST;
      numberAt = at + 2;
    } else if (r.charAt(at) == '>') {
      op = Op.GREATER;
      numberAt = at + 1;
    } else {
      op = Op.EQUAL;
      numberAt = at + 1;
    }
    FindingKind kind = FindingKind.byRuleName(name);
    if (kind == null) {
      throw bad(rule, "unknown name '" + name + "'; names: " + FindingKind.ruleNames());
    }
    String number = r.substring(numberAt).strip();
    long limit;
    try {
      limit = Long.parseLong(number);
    } catch (NumberFormatException e) {
      throw bad(rule, "'" + number + "' is not a whole number");
    }
    if (limit < 0) {
      throw bad(rule, "the limit must not be negative");
    }
    return new GateRule(kind, op, limit);
  }

  private static IllegalArgumentException bad(String rule, String why) {
    return new IllegalArgumentException("bad rule '" + rule.strip() + "': " + why);
  }
}
