package org.dupscan.detect;

import java.util.List;
import org.dupscan.extract.Block;
import org.dupscan.extract.BlockKind;
import org.dupscan.text.PageWords;

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
      boolean vocabulary = hasPhrase(block.text());
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

  /** Whether the text holds one of the interface phrases as whole words. */
  static boolean hasPhrase(String text) {
    String key = " " + Words.key(text) + " ";
    for (String p : PHRASES) {
      if (key.contains(" " + p + " ")) {
        return true;
      }
    }
    return false;
  }
}
