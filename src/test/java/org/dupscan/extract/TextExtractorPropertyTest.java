package org.dupscan.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The text extractor collapses whitespace while it copies a block's lines; this checks it against the
 * plain definition (lines stripped, joined by a space, then {@link Decoding#collapseWhitespace}) on
 * seeded random texts full of tabs, NBSPs, blank-looking lines, bullets and headings.
 */
class TextExtractorPropertyTest {

  private static final String[] PIECES = {"word", "Baby", " ", "  ", "\t", "\u00A0", "\u2003", "\n",
      "\n\n", "\n- ", "\n* item", "\n# Head", "\n## ", "\n\u00A0\n", "é", "#tag", "-", "\u2022 x"};

  @Test
  void joinsAndCollapsesBlocksAsThePlainDefinitionDoes() throws ExtractException {
    Random random = new Random(42);
    for (int trial = 0; trial < 20_000; trial++) {
      StringBuilder sb = new StringBuilder("Title\n\n");
      int n = random.nextInt(30);
      for (int i = 0; i < n; i++) {
        sb.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String text = sb.toString();
      for (boolean markdown : new boolean[] {false, true}) {
        Page page = TextExtractor.extract("p", "p", "h", text.getBytes(StandardCharsets.UTF_8), null,
            markdown);
        List<String> got = new ArrayList<>();
        page.blocks().forEach(b -> got.add(b.kind() + ":" + b.text()));
        assertEquals(reference(text, markdown), got, () -> text.replace("\n", "\\n"));
      }
    }
  }

  /**
   * The extractor before the single-pass change, block texts and kinds only; it classifies lines
   * (headings, bullets) with the extractor's own tests, which are not what this property is about.
   */
  private static List<String> reference(String text, boolean markdown) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    BlockKind kind = null;
    boolean titled = false;
    String[] lines = text.split("\n", -1);
    for (String raw : lines) {
      String line = raw.strip();
      if (line.isEmpty()) {
        if (current.length() > 0) {
          flush(out, current, kind);
          kind = null;
        }
        continue;
      }
      boolean heading = markdown && TextExtractor.isHeading(line);
      if (!titled) {
        titled = true;
        continue;
      }
      boolean bullet = TextExtractor.isBullet(line);
      if (current.length() > 0 && (heading || bullet)) {
        flush(out, current, kind);
      }
      if (current.length() == 0) {
        kind = BlockKind.PARAGRAPH;
        if (heading) {
          kind = BlockKind.HEADING;
          line = TextExtractor.stripHeading(line);
        } else if (bullet) {
          kind = BlockKind.LIST_ITEM;
          line = line.substring(1).strip();
        }
      } else {
        current.append(' ');
      }
      current.append(line);
      if (heading) {
        flush(out, current, kind);
        kind = null;
      }
    }
    if (current.length() > 0) {
      flush(out, current, kind);
    }
    return out;
  }

  private static void flush(List<String> out, StringBuilder current, BlockKind kind) {
    String s = Decoding.collapseWhitespace(current);
    current.setLength(0);
    if (!s.isEmpty()) {
      out.add((kind == null ? BlockKind.PARAGRAPH : kind) + ":" + s);
    }
  }
}
