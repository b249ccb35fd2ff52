package org.dupscan.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Normalises text before tokenising: Unicode NFKC, full case folding (approximated as
 * upper-then-lower in the root locale, which maps {@code ß} to {@code ss}, plus the foldings that round
 * trip misses: capital {@code ẞ} to {@code ss}, final sigma to sigma), and folding of typographic quotes
 * and dashes to their ASCII forms, so that a page re-typeset with curly quotes hashes the same. The
 * result is NFKC again after case mapping, so normalising twice changes nothing.
 *
 * <p>Stateless and thread-safe. Pure-ASCII input (the common case in crawls) takes a single-pass fast
 * path that skips the Unicode normaliser.
 */
public final class TextNormalizer {

  private TextNormalizer() {}

  /** Returns the normalised form of {@code text}; never null. */
  public static String normalize(String text) {
    if (text.isEmpty()) {
      return text;
    }
    if (isAscii(text)) {
      return asciiLower(text);
    }
    String s = Normalizer.isNormalized(text, Normalizer.Form.NFKC)
        ? text : Normalizer.normalize(text, Normalizer.Form.NFKC);
    s = s.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    if (s.indexOf('\u00DF') >= 0) {
      // Capital sharp s (U+1E9E) upper-cases to itself and lower-cases to ß, which survives the round
      // trip; Unicode full case folding maps both to "ss" (CaseFolding.txt), as the round trip does for ß.
      s = s.replace("\u00DF", "ss");
    }
    if (!Normalizer.isNormalized(s, Normalizer.Form.NFKC)) {
      // Case mapping can undo normalisation (ᾳ upper-cases to ΑΙ, whose ι then composes with a following
      // accent), so normalise again, as Unicode's NFKC_Casefold does; keeps normalize idempotent.
      s = Normalizer.normalize(s, Normalizer.Form.NFKC);
    }
    return foldPunctuation(s);
  }

  private static boolean isAscii(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static String asciiLower(String s) {
    char[] out = null;
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        if (out == null) {
          out = s.toCharArray();
        }
        out[i] = (char) (c + 32);
      }
    }
    return out == null ? s : new String(out);
  }

  /**
   * Folds the quote and dash characters typesetters and spinners substitute for ASCII ones, and the one
   * single-character case folding that upper-then-lower misses (final sigma).
   */
  static String foldPunctuation(String s) {
    StringBuilder sb = null;
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      char f = fold(c);
      if (f != c) {
        if (sb == null) {
          sb = new StringBuilder(s);
        }
        sb.setCharAt(i, f);
      }
    }
    return sb == null ? s : sb.toString();
  }

  private static char fold(char c) {
    switch (c) {
      case '\u2018': case '\u2019': case '\u201A': case '\u201B': case '\u2032': case '\u00B4':
        return '\'';
      case '\u201C': case '\u201D': case '\u201E': case '\u201F': case '\u2033': case '\u00AB':
      case '\u00BB':
        return '"';
      case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2014': case '\u2015':
      case '\u2212':
        return '-';
      case '\u00A0':
        return ' ';
      case '\u03C2':
        // Final sigma folds to sigma (CaseFolding.txt). Java lower-cases capital sigma to ς or σ by
        // context, and the context changes once quotes are folded, so without this a second pass differs.
        return '\u03C3';
      default:
        return c;
    }
  }
}
