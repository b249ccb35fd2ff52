package org.dupscan.detect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Strips site names from titles ("Title | Site", "Site - Title"): a short segment after the last (or
 * before the first) separator that recurs on the host's titles or spells the host name. Built from
 * all the titles of a scan, since what recurs is only known over a host's pages.
 */
final class SiteNames {

  /** Separators between a title and a site name, tried in this order. */
  public static final List<String> SEPARATORS = List.of(" | ", " - ", " \u2013 ", " \u2014 ",
      " \u00B7 ", " :: ", " \u00BB ", " / ");
  /** Longest site name, in words. */
  public static final int MAX_SITE_WORDS = 6;
  /** Least titles of a host that must carry an affix for it to count as the site's name. */
  static final int MIN_RECURRING = 2;

  /** Per host, how many titles end with (key "s:" + words) or start with ("p:" + words) each affix. */
  private final Map<String, Map<String, Integer>> affixes;

  private SiteNames(Map<String, Map<String, Integer>> affixes) {
    this.affixes = affixes;
  }

  /**
   * Counts the affixes of the titles {@code titles} (in parallel on the caller's pool), each standing
   * on the host of the same index in {@code hosts}.
   */
  public static SiteNames of(List<String> titles, List<String> hosts) {
    if (titles.size() != hosts.size()) {
      throw new IllegalArgumentException(titles.size() + " titles for " + hosts.size() + " hosts");
    }
    // Each title's distinct affixes, in parallel; most titles have none and keep no list.
    List<List<String>> affixesOf = new ArrayList<>(java.util.Collections.nCopies(titles.size(), null));
    IntStream.range(0, titles.size()).parallel().forEach(i -> affixesOf.set(i, affixes(titles.get(i))));
    return counted(affixesOf, hosts);
  }

  /**
   * The distinct affixes a title could carry a site name in ("s:" + the words after a separator,
   * "p:" + those before one), or null when it has none: what {@link #of} counts, and all that
   * {@link #strip} looks up of the counts for this title.
   */
  static List<String> affixes(String title) {
    List<String> seen = null;
    for (String sep : SEPARATORS) {
      int last = title.lastIndexOf(sep);
      int first = title.indexOf(sep);
      for (String affix : new String[] {
          last > 0 ? "s:" + Words.key(title.substring(last + sep.length())) : null,
          first > 0 ? "p:" + Words.key(title.substring(0, first)) : null}) {
        if (affix != null) {
          if (seen == null) {
            seen = new ArrayList<>(2);
          }
          if (!seen.contains(affix)) {
            seen.add(affix);
          }
        }
      }
    }
    return seen;
  }

  /** Counts affixes already found ({@link #affixes}, null for none), each of the host at its index. */
  static SiteNames counted(List<List<String>> affixesOf, List<String> hosts) {
    if (affixesOf.size() != hosts.size()) {
      throw new IllegalArgumentException(affixesOf.size() + " titles for " + hosts.size() + " hosts");
    }
    Map<String, Map<String, Integer>> out = new HashMap<>();
    for (int i = 0; i < affixesOf.size(); i++) {
      Map<String, Integer> m = out.computeIfAbsent(hosts.get(i), h -> new HashMap<>());
      if (affixesOf.get(i) != null) {
        for (String s : affixesOf.get(i)) {
          m.merge(s, 1, Integer::sum);
        }
      }
    }
    return new SiteNames(out);
  }

  /** The affix counts of {@code host}'s titles, or null when it has none. */
  Map<String, Integer> counts(String host) {
    return affixes.get(host);
  }

  /** {@code title} of a page of {@code host} without its site name, or as it is when it has none. */
  public String strip(String title, String host) {
    return strip(title, host, affixes.get(host));
  }

  static String strip(String title, String host, Map<String, Integer> affixes) {
    String hostLetters = letters(host == null ? "" : host);
    for (String sep : SEPARATORS) {
      int last = title.lastIndexOf(sep);
      if (last > 0) {
        String suffix = title.substring(last + sep.length());
        if (isSite(suffix, "s:", hostLetters, affixes)) {
          return title.substring(0, last).strip();
        }
      }
      int first = title.indexOf(sep);
      if (first > 0) {
        String prefix = title.substring(0, first);
        if (isSite(prefix, "p:", hostLetters, affixes)) {
          return title.substring(first + sep.length()).strip();
        }
      }
    }
    return title;
  }

  private static boolean isSite(String part, String kind, String hostLetters,
      Map<String, Integer> affixes) {
    List<String> words = Words.of(part);
    if (words.isEmpty() || words.size() > MAX_SITE_WORDS) {
      return false;
    }
    String letters = letters(part);
    if (letters.length() >= 3 && hostLetters.contains(letters)) {
      return true;
    }
    return affixes != null && affixes.getOrDefault(kind + String.join(" ", words), 0) >= MIN_RECURRING;
  }

  private static String letters(String s) {
    StringBuilder sb = new StringBuilder();
    for (String w : Words.of(s)) {
      sb.append(w);
    }
    return sb.toString();
  }
}
