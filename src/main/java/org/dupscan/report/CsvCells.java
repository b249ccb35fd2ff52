package org.dupscan.report;

import java.util.Locale;

/** Formats CSV cells: neutralises formula-like text and formats numbers in a fixed locale. */
public final class CsvCells {

  /** The most characters of crawled text put in one cell; longer text is cut with an ellipsis. */
  public static final int MAX_TEXT_CELL = 1000;

  private CsvCells() {}

  /**
   * Returns text safe to open in a spreadsheet: a cell starting with {@code =}, {@code +}, {@code -},
   * {@code @}, a tab or a carriage return is prefixed with an apostrophe, so Excel, LibreOffice and
   * Google Sheets show it as text rather than run it as a formula (OWASP, "CSV Injection").
   */
  public static String text(String s) {
    if (s == null || s.isEmpty()) {
      return "";
    }
    if (s.length() > MAX_TEXT_CELL) {
      s = s.substring(0, Character.isHighSurrogate(s.charAt(MAX_TEXT_CELL - 1))
          ? MAX_TEXT_CELL - 1 : MAX_TEXT_CELL) + "\u2026";
    }
    char c = s.charAt(0);
    if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') {
      return "'" + s;
    }
    return s;
  }

  /** A similarity or share with four decimals. */
  public static String ratio(double v) {
    return String.format(Locale.ROOT, "%.4f", v);
  }

  public static String number(long v) {
    return Long.toString(v);
  }
}
