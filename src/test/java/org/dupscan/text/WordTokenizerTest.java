package org.dupscan.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordTokenizerTest {

  @Test
  void bmpTableAgreesWithCharacterTypesForEveryChar() {
    for (int c = 0; c < 0x10000; c++) {
      assertEquals(WordTokenizer.isWordCharByType(c), WordTokenizer.isWordChar(c), "U+" + Integer.toHexString(c));
    }
    for (int cp : new int[] {0x10000, 0x1D400, 0x1F600, 0x20000, 0xE0100, Character.MAX_CODE_POINT}) {
      assertEquals(WordTokenizer.isWordCharByType(cp), WordTokenizer.isWordChar(cp), "U+" + Integer.toHexString(cp));
    }
  }

  @Test
  void splitsOnEverythingButLettersAndDigits() {
    assertEquals(List.of("it", "s", "a", "well", "known", "fact", "3", "14"),
        WordTokenizer.words("it's a well-known fact: 3.14!"));
  }

  @Test
  void emptyAndSeparatorOnlyTextHaveNoWords() {
    assertEquals(List.of(), WordTokenizer.words(""));
    assertEquals(List.of(), WordTokenizer.words("  -- ... !? \n\t"));
  }

  @Test
  void keepsUnicodeLettersAndDigits() {
    assertEquals(List.of("naïve", "日本語", "привет", "٣٤"), WordTokenizer.words("naïve, 日本語; привет ٣٤"));
  }

  @Test
  void keepsCombiningMarksInsideWords() {
    assertEquals(List.of("cafe\u0301", "x"), WordTokenizer.words("cafe\u0301 x"));
    // Devanagari: vowel signs are spacing combining marks (Mc), the virama a non-spacing mark (Mn).
    assertEquals(List.of("हिन्दी", "भाषा"), WordTokenizer.words("हिन्दी भाषा"));
  }

  @Test
  void handlesSurrogatePairs() {
    // U+10400 DESERET CAPITAL LETTER LONG I is a letter outside the BMP; U+1F600 is an emoji, not a letter.
    String deseret = new String(Character.toChars(0x10400));
    String emoji = new String(Character.toChars(0x1F600));
    assertEquals(List.of("a" + deseret + "b", "c"), WordTokenizer.words("a" + deseret + "b" + emoji + "c"));
    assertEquals(List.of(), WordTokenizer.words(emoji + emoji));
  }

  @Test
  void treatsLoneSurrogatesAsSeparators() {
    assertEquals(List.of("a", "b"), WordTokenizer.words("a\uD800b"));
    assertEquals(List.of("a", "b"), WordTokenizer.words("a\uDC00b"));
  }

  @Test
  void capsLongWordsAndDropsTheRestOfTheRun() {
    String longRun = "x".repeat(1000);
    assertEquals(List.of("x".repeat(WordTokenizer.MAX_WORD_CHARS), "next"),
        WordTokenizer.words(longRun + " next"));
  }

  @Test
  void capNeverSplitsASurrogatePair() {
    // 'a' then pairs: high surrogates fall on odd indices, so the cut at 64 would land inside a pair.
    String deseret = new String(Character.toChars(0x10400));
    String word = "a" + deseret.repeat(40);
    List<String> words = WordTokenizer.words(word);
    assertEquals(1, words.size());
    String kept = words.get(0);
    assertEquals(WordTokenizer.MAX_WORD_CHARS - 1, kept.length());
    assertFalse(Character.isHighSurrogate(kept.charAt(kept.length() - 1)));
    assertEquals(word.substring(0, WordTokenizer.MAX_WORD_CHARS - 1), kept);
  }

  @Test
  void asciiFastPathAgreesWithUnicodeClassification() {
    for (int cp = 0; cp < 0x80; cp++) {
      assertEquals(Character.isLetterOrDigit(cp), WordTokenizer.isWordChar(cp), "code point " + cp);
    }
  }

  @Test
  void reportsRangesOfTheScannedText() {
    StringBuilder ranges = new StringBuilder();
    WordTokenizer.scan("  ab, c ", (t, s, e) -> ranges.append(s).append('-').append(e).append(' '));
    assertEquals("2-4 6-7 ", ranges.toString());
  }

  /**
   * Adversarial inputs of 5 MB each: a scanner that backtracked or rescanned would not finish. No timing
   * is asserted (timed unit tests are flaky); the counts show every character was classified once.
   */
  @Test
  void scansLargeAdversarialInputsCorrectly() {
    int size = 5 * 1024 * 1024;
    // One enormous word: capped, counted once.
    assertEquals(1, WordTokenizer.count("a".repeat(size)));
    // Millions of one-letter words.
    assertEquals(size / 2, WordTokenizer.count("a ".repeat(size / 2)));
    // Only combining marks: one (capped) word.
    assertEquals(1, WordTokenizer.count("\u0301".repeat(size)));
    // Only lone high surrogates: no words.
    assertEquals(0, WordTokenizer.count("\uD800".repeat(size)));
    // Letters alternating with a mark and an emoji (surrogate pair).
    String emoji = new String(Character.toChars(0x1F600));
    assertEquals(size / 4, WordTokenizer.count(("e\u0301" + emoji).repeat(size / 4)));
    // The cap keeps memory bounded: a 5 MB word yields 64 chars.
    int[] longest = {0};
    WordTokenizer.scan("b".repeat(size), (t, s, e) -> longest[0] = Math.max(longest[0], e - s));
    assertTrue(longest[0] <= WordTokenizer.MAX_WORD_CHARS);
  }

  @Test
  void wordListSplitsAsTheScannerDoes() {
    String emoji = new String(Character.toChars(0x1F600));
    List<String> fixed = List.of("", "  ", "Hello, world", "e\u0301t\u00E9 caf\u00E9", "x\uD800y\uDC00z",
        emoji + "a" + emoji, "a".repeat(70), "a".repeat(63) + emoji + "b", "\u00A0no\u2019break\u2014dash");
    for (String t : fixed) {
      assertEquals(WordTokenizer.words(t), WordTokenizer.wordList(t), t);
    }
    java.util.SplittableRandom r = new java.util.SplittableRandom(13);
    for (int k = 0; k < 3000; k++) {
      StringBuilder sb = new StringBuilder();
      int len = r.nextInt(120);
      for (int j = 0; j < len; j++) {
        int kind = r.nextInt(5);
        int cp = kind <= 1 ? r.nextInt(0x80) : kind == 2 ? r.nextInt(0x800) : kind == 3 ? r.nextInt(0x10000)
            : 0x10000 + r.nextInt(0x100000);
        sb.appendCodePoint(cp);
      }
      String t = sb.toString();
      assertEquals(WordTokenizer.words(t), WordTokenizer.wordList(t), () -> "text #" + t.length());
    }
  }
}
