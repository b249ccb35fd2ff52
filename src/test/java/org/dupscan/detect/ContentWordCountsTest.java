package org.dupscan.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.dupscan.extract.Block;
import org.dupscan.extract.BlockKind;
import org.dupscan.extract.Page;
import org.dupscan.text.PageWords;
import org.junit.jupiter.api.Test;

class ContentWordCountsTest {

  private static final String[] POOL = {"Caf\u00E9", "cafe", "CAF\u00C9", "the", "The", "of", "2024", "x",
      "Stra\u00DFe", "strasse", "\u201Cquoted\u201D", "quoted", "\u0395\u03BB\u03BB\u03AC\u03B4\u03B1",
      "\u65E5\u672C\u8A9E", "garden", "Garden", "path", "river", "it\u2019s", "don't", "A1", "42nd"};

  /**
   * The hashed counts give every overlap the string counts give: content words counted once per block
   * they stand in (furniture left out) plus each occurrence in the post title, over random pages of
   * mixed scripts, cases, stop words and numbers.
   */
  @Test
  void overlapIsTheOneTheWordsAsStringsGive() {
    SplittableRandom random = new SplittableRandom(7);
    for (int round = 0; round < 500; round++) {
      List<Block> blocks = new ArrayList<>();
      int n = random.nextInt(1, 8);
      for (int b = 0; b < n; b++) {
        boolean furniture = random.nextInt(5) == 0;
        blocks.add(new Block(b, BlockKind.PARAGRAPH, text(random, random.nextInt(0, 12)), furniture, 0));
      }
      String title = text(random, random.nextInt(0, 5));
      Page page = new Page("p", "p", "h", title, blocks, List.of(), false, 0, List.of(), "UTF-8");
      PageWords words = Words.tokenize(page);
      ContentWordCounts counts = ContentWordCounts.of(page, words, title);
      Map<String, Integer> expected = new HashMap<>();
      for (Block b : blocks) {
        if (!TitleFacts.isFurniture(b)) {
          for (String w : new HashSet<>(Words.content(b.text()))) {
            expected.merge(w, 1, Integer::sum);
          }
        }
      }
      for (String w : Words.content(title)) {
        expected.merge(w, 1, Integer::sum);
      }
      for (int least = 1; least <= 3; least++) {
        for (Block b : blocks) {
          assertEquals(overlap(Words.content(b.text()), expected, least),
              counts.overlap(counts.block(b.index()), least), b.text());
        }
        String alt = text(random, random.nextInt(0, 6));
        assertEquals(overlap(Words.content(alt), expected, least),
            counts.overlap(counts.of(Words.content(alt)), least), alt);
      }
    }
  }

  private static String text(SplittableRandom random, int words) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < words; i++) {
      sb.append(POOL[random.nextInt(POOL.length)]).append(random.nextBoolean() ? " " : ", ");
    }
    return sb.toString().strip();
  }

  /** The measure as the caption detector computed it on strings. */
  private static double overlap(List<String> content, Map<String, Integer> pageWords, int least) {
    Set<String> distinct = new HashSet<>(content);
    if (distinct.isEmpty()) {
      return 1.0;
    }
    int shared = 0;
    for (String w : distinct) {
      if (pageWords.getOrDefault(w, 0) >= least) {
        shared++;
      }
    }
    return (double) shared / distinct.size();
  }
}
