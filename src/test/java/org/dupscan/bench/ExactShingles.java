package org.dupscan.bench;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * Shingles a generated page independently of the engine, for the ground truth: the body is everything
 * after the first line (the engine takes the first line of a text page as its title), words are maximal
 * runs of ASCII letters and digits folded to lower case, and a shingle of five consecutive words is
 * keyed by a 64-bit FNV-1a-then-mix hash of the words. Shares no code with the engine's text chain, so
 * an engine bug in tokenizing or hashing shows up as lost recall instead of agreeing with itself.
 *
 * <p>A page with non-ASCII chars (real text) is first put in NFKC and lower case (root locale), and
 * its words are runs of Unicode letters, digits and marks: close to the engine's normalisation (which
 * also folds quotes, dashes and sharp s), written apart from it.
 */
public final class ExactShingles {

  /** Words per shingle; the engine's default. */
  public static final int SHINGLE = 5;

  private static final long FNV_BASIS = 0xcbf29ce484222325L; // FNV-1a 64
  private static final long FNV_PRIME = 0x100000001b3L;

  private ExactShingles() {}

  /** The key of one lower-case word, as {@link #ofPage} computes it. */
  public static long wordKey(String word) {
    long h = FNV_BASIS;
    for (int i = 0; i < word.length(); i++) {
      h = (h ^ word.charAt(i)) * FNV_PRIME;
    }
    return h;
  }

  /** The sorted distinct shingle keys of a page's body. */
  public static long[] ofPage(CharSequence page) {
    for (int k = 0; k < page.length(); k++) {
      if (page.charAt(k) >= 0x80) {
        return ofUnicodePage(page.toString());
      }
    }
    int i = 0;
    int n = page.length();
    while (i < n && page.charAt(i) != '\n') {
      i++;
    }
    long[] words = new long[Math.max(16, n / 4)];
    int count = 0;
    while (i < n) {
      char c = page.charAt(i);
      if (!isWordChar(c)) {
        i++;
        continue;
      }
      long h = FNV_BASIS;
      while (i < n && isWordChar(page.charAt(i))) {
        char d = page.charAt(i++);
        if (d >= 'A' && d <= 'Z') {
          d = (char) (d + 32);
        }
        h = (h ^ d) * FNV_PRIME;
      }
      if (count == words.length) {
        words = Arrays.copyOf(words, count * 2);
      }
      words[count++] = h;
    }
    return ofWords(words, count);
  }

  private static long[] ofUnicodePage(String page) {
    int nl = page.indexOf('\n');
    String body = nl < 0 ? "" : page.substring(nl);
    body = Normalizer.normalize(body, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    int n = body.length();
    long[] words = new long[Math.max(16, n / 4)];
    int count = 0;
    int i = 0;
    while (i < n) {
      int cp = body.codePointAt(i);
      if (!isWordCodePoint(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      long h = FNV_BASIS;
      while (i < n && isWordCodePoint(cp = body.codePointAt(i))) {
        for (int k = 0; k < Character.charCount(cp); k++) {
          h = (h ^ body.charAt(i + k)) * FNV_PRIME;
        }
        i += Character.charCount(cp);
      }
      if (count == words.length) {
        words = Arrays.copyOf(words, count * 2);
      }
      words[count++] = h;
    }
    return ofWords(words, count);
  }

  /** Whether a code point belongs to a word: a letter, digit or combining mark. */
  public static boolean isWordCodePoint(int cp) {
    if (cp < 0x80) {
      return isWordChar((char) cp);
    }
    int type = Character.getType(cp);
    return Character.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  /** The sorted distinct shingle keys of a sequence of word keys. */
  public static long[] ofWords(long[] words, int count) {
    if (count == 0) {
      return new long[0];
    }
    int m = Math.max(1, count - SHINGLE + 1);
    int width = Math.min(SHINGLE, count);
    long[] out = new long[m];
    for (int s = 0; s < m; s++) {
      long h = 0x243F6A8885A308D3L;
      for (int k = 0; k < width; k++) {
        h = mix(h * 0x100000001b3L + words[s + k]);
      }
      out[s] = h;
    }
    Arrays.sort(out);
    int w = 0;
    for (int s = 0; s < m; s++) {
      if (w == 0 || out[s] != out[w - 1]) {
        out[w++] = out[s];
      }
    }
    return Arrays.copyOf(out, w);
  }

  /** Exact Jaccard of two sorted distinct key arrays. */
  public static double jaccard(long[] a, long[] b) {
    int i = 0;
    int j = 0;
    int inter = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        inter++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    int union = a.length + b.length - inter;
    return union == 0 ? 1.0 : (double) inter / union;
  }

  private static boolean isWordChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  /** Stafford's variant 13 of the MurmurHash3 finaliser (as in SplitMix64). */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
