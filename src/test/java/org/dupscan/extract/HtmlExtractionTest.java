package org.dupscan.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dupscan.corpus.Format;
import org.dupscan.corpus.SourceDocument;
import org.junit.jupiter.api.Test;

/** HTML extraction, through the public {@link PageExtractor}. */
class HtmlExtractionTest {

  @Test
  void takesTitleFromTitleElement() throws ExtractException {
    Page page = html("<html><head><title>  The   Title </title></head><body><h1>Heading</h1><p>Body.</p>");
    assertEquals("The Title", page.title());
    assertTrue(page.html());
  }

  @Test
  void fallsBackToFirstH1WhenThereIsNoTitle() throws ExtractException {
    assertEquals("First heading", html("<body><h1>First <em>heading</em></h1><h1>Second</h1><p>x</p>").title());
    assertEquals("First heading", html("<title> </title><h1>First heading</h1><p>x</p>").title());
  }

  @Test
  void titleIsEmptyWithoutTitleOrH1() throws ExtractException {
    assertEquals("", html("<p>Only a paragraph.</p>").title());
  }

  @Test
  void titleIsNotABodyBlockButH1Is() throws ExtractException {
    Page page = html("<title>Title</title><h1>Title</h1><p>Text.</p>");
    assertEquals(List.of("Title", "Text."), texts(page));
    assertEquals(BlockKind.HEADING, page.blocks().get(0).kind());
  }

  @Test
  void keepsBlocksInDocumentOrderIncludingTextDirectlyInDivs() throws ExtractException {
    Page page = html("<body><div>intro <b>bold</b><p>para one</p>between<p>para two</p>tail</div>"
        + "<ul><li>item a</li><li>item b</li></ul><blockquote>quoted</blockquote>"
        + "<table><tr><td>cell</td></tr></table><pre>code  here</pre></body>");
    assertEquals(List.of("intro bold", "para one", "between", "para two", "tail", "item a", "item b",
        "quoted", "cell", "code here"), texts(page));
    assertEquals(List.of(BlockKind.OTHER, BlockKind.PARAGRAPH, BlockKind.OTHER, BlockKind.PARAGRAPH,
        BlockKind.OTHER, BlockKind.LIST_ITEM, BlockKind.LIST_ITEM, BlockKind.QUOTE, BlockKind.TABLE_CELL,
        BlockKind.PREFORMATTED), page.blocks().stream().map(Block::kind).toList());
    for (int i = 0; i < page.blocks().size(); i++) {
      assertEquals(i, page.blocks().get(i).index());
    }
  }

  @Test
  void aParagraphInsideABlockquoteIsTheQuotation() throws ExtractException {
    Page page = html("<body><blockquote><p>Less is more.</p></blockquote><p>own text</p>"
        + "<blockquote><div><p>an indented note</p></div></blockquote></body>");
    assertEquals(List.of(BlockKind.QUOTE, BlockKind.PARAGRAPH, BlockKind.QUOTE),
        page.blocks().stream().map(Block::kind).toList());
  }

  @Test
  void inlineElementsDoNotSplitBlocks() throws ExtractException {
    assertEquals(List.of("one two three four"),
        texts(html("<p>one <a href='x'>two</a> <span>three</span><br>four</p>")));
  }

  @Test
  void countsLinkCharacters() throws ExtractException {
    Block b = html("<p>see <a href='/x'>this page</a></p>").blocks().get(0);
    assertEquals("see this page", b.text());
    assertEquals("this page".length(), b.linkChars());
  }

  @Test
  void dropsScriptStyleAndNoscript() throws ExtractException {
    Page page = html("<head><style>p{color:red}</style><script>var inHead = 1;</script></head><body>"
        + "<p>kept</p><script>document.write('no')</script><style>.x{}</style>"
        + "<noscript>enable javascript</noscript><template><p>template</p></template><p>also kept</p>");
    assertEquals(List.of("kept", "also kept"), texts(page));
  }

  @Test
  void keepsHiddenTextOutOfTheBody() throws ExtractException {
    Page page = html("<p>visible</p><div style='display: none'>stuffed keywords</div>"
        + "<p hidden>hidden too</p><span style='visibility:hidden'>and this</span><p>end</p>");
    assertEquals(List.of("visible", "end"), texts(page));
  }

  @Test
  void marksNavAsideAndSiteHeaderFooterAsChrome() throws ExtractException {
    Page page = html("<body><header><p>Site name</p></header><nav><ul><li>Home</li></ul></nav>"
        + "<article><header><h1>Post title</h1></header><p>Post body.</p><footer>Posted by me</footer>"
        + "</article><aside><p>Related</p></aside><div role='navigation'>Menu</div>"
        + "<footer><p>Copyright</p></footer></body>");
    assertEquals(List.of("Site name", "Home", "Post title", "Post body.", "Posted by me", "Related", "Menu",
        "Copyright"), texts(page));
    assertEquals(List.of(true, true, false, false, false, true, true, true),
        page.blocks().stream().map(Block::chrome).toList());
  }

  @Test
  void headerInsideMainIsContent() throws ExtractException {
    Page page = html("<main><header><h1>Title</h1></header><p>Body</p></main>");
    assertFalse(page.blocks().get(0).chrome());
  }

  @Test
  void capturesImageAltTitleAndFigcaptionWithPositions() throws ExtractException {
    Page page = html("<body><p>First paragraph.</p>"
        + "<img src='a.jpg' alt='Baby with blue eyes' title='A baby'>"
        + "<p>Second paragraph.</p>"
        + "<figure><img src='b.jpg' alt='Same text' title='Same text'><figcaption>A caption</figcaption></figure>"
        + "<p>Third <img src='c.jpg' alt='inline image'> paragraph.</p></body>");
    assertEquals(List.of("First paragraph.", "Second paragraph.", "A caption", "Third paragraph."),
        texts(page));
    assertEquals(List.of(
        new ImageText("Baby with blue eyes", "alt", 1),
        new ImageText("A baby", "title", 1),
        new ImageText("Baby with blue eyes", ImageText.LINE, 1), // standing between paragraphs
        new ImageText("Same text", "alt", 2), // title equal to alt is not repeated
        new ImageText("Same text", ImageText.LINE, 2),
        new ImageText("A caption", "figcaption", 2),
        new ImageText("A caption", ImageText.BESIDE, 2),
        new ImageText("inline image", "alt", 4)), page.images());
    assertEquals(BlockKind.CAPTION, page.blocks().get(2).kind());
  }

  @Test
  void readsAmpImagesAsImages() throws ExtractException {
    Page page = html("<body><p>First paragraph.</p><figure><amp-img src='a.jpg' alt='A heron on a post'"
        + " layout='responsive'><noscript><img src='a.jpg' alt='A heron on a post'></noscript></amp-img>"
        + "<figcaption>A heron on a post</figcaption></figure><p>Second paragraph.</p></body>");
    assertEquals(List.of("First paragraph.", "A heron on a post", "Second paragraph."), texts(page));
    assertEquals(List.of(
        new ImageText("A heron on a post", "alt", 1), // once: the noscript fallback is hidden text
        new ImageText("A heron on a post", ImageText.LINE, 1),
        new ImageText("A heron on a post", "figcaption", 1),
        new ImageText("A heron on a post", ImageText.BESIDE, 1)), page.images());
  }

  @Test
  void reportsTheBlockThatStandsWithAnImageInItsOwnBox() throws ExtractException {
    Page page = html("<body><p>First paragraph.</p>"
        + "<div class='wp-caption'><img src='a.jpg' alt=''><p class='wp-caption-text'>A boat at dusk</p></div>"
        + "<p>Second paragraph.</p>"
        + "<div class='attachbox'><a href='b.jpg'><img data-src='b.jpg' src='data:image/gif;base64,R0lGOD' alt=''>"
        + "</a><div class='attach-comment'>Two dogs on a beach</div></div>"
        + "<div class='image-block'><picture><source srcset='c.webp'><img src='c.jpg' alt=''></picture>"
        + "<div class='image-caption'>A bowl of cherries</div></div>"
        + "<p>Third paragraph.</p></body>");
    assertEquals(List.of(
        new ImageText("A boat at dusk", ImageText.BESIDE, 1),
        new ImageText("Two dogs on a beach", ImageText.BESIDE, 3),
        new ImageText("A bowl of cherries", ImageText.BESIDE, 4)), page.images());
  }

  @Test
  void marksTheAltTextOfAnImageThatStandsAsALineOfItsOwn() throws ExtractException {
    Page page = html("<body><p>First paragraph.</p><p><a href='a.jpg'><img src='a.jpg' alt='a-heron-on-a-post.jpg'>"
        + "</a></p><p>Second <img src='b.jpg' alt='inline'> paragraph.</p><p><img src='c.jpg' alt='left'>"
        + "<img src='d.jpg' alt='right'></p><p><img src='e.jpg' alt='before text'> and text</p></body>");
    assertEquals(List.of(new ImageText("a-heron-on-a-post.jpg", ImageText.LINE, 1)),
        page.images().stream().filter(i -> i.attribute().equals(ImageText.LINE)).toList());
  }

  @Test
  void reportsNoBlockBesideAnImageThatStandsInTextOrAmongSeveralBlocks() throws ExtractException {
    Page page = html("<body><div><p>Intro.</p><img src='a.jpg' alt=''><p>After.</p></div>"
        + "<div><img src='b.jpg' alt=''><p>One.</p><p>Two.</p></div>"
        + "<div><img src='c.jpg' alt=''><img src='d.jpg' alt=''><p>Under two images.</p></div>"
        + "<p><img src='e.jpg' alt=''></p><p>A paragraph under an image in a paragraph.</p></body>");
    assertTrue(page.images().stream().noneMatch(i -> i.attribute().equals(ImageText.BESIDE)),
        page.images().toString());
  }

  @Test
  void reportsTheTextOfListItemsThatHoldAnImage() throws ExtractException {
    Page page = html("<body><p>Intro.</p><ul>"
        + "<li><img src='a.jpg' alt=''>A heron on a post</li>"
        + "<li><img src='b.jpg' alt='A boat at dusk'></li>"
        + "<li>Plain item</li></ul></body>");
    assertEquals(List.of("Intro.", "A heron on a post", "Plain item"), texts(page));
    assertEquals(List.of(
        new ImageText("A heron on a post", ImageText.ITEM, 1),
        new ImageText("A boat at dusk", "alt", 2),
        new ImageText("A boat at dusk", ImageText.LINE, 2),
        new ImageText("A boat at dusk", ImageText.ITEM, 2)), page.images());
  }

  @Test
  void doesNotReportListItemsThatAreStepsOrSectionsWithAPicture() throws ExtractException {
    Page page = html("<body><ol><li><p>Open the dialog.</p><div class='figure'><img src='s.png' alt=''>"
        + "<p>Figure 1. The dialog</p></div><p>Then click OK.</p></li>"
        + "<li><p>Options</p><img src='note.png' alt=''><ul><li>Show totals</li><li>Show budget</li>"
        + "</ul></li></ol></body>");
    assertTrue(page.images().stream().noneMatch(i -> i.attribute().equals(ImageText.ITEM)),
        page.images().toString());
  }

  @Test
  void decodesEntities() throws ExtractException {
    Page page = html("<title>Fish &amp; Chips</title><p>caf&eacute; &#8220;quoted&#8221; it&rsquo;s&nbsp;here"
        + " &lt;tag&gt; &#x1F600;</p>");
    assertEquals("Fish & Chips", page.title());
    assertEquals("café \u201Cquoted\u201D it\u2019s here <tag> \uD83D\uDE00", page.blocks().get(0).text());
  }

  @Test
  void rejectsBinaryContent() {
    byte[] bytes = "<p>text</p>\0\0more".getBytes(StandardCharsets.UTF_8);
    ExtractException e = assertThrows(ExtractException.class, () -> extract(Format.HTML, bytes, null));
    assertEquals("binary content (NUL byte at offset 11)", e.getMessage());
  }

  @Test
  void decodesBytesThatAreNotUtf8AsWindows1252() throws ExtractException {
    // Issue 4: no charset declared and not valid UTF-8, so the web's default, windows-1252 (WHATWG).
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes("<p>caf\u00E9 ok</p><p>".getBytes(StandardCharsets.UTF_8));
    out.write(0xC3); // lead byte without continuation
    out.write('x');
    out.writeBytes("</p>".getBytes(StandardCharsets.UTF_8));
    Page page = extract(Format.HTML, out.toByteArray(), null);
    assertEquals("windows-1252", page.charset());
    assertEquals(List.of("caf\u00C3\u00A9 ok", "\u00C3x"), texts(page));
  }

  @Test
  void replacesBytesInvalidAfterAUtf8ByteOrderMark() throws ExtractException {
    byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '<', 'p', '>', 'a', (byte) 0xFF, '<', '/', 'p', '>'};
    Page page = extract(Format.HTML, bytes, null);
    assertEquals("UTF-8", page.charset());
    assertEquals(List.of("a\uFFFD"), texts(page));
  }

  @Test
  void acceptsUtf8ByteOrderMark() throws ExtractException {
    byte[] body = "<title>T</title><p>x</p>".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    assertEquals("T", extract(Format.HTML, bytes, null).title());
  }

  @Test
  void honoursADeclaredNonUtf8Charset() throws ExtractException {
    byte[] latin1 = "<p>caf\u00E9</p>".getBytes(StandardCharsets.ISO_8859_1);
    assertEquals("caf\u00E9", extract(Format.HTML, latin1, "ISO-8859-1").blocks().get(0).text());
    byte[] withMeta = "<meta charset=\"iso-8859-1\"><p>caf\u00E9</p>".getBytes(StandardCharsets.ISO_8859_1);
    assertEquals("caf\u00E9", extract(Format.HTML, withMeta, null).blocks().get(0).text());
  }

  @Test
  void rejectsEmptyAndTextlessDocumentsWithClearReasons() {
    assertReason("empty file", new byte[0], Format.HTML);
    assertReason("no text", "   \n ".getBytes(StandardCharsets.UTF_8), Format.HTML);
    assertReason("no text", "<html><body><script>x()</script><div> </div></body></html>"
        .getBytes(StandardCharsets.UTF_8), Format.HTML);
    assertReason("no body text (title only)", "<title>Only a title</title>".getBytes(StandardCharsets.UTF_8),
        Format.HTML);
  }

  @Test
  void keepsPageIdentity() throws ExtractException {
    SourceDocument doc = new SourceDocument("site/a.html", "https://site/a.html", "site", "/corpus/site/a.html",
        Format.HTML, "<p>x</p>".getBytes(StandardCharsets.UTF_8), null);
    Page page = PageExtractor.extract(doc);
    assertEquals("site/a.html", page.id());
    assertEquals("https://site/a.html", page.url());
    assertEquals("site", page.host());
    assertEquals(8, page.bytes());
  }

  static void assertReason(String reason, byte[] bytes, Format format) {
    ExtractException e = assertThrows(ExtractException.class, () -> extract(format, bytes, null));
    assertEquals(reason, e.getMessage());
  }

  static Page extract(Format format, byte[] bytes, String charset) throws ExtractException {
    return PageExtractor.extract(new SourceDocument("doc", "doc", "host", "test", format, bytes, charset));
  }

  private static Page html(String source) throws ExtractException {
    return extract(Format.HTML, source.getBytes(StandardCharsets.UTF_8), null);
  }

  static List<String> texts(Page page) {
    return page.blocks().stream().map(Block::text).toList();
  }

  @Test
  void marksFurnitureNamedByClassIdOrRoleAsChrome() throws ExtractException {
    Page page = html("<body><div class=\"sphinxsidebar\"><p>side</p></div><div class=navheader>"
        + "<p>Prev Up Home Next</p></div><div id=breadcrumbs><p>Docs &gt; Guide</p></div>"
        + "<div class=\"related-posts\"><p>related</p></div><div role=search><p>search</p></div>"
        + "<div class=\"site-footer\"><p>foot</p></div><div class=content><p>body text</p></div>");
    for (Block b : page.blocks()) {
      assertEquals(!b.text().equals("body text"), b.chrome(), b.text());
    }
  }

  @Test
  void marksAPostsSignatureByClassAsChromeButNotASectionNamedBySignatureId() throws ExtractException {
    Page page = html("<body><div class=postbody><p>body text</p><div class=\"signature\"><p>73 de Tom,"
        + " restoring valve sets since 1979</p></div></div><div id=\"deprecated-signature-of-x\">"
        + "<p>section text</p></div>");
    for (Block b : page.blocks()) {
      assertEquals(b.text().startsWith("73"), b.chrome(), b.text());
    }
  }

  @Test
  void keepsCodeCutByDivsInsideAPreAsCode() throws ExtractException {
    Page page = html("<pre><div class=viewcode-block>def f(x):</div> return x</pre>");
    for (Block b : page.blocks()) {
      assertEquals(BlockKind.PREFORMATTED, b.kind(), b.text());
    }
  }

  @Test
  void marksAParagraphInsideAFigureCaptionAsACaption() throws ExtractException {
    Page page = html("<figure><img alt=x src=x.png><figcaption><p>A picture</p></figcaption></figure>"
        + "<div class=caption><p>Another picture</p></div>");
    assertEquals(BlockKind.CAPTION, page.blocks().get(0).kind());
    assertEquals(BlockKind.CAPTION, page.blocks().get(1).kind());
  }

  @Test
  void marksTheLoneCellUnderARowHoldingOnlyAnImageAsItsCaption() throws ExtractException {
    Page page = html("<table class=tr-caption-container><tr><td><a href=a.jpg><img src=a.jpg alt=''></a>"
        + "</td></tr><tr><td class=tr-caption>Two friends on a river path</td></tr></table>"
        + "<table><tr><td><img src=b.png alt=''></td><td>icon</td></tr><tr><td>Name</td><td>Size</td></tr>"
        + "<tr><td colspan=2>A cell under a row of text</td></tr></table>");
    assertEquals(BlockKind.CAPTION, page.blocks().get(0).kind());
    for (Block b : page.blocks().subList(1, page.blocks().size())) {
      assertEquals(BlockKind.TABLE_CELL, b.kind(), b.text());
    }
  }
}
