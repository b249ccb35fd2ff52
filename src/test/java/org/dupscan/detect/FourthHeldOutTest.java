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
import org.dupscan.detect.FourthHeldOutCorpus.Kind;
import org.dupscan.detect.FourthHeldOutCorpus.Labelled;
import org.dupscan.detect.FourthHeldOutCorpus.Page;
import org.dupscan.detect.FourthHeldOutCorpus.Placement;
import org.dupscan.detect.FourthHeldOutCorpus.Repeat;
import org.dupscan.detect.FourthHeldOutCorpus.Style;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fourth held-out set ({@link FourthHeldOutCorpus}) for issue 11's caption and title-in-body
 * targets, written once without reading the detectors. The first group of tests checks that the set is
 * well formed (counts, every label standing in both forms, captions and repeats between prose
 * paragraphs, the title nowhere unlabelled); they were run and passed before any detection result on
 * the set was looked at.
 */
class FourthHeldOutTest {

  static final int MIN_PAGES = 150;
  static final int MIN_HOSTS = 10;
  static final int MIN_CAPTIONS = 200;
  static final int MIN_PER_STYLE = 15;
  static final int MIN_PER_PLACEMENT = 8;
  static final int MIN_TITLE_REPEATS = 60;
  static final int MIN_PER_REPEAT = 8;
  static final int MIN_NEGATIVES = 900;
  /** A prose paragraph of the text form: at least this long and ending with a full stop. */
  static final int PROSE = 120;

  @TempDir
  static Path dir;
  static FourthHeldOutCorpus corpus;

  @BeforeAll
  static void generate() throws IOException {
    corpus = new FourthHeldOutCorpus(FourthHeldOutCorpus.SEED).write(dir.resolve("text"), dir.resolve("html"));
  }

  // ---- The set is well formed (checked before any figure was looked at) ---------------------------

  @Test
  void theSetHasItsCountsOfPagesHostsAndLabels() {
    Set<String> hosts = new TreeSet<>();
    Map<Kind, Integer> kinds = new EnumMap<>(Kind.class);
    Map<Style, Integer> styles = new EnumMap<>(Style.class);
    Map<Placement, Integer> placements = new EnumMap<>(Placement.class);
    Map<Repeat, Integer> repeats = new EnumMap<>(Repeat.class);
    for (Page p : corpus.pages.values()) {
      hosts.add(p.host);
      for (Labelled l : p.labels) {
        kinds.merge(l.kind(), 1, Integer::sum);
        if (l.style() != null) {
          styles.merge(l.style(), 1, Integer::sum);
          placements.merge(l.placement(), 1, Integer::sum);
        }
        if (l.repeat() != null) {
          repeats.merge(l.repeat(), 1, Integer::sum);
        }
      }
    }
    int both = 0;
    int htmlOnly = 0;
    for (Kind k : Kind.values()) {
      int n = kinds.getOrDefault(k, 0);
      both += k.negative() && !k.htmlOnly() ? n : 0;
      htmlOnly += k.negative() && k.htmlOnly() ? n : 0;
    }
    long clean = corpus.pages.values().stream().filter(p -> !p.has(Kind.CAPTION) && !p.has(Kind.TITLE_REPEAT))
        .count();
    System.out.println("fourth-held-out set: " + corpus.pages.size() + " pages on " + hosts.size() + " hosts, "
        + clean + " with neither caption nor title repeat; labels " + kinds + "; caption styles " + styles
        + "; HTML placements " + placements + "; title repeats " + repeats + "; hard negatives " + both
        + " in both forms and " + htmlOnly + " in HTML only");
    assertTrue(corpus.pages.size() >= MIN_PAGES, "pages: " + corpus.pages.size());
    assertEquals(MIN_HOSTS, hosts.size(), "hosts: " + hosts);
    assertTrue(kinds.getOrDefault(Kind.CAPTION, 0) >= MIN_CAPTIONS, "captions: " + kinds);
    assertTrue(kinds.getOrDefault(Kind.TITLE_REPEAT, 0) >= MIN_TITLE_REPEATS, "title repeats: " + kinds);
    assertTrue(both >= MIN_NEGATIVES, "hard negatives in both forms: " + kinds);
    assertTrue(clean >= 15, "pages with neither caption nor repeat: " + clean);
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
  void everyLabelStandsInBothFormsAndCaptionsAreNeitherTitleNorNegative() throws IOException {
    for (Page p : corpus.pages.values()) {
      String t = textForm(p);
      String h = htmlForm(p);
      Document doc = Jsoup.parse(h);
      String visible = norm(doc.text());
      Set<String> alts = new TreeSet<>();
      for (Element img : doc.select("img[alt]")) {
        alts.add(img.attr("alt"));
      }
      assertTrue(t.startsWith(p.title + "\n\n"), p.key + ": the text form starts with its title");
      assertTrue(doc.title().contains(p.title), p.key + ": the HTML title holds the page's title");
      assertEquals(1, doc.select("h1, h3.post-title").stream().filter(e -> e.text().equals(p.title)).count(),
          p.key + ": one headline");
      Set<String> captions = new TreeSet<>();
      Set<String> negatives = new TreeSet<>();
      for (Labelled l : p.labels) {
        assertTrue(visible.contains(norm(l.text())) || alts.contains(l.text()), p.key + ": HTML form lacks " + l);
        assertTrue(l.kind().htmlOnly() || t.contains(l.text()), p.key + ": text form lacks " + l);
        assertEquals(l.kind() == Kind.CAPTION, l.style() != null && l.placement() != null, p.key + ": " + l);
        if (l.kind() == Kind.CAPTION) {
          assertTrue(captions.add(norm(l.text())), p.key + ": caption twice on one page: " + l);
          assertEquals(l.style() == Style.THEN_TITLE, l.text().contains(p.title),
              p.key + ": only a caption-then-title holds the title: " + l);
          assertEquals(l.placement() == Placement.ALT, !visible.contains(norm(l.text())),
              p.key + ": an alt-only caption is nowhere else in the HTML: " + l);
        } else if (l.kind().negative() && !norm(l.text()).contains(norm(p.title))) {
          negatives.add(norm(l.text())); // title-bearing ones are scored apart (see captionsMatching)
        }
      }
      for (String c : captions) {
        for (String n : negatives) {
          assertFalse(matches(c, n), p.key + ": caption " + c + " matches negative " + n);
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
        int at = -1;
        for (int i = 1; i < chunks.size() && at < 0; i++) {
          boolean alt = chunks.get(i).equals("[" + l.text() + "]");
          if (l.placement() == Placement.ALT ? alt : !alt && chunks.get(i).lines().anyMatch(
              line -> line.equals(l.text()) || line.substring(Math.min(2, line.length())).equals(l.text()))) {
            at = i;
          }
        }
        assertTrue(at > 0, p.key + ": no block of its own for " + l);
        int before = at - 1;
        if (chunks.get(before).startsWith("[") && chunks.get(before).endsWith("]")) {
          before--; // the alt a text dump shows above its image's caption
        }
        assertTrue(prose(chunks.get(before)) && at + 1 < chunks.size() && prose(chunks.get(at + 1)),
            p.key + ": not between prose paragraphs: " + l);
        if (l.kind() == Kind.TITLE_REPEAT) {
          long proseBefore = chunks.subList(0, at).stream().filter(FourthHeldOutTest::prose).count();
          assertTrue(proseBefore >= 2, p.key + ": a title repeat before the second paragraph: " + l);
        }
      }
      long paragraphs = chunks.stream().filter(FourthHeldOutTest::prose).count();
      assertTrue(paragraphs >= FourthHeldOutCorpus.MIN_PARAGRAPHS
          && paragraphs <= FourthHeldOutCorpus.MAX_PARAGRAPHS + 3, p.key + ": prose paragraphs " + paragraphs);
    }
  }

  @Test
  void theTitleStandsInTheTextFormOnlyWhereLabelled() throws IOException {
    for (Page p : corpus.pages.values()) {
      List<String> chunks = List.of(textForm(p).split("\n\n"));
      String title = norm(p.title);
      long holding = chunks.stream().skip(1).filter(c -> norm(c).contains(title)).count();
      long labelled = p.labels.stream().filter(l -> l.kind() == Kind.TITLE_REPEAT || l.style() == Style.THEN_TITLE)
          .count();
      assertEquals(labelled, holding, p.key + ": blocks holding the title, in any case: "
          + chunks.stream().skip(1).filter(c -> norm(c).contains(title)).toList());
      assertTrue(labelled <= 2, p.key + ": at most a repeat and a caption-then-title");
    }
  }

  @Test
  void theSameSeedWritesTheSameSet(@TempDir Path again) throws IOException {
    FourthHeldOutCorpus second = new FourthHeldOutCorpus(FourthHeldOutCorpus.SEED)
        .write(again.resolve("text"), again.resolve("html"));
    assertEquals(List.copyOf(corpus.pages.keySet()), List.copyOf(second.pages.keySet()));
    for (Page p : corpus.pages.values()) {
      for (String f : List.of("text/" + p.key + ".txt", "html/" + p.key + ".html")) {
        assertEquals(Files.readString(dir.resolve(f)), Files.readString(again.resolve(f)), f);
      }
    }
  }

  // ---- Helpers ----------------------------------------------------------------------------------------

  private static String textForm(Page p) throws IOException {
    return Files.readString(dir.resolve("text").resolve(p.key + ".txt"), StandardCharsets.UTF_8);
  }

  private static String htmlForm(Page p) throws IOException {
    return Files.readString(dir.resolve("html").resolve(p.key + ".html"), StandardCharsets.UTF_8);
  }

  private static boolean prose(String chunk) {
    return chunk.length() > PROSE && chunk.endsWith(".") && !chunk.startsWith(" ");
  }

  /** {@link HeldOutQualityTest#norm}, with no-break and narrow spaces taken for spaces first. */
  static String norm(String s) {
    return HeldOutQualityTest.norm(s.replace('\u00A0', ' ').replace('\u202F', ' ').replace('\u2007', ' '));
  }

  /** Normalised texts match when equal, or when the shorter, long enough, stands inside the other. */
  static boolean matches(String a, String b) {
    return ThirdHeldOutTest.matches(a, b);
  }
}
