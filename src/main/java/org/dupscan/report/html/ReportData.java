package org.dupscan.report.html;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dupscan.report.CsvCells;
import org.dupscan.report.ReportRows;
import org.dupscan.report.ReportRows.Row;

/**
 * Reads the CSV files of a report folder, each once and row by row, into the JSON the page's script
 * draws: summary figures, chart series and the top rows of each table. Memory is bounded by the row
 * caps plus one counter per host and per reason, not by the number of pages.
 */
final class ReportData {

  /** The most rows kept for one table. */
  static final int MAX_TABLE_ROWS = 5_000;
  /** The most bytes of JSON one table may put on the page; eight tables stay under 18 MB, 20 MB with the passages. */
  static final long TABLE_BUDGET_BYTES = 2_200_000;
  /** Bars in a chart by host, section or reason. */
  static final int MAX_BARS = 20;
  /** Hosts in the boilerplate-share chart (those with the most pages). */
  static final int MAX_HOST_BARS = 30;
  /** Members of a cluster listed in its table cell. */
  static final int MAX_MEMBERS = 20;
  /** Lines of run.csv shown. */
  static final int MAX_RUN_ROWS = 200;
  /** The flag score when run.csv does not give one (SpamScore's default). */
  static final double DEFAULT_FLAG_SCORE = 50.0;

  private static final String[] SIZE_BUCKETS = {"2", "3", "4", "5", "6-10", "11-20", "21-50", "51-100",
      "101-1000", "over 1000"};

  private final Path dir;
  private final List<String[]> run = new ArrayList<>();
  private final Map<String, String> runValues = new HashMap<>();
  private final List<Table> tables = new ArrayList<>();
  private final Map<String, Object[]> charts = new LinkedHashMap<>();
  private final List<String[]> summary = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private final Counts reasons = new Counts();

  private ReportData(Path dir) {
    this.dir = dir;
  }

  /** The page's JSON for the report folder {@code dir}. */
  static String read(Path dir) throws IOException {
    ReportData d = new ReportData(dir);
    d.readRun();
    Table pairs = d.readPairs();
    Table clusters = d.readClusters();
    Table contained = d.readContained();
    Table flagged = d.readDocuments(pairs, contained);
    Table titles = d.readTitles();
    Table captions = d.readCaptions();
    Table boilerplate = d.readBoilerplate();
    Table skipped = d.readSkipped();
    d.tables.addAll(List.of(flagged, pairs, clusters, contained, titles, captions, boilerplate, skipped));
    Passages.Read passages = Passages.read(dir);
    if (!passages.note().isEmpty()) {
      d.notes.add(passages.note());
    }
    return d.json(passages.json());
  }

  private void readRun() throws IOException {
    ReportRows.forEach(dir.resolve("run.csv"), r -> {
      String p = r.get("parameter");
      runValues.put(p, r.get("value"));
      // Timings and thread counts differ between identical runs; the page must not.
      if (!p.startsWith("runtime.") && run.size() < MAX_RUN_ROWS) {
        run.add(new String[] {Table.cut(p), Table.cut(r.get("value"))});
      }
    });
  }

  private Table readPairs() throws IOException {
    Table t = new Table("pairs", "Near-duplicate pairs", "near_duplicates.csv", "highest similarity first",
        List.of("doc_a", "title_a", "doc_b", "title_b", "similarity", "cluster_id", "words_a", "words_b",
            "boilerplate_share_a", "boilerplate_share_b", "spam_score_a", "spam_score_b", "reasons_a",
            "reasons_b", "url_a", "url_b"),
        List.of(false, false, false, false, true, false, true, true, true, true, true, true, false, false,
            false, false),
        6, MAX_TABLE_ROWS, 2);
    long[] bins = new long[20];
    ReportRows.forEach(dir.resolve("near_duplicates.csv"), r -> {
      String sim = r.get("similarity");
      t.offer(new String[] {r.get("doc_a"), r.get("doc_b"), sim, r.get("cluster_id")});
      double s = Table.num(sim);
      if (s >= 0 && s <= 1) {
        bins[Math.min(19, (int) Math.floor(s * 20))]++;
      }
    });
    int first = 0;
    while (first < 19 && bins[first] == 0) {
      first++;
    }
    List<String> labels = new ArrayList<>();
    List<Long> values = new ArrayList<>();
    for (int i = Math.min(first, 16); i < 20; i++) {
      labels.add(CsvCells.fixed(i / 20.0, 2) + "-" + CsvCells.fixed((i + 1) / 20.0, 2));
      values.add(bins[i]);
    }
    chart("similarity", "Similarity of near-duplicate pairs", "columns", "pairs", labels, values,
        "Exact Jaccard similarity of each listed pair (near_duplicates.csv), in bins of 0.05.");
    return t;
  }

  private Table readClusters() throws IOException {
    Table t = new Table("clusters", "Duplicate clusters", "clusters.csv", "largest first",
        List.of("cluster_id", "kind", "size", "representative", "members", "pairs_not_listed"),
        List.of(false, false, true, false, false, true), 6, MAX_TABLE_ROWS, 2);
    long[] sizes = new long[SIZE_BUCKETS.length];
    ReportRows.forEach(dir.resolve("clusters.csv"), r -> {
      String size = r.get("size");
      t.offer(new String[] {r.get("cluster_id"), r.get("kind"), size, r.get("representative"),
          members(r.get("members"), (long) r.number("size", 0)), r.get("pairs_not_listed")});
      sizes[sizeBucket((long) Table.num(size))]++;
    });
    chart("cluster-sizes", "Cluster sizes", "columns", "clusters", Arrays.asList(SIZE_BUCKETS), boxed(sizes),
        "Pages per duplicate cluster (clusters.csv), exact and near clusters together.");
    return t;
  }

  private static String members(String cell, long size) {
    String[] ids = cell.split("; ", MAX_MEMBERS + 1);
    if (ids.length <= MAX_MEMBERS) {
      return cell;
    }
    return String.join("; ", Arrays.asList(ids).subList(0, MAX_MEMBERS))
        + String.format(Locale.ROOT, "; \u2026 (%,d pages in all)", size);
  }

  private static int sizeBucket(long size) {
    if (size <= 5) {
      return (int) Math.max(0, size - 2);
    }
    return size <= 10 ? 4 : size <= 20 ? 5 : size <= 50 ? 6 : size <= 100 ? 7 : size <= 1000 ? 8 : 9;
  }

  private Table readContained() throws IOException {
    Table t = new Table("contained", "Pages contained in others", "contained.csv",
        "highest containment first",
        List.of("container", "title_container", "contained", "title_contained", "containment", "similarity",
            "url_container", "url_contained"),
        List.of(false, false, false, false, true, true, false, false), 6, MAX_TABLE_ROWS, 2);
    // A folder written before contained.csv existed has none: the table is then empty.
    ReportRows.forEach(dir.resolve("contained.csv"), r -> t.offer(new String[] {r.get("container"),
        r.get("contained"), r.get("containment"), r.get("similarity")}));
    return t;
  }

  private Table readDocuments(Table pairs, Table contained) throws IOException {
    double flagScore = Table.num(runValues.getOrDefault("flag_score", ""));
    double flagAt = Double.isInfinite(flagScore) ? DEFAULT_FLAG_SCORE : flagScore;
    Table t = new Table("flagged", "Flagged pages", "documents.csv", "highest spam score first",
        List.of("id", "title", "spam_score", "reasons", "words", "boilerplate_share", "cluster_id", "url"),
        List.of(false, false, true, false, true, true, false, false), 8, MAX_TABLE_ROWS,
        2);
    Map<String, String[]> wanted = new HashMap<>();
    for (Table withIds : List.of(pairs, contained)) {
      for (String[] p : withIds.kept()) {
        wanted.put(p[0], null);
        wanted.put(p[1], null);
      }
    }
    Counts byHost = new Counts();
    Counts bySection = new Counts();
    Counts pagesPerHost = new Counts();
    Map<String, double[]> shareSums = new HashMap<>();
    long[] pages = new long[3]; // pages, exact copies, flagged
    ReportRows.forEach(dir.resolve("documents.csv"), r -> {
      pages[0]++;
      String id = r.get("id");
      String host = r.get("host");
      if (!r.get("exact_duplicate_of").isEmpty()) {
        pages[1]++;
      }
      pagesPerHost.add(host);
      double share = r.number("boilerplate_share", Double.NaN);
      if (!Double.isNaN(share)) {
        shareSums.computeIfAbsent(host, k -> new double[1])[0] += share;
      }
      if (wanted.containsKey(id)) {
        wanted.put(id, new String[] {Table.cut(r.get("title")), r.get("words"), r.get("boilerplate_share"),
            r.get("spam_score"), Table.cut(r.get("reasons")), Table.cut(r.get("url"))});
      }
      if (r.number("spam_score", Double.NEGATIVE_INFINITY) >= flagAt) {
        pages[2]++;
        byHost.add(host);
        bySection.add(section(r.get("url").isEmpty() ? id : r.get("url")));
        for (String reason : r.get("reasons").split("; ")) {
          String key = reasonKey(reason);
          if (!key.isEmpty()) {
            reasons.add(key);
          }
        }
        t.offer(new String[] {id, r.get("title"), r.get("spam_score"), r.get("reasons"), r.get("words"),
            r.get("boilerplate_share"), r.get("cluster_id"), r.get("url")});
      }
    });
    joinPairDetails(pairs, wanted);
    joinContainedDetails(contained, wanted);
    String flagLabel = CsvCells.fixed(flagAt, 1);
    summary.add(new String[] {"Pages", count(pages[0]), "rows of documents.csv"});
    summary.add(new String[] {"Exact copies", count(pages[1]), "pages identical to an earlier page"});
    summary.add(new String[] {"Pages flagged", count(pages[2]), "spam score at least " + flagLabel});
    bars("flagged-reasons", "Flagged pages by reason", reasons, MAX_BARS, "pages",
        "Reasons given for flagged pages (a page may give several), numbers and page ids left out.");
    bars("flagged-hosts", "Flagged pages by host", byHost, MAX_BARS, "pages",
        "Pages with a spam score of at least " + flagLabel + ", by host.");
    bars("flagged-sections", "Flagged pages by section", bySection, MAX_BARS, "pages",
        "Flagged pages by host and first path segment of the URL.");
    List<String> hosts = pagesPerHost.top(MAX_HOST_BARS);
    List<String> shareValues = new ArrayList<>();
    for (String h : hosts) {
      double[] sum = shareSums.get(h);
      shareValues.add(CsvCells.fixed(sum == null ? 0 : 100 * sum[0] / pagesPerHost.get(h), 1));
    }
    charts.put("boilerplate-share", new Object[] {"Boilerplate share per host", "bars", "%", hosts,
        shareValues, "Mean share of a page's words that are boilerplate (page furniture and mined blocks), "
            + "for the " + hosts.size() + " hosts with the most pages" + more(pagesPerHost.size(), hosts.size())
            + "."});
    return t;
  }

  private static void joinPairDetails(Table pairs, Map<String, String[]> docs) {
    String[] none = {"", "", "", "", "", ""};
    List<String[]> rows = new ArrayList<>();
    for (String[] p : pairs.kept()) {
      String[] a = docs.get(p[0]) == null ? none : docs.get(p[0]);
      String[] b = docs.get(p[1]) == null ? none : docs.get(p[1]);
      rows.add(new String[] {p[0], a[0], p[1], b[0], p[2], p[3], a[1], b[1], a[2], b[2], a[3], b[3], a[4],
          b[4], a[5], b[5]});
    }
    pairs.replaceRows(rows);
  }

  private static void joinContainedDetails(Table contained, Map<String, String[]> docs) {
    String[] none = {"", "", "", "", "", ""};
    List<String[]> rows = new ArrayList<>();
    for (String[] p : contained.kept()) {
      String[] a = docs.get(p[0]) == null ? none : docs.get(p[0]);
      String[] b = docs.get(p[1]) == null ? none : docs.get(p[1]);
      rows.add(new String[] {p[0], a[0], p[1], b[0], p[2], p[3], a[5], b[5]});
    }
    contained.replaceRows(rows);
  }

  /** A reason without its numbers and the page ids it names: "near-duplicate of X at 0.84" -> "near-duplicate". */
  static String reasonKey(String reason) {
    StringBuilder sb = new StringBuilder();
    for (String word : reason.trim().split(" ")) {
      if (word.equals("of")) {
        break;
      }
      boolean digit = false;
      for (int i = 0; i < word.length() && !digit; i++) {
        digit = Character.isDigit(word.charAt(i));
      }
      if (!digit && !word.isEmpty()) {
        sb.append(sb.length() > 0 ? " " : "").append(word);
      }
    }
    return sb.toString();
  }

  /** Host and first path segment of a URL or page id: "https://a.example/blog/x" -> "a.example/blog/". */
  static String section(String url) {
    int start = url.indexOf("://");
    start = start < 0 ? 0 : start + 3;
    int slash = url.indexOf('/', start);
    if (slash < 0) {
      return url.substring(start) + "/";
    }
    int next = url.indexOf('/', slash + 1);
    return next < 0 ? url.substring(start, slash + 1) : url.substring(start, next + 1);
  }

  private Table readTitles() throws IOException {
    Table t = new Table("titles", "Duplicate titles and title variants", "titles.csv", "in file order",
        List.of("kind", "group_id", "page", "title", "similarity", "position"),
        List.of(false, false, false, false, true, true), 6, MAX_TABLE_ROWS, -1);
    Set<String> duplicates = new HashSet<>();
    Set<String> variants = new HashSet<>();
    ReportRows.forEach(dir.resolve("titles.csv"), r -> {
      String kind = r.get("kind");
      if (kind.equals("duplicate")) {
        duplicates.add(r.get("group_id"));
      } else if (kind.equals("variant")) {
        variants.add(r.get("group_id"));
      }
      t.offer(new String[] {kind, r.get("group_id"), r.get("page"), r.get("title"), r.get("similarity"),
          r.get("position")});
    });
    summary.add(new String[] {"Duplicate-title groups", count(duplicates.size()), "titles shared by pages"});
    summary.add(new String[] {"Title-variant groups", count(variants.size()), "near-identical titles"});
    return t;
  }

  private Table readCaptions() throws IOException {
    Table t = new Table("captions", "Injected captions", "captions.csv", "highest score first",
        List.of("page", "text", "score", "reasons", "pages_with_same_text"),
        List.of(false, false, true, false, true), 5, MAX_TABLE_ROWS, 2);
    ReportRows.forEach(dir.resolve("captions.csv"), r -> t.offer(new String[] {r.get("page"), r.get("text"),
        r.get("score"), r.get("reasons"), r.get("pages_with_same_text")}));
    summary.add(new String[] {"Injected captions", count(t.total()), "rows of captions.csv"});
    return t;
  }

  private Table readBoilerplate() throws IOException {
    Table t = new Table("boilerplate", "Boilerplate blocks", "boilerplate.csv", "on most pages first",
        List.of("host", "pages", "share_of_host_pages", "hosts", "method", "sample_text", "first_page"),
        List.of(false, true, true, true, false, false, false), 7, MAX_TABLE_ROWS,
        1);
    ReportRows.forEach(dir.resolve("boilerplate.csv"), r -> t.offer(new String[] {r.get("host"),
        r.get("pages"), r.get("share_of_host_pages"), r.get("hosts"), r.get("method"), r.get("sample_text"),
        r.get("first_page")}));
    summary.add(new String[] {"Boilerplate blocks", count(t.total()), "blocks repeated across a host"});
    return t;
  }

  private Table readSkipped() throws IOException {
    Table t = new Table("skipped", "Skipped inputs", "skipped.csv", "in file order",
        List.of("source", "reason"), List.of(false, false), 2, MAX_TABLE_ROWS, -1);
    ReportRows.forEach(dir.resolve("skipped.csv"), r -> t.offer(new String[] {r.get("source"),
        r.get("reason")}));
    summary.add(new String[] {"Skipped inputs", count(t.total()), "not read; see skipped.csv"});
    return t;
  }

  private void bars(String id, String title, Counts counts, int n, String unit, String note) {
    List<String> labels = counts.top(n);
    List<Long> values = new ArrayList<>();
    for (String l : labels) {
      values.add(counts.get(l));
    }
    chart(id, title, "bars", unit, labels, values, note + more(counts.size(), labels.size()));
  }

  private static String more(int all, int shown) {
    return all > shown ? String.format(Locale.ROOT, " (%,d more not shown)", all - shown) : "";
  }

  private void chart(String id, String title, String kind, String unit, List<String> labels, List<Long> values,
      String note) {
    List<String> v = new ArrayList<>();
    for (Long x : values) {
      v.add(Long.toString(x));
    }
    charts.put(id, new Object[] {title, kind, unit, labels, v, note});
  }

  private static List<Long> boxed(long[] a) {
    List<Long> out = new ArrayList<>();
    for (long x : a) {
      out.add(x);
    }
    return out;
  }

  private static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  @SuppressWarnings("unchecked")
  private String json(String passages) {
    StringBuilder sb = new StringBuilder(1 << 16);
    // Pairs and clusters counted from their tables' totals, next to the pages figures.
    summary.add(1, new String[] {"Near-duplicate pairs", count(tableTotal("pairs")), "rows of near_duplicates.csv"});
    summary.add(2, new String[] {"Duplicate clusters", count(tableTotal("clusters")), "exact and near"});
    summary.add(3, new String[] {"Contained pages", count(tableTotal("contained")),
        "pages whose content another page holds (rows of contained.csv)"});
    sb.append("{\"summary\":[");
    for (int i = 0; i < summary.size(); i++) {
      sb.append(i > 0 ? "," : "");
      Json.strings(sb, Arrays.asList(summary.get(i)));
    }
    sb.append("],\"reasons\":[");
    List<String> top = reasons.top(5);
    for (int i = 0; i < top.size(); i++) {
      sb.append(i > 0 ? "," : "");
      Json.strings(sb, List.of(top.get(i), count(reasons.get(top.get(i)))));
    }
    sb.append("],\"run\":[");
    for (int i = 0; i < run.size(); i++) {
      sb.append(i > 0 ? "," : "");
      Json.strings(sb, Arrays.asList(run.get(i)));
    }
    sb.append("],\"charts\":[");
    boolean first = true;
    for (Map.Entry<String, Object[]> c : charts.entrySet()) {
      Object[] v = c.getValue();
      sb.append(first ? "" : ",").append("{\"id\":");
      first = false;
      Json.string(sb, c.getKey()).append(",\"title\":");
      Json.string(sb, (String) v[0]).append(",\"kind\":");
      Json.string(sb, (String) v[1]).append(",\"unit\":");
      Json.string(sb, (String) v[2]).append(",\"labels\":");
      List<String> labels = new ArrayList<>();
      for (String l : (List<String>) v[3]) {
        labels.add(Table.cut(l));
      }
      Json.strings(sb, labels).append(",\"values\":[");
      sb.append(String.join(",", (List<String>) v[4])).append("],\"note\":");
      Json.string(sb, (String) v[5]).append('}');
    }
    sb.append("],\"tables\":[");
    for (int i = 0; i < tables.size(); i++) {
      sb.append(i > 0 ? "," : "");
      String note = tables.get(i).appendJson(sb, TABLE_BUDGET_BYTES);
      if (!note.isEmpty()) {
        notes.add(tables.get(i).title + ": " + note);
      }
    }
    sb.append("],\"passages\":").append(passages).append(",\"notes\":");
    Json.strings(sb, notes);
    return sb.append('}').toString();
  }

  private long tableTotal(String id) {
    for (Table t : tables) {
      if (t.id.equals(id)) {
        return t.total();
      }
    }
    return 0;
  }
}
