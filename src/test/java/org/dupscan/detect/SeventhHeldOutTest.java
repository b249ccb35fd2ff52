package org.dupscan.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dupscan.detect.FourthHeldOutTest.Counts;
import org.dupscan.detect.SeventhHeldOutCorpus.Kind;
import org.dupscan.detect.SeventhHeldOutCorpus.Label;
import org.dupscan.detect.SeventhHeldOutCorpus.Page;
import org.dupscan.detect.SeventhHeldOutCorpus.Placement;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seventh held-out set ({@link SeventhHeldOutCorpus}), written blind for issue 11 in session 19: to
 * be scored on the merged build and never tuned on.
 *
 * <p>The first group checks that the set is well formed: 8 hosts of 30 pages, every kind, style,
 * placement and variant present, every label standing in both forms, no injected caption holding the
 * title or matching a hard negative, injected captions and titles each a block of their own between
 * prose paragraphs, the title in the text form only where a label (spam or furniture) puts it or inside a
 * sentence of prose (a recipe named by its dish alone), and the same seed writing the same files.
 *
 * <p>The second scans both forms through the CLI with its default settings ({@link HeldOutScan}) and
 * prints ({@link HeldOutScoring}) lines {@code seventh-held-out FORM DETECTOR P=... R=... tp fp fn}:
 * captions (captions.csv; a finding is true when, normalised, it equals an injected caption of its page
 * or the shorter, long enough, stands inside the other), title in body (a {@code repeated_in_body} row in titles.csv), restating
 * ({@code repeated_paragraphs} above 0), stuffing ({@code reasons} naming stuffing) and flagged
 * ({@code spam_score} at or above run.csv's {@code flag_score}; true on a page with any injected spam,
 * thin doorway pages included). Its floors are loose, far below the figures at the start of session 19,
 * so that only a collapse fails it; issue 11's targets are read from the printed figures.
 */
class SeventhHeldOutTest {

  static final String PREFIX = "seventh-held-out";
  static final int HOSTS = 8;
  /** False positives and misses printed per detector and form. */
  static final int SHOWN = 8;

  @TempDir
  static Path dir;
  static SeventhHeldOutCorpus corpus;
  static HeldOutScoring.Reports reports;
  static final Map<String, Counts> figures = new TreeMap<>();

  @BeforeAll
  static void generateAndScan() throws IOException {
    corpus = new SeventhHeldOutCorpus(SeventhHeldOutCorpus.SEED).write(dir.resolve("text"), dir.resolve("html"));
    reports = HeldOutScoring.Reports.scan(dir, corpus.pages.keySet());
    for (String form : List.of("text", "html")) {
      figures.put(form + " captions", HeldOutScoring.captions(PREFIX, form, reports.captions.get(form), corpus.pages,
          (p, l) -> List.of("style " + l.style(), "language " + p.host.lang(), "host " + p.host.name(),
              "placement " + l.placement()),
          (p, l) -> l.text() + " [" + l.variant() + ", " + l.placement() + "]", SHOWN));
      pageFigures(form, "title_in_body", reports.titleInBody(form), Kind.TITLE_REPEAT);
      pageFigures(form, "restating", reports.restating(form), Kind.SUMMARY_REPEAT);
      pageFigures(form, "stuffing", reports.stuffing(form), Kind.STUFFING);
      pageFigures(form, "flagged", reports.flagged(form), null);
    }
  }

  /** A page-level detector: pages {@code found} against pages carrying {@code kind} (any spam when null). */
  private static void pageFigures(String form, String detector, Set<String> found, Kind kind) {
    figures.put(form + " " + detector, HeldOutScoring.pages(PREFIX, form, detector, corpus.pages, found,
        p -> kind == null ? p.spam() : p.has(kind), p -> {
          List<String> gs = new ArrayList<>(List.of("language " + p.host.lang(), "host " + p.host.name()));
          p.labels.stream().filter(l -> kind != null && l.kind() == kind && l.variant() != null)
              .forEach(l -> gs.add("variant " + l.variant()));
          if (kind == null) {
            gs.addAll(HeldOutScoring.carrying(p));
          }
          return gs;
        }, SHOWN));
  }

  // ---- The set is well formed -------------------------------------------------------------------------

  @Test
  void theSetHasThirtyPagesOnEachOfEightHostsAndEveryKindAndVariant() {
    Set<String> hosts = new TreeSet<>();
    Map<String, Integer> languages = new TreeMap<>();
    int spam = 0;
    for (Page p : corpus.pages.values()) {
      hosts.add(p.host.name());
      spam += p.spam() ? 1 : 0;
      languages.merge(p.host.lang(), 1, Integer::sum);
    }
    Map<String, Integer> counts = corpus.counts();
    System.out.println("seventh-held-out set: " + corpus.pages.size() + " pages on " + hosts.size() + " hosts "
        + languages + ", " + spam + " with injected spam, " + (corpus.pages.size() - spam) + " without; labels "
        + counts);
    assertEquals(HOSTS * SeventhHeldOutCorpus.PAGES_PER_HOST, corpus.pages.size());
    assertEquals(HOSTS, hosts.size());
    for (Kind k : Kind.values()) {
      assertTrue(counts.keySet().stream().anyMatch(c -> c.startsWith(k + " ") || c.equals(k.name())), "no " + k);
    }
    List<String> variants = new ArrayList<>();
    for (SeventhHeldOutCorpus.Style s : SeventhHeldOutCorpus.Style.values()) {
      variants.add("CAPTION " + s);
    }
    for (Placement pl : Placement.values()) {
      variants.add("CAPTION placed " + pl);
    }
    for (SeventhHeldOutCorpus.Repeat r : SeventhHeldOutCorpus.Repeat.values()) {
      variants.add("TITLE_REPEAT " + r);
    }
    for (SeventhHeldOutCorpus.Restate r : SeventhHeldOutCorpus.Restate.values()) {
      variants.add("SUMMARY_REPEAT " + r);
    }
    for (SeventhHeldOutCorpus.Stuff s : SeventhHeldOutCorpus.Stuff.values()) {
      variants.add("STUFFING " + s);
    }
    for (String v : variants) {
      assertTrue(counts.getOrDefault(v, 0) > 0, "none of " + v);
    }
    long clean = corpus.pages.values().stream().filter(p -> !p.spam()).count();
    assertTrue(clean >= corpus.pages.size() / 4, "too few clean pages: " + clean);
  }

  @Test
  void everyLabelStandsInBothFormsAndNoCaptionHoldsTheTitleOrANegative() throws IOException {
    for (Page p : corpus.pages.values()) {
      Document doc = HeldOutChecks.assertLabelsInBothForms(p, textForm(p), htmlForm(p),
          l -> l.placement() == Placement.ALT_ONLY);
      assertTrue(textForm(p).startsWith(p.title + "\n\n"), p.key + ": title first");
      assertTrue(doc.title().contains(p.title), p.key + ": HTML title");
      assertEquals(p.title, doc.selectFirst(p.host.layout() == SeventhHeldOutSites.Layout.FORUM ? "h2" : "h1").text(),
          p.key + ": heading");
    }
  }

  @Test
  void injectedCaptionsAndTitlesStandAloneBetweenProseParagraphs() throws IOException {
    for (Page p : corpus.pages.values()) {
      List<String> chunks = List.of(textForm(p).split("\n\n"));
      for (Label l : p.labels) {
        if (l.kind() != Kind.CAPTION && l.kind() != Kind.TITLE_REPEAT) {
          continue;
        }
        int at = HeldOutChecks.lastChunk(chunks, norm(l.text()));
        assertTrue(at > 1, p.key + ": no block of its own: " + l);
        int before = at - 1;
        while (before > 0 && !prose(chunks.get(before))) {
          before--; // an image's bracketed name, or the caption a title follows
        }
        int after = at + 1;
        while (after < chunks.size() && !prose(chunks.get(after)) && after - at <= 2) {
          after++; // the title that follows a caption
        }
        assertTrue(at - before <= 3 && after < chunks.size() && prose(chunks.get(after)),
            p.key + ": not between prose paragraphs: " + l);
        assertTrue(chunks.subList(1, at).stream().filter(SeventhHeldOutTest::prose).count() >= 2, p.key + ": " + l);
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
        if (n.contains(title) && !prose(c)) { // a recipe's name may stand inside its sentences
          assertTrue(p.labels.stream().anyMatch(l -> (l.kind() == Kind.TITLE_REPEAT || l.kind().negative())
              && n.contains(norm(l.text()))) || n.startsWith("contents"), p.key + ": unlabelled title in " + c);
        }
      }
    }
  }

  @Test
  void theSameSeedWritesTheSameSet(@TempDir Path again) throws IOException {
    SeventhHeldOutCorpus second = new SeventhHeldOutCorpus(SeventhHeldOutCorpus.SEED)
        .write(again.resolve("text"), again.resolve("html"));
    HeldOutChecks.assertSameSet(dir, again, corpus.pages, second.pages);
  }

  // ---- The figures: printed; loose floors only ---------------------------------------------------------

  /**
   * Floors far below the figures of main at 3f6d70e (docs/detectors.md, "Seventh held-out set"), so that
   * a collapse fails the build while a detector change moving a figure by a few points does not.
   */
  @Test
  void detectorsStayAboveLooseFloors() {
    for (String form : List.of("text", "html")) {
      assertEquals(corpus.pages.size(), reports.documents.get(form).size(), form + ": documents");
      floor(form, "captions", 0.5, 0.2);
      floor(form, "title_in_body", 0.5, 0.3);
      floor(form, "flagged", 0.5, 0.3);
    }
  }

  private static void floor(String form, String detector, double precision, double recall) {
    HeldOutScoring.assertFloor(figures, form, detector, precision, recall);
  }

  // ---- Helpers ----------------------------------------------------------------------------------------

  static String textForm(Page p) throws IOException {
    return HeldOutScan.textForm(dir, p.key);
  }

  static String htmlForm(Page p) throws IOException {
    return HeldOutScan.htmlForm(dir, p.key);
  }

  /** A paragraph of prose in the text form: long, unindented, ending as a sentence does. */
  static boolean prose(String chunk) {
    return HeldOutChecks.prose(chunk, HeldOutChecks.PROSE);
  }

  static String norm(String s) {
    return FourthHeldOutTest.norm(s);
  }
}
