package org.dupscan.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.dupscan.detect.BoilerplateMiner.BlockSample;
import org.junit.jupiter.api.Test;

class BoilerplateMinerTest {

  static BlockSample block(long fp, String text) {
    return new BlockSample(fp, Words.of(text).size(), text, false);
  }

  @Test
  void minesABlockOnEnoughOfAHostsPages() {
    BoilerplateMiner m = new BoilerplateMiner();
    for (int p = 0; p < 10; p++) {
      List<BlockSample> b = new ArrayList<>(List.of(block(100 + p, "content " + p)));
      if (p < 3) {
        b.add(block(7, "Like us on Facebook"));
      }
      if (p < 2) {
        b.add(block(8, "Rare widget"));
      }
      m.add("a.example", "p" + p, b);
    }
    BoilerplateMiner.Result r = m.mine(0.3, 3);
    assertEquals(1, r.blocks().size(), r.blocks().toString());
    BoilerplateMiner.Block b = r.blocks().get(0);
    assertEquals("frequency", b.method());
    assertEquals(3, b.pages());
    assertEquals(0.3, b.share(), 1e-9);
    assertEquals("Like us on Facebook", b.sample());
    assertEquals("p0", b.firstPage());
  }

  @Test
  void doesNotMineACaptionHeldOnMostOfThePagesCarryingIt() {
    BoilerplateMiner m = new BoilerplateMiner();
    String caption = "Smiling businesswoman holding a coffee cup near a bright window";
    for (int p = 0; p < 10; p++) {
      List<BlockSample> b = new ArrayList<>(List.of(block(100 + p, "content " + p),
          block(7, "Like us on Facebook")));
      if (p < 5) { // pasted between the paragraphs of half the host's articles: held on each
        b.add(new BlockSample(9, Words.of(caption).size(), caption, false, true));
      }
      m.add("a.example", "p" + p, b);
    }
    BoilerplateMiner.Result r = m.mine(0.3, 3);
    assertEquals(List.of("Like us on Facebook"), r.blocks().stream().map(BoilerplateMiner.Block::sample).toList());
  }

  @Test
  void needsAtLeastThreePagesWhateverTheShare() {
    assertEquals(3, BoilerplateMiner.minPages(4, 0.3));
    assertEquals(6, BoilerplateMiner.minPages(20, 0.3));
  }

  @Test
  void groupsNearIdenticalVariantsOfOneBlock() {
    BoilerplateMiner m = new BoilerplateMiner();
    for (int p = 0; p < 6; p++) {
      String text = p % 2 == 0 ? "Join our newsletter for weekly tips straight to your inbox"
          : "Join our newsletter for weekly tips sent to your inbox";
      m.add("a.example", "p" + p, List.of(block(p % 2 == 0 ? 1 : 2, text), block(50 + p, "x" + p)));
    }
    List<BoilerplateMiner.Block> blocks = m.mine(0.5, 3).blocks();
    assertEquals(1, blocks.size());
    assertEquals(6, blocks.get(0).pages());
    assertEquals(2, blocks.get(0).fingerprints().length);
  }

  @Test
  void reportsABlockOnManyHostsAsAWidget() {
    BoilerplateMiner m = new BoilerplateMiner();
    for (String host : List.of("a", "b", "c")) {
      for (int p = 0; p < 10; p++) {
        m.add(host, host + p, p < 2 ? List.of(block(9, "Powered by Widgets Inc"), block(p, "c"))
            : List.of(block(100 + p, "c")));
      }
    }
    List<BoilerplateMiner.Block> blocks = m.mine(0.3, 3).blocks();
    assertEquals(3, blocks.size());
    assertTrue(blocks.stream().allMatch(b -> b.method().equals("hosts") && b.hosts() == 3));
  }

  @Test
  void marksInterfaceTextOnASmallHostWithLowerConfidence() {
    BoilerplateMiner m = new BoilerplateMiner();
    m.add("tiny", "only", List.of(new BlockSample(5, 3, "Post a comment", true),
        new BlockSample(6, 40, null, false)));
    List<BoilerplateMiner.Block> blocks = m.mine(0.3, 3).blocks();
    assertEquals(1, blocks.size());
    assertEquals("page", blocks.get(0).method());
    assertTrue(blocks.get(0).confidence() < BoilerplateMiner.CONFIDENCE_FREQUENCY);
  }

  @Test
  void givesTheSameAnswerWhateverTheOrderOfPages() {
    List<Integer> order = new ArrayList<>();
    for (int p = 0; p < 12; p++) {
      order.add(p);
    }
    String first = null;
    for (long seed = 0; seed < 3; seed++) {
      Collections.shuffle(order, new Random(seed));
      BoilerplateMiner m = new BoilerplateMiner();
      for (int p : order) {
        m.add("h", String.format("p%02d", p), List.of(block(1, "Cookie notice " + p), block(p, "c")));
      }
      String s = m.mine(0.3, 3).blocks().toString().replaceAll("\\[J@[0-9a-f]+", "");
      if (first == null) {
        first = s;
      }
      assertEquals(first, s);
    }
    assertTrue(first.contains("Cookie notice 0"), first);
  }

  /**
   * Hosts, sections and variant samples are mined in parallel on the caller's pool; blocks shared by
   * sections go to the first section in order. One thread or four, the blocks are the same.
   */
  @Test
  void givesTheSameBlocksWhateverTheThreadCount() throws Exception {
    String[] langs = {"de", "en", "fr", "it", "ja"};
    String one = null;
    for (int threads : new int[] {1, 4}) {
      BoilerplateMiner m = new BoilerplateMiner();
      for (int h = 0; h < 6; h++) {
        for (int l = 0; l < langs.length; l++) {
          for (int p = 0; p < 11; p++) {
            m.add("h" + h + ".example", "http://h" + h + ".example/" + langs[l] + "/p" + p + ".html",
                List.of(block(1000L * h + 100 * l + p, "content " + h + " " + l + " " + p),
                    block(7, "Share this page on every network"),
                    block(20 + l % 2, "Next page in the guide " + (l % 2)),
                    block(40 + h, "Sign up for the weekly newsletter of host " + h + " today"),
                    block(60 + h, "Sign up for the weekly newsletter of host " + h + " now"),
                    block(100 + 10 * h + l, "Back to the " + langs[l] + " index of " + h)));
          }
        }
      }
      java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(threads);
      try {
        StringBuilder s = new StringBuilder();
        for (BoilerplateMiner.Block b : pool.submit(() -> m.mine(0.3, 3)).get().blocks()) {
          s.append(b.toString().replaceAll("\\[J@[0-9a-f]+", ""))
              .append(java.util.Arrays.toString(b.fingerprints())).append('\n');
        }
        if (one == null) {
          one = s.toString();
        }
        assertEquals(one, s.toString());
      } finally {
        pool.shutdown();
      }
    }
    assertTrue(one.contains("section") && one.contains("frequency"), one);
  }

  @Test
  void rejectsAShareOutsideZeroToOne() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new BoilerplateMiner().mine(1.5, 3));
    assertTrue(e.getMessage().contains("1.5"));
  }

  @Test
  void minesATemplateOfEachLanguageSection() {
    BoilerplateMiner m = new BoilerplateMiner();
    String[] langs = {"de", "it", "pt", "ja"};
    for (int l = 0; l < langs.length; l++) {
      for (int p = 0; p < 12; p++) {
        m.add("h.example", "http://h.example/" + langs[l] + "/page-" + p + ".html", List.of(
            block(1000 + 100 * l + p, "content " + l + " " + p),
            block(10 + l, "Next page in " + langs[l])));
      }
    }
    BoilerplateMiner.Result r = m.mine(0.3, 3);
    assertEquals(4, r.blocks().size(), r.blocks().toString());
    for (BoilerplateMiner.Block b : r.blocks()) {
      assertEquals("section", b.method());
      assertEquals(12, b.pages());
    }
  }

  @Test
  void readsTheSectionOfAPageFromItsFirstFolder() {
    assertEquals("de-DE", BoilerplateMiner.section("http://h.example/de-DE/guide/x.html"));
    assertEquals("docs", BoilerplateMiner.section("docs/v2/x.html"));
    assertEquals(null, BoilerplateMiner.section("http://h.example/index.html"));
  }
}
