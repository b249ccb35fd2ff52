package org.dupscan.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dupscan.pipeline.CaptionStage;
import org.dupscan.pipeline.ContentStage;
import org.dupscan.pipeline.TextQualityStage;
import org.dupscan.pipeline.TitleStage;
import org.junit.jupiter.api.Test;

class SpamScoreTest {

  /** A page's signals as the standard stages give them, by name. */
  static Signals signals(int captions, int captionPages, int titleRepeatedAt, boolean archive,
      boolean sharedTitle, double boilerplateShare, double nearSimilarity, String nearOf,
      int repeatedParagraphs, boolean stuffed, boolean thin) {
    Signals.Builder b = Signals.builder();
    TitleStage.repeated(b, titleRepeatedAt);
    TitleStage.archive(b, archive);
    TitleStage.shared(b, sharedTitle);
    CaptionStage.signal(b, captions, captionPages);
    TextQualityStage.repetition(b, repeatedParagraphs);
    TextQualityStage.stuffing(b, stuffed);
    ContentStage.boilerplate(b, boilerplateShare);
    ContentStage.nearDuplicate(b, nearSimilarity, nearOf);
    ContentStage.thin(b, thin);
    return b.build();
  }

  static Signals clean() {
    return signals(0, 0, -1, false, false, 0.3, 0, "", 0, false, false);
  }

  @Test
  void scoresACleanPageLow() {
    SpamScore.Score s = SpamScore.of(clean());
    assertTrue(s.score() < 20, "" + s.score());
    assertEquals("", s.reasons());
  }

  @Test
  void listsTheReasonsStrongestFirstWithTheirValues() {
    SpamScore.Score s = SpamScore.of(signals(2, 14, 7, false, true, 0.41, 0.86,
        "post-3.html", 0, false, false));
    assertTrue(s.score() > 99, "" + s.score());
    assertEquals("caption x2 recurring on 14 pages; title repeated at block 7", s.reasons());
  }

  @Test
  void doesNotFlagDuplicateOrThinContentByItself() {
    SpamScore.Score copy = SpamScore.of(signals(0, 0, -1, false, true, 0.5, 1.0, "post-3.html", 0,
        false, true));
    assertTrue(copy.score() < SpamScore.DEFAULT_FLAG_SCORE, "" + copy.score());
    assertEquals("", copy.reasons());
  }

  @Test
  void flagsACaptionWithARepeatedTitle() {
    SpamScore.Score s = SpamScore.of(signals(1, 1, 5, false, false, 0, 0, "", 0,
        false, false));
    assertTrue(s.score() >= SpamScore.DEFAULT_FLAG_SCORE);
  }
}
