package org.dupscan.detect;

import static org.dupscan.detect.HeldOutQualityTest.key;
import static org.dupscan.detect.HeldOutQualityTest.norm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.csv.CSVRecord;
import org.dupscan.detect.ThirdHeldOutCorpus.Kind;
import org.dupscan.detect.ThirdHeldOutCorpus.Labelled;
import org.dupscan.detect.ThirdHeldOutCorpus.Page;
import org.dupscan.detect.ThirdHeldOutCorpus.Placement;
import org.dupscan.detect.ThirdHeldOutCorpus.Style;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reports the caption and title-in-body detectors on the third held-out set ({@link ThirdHeldOutCorpus}),
 * both forms scanned through the CLI with default settings and read from captions.csv and titles.csv.
 * Prints, on lines starting {@code third-held-out}, precision and recall per detector and form, caption
 * recall per style (and per HTML placement), title recall per kind of repeat, and the false positives
 * by labelled kind.
 *
 * <p>It asserts only that the set and its scoring are sound: label counts, every label standing in its
 * page, the same seed writing the same set, and the scoring giving the labels themselves full marks.
 * The floors below are the figures of the detectors that were merged after the set's one recorded
 * run, minus 0.03, so that the test fails on a regression; they are not issue 11's targets
 * (docs/detectors.md, "Third held-out set").
 */
class ThirdHeldOutTest {

  /**
   * Measured after the caption work of the session that wrote the set (whose engineer had not seen it):
   * captions text P 0.943 (150 of 159) R 0.698 (150 of 215), HTML P 0.974 (150 of 154) R 0.698; title in
   * body text P 0.849 (62 of 73) R 0.873 (62 of 71), HTML P 1.000 R 1.000. Each floor is its figure
   * minus 0.03.
   */
  static final Map<String, double[]> CAPTION_FLOORS = Map.of(
      "text", new double[] {0.913, 0.668}, "html", new double[] {0.944, 0.668});
  static final Map<String, double[]> TITLE_FLOORS = Map.of(
      "text", new double[] {0.819, 0.843}, "html", new double[] {0.970, 0.970});

  static final int MIN_PAGES = 150;
  static final int MIN_HOSTS = 10;
  static final int MIN_CAPTIONS = 150;
  static final int MIN_PER_STYLE = 10;
  static final int MIN_TITLE_REPEATS = 60;
  static final int MIN_NEGATIVES = 600;
  /** A reported text shorter than this matches a label only when equal to it (normalised). */
  static final int MIN_CONTAINED = 8;

  @TempDir
  static Path dir;
  static ThirdHeldOutCorpus corpus;
  static final Map<String, List<CSVRecord>> captions = new TreeMap<>();
  static final Map<String, List<CSVRecord>> titles = new TreeMap<>();

  @BeforeAll
  static void generateAndScan() throws IOException {
    corpus = new ThirdHeldOutCorpus(ThirdHeldOutCorpus.SEED).write(dir.resolve("text"), dir.resolve("html"));
    HeldOutScan.Forms forms = HeldOutScan.scanForms(dir, corpus.pages.keySet());
    captions.putAll(forms.captions());
    titles.putAll(forms.titles());
  }

  // ---- The set is well formed (checked before any figure was looked at) ---------------------------

  @Test
  void theSetHasItsCountsOfPagesHostsAndLabels() {
    Set<String> hosts = new TreeSet<>();
    Map<Style, Integer> styles = new EnumMap<>(Style.class);
    Map<Kind, Integer> kinds = new EnumMap<>(Kind.class);
    for (Page p : corpus.pages.values()) {
      hosts.add(p.host);
      for (Labelled l : p.labels) {
        kinds.merge(l.kind(), 1, Integer::sum);
        if (l.style() != null) {
          styles.merge(l.style(), 1, Integer::sum);
        }
      }
    }
    int negatives = 0;
    int bothForms = 0;
    for (Kind k : Kind.values()) {
      int n = kinds.getOrDefault(k, 0);
      negatives += k.negative() ? n : 0;
      bothForms += k.negative() && !k.htmlOnly() ? n : 0;
    }
    System.out.println("third-held-out set: " + corpus.pages.size() + " pages on " + hosts.size() + " hosts "
        + hosts + "; labels " + kinds + "; caption styles " + styles + "; negatives " + negatives + " ("
        + bothForms + " in both forms)");
    assertTrue(corpus.pages.size() >= MIN_PAGES, "pages: " + corpus.pages.size());
    assertTrue(hosts.size() >= MIN_HOSTS, "hosts: " + hosts);
    assertTrue(kinds.getOrDefault(Kind.CAPTION, 0) >= MIN_CAPTIONS, "captions: " + kinds);
    assertTrue(kinds.getOrDefault(Kind.TITLE_REPEAT, 0) >= MIN_TITLE_REPEATS, "title repeats: " + kinds);
    assertTrue(bothForms >= MIN_NEGATIVES, "hard negatives in both forms: " + kinds);
    for (Style s : Style.values()) {
      assertTrue(styles.getOrDefault(s, 0) >= MIN_PER_STYLE, "too few captions of style " + s + ": " + styles);
    }
    for (Kind k : Kind.values()) {
      assertTrue(kinds.getOrDefault(k, 0) > 0, "no label of kind " + k);
    }
    for (Placement pl : Placement.values()) {
      long n = corpus.pages.values().stream().flatMap(p -> p.captions().stream())
          .filter(l -> l.placement() == pl).count();
      assertTrue(n >= 5, "too few captions placed " + pl + ": " + n);
    }
  }

  @Test
  void everyLabelStandsInItsFormsAndCaptionsAreNeitherTitleNorNegative() throws IOException {
    for (Page p : corpus.pages.values()) {
      String t = Files.readString(dir.resolve("text").resolve(p.key + ".txt"), StandardCharsets.UTF_8);
      String h = Files.readString(dir.resolve("html").resolve(p.key + ".html"), StandardCharsets.UTF_8);
      assertTrue(t.startsWith(p.title + "\n\n"), p.key + ": the text form starts with its title");
      assertTrue(h.contains("<h1>" + ThirdHeldOutCorpus.esc(p.title) + "</h1>"), p.key + ": h1");
      Set<String> captionTexts = new TreeSet<>();
      Set<String> negativeTexts = new TreeSet<>();
      for (Labelled l : p.labels) {
        assertEquals(l.kind().caption(), l.style() != null && l.placement() != null, p.key + ": " + l);
        assertTrue(h.contains(ThirdHeldOutCorpus.esc(l.text())), p.key + ": HTML form lacks " + l);
        assertTrue(l.kind().htmlOnly() || t.contains(l.text()), p.key + ": text form lacks " + l);
        if (l.kind().caption()) {
          assertTrue(captionTexts.add(norm(l.text())), p.key + ": caption twice on one page: " + l);
          assertFalse(norm(l.text()).equals(norm(p.title)), p.key + ": a caption is not the title");
          assertEquals(l.style() == Style.SCENE_AND_TITLE, l.text().contains(p.title),
              p.key + ": only a scene-and-title caption holds the title: " + l);
        } else if (l.kind().negative() && !norm(l.text()).equals(norm(p.title))) {
          negativeTexts.add(norm(l.text())); // the title itself is scored apart (see captionsMatching)
        }
      }
      for (String c : captionTexts) {
        for (String n : negativeTexts) {
          assertFalse(matches(c, n), p.key + ": caption " + c + " matches negative " + n);
        }
      }
    }
  }

  @Test
  void theTitleStandsInTheTextFormOnlyWhereLabelled() throws IOException {
    for (Page p : corpus.pages.values()) {
      String t = Files.readString(dir.resolve("text").resolve(p.key + ".txt"), StandardCharsets.UTF_8);
      List<String> blocks = List.of(t.split("\n\n"));
      int repeats = 0;
      for (String b : blocks.subList(1, blocks.size())) {
        String n = norm(b);
        String site = " - " + norm(siteName(p));
        if (n.equals(norm(p.title)) || n.equals(norm(p.title) + "!") || n.equals(norm(p.title) + site)) {
          repeats++;
        }
      }
      boolean ownHeading = p.labels.stream().anyMatch(l -> l.kind() == Kind.SHORT_TITLE_HEADING
          && l.text().equals(p.title));
      assertFalse(ownHeading && p.has(Kind.TITLE_REPEAT), p.key + ": a one-word title is never labelled a repeat");
      assertEquals(p.has(Kind.TITLE_REPEAT) || ownHeading ? 1 : 0, repeats,
          p.key + ": title blocks after the first line");
      long holding = blocks.stream().skip(1).filter(b -> b.contains(p.title)).count();
      long allowed = p.labels.stream().filter(l -> l.style() == Style.SCENE_AND_TITLE
          || l.kind() == Kind.TITLE_REPEAT && l.text().contains(p.title)
          || l.kind() == Kind.SHORT_TITLE_HEADING && l.text().equals(p.title)).count();
      assertEquals(allowed, holding, p.key + ": blocks holding the title as written: "
          + blocks.stream().skip(1).filter(b -> b.contains(p.title)).toList());
      long paragraphs = blocks.stream().filter(b -> b.length() > 120 && b.endsWith(".")).count();
      assertTrue(paragraphs >= ThirdHeldOutCorpus.MIN_PARAGRAPHS
          && paragraphs <= ThirdHeldOutCorpus.MAX_PARAGRAPHS + 2, p.key + ": prose paragraphs " + paragraphs);
    }
  }

  @Test
  void theSameSeedWritesTheSameSet(@TempDir Path again) throws IOException {
    ThirdHeldOutCorpus second = new ThirdHeldOutCorpus(ThirdHeldOutCorpus.SEED)
        .write(again.resolve("text"), again.resolve("html"));
    assertEquals(List.copyOf(corpus.pages.keySet()), List.copyOf(second.pages.keySet()));
    HeldOutScan.assertSameForms(dir, again, corpus.pages.keySet());
  }

  @Test
  void theScoringGivesTheLabelsFullMarksAndCountsANegativeAsFalse() {
    List<String[]> asFound = new ArrayList<>();
    for (Page p : corpus.pages.values()) {
      p.captions().forEach(l -> asFound.add(new String[] {p.key, l.text()}));
    }
    CaptionScore perfect = CaptionScore.of(asFound, "text");
    assertEquals(1.0, perfect.precision());
    assertEquals(1.0, perfect.recall());
    Page withQuote = corpus.pages.values().stream().filter(p -> p.has(Kind.SHORT_QUOTE)).findFirst().orElseThrow();
    String quote = withQuote.labels.stream().filter(l -> l.kind() == Kind.SHORT_QUOTE).findFirst().orElseThrow()
        .text();
    CaptionScore one = CaptionScore.of(List.<String[]>of(new String[] {withQuote.key, quote}), "text");
    assertEquals(0.0, one.precision());
    assertEquals(0.0, one.recall());
    assertEquals(Map.of("short_quote", 1), one.falseByKind());
    Page sceneAndTitle = corpus.pages.values().stream().filter(p -> p.has(Style.SCENE_AND_TITLE)).findFirst()
        .orElseThrow();
    assertEquals(0.0, CaptionScore.of(List.<String[]>of(new String[] {sceneAndTitle.key, sceneAndTitle.title}),
        "html").precision(), "the title alone is not a scene-and-title caption");
    // A title finding on a page without a repeat is false; on a page with one, true.
    Page repeated = corpus.pages.values().stream().filter(p -> p.has(Kind.TITLE_REPEAT)).findFirst().orElseThrow();
    Page clean = corpus.pages.values().stream().filter(p -> !p.has(Kind.TITLE_REPEAT) && !p.has(
        Style.SCENE_AND_TITLE)).findFirst().orElseThrow();
    TitleScore ts = TitleScore.of(Set.of(repeated.key, clean.key), "html");
    assertEquals(0.5, ts.precision());
  }

  // ---- The figures: printed, and held above their floors ---------------------------------------------------------

  @Test
  void printsCaptionFiguresPerFormStyleAndPlacement() {
    for (String form : List.of("text", "html")) {
      List<String[]> found = new ArrayList<>();
      for (CSVRecord c : captions.get(form)) {
        found.add(new String[] {key(c.get("page")), c.get("text")});
      }
      CaptionScore s = CaptionScore.of(found, form);
      System.out.printf(Locale.ROOT,
          "third-held-out %-4s captions      precision %.3f (%d of %d) recall %.3f (%d of %d)%n", form,
          s.precision(), s.truePositives(), s.found(), s.recall(), s.hit(), s.truth());
      s.perStyle().forEach((k, n) -> System.out.printf(Locale.ROOT,
          "third-held-out %-4s captions recall style %-21s %.3f (%d of %d)%n", form, k, ratio(n), n[0], n[1]));
      if (form.equals("html")) {
        s.perPlacement().forEach((k, n) -> System.out.printf(Locale.ROOT,
            "third-held-out html captions recall placement %-13s %.3f (%d of %d)%n", k, ratio(n), n[0], n[1]));
      }
      System.out.println("third-held-out " + form + " captions false positives by kind: " + s.falseByKind());
      s.falsePositives().stream().limit(12).forEach(f -> System.out.println("  false positive: " + f));
      s.missed().stream().limit(12).forEach(f -> System.out.println("  missed: " + f));
      assertTrue(s.precision() >= CAPTION_FLOORS.get(form)[0], form + " caption precision " + s.precision());
      assertTrue(s.recall() >= CAPTION_FLOORS.get(form)[1], form + " caption recall " + s.recall());
    }
  }

  @Test
  void printsTitleInBodyFiguresPerFormAndRepeatKind() {
    for (String form : List.of("text", "html")) {
      Set<String> found = new TreeSet<>();
      for (CSVRecord r : titles.get(form)) {
        if (r.get("kind").equals("repeated_in_body")) {
          found.add(key(r.get("page")));
        }
      }
      TitleScore s = TitleScore.of(found, form);
      System.out.printf(Locale.ROOT,
          "third-held-out %-4s title_in_body precision %.3f (%d of %d) recall %.3f (%d of %d); %d scene-and-title"
              + " pages left out of precision%n", form, s.precision(), s.truePositives(), s.counted(), s.recall(),
          s.truePositives(), s.truth(), s.ambiguous());
      s.perRepeat().forEach((k, n) -> System.out.printf(Locale.ROOT,
          "third-held-out %-4s title_in_body recall repeat %-10s %.3f (%d of %d)%n", form, k, ratio(n), n[0], n[1]));
      System.out.println("third-held-out " + form + " title_in_body false positives by title-bearing kind: "
          + s.falseByKind());
      s.falsePositives().stream().limit(8).forEach(f -> System.out.println("  false positive: " + f));
      s.missed().stream().limit(8).forEach(f -> System.out.println("  missed: " + f));
      assertTrue(s.precision() >= TITLE_FLOORS.get(form)[0], form + " title precision " + s.precision());
      assertTrue(s.recall() >= TITLE_FLOORS.get(form)[1], form + " title recall " + s.recall());
    }
  }

  // ---- Scoring ------------------------------------------------------------------------------------

  /** Caption findings scored against the labels: a finding is true when it matches a caption of its page. */
  record CaptionScore(int truePositives, int found, int hit, int truth, Map<Style, int[]> perStyle,
      Map<Placement, int[]> perPlacement, Map<String, Integer> falseByKind, List<String> falsePositives,
      List<String> missed) {

    static CaptionScore of(List<String[]> findings, String form) {
      Set<String> hitLabels = new TreeSet<>();
      int tp = 0;
      Map<String, Integer> byKind = new TreeMap<>();
      List<String> fps = new ArrayList<>();
      for (String[] f : findings) {
        Page p = corpus.pages.get(f[0]);
        String text = norm(f[1]);
        boolean matched = false;
        for (Labelled l : captionsMatching(p, text)) {
          matched = true;
          hitLabels.add(p.key + " :: " + norm(l.text()));
        }
        if (matched) {
          tp++;
        } else {
          byKind.merge(kindOf(p, text, form), 1, Integer::sum);
          fps.add(f[0] + " :: " + f[1]);
        }
      }
      Map<Style, int[]> styles = new EnumMap<>(Style.class);
      Map<Placement, int[]> placements = new EnumMap<>(Placement.class);
      List<String> missed = new ArrayList<>();
      corpus.pages.values().forEach(p -> p.captions().forEach(l -> {
        boolean got = hitLabels.contains(p.key + " :: " + norm(l.text()));
        tally(styles, l.style(), got);
        tally(placements, l.placement(), got);
        if (!got) {
          missed.add(p.key + " :: " + l.text() + " [" + l.style() + ", " + l.placement() + "]");
        }
      }));
      int truth = styles.values().stream().mapToInt(n -> n[1]).sum();
      return new CaptionScore(tp, findings.size(), hitLabels.size(), truth, styles, placements, byKind, fps,
          missed);
    }

    double precision() {
      return found == 0 ? 1.0 : (double) truePositives / found;
    }

    double recall() {
      return truth == 0 ? 1.0 : (double) hit / truth;
    }
  }

  /**
   * Pages reported with the title in the body, scored against the pages that carry a title repeat.
   * A page whose only title in the body is inside a scene-and-title caption counts neither way: the
   * title does stand there again, so a report of it is not plainly false.
   */
  record TitleScore(int truePositives, int counted, int truth, int ambiguous, Map<String, int[]> perRepeat,
      Map<String, Integer> falseByKind, List<String> falsePositives, List<String> missed) {

    static TitleScore of(Set<String> found, String form) {
      int tp = 0;
      int counted = 0;
      int ambiguous = 0;
      Map<String, Integer> byKind = new TreeMap<>();
      List<String> fps = new ArrayList<>();
      for (String k : found) {
        Page p = corpus.pages.get(k);
        if (p != null && p.has(Kind.TITLE_REPEAT)) {
          tp++;
          counted++;
        } else if (p != null && p.has(Style.SCENE_AND_TITLE)) {
          ambiguous++;
        } else {
          counted++;
          fps.add(k);
          byKind.merge(titleBearing(p, form), 1, Integer::sum);
        }
      }
      Map<String, int[]> perRepeat = new TreeMap<>();
      List<String> missed = new ArrayList<>();
      int truth = 0;
      for (Page p : corpus.pages.values()) {
        for (Labelled l : p.labels) {
          if (l.kind() == Kind.TITLE_REPEAT) {
            truth++;
            tally(perRepeat, repeatKind(p, l.text()), found.contains(p.key));
            if (!found.contains(p.key)) {
              missed.add(p.key + " :: " + l.text());
            }
          }
        }
      }
      return new TitleScore(tp, counted, truth, ambiguous, perRepeat, byKind, fps, missed);
    }

    double precision() {
      return counted == 0 ? 1.0 : (double) truePositives / counted;
    }

    double recall() {
      return truth == 0 ? 1.0 : (double) truePositives / truth;
    }
  }

  /**
   * The captions of a page a reported text matches. The page's title alone matches none, though a
   * scene-and-title caption contains it: reporting the title is not finding that caption.
   */
  static List<Labelled> captionsMatching(Page p, String reported) {
    if (p == null || reported.equals(norm(p.title))) {
      return List.of();
    }
    return p.captions().stream().filter(l -> matches(norm(l.text()), reported)).toList();
  }

  /** Normalised texts match when equal, or when the shorter, long enough, stands inside the other. */
  static boolean matches(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    String shorter = a.length() <= b.length() ? a : b;
    String longer = shorter == a ? b : a;
    return shorter.length() >= MIN_CONTAINED && longer.contains(shorter);
  }

  /** The labelled kind a false caption finding matches, or what else it is. */
  private static String kindOf(Page p, String text, String form) {
    if (p == null) {
      return "unknown page";
    }
    for (Labelled l : p.labels) {
      if (l.kind().negative() && (form.equals("html") || !l.kind().htmlOnly()) && matches(norm(l.text()), text)) {
        return l.kind().name().toLowerCase(Locale.ROOT);
      }
    }
    for (Labelled l : p.labels) {
      if (l.kind() == Kind.TITLE_REPEAT && matches(norm(l.text()), text)) {
        return "title_repeat";
      }
    }
    return norm(p.title).equals(text) ? "title" : "unlabelled article or template text";
  }

  /** Which title-bearing negatives a falsely reported page carries in this form. */
  private static String titleBearing(Page p, String form) {
    if (p == null) {
      return "unknown page";
    }
    Set<String> kinds = new TreeSet<>();
    for (Labelled l : p.labels) {
      boolean ownTitle = norm(l.text()).equals(norm(p.title));
      if (l.kind().negative() && ownTitle && (form.equals("html") || !l.kind().htmlOnly())) {
        kinds.add(l.kind().name().toLowerCase(Locale.ROOT));
      }
    }
    return kinds.isEmpty() ? "no labelled block holds its title" : String.join("+", kinds);
  }

  /** How a repeat differs from the title. */
  private static String repeatKind(Page p, String text) {
    if (text.equals(p.title)) {
      return "exact";
    }
    if (text.equals(p.title.toLowerCase(Locale.ROOT))) {
      return "lower";
    }
    if (text.equals(p.title.toUpperCase(Locale.ROOT))) {
      return "upper";
    }
    return text.startsWith(p.title + " - ") ? "site_name" : "punctuated";
  }

  private static String siteName(Page p) {
    return ThirdHeldOutCorpus.Site.ALL.stream().filter(s -> s.host().equals(p.host)).findFirst().orElseThrow()
        .name();
  }

  /** Counts one label of a breakdown: {found, labelled}. */
  private static <K> void tally(Map<K, int[]> counts, K key, boolean found) {
    int[] n = counts.computeIfAbsent(key, k -> new int[2]);
    n[0] += found ? 1 : 0;
    n[1]++;
  }

  private static double ratio(int[] n) {
    return n[1] == 0 ? 1.0 : (double) n[0] / n[1];
  }
}
