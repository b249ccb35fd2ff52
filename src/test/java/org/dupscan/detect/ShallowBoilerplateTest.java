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
