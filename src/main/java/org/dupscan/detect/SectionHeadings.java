package org.dupscan.detect;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tells an unmarked section heading of a text dump from a pasted caption by what follows it: a
 * heading names the topic of the block under it, and that block takes up its words ("Setting up a
 * namespace for the module" over a paragraph on the module's namespace), while an injected caption
 * describes a picture of something else, and the article's next paragraph goes on without its words.
 * A text dump has lost the heading's markup, so this is the structure left to read.
 *
 * <p>Words are compared by a truncation stem (the first {@value #STEM_CHARS} letters; truncation is the
 * simplest of the conflation methods in Frakes and Baeza-Yates, <i>Information Retrieval: Data
 * Structures and Algorithms</i>, 1992, ch. 8), so "configurations" over "configuration" counts.
 */
final class SectionHeadings {

  /** Letters of a word's truncation stem. */
  static final int STEM_CHARS = 6;
  /** Least words of the line the next block must take up. */
  static final int MIN_SHARED_WORDS = 2;
  /** Least share of the line's content words the next block must take up. */
  static final double MIN_SHARED_SHARE = 0.5;

  private SectionHeadings() {}

  /**
   * Whether {@code next}, the block after the line {@code line}, takes up at least
   * {@value #MIN_SHARED_WORDS} and at least half of the line's distinct content words (by stem).
   */
  static boolean developedBy(String line, String next) {
    Set<String> own = stems(Words.content(line));
    if (own.size() < MIN_SHARED_WORDS) {
      return false;
    }
    Set<String> after = stems(Words.content(next));
    int shared = 0;
    for (String s : own) {
      if (after.contains(s)) {
        shared++;
      }
    }
    return shared >= MIN_SHARED_WORDS && shared >= MIN_SHARED_SHARE * own.size();
  }

  private static Set<String> stems(List<String> words) {
    Set<String> out = new HashSet<>();
    for (String w : words) {
      out.add(stem(w));
    }
    return out;
  }

  /** The word in lower case, cut to {@value #STEM_CHARS} chars, or without a plural's "s" if shorter. */
  static String stem(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.length() > STEM_CHARS) {
      return w.substring(0, STEM_CHARS);
    }
    return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w;
  }
}
