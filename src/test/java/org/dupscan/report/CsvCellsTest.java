package org.dupscan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvCellsTest {

  @ParameterizedTest
  @ValueSource(strings = {"=HYPERLINK(\"http://x\")", "+1+2", "-2+3", "@SUM(A1)", "\tindent", "\rreturn", "=", "-"})
  void neutralisesCellsThatASpreadsheetWouldRun(String cell) {
    assertEquals("'" + cell, CsvCells.text(cell));
  }

  @ParameterizedTest
  @ValueSource(strings = {"plain text", "a=b", "1+1", "'quoted", " =leading space", "#hash", "%", "\u2212minus sign",
      "\uFF1Dfullwidth", "\nnewline"})
  void leavesOtherCellsAlone(String cell) {
    assertSame(cell, CsvCells.text(cell));
  }

  @Test
  void nullAndEmptyBecomeEmpty() {
    assertEquals("", CsvCells.text(null));
    assertEquals("", CsvCells.text(""));
  }

  @Test
  void cellsUpToTheLimitAreKeptWhole() {
    String s = "x".repeat(CsvCells.MAX_TEXT_CELL);
    assertSame(s, CsvCells.text(s));
  }

  @Test
  void truncatesOverLongCellsWithAnEllipsis() {
    String s = "y".repeat(CsvCells.MAX_TEXT_CELL + 500);
    assertEquals("y".repeat(CsvCells.MAX_TEXT_CELL) + "\u2026", CsvCells.text(s));
  }

  @Test
  void truncationNeverSplitsASurrogatePair() {
    String emoji = "\uD83D\uDE00";
    // The pair straddles the limit: chars 999 (high) and 1000 (low). Both are dropped.
    String straddling = "a".repeat(CsvCells.MAX_TEXT_CELL - 1) + emoji + "tail";
    String cut = CsvCells.text(straddling);
    assertEquals("a".repeat(CsvCells.MAX_TEXT_CELL - 1) + "\u2026", cut);
    assertWellFormed(cut);
    // The pair ends exactly at the limit: it is kept.
    String ending = "a".repeat(CsvCells.MAX_TEXT_CELL - 2) + emoji + "tail";
    assertEquals("a".repeat(CsvCells.MAX_TEXT_CELL - 2) + emoji + "\u2026", CsvCells.text(ending));
    // All pairs: every cut point falls between or inside pairs.
    assertWellFormed(CsvCells.text(emoji.repeat(CsvCells.MAX_TEXT_CELL)));
    assertWellFormed(CsvCells.text("b" + emoji.repeat(CsvCells.MAX_TEXT_CELL)));
  }

  @Test
  void neutralisesTruncatedFormulas() {
    String s = "=" + "1".repeat(CsvCells.MAX_TEXT_CELL * 2);
    String cell = CsvCells.text(s);
    assertEquals('\'', cell.charAt(0));
    assertEquals('=', cell.charAt(1));
    assertEquals('\u2026', cell.charAt(cell.length() - 1));
  }

  @Test
  void ratioIsLocaleIndependent() {
    Locale saved = Locale.getDefault();
    Locale savedFormat = Locale.getDefault(Locale.Category.FORMAT);
    try {
      Locale.setDefault(Locale.GERMANY);
      assertEquals("0.5000", CsvCells.ratio(0.5));
      assertEquals("1.0000", CsvCells.ratio(1.0));
      assertEquals("0.0000", CsvCells.ratio(0.0));
      assertEquals("0.1235", CsvCells.ratio(0.123456));
      assertEquals("0.8000", CsvCells.ratio(0.79999999));
      assertEquals("1234567", CsvCells.number(1_234_567L));
      assertEquals("-5", CsvCells.number(-5L));
    } finally {
      Locale.setDefault(saved);
      Locale.setDefault(Locale.Category.FORMAT, savedFormat);
    }
  }

  private static void assertWellFormed(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)) {
        assertFalse(i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1)), "lone high surrogate at " + i);
        i++;
      } else {
        assertFalse(Character.isLowSurrogate(c), "lone low surrogate at " + i);
      }
    }
  }

  @Test
  void fixedFormatsAsFormatterDoes() {
    java.util.SplittableRandom rnd = new java.util.SplittableRandom(20261122);
    for (int k = 0; k < 300_000; k++) {
      double v = switch (k % 5) {
        case 0 -> rnd.nextDouble(); // a share
        case 1 -> (double) rnd.nextInt(1, 2000) / rnd.nextInt(1, 2000); // a ratio of counts: ties
        case 2 -> k % 2 == 0 ? rnd.nextInt(0, 200_000) / 10_000.0 + 0.00005 // next to a tie
            : rnd.nextInt(0, 4000) / 8.0; // exact ties at one decimal (2.25) and shorter
        case 3 -> rnd.nextDouble(0, 2e6);
        default -> Double.longBitsToDouble(rnd.nextLong());
      };
      for (int d : new int[] {0, 1, 4, 6}) {
        assertEquals(String.format(Locale.ROOT, "%." + d + "f", v), CsvCells.fixed(v, d),
            "fixed(" + v + ", " + d + ")");
      }
    }
    assertEquals("0.5000", CsvCells.ratio(0.5));
    assertEquals("1.0000", CsvCells.ratio(0.99996));
    assertEquals("-0.0000", CsvCells.ratio(-0.00001));
    assertEquals("NaN", CsvCells.ratio(Double.NaN));
    assertEquals("-0.0", CsvCells.fixed(-0.0, 1));
    assertEquals("2.3", CsvCells.fixed(2.25, 1));
    assertEquals("0.0313", CsvCells.ratio(1.0 / 32));
  }

  @Test
  void numberedPadsToFiveDigits() {
    assertEquals("C00001", CsvCells.numbered("C", 1));
    assertEquals("V12345", CsvCells.numbered("V", 12345));
    assertEquals("T123456", CsvCells.numbered("T", 123456));
    for (int n : new int[] {0, 7, 99_999, 100_000, Integer.MAX_VALUE}) {
      assertEquals(String.format(Locale.ROOT, "C%05d", n), CsvCells.numbered("C", n));
    }
  }

  @Test
  void fixedRejectsBadDecimals() {
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> CsvCells.fixed(1, 7));
    assertEquals("decimals must be 0 to 6 but was 7", e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"-5", "-0.25", "+3", "-1.5e-3", "-9223372036854775808"})
  void leavesNumbersAloneThoughTheyStartWithASign(String cell) {
    assertSame(cell, CsvCells.text(cell));
  }

  @ParameterizedTest
  @ValueSource(strings = {"-", "-.", "-5+1", "-1e", "-2+3+cmd|' /C calc'!A0", "-5 ", "+-5", "-\u0665"})
  void stillNeutralisesSignedTextThatIsNoPlainNumber(String cell) {
    assertEquals("'" + cell, CsvCells.text(cell));
  }
}
