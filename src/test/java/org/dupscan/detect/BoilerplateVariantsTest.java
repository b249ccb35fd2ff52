package org.dupscan.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.dupscan.detect.BoilerplateMiner.BlockSample;
import org.junit.jupiter.api.Test;

/** Grouping of a host's recurring blocks into variants of one template block. */
class BoilerplateVariantsTest {

  private static BlockSample block(long fp, String text) {
    return new BlockSample(fp, Words.of(text).size(), text, false);
  }

  private static String word(SplittableRandom rnd) {
    StringBuilder w = new StringBuilder();
    for (int c = 0; c < 8; c++) {
      w.append((char) ('a' + rnd.nextInt(26)));
    }
    return w.toString();
  }

  /**
   * A host of 20 pages (a block must stand on 6): two variants of a sign-up box on 4 pages each, and
   * {@code fillers} other short blocks, each on two pages, unlike each other.
   */
  private static BoilerplateMiner host(int fillers) {
    SplittableRandom rnd = new SplittableRandom(17);
    List<List<BlockSample>> pages = new ArrayList<>();
    for (int p = 0; p < 20; p++) {
      pages.add(new ArrayList<>());
    }
    for (int p = 0; p < 8; p++) {
      pages.get(p).add(p < 4 ? block(1, "Sign up for our weekly garden newsletter today")
          : block(2, "Sign up for our weekly garden newsletter now"));
    }
    for (int f = 0; f < fillers; f++) {
      String text = word(rnd) + " " + word(rnd) + " " + word(rnd) + " " + word(rnd);
      pages.get(f % 20).add(block(1000 + f, text));
      pages.get((f + 1) % 20).add(block(1000 + f, text));
    }
    BoilerplateMiner m = new BoilerplateMiner();
    for (int p = 0; p < 20; p++) {
      m.add("garden.example", String.format("p%02d", p), pages.get(p));
    }
    return m;
  }

  @Test
  void groupsVariantsOnAHostWithFewRecurringBlocks() {
    List<BoilerplateMiner.Block> blocks = host(10).mine(0.3, 3).blocks();
    assertEquals(1, blocks.size(), blocks.toString());
    assertEquals(8, blocks.get(0).pages());
    assertEquals(2, blocks.get(0).fingerprints().length);
  }

  @Test
  void groupsVariantsBeyondTwoThousandRecurringBlocks() {
    // 3,000 recurring blocks: the all-pairs search gave up above 2,000 and left both variants, each
    // on 4 of the 6 pages needed, unmined.
    List<BoilerplateMiner.Block> blocks = host(3000).mine(0.3, 3).blocks();
    assertEquals(1, blocks.size(), blocks.toString());
    BoilerplateMiner.Block b = blocks.get(0);
    assertEquals("frequency", b.method());
    assertEquals(8, b.pages());
    assertEquals(2, b.fingerprints().length);
    assertTrue(b.sample().startsWith("Sign up for our weekly garden newsletter"), b.sample());
  }

  @Test
  void groupsVariantsWhoseSamplesAreSplitInSeveralChunks() {
    // More recurring blocks than one chunk of samples split in parallel: numbering goes on across chunks.
    List<BoilerplateMiner.Block> blocks =
        host(2 * BoilerplateMiner.VARIANT_CHUNK + 100).mine(0.3, 3).blocks();
    assertEquals(1, blocks.size(), blocks.toString());
    assertEquals(8, blocks.get(0).pages());
    assertEquals(2, blocks.get(0).fingerprints().length);
  }
}
