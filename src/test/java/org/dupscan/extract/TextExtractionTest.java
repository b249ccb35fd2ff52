package org.dupscan.extract;

import static org.dupscan.extract.HtmlExtractionTest.assertReason;
import static org.dupscan.extract.HtmlExtractionTest.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dupscan.corpus.Format;
import org.dupscan.internal.Mix;
import org.junit.jupiter.api.Test;

/** Plain text and Markdown extraction, through the public {@link PageExtractor}. */
class TextExtractionTest {

  @Test
  void firstNonEmptyLineIsTheTitle() throws ExtractException {
    Page page = text("\n  \n  My   Title  \nFirst line of body\ncontinues here.\n");
    assertEquals("My Title", page.title());
    assertEquals(List.of("First line of body continues here."), texts(page));
    assertFalse(page.html());
    assertTrue(page.images().isEmpty());
  }

  @Test
  void blankLinesSplitBlocks() throws ExtractException {
    Page page = text("Title\n\nPara one\nline two.\n\n\n   \nPara two.\n\nPara three.");
    assertEquals(List.of("Para one line two.", "Para two.", "Para three."), texts(page));
    for (Block b : page.blocks()) {
      assertEquals(BlockKind.PARAGRAPH, b.kind());
      assertFalse(b.chrome());
    }
  }

  @Test
  void linesEndedShortOfThePageWidthAreCountedAsHandMadeBreaks() throws ExtractException {
    String wrapped = "A paragraph that a text browser wrapped at its width goes on over the next\n"
        + "line, as every line but the last is filled to the width before it breaks.";
    Page page = text("Title\n\n" + wrapped + "\n\nPlayers      2-4\nPlaying time 45 min\nAge          10+\n\n"
        + "Box and pieces on a table\nEverything in the box\n\nOne line of its own");
    assertEquals(List.of(0, 2, 1, 0), page.blocks().stream().map(Block::lineBreaks).toList());
  }

  @Test
  void aLineOfOneTokenWiderThanTheWrapDoesNotSetThePageWidth() throws ExtractException {
    // w3m prints an image's file name whole, past its wrap width; the wrapped paragraph under it is
    // still one paragraph wrapped, not lines ended by hand.
    String mark = "[stock-a-young-couple-unpacking-cardboard-boxes-in-the-empty-living-room-of-their-first-flat]";
    String wrapped = "A paragraph that a text browser wrapped at its width goes on over the next\n"
        + "line, as every line but the last is filled to the width before it breaks.";
    Page page = text("Title\n\n" + mark + "\n\n" + wrapped);
    assertEquals(List.of(0, 0), page.blocks().stream().map(Block::lineBreaks).toList());
  }

  @Test
  void aPageOfUnwrappedParagraphsHasNoHandMadeBreaksInOneLineBlocks() throws ExtractException {
    Page page = text("Title\n\nA long paragraph written on one line of its own, never wrapped.\n\nShort line");
    assertEquals(List.of(0, 0), page.blocks().stream().map(Block::lineBreaks).toList());
  }

  @Test
  void handlesWindowsLineEndings() throws ExtractException {
    Page page = text("Title\r\n\r\nOne\r\ntwo\r\n\r\nThree\r\n");
    assertEquals("Title", page.title());
    assertEquals(List.of("One two", "Three"), texts(page));
  }

  @Test
  void bulletsBecomeListItems() throws ExtractException {
    Page page = text("Title\n\nIntro.\n\n- first item\n\n\u2022 second item\n\n* third item\n\n-not a bullet");
    assertEquals(List.of("Intro.", "first item", "second item", "third item", "-not a bullet"), texts(page));
    assertEquals(List.of(BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.LIST_ITEM, BlockKind.LIST_ITEM,
        BlockKind.PARAGRAPH), page.blocks().stream().map(Block::kind).toList());
  }

  @Test
  void eachBulletLineIsItsOwnListItem() throws ExtractException {
    Page page = text("Title\n\nIngredients:\n- flour\n- sugar\n  (caster)\n- eggs\nMix well.");
    assertEquals(List.of("Ingredients:", "flour", "sugar (caster)", "eggs Mix well."), texts(page));
    assertEquals(List.of(BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.LIST_ITEM, BlockKind.LIST_ITEM),
        page.blocks().stream().map(Block::kind).toList());
  }

  @Test
  void stripsMarkdownHeadings() throws ExtractException {
    Page page = markdown("# The Title\n\nIntro text.\n\n## Section *one*\n\nBody.\n\n###### Deep\n\n#hashtag line");
    assertEquals("The Title", page.title());
    assertEquals(List.of("Intro text.", "Section *one*", "Body.", "Deep", "#hashtag line"), texts(page));
    assertEquals(List.of(BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.HEADING,
        BlockKind.PARAGRAPH), page.blocks().stream().map(Block::kind).toList());
  }

  @Test
  void markdownHeadingIsOneLine() throws ExtractException {
    Page page = markdown("Title\n\n## Heading\nParagraph right under it.");
    assertEquals(List.of("Heading", "Paragraph right under it."), texts(page));
    assertEquals(List.of(BlockKind.HEADING, BlockKind.PARAGRAPH), page.blocks().stream().map(Block::kind).toList());
  }

  @Test
  void hashMarksInPlainTextAreKept() throws ExtractException {
    assertEquals(List.of("# not a heading in .txt"), texts(text("Title\n\n# not a heading in .txt")));
  }

  @Test
  void rejectsEmptyAndTitleOnlyTextAndDecodesTextThatIsNotUtf8() throws ExtractException {
    assertReason("empty file", new byte[0], Format.TEXT);
    assertReason("no text", "\n\n  \n".getBytes(StandardCharsets.UTF_8), Format.TEXT);
    assertReason("no body text (title only)", "Just a title\n\n".getBytes(StandardCharsets.UTF_8), Format.TEXT);
    assertReason("binary content (NUL byte at offset 2)", new byte[] {'a', 'b', 0, 'c'}, Format.MARKDOWN);
    // Not UTF-8 and nothing declared: decoded as windows-1252 (issue 4), where 0x80 is the euro sign.
    Page notUtf8 = HtmlExtractionTest.extract(Format.TEXT, new byte[] {'T', '\n', '\n', 'a', (byte) 0x80, 'b'},
        null);
    assertEquals("windows-1252", notUtf8.charset());
    assertEquals("a\u20ACb", notUtf8.blocks().get(0).text());
  }

  private static Page text(String s) throws ExtractException {
    return HtmlExtractionTest.extract(Format.TEXT, s.getBytes(StandardCharsets.UTF_8), null);
  }

  private static Page markdown(String s) throws ExtractException {
    return HtmlExtractionTest.extract(Format.MARKDOWN, s.getBytes(StandardCharsets.UTF_8), null);
  }
}
