package org.dupscan.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dupscan.cli.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Measures the detectors on the held-out corpus ({@link HeldOutCorpus}), in its plain-text and its HTML
 * form, scanned as a user would (the CLI, default settings) and read from the reports by column name.
 * Prints precision and recall per detector and form, recall per caption style, and which hard negatives
 * were taken for spam. It asserts that the corpus and its labels are sound and issue 11's bar (title in
 * body: P and R >= 0.95; captions: P >= 0.95, R >= 0.90; both forms); restating and stuffing are held
 * at the level reached (docs/detectors.md).
 */
class HeldOutQualityTest {

  @TempDir
  static Path dir;
  static HeldOutCorpus corpus;
  static Reports text;
  static Reports html;

  /** The reports of one form. */
  record Reports(String form, List<CSVRecord> documents, List<CSVRecord> captions, List<CSVRecord> titles,
      double flagScore) {}

  @BeforeAll
  static void generateAndScan() throws IOException {
    corpus = new HeldOutCorpus(HeldOutCorpus.SEED).write(dir.resolve("text"), dir.resolve("html"));
    text = scan("text");
    html = scan("html");
  }

  private static Reports scan(String form) throws IOException {
    Path out = dir.resolve("out-" + form);
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute("scan", dir.resolve(form).toString(), "--out", out.toString(), "--quiet",
        "--threads", "2");
    assertEquals(0, code, err.toString());
    double flag = Double.NaN;
    for (CSVRecord r : rows(out.resolve("run.csv"))) {
      if (r.get("parameter").equals("flag_score")) {
        flag = Double.parseDouble(r.get("value"));
      }
    }
    return new Reports(form, rows(out.resolve("documents.csv")), rows(out.resolve("captions.csv")),
        rows(out.resolve("titles.csv")), flag);
  }

  // ---- Sanity: the corpus is non-trivial and its labels are consistent ----------------------------

  @Test
  void corpusIsLargeAndVaried() {
    assertEquals(6 * HeldOutCorpus.PAGES_PER_HOST, corpus.pages.size());
    Map<HeldOutCorpus.Style, Integer> styles = new EnumMap<>(HeldOutCorpus.Style.class);
    Map<HeldOutCorpus.Kind, Integer> kinds = new EnumMap<>(HeldOutCorpus.Kind.class);
    for (HeldOutCorpus.Page p : corpus.pages.values()) {
      for (HeldOutCorpus.Labelled b : p.blocks) {
        kinds.merge(b.kind(), 1, Integer::sum);
        if (b.style() != null) {
          styles.merge(b.style(), 1, Integer::sum);
        }
      }
    }
    System.out.println("held-out corpus: " + corpus.pages.size() + " pages; blocks " + kinds
        + "; caption styles " + styles);
    for (HeldOutCorpus.Style s : HeldOutCorpus.Style.values()) {
      assertTrue(styles.getOrDefault(s, 0) >= 5, "too few captions of style " + s + ": " + styles);
    }
    assertTrue(kinds.getOrDefault(HeldOutCorpus.Kind.CAPTION, 0) >= 40, kinds.toString());
    assertTrue(kinds.getOrDefault(HeldOutCorpus.Kind.TITLE_REPEAT, 0) >= 20, kinds.toString());
    assertTrue(kinds.getOrDefault(HeldOutCorpus.Kind.KEY_POINTS, 0) >= 5, kinds.toString());
    assertTrue(kinds.getOrDefault(HeldOutCorpus.Kind.STUFFED, 0) >= 5, kinds.toString());
    int negatives = 0;
    for (HeldOutCorpus.Kind k : HeldOutCorpus.Kind.values()) {
      negatives += k.spam() ? 0 : kinds.getOrDefault(k, 0);
    }
    assertTrue(negatives >= 100, "hard negatives: " + kinds);
    long clean = corpus.pages.values().stream().filter(p -> !p.spam()).count();
    assertTrue(clean >= 50, "clean pages: " + clean);
  }

  @Test
  void everyLabelledBlockStandsInBothFormsOfItsPage() throws IOException {
    for (HeldOutCorpus.Page p : corpus.pages.values()) {
      String t = Files.readString(dir.resolve("text").resolve(p.key + ".txt"), StandardCharsets.UTF_8);
      String h = Files.readString(dir.resolve("html").resolve(p.key + ".html"), StandardCharsets.UTF_8);
      assertTrue(t.startsWith(p.title + "\n"), p.key + ": the text form starts with the title");
      assertTrue(h.contains("<h1>" + escaped(p.title) + "</h1>"), p.key + ": the HTML form has the h1");
      for (HeldOutCorpus.Labelled b : p.blocks) {
        assertTrue(t.contains(b.text()), p.key + ": text form lacks " + b);
        assertTrue(h.contains(escaped(b.text())), p.key + ": HTML form lacks " + b);
      }
      int inText = occurrences(t, p.title);
      assertEquals(p.has(HeldOutCorpus.Kind.TITLE_REPEAT) ? 2 : 1, inText,
          p.key + ": title lines in the text form");
    }
  }

  @Test
  void theSameSeedWritesTheSameCorpus(@TempDir Path again) throws IOException {
    new HeldOutCorpus(HeldOutCorpus.SEED).write(again.resolve("text"), again.resolve("html"));
    for (String form : List.of("text", "html")) {
      try (Stream<Path> files = Files.walk(dir.resolve(form))) {
        for (Path f : files.filter(Files::isRegularFile).toList()) {
          Path g = again.resolve(form).resolve(dir.resolve(form).relativize(f));
          assertEquals(Files.readString(f, StandardCharsets.UTF_8), Files.readString(g, StandardCharsets.UTF_8),
              f.toString());
        }
      }
    }
  }

  @Test
  void bothFormsAreReadWhole() {
    assertEquals(corpus.pages.size(), text.documents().size(), "pages read from the text form");
    assertEquals(corpus.pages.size(), html.documents().size(), "pages read from the HTML form");
    for (Reports r : List.of(text, html)) {
      for (CSVRecord d : r.documents()) {
        assertTrue(corpus.pages.containsKey(key(d.get("id"))), r.form() + ": unknown page " + d.get("id"));
      }
    }
  }

  // ---- The figures: printed; the targets asserted where met, floors where not yet ----------

  /**
   * Issue 11's caption target, met in both forms (text P 1.000 R 0.906, HTML P 1.000 R 0.962 when it
   * was reached; at the detectors-v2 landing they were text R 0.811, HTML P 0.940).
   */
  static final double CAPTION_PRECISION_FLOOR = 0.95;
  static final double CAPTION_RECALL_FLOOR = 0.90;
  /** The target for a title re-inserted in the body, met in both forms. */
  static final double TITLE_IN_BODY_TARGET = 0.95;

  @Test
  void printsCaptionPrecisionAndRecallPerFormAndStyle() {
    for (Reports r : List.of(text, html)) {
      Set<String> found = new TreeSet<>();
      for (CSVRecord c : r.captions()) {
        found.add(key(c.get("page")) + " :: " + norm(c.get("text")));
      }
      Set<String> truth = new TreeSet<>();
      Map<String, HeldOutCorpus.Style> styleOf = new TreeMap<>();
      for (HeldOutCorpus.Page p : corpus.pages.values()) {
        for (HeldOutCorpus.Labelled b : p.captions()) {
          String k = p.key + " :: " + norm(b.text());
          truth.add(k);
          styleOf.put(k, b.style());
        }
      }
      Figures f = Figures.of(found, truth);
      f.print("captions", r.form());
      assertTrue(f.precision() >= CAPTION_PRECISION_FLOOR, r.form() + " caption precision " + f.precision());
      assertTrue(f.recall() >= CAPTION_RECALL_FLOOR, r.form() + " caption recall " + f.recall());
      for (HeldOutCorpus.Style s : HeldOutCorpus.Style.values()) {
        Set<String> ofStyle = new TreeSet<>();
        styleOf.forEach((k, v) -> {
          if (v == s) {
            ofStyle.add(k);
          }
        });
        Set<String> hit = new TreeSet<>(ofStyle);
        hit.retainAll(found);
        System.out.printf(Locale.ROOT, "held-out %-5s captions recall %-13s %.3f (%d of %d)%n", r.form(),
            s, ofStyle.isEmpty() ? 1.0 : (double) hit.size() / ofStyle.size(), hit.size(), ofStyle.size());
      }
      Map<String, Integer> fpKinds = new TreeMap<>();
      for (String fp : f.falsePositives()) {
        fpKinds.merge(kindOf(fp), 1, Integer::sum);
      }
      System.out.println("held-out " + r.form() + " caption false positives by block kind: " + fpKinds);
      assertTrue(truth.size() >= 40);
    }
  }

  @Test
  void printsTitleInBodyPrecisionAndRecallPerForm() {
    for (Reports r : List.of(text, html)) {
      Set<String> found = new TreeSet<>();
      for (CSVRecord t : r.titles()) {
        if (t.get("kind").equals("repeated_in_body")) {
          found.add(key(t.get("page")));
        }
      }
      Figures f = Figures.of(found, pages(p -> p.has(HeldOutCorpus.Kind.TITLE_REPEAT)));
      f.print("title_in_body", r.form());
      assertTrue(f.precision() >= TITLE_IN_BODY_TARGET, r.form() + " title-in-body precision " + f.precision());
      assertTrue(f.recall() >= TITLE_IN_BODY_TARGET, r.form() + " title-in-body recall " + f.recall());
    }
  }

  /**
   * Floors for restating and stuffing, both forms: the level reached when their rules stopped
   * depending on a fixed cue list and on stuffing sown through the whole page (P 1.000, R 1.000 in
   * both forms).
   */
  static final double RESTATING_STUFFING_FLOOR = 0.95;

  @Test
  void printsRestatingStuffingAndSpamScorePerForm() {
    for (Reports r : List.of(text, html)) {
      Set<String> restating = new TreeSet<>();
      Set<String> stuffed = new TreeSet<>();
      Set<String> flagged = new TreeSet<>();
      for (CSVRecord d : r.documents()) {
        String k = key(d.get("id"));
        if (Integer.parseInt(d.get("repeated_paragraphs")) > 0) {
          restating.add(k);
        }
        if (d.get("reasons").toLowerCase(Locale.ROOT).contains("stuffing")) {
          stuffed.add(k);
        }
        if (Double.parseDouble(d.get("spam_score")) >= r.flagScore()) {
          flagged.add(k);
        }
      }
      Figures restated = Figures.of(restating, pages(p -> p.has(HeldOutCorpus.Kind.KEY_POINTS)));
      restated.print("restating", r.form());
      Figures stuffing = Figures.of(stuffed, pages(p -> p.has(HeldOutCorpus.Kind.STUFFED)));
      stuffing.print("stuffing", r.form());
      Figures.of(flagged, pages(HeldOutCorpus.Page::spam)).print("spam_score", r.form());
      for (Figures f : List.of(restated, stuffing)) {
        assertTrue(f.precision() >= RESTATING_STUFFING_FLOOR && f.recall() >= RESTATING_STUFFING_FLOOR,
            r.form() + " restating/stuffing P " + f.precision() + " R " + f.recall());
      }
    }
  }

  /** Precision and recall of a set of findings. */
  record Figures(int truePositives, int found, int truth, Set<String> falsePositives, Set<String> missed) {

    static Figures of(Set<String> found, Set<String> truth) {
      Set<String> fp = new TreeSet<>(found);
      fp.removeAll(truth);
      Set<String> fn = new TreeSet<>(truth);
      fn.removeAll(found);
      return new Figures(found.size() - fp.size(), found.size(), truth.size(), fp, fn);
    }

    double precision() {
      return found == 0 ? 1.0 : (double) truePositives / found;
    }

    double recall() {
      return truth == 0 ? 1.0 : (double) truePositives / truth;
    }

    void print(String detector, String form) {
      System.out.printf(Locale.ROOT, "held-out %-5s %-14s precision %.3f recall %.3f (found %d, true %d)%n",
          form, detector, precision(), recall(), found, truth);
      if (!falsePositives.isEmpty()) {
        System.out.println("  false positives (first 8): " + falsePositives.stream().limit(8).toList());
      }
      if (!missed.isEmpty()) {
        System.out.println("  missed (first 8): " + missed.stream().limit(8).toList());
      }
    }
  }

  /** The labelled kind of a "page :: text" finding, or what else it is. */
  private static String kindOf(String finding) {
    int sep = finding.indexOf(" :: ");
    HeldOutCorpus.Page p = corpus.pages.get(finding.substring(0, sep));
    String t = finding.substring(sep + 4);
    if (p == null) {
      return "unknown page";
    }
    for (HeldOutCorpus.Labelled b : p.blocks) {
      if (norm(b.text()).equals(t)) {
        return b.kind().name().toLowerCase(Locale.ROOT);
      }
    }
    return norm(p.title).equals(t) ? "title" : "template or article text";
  }

  private static Set<String> pages(Predicate<HeldOutCorpus.Page> p) {
    Set<String> out = new TreeSet<>();
    for (HeldOutCorpus.Page page : corpus.pages.values()) {
      if (p.test(page)) {
        out.add(page.key);
      }
    }
    return out;
  }

  /** A page's key: its id without the form's extension. */
  static String key(String id) {
    int dot = id.lastIndexOf('.');
    return dot > id.lastIndexOf('/') ? id.substring(0, dot) : id;
  }

  /** Lower case, spaces collapsed, a final full stop dropped: the caption's text however reported. */
  static String norm(String s) {
    String t = s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
  }

  private static String escaped(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  private static int occurrences(String text, String part) {
    int n = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      n++;
    }
    return n;
  }

  static List<CSVRecord> rows(Path file) throws IOException {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)
          .getRecords();
    }
  }
}
