package org.dupscan.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.dupscan.corpus.Format;
import org.dupscan.corpus.SourceDocument;
import org.junit.jupiter.api.Test;

class DecodingAndHiddenTextTest {

  private static Page html(byte[] bytes, String declared) throws ExtractException {
    return PageExtractor.extract(new SourceDocument("p", "p", "h", "p", Format.HTML, bytes, declared));
  }

  private static List<String> texts(Page p) {
    List<String> t = new ArrayList<>();
    for (Block b : p.blocks()) {
      t.add(b.text());
    }
    return t;
  }

  private static final Charset LATIN1 = StandardCharsets.ISO_8859_1;

  @Test
  void prefersTheHttpCharsetToTheMetaTag() throws ExtractException {
    byte[] b = "<meta charset=utf-8><p>caf\u00e9</p>".getBytes(LATIN1);
    Page p = html(b, "iso-8859-1");
    assertEquals(List.of("caf\u00e9"), texts(p));
    assertEquals("windows-1252", p.charset()); // iso-8859-1 means windows-1252 on the web (WHATWG)
  }

  @Test
  void usesTheMetaCharsetWhenNoHeaderDeclaresOne() throws ExtractException {
    byte[] b = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-15\"><p>\u20ac 5</p>"
        .getBytes(Charset.forName("ISO-8859-15"));
    Page p = html(b, null);
    assertEquals(List.of("\u20ac 5"), texts(p));
    assertEquals("ISO-8859-15", p.charset());
  }

  @Test
  void sniffsUtf8ThenFallsBackToWindows1252() throws ExtractException {
    assertEquals("UTF-8", html("<p>na\u00efve</p>".getBytes(StandardCharsets.UTF_8), null).charset());
    Page p = html("<p>\u201cquoted\u201d na\u00efve</p>".getBytes(Charset.forName("windows-1252")), null);
    assertEquals("windows-1252", p.charset());
    assertEquals(List.of("\u201cquoted\u201d na\u00efve"), texts(p));
  }

  @Test
  void aByteOrderMarkWins() throws ExtractException {
    byte[] body = "<p>\u00e9t\u00e9</p>".getBytes(StandardCharsets.UTF_8);
    byte[] b = new byte[body.length + 3];
    b[0] = (byte) 0xEF;
    b[1] = (byte) 0xBB;
    b[2] = (byte) 0xBF;
    System.arraycopy(body, 0, b, 3, body.length);
    Page p = html(b, "windows-1252");
    assertEquals(List.of("\u00e9t\u00e9"), texts(p));
    assertEquals("UTF-8", p.charset());
  }

  @Test
  void replacesBytesInvalidInTheDeclaredCharsetInsteadOfFailing() throws ExtractException {
    byte[] b = {'<', 'p', '>', 'a', (byte) 0xC3, (byte) 0x28, 'b', '<', '/', 'p', '>'};
    Page p = html(b, "utf-8");
    assertEquals("UTF-8", p.charset());
    assertTrue(texts(p).get(0).contains("\uFFFD"), texts(p).toString());
    Page unknown = html("<p>plain</p>".getBytes(LATIN1), "no-such-charset-x");
    assertEquals("UTF-8", unknown.charset());
  }

  @Test
  void decodesPlainTextWithTheDeclaredCharset() throws ExtractException {
    Page p = PageExtractor.extract(new SourceDocument("t", "t", "h", "t", Format.TEXT,
        "Titre\n\nd\u00e9j\u00e0 vu".getBytes(LATIN1), "ISO-8859-1"));
    assertEquals("windows-1252", p.charset());
    assertEquals(List.of("d\u00e9j\u00e0 vu"), texts(p));
  }

  @Test
  void reportsHiddenElementsAndNoscriptAsHiddenTextNotBody() throws ExtractException {
    String h = "<title>T</title><p>visible text</p>"
        + "<div style=\"display: none\">buy cheap pills <b>now</b></div>"
        + "<p hidden>secret paragraph</p>"
        + "<span style=\"VISIBILITY:hidden\">invisible span</span>"
        + "<noscript>enable javascript please</noscript>"
        + "<p>more visible &amp; text</p>";
    Page p = html(h.getBytes(StandardCharsets.UTF_8), null);
    assertEquals(List.of("visible text", "more visible & text"), texts(p));
    assertEquals(List.of("buy cheap pills now", "secret paragraph", "invisible span",
        "enable javascript please"), p.hiddenTexts());
  }

  @Test
  void splitsBlocksAtDoubleLineBreaks() throws ExtractException {
    Page p = html("<div>first line<br>same block<br><br>second block<br>\n<br>third</div>"
        .getBytes(StandardCharsets.UTF_8), null);
    assertEquals(List.of("first line same block", "second block", "third"), texts(p));
  }
}
