package org.dupscan.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dupscan.corpus.Format;
import org.dupscan.corpus.SourceDocument;
import org.dupscan.extract.Page;
import org.dupscan.extract.PageExtractor;
import org.junit.jupiter.api.Test;

/** PairComparison.segments: a page's text for the side-by-side view, shared passages marked. */
class PairSegmentsTest {

  private static final String SHARED = "Swaddling done well calms a newborn: keep the hips loose, the chest "
      + "snug and the room cool, and stop once the baby starts to roll over by itself.";

  private static Page page(String id, String text) throws Exception {
    return PageExtractor.extract(new SourceDocument(id, id, "local", id, Format.TEXT,
        text.getBytes(StandardCharsets.UTF_8), null));
  }

  private static String joined(List<PairComparison.Segment> segments, boolean shared) {
    StringBuilder sb = new StringBuilder();
    for (PairComparison.Segment s : segments) {
      if (s.shared() == shared) {
        sb.append(s.text()).append('|');
      }
    }
    return sb.toString();
  }

  @Test
  void marksTheSharedPassageOnBothSidesAndNothingElse() throws Exception {
    Page a = page("a", "A\n\nOur garden shed needs a new roof before the winter storms arrive.\n\n" + SHARED);
    Page b = page("b", "B\n\n" + SHARED + "\n\nTrain timetables change every December on the branch line.");
    ScanSettings.Hashing h = ScanSettings.Hashing.defaults();
    List<PairComparison.Segment> sa = PairComparison.segments(a, b, h, 2_000);
    List<PairComparison.Segment> sb = PairComparison.segments(b, a, h, 2_000);
    assertEquals(SHARED + "|", joined(sa, true));
    assertEquals(SHARED + "|", joined(sb, true));
    assertEquals("Our garden shed needs a new roof before the winter storms arrive.|", joined(sa, false));
    assertEquals("Train timetables change every December on the branch line.|", joined(sb, false));
    assertFalse(sa.get(0).shared(), "page order: a's own sentence first");
    assertTrue(sb.get(0).shared(), "page order: b opens with the shared passage");
  }

  @Test
  void shortensLongUnsharedStretchesAndCutsAtTheLimit() throws Exception {
    StringBuilder own = new StringBuilder();
    for (int i = 0; own.length() < 3_000; i++) {
      own.append("word").append(i).append(' ');
    }
    Page a = page("a", "A\n\n" + own.toString().trim() + "\n\n" + SHARED);
    Page b = page("b", "B\n\n" + SHARED);
    List<PairComparison.Segment> sa = PairComparison.segments(a, b, ScanSettings.Hashing.defaults(), 2_000);
    String unshared = sa.get(0).text();
    assertFalse(sa.get(0).shared());
    assertTrue(unshared.startsWith("word0 word1 ") && unshared.contains(" \u2026 ") && unshared.length() < 200,
        unshared);
    assertEquals(SHARED, sa.get(1).text(), "the shared passage kept whole");

    List<PairComparison.Segment> cut = PairComparison.segments(a, b, ScanSettings.Hashing.defaults(), 100);
    int chars = 0;
    for (PairComparison.Segment s : cut) {
      chars += s.text().length();
    }
    assertTrue(chars <= 101, "at most the limit and an ellipsis: " + cut);
    assertTrue(cut.get(cut.size() - 1).text().endsWith("\u2026"), cut.toString());
  }

  @Test
  void rejectsANonPositiveLimitNamingIt() throws Exception {
    Page a = page("a", "A\n\n" + SHARED);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PairComparison.segments(a, a, ScanSettings.Hashing.defaults(), 0));
    assertTrue(e.getMessage().contains("was 0"), e.getMessage());
  }
}
