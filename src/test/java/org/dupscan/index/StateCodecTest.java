package org.dupscan.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dupscan.detect.BoilerplateMiner;
import org.dupscan.detect.CaptionDetector;
import org.dupscan.detect.SpunVariants;
import org.dupscan.detect.TextQuality;
import org.dupscan.detect.TitleFacts;
import org.dupscan.engine.PageState;
import org.dupscan.engine.SignedContent;
import org.junit.jupiter.api.Test;

class StateCodecTest {

  /** One block of three words, then the three word hashes (AnalyzedPage.toLongs). */
  private static final long[] ANALYSED = {1L, 0L | 1L << 32, 3L, 0x6b6579L, -2L, Long.MAX_VALUE, 7L};
  /** Its head: the block, without the words. */
  private static final long[] HEAD = {1L, 0L | 1L << 32, 3L, 0x6b6579L};

  private static PageState state(Object... findings) {
    return new PageState("h/p.txt", "file:///h/p.txt", "h", "Caf\u00e9 \u2014 title", 3, 120, null, 0,
        ANALYSED, findings,
        List.of(new BoilerplateMiner.BlockSample(42L, 3, "short text", true, false),
            new BoilerplateMiner.BlockSample(-7L, 900, null, false, true)), null);
  }

  @Test
  @SuppressWarnings("unchecked")
  void givesBackEveryFindingOfTheStandardAndSpunStagesEqualToWhatWasStored() {
    TitleFacts title = new TitleFacts("h/p.txt", "h", "Title", true, "Post", List.of(2, 5),
        List.of(new long[] {1L, -2L}, new long[0]));
    List<CaptionDetector.Candidate> captions = List.of(new CaptionDetector.Candidate("h/p.txt", "h", 3,
        "a caption", "key", 0.75, "reasons", 99L, true, new long[] {5L, 6L}));
    TextQuality.Figures figures = new TextQuality.Figures(120, 2, 0.125, new double[] {0.1, Double.NaN, 0.3},
        "word", 1.0 / 3, Double.NaN, new int[] {1, 2, Integer.MAX_VALUE}, 7, 0.25, 0.375, 6, 3);
    SpunVariants.Facts spun = new SpunVariants.Facts(new long[] {3L, 9L}, Long.MAX_VALUE,
        new short[] {0, 4}, new long[] {11L}, new String[] {"w\u00f6rd", null}, new long[] {-1L},
        new long[] {-5L, 8L}, new long[] {7L}, new long[] {1L, 0L}, new long[] {2L});
    PageState in = state(title, captions, figures, spun, null);
    PageState out = StateCodec.decode(StateCodec.encode(in), null);

    assertEquals(in.id(), out.id());
    assertEquals(in.title(), out.title());
    assertNull(out.charset());
    assertArrayEquals(HEAD, out.analysed());
    assertTrue(out.wordsHeld());
    assertEquals(in.words(), out.words());
    assertEquals(in.samples(), out.samples());
    TitleFacts t = (TitleFacts) out.findings()[0];
    assertEquals(title.title(), t.title());
    assertEquals(title.repeatedAt(), t.repeatedAt());
    assertEquals(title.proseBefore().size(), t.proseBefore().size());
    for (int i = 0; i < title.proseBefore().size(); i++) {
      assertArrayEquals(title.proseBefore().get(i), t.proseBefore().get(i));
    }
    assertEquals(List.of(title.page(), title.host(), title.archive(), title.postTitle()),
        List.of(t.page(), t.host(), t.archive(), t.postTitle()));
    CaptionDetector.Candidate c = ((List<CaptionDetector.Candidate>) out.findings()[1]).get(0);
    assertEquals(captions.get(0).text(), c.text());
    assertArrayEquals(captions.get(0).prose(), c.prose());
    TextQuality.Figures f = (TextQuality.Figures) out.findings()[2];
    assertArrayEquals(figures.topNgramShare(), f.topNgramShare());
    assertTrue(Double.isNaN(f.compressionRatio()));
    assertEquals(figures.topWordDensity(), f.topWordDensity());
    assertArrayEquals(figures.topNgramBlocks(), f.topNgramBlocks());
    SpunVariants.Facts s = (SpunVariants.Facts) out.findings()[3];
    assertArrayEquals(spun.rank(), s.rank());
    assertArrayEquals(spun.spellings(), s.spellings());
    assertArrayEquals(spun.profile(), s.profile());
    assertArrayEquals(spun.lineBits(), s.lineBits());
    assertArrayEquals(spun.prose(), s.prose());
    assertNull(out.findings()[4]);
    // Encoding what was decoded gives the same bytes: nothing is lost or reordered.
    assertArrayEquals(StateCodec.encode(in), StateCodec.encode(out));
  }

  @Test
  void givesBackWhatTheShingleStepMadeOfThePage() {
    SignedContent signed = new SignedContent(new boolean[] {true, false, true}, new int[] {-1, 0, 7},
        1L << 40, -3L, 17, new int[] {Integer.MIN_VALUE, -5, 0, 9});
    PageState out = StateCodec.decode(StateCodec.encode(state()), StateCodec.encode(signed));
    assertArrayEquals(signed.kept(), out.signed().kept());
    assertArrayEquals(signed.minima(), out.signed().minima());
    assertEquals(List.of(signed.keyHi(), signed.keyLo(), signed.shingles()),
        List.of(out.signed().keyHi(), out.signed().keyLo(), out.signed().shingles()));
    assertArrayEquals(signed.sample(), out.signed().sample());
  }

  @Test
  void keepsAMissingContainmentSampleMissingAndAnEmptyOneEmpty() {
    SignedContent none = new SignedContent(new boolean[] {true}, new int[] {3}, 1L, 2L, 4, null);
    assertNull(StateCodec.decode(StateCodec.encode(state()), StateCodec.encode(none)).signed().sample());
    SignedContent empty = new SignedContent(new boolean[] {true}, new int[] {3}, 1L, 2L, 4, new int[0]);
    assertArrayEquals(new int[0],
        StateCodec.decode(StateCodec.encode(state()), StateCodec.encode(empty)).signed().sample());
  }

  @Test
  void givesBackAPagesComparedTextUnitForUnitEvenALoneSurrogate() {
    org.dupscan.engine.ComparedText text = new org.dupscan.engine.ComparedText(
        List.of("Ferry times", "", "caf\u00e9 \uD83D\uDE00 smile", "cut \uD83D", "\uDE00 low first",
            "x".repeat(70_000)));
    assertEquals(text, StateCodec.decodeText(StateCodec.encode(text)));
  }

  @Test
  void refusesAFindingOfATypeItCannotStoreAndNamesTheType() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> StateCodec.encode(state(new java.util.HashMap<String, String>())));
    assertTrue(e.getMessage().contains("java.util.HashMap"), e.getMessage());
  }

  @Test
  void keepsAPagesWordHashesApartFromItsStateAndGivesThemBackWhole() {
    PageState in = state("x");
    assertTrue(!in.wordsHeld());
    PageState out = StateCodec.decode(StateCodec.encode(in), null);
    long[] words = StateCodec.decodeWords(StateCodec.encodeWords(in));
    assertArrayEquals(new long[] {-2L, Long.MAX_VALUE, 7L}, words);
    long[] whole = java.util.Arrays.copyOf(out.analysed(), out.analysed().length + words.length);
    System.arraycopy(words, 0, whole, out.analysed().length, words.length);
    assertArrayEquals(ANALYSED, whole);
    // A state read back without its words is stored again as it is, and has no words to give.
    assertArrayEquals(StateCodec.encode(in), StateCodec.encode(out));
    assertThrows(IllegalArgumentException.class, () -> StateCodec.encodeWords(out));
  }

  @Test
  void refusesAStateCutShort() {
    byte[] data = StateCodec.encode(state("x"));
    byte[] cut = java.util.Arrays.copyOf(data, data.length / 2);
    assertThrows(IllegalArgumentException.class, () -> StateCodec.decode(cut, null));
  }
}
