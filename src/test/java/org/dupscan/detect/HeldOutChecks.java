package org.dupscan.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.dupscan.detect.HeldOutScoring.LabelledPage;
import org.dupscan.detect.HeldOutScoring.PageLabel;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The self-checks shared by the held-out sets written in two forms (sixth and later): that a set is well
 * formed before it is scored. What differs between sets (where the title stands, which chunks may stand
 * between a label and the prose around it) stays in each set's test; what every set asserts alike is here,
 * so that a new set calls these rather than copying them.
 */
final class HeldOutChecks {

  /** A prose paragraph of the text form is longer than this, unless a set says otherwise. */
  static final int PROSE = 100;

  private HeldOutChecks() {}

  /**
   * Asserts that every label of {@code p} stands in both forms (in the HTML form as visible text or as an
   * {@code img} alt), that a caption is invisible exactly when {@code altOnly} says it is only an alt, and
   * that no caption holds the page's title or matches one of the page's hard negatives.
   */
  static <L extends PageLabel> void assertLabelsInBothForms(LabelledPage<L> p, String textForm, Document html,
      Predicate<L> altOnly) {
    assertLabelsInBothForms(p, textForm, html, altOnly, false);
  }

  /**
   * As above; with {@code spaceless}, a label stands in the text form when it does with every space left out
   * of both (w3m may break a line inside a hashtag, after its "#").
   */
  static <L extends PageLabel> void assertLabelsInBothForms(LabelledPage<L> p, String textForm, Document html,
      Predicate<L> altOnly, boolean spaceless) {
    String text = norm(textForm);
    String textSpaceless = text.replace(" ", "");
    String visible = norm(html.text());
    Set<String> alts = new TreeSet<>();
    for (Element img : html.select("img[alt], amp-img[alt]")) {
      alts.add(norm(img.attr("alt")));
    }
    for (L l : p.labels()) {
      String n = norm(l.text());
      assertTrue(spaceless ? textSpaceless.contains(n.replace(" ", "")) : text.contains(n),
          p.key() + ": text form lacks " + l);
      assertTrue(visible.contains(n) || alts.contains(n), p.key() + ": HTML form lacks " + l);
      if (l.caption()) {
        assertEquals(altOnly.test(l), !visible.contains(n), p.key() + ": " + l);
        assertFalse(n.contains(norm(p.title())), p.key() + ": caption holds the title: " + l);
        for (L m : p.labels()) {
          if (m.negative()) {
            assertFalse(FourthHeldOutTest.matches(n, norm(m.text())), p.key() + ": " + l + " matches " + m);
          }
        }
      }
    }
  }

  /** {@link #assertLabelsInBothForms(LabelledPage, String, Document, Predicate)} on the HTML form's text. */
  static <L extends PageLabel> Document assertLabelsInBothForms(LabelledPage<L> p, String textForm, String htmlForm,
      Predicate<L> altOnly) {
    Document doc = Jsoup.parse(htmlForm);
    assertLabelsInBothForms(p, textForm, doc, altOnly);
    return doc;
  }

  /** Asserts that a second writing from the same seed gave the same pages and the same files. */
  static void assertSameSet(Path dir, Path again, Map<String, ?> first, Map<String, ?> second) throws IOException {
    assertEquals(List.copyOf(first.keySet()), List.copyOf(second.keySet()));
    HeldOutScan.assertSameForms(dir, again, first.keySet());
  }

  /** The index of the last chunk after the first that, normalised and without an image's stand-in, is {@code n}. */
  static int lastChunk(List<String> chunks, String n) {
    int at = -1;
    for (int i = 1; i < chunks.size(); i++) {
      if (norm(unbracketed(chunks.get(i))).equals(n)) {
        at = i;
      }
    }
    return at;
  }

  /** A chunk that is only w3m's stand-in for an image with an empty alt. */
  static boolean bracketed(String chunk) {
    return chunk.startsWith("[") && chunk.endsWith("]") && !chunk.contains("\n");
  }

  /** A chunk without the stand-in line of an image with an empty alt above its caption. */
  static String unbracketed(String chunk) {
    int nl = chunk.indexOf('\n');
    return nl > 0 && bracketed(chunk.substring(0, nl)) ? chunk.substring(nl + 1) : chunk;
  }

  /** A paragraph of prose in the text form: longer than {@code minLength}, unindented, ending as a sentence does. */
  static boolean prose(String chunk, int minLength) {
    String s = chunk.strip();
    return s.length() > minLength && (s.endsWith(".") || s.endsWith("?") || s.endsWith("!")) && !chunk.startsWith(" ");
  }

  static String norm(String s) {
    return FourthHeldOutTest.norm(s);
  }
}
