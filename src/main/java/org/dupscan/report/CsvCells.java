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
   * Google Sheets show it as text rather than run it as a formula (OWASP, "CSV Injection"); a plain
   * number such as {@code -5} is no formula and is left as is.
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
    if ((c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') && !isNumber(s)) {
      return "'" + s;
    }
    return s;
  }

  /**
   * Whether {@code s} is a plain decimal number ({@code -5}, {@code -0.25}, {@code -1.5e-3}): a
   * spreadsheet reads it as that number, never as a formula, so it needs no apostrophe (a seed of -5
   * stays -5). Checked by a linear scan, no regex.
   */
  static boolean isNumber(String s) {
    int n = s.length();
    int i = 0;
    if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
      i++;
    }
    int digits = 0;
    while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
      digits++;
    }
    if (i < n && s.charAt(i) == '.') {
      i++;
      while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        i++;
        digits++;
      }
    }
    if (digits == 0) {
      return false;
    }
    if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      i++;
      if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
        i++;
      }
      int exp = 0;
      while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        i++;
        exp++;
      }
      if (exp == 0) {
        return false;
      }
    }
    return i == n;
  }

  /** A similarity or share with four decimals. */
  public static String ratio(double v) {
    return fixed(v, 4);
  }

  /** Powers of ten for {@link #fixed}. */
  private static final long[] TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};

  /**
   * {@code v} with {@code decimals} digits after the point, the same string as
   * {@code String.format(Locale.ROOT, "%.<decimals>f", v)} gives, without parsing a pattern and
   * building a Formatter per number: a report of a million pages formats ten million numbers
   * (docs/design.md). Formatter rounds half-up the shortest
   * decimal that reads back as {@code v}; scaling by 10^decimals and rounding gives the same digits
   * unless the scaled value is within rounding error of a tie (x.5), where Formatter decides, or is an
   * exact tie. Negative, non-finite and large values also go to Formatter (the reports have none).
   */
  public static String fixed(double v, int decimals) {
    if (decimals < 0 || decimals >= TEN.length) {
      throw new IllegalArgumentException("decimals must be 0 to " + (TEN.length - 1) + " but was "
          + decimals);
    }
    if (Double.doubleToRawLongBits(v) < 0 || !(v < 1e6)) { // negatives, -0.0 and NaN included
      return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
    long ten = TEN[decimals];
    double scaled = v * ten;
    double floor = Math.floor(scaled);
    double frac = scaled - floor;
    // The error of v * ten is below 1e-9 here, and the shortest decimal of v lies within half an ulp
    // of v (below 1e-6 once scaled, for v < 1e6): 1e-5 from a tie, both round the same way. An exact
    // tie (v * ten computed without error, and x.5) is v's own decimal, which half-up rounds up:
    // spam scores such as 2.25 are such ties.
    boolean up = frac > 0.5;
    if (Math.abs(frac - 0.5) < 1e-5) {
      if (frac != 0.5 || Math.fma(v, ten, -scaled) != 0) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
      }
      up = true;
    }
    long units = (long) floor + (up ? 1 : 0);
    StringBuilder sb = new StringBuilder(24);
    sb.append(units / ten);
    if (decimals > 0) {
      sb.append('.');
      String digits = Long.toString(units % ten);
      for (int k = digits.length(); k < decimals; k++) {
        sb.append('0');
      }
      sb.append(digits);
    }
    return sb.toString();
  }

  /** {@code prefix} and {@code number} in at least five digits, zero-padded: "C00042". */
  public static String numbered(String prefix, int number) {
    String digits = Integer.toString(number);
    StringBuilder sb = new StringBuilder(prefix.length() + Math.max(5, digits.length()));
    sb.append(prefix);
    for (int k = digits.length(); k < 5; k++) {
      sb.append('0');
    }
    return sb.append(digits).toString();
  }

  public static String number(long v) {
    return Long.toString(v);
  }
}
