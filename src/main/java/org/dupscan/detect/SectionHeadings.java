package org.dupscan.detect;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dupscan.internal.CharArrays;

/**
 * Tells an unmarked section heading of a text dump from a pasted caption by what follows it: a
 * heading names the topic of the block under it, and that block takes up its words ("Setting up a
 * namespace for the module" over a paragraph on the module's namespace), while an injected caption
 * describes a picture of something else, and the article's next paragraph goes on without its words.
 * A text dump has lost the heading's markup, so this is the structure left to read.
 *
 * <p>Words are compared by a crude stem: an inflection's ending ("-ing", "-ed", "-s", "-ion") cut,
 * then the first {@value #STEM_CHARS} letters (truncation, the simplest of the conflation methods in
 * Frakes and Baeza-Yates, <i>Information Retrieval: Data Structures and Algorithms</i>, 1992, ch. 8),
 * so that "browsing" under "browse" and "configurations" under "configuration" count.
 */
final class SectionHeadings {

  /** Letters of a word's truncation stem. */
  static final int STEM_CHARS = 5;
  /** Endings cut before truncating, longest first; a stem keeps at least {@value #MIN_STEM} letters. */
  static final List<String> ENDINGS = List.of("ings", "ions", "ing", "ion", "ies", "ed", "es", "s");
  static final int MIN_STEM = 3;
  /** Least words of the line the next block must take up. */
  static final int MIN_SHARED_WORDS = 2;
  /** Least share of the line's content words the next block must take up. */
  static final double MIN_SHARED_SHARE = 0.5;

  private SectionHeadings() {}

  /**
   * Whether {@code next}, the text under the line {@code line}, takes up at least
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

  /** The word in lower case without an inflection's ending, cut to {@value #STEM_CHARS} chars. */
  static String stem(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    char[] chars = w.toCharArray(); // see CharArrays
    for (String e : ENDINGS) {
      if (CharArrays.endsWith(chars, chars.length, e) && w.length() - e.length() >= MIN_STEM
          && !CharArrays.endsWith(chars, chars.length, "ss")) {
        w = w.substring(0, w.length() - e.length());
        break;
      }
    }
    return w.length() > STEM_CHARS ? w.substring(0, STEM_CHARS) : w;
  }
}
