package org.dupscan.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.dupscan.detect.FifthHeldOutCorpus.Kind;
import org.dupscan.detect.FifthHeldOutCorpus.Labelled;
import org.dupscan.detect.FifthHeldOutCorpus.Page;
import org.dupscan.detect.FifthHeldOutCorpus.Placement;
import org.dupscan.detect.FifthHeldOutCorpus.Repeat;
import org.dupscan.detect.FifthHeldOutCorpus.Style;
import org.dupscan.detect.FifthHeldOutSites.Template;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fifth held-out set ({@link FifthHeldOutCorpus}) for issue 11's caption and title-in-body targets,
 * written without reading the detectors or the earlier generators. These tests check that the set is
 * well formed (counts per style, placement and kind of repeat; every label standing in both forms;
 * captions and repeats between prose paragraphs; the title nowhere in the text form unlabelled); they
 * were run and passed before any detection result on the set was looked at.
 */
class FifthHeldOutTest {

  static final int PAGES = 160;
  static final int HOSTS = 10;
  static final int MIN_CAPTIONS = 240;
  static final int MIN_PER_STYLE = 15;
  static final int MIN_PER_PLACEMENT = 8;
  static final int MIN_TITLE_REPEATS = 80;
  static final int MIN_PER_REPEAT = 15;
  static final int MIN_NEGATIVES = 1500;
  static final int MIN_CLEAN_PAGES = 15;
  /** A prose paragraph of the text form: at least this long and ending as a sentence does. */
  static final int PROSE = 120;

  @TempDir
  static Path dir;
  static FifthHeldOutCorpus corpus;

  @BeforeAll
  static void generate() throws IOException {
    corpus = new FifthHeldOutCorpus(FifthHeldOutCorpus.SEED).write(dir.resolve("text"), dir.resolve("html"));
  }

  // ---- The set is well formed (checked before any figure was looked at) ---------------------------

  @Test
  void theSetHasItsCountsOfPagesHostsStylesPlacementsAndRepeats() {
    Set<String> hosts = new TreeSet<>();
    Map<Kind, Integer> kinds = new EnumMap<>(Kind.class);
    Map<Style, Integer> styles = new EnumMap<>(Style.class);
    Map<Placement, Integer> placements = new EnumMap<>(Placement.class);
    Map<Repeat, Integer> repeats = new EnumMap<>(Repeat.class);
    Map<Template, Integer> templates = new EnumMap<>(Template.class);
    int inBoth = 0;
    int htmlOnly = 0;
    for (Page p : corpus.pages.values()) {
      hosts.add(p.host);
      templates.merge(p.site.template(), 1, Integer::sum);
      for (Labelled l : p.labels) {
        kinds.merge(l.kind(), 1, Integer::sum);
        if (l.style() != null) {
          styles.merge(l.style(), 1, Integer::sum);
          placements.merge(l.placement(), 1, Integer::sum);
        }
        if (l.repeat() != null) {
          repeats.merge(l.repeat(), 1, Integer::sum);
        }
        if (l.kind().negative()) {
          inBoth += l.inText() ? 1 : 0;
          htmlOnly += l.inText() ? 0 : 1;
        }
      }
    }
    long clean = corpus.pages.values().stream().filter(p -> !p.has(Kind.CAPTION) && !p.has(Kind.TITLE_REPEAT))
        .count();
    System.out.println("fifth-held-out set: " + corpus.pages.size() + " pages on " + hosts.size() + " hosts, "
        + clean + " with neither caption nor title repeat; templates " + templates + "; labels " + kinds
        + "; caption styles " + styles + "; HTML placements " + placements + "; title repeats " + repeats
        + "; hard negatives " + inBoth + " in both forms and " + htmlOnly + " in HTML only");
    assertEquals(PAGES, corpus.pages.size(), "pages");
    assertEquals(HOSTS, hosts.size(), "hosts: " + hosts);
    assertEquals(Template.values().length, templates.size(), "templates: " + templates);
    assertTrue(kinds.getOrDefault(Kind.CAPTION, 0) >= MIN_CAPTIONS, "captions: " + kinds);
    assertTrue(kinds.getOrDefault(Kind.TITLE_REPEAT, 0) >= MIN_TITLE_REPEATS, "title repeats: " + kinds);
    assertTrue(inBoth >= MIN_NEGATIVES, "hard negatives in both forms: " + inBoth);
    assertTrue(clean >= MIN_CLEAN_PAGES, "pages with neither caption nor repeat: " + clean);
    for (Kind k : Kind.values()) {
      assertTrue(kinds.getOrDefault(k, 0) > 0, "no label of kind " + k);
    }
    for (Style s : Style.values()) {
      assertTrue(styles.getOrDefault(s, 0) >= MIN_PER_STYLE, "too few captions of style " + s + ": " + styles);
    }
    for (Placement pl : Placement.values()) {
      assertTrue(placements.getOrDefault(pl, 0) >= MIN_PER_PLACEMENT, "too few captions placed " + pl);
    }
    for (Repeat r : Repeat.values()) {
      assertTrue(repeats.getOrDefault(r, 0) >= MIN_PER_REPEAT, "too few title repeats " + r + ": " + repeats);
    }
  }

  @Test
  void everyLabelStandsInItsFormsAndCaptionsMatchNoNegative() throws IOException {
    for (Page p : corpus.pages.values()) {
      String t = textForm(p);
      Document doc = Jsoup.parse(htmlForm(p));
      String visible = norm(doc.text());
      Set<String> alts = new TreeSet<>();
      for (Element img : doc.select("img[alt], amp-img[alt]")) {
        alts.add(norm(img.attr("alt")));
      }
      String text = norm(boxless(t));
      assertTrue(t.startsWith(FifthHeldOutForms.wrap(p.title, "") + "\n\n"), p.key + ": the text starts with its title");
      assertTrue(doc.title().contains(p.title), p.key + ": the HTML title holds the page's title");
      assertEquals(1, doc.select("h1, h2.topic-title").stream().filter(e -> e.text().equals(p.title)).count(),
          p.key + ": one headline");
      Set<String> captions = new TreeSet<>();
      Set<String> negatives = new TreeSet<>();
      for (Labelled l : p.labels) {
        String n = norm(l.text());
        assertTrue(visible.contains(n) || alts.contains(n), p.key + ": HTML form lacks " + l);
        assertEquals(l.inText(), text.contains(n),
            p.key + ": text form " + (l.inText() ? "lacks " : "holds ") + l);
        if (l.kind() == Kind.CAPTION) {
          assertTrue(captions.add(n), p.key + ": caption twice on one page: " + l);
          assertFalse(n.contains(norm(p.title)), p.key + ": a caption holding the title: " + l);
          assertEquals(l.placement() == Placement.ALT, !visible.contains(n),
              p.key + ": an alt-only caption is nowhere else in the HTML: " + l);
          assertEquals(l.style() == Style.PAGE_LANGUAGE, !p.lang.equals("en") && l.style() != Style.CAMERA_EXIF
              && l.style() != Style.ALT_ONLY && l.style() != Style.RECURRING, p.key + ": language of " + l);
        } else if (l.kind().negative()) {
          negatives.add(n);
        }
      }
      for (String c : captions) {
        for (String n : negatives) {
          assertFalse(FourthHeldOutTest.matches(c, n), p.key + ": caption " + c + " matches negative " + n);
        }
      }
    }
  }

  @Test
  void captionsAndTitleRepeatsStandBetweenProseParagraphs() throws IOException {
    for (Page p : corpus.pages.values()) {
      List<String> chunks = List.of(textForm(p).split("\n\n"));
      for (Labelled l : p.labels) {
        if (l.kind() != Kind.CAPTION && l.kind() != Kind.TITLE_REPEAT) {
          continue;
        }
        String n = norm(l.text());
        boolean placed = false;
        for (int at = 1; at < chunks.size() && !placed; at++) {
          String c = norm(chunks.get(at));
          if (l.kind() == Kind.TITLE_REPEAT ? !c.equals(n) : prose(chunks.get(at)) || !c.contains(n)) {
            continue;
          }
          int last = at;
          while (last + 1 < chunks.size() && norm(chunks.get(last + 1)).contains(n)) {
            last++; // an alt shown above the same text
          }
          int before = at - 1;
          if (before > 0 && chunks.get(before).startsWith("[") && chunks.get(before).endsWith("]")) {
            before--; // an image with an empty alt, shown by its file name above the template's caption box
          }
          long proseBefore = chunks.subList(0, at).stream().filter(FifthHeldOutTest::prose).count();
          placed = prose(chunks.get(before)) && last + 1 < chunks.size() && prose(chunks.get(last + 1))
              && (l.kind() == Kind.CAPTION || proseBefore >= 2);
        }
        assertTrue(placed, p.key + ": not a block of its own between prose paragraphs (a repeat after the"
            + " second): " + l);
      }
      long paragraphs = chunks.stream().filter(FifthHeldOutTest::prose).count();
      assertTrue(paragraphs >= FifthHeldOutCorpus.MIN_PARAGRAPHS, p.key + ": prose paragraphs " + paragraphs);
    }
  }

  @Test
  void theTitleStandsInTheTextFormOnlyInLabelledBlocks() throws IOException {
    Set<Kind> bearing = Set.of(Kind.TITLE_REPEAT, Kind.POST_SUBJECT, Kind.CONTENTS, Kind.RELATED_POST);
    for (Page p : corpus.pages.values()) {
      List<String> chunks = List.of(textForm(p).split("\n\n"));
      String title = norm(p.title);
      for (String c : chunks.subList(1, chunks.size())) {
        String n = norm(c);
        if (n.contains(title)) {
          assertTrue(p.labels.stream().anyMatch(l -> bearing.contains(l.kind()) && l.inText()
              && norm(l.text()).contains(title) && n.contains(norm(l.text()))), p.key + ": unlabelled title in " + c);
        }
      }
      assertTrue(p.labels.stream().filter(l -> l.kind() == Kind.TITLE_REPEAT).count() <= 1, p.key + ": repeats");
    }
  }

  @Test
  void noTextLineIsWiderThanW3mWouldWrapIt() throws IOException {
    for (Page p : corpus.pages.values()) {
      for (String line : textForm(p).split("\n")) {
        assertTrue(line.length() <= FifthHeldOutForms.COLUMNS || !line.strip().contains(" "),
            p.key + ": line too long: " + line);
      }
    }
  }

  @Test
  void theSameSeedWritesTheSameSet(@TempDir Path again) throws IOException {
    FifthHeldOutCorpus second = new FifthHeldOutCorpus(FifthHeldOutCorpus.SEED)
        .write(again.resolve("text"), again.resolve("html"));
    assertEquals(List.copyOf(corpus.pages.keySet()), List.copyOf(second.pages.keySet()));
    HeldOutScan.assertSameForms(dir, again, corpus.pages.keySet());
  }

  // ---- Helpers ----------------------------------------------------------------------------------------

  static String textForm(Page p) throws IOException {
    return Files.readString(dir.resolve("text").resolve(p.key + ".txt"), StandardCharsets.UTF_8);
  }

  static String htmlForm(Page p) throws IOException {
    return Files.readString(dir.resolve("html").resolve(p.key + ".html"), StandardCharsets.UTF_8);
  }

  /** A table's box-drawing lines taken for spaces, so that its rows read as their cells. */
  static String boxless(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      b.append(c >= '\u2500' && c <= '\u257F' ? ' ' : c);
    }
    return b.toString();
  }

  static boolean prose(String chunk) {
    String s = chunk.strip();
    return s.length() > PROSE && (s.endsWith(".") || s.endsWith("?") || s.endsWith("!")) && !chunk.startsWith(" ");
  }

  /** The fourth set's normalisation: HeldOutQualityTest's, with no-break and narrow spaces as spaces. */
  static String norm(String s) {
    return FourthHeldOutTest.norm(s);
  }
}
