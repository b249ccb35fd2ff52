package org.dupscan.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** A page's longs, read whole or only up to its words. */
class AnalyzedPageTest {

  private static final AnalyzedPage PAGE = new AnalyzedPage(new long[] {11, 12, 13, 14, 15, 16},
      new int[] {0, 2, 2, 6}, new long[] {101, 102, 103}, new boolean[] {true, false, false});

  @Test
  void theHeadAloneGivesTheBlocksOfTheWholePage() {
    long[] all = PAGE.toLongs();
    int head = AnalyzedPage.headLength(all.length, PAGE.words().length);
    AnalyzedPage.Blocks fromHead = AnalyzedPage.blocksOf(Arrays.copyOf(all, head));
    AnalyzedPage.Blocks fromAll = AnalyzedPage.blocksOf(all);
    for (AnalyzedPage.Blocks b : new AnalyzedPage.Blocks[] {fromHead, fromAll}) {
      assertArrayEquals(PAGE.blockStarts(), b.starts());
      assertArrayEquals(PAGE.blockFingerprints(), b.fingerprints());
      assertArrayEquals(PAGE.chrome(), b.chrome());
      assertEquals(6, b.words());
      assertEquals(0, b.blockWords(1));
      assertEquals(4, b.blockWords(2));
    }
    assertArrayEquals(PAGE.words(), AnalyzedPage.fromLongs(all).words());
  }

  @Test
  void aHeadCutShortIsRefusedRatherThanReadAsZeros() {
    long[] all = PAGE.toLongs();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> AnalyzedPage.blocksOf(Arrays.copyOf(all, 5)));
    assertTrue(e.getMessage().contains("has 5"), e.getMessage());
  }
}
