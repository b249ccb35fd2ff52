package org.dupscan.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.text.Normalizer;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {

  @Test
  void lowerCasesAscii() {
    assertEquals("hello world 42!", TextNormalizer.normalize("Hello WORLD 42!"));
  }

  @Test
  void returnsLowerCaseAsciiUnchangedWithoutCopying() {
    String s = "already lower case, with punctuation.";
    assertSame(s, TextNormalizer.normalize(s));
  }

  @Test
  void emptyStaysEmpty() {
    assertEquals("", TextNormalizer.normalize(""));
  }

  @Test
  void expandsLigaturesAndCompatibilityForms() {
    assertEquals("find the office", TextNormalizer.normalize("\uFB01nd the o\uFB03ce")); // fi, ffi
    assertEquals("abc 123", TextNormalizer.normalize("\uFF21\uFF22\uFF23 \uFF11\uFF12\uFF13")); // fullwidth
    assertEquals("x2", TextNormalizer.normalize("x\u00B2")); // superscript two
  }

  @Test
  void composesCombiningSequences() {
    assertEquals(TextNormalizer.normalize("caf\u00E9"), TextNormalizer.normalize("cafe\u0301"));
  }

  @Test
  void foldsCaseIncludingSharpS() {
    assertEquals("strasse", TextNormalizer.normalize("Straße"));
    assertEquals("strasse", TextNormalizer.normalize("STRASSE"));
    assertEquals("strasse", TextNormalizer.normalize("STRA\u1E9EE")); // capital sharp s
    assertEquals("σοφια", TextNormalizer.normalize("ΣΟΦΙΑ"));
    assertEquals("οδοσ", TextNormalizer.normalize("ΟΔΟΣ"));
    assertEquals("οδοσ", TextNormalizer.normalize("οδος")); // final sigma folds to sigma
    assertEquals("s", TextNormalizer.normalize("\u017F")); // long s
  }

  @Test
  void foldsCurlyQuotesToAscii() {
    assertEquals("'it's' \"quoted\" \"low\"",
        TextNormalizer.normalize("\u2018It\u2019s\u2019 \u201CQuoted\u201D \u201ELow\u201C"));
    assertEquals("\"guillemets\"", TextNormalizer.normalize("\u00ABguillemets\u00BB"));
  }

  @Test
  void foldsDashesToHyphenMinus() {
    assertEquals("a-b-c-d-e", TextNormalizer.normalize("a\u2013b\u2014c\u2212d\u2010e"));
  }

  @Test
  void foldsNoBreakSpaceToSpace() {
    assertEquals("a b", TextNormalizer.normalize("a\u00A0b"));
  }

  @Test
  void typesetAndPlainTextNormaliseAlike() {
    assertEquals(TextNormalizer.normalize("Don't stop - it's \"fine\""),
        TextNormalizer.normalize("Don\u2019t stop \u2014 it\u2019s \u201Cfine\u201D"));
  }

  /** The ASCII fast path must give what the general path gives, or pure-ASCII pages hash differently. */
  @Test
  void asciiFastPathAgreesWithGeneralPath() {
    SplittableRandom random = new SplittableRandom(20241101L);
    for (int round = 0; round < 2000; round++) {
      char[] chars = new char[random.nextInt(0, 40)];
      for (int i = 0; i < chars.length; i++) {
        chars[i] = (char) random.nextInt(0, 0x80);
      }
      String s = new String(chars);
      String general = TextNormalizer.foldPunctuation(
          Normalizer.normalize(s, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT));
      assertEquals(general, TextNormalizer.normalize(s), "input " + escape(s));
      // The same ASCII text next to one non-ASCII letter goes through the general path.
      assertEquals(TextNormalizer.normalize(s) + "\u00E9", TextNormalizer.normalize(s + "\u00C9"),
          "input " + escape(s));
    }
  }

  @Test
  void isIdempotentOnRandomUnicodeText() {
    String alphabet = "aZ \u00DF\u1E9E\u0130\u0131\u017F\uFB01\u00C9e\u0301\u2019\u201C\u2014\u00A0\u01C5"
        + "\u03A3\u03C2\u1FB3\uFF21\u00B2\u2033";
    SplittableRandom random = new SplittableRandom(7L);
    for (int round = 0; round < 2000; round++) {
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(1, 12);
      for (int i = 0; i < n; i++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String once = TextNormalizer.normalize(sb.toString());
      assertEquals(once, TextNormalizer.normalize(once), "input " + escape(sb.toString()));
    }
  }

  @Test
  void doesNotDependOnDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      assertEquals("title", TextNormalizer.normalize("TITLE"));
      assertEquals("title \u00E9", TextNormalizer.normalize("TITLE \u00C9"));
    } finally {
      Locale.setDefault(saved);
    }
  }

  private static String escape(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      sb.append(c >= 0x20 && c < 0x7F ? String.valueOf(c) : String.format("\\u%04X", (int) c));
    }
    return sb.toString();
  }
}
