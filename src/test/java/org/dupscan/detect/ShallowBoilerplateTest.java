package org.dupscan.detect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.dupscan.extract.Block;
import org.dupscan.extract.BlockKind;
import org.junit.jupiter.api.Test;

class ShallowBoilerplateTest {

  static List<Block> blocks(String... texts) {
    List<Block> out = new ArrayList<>();
    for (String t : texts) {
      out.add(new Block(out.size(), BlockKind.PARAGRAPH, t, false, 0));
    }
    return out;
  }

  static final String PROSE = "The council approved the new library wing on Tuesday after a long "
      + "debate about parking, opening hours and the cost of heating the old reading room in winter.";

  @Test
  void marksInterfaceTextAtThePagesEnd() {
    boolean[] m = ShallowBoilerplate.mark(blocks(PROSE, PROSE, "Post a comment",
        "No picture uploaded yet.", "Lost your password?", "Back to top"));
    assertArrayEquals(new boolean[] {false, false, true, true, true, true}, m);
  }

  /**
   * The hash comparison and the string form find a phrase exactly where the words of the block, joined
   * by spaces, hold it between spaces: over random short blocks of phrase words, near misses and other
   * scripts.
   */
  @Test
  void findsInterfacePhrasesAsWholeWordSequencesOnly() {
    String[] pool = {"Leave", "a", "reply", "REPLY", "log", "in", "login", "blogin", "sign", "up", "back",
        "to", "top", "Back-to-top", "your", "e-mail", "email", "address", "privacy", "policy", "cookies",
        "cookie's", "Caf\u00E9", "\u2019", "read", "more", "\u201CSubmit\u201D", "tweets", "Rating:", "star",
        "\u00DCber", "comments", "below", "x"};
    java.util.SplittableRandom random = new java.util.SplittableRandom(13);
    for (int round = 0; round < 3000; round++) {
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(1, 8);
      for (int i = 0; i < n; i++) {
        sb.append(pool[random.nextInt(pool.length)]).append(random.nextBoolean() ? " " : ", ");
      }
      String text = sb.toString();
      String key = " " + Words.key(text) + " ";
      boolean expected = ShallowBoilerplate.PHRASES.stream().anyMatch(p -> key.contains(" " + p + " "));
      org.dupscan.text.PageWords words = Words.tokenize(blocks(text));
      org.junit.jupiter.api.Assertions.assertEquals(expected, ShallowBoilerplate.hasPhrase(words, 0), text);
      org.junit.jupiter.api.Assertions.assertEquals(expected, ShallowBoilerplate.hasPhrase(text), text);
    }
  }

  @Test
  void leavesShortProseWithoutInterfaceWordsAlone() {
    boolean[] m = ShallowBoilerplate.mark(blocks(PROSE, "That took about three hours.", PROSE));
    assertFalse(m[1]);
  }

  @Test
  void marksShortLinkDenseBlocks() {
    List<Block> b = new ArrayList<>(blocks(PROSE));
    b.add(new Block(1, BlockKind.OTHER, "Garden Kitchen Cycling", false, 20));
    assertTrue(ShallowBoilerplate.mark(b)[1]);
  }

  @Test
  void neverMarksLongBlocksEvenWithInterfaceWords() {
    assertFalse(ShallowBoilerplate.mark(blocks(PROSE + " Share this with friends who subscribe."))[0]);
  }
}
