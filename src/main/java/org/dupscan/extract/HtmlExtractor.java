package org.dupscan.extract;

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
 * {@code <div>intro<p>para</p>tail</div>} gives three blocks, and so does a run of text cut by
 * {@code <br><br>}. Script, style and template content is dropped. The text of hidden elements
 * ({@code hidden} attribute, inline {@code display:none} or {@code visibility:hidden}) and of
 * {@code noscript} is kept out of the body and reported as hidden text, one entry per outermost hidden
 * element: text a reader never sees is itself a spam signal. Blocks inside {@code nav} and {@code aside}, and inside a {@code header} or
 * {@code footer} that is not within an {@code article} or {@code main}, are kept but marked as chrome.
 *
 * <p>Internal: used through {@link PageExtractor}.
 */
final class HtmlExtractor {

  private static final Set<String> DROPPED = Set.of("script", "style", "template", "svg",
      "iframe", "object", "embed", "canvas", "head", "select");

  private HtmlExtractor() {}

  static Page extract(String id, String url, String host, byte[] bytes, String declaredCharset)
      throws ExtractException {
    Decoding.Decoded decoded = Decoding.decode(bytes, declaredCharset, true);
    Document doc;
    try {
      doc = Jsoup.parse(decoded.text(), url);
    } catch (RuntimeException e) {
      throw new ExtractException("unreadable HTML: " + e.getMessage());
    }
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
    return new Page(id, url, host, title, walker.blocks, walker.images, true, bytes.length,
        walker.hidden, decoded.charset());
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
    final List<String> hidden = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final StringBuilder hiddenText = new StringBuilder();
    private int hiddenDepth; // inside a hidden element or noscript
    private boolean afterBr; // only whitespace since the last <br>
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
          if (hiddenDepth > 0) {
            hiddenText.append(s);
            return;
          }
          if (!t.isBlank()) {
            afterBr = false;
          }
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
      if (DROPPED.contains(tag) || droppedDepth > 0) {
        droppedDepth++;
        return;
      }
      if (hiddenDepth > 0 || tag.equals("noscript") || isHidden(e)) {
        if (blockKind(tag) != null) { // a hidden block still separates the words around it
          (hiddenDepth > 0 ? hiddenText : text).append(' ');
        }
        hiddenDepth++;
        return;
      }
      switch (tag) {
        case "br" -> {
          if (afterBr) { // <br><br>: a paragraph break written the old way
            flush();
            afterBr = false;
          } else {
            text.append(' ');
            afterBr = true;
          }
        }
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
      if (hiddenDepth > 0) {
        hiddenDepth--;
        if (hiddenDepth == 0) {
          String h = Decoding.collapseWhitespace(hiddenText);
          hiddenText.setLength(0);
          if (!h.isEmpty()) {
            hidden.add(h);
          }
        }
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
      afterBr = false;
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
