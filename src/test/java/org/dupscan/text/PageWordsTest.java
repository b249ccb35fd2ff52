package org.dupscan.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PageWordsTest {

  private static final ShingleHasher HASHER = new ShingleHasher(5, HashSeed.DEFAULT);
  private static final WordSet STOP = WordSet.of(HASHER, StopWords.ENGLISH);

  @Test
  void matchesTheNormaliserAndTokenizerWordForWordOnAsciiAndUnicodeBlocks() {
    Random random = new Random(11);
    String[] pieces = {"Baby", "with", "BLUE", "eyes", "café", "Straße", "ﬁne", "“quoted”", "42", "3rd",
        "O'Neil", "e-mail", "x", "  ", "\t", "—", "naïve", "ΣΊΣΥΦΟΣ", "日本語", "a".repeat(70), "\n",
        "Seven77", "EightCh8", "NineChars", "FifteenCharsXyz", "SixteenCharsWxyz", "Seventeen1234567",
        "TwentyFourCharactersLong", "ThirtyTwoCharactersLongWordHere1", "ThirtyThreeCharactersLongWord1234",
        "B".repeat(64), "C".repeat(65) + "x", "d".repeat(63) + "\u00E9", "E".repeat(64) + "\u00E9x",
        "\u00E9" + "f".repeat(70), "e\u0301", "<\u0338", "x\u0308y", "\u0661\u0662", "\u2019", "\uD835\uDC00b",
        "G".repeat(63) + "\uD835\uDC00", "\u0301", "\u00A0", "ﬃx"};
    for (int trial = 0; trial < 1000; trial++) {
      List<String> blocks = new ArrayList<>();
      int n = 1 + random.nextInt(5);
      for (int b = 0; b < n; b++) {
        StringBuilder sb = new StringBuilder();
        int words = random.nextInt(12);
        for (int w = 0; w < words; w++) {
          // Pieces also abut, so a non-ASCII char meets the ASCII word before it.
          int sep = random.nextInt(4);
          sb.append(pieces[random.nextInt(pieces.length)]).append(sep == 0 ? "" : sep == 1 ? ", " : " ");
        }
        blocks.add(sb.toString());
      }
      PageWords pw = PageWords.tokenize(blocks, HASHER, STOP);
      int at = 0;
      for (int b = 0; b < n; b++) {
        List<String> expected = WordTokenizer.words(TextNormalizer.normalize(blocks.get(b)));
        assertEquals(expected, pw.words(b), blocks.get(b));
        assertEquals(expected.size(), WordTokenizer.count(TextNormalizer.normalize(blocks.get(b))));
        assertEquals(at, pw.blockStart(b));
        for (String w : expected) {
          assertEquals(HASHER.wordHash(w), pw.hash(at), w);
          assertEquals(w.length(), pw.length(at), w);
          assertEquals(w, pw.word(at));
          at++;
        }
      }
      assertEquals(at, pw.size());
      for (int i = 0; i < pw.size(); i++) {
        String wi = pw.word(i);
        assertEquals(wi.length() > 1 && !pw.isStop(i) && !pw.isNumber(i), pw.isContent(i), wi);
        for (int j = 0; j < pw.size(); j++) {
          assertEquals(Integer.signum(wi.compareTo(pw.word(j))), Integer.signum(pw.compareWords(i, j)),
              wi + " vs " + pw.word(j));
        }
      }
    }
  }

  @Test
  void flagsStopWordsNumbersAndDigits() {
    PageWords pw = PageWords.tokenize(List.of("The 2024 Ford", "", "model T3 and"), HASHER, STOP);
    assertTrue(pw.isStop(0));
    assertTrue(pw.isNumber(1) && pw.hasDigit(1));
    assertFalse(pw.isNumber(2) || pw.hasDigit(2) || pw.isStop(2));
    assertEquals(0, pw.count(1));
    assertEquals("model", pw.word(3)); // after an empty block
    assertTrue(pw.hasDigit(4) && !pw.isNumber(4));
    assertTrue(pw.isStop(5));
  }

  @Test
  void tellsWordsJoinedIntoIdentifiersOptionsAndPathsFromWordsOfASentence() {
    PageWords pw = PageWords.tokenize(List.of("Load mod_authz_dbd, then run git-diff --stat on os.path."
        + " Done. Café_ünï is (here) f(x)"), HASHER, STOP);
    List<Boolean> joined = new ArrayList<>();
    for (int i = 0; i < pw.size(); i++) {
      joined.add(pw.joined(i));
    }
    // load mod authz dbd then run git diff stat on os path done café ünï is here f x
    assertEquals(List.of(false, true, true, true, false, false, true, true, true, false, true, true,
        false, true, true, false, false, true, false), joined);
  }

  @Test
  void findsTheBlockOfWordsBeyondTheBlockIndexField() {
    // Block indexes up to 2^21 - 2 are kept with each word; later blocks are found by a search.
    int blocks = (1 << 21) + 3;
    List<String> texts = new ArrayList<>(java.util.Collections.nCopies(blocks, ""));
    texts.set(5, "Zebra apple");
    texts.set((1 << 21) - 2, "Mango");
    texts.set((1 << 21) - 1, "kiwi BANANA");
    texts.set(blocks - 1, "café cherry");
    PageWords pw = PageWords.tokenize(texts, HASHER, STOP);
    List<String> expected = List.of("zebra", "apple", "mango", "kiwi", "banana", "café", "cherry");
    assertEquals(expected.size(), pw.size());
    for (int i = 0; i < pw.size(); i++) {
      assertEquals(expected.get(i), pw.word(i));
      for (int j = 0; j < pw.size(); j++) {
        assertEquals(Integer.signum(expected.get(i).compareTo(expected.get(j))),
            Integer.signum(pw.compareWords(i, j)), expected.get(i) + " vs " + expected.get(j));
      }
    }
    assertEquals(List.of("kiwi", "banana"), pw.words((1 << 21) - 1));
  }
}
