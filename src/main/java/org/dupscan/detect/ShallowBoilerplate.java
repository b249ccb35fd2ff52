package org.dupscan.detect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dupscan.extract.Block;
import org.dupscan.extract.BlockKind;
import org.dupscan.text.PageWords;
import org.dupscan.text.ShingleHasher;
import org.dupscan.text.WordSet;

/**
 * Marks a single page's interface text (comment forms, share and "like us" buttons, login prompts,
 * rating widgets, "back to top") from shallow features of each block, as boilerpipe does (Kohlschütter
 * et al. 2010: word count and link density of a block and of its neighbours), plus a vocabulary of
 * interface phrases and the block's position at the page's end. Works on a host with one page, where
 * frequency mining cannot; its findings carry a lower confidence.
 */
public final class ShallowBoilerplate {

  /** Longest block, in words, that can be marked. */
  public static final int MAX_WORDS = 20;
  /** Least link density of a short block that is marked for its links alone. */
  public static final double LINK_DENSITY = 0.5;
  /** A paragraph of at least this many words ends the search for the page's tail. */
  static final int LONG_BLOCK_WORDS = 30;

  /** Interface phrases, normalised; matched on word boundaries. */
  static final List<String> PHRASES = List.of("post a comment", "leave a comment", "leave a reply",
      "add a comment", "share your comments", "your comment", "comments below", "enter your comment",
      "lost your password", "forgot your password", "log in", "login", "sign in", "sign up", "register",
      "your account", "back to top", "like us on facebook", "facebook page", "on facebook",
      "follow us", "share this", "share on", "tweet", "pin it", "subscribe", "newsletter",
      "your email", "email address", "cookies", "cookie", "privacy policy", "terms of use",
      "all rights reserved", "copyright", "you may like", "you may also like", "related posts",
      "read more", "next post", "previous post", "star rating", "write a rating", "rating",
      "submit", "image via", "photo credit", "upload", "uploaded", "skip to content", "advertisement",
      "required fields", "remember me", "content filtering");

  private ShallowBoilerplate() {}

  /** For each block of {@code blocks}, whether it reads as interface text. */
  public static boolean[] mark(List<Block> blocks) {
    return mark(blocks, Words.tokenize(blocks));
  }

  /** For each block, whether it reads as interface text, given the blocks' words. */
  public static boolean[] mark(List<Block> blocks, PageWords pageWords) {
    int n = blocks.size();
    boolean[] marked = new boolean[n];
    int[] words = new int[n];
    int tail = n; // first block after the last long paragraph
    for (int b = 0; b < n; b++) {
      words[b] = pageWords.count(b);
      if (words[b] >= LONG_BLOCK_WORDS && blocks.get(b).kind() != BlockKind.HEADING) {
        tail = b + 1;
      }
    }
    for (int b = 0; b < n; b++) {
      Block block = blocks.get(b);
      if (words[b] == 0 || words[b] > MAX_WORDS) {
        continue;
      }
      boolean vocabulary = hasPhrase(pageWords, b);
      boolean links = block.linkDensity() >= LINK_DENSITY && words[b] <= 10;
      marked[b] = vocabulary || links;
    }
    // In the page's tail, a short block next to interface text is part of the same widget
    // (boilerpipe's neighbour rule), e.g. "No picture uploaded yet." inside a comment form.
    for (int pass = 0; pass < 2; pass++) {
      for (int b = tail; b < n; b++) {
        if (!marked[b] && words[b] > 0 && words[b] <= MAX_WORDS
            && ((b > 0 && marked[b - 1]) || (b + 1 < n && marked[b + 1]))) {
          marked[b] = true;
        }
      }
    }
    return marked;
  }

  /**
   * Whether block {@code b} holds one of the interface phrases as whole words, compared as word
   * hashes: the block's words are already hashed, so no string is made per block (joining a short
   * block's words and searching the join for each phrase was most of this detector's time on pages
   * with many short blocks, such as API documentation).
   */
  static boolean hasPhrase(PageWords words, int b) {
    Phrases phrases = Phrases.of(words.hasher());
    long[] firsts = phrases.firsts();
    int end = words.blockEnd(b);
    for (int i = words.blockStart(b); i < end; i++) {
      if (!phrases.firstWords().contains(words.hash(i))) {
        continue; // one table load for nearly every word
      }
      int at = java.util.Arrays.binarySearch(firsts, words.hash(i));
      if (at < 0) {
        continue;
      }
      while (at > 0 && firsts[at - 1] == firsts[at]) {
        at--;
      }
      for (; at < firsts.length && firsts[at] == words.hash(i); at++) {
        long[] p = phrases.words()[at];
        if (i + p.length <= end && startsAt(words, i, p)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether {@code text} holds one of the interface phrases as whole words: the string form, for the
   * few short blocks that the caption and title checks ask about, which have no word hashes at hand.
   * {@link #hasPhrase(PageWords, int)} gives the same answer on a page's hashed words.
   */
  static boolean hasPhrase(String text) {
    // Words hold no spaces, so " phrase " stands in the space-joined words exactly where the phrase's
    // words stand in a row: compared word by word, with no joined string and no string per phrase (the
    // join and one concatenation per phrase were made for every block the title check looked at).
    List<String> words = Words.of(text);
    for (int i = 0, n = words.size(); i < n; i++) {
      String[][] starting = PhraseWords.BY_FIRST.get(words.get(i));
      if (starting == null) {
        continue;
      }
      for (String[] phrase : starting) {
        if (startsAt(words, i, phrase)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean startsAt(List<String> words, int i, String[] phrase) {
    if (i + phrase.length > words.size()) {
      return false;
    }
    for (int k = 1; k < phrase.length; k++) {
      if (!words.get(i + k).equals(phrase[k])) {
        return false;
      }
    }
    return true;
  }

  /** The phrases' words as strings, by first word: for {@link #hasPhrase(String)}. */
  private static final class PhraseWords {
    static final Map<String, String[][]> BY_FIRST = byFirst();

    private static Map<String, String[][]> byFirst() {
      Map<String, List<String[]>> lists = new HashMap<>();
      for (String p : PHRASES) {
        String[] w = p.split(" ");
        lists.computeIfAbsent(w[0], k -> new ArrayList<>()).add(w);
      }
      Map<String, String[][]> out = new HashMap<>();
      lists.forEach((first, list) -> out.put(first, list.toArray(new String[0][])));
      return Map.copyOf(out);
    }
  }

  private static boolean startsAt(PageWords words, int i, long[] phrase) {
    for (int k = 1; k < phrase.length; k++) {
      if (words.hash(i + k) != phrase[k]) {
        return false;
      }
    }
    return true;
  }

  /**
   * The phrases' word hashes under one hasher, ordered by first word ({@code firsts[i]} is
   * {@code words[i][0]}); made once and kept for the last hasher seen (a scan uses one).
   */
  private record Phrases(ShingleHasher hasher, WordSet firstWords, long[] firsts, long[][] words) {

    private static volatile Phrases last;

    static Phrases of(ShingleHasher hasher) {
      Phrases p = last;
      if (p != null && p.hasher == hasher) {
        return p;
      }
      long[][] words = new long[PHRASES.size()][];
      for (int i = 0; i < words.length; i++) {
        String[] w = PHRASES.get(i).split(" ");
        words[i] = new long[w.length];
        for (int k = 0; k < w.length; k++) {
          words[i][k] = hasher.wordHash(w[k]);
        }
      }
      java.util.Arrays.sort(words, (x, y) -> Long.compare(x[0], y[0]));
      long[] firsts = new long[words.length];
      for (int i = 0; i < words.length; i++) {
        firsts[i] = words[i][0];
      }
      java.util.Set<String> first = new java.util.HashSet<>();
      for (String phrase : PHRASES) {
        first.add(phrase.split(" ")[0]);
      }
      p = new Phrases(hasher, WordSet.of(hasher, first), firsts, words);
      last = p;
      return p;
    }
  }
}
