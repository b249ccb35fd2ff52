package org.dupscan.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dupscan.detect.FourthHeldOutTest.Counts;
import org.dupscan.detect.SixthHeldOutCorpus.Kind;
import org.dupscan.detect.SixthHeldOutCorpus.Labelled;
import org.dupscan.detect.SixthHeldOutCorpus.Page;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sixth held-out set ({@link SixthHeldOutCorpus}), written for issue 11 without reading the
 * detectors or the earlier sets' generators, to be scored once by the coordinator and never tuned on.
 *
 * <p>The first group checks that the set is well formed: its counts, every label standing in both forms,
 * no caption matching a hard negative of its page, captions and title repeats each a block of its own
 * between prose paragraphs, the title in the text form only where a label puts it, and the same seed
 * writing the same files.
 *
 * <p>The second scans both forms through the CLI with its default settings ({@link HeldOutScan}) and
 * prints ({@link HeldOutScoring}), on lines starting {@code sixth-held-out}, precision and recall per
 * detector and form: captions (captions.csv; a finding is true when, normalised, it equals a caption of
 * its page or the shorter, 8 characters or more, stands inside the other), title in body (a page with a
 * {@code repeated_in_body} row in titles.csv), restating (a page with {@code repeated_paragraphs} above
 * 0 in documents.csv, true when its summary stands again), stuffing ({@code reasons} naming keyword
 * stuffing) and flagged ({@code spam_score} at or above run.csv's {@code flag_score}; true on a page with
 * any injected spam).
 * It asserts no floors: the figures are for the coordinator to read.
 */
class SixthHeldOutTest {

  static final String PREFIX = "sixth-held-out";
  static final int HOSTS = 8;
  /** A prose paragraph of the text form: longer than this and ending as a sentence does. */
  static final int PROSE = 120;
  /** False positives and misses printed per detector and form. */
  static final int SHOWN = 10;

  @TempDir
  static Path dir;
  static SixthHeldOutCorpus corpus;
  static HeldOutScoring.Reports reports;

  @BeforeAll
  static void generateAndScan() throws IOException {
    corpus = new SixthHeldOutCorpus(SixthHeldOutCorpus.SEED).write(dir.resolve("text"), dir.resolve("html"));
    reports = HeldOutScoring.Reports.scan(dir, corpus.pages.keySet());
  }

  // ---- The set is well formed -------------------------------------------------------------------------

  @Test
  void theSetHasPagesOnEightHostsAndEveryKindStyleAndPlacement() {
    Set<String> hosts = new TreeSet<>();
    Map<Kind, Integer> kinds = new EnumMap<>(Kind.class);
    Map<String, Integer> variants = new TreeMap<>();
    int spam = 0;
    for (Page p : corpus.pages.values()) {
      hosts.add(p.host.name());
      spam += p.spam() ? 1 : 0;
      for (Labelled l : p.labels) {
        kinds.merge(l.kind(), 1, Integer::sum);
        if (l.style() != null) {
          variants.merge("style " + l.style(), 1, Integer::sum);
          variants.merge("placement " + l.placement(), 1, Integer::sum);
          variants.merge("caption language " + p.host.lang(), 1, Integer::sum);
        } else if (l.variant() != null) {
          variants.merge(l.kind() + " " + l.variant(), 1, Integer::sum);
        }
      }
    }
    System.out.println("sixth-held-out set: " + corpus.pages.size() + " pages on " + hosts.size() + " hosts, "
        + spam + " with injected spam; labels " + kinds + "; " + variants);
    assertEquals(HOSTS * SixthHeldOutCorpus.PAGES_PER_HOST, corpus.pages.size());
    assertEquals(HOSTS, hosts.size());
    for (Kind k : Kind.values()) {
      assertTrue(kinds.getOrDefault(k, 0) > 0, "no label of kind " + k);
    }
    for (SixthHeldOutCorpus.Style s : SixthHeldOutCorpus.Style.values()) {
      assertTrue(variants.getOrDefault("style " + s, 0) > 0, "no caption of style " + s);
    }
    for (SixthHeldOutCorpus.Placement pl : SixthHeldOutCorpus.Placement.values()) {
      assertTrue(variants.getOrDefault("placement " + pl, 0) > 0, "no caption placed " + pl);
    }
    for (SixthHeldOutCorpus.Repeat r : SixthHeldOutCorpus.Repeat.values()) {
      assertTrue(variants.getOrDefault("TITLE_REPEAT " + r, 0) > 0, "no title repeat " + r);
    }
    for (SixthHeldOutCorpus.Restate r : SixthHeldOutCorpus.Restate.values()) {
      assertTrue(variants.getOrDefault("SUMMARY_REPEAT " + r, 0) > 0, "no summary repeat " + r);
    }
    assertTrue(variants.getOrDefault("caption language de", 0) > 0 && variants.getOrDefault("caption language es", 0) > 0);
  }

  @Test
  void everyLabelStandsInBothFormsAndNoCaptionMatchesANegative() throws IOException {
    for (Page p : corpus.pages.values()) {
      Document doc = HeldOutChecks.assertLabelsInBothForms(p, textForm(p), htmlForm(p),
          l -> l.placement() == SixthHeldOutCorpus.Placement.ALT_ONLY);
      assertTrue(textForm(p).startsWith(SixthHeldOutForms.wrap(p.title, "") + "\n\n"), p.key + ": title first");
      assertTrue(doc.title().contains(p.title), p.key + ": HTML title");
    }
  }

  @Test
  void captionsAndTitleRepeatsStandAloneBetweenProseParagraphs() throws IOException {
    for (Page p : corpus.pages.values()) {
      List<String> chunks = List.of(textForm(p).split("\n\n"));
      for (Labelled l : p.labels) {
        if (l.kind() != Kind.CAPTION && l.kind() != Kind.TITLE_REPEAT) {
          continue;
        }
        int at = HeldOutChecks.lastChunk(chunks, norm(l.text()));
        int before = at > 0 && bracketed(chunks.get(at - 1)) ? at - 2 : at - 1; // an unnamed image above it
        assertTrue(at > 1 && prose(chunks.get(before)) && prose(chunks.get(at + 1)),
            p.key + ": not a block of its own between prose paragraphs: " + l);
        if (l.kind() == Kind.TITLE_REPEAT) {
          assertTrue(chunks.subList(0, at).stream().filter(SixthHeldOutTest::prose).count() >= 2, p.key + ": " + l);
        }
      }
    }
  }

  @Test
  void theTitleStandsInTheTextFormOnlyWhereALabelPutsIt() throws IOException {
    for (Page p : corpus.pages.values()) {
      List<String> chunks = List.of(textForm(p).split("\n\n"));
      String title = norm(p.title);
      for (String c : chunks.subList(1, chunks.size())) {
        String n = norm(c);
        if (n.contains(title)) {
          assertTrue(p.labels.stream().anyMatch(l -> (l.kind() == Kind.TITLE_REPEAT || l.kind() == Kind.TITLE_IN_SIDEBAR)
              && n.contains(norm(l.text()))), p.key + ": unlabelled title in " + c);
        }
      }
    }
  }

  @Test
  void theSameSeedWritesTheSameSet(@TempDir Path again) throws IOException {
    SixthHeldOutCorpus second = new SixthHeldOutCorpus(SixthHeldOutCorpus.SEED)
        .write(again.resolve("text"), again.resolve("html"));
    HeldOutChecks.assertSameSet(dir, again, corpus.pages, second.pages);
  }

  // ---- The figures: printed, no floors ----------------------------------------------------------------

  @Test
  void printsPrecisionAndRecallPerDetectorAndForm() {
    for (String form : List.of("text", "html")) {
      assertEquals(corpus.pages.size(), reports.documents.get(form).size(), form + ": documents");
      Counts captions = HeldOutScoring.captions(PREFIX, form, reports.captions.get(form), corpus.pages,
          (p, l) -> List.of("style " + l.style(), "language " + p.host.lang(),
              form.equals("html") ? "placement " + l.placement() : "host " + p.host.name()),
          (p, l) -> l.text() + " [" + l.variant() + "]", SHOWN);
      assertTrue(captions.truth > 0);
      pageFigures(form, "title_in_body", reports.titleInBody(form), Kind.TITLE_REPEAT);
      pageFigures(form, "restating", reports.restating(form), Kind.SUMMARY_REPEAT);
      pageFigures(form, "stuffing", reports.stuffing(form), Kind.STUFFING);
      pageFigures(form, "flagged", reports.flagged(form), null);
    }
  }

  /** A page-level detector: pages {@code found} against pages carrying {@code kind} (any spam when null). */
  private static void pageFigures(String form, String detector, Set<String> found, Kind kind) {
    Counts all = HeldOutScoring.pages(PREFIX, form, detector, corpus.pages, found,
        p -> kind == null ? p.spam() : p.has(kind), p -> {
          List<String> gs = new ArrayList<>(List.of("language " + p.host.lang(), "host " + p.host.name()));
          p.labels.stream().filter(l -> kind != null && l.kind() == kind && l.variant() != null)
              .forEach(l -> gs.add("form " + l.variant()));
          if (kind == null) {
            gs.addAll(HeldOutScoring.carrying(p));
          }
          return gs;
        }, SHOWN);
    assertTrue(all.truth > 0);
  }

  // ---- Helpers ----------------------------------------------------------------------------------------

  static String textForm(Page p) throws IOException {
    return HeldOutScan.textForm(dir, p.key);
  }

  static String htmlForm(Page p) throws IOException {
    return HeldOutScan.htmlForm(dir, p.key);
  }

  static boolean bracketed(String chunk) {
    return HeldOutChecks.bracketed(chunk);
  }

  static boolean prose(String chunk) {
    return HeldOutChecks.prose(chunk, PROSE);
  }

  static String norm(String s) {
    return FourthHeldOutTest.norm(s);
  }
}
