package org.dupscan.detect;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.dupscan.extract.Block;
import org.dupscan.extract.Page;
import org.dupscan.text.HashSeed;
import org.dupscan.text.PageWords;
import org.dupscan.text.ShingleHasher;
import org.dupscan.text.StopWords;
import org.dupscan.text.TextNormalizer;
import org.dupscan.text.WordSet;
import org.dupscan.text.WordTokenizer;

/** Word-level helpers shared by the detectors: normalised words, stop words, small set measures. Internal. */
final class Words {

  /** English function words: they carry no topic, so overlap and density measures skip them. */
  static final Set<String> STOP = StopWords.ENGLISH;

  private Words() {}

  /**
   * The word hash detectors use when a page comes without its words (tests, single pages): the scan's
   * default, so a page looked at alone hashes its words as a default scan does.
   */
  private static final ShingleHasher DEFAULT_HASHER =
      new ShingleHasher(ShingleHasher.DEFAULT_SHINGLE_SIZE, HashSeed.DEFAULT);
  private static final WordSet DEFAULT_STOP = WordSet.of(DEFAULT_HASHER, STOP);

  /** Tokenises a page's blocks with the default word hash, stop words flagged. */
  static PageWords tokenize(Page page) {
    return tokenize(page.blocks());
  }

  /** Tokenises blocks with the default word hash, stop words flagged. */
  static PageWords tokenize(List<Block> blocks) {
    return PageWords.tokenize(Block.texts(blocks), DEFAULT_HASHER, DEFAULT_STOP);
  }

  /** Most texts whose words one thread remembers; then it forgets them all. */
  static final int CACHE_TEXTS = 4096;

  /**
   * Each thread's recent texts and their words, keyed by the text's identity: the detectors look at
   * the same block strings several times per page (as prose, as a caption candidate, as a title), and
   * normalising and splitting each once instead of five times halves their cost. Bounded, and keyed by
   * identity, so it never answers for a different text that happens to be equal (the answer would be
   * the same anyway) nor grows without limit.
   */
  private static final ThreadLocal<IdentityHashMap<String, List<String>>> CACHE =
      ThreadLocal.withInitial(java.util.IdentityHashMap::new);

  /** The normalised words of {@code text}, unmodifiable. */
  static List<String> of(String text) {
    IdentityHashMap<String, List<String>> cache = CACHE.get();
    List<String> words = cache.get(text);
    if (words == null) {
      if (cache.size() >= CACHE_TEXTS) {
        cache.clear();
      }
      words = WordTokenizer.wordList(TextNormalizer.normalize(text));
      cache.put(text, words);
    }
    return words;
  }

  static boolean isContent(String w) {
    return w.length() > 1 && !STOP.contains(w) && !isNumber(w);
  }

  static boolean isNumber(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (!Character.isDigit(w.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The content words of {@code text}, in order. */
  static List<String> content(String text) {
    List<String> out = new ArrayList<>();
    for (String w : of(text)) {
      if (isContent(w)) {
        out.add(w);
      }
    }
    return out;
  }

  /** The words joined by single spaces: a normalised form for equality tests. */
  static String key(String text) {
    return String.join(" ", of(text));
  }

  /** Jaccard similarity of two word sets; 0 when both are empty. */
  static double jaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 0.0;
    }
    int common = 0;
    for (String w : a) {
      if (b.contains(w)) {
        common++;
      }
    }
    return (double) common / (a.size() + b.size() - common);
  }

  /** Whether the trimmed text ends as a sentence does. */
  static boolean endsSentence(String text) {
    String s = text.strip();
    if (s.isEmpty()) {
      return false;
    }
    char c = s.charAt(s.length() - 1);
    if (c == '"' || c == '\'' || c == ')' || c == '\u201D' || c == '\u2019') {
      if (s.length() < 2) {
        return false;
      }
      c = s.charAt(s.length() - 2);
    }
    // Latin, and the CJK ideographic and full-width stops.
    return c == '.' || c == '!' || c == '?' || c == '\u2026' || c == '\u3002' || c == '\uFF01'
        || c == '\uFF1F' || c == '\uFF0E';
  }
}
