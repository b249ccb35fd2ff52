package org.dupscan.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits normalised text into words: maximal runs of Unicode letters, digits and combining marks.
 *
 * <p>A hand-written scanner rather than a regex: crawled text is untrusted, and a scanner is linear in
 * the input by construction. Words longer than {@link #MAX_WORD_CHARS} are truncated so that a
 * 10 MB run of letters cannot make one giant token.
 */
public final class WordTokenizer {

  /** Longest word kept, in chars; the rest of a longer run is dropped. */
  public static final int MAX_WORD_CHARS = 64;

  private WordTokenizer() {}

  /** Receives each word as a range of the scanned text. */
  @FunctionalInterface
  public interface WordSink {
    void word(CharSequence text, int start, int end);
  }

  /** Calls {@code sink} for each word of {@code text}, in order. */
  public static void scan(CharSequence text, WordSink sink) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      int cp = Character.codePointAt(text, i);
      if (!isWordChar(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      while (i < n) {
        cp = Character.codePointAt(text, i);
        if (!isWordChar(cp)) {
          break;
        }
        i += Character.charCount(cp);
      }
      int end = Math.min(i, start + MAX_WORD_CHARS);
      if (end < i && Character.isHighSurrogate(text.charAt(end - 1))) {
        end--; // never split a surrogate pair
      }
      sink.word(text, start, end);
    }
  }

  /** Returns the words of {@code text} as strings (for tests and small texts). */
  public static List<String> words(CharSequence text) {
    List<String> out = new ArrayList<>();
    scan(text, (t, s, e) -> out.add(t.subSequence(s, e).toString()));
    return out;
  }

  /**
   * The words of {@code text} as {@link #scan} finds them, as an unmodifiable list: a loop of its own,
   * with a table lookup for ASCII chars and no sink, for the detectors' word lists ({@code Words.of}),
   * made for many short blocks of every page.
   */
  public static List<String> wordList(String text) {
    // Reads a copy of the chars, not String.charAt, for the reason given in TextNormalizer.normalize:
    // compiled on charAt, this loop was deoptimised by each change between Latin-1 and UTF-16 strings.
    char[] chars = text.toCharArray();
    int n = chars.length;
    String[] out = new String[8];
    int size = 0;
    int i = 0;
    while (i < n) {
      int start = i;
      i = runEnd(chars, i, n);
      if (i == start) {
        char c = chars[i];
        i += c < 0x80 ? 1 : Character.charCount(Character.codePointAt(chars, i, n));
        continue;
      }
      int end = Math.min(i, start + MAX_WORD_CHARS);
      if (end < i && Character.isHighSurrogate(chars[end - 1])) {
        end--; // never split a surrogate pair
      }
      if (size == out.length) {
        out = java.util.Arrays.copyOf(out, 2 * size);
      }
      out[size++] = new String(chars, start, end - start);
    }
    return List.of(size == out.length ? out : java.util.Arrays.copyOf(out, size));
  }

  /** The end of the run of word chars of {@code text[0, n)} that starts at {@code i} ({@code i} if none). */
  static int runEnd(char[] text, int i, int n) {
    while (i < n) {
      char c = text[i];
      if (c < 0x80) {
        if (!ASCII_WORD[c]) {
          break;
        }
        i++;
      } else {
        int cp = Character.codePointAt(text, i, n);
        if (!isWordChar(cp)) {
          break;
        }
        i += Character.charCount(cp);
      }
    }
    return i;
  }

  /** Counts the words of {@code text}: as {@link #scan} would, with a table lookup for ASCII chars. */
  public static int count(CharSequence text) {
    int n = text.length();
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < n; ) {
      char c = text.charAt(i);
      boolean word;
      if (c < 0x80) {
        word = ASCII_WORD[c];
        i++;
      } else {
        int cp = Character.codePointAt(text, i);
        word = isWordChar(cp);
        i += Character.charCount(cp);
      }
      if (word && !inWord) {
        words++;
      }
      inWord = word;
    }
    return words;
  }

  private static final boolean[] ASCII_WORD = new boolean[128];

  static {
    for (int c = 0; c < 128; c++) {
      ASCII_WORD[c] = isWordCharByType(c);
    }
    // Loads the JDK's character tables for every plane now. A compiled tokeniser meets a table class
    // not loaded yet with an "unloaded" trap: the first word in a new script (the first CJK page of a
    // run) threw the compiled tokeniser away, and C2 compiled it again (JFR jdk.Deoptimization).
    for (int plane = 0; plane <= Character.MAX_CODE_POINT >> 16; plane++) {
      Character.getType((plane << 16) | 0x100);
    }
    Character.getType(0x20);
  }

  /**
   * {@link #isWordCharByType} of every BMP char, one bit each (8 KB): on real text the JDK's
   * {@code Character.getType}, two table walks per call, was a quarter of the tokenising floor's
   * samples, for Greek, Cyrillic and CJK text where every char is looked up.
   */
  private static final long[] BMP_WORD = new long[0x10000 >> 6];

  static {
    for (int c = 0; c < 0x10000; c++) {
      if (isWordCharByType(c)) {
        BMP_WORD[c >> 6] |= 1L << c;
      }
    }
  }

  static boolean isWordChar(int cp) {
    if (cp < 0x10000) {
      return (BMP_WORD[cp >> 6] & (1L << cp)) != 0;
    }
    return isWordCharByType(cp);
  }

  /** Whether {@code cp} is a letter, a digit or a combining mark: what the BMP table holds. */
  static boolean isWordCharByType(int cp) {
    if (cp < 0x80) {
      return (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z');
    }
    if (Character.isLetterOrDigit(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
  }
}
