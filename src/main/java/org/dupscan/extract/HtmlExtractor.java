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
 * element: text a reader never sees is itself a spam signal. Blocks that the markup names page
 * furniture are kept but marked as chrome: those inside {@code nav} and {@code aside}, inside an element
 * whose role is navigation, complementary or search, inside one whose class or id names a sidebar,
 * table of contents, breadcrumb trail, menu, related-posts list, pager or navigation bar (Sphinx's
 * {@code sphinxsidebar} and {@code related}, DocBook's {@code navheader} and {@code navfooter}, a
 * theme's {@code breadcrumbs} or {@code site-nav}), and inside a {@code header} or {@code footer} (by
 * tag, role or class) that is not within an {@code article} or {@code main}.
 *
 * <p>Internal: used through {@link PageExtractor}.
 */
final class HtmlExtractor {

  private static final Set<String> DROPPED = Set.of("script", "style", "template", "svg",
      "iframe", "object", "embed", "canvas", "head", "select");

  /** Class or id words (split at spaces, hyphens and underscores) that name page furniture. */
  static final Set<String> FURNITURE_WORDS = Set.of("nav", "navbar", "navigation", "navheader",
      "navfooter", "navlinks", "menu", "menubar", "submenu", "sidebar", "toc", "breadcrumb",
      "breadcrumbs", "crumbs", "related", "relbar", "pager", "pagination", "prevnext", "skiplinks",
      "sphinxsidebar", "sphinxsidebarwrapper", "globaltoc", "localtoc", "sidenav", "topnav");
  /** Parts of a class or id word that name furniture wherever they stand in it ("leftsidebar"). */
  static final List<String> FURNITURE_PARTS = List.of("sidebar", "breadcrumb", "navbar", "navheader",
      "navfooter", "toolbar");
  /** Class or id words that name a site header or footer: furniture outside the article only. */
  static final Set<String> HEADER_FOOTER_WORDS = Set.of("footer", "masthead", "colophon");

  /** Most blocks of a list item that reads as a picture and its line (a scene, a credit). */
  static final int MAX_ITEM_BLOCKS = 2;

  private HtmlExtractor() {}

  /** Class words that name a figure's caption. */
  static final Set<String> CAPTION_CLASSES = Set.of("caption", "figcaption", "thumbcaption");

  /** Whether a class or id attribute value names page furniture. */
  static boolean namesFurniture(String value) {
    return namesAny(value, FURNITURE_WORDS, FURNITURE_PARTS);
  }

  /**
   * Whether a class attribute names a figure caption (Sphinx's {@code <p class="caption">}, DocBook's
   * {@code <div class="caption">}, MediaWiki's {@code <div class="thumbcaption">}).
   */
  static boolean namesCaption(String value) {
    return namesAny(value, CAPTION_CLASSES, List.of());
  }

  /**
   * Whether a {@code dd} is the text of an image: the term it describes ({@code dt}) holds one, as a
   * forum's attachment box or a definition list used as a figure has it ({@code <dl><dt><img ...>
   * </dt><dd>text</dd></dl>}). A heading inside a {@code figcaption} is that caption's text too.
   */
  static boolean describesImage(Element dd) {
    Element dt = dd.previousElementSibling();
    return dt != null && dt.normalName().equals("dt") && dt.text().isBlank()
        && dt.selectFirst("img, amp-img") != null;
  }

  /**
   * Whether a table cell is the caption of the image in the row above it: the only cell of its row,
   * under a row that holds an image and no text. Blogger captions a picture this way ({@code <table
   * class="tr-caption-container"><tr><td><img ...></td></tr><tr><td class="tr-caption">text</td></tr>}),
   * as older sites lay out a figure with a table; a data table's cell shares its row with others, and
   * its row above holds text.
   */
  static boolean captionsImageAbove(Element cell) {
    Element row = cell.parent();
    if (row == null || !row.normalName().equals("tr") || row.childrenSize() != 1) {
      return false;
    }
    Element above = row.previousElementSibling();
    return above != null && above.normalName().equals("tr") && above.text().isBlank()
        && above.selectFirst("img, amp-img") != null;
  }

  /** Class words that name a post's signature (phpBB's and vBulletin's {@code signature}). */
  static final Set<String> SIGNATURE_WORDS = Set.of("signature", "postsignature", "usersignature");

  /**
   * Whether a class attribute names a forum post's or a comment's signature: the writer's standing
   * sign-off under every post, page furniture like a byline box. Classes only: documentation names
   * sections after function signatures by id ("deprecated-signature-of-allow-migrate").
   */
  static boolean namesSignature(String value) {
    return namesAny(value, SIGNATURE_WORDS, List.of());
  }

  /** Whether a class or id attribute value names a site header or footer. */
  static boolean namesHeaderOrFooter(String value) {
    return namesAny(value, HEADER_FOOTER_WORDS, List.of());
  }

  private static boolean namesAny(String value, Set<String> words, List<String> parts) {
    if (value.isEmpty()) {
      return false;
    }
    String v = value.toLowerCase(Locale.ROOT);
    int start = -1;
    for (int i = 0; i <= v.length(); i++) {
      char c = i < v.length() ? v.charAt(i) : ' ';
      boolean separator = c == ' ' || c == '-' || c == '_' || c == '\t' || c == '\n' || c == ':';
      if (!separator && start < 0) {
        start = i;
      } else if (separator && start >= 0) {
        String word = v.substring(start, i);
        if (words.contains(word)) {
          return true;
        }
        for (String p : parts) {
          if (word.contains(p)) {
            return true;
          }
        }
        start = -1;
      }
    }
    return false;
  }

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
    /** The list items open around the walk, innermost first. */
    private final Deque<Item> items = new ArrayDeque<>();
    /** The alt text of the one image since the last block boundary, while no text stands beside it. */
    private ImageText line;
    /** Images since the last block boundary. */
    private int lineImages;
    /** The block elements open around the walk, innermost first (as {@code kinds}). */
    private final Deque<Box> boxes = new ArrayDeque<>();

    /**
     * A block element being walked, for the text that stands with an image in it: its first block,
     * and the images that open its text (standing before any of its text).
     */
    private static final class Box {
      final String tag;
      final int start;
      int images;
      boolean textBeforeImage;

      Box(String tag, int start) {
        this.tag = tag;
        this.start = start;
      }
    }

    /**
     * A list item being walked: its first block, whether (and with what alt) it holds an image, and
     * whether it holds a list item of its own (a step with sub-steps is no picture and its line).
     */
    private static final class Item {
      final int start;
      boolean image;
      boolean nested;
      String alt = "";

      Item(int start) {
        this.start = start;
      }
    }

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
            line = null; // text beside the image: the alt is part of a line of text
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
        case "img", "amp-img" -> image(e);
        case "article", "main" -> contentDepth++;
        default -> { }
      }
      BlockKind kind = blockKind(tag);
      if (kind != null) {
        flush();
        // Blocks inside a pre (a code listing cut by divs, as Sphinx's source view does) are code too.
        // A paragraph inside a figcaption, or named a caption, is a caption.
        // A paragraph inside a blockquote is that quotation, not the article's own paragraph.
        // (A paragraph inside a list item stays a paragraph: the restating and stuffing measures
        // read it as running text, and on the real sites they were set on it.)
        BlockKind outer = kinds.isEmpty() ? null : kinds.peek();
        kinds.push(outer == BlockKind.PREFORMATTED ? BlockKind.PREFORMATTED
            : (kind == BlockKind.PARAGRAPH || kind == BlockKind.OTHER)
                && (outer == BlockKind.CAPTION || namesCaption(e.attr("class")))
                || kind == BlockKind.HEADING && outer == BlockKind.CAPTION
                || tag.equals("dd") && describesImage(e)
                || kind == BlockKind.TABLE_CELL && captionsImageAbove(e) ? BlockKind.CAPTION
            : kind == BlockKind.PARAGRAPH ? enclosing(e, kind)
            : kind);
        chromeStack.push(isChrome(tag, e));
        boxes.push(new Box(tag, blocks.size()));
        if (tag.equals("li")) {
          if (!items.isEmpty()) {
            items.peek().nested = true;
          }
          items.push(new Item(blocks.size()));
        }
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
        besideImage(boxes.pop());
        if (tag.equals("li")) {
          itemImages(items.pop());
        }
      }
      switch (tag) {
        case "a" -> linkDepth--;
        case "article", "main" -> contentDepth--;
        default -> { }
      }
    }

    /** The kind of a paragraph: a quotation inside a {@code blockquote}, else {@code kind}. */
    private static BlockKind enclosing(Element e, BlockKind kind) {
      for (Element up = e.parent(); up != null; up = up.parent()) {
        if (up.normalName().equals("blockquote")) {
          return BlockKind.QUOTE;
        }
      }
      return kind;
    }

    private boolean isChrome(String tag, Element e) {
      boolean parent = !chromeStack.isEmpty() && chromeStack.peek();
      if (parent) {
        return true;
      }
      String role = e.attr("role").toLowerCase(Locale.ROOT);
      if (tag.equals("nav") || tag.equals("aside") || role.equals("navigation")
          || role.equals("complementary") || role.equals("search")) {
        return true;
      }
      String cls = e.attr("class");
      String id = e.id();
      if (namesFurniture(cls) || namesFurniture(id) || namesSignature(cls)) {
        return true;
      }
      // A header or footer inside an article is the article's own (its h1, its byline).
      return contentDepth == 0 && (tag.equals("header") || tag.equals("footer")
          || role.equals("banner") || role.equals("contentinfo") || namesHeaderOrFooter(cls)
          || namesHeaderOrFooter(id));
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

    /**
     * The texts of a list item that holds an image, as {@code item} image texts: each block of the
     * item at its own index, or, when the item has no text, its image's alt where the image stands.
     * An item of more than {@value HtmlExtractor#MAX_ITEM_BLOCKS} blocks, or holding a list, is a step or a section
     * with a picture in it (DocBook's procedures put a screenshot in each step), not a picture and its
     * line.
     */
    private void itemImages(Item item) {
      if (!item.image || item.nested || blocks.size() - item.start > MAX_ITEM_BLOCKS) {
        return;
      }
      for (int b = item.start; b < blocks.size(); b++) {
        images.add(new ImageText(blocks.get(b).text(), ImageText.ITEM, b));
      }
      if (item.start == blocks.size() && !item.alt.isEmpty()) {
        images.add(new ImageText(item.alt, ImageText.ITEM, item.start));
      }
    }

    /**
     * The block that stands with an image in {@code box}, as a {@link ImageText#BESIDE} text: the box
     * opens with one image, and its text after the image is one block. A paragraph is no such box (an
     * image inside one is part of its line, or the paragraph's own content), and nor is a list item
     * ({@link #itemImages} reads those).
     */
    private void besideImage(Box box) {
      if (box.images == 1 && !box.textBeforeImage && blocks.size() - box.start == 1) {
        images.add(new ImageText(blocks.get(box.start).text(), ImageText.BESIDE, box.start));
      }
    }

    /** Notes an image in the innermost box that is no paragraph or list item. */
    private void imageInBox(boolean textBefore) {
      for (Box b : boxes) {
        if (b.tag.equals("p") || b.tag.equals("li")) {
          continue;
        }
        if (b.images == 0) {
          b.textBeforeImage = textBefore || blocks.size() > b.start;
        }
        b.images++;
        return;
      }
    }

    private void image(Element img) {
      boolean textBefore = !Decoding.collapseWhitespace(text).isEmpty();
      imageInBox(textBefore);
      int position = blocks.size() + (textBefore ? 1 : 0);
      String alt = Decoding.collapseWhitespace(img.attr("alt"));
      Item item = items.peek();
      if (item != null) {
        item.image = true;
        if (item.alt.isEmpty()) {
          item.alt = alt;
        }
      }
      if (!alt.isEmpty()) {
        images.add(new ImageText(alt, "alt", position));
      }
      lineImages++;
      line = !textBefore && lineImages == 1 && !alt.isEmpty()
          ? new ImageText(alt, ImageText.LINE, position) : null;
      String title = Decoding.collapseWhitespace(img.attr("title"));
      if (!title.isEmpty() && !title.equals(alt)) {
        images.add(new ImageText(title, "title", position));
      }
    }

    void flush() {
      afterBr = false;
      if (line != null && Decoding.collapseWhitespace(text).isEmpty()) {
        images.add(line);
      }
      line = null;
      lineImages = 0;
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
