package org.dupscan.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SpamScoreTest {

  static SpamScore.Signals clean() {
    return new SpamScore.Signals(0, 0, -1, false, false, 0.3, 0, "", 0, false, false);
  }

  @Test
  void scoresACleanPageLow() {
    SpamScore.Score s = SpamScore.of(clean());
    assertTrue(s.score() < 20, "" + s.score());
    assertEquals("", s.reasons());
  }

  @Test
  void listsTheReasonsStrongestFirstWithTheirValues() {
    SpamScore.Score s = SpamScore.of(new SpamScore.Signals(2, 14, 7, false, true, 0.41, 0.86,
        "post-3.html", 0, false, false));
    assertTrue(s.score() > 99, "" + s.score());
    assertEquals("caption x2 recurring on 14 pages; title repeated at block 7; "
        + "near-duplicate of post-3.html at 0.86", s.reasons());
  }

  @Test
  void flagsACaptionWithARepeatedTitle() {
    SpamScore.Score s = SpamScore.of(new SpamScore.Signals(1, 1, 5, false, false, 0, 0, "", 0,
        false, false));
    assertTrue(s.score() >= SpamScore.DEFAULT_FLAG_SCORE);
  }
}
