package org.dupscan.detect;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVRecord;
import org.dupscan.detect.FourthHeldOutTest.Counts;

/**
 * The scoring shared by the held-out sets that are scanned in two forms ({@link HeldOutScan#scanForms}):
 * caption findings matched against a page's injected captions, and page-level findings (title in body,
 * restating, stuffing, flagged) counted against the pages carrying a kind of label. Each set's pages and
 * labels are seen through {@link LabelledPage} and {@link PageLabel}; each set names its own groups, so
 * that its printed lines stay its own.
 */
final class HeldOutScoring {

  private HeldOutScoring() {}

  /**
   * Asserts that {@code detector}'s figures in {@code form} reach loose floors: far below a set's figures,
   * so that a collapse fails the build while a change moving a figure by a few points does not.
   */
  static void assertFloor(Map<String, Counts> figures, String form, String detector, double precision,
      double recall) {
    Counts n = figures.get(form + " " + detector);
    assertTrue(n.precision() >= precision && n.recall() >= recall, form + " " + detector + ": " + n);
  }

  /** One labelled element of a page: injected spam, or a hard negative that must not be reported. */
  interface PageLabel {
    String text();

    /** The label's kind as its set names it ({@code CAPTION}, {@code TITLE_REPEAT}, ...). */
    String kindName();

    /** A hard negative: text that looks like spam but is the page's own. */
    boolean negative();

    /** An injected caption, scored by {@link #captions}. */
    boolean caption();

    /** The label's variant (how it was injected), or null: the groups of the page figures. */
    String variant();
  }

  /** A page of a held-out set with its labels. */
  interface LabelledPage<L extends PageLabel> {
    String key();

    String title();

    List<L> labels();

    /** Whether the page carries any injected spam (thin doorway pages included). */
    boolean spam();
  }

  /** The reports of both forms of a set: documents.csv, captions.csv, titles.csv and run.csv's flag score. */
  static final class Reports {
    final Map<String, List<CSVRecord>> captions = new TreeMap<>();
    final Map<String, List<CSVRecord>> titles = new TreeMap<>();
    final Map<String, List<CSVRecord>> documents = new TreeMap<>();
    final Map<String, Double> flagScore = new TreeMap<>();

    /** Scans {@code dir/text} and {@code dir/html} ({@link HeldOutScan#scanForms}) and reads the reports. */
    static Reports scan(Path dir, Collection<String> keys) throws IOException {
      Reports r = new Reports();
      HeldOutScan.Forms forms = HeldOutScan.scanForms(dir, keys);
      r.captions.putAll(forms.captions());
      r.titles.putAll(forms.titles());
      for (String form : List.of("text", "html")) {
        Path out = dir.resolve("out-" + form);
        r.documents.put(form, HeldOutQualityTest.rows(out.resolve("documents.csv")));
        for (CSVRecord row : HeldOutQualityTest.rows(out.resolve("run.csv"))) {
          if (row.get("parameter").equals("flag_score")) {
            r.flagScore.put(form, Double.parseDouble(row.get("value")));
          }
        }
      }
      return r;
    }

    /** Pages of {@code form} whose documents.csv row passes {@code test}. */
    Set<String> pagesWhere(String form, Predicate<CSVRecord> test) {
      Set<String> found = new TreeSet<>();
      for (CSVRecord d : documents.get(form)) {
        if (test.test(d)) {
          found.add(HeldOutQualityTest.key(d.get("id")));
        }
      }
      return found;
    }

    /** Pages with a {@code repeated_in_body} row in titles.csv. */
    Set<String> titleInBody(String form) {
      Set<String> repeated = new TreeSet<>();
      for (CSVRecord r : titles.get(form)) {
        if (r.get("kind").equals("repeated_in_body")) {
          repeated.add(HeldOutQualityTest.key(r.get("page")));
        }
      }
      return repeated;
    }

    Set<String> restating(String form) {
      return pagesWhere(form, d -> Integer.parseInt(d.get("repeated_paragraphs")) > 0);
    }

    Set<String> stuffing(String form) {
      return pagesWhere(form, d -> d.get("reasons").contains("stuffing"));
    }

    /** Pages whose spam score is at or above run.csv's flag score. */
    Set<String> flagged(String form) {
      return pagesWhere(form, d -> Double.parseDouble(d.get("spam_score")) >= flagScore.get(form));
    }
  }

  /**
   * Scores {@code rows} (captions.csv of {@code form}) against the injected captions of {@code pages} and
   * prints the set's lines: the figures, recall per group ({@code groups}), false positives by the kind of
   * label they match, and up to {@code shown} false positives and misses ({@code missed} describes one).
   */
  static <L extends PageLabel, P extends LabelledPage<L>> Counts captions(String prefix, String form, List<CSVRecord> rows,
      Map<String, P> pages, BiFunction<P, L, List<String>> groups, BiFunction<P, L, String> missed, int shown) {
    Counts all = new Counts();
    Map<String, Counts> byGroup = new TreeMap<>();
    Map<String, Integer> falseByKind = new TreeMap<>();
    List<String> falsePositives = new ArrayList<>();
    List<String> misses = new ArrayList<>();
    Set<String> hit = new TreeSet<>();
    for (CSVRecord c : rows) {
      String key = HeldOutQualityTest.key(c.get("page"));
      P p = pages.get(key);
      String text = norm(c.get("text"));
      all.found++;
      List<L> matched = p == null ? List.of() : captionsOf(p).stream()
          .filter(l -> FourthHeldOutTest.matches(norm(l.text()), text)).toList();
      if (matched.isEmpty()) {
        falseByKind.merge(kindOf(p, text), 1, Integer::sum);
        falsePositives.add(key + " :: " + c.get("text"));
      } else {
        all.truePositives++;
        matched.forEach(l -> hit.add(key + " :: " + norm(l.text())));
      }
    }
    for (P p : pages.values()) {
      for (L l : captionsOf(p)) {
        boolean got = hit.contains(p.key() + " :: " + norm(l.text()));
        all.truth++;
        all.hit += got ? 1 : 0;
        for (String g : groups.apply(p, l)) {
          Counts n = byGroup.computeIfAbsent(g, k -> new Counts());
          n.truth++;
          n.hit += got ? 1 : 0;
        }
        if (!got) {
          misses.add(p.key() + " :: " + missed.apply(p, l));
        }
      }
    }
    print(prefix, form, "captions", all);
    byGroup.forEach((g, n) -> System.out.printf(Locale.ROOT, "%s %s captions recall %s R=%s%n", prefix, form, g,
        n.recallText()));
    System.out.println(prefix + " " + form + " captions false positives by kind: " + falseByKind);
    falsePositives.stream().limit(shown).forEach(f -> System.out.println("  false positive: " + f));
    misses.stream().limit(shown).forEach(f -> System.out.println("  missed: " + f));
    return all;
  }

  /**
   * Scores a page-level detector of {@code form}: pages {@code found} against the pages {@code truth}
   * holds for, with recall per group ({@code groups}, asked of true pages only) and false positives by
   * the labels their pages carry.
   */
  static <P extends LabelledPage<?>> Counts pages(String prefix, String form, String detector, Map<String, P> pages,
      Set<String> found, Predicate<P> truth, Function<P, List<String>> groups, int shown) {
    Counts all = new Counts();
    Map<String, Counts> byGroup = new TreeMap<>();
    Map<String, Integer> falseByKind = new TreeMap<>();
    List<String> falsePositives = new ArrayList<>();
    List<String> misses = new ArrayList<>();
    for (P p : pages.values()) {
      boolean isTrue = truth.test(p);
      boolean got = found.contains(p.key());
      all.found += got ? 1 : 0;
      if (got && isTrue) {
        all.truePositives++;
      } else if (got) {
        Set<String> carried = new TreeSet<>();
        p.labels().forEach(l -> carried.add(l.kindName().toLowerCase(Locale.ROOT)));
        falseByKind.merge(carried.isEmpty() ? "no labels" : String.join("+", carried), 1, Integer::sum);
        falsePositives.add(p.key());
      }
      if (isTrue) {
        all.truth++;
        all.hit += got ? 1 : 0;
        for (String g : groups.apply(p)) {
          Counts n = byGroup.computeIfAbsent(g, k -> new Counts());
          n.truth++;
          n.hit += got ? 1 : 0;
        }
        if (!got) {
          misses.add(p.key());
        }
      }
    }
    print(prefix, form, detector, all);
    byGroup.forEach((g, n) -> System.out.printf(Locale.ROOT, "%s %s %s recall %s R=%s%n", prefix, form, detector, g,
        n.recallText()));
    System.out.println(prefix + " " + form + " " + detector + " false positives by labels carried: " + falseByKind);
    falsePositives.stream().limit(shown).forEach(f -> System.out.println("  false positive: " + f));
    misses.stream().limit(shown).forEach(f -> System.out.println("  missed: " + f));
    return all;
  }

  /**
   * The groups a page-level figure is printed by: the page's language and host; for the flagged figure
   * ({@code kindName} null) the kinds of spam it carries and "thin page"; for a detector the variants of
   * the page's labels of that kind.
   */
  static List<String> pageGroups(LabelledPage<?> p, String language, String host, boolean thin, String kindName) {
    List<String> gs = new ArrayList<>(List.of("language " + language, "host " + host));
    if (kindName == null) {
      gs.addAll(carrying(p));
      if (thin) {
        gs.add("thin page");
      }
    } else {
      p.labels().stream().filter(l -> l.kindName().equals(kindName) && l.variant() != null)
          .map(l -> "variant " + l.variant()).distinct().forEach(gs::add);
    }
    return gs;
  }

  /** "carrying KIND" for each kind of injected spam a page carries: the groups of the flagged figures. */
  static List<String> carrying(LabelledPage<?> p) {
    return p.labels().stream().filter(l -> !l.negative()).map(l -> "carrying " + l.kindName()).distinct().toList();
  }

  static void print(String prefix, String form, String detector, Counts n) {
    System.out.printf(Locale.ROOT, "%s %s %s P=%.3f R=%.3f tp=%d fp=%d fn=%d (labels hit %d of %d)%n", prefix, form,
        detector, n.precision(), n.recall(), n.truePositives, n.found - n.truePositives, n.truth - n.hit, n.hit,
        n.truth);
  }

  private static <L extends PageLabel> List<L> captionsOf(LabelledPage<L> p) {
    return p.labels().stream().filter(PageLabel::caption).toList();
  }

  /** The labelled kind a false caption finding matches, or what else it is. */
  private static String kindOf(LabelledPage<?> p, String text) {
    if (p == null) {
      return "unknown page";
    }
    for (PageLabel l : p.labels()) {
      if (!l.caption() && FourthHeldOutTest.matches(norm(l.text()), text)) {
        return l.kindName().toLowerCase(Locale.ROOT);
      }
    }
    return norm(p.title()).equals(text) ? "title" : "unlabelled article or template text";
  }

  static String norm(String s) {
    return FourthHeldOutTest.norm(s);
  }
}
