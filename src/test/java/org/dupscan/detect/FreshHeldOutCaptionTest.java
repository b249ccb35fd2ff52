package org.dupscan.detect;

import static org.dupscan.detect.HeldOutQualityTest.key;
import static org.dupscan.detect.HeldOutQualityTest.norm;
import static org.dupscan.detect.HeldOutQualityTest.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Measures the injected-caption detector on the second held-out set ({@link FreshHeldOutCorpus}), in its
 * plain-text and HTML forms, scanned through the CLI with default settings and read from captions.csv.
 * Prints precision and recall per form, recall per caption style and per HTML placement, and the false
 * positives by labelled kind.
 *
 * <p>The figures were measured once, on the set as first written, and the set was not changed after
 * (see docs/detectors.md, "Second held-out set"). The floors below are those figures minus 0.03, so
 * that the test fails on a regression; they are not issue 11's targets.
 */
class FreshHeldOutCaptionTest {

  /**
   * Measured once at commit c4097b5's detectors: text P 0.803 (98 of 122 reported) R 0.658 (98 of
   * 149); HTML P 0.926 (100 of 108) R 0.671 (100 of 149). After the next session's caption work, whose
   * engineer was told the styles this set's run had missed (not its data): text P 0.873 R 0.966, HTML
   * P 1.000 R 0.966 (144 of 149). Each floor is the later figure minus 0.03.
   */
  static final double TEXT_PRECISION_FLOOR = 0.843;
  static final double TEXT_RECALL_FLOOR = 0.936;
  static final double HTML_PRECISION_FLOOR = 0.970;
  static final double HTML_RECALL_FLOOR = 0.936;

  @TempDir
  static Path dir;
  static FreshHeldOutCorpus corpus;
  static Map<String, List<CSVRecord>> captions = new TreeMap<>();

  @BeforeAll
  static void generateAndScan() throws IOException {
    corpus = new FreshHeldOutCorpus(FreshHeldOutCorpus.SEED).write(dir.resolve("text"), dir.resolve("html"));
    for (String form : List.of("text", "html")) {
      Path out = HeldOutScan.scan(dir.resolve(form), dir.resolve("out-" + form));
      assertEquals(corpus.pages.size(), rows(out.resolve("documents.csv")).size(), form + ": pages read");
      captions.put(form, rows(out.resolve("captions.csv")));
    }
  }

  @Test
  void labelsAreSoundAndTheSetIsLargeAndVaried() throws IOException {
    assertTrue(corpus.pages.size() >= 120, "pages: " + corpus.pages.size());
    Set<String> hosts = new TreeSet<>();
    Map<FreshHeldOutCorpus.Style, Integer> styles = new EnumMap<>(FreshHeldOutCorpus.Style.class);
    Map<FreshHeldOutCorpus.Kind, Integer> kinds = new EnumMap<>(FreshHeldOutCorpus.Kind.class);
    for (FreshHeldOutCorpus.Page p : corpus.pages.values()) {
      hosts.add(p.host);
      String t = Files.readString(dir.resolve("text").resolve(p.key + ".txt"), StandardCharsets.UTF_8);
      String h = Files.readString(dir.resolve("html").resolve(p.key + ".html"), StandardCharsets.UTF_8);
      assertTrue(t.startsWith(p.title + "\n\n"), p.key + ": the text form starts with its title");
      assertTrue(h.contains("<h1>" + FreshHeldOutCorpus.esc(p.title) + "</h1>"), p.key + ": h1");
      Set<String> captionTexts = new TreeSet<>();
      for (FreshHeldOutCorpus.Labelled b : p.blocks) {
        kinds.merge(b.kind(), 1, Integer::sum);
        assertEquals(b.kind().caption(), b.style() != null, p.key + ": style iff caption: " + b);
        assertTrue(t.contains(b.text()), p.key + ": text form lacks " + b);
        assertTrue(h.contains(FreshHeldOutCorpus.esc(b.text())), p.key + ": HTML form lacks " + b);
        if (b.kind().caption()) {
          styles.merge(b.style(), 1, Integer::sum);
          assertTrue(captionTexts.add(norm(b.text())), p.key + ": caption twice on one page " + b);
          assertTrue(!norm(b.text()).equals(norm(p.title)), p.key + ": a caption is not the title");
        }
      }
    }
    System.out.println("fresh-held-out: " + corpus.pages.size() + " pages on " + hosts.size() + " hosts; "
        + "blocks " + kinds + "; caption styles " + styles);
    assertTrue(hosts.size() >= 8, hosts.toString());
    for (FreshHeldOutCorpus.Style s : FreshHeldOutCorpus.Style.values()) {
      assertTrue(styles.getOrDefault(s, 0) >= 8, "too few captions of style " + s + ": " + styles);
    }
    int negatives = 0;
    for (FreshHeldOutCorpus.Kind k : FreshHeldOutCorpus.Kind.values()) {
      negatives += k.caption() ? 0 : kinds.getOrDefault(k, 0);
    }
    assertTrue(negatives >= 300, "hard negatives: " + kinds);
  }

  @Test
  void theSameSeedWritesTheSameSet(@TempDir Path again) throws IOException {
    FreshHeldOutCorpus second = new FreshHeldOutCorpus(FreshHeldOutCorpus.SEED)
        .write(again.resolve("text"), again.resolve("html"));
    assertEquals(List.copyOf(corpus.pages.keySet()), List.copyOf(second.pages.keySet()));
    for (FreshHeldOutCorpus.Page p : corpus.pages.values()) {
      for (String f : List.of("text/" + p.key + ".txt", "html/" + p.key + ".html")) {
        assertEquals(Files.readString(dir.resolve(f)), Files.readString(again.resolve(f)), f);
      }
    }
  }

  @Test
  void textCaptionsMeetTheirMeasuredFloors() {
    Figures f = measure("text");
    assertTrue(f.precision() >= TEXT_PRECISION_FLOOR, "text caption precision " + f.precision());
    assertTrue(f.recall() >= TEXT_RECALL_FLOOR, "text caption recall " + f.recall());
  }

  @Test
  void htmlCaptionsMeetTheirMeasuredFloors() {
    Figures f = measure("html");
    assertTrue(f.precision() >= HTML_PRECISION_FLOOR, "html caption precision " + f.precision());
    assertTrue(f.recall() >= HTML_RECALL_FLOOR, "html caption recall " + f.recall());
  }

  /** Precision and recall of one form's captions.csv against the labels; prints the breakdowns. */
  private static Figures measure(String form) {
    // A reported caption matches a labelled one of its page when, normalised, one contains the other:
    // a detector may report "Photo: x" as "x", or a caption with the title after it without the title.
    List<String[]> found = new ArrayList<>();
    for (CSVRecord c : captions.get(form)) {
      found.add(new String[] {key(c.get("page")), norm(c.get("text"))});
    }
    Set<String> hit = new TreeSet<>();
    int truePositives = 0;
    Map<String, Integer> fpKinds = new TreeMap<>();
    List<String> falsePositives = new ArrayList<>();
    for (String[] f : found) {
      FreshHeldOutCorpus.Page p = corpus.pages.get(f[0]);
      String matched = null;
      if (p != null) {
        for (FreshHeldOutCorpus.Labelled b : p.captions()) {
          if (same(norm(b.text()), f[1])) {
            matched = p.key + " :: " + norm(b.text());
          }
        }
      }
      if (matched != null) {
        truePositives++;
        hit.add(matched);
      } else {
        fpKinds.merge(kindOf(p, f[1]), 1, Integer::sum);
        falsePositives.add(f[0] + " :: " + f[1]);
      }
    }
    int truth = 0;
    Map<FreshHeldOutCorpus.Style, int[]> perStyle = new EnumMap<>(FreshHeldOutCorpus.Style.class);
    Map<FreshHeldOutCorpus.Placement, int[]> perPlacement = new EnumMap<>(FreshHeldOutCorpus.Placement.class);
    List<String> missed = new ArrayList<>();
    for (FreshHeldOutCorpus.Page p : corpus.pages.values()) {
      for (FreshHeldOutCorpus.Labelled b : p.captions()) {
        truth++;
        boolean got = hit.contains(p.key + " :: " + norm(b.text()));
        int[] s = perStyle.computeIfAbsent(b.style(), k -> new int[2]);
        int[] pl = perPlacement.computeIfAbsent(b.placement(), k -> new int[2]);
        s[1]++;
        pl[1]++;
        if (got) {
          s[0]++;
          pl[0]++;
        } else {
          missed.add(p.key + " :: " + b.text() + " [" + b.style() + "]");
        }
      }
    }
    Figures f = new Figures(truePositives, found.size(), hit.size(), truth);
    System.out.printf(Locale.ROOT, "fresh-held-out %s captions precision %.3f recall %.3f (found %d, true %d)%n",
        form, f.precision(), f.recall(), found.size(), truth);
    perStyle.forEach((s, n) -> System.out.printf(Locale.ROOT,
        "fresh-held-out %-4s recall %-12s %.3f (%d of %d)%n", form, s, (double) n[0] / n[1], n[0], n[1]));
    if (form.equals("html")) {
      perPlacement.forEach((s, n) -> System.out.printf(Locale.ROOT,
          "fresh-held-out html recall placement %-12s %.3f (%d of %d)%n", s, (double) n[0] / n[1], n[0], n[1]));
    }
    System.out.println("fresh-held-out " + form + " false positives by kind: " + fpKinds);
    falsePositives.stream().limit(10).forEach(s -> System.out.println("  false positive: " + s));
    missed.stream().limit(12).forEach(s -> System.out.println("  missed: " + s));
    return f;
  }

  /** Counts: reported rows that match a label, rows reported, labels hit, labels. */
  record Figures(int truePositives, int found, int hit, int truth) {
    double precision() {
      return found == 0 ? 1.0 : (double) truePositives / found;
    }

    double recall() {
      return truth == 0 ? 1.0 : (double) hit / truth;
    }
  }

  private static boolean same(String label, String reported) {
    return label.equals(reported)
        || reported.length() >= 8 && (label.contains(reported) || reported.contains(label));
  }

  private static String kindOf(FreshHeldOutCorpus.Page p, String text) {
    if (p == null) {
      return "unknown page";
    }
    for (FreshHeldOutCorpus.Labelled b : p.blocks) {
      if (same(norm(b.text()), text)) {
        return b.kind().name().toLowerCase(Locale.ROOT);
      }
    }
    return norm(p.title).equals(text) ? "title" : "article or template text";
  }
}
