package org.dupscan.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

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

  /**
   * Every BMP char, alone and beside letters, marks, sigma and its own kind, normalises by the table
   * exactly as by the full chain: a char wrongly taken for a boundary shows up here.
   */
  @Test
  void tableGivesWhatTheFullChainGivesForEveryBmpChar() {
    String[][] contexts = {{"", ""}, {"a", "b"}, {"", "\u0301"}, {"\u03A3", "\u03A3 "},
        {"\u1100", "\u11A8"}, {"<", "\u0338\u3099"}, {"\u00C9\u2019", "\u2026\u00DF"}};
    for (int c = 0; c < 0x10000; c++) {
      String ch = String.valueOf((char) c);
      for (String[] ctx : contexts) {
        String s = ctx[0] + ch + ctx[1];
        assertEquals(TextNormalizer.normalizeFully(s), TextNormalizer.normalize(s), () -> "input " + escape(s));
      }
      String twice = ch + ch;
      assertEquals(TextNormalizer.normalizeFully(twice), TextNormalizer.normalize(twice), () -> "input " + escape(twice));
    }
  }

  /** Seeded random strings over the chars that interact most, and over the whole BMP. */
  @Test
  void tableGivesWhatTheFullChainGivesForRandomStrings() {
    String pool = "aeiouAEZ09 .,'<-\u00C0\u00E9\u00DF\u1E9E\u0130\u0131\u017F\uFB01\uFB03\u00C9\u0301\u0308"
        + "\u0327\u0338\u0345\u2019\u201C\u201D\u2014\u2013\u00A0\u2026\u01C5\u03A3\u03C2\u03C3\u1FB3"
        + "\u0391\u03AC\u0390\uFF21\u00B2\u2033\u0410\u0439\u0419\u0306\u1100\u1161\u11A8\uAC00"
        + "\u3131\u314F\u304B\u3099\uFF76\uFF9E\u0915\u093F\u094D\u0928\u0B47\u0B3E\u0E01\u0E34"
        + "\u0627\u064E\u05D0\u05B8\uD835\uDC00\uD83D\uDE00\uDC00\u0149\u2126\u212B\u00BD\u2160\u3392";
    SplittableRandom random = new SplittableRandom(20261202L);
    for (int round = 0; round < 30_000; round++) {
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(1, 24);
      boolean wholeBmp = round % 4 == 3;
      for (int i = 0; i < n; i++) {
        sb.append(wholeBmp && random.nextInt(3) == 0 ? (char) random.nextInt(0x10000)
            : pool.charAt(random.nextInt(pool.length())));
      }
      String s = sb.toString();
      assertEquals(TextNormalizer.normalizeFully(s), TextNormalizer.normalize(s), () -> "input " + escape(s));
    }
  }

  /**
   * The table treats every supplementary char as joining (a surrogate), which is safe only if no
   * canonical composition has a BMP starter and a supplementary second part or the reverse with a
   * BMP second part that the table thinks a boundary.
   */
  @Test
  void noSupplementaryCompositionTakesABmpBoundaryAsItsSecondPart() {
    for (int cp = 0x10000; cp <= Character.MAX_CODE_POINT; cp++) {
      if (!Character.isDefined(cp)) {
        continue;
      }
      String d = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD);
      for (int k = 1; k < d.length(); k++) {
        char part = d.charAt(k);
        if (!Character.isSurrogate(part)) {
          assertEquals(TextNormalizer.Table.JOINS, TextNormalizer.Table.kind(part),
              "U+" + Integer.toHexString(cp) + " has BMP part " + escape(String.valueOf(part)));
        }
      }
    }
  }

  /**
   * The table resource holds exactly what the full chain gives on the Java release it was made for
   * (the release the build compiles for); on another release it is not used, and the table is made
   * from that release's normaliser instead. Rewrite it with {@link NormalizerTableWriter}.
   */
  @Test
  void tableResourceEqualsTheTableMadeFromTheFullChain() throws IOException {
    TextNormalizer.Built read = TextNormalizer.Built.read();
    if (Runtime.version().feature() != RESOURCE_RELEASE) {
      assertNull(read, "a table made on Java " + RESOURCE_RELEASE + " must not be used on another release");
      return;
    }
    assertNotNull(read, "missing or damaged " + TextNormalizer.Built.RESOURCE + ": rewrite it with NormalizerTableWriter");
    TextNormalizer.Built computed = TextNormalizer.Built.compute();
    assertArrayEquals(computed.kind, read.kind);
    assertArrayEquals(computed.map, read.map);
    assertArrayEquals(computed.expand, read.expand);
    ByteArrayOutputStream again = new ByteArrayOutputStream();
    computed.write(again);
    assertEquals(again.size(), TextNormalizer.class.getResourceAsStream(TextNormalizer.Built.RESOURCE)
        .readAllBytes().length, "the resource is not what NormalizerTableWriter writes today");
  }

  /** The Java feature release the table resource was made on: the release the project compiles for. */
  private static final int RESOURCE_RELEASE = 17;

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
