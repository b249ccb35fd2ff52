package org.dupscan.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dupscan.detect.NinthHeldOutSites.Host;
import org.dupscan.detect.NinthHeldOutSites.Template;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The two forms of a page of the ninth held-out set: the HTML each host's template writes, and the text
 * {@code w3m -dump -cols 80} makes of it, emulated here so that the test needs no w3m.
 *
 * <p>The emulation covers only the markup the templates write. It was checked against w3m
 * 0.5.3+git20230121 ({@code w3m -dump -T text/html -cols 80 -I UTF-8 -O UTF-8}) on every page of the set
 * (docs/detectors.md, "Ninth held-out set"): lines are wrapped at 79 columns; an image shows its alt, or,
 * with an empty alt, its file name without the extension, cut to 10 characters, in brackets; list items
 * start with "  • " or a number right-aligned in two columns, and go on indented by four; a one-column
 * table is a line per row; HTML5 sectioning elements are
 * inline, and an {@code amp-img} shows its {@code noscript} image. Blank lines follow w3m where it is
 * simple and were left out of the comparison, as in the eighth set.
 */
final class NinthHeldOutForms {

  private NinthHeldOutForms() {}

  /** w3m's widest line at {@code -cols 80}. */
  static final int WIDTH = 79;
  /** w3m cuts an image's file name to this many characters. */
  static final int IMAGE_NAME = 10;

  /** Where a caption stands. */
  enum Placement {
    /** The image's alt only: not visible in a browser. */
    ALT_ONLY,
    /** A {@code figcaption} in the template's figure. */
    FIGCAPTION,
    /** A caption element of the template's own below the image. */
    BELOW,
    /** A paragraph of its own, no image. */
    PARAGRAPH,
    /** An item of a gallery list. */
    LIST_ITEM,
    /** A cell of a layout table under the image. */
    TABLE_CELL
  }

  // ---- HTML -------------------------------------------------------------------------------------------

  static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  /** An image element of {@code host}'s template. */
  static String img(Host host, String src, String alt) {
    String a = " alt=\"" + esc(alt) + "\"";
    return switch (host.template()) {
      case DRUPAL -> "<img loading=\"lazy\" src=\"" + src + "\" width=\"640\" height=\"427\"" + a + ">";
      case JOOMLA -> "<img src=\"" + src + "\"" + a + " class=\"caption\">";
      case WIX -> "<div class=\"wixui-image\"><wow-image data-hook=\"image\"><img src=\"" + src + "\"" + a
          + " style=\"width:100%\"></wow-image></div>";
      case SUBSTACK -> "<a class=\"image-link image2\" href=\"" + src + "\"><picture><source type=\"image/webp\" srcset=\""
          + src.replace(".jpg", ".webp") + " 1456w\"><img src=\"" + src + "\"" + a + " width=\"1456\"></picture></a>";
      case HUGO -> "<img src=\"" + src + "\"" + a + ">";
      case WOOCOMMERCE, RECIPE -> "<img decoding=\"async\" src=\"" + src + "\"" + a
          + " class=\"size-large\" srcset=\"" + src + " 1024w\" sizes=\"(max-width: 1024px) 100vw, 1024px\">";
      case AMP -> "<amp-img src=\"" + src + "\"" + a + " width=\"1200\" height=\"800\" layout=\"responsive\">"
          + "<noscript><img src=\"" + src + "\"" + a + "></noscript></amp-img>";
      case NEWS -> "<img src=\"" + src + "\"" + a + " class=\"news-photo__img\">";
    };
  }

  /** A figure of {@code host}'s template holding {@code caption} placed as {@code placement}. */
  static String figure(Host host, String src, String caption, Placement placement) {
    String c = esc(caption);
    return switch (placement) {
      case ALT_ONLY -> switch (host.template()) {
        case DRUPAL -> "<div class=\"field field--name-field-image field--type-image\">" + img(host, src, caption) + "</div>";
        case HUGO, SUBSTACK -> "<figure>" + img(host, src, caption) + "</figure>";
        case WOOCOMMERCE, RECIPE -> "<figure class=\"wp-block-image size-large\">" + img(host, src, caption) + "</figure>";
        default -> "<p>" + img(host, src, caption) + "</p>";
      };
      case FIGCAPTION -> switch (host.template()) {
        case DRUPAL -> "<figure role=\"group\" class=\"caption caption-img\">" + img(host, src, "") + "<figcaption>" + c
            + "</figcaption></figure>";
        case WIX -> "<div data-hook=\"rcv-block-image\"><figure>" + img(host, src, "")
            + "<figcaption data-hook=\"figure-caption\" class=\"wixui-rich-text\">" + c + "</figcaption></figure></div>";
        case SUBSTACK -> "<div class=\"captioned-image-container\"><figure>" + img(host, src, "")
            + "<figcaption class=\"image-caption\">" + c + "</figcaption></figure></div>";
        case HUGO -> "<figure>" + img(host, src, "") + "<figcaption><p>" + c + "</p></figcaption></figure>";
        case AMP -> "<figure class=\"amp-wp-inline-image\">" + img(host, src, "")
            + "<figcaption class=\"wp-caption-text\">" + c + "</figcaption></figure>";
        case NEWS -> "<figure class=\"news-photo\">" + img(host, src, "") + "<figcaption class=\"news-photo__caption\">"
            + c + "</figcaption></figure>";
        default -> "<figure class=\"wp-block-image size-large\">" + img(host, src, "")
            + "<figcaption class=\"wp-element-caption\">" + c + "</figcaption></figure>";
      };
      case BELOW -> switch (host.template()) {
        case DRUPAL -> "<div class=\"field field--name-field-image field--type-image\">" + img(host, src, "")
            + "</div><div class=\"field field--name-field-image-caption\">" + c + "</div>";
        case JOOMLA -> "<div class=\"img_caption left\">" + img(host, src, "") + "<p class=\"img_caption\">" + c + "</p></div>";
        case WOOCOMMERCE, RECIPE -> "<div class=\"wp-caption aligncenter\">" + img(host, src, "")
            + "<p class=\"wp-caption-text\">" + c + "</p></div>";
        case NEWS -> "<div class=\"news-photo\">" + img(host, src, "") + "<p class=\"news-photo__credit\">" + c + "</p></div>";
        default -> "<div class=\"image-block\">" + img(host, src, "") + "<div class=\"image-caption\"><p>" + c
            + "</p></div></div>";
      };
      case PARAGRAPH -> "<p>" + c + "</p>";
      case LIST_ITEM -> switch (host.template()) {
        case WOOCOMMERCE, RECIPE -> "<ul class=\"wp-block-gallery columns-1\"><li class=\"blocks-gallery-item\"><figure>"
            + img(host, src, "") + "<figcaption class=\"blocks-gallery-item__caption\">" + c + "</figcaption></figure></li></ul>";
        default -> "<ul class=\"gallery\"><li class=\"gallery-item\">" + img(host, src, "") + "<br>" + c + "</li></ul>";
      };
      case TABLE_CELL -> "<table class=\"image-table\"><tbody><tr><td>" + img(host, src, "")
          + "</td></tr><tr><td class=\"image-table__caption\">" + c + "</td></tr></tbody></table>";
    };
  }

  /** A page's HTML: the template's chrome around {@code article}, with {@code aside} after it. */
  static String page(Host host, String title, String lang, String chromeTop, String article, String aside) {
    String siteTitle = switch (host.template()) {
      case WIX, NEWS -> title + " | " + host.site();
      case SUBSTACK -> title + " - by " + host.site();
      default -> title + " – " + host.site();
    };
    StringBuilder b = new StringBuilder();
    b.append("<!DOCTYPE html>\n<html lang=\"").append(lang).append("\"");
    if (host.template() == Template.AMP) {
      b.append(" amp");
    }
    b.append(">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(esc(siteTitle)).append("</title>\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    if (host.template() == Template.AMP) {
      b.append("<script async src=\"https://cdn.ampproject.org/v0.js\"></script>\n");
    }
    b.append("<style>body{font-family:sans-serif}</style>\n</head>\n<body>\n").append(chromeTop).append(article)
        .append(aside).append("\n</body>\n</html>\n");
    return b.toString();
  }

  // ---- Text: w3m -dump, emulated ----------------------------------------------------------------------

  /** The text form: the title, a blank line, and what w3m prints for the body less its {@code h1}. */
  static String text(String title, String html) {
    Document doc = Jsoup.parse(html);
    doc.select("h1").remove();
    W3m w = new W3m();
    w.walk(doc.body());
    w.flush();
    return title + "\n\n" + String.join("\n", w.out).strip() + "\n";
  }

  /** A line builder that follows w3m's dump for the markup the templates write. */
  static final class W3m {
    final List<String> out = new ArrayList<>();
    private final StringBuilder inline = new StringBuilder();
    private boolean pendingBlank;
    private String firstPrefix = "";
    private String indent = "";

    void walk(Node n) {
      if (n instanceof TextNode t) {
        inline.append(t.getWholeText());
        return;
      }
      if (!(n instanceof Element e)) {
        return;
      }
      String tag = e.normalName();
      switch (tag) {
        case "script", "style", "source", "head", "title", "meta" -> { }
        case "img" -> inline.append(imageText(e));
        case "br" -> flush();
        case "p", "h1", "h2", "h3", "h4", "h5", "h6", "figure" -> {
          block(true);
          children(e);
          block(true);
        }
        case "div", "figcaption", "tr", "dt", "dd" -> {
          block(false);
          children(e);
          block(false);
        }
        case "ul", "ol" -> list(e, tag.equals("ol"));
        case "table" -> table(e);
        default -> children(e);
      }
    }

    private void children(Element e) {
      for (Node c : e.childNodes()) {
        walk(c);
      }
    }

    private void list(Element e, boolean ordered) {
      block(true);
      int i = 0;
      for (Element li : e.children()) {
        i++;
        block(false);
        firstPrefix = ordered ? String.format(Locale.ROOT, "%2d. ", i) : "  \u2022 ";
        indent = "    ";
        children(li);
        block(false);
        firstPrefix = "";
        indent = "";
      }
      block(true);
    }

    /** A one-column layout table: a line (or more) per cell. */
    private void table(Element e) {
      block(true);
      for (Element td : e.select("tr > td, tr > th")) {
        block(false);
        children(td);
        block(false);
      }
      block(true);
    }

    private static String imageText(Element img) {
      String alt = img.attr("alt");
      if (!alt.isEmpty()) {
        return alt;
      }
      String src = img.attr("src");
      int q = src.indexOf('?');
      src = q >= 0 ? src.substring(0, q) : src;
      String name = src.substring(src.lastIndexOf('/') + 1);
      int dot = name.lastIndexOf('.');
      name = dot > 0 ? name.substring(0, dot) : name;
      return "[" + name.substring(0, Math.min(IMAGE_NAME, name.length())) + "]";
    }

    private void block(boolean blank) {
      flush();
      if (blank) {
        pendingBlank = true;
      }
    }

    private static String collapse(String s) {
      return s.replaceAll("[ \\t\\n\\r]+", " ").strip();
    }

    /**
     * Emits the inline text gathered, wrapped as w3m wraps: at spaces, which are dropped, and between two
     * characters that are not both word characters, unless the second is a closing punctuation mark or
     * the first an opening one (w3m's {@code is_boundary}: "#tag" may break after the "#").
     */
    void flush() {
      String s = collapse(inline.toString());
      inline.setLength(0);
      if (s.isEmpty()) {
        return;
      }
      blankIfPending();
      String prefix = firstPrefix.isEmpty() ? indent : firstPrefix;
      firstPrefix = "";
      StringBuilder line = new StringBuilder(prefix);
      boolean empty = true;
      boolean space = false;
      for (String atom : atoms(s)) {
        if (atom.equals(" ")) {
          space = true;
          continue;
        }
        int width = line.codePointCount(0, line.length()) + (space ? 1 : 0) + atom.codePointCount(0, atom.length());
        if (!empty && width > WIDTH) {
          out.add(line.toString());
          line = new StringBuilder(indent);
        } else if (space && !empty) {
          line.append(' ');
        }
        line.append(atom);
        empty = false;
        space = false;
      }
      out.add(line.toString());
    }

    /** {@code s} cut at w3m's line-break opportunities; each space an atom of its own. */
    static List<String> atoms(String s) {
      List<String> atoms = new ArrayList<>();
      int[] cps = s.codePoints().toArray();
      StringBuilder cur = new StringBuilder();
      for (int i = 0; i < cps.length; i++) {
        int c = cps[i];
        if (c == ' ') {
          if (cur.length() > 0) {
            atoms.add(cur.toString());
            cur.setLength(0);
          }
          atoms.add(" ");
          continue;
        }
        if (cur.length() > 0 && boundary(cps[i - 1], c)) {
          atoms.add(cur.toString());
          cur.setLength(0);
        }
        cur.appendCodePoint(c);
      }
      if (cur.length() > 0) {
        atoms.add(cur.toString());
      }
      return atoms;
    }

    private static boolean boundary(int a, int b) {
      if (",.:;?!)]}>".indexOf(b) >= 0 || "([{`<".indexOf(a) >= 0) {
        return false;
      }
      return !(word(a) && word(b));
    }

    private static boolean word(int c) {
      return Character.isLetterOrDigit(c) || ",.:\"'$%*+-@~_".indexOf(c) >= 0;
    }

    private void blankIfPending() {
      if (pendingBlank && !out.isEmpty() && !out.get(out.size() - 1).isEmpty()) {
        out.add("");
      }
      pendingBlank = false;
    }
  }
}
