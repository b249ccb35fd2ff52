package org.dupscan.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns HTML into a title, body blocks and image texts, with jsoup's HTML5 tree builder.
 *
 * <p>Blocks are the text runs between block-level element boundaries, in document order, so
 * {@code <div>intro<p>para</p>tail</div>} gives three blocks. Script, style, noscript and template
 * content is dropped. Blocks inside {@code nav} and {@code aside}, and inside a {@code header} or
 * {@code footer} that is not within an {@code article} or {@code main}, are kept but marked as chrome.
 *
 * <p>Internal: used through {@link PageExtractor}.
 */
final class HtmlExtractor {

  private static final Set<String> DROPPED = Set.of("script", "style", "noscript", "template", "svg",
      "iframe", "object", "embed", "canvas", "head", "select");

  private HtmlExtractor() {}

  static Page extract(String id, String url, String host, byte[] bytes, String declaredCharset)
      throws ExtractException {
    Document doc = parse(bytes, declaredCharset, url);
    String title = Decoding.collapseWhitespace(doc.title());
    if (title.isEmpty()) {
      Element h1 = doc.selectFirst("h1");
      title = h1 == null ? "" : Decoding.collapseWhitespace(h1.text());
    }
    Element body = doc.body();
    Walker walker = new Walker();
    if (body != null) {
      NodeTraversor.traverse(walker, body);
      walker.flush();
    }
    return new Page(id, url, host, title, walker.blocks, walker.images, true, bytes.length);
  }

  private static Document parse(byte[] bytes, String declaredCharset, String url) throws ExtractException {
    if (declaredCharset != null) {
      Charset cs = charsetOrNull(declaredCharset);
      if (cs != null && !cs.equals(StandardCharsets.UTF_8)) {
        return Jsoup.parse(new String(bytes, cs), url);
      }
    }
    if (Decoding.isUtf8(bytes)) {
      return Jsoup.parse(Decoding.utf8Strict(bytes), url);
    }
    // Not UTF-8: honour a <meta charset> if the page declares one other than UTF-8.
    try {
      Document doc = Jsoup.parse(new ByteArrayInputStream(bytes), null, url);
      if (doc.charset() != null && !doc.charset().equals(StandardCharsets.UTF_8)) {
        return doc;
      }
    } catch (IOException | RuntimeException e) {
      throw new ExtractException("unreadable HTML: " + e.getMessage());
    }
    Decoding.utf8Strict(bytes); // throws with the offset of the first bad byte
    throw new ExtractException("invalid UTF-8");
  }

  private static Charset charsetOrNull(String name) {
    try {
      return Charset.forName(name.trim());
    } catch (RuntimeException e) {
      return null;
    }
  }

  static BlockKind blockKind(String tag) {
    switch (tag) {
      case "h1": case "h2": case "h3": case "h4": case "h5": case "h6":
        return BlockKind.HEADING;
      case "p":
        return BlockKind.PARAGRAPH;
      case "li": case "dd": case "dt":
        return BlockKind.LIST_ITEM;
      case "blockquote":
        return BlockKind.QUOTE;
      case "td": case "th": case "caption":
        return BlockKind.TABLE_CELL;
      case "figcaption":
        return BlockKind.CAPTION;
      case "pre":
        return BlockKind.PREFORMATTED;
      case "div": case "section": case "article": case "main": case "header": case "footer": case "nav":
      case "aside": case "form": case "ul": case "ol": case "dl": case "table": case "thead":
      case "tbody": case "tfoot": case "tr": case "figure": case "address": case "details":
      case "summary": case "fieldset": case "legend": case "body": case "center": case "hr":
      case "menu": case "hgroup": case "search":
        return BlockKind.OTHER;
      default:
        return null; // inline
    }
  }

  /** Walks the body, cutting text into blocks at block-element boundaries. */
  private static final class Walker implements NodeVisitor {
    final List<Block> blocks = new ArrayList<>();
    final List<ImageText> images = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final Deque<BlockKind> kinds = new ArrayDeque<>();
    private final Deque<Boolean> chromeStack = new ArrayDeque<>();
    private int linkDepth;
    private int linkChars;
    private int droppedDepth;
    private int contentDepth; // inside article or main

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode t) {
        if (droppedDepth == 0) {
          String s = t.getWholeText();
          text.append(s);
          if (linkDepth > 0) {
            linkChars += s.length();
          }
        }
        return;
      }
      if (!(node instanceof Element e)) {
        return;
      }
      String tag = e.normalName();
      if (DROPPED.contains(tag) || isHidden(e) || droppedDepth > 0) {
        droppedDepth++;
        return;
      }
      switch (tag) {
        case "br" -> text.append(' ');
        case "a" -> linkDepth++;
        case "img" -> image(e);
        case "article", "main" -> contentDepth++;
        default -> { }
      }
      BlockKind kind = blockKind(tag);
      if (kind != null) {
        flush();
        kinds.push(kind);
        chromeStack.push(isChrome(tag, e));
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (!(node instanceof Element e)) {
        return;
      }
      if (droppedDepth > 0) {
        droppedDepth--;
        return;
      }
      String tag = e.normalName();
      BlockKind kind = blockKind(tag);
      if (kind != null) {
        if (kind == BlockKind.CAPTION) {
          String caption = Decoding.collapseWhitespace(text);
          if (!caption.isEmpty()) {
            images.add(new ImageText(caption, "figcaption", blocks.size()));
          }
        }
        flush();
        kinds.pop();
        chromeStack.pop();
      }
      switch (tag) {
        case "a" -> linkDepth--;
        case "article", "main" -> contentDepth--;
        default -> { }
      }
    }

    private boolean isChrome(String tag, Element e) {
      boolean parent = !chromeStack.isEmpty() && chromeStack.peek();
      if (parent) {
        return true;
      }
      String role = e.attr("role").toLowerCase(Locale.ROOT);
      if (tag.equals("nav") || tag.equals("aside") || role.equals("navigation")
          || role.equals("complementary")) {
        return true;
      }
      // A header or footer inside an article is the article's own (its h1, its byline).
      return contentDepth == 0 && (tag.equals("header") || tag.equals("footer")
          || role.equals("banner") || role.equals("contentinfo"));
    }

    private static boolean isHidden(Element e) {
      if (e.hasAttr("hidden")) {
        return true;
      }
      String style = e.attr("style");
      if (style.isEmpty()) {
        return false;
      }
      String compact = style.toLowerCase(Locale.ROOT).replace(" ", "");
      return compact.contains("display:none") || compact.contains("visibility:hidden");
    }

    private void image(Element img) {
      int position = blocks.size() + (Decoding.collapseWhitespace(text).isEmpty() ? 0 : 1);
      String alt = Decoding.collapseWhitespace(img.attr("alt"));
      if (!alt.isEmpty()) {
        images.add(new ImageText(alt, "alt", position));
      }
      String title = Decoding.collapseWhitespace(img.attr("title"));
      if (!title.isEmpty() && !title.equals(alt)) {
        images.add(new ImageText(title, "title", position));
      }
    }

    void flush() {
      if (text.length() == 0) {
        return;
      }
      String s = Decoding.collapseWhitespace(text);
      int links = Math.min(linkChars, s.length());
      text.setLength(0);
      linkChars = 0;
      if (s.isEmpty()) {
        return;
      }
      BlockKind kind = kinds.isEmpty() ? BlockKind.OTHER : kinds.peek();
      boolean chrome = !chromeStack.isEmpty() && chromeStack.peek();
      blocks.add(new Block(blocks.size(), kind, s, chrome, links));
    }
  }
}
