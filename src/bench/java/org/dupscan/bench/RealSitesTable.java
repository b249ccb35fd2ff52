package org.dupscan.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Turns the reports of bench/real-sites.sh into Markdown: per site, what the spam detectors report on a
 * clean site (every finding a false positive), which reasons flag its pages, and the distribution on its
 * pages of the measures that the restating and stuffing thresholds cut.
 *
 * <p>Run by the script with Java's source launcher against target/dupscan.jar (which holds Commons
 * CSV): {@code java -cp target/dupscan.jar RealSitesTable.java SITES_TSV OUT_DIR "SWEEP"}, where
 * SITES_TSV lists name, template, package and version per line, OUT_DIR holds a report folder per site
 * and OUT_DIR/sweep/NAME-T the reports of the same scan at --restated-share T. Columns are read by their
 * header names, so a report that gains columns still reads.
 */
public final class RealSitesTable {

  /** Gopher's top 2-, 3- and 4-gram limits (as TextQuality.GOPHER_TOP_NGRAM_LIMITS). */
  private static final double[] NGRAM_LIMITS = {0.20, 0.18, 0.16};
  /** Pages shorter than this are not judged for stuffing (as TextQuality.MIN_STUFFING_WORDS). */
  private static final int MIN_STUFFING_WORDS = 100;
  private static final double[] PERCENTILES = {50, 90, 99};
  /**
   * A clean site is quiet when at most this share of its pages is flagged, none of its blocks is reported
   * as an injected caption and at most this share of its pages has a title-in-body row (issue 11's bar).
   */
  private static final double QUIET_SHARE = 0.01;
  /** Reason families of the spam score, matched as prefixes or parts of the reasons cell. */
  private static final String[][] REASONS = {
      {"title repeated", "title repeated at block"}, {"restating", "restating the page"},
      {"caption", "caption x"}, {"stuffing", "keyword stuffing"}, {"thin", "thin page"},
      {"near/exact copy", "near-duplicate of", "exact copy of"}, {"archive title", "archive title"},
      {"shared title", "shared title"}, {"boilerplate", "% boilerplate"}};

  private RealSitesTable() {}

  /** One site's reports. */
  private record Site(String name, String template, String pkg, String version,
      List<CSVRecord> documents, List<CSVRecord> captions, List<CSVRecord> titles, int nearPairs,
      Map<String, String> run, Map<String, Integer> restatingAt) {}

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: RealSitesTable SITES_TSV OUT_DIR \"SWEEP THRESHOLDS\"");
      System.exit(2);
    }
    Path out = Path.of(args[1]);
    String[] sweep = args[2].trim().isEmpty() ? new String[0] : args[2].trim().split("\\s+");
    List<Site> sites = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != 4) {
        throw new IOException(args[0] + ": expected name, template, package, version but got: " + line);
      }
      sites.add(read(out, f, sweep));
    }
    StringBuilder md = new StringBuilder();
    findings(md, sites);
    reasons(md, sites);
    restating(md, sites, sweep);
    ngrams(md, sites);
    System.out.print(md);
  }

  private static Site read(Path out, String[] f, String[] sweep) throws IOException {
    Path dir = out.resolve(f[0]);
    Map<String, String> run = new LinkedHashMap<>();
    for (CSVRecord r : csv(dir.resolve("run.csv"))) {
      run.put(r.get("parameter"), r.get("value"));
    }
    Map<String, Integer> restatingAt = new LinkedHashMap<>();
    List<CSVRecord> documents = csv(dir.resolve("documents.csv"));
    restatingAt.put(label(run.get("restated_share")), restating(documents));
    for (String t : sweep) {
      restatingAt.put(label(t), restating(csv(out.resolve("sweep").resolve(f[0] + "-" + t)
          .resolve("documents.csv"))));
    }
    return new Site(f[0], f[1], f[2], f[3], documents, csv(dir.resolve("captions.csv")),
        csv(dir.resolve("titles.csv")), csv(dir.resolve("near_duplicates.csv")).size(), run,
        restatingAt);
  }

  /** A threshold as a column label, the same however run.csv or the script spell it. */
  private static String label(String threshold) {
    return String.format(Locale.ROOT, "%.2f", Double.parseDouble(threshold));
  }

  private static int restating(List<CSVRecord> documents) {
    int n = 0;
    for (CSVRecord d : documents) {
      if (Integer.parseInt(d.get("repeated_paragraphs")) > 0) {
        n++;
      }
    }
    return n;
  }

  private static List<CSVRecord> csv(Path file) throws IOException {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)
          .getRecords();
    }
  }

  private static void findings(StringBuilder md, List<Site> sites) {
    md.append("| site | template | package | pages | flagged | caption rows | title-in-body rows"
        + " | pages with title-in-body | pages restating | pages stuffing | near-dup pairs | quiet |\n");
    md.append("|---|---|---|--:|--:|--:|--:|--:|--:|--:|--:|---|\n");
    int[] sum = new int[8];
    boolean allQuiet = true;
    for (Site s : sites) {
      double flag = Double.parseDouble(s.run().get("flag_score"));
      int pages = s.documents().size();
      int flagged = 0;
      int stuffing = 0;
      for (CSVRecord d : s.documents()) {
        if (Double.parseDouble(d.get("spam_score")) >= flag) {
          flagged++;
        }
        if (d.get("reasons").contains("keyword stuffing")) {
          stuffing++;
        }
      }
      int titleRows = 0;
      Set<String> titlePages = new LinkedHashSet<>();
      for (CSVRecord t : s.titles()) {
        if (t.get("kind").equals("repeated_in_body")) {
          titleRows++;
          titlePages.add(t.get("page"));
        }
      }
      int restating = s.restatingAt().get(label(s.run().get("restated_share")));
      int[] row = {pages, flagged, s.captions().size(), titleRows, titlePages.size(), restating,
          stuffing, s.nearPairs()};
      for (int i = 0; i < row.length; i++) {
        sum[i] += row[i];
      }
      boolean quiet = flagged <= QUIET_SHARE * pages && s.captions().isEmpty()
          && titlePages.size() <= QUIET_SHARE * pages;
      allQuiet &= quiet;
      md.append("| ").append(s.name()).append(" | ").append(s.template()).append(" | ")
          .append(s.pkg()).append(' ').append(s.version()).append(cells(row)).append(quiet ? " yes |" : " no |")
          .append('\n');
    }
    md.append("| **all** | | ").append(cells(sum)).append(allQuiet ? " every site |" : " not every site |")
        .append("\n\n");
  }

  /** Counts, with a percentage of the pages beside every count of pages or rows. */
  private static String cells(int[] row) {
    StringBuilder sb = new StringBuilder(" | ").append(row[0]);
    for (int i = 1; i < row.length; i++) {
      sb.append(" | ").append(row[i]);
      if (i < row.length - 1 && row[0] > 0) {
        sb.append(String.format(Locale.ROOT, " (%.1f%%)", 100.0 * row[i] / row[0]));
      }
    }
    return sb.append(" |").toString();
  }

  private static void reasons(StringBuilder md, List<Site> sites) {
    md.append("Flagged pages by reason (a page counts once under each reason its `reasons` cell"
        + " names):\n\n| site | flagged |");
    for (String[] r : REASONS) {
      md.append(' ').append(r[0]).append(" |");
    }
    md.append("\n|---|--:|").append("--:|".repeat(REASONS.length)).append('\n');
    for (Site s : sites) {
      double flag = Double.parseDouble(s.run().get("flag_score"));
      int flagged = 0;
      int[] counts = new int[REASONS.length];
      for (CSVRecord d : s.documents()) {
        if (Double.parseDouble(d.get("spam_score")) < flag) {
          continue;
        }
        flagged++;
        String reasons = d.get("reasons");
        for (int i = 0; i < REASONS.length; i++) {
          for (int j = 1; j < REASONS[i].length; j++) {
            if (reasons.contains(REASONS[i][j])) {
              counts[i]++;
              break;
            }
          }
        }
      }
      md.append("| ").append(s.name()).append(" | ").append(flagged).append(" |");
      for (int c : counts) {
        md.append(' ').append(c).append(" |");
      }
      md.append('\n');
    }
    md.append('\n');
  }

  private static void restating(StringBuilder md, List<Site> sites, String[] sweep) {
    md.append("Restating paragraphs. Share of pages with at least one paragraph (of at least 25 words)"
        + " whose share of content bigrams said earlier on the page reaches T (--restated-share; the"
        + " current default is ").append(sites.isEmpty() ? "?" : label(sites.get(0).run().get("restated_share")))
        .append("): so each column is the survival function of a page's most restating paragraph;"
        + " and percentiles of repeated_word_share, the share of a page's words in such paragraphs"
        + " at the default:\n\n| site | pages |");
    List<String> thresholds = new ArrayList<>();
    if (!sites.isEmpty()) {
      thresholds.addAll(sites.get(0).restatingAt().keySet());
    }
    for (String t : thresholds) {
      md.append(" T=").append(t).append(" |");
    }
    md.append(" word share p50 | p90 | p99 | max |\n|---|--:|").append("--:|".repeat(thresholds.size()))
        .append("--:|--:|--:|--:|\n");
    Map<String, Integer> all = new HashMap<>();
    int allPages = 0;
    List<Double> allShares = new ArrayList<>();
    for (Site s : sites) {
      int pages = s.documents().size();
      allPages += pages;
      md.append("| ").append(s.name()).append(" | ").append(pages).append(" |");
      for (String t : thresholds) {
        int n = s.restatingAt().getOrDefault(t, 0);
        all.merge(t, n, Integer::sum);
        md.append(' ').append(percent(n, pages)).append(" |");
      }
      List<Double> shares = column(s.documents(), "repeated_word_share", 0);
      allShares.addAll(shares);
      md.append(percentiles(shares)).append('\n');
    }
    md.append("| **all** | ").append(allPages).append(" |");
    for (String t : thresholds) {
      md.append(' ').append(percent(all.getOrDefault(t, 0), allPages)).append(" |");
    }
    md.append(percentiles(allShares)).append("\n\n");
  }

  private static void ngrams(StringBuilder md, List<Site> sites) {
    md.append("Top n-gram character shares (Gopher's stuffing measure) on pages of at least ")
        .append(MIN_STUFFING_WORDS).append(" content words, beside the limits (top 2-gram ")
        .append(NGRAM_LIMITS[0]).append(", 3-gram ").append(NGRAM_LIMITS[1]).append(", 4-gram ")
        .append(NGRAM_LIMITS[2]).append("); \"over\" counts pages above the limit:\n\n"
            + "| site | pages | n | p50 | p90 | p99 | max | over |\n|---|--:|--:|--:|--:|--:|--:|--:|\n");
    List<List<Double>> all = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    for (Site s : sites) {
      for (int n = 2; n <= 4; n++) {
        List<Double> v = column(s.documents(), "top_" + n + "gram_share", MIN_STUFFING_WORDS);
        all.get(n - 2).addAll(v);
        md.append("| ").append(s.name()).append(" | ").append(v.size()).append(" | ").append(n)
            .append(" |").append(percentiles(v)).append(' ').append(over(v, NGRAM_LIMITS[n - 2]))
            .append(" |\n");
      }
    }
    for (int n = 2; n <= 4; n++) {
      List<Double> v = all.get(n - 2);
      md.append("| **all** | ").append(v.size()).append(" | ").append(n).append(" |")
          .append(percentiles(v)).append(' ').append(over(v, NGRAM_LIMITS[n - 2])).append(" |\n");
    }
    md.append('\n');
  }

  /** A numeric column over the pages with at least minWords content words. */
  private static List<Double> column(List<CSVRecord> documents, String name, int minWords) {
    List<Double> v = new ArrayList<>();
    for (CSVRecord d : documents) {
      if (Integer.parseInt(d.get("content_words")) >= minWords) {
        v.add(Double.parseDouble(d.get(name)));
      }
    }
    return v;
  }

  private static int over(List<Double> v, double limit) {
    int n = 0;
    for (double x : v) {
      if (x > limit) {
        n++;
      }
    }
    return n;
  }

  /**
   * Nearest-rank percentiles (the smallest value with at least p% of the values at or below it) and the
   * maximum, as table cells.
   */
  private static String percentiles(List<Double> values) {
    if (values.isEmpty()) {
      return " - | - | - | - |";
    }
    double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(v);
    StringBuilder sb = new StringBuilder();
    for (double p : PERCENTILES) {
      int rank = (int) Math.ceil(p / 100.0 * v.length);
      sb.append(String.format(Locale.ROOT, " %.3f |", v[Math.max(rank, 1) - 1]));
    }
    return sb.append(String.format(Locale.ROOT, " %.3f |", v[v.length - 1])).toString();
  }

  private static String percent(int n, int of) {
    return of == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * n / of);
  }
}
