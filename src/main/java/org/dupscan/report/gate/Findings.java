package org.dupscan.report.gate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.codec.digest.MurmurHash3;
import org.dupscan.report.ReportRows;

/**
 * The findings of a report folder by kind, each as the sorted distinct 64-bit hashes of its identities
 * (8 bytes a finding, whatever the length of its ids). Two different identities share a hash with
 * probability about n^2 / 2^65: below 10^-6 for six million findings of a kind.
 */
final class Findings {

  /** The flag score when run.csv gives none (SpamScore's default). */
  static final double DEFAULT_FLAG_SCORE = 50.0;

  private final Map<FindingKind, long[]> byKind;

  private Findings(Map<FindingKind, long[]> byKind) {
    this.byKind = byKind;
  }

  /** The distinct findings of {@code kind}. */
  public long count(FindingKind kind) {
    return hashes(kind).length;
  }

  /** The findings of {@code kind} that {@code baseline} does not hold. */
  public long countNewAgainst(Findings baseline, FindingKind kind) {
    long[] old = baseline.hashes(kind);
    long n = 0;
    for (long h : hashes(kind)) {
      if (Arrays.binarySearch(old, h) < 0) {
        n++;
      }
    }
    return n;
  }

  private long[] hashes(FindingKind kind) {
    long[] h = byKind.get(kind);
    if (h == null) {
      throw new IllegalStateException(kind.ruleName() + " was not read");
    }
    return h;
  }

  /** Reads the findings of {@code kinds} from the CSV reports in {@code dir}. */
  public static Findings read(Path dir, Set<FindingKind> kinds) throws IOException {
    Map<FindingKind, Hashes> found = new EnumMap<>(FindingKind.class);
    for (FindingKind k : kinds) {
      found.put(k, new Hashes());
    }
    if (kinds.contains(FindingKind.PAGES) || kinds.contains(FindingKind.EXACT_DUPLICATES)
        || kinds.contains(FindingKind.FLAGGED)) {
      double flagAt = flagScore(dir);
      ReportRows.forEach(dir.resolve("documents.csv"), r -> {
        String id = r.get("id");
        add(found, FindingKind.PAGES, id);
        if (!r.get("exact_duplicate_of").isEmpty()) {
          add(found, FindingKind.EXACT_DUPLICATES, id);
        }
        if (r.number("spam_score", Double.NEGATIVE_INFINITY) >= flagAt) {
          add(found, FindingKind.FLAGGED, id);
        }
      });
    }
    if (kinds.contains(FindingKind.NEAR_DUPLICATES)) {
      ReportRows.forEach(dir.resolve("near_duplicates.csv"), r -> {
        String a = r.get("doc_a");
        String b = r.get("doc_b");
        add(found, FindingKind.NEAR_DUPLICATES, a.compareTo(b) <= 0 ? a + "\n" + b : b + "\n" + a);
      });
    }
    if (kinds.contains(FindingKind.CLUSTERS)) {
      ReportRows.forEach(dir.resolve("clusters.csv"), r -> {
        String[] members = r.get("members").split("; ");
        Arrays.sort(members);
        add(found, FindingKind.CLUSTERS, r.get("kind") + "\n" + String.join("\n", members));
      });
    }
    if (kinds.contains(FindingKind.CAPTIONS)) {
      ReportRows.forEach(dir.resolve("captions.csv"), r ->
          add(found, FindingKind.CAPTIONS, r.get("page") + "\n" + r.get("text")));
    }
    if (kinds.contains(FindingKind.DUPLICATE_TITLES) || kinds.contains(FindingKind.TITLE_VARIANTS)
        || kinds.contains(FindingKind.TITLES_IN_BODY)) {
      readTitles(dir, found);
    }
    if (kinds.contains(FindingKind.BOILERPLATE_BLOCKS)) {
      ReportRows.forEach(dir.resolve("boilerplate.csv"), r ->
          add(found, FindingKind.BOILERPLATE_BLOCKS, r.get("host") + "\n" + r.get("block_id")));
    }
    if (kinds.contains(FindingKind.SKIPPED)) {
      ReportRows.forEach(dir.resolve("skipped.csv"), r -> add(found, FindingKind.SKIPPED, r.get("source")));
    }
    Map<FindingKind, long[]> out = new EnumMap<>(FindingKind.class);
    for (Map.Entry<FindingKind, Hashes> e : found.entrySet()) {
      out.put(e.getKey(), e.getValue().sortedDistinct());
    }
    return new Findings(out);
  }

  private static void readTitles(Path dir, Map<FindingKind, Hashes> found) throws IOException {
    Map<String, List<String>> variantGroups = new HashMap<>();
    ReportRows.forEach(dir.resolve("titles.csv"), r -> {
      switch (r.get("kind")) {
        case "duplicate" -> add(found, FindingKind.DUPLICATE_TITLES, normalTitle(r.get("title")));
        case "variant" -> variantGroups.computeIfAbsent(r.get("group_id"), g -> new ArrayList<>()).add(r.get("page"));
        case "repeated_in_body" -> add(found, FindingKind.TITLES_IN_BODY, r.get("page"));
        default -> { }
      }
    });
    for (List<String> pages : variantGroups.values()) {
      pages.sort(null);
      add(found, FindingKind.TITLE_VARIANTS, String.join("\n", pages));
    }
  }

  /** A title in lower case with runs of white space as one space, trimmed. */
  static String normalTitle(String title) {
    StringBuilder sb = new StringBuilder(title.length());
    boolean space = false;
    for (int i = 0; i < title.length(); i++) {
      char c = title.charAt(i);
      if (Character.isWhitespace(c)) {
        space = sb.length() > 0;
      } else {
        if (space) {
          sb.append(' ');
          space = false;
        }
        sb.append(c);
      }
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }

  private static double flagScore(Path dir) throws IOException {
    double[] score = {DEFAULT_FLAG_SCORE};
    ReportRows.forEach(dir.resolve("run.csv"), r -> {
      if (r.get("parameter").equals("flag_score")) {
        score[0] = r.number("value", DEFAULT_FLAG_SCORE);
      }
    });
    return score[0];
  }

  private static void add(Map<FindingKind, Hashes> found, FindingKind kind, String identity) {
    Hashes h = found.get(kind);
    if (h != null) {
      byte[] b = identity.getBytes(StandardCharsets.UTF_8);
      h.add(MurmurHash3.hash128x64(b, 0, b.length, 0)[0]);
    }
  }

  /** A growing array of hashes. */
  private static final class Hashes {
    private long[] a = new long[16];
    private int n;

    void add(long h) {
      if (n == a.length) {
        a = Arrays.copyOf(a, n * 2);
      }
      a[n++] = h;
    }

    long[] sortedDistinct() {
      long[] s = Arrays.copyOf(a, n);
      Arrays.sort(s);
      int k = 0;
      for (int i = 0; i < s.length; i++) {
        if (i == 0 || s[i] != s[i - 1]) {
          s[k++] = s[i];
        }
      }
      return Arrays.copyOf(s, k);
    }
  }
}
