package org.dupscan.detect;

import java.util.ArrayList;
import java.util.List;
import org.dupscan.detect.SixthHeldOutCorpus.Block;
import org.dupscan.detect.SixthHeldOutCorpus.Page;
import org.dupscan.detect.SixthHeldOutHosts.Host;
import org.dupscan.detect.SixthHeldOutHosts.Template;

/**
 * The sixth held-out set's two forms of a page. HTML: the host's platform markup (header and navigation,
 * the article with its platform's figure and caption markup, a "most read" sidebar, share line,
 * newsletter form, footer, and a cookie notice before the header on three hosts and after the footer on
 * the others). Text: what {@code w3m -dump -cols 80} shows of that page from its headline down, with
 * the cookie notice at the end: paragraphs wrapped at 79 columns, an image as its alt (its bracketed file
 * name for an empty alt), a caption on the line under its image, list items after "  • ", table cells padded into
 * columns, block quotes indented by four spaces, preformatted lines as they are, form fields as
 * brackets and buttons as their labels.
 */
final class SixthHeldOutForms {

  /** w3m's default dump width; lines are wrapped to one column less. */
  static final int COLUMNS = 79;

  private SixthHeldOutForms() {}

  // ---- Text -------------------------------------------------------------------------------------------

  static String text(Page p) {
    Host h = p.host;
    List<String> chunks = new ArrayList<>();
    chunks.add(wrap(p.title, ""));
    chunks.add(wrap(String.format(h.byline(), p.author, p.date), ""));
    for (Block b : p.body) {
      chunks.add(text(b, h.template()));
    }
    chunks.add(wrap(h.share(), ""));
    chunks.add(wrap(h.newsletter().get(0), ""));
    chunks.add(wrap(h.newsletter().get(1), ""));
    chunks.add("[" + " ".repeat(20) + "] " + h.newsletter().get(2));
    StringBuilder pop = new StringBuilder(h.popular());
    for (String t : p.popular) {
      pop.append('\n').append(wrap(t, "  • ", "    "));
    }
    chunks.add(pop.toString());
    StringBuilder nav = new StringBuilder(h.site());
    for (String n : h.nav()) {
      nav.append('\n').append("  • ").append(n);
    }
    chunks.add(nav.toString());
    chunks.add(wrap(h.footer(), ""));
    chunks.add(wrap(h.cookie().get(0), ""));
    chunks.add(h.cookie().get(1) + " " + h.cookie().get(2));
    return String.join("\n\n", chunks) + "\n";
  }

  private static String text(Block b, Template t) {
    return switch (b.type()) {
      case PARA, TITLE, HEADING, TAGS -> wrap(b.text(), "");
      case CAPTION -> switch (b.placement()) {
        case FIGCAPTION -> unnamed(b.src()) + "\n" + wrap(b.text(), "");
        case TEMPLATE_CAPTION -> unnamed(b.src()) + under(t) + wrap(b.text(), "");
        default -> wrap(b.text(), "");
      };
      case FIGURE -> wrap(b.alt(), "") + under(t) + wrap(b.text(), "");
      case QUOTE -> wrap(b.text(), "    ");
      case LIST -> {
        List<String> l = new ArrayList<>();
        b.lines().forEach(i -> l.add(wrap(i, "  • ", "    ")));
        yield String.join("\n", l);
      }
      case TABLE -> {
        int cols = b.lines().get(0).split(";").length;
        int[] width = new int[cols];
        for (String r : b.lines()) {
          String[] c = r.split(";");
          for (int i = 0; i < cols; i++) {
            width[i] = Math.max(width[i], c[i].length());
          }
        }
        List<String> rows = new ArrayList<>();
        for (String r : b.lines()) {
          String[] c = r.split(";");
          StringBuilder s = new StringBuilder();
          for (int i = 0; i < cols; i++) {
            s.append(i == 0 ? "" : " ").append(i == cols - 1 ? c[i] : pad(c[i], width[i]));
          }
          rows.add(s.toString());
        }
        yield String.join("\n", rows);
      }
      case CODE -> String.join("\n", b.lines());
    };
  }

  /** w3m's stand-in for an image with an empty alt: its file name without the extension, in brackets. */
  static String unnamed(String src) {
    String name = src.substring(src.lastIndexOf('/') + 1);
    return "[" + name.substring(0, name.lastIndexOf('.')) + "]";
  }

  /** What separates an image from the platform's caption under it: a blank line when the caption is a paragraph. */
  private static String under(Template t) {
    return t == Template.WORDPRESS || t == Template.SHOPIFY ? "\n\n" : "\n";
  }

  static String wrap(String s, String indent) {
    return wrap(s, indent, indent);
  }

  /** Greedy wrap at {@link #COLUMNS}, as w3m does for running text. */
  static String wrap(String s, String first, String rest) {
    StringBuilder out = new StringBuilder();
    StringBuilder line = new StringBuilder(first);
    int words = 0;
    for (String w : s.split(" ")) {
      if (words > 0 && line.length() + 1 + w.length() > COLUMNS) {
        out.append(line).append('\n');
        line = new StringBuilder(rest);
        words = 0;
      }
      line.append(words == 0 ? "" : " ").append(w);
      words++;
    }
    return out.append(line).toString();
  }

  private static String pad(String s, int width) {
    return s + " ".repeat(width - s.length());
  }

  // ---- HTML -------------------------------------------------------------------------------------------

  static String html(Page p) {
    Host h = p.host;
    Template t = h.template();
    StringBuilder s = new StringBuilder();
    s.append("<!DOCTYPE html>\n<html lang=\"").append(h.lang()).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
        .append(esc(documentTitle(p))).append("</title>\n</head>\n<body class=\"").append(bodyClass(t))
        .append("\">\n");
    if (h.cookieFirst()) {
      cookie(s, h);
    }
    s.append("<header class=\"site-header\"><a class=\"site-title\" href=\"/\">").append(esc(h.site()))
        .append("</a>\n<nav><ul>");
    for (String n : h.nav()) {
      s.append("<li><a href=\"/").append(SixthHeldOutCorpus.slug(n)).append("/\">").append(esc(n))
          .append("</a></li>");
    }
    s.append("</ul></nav></header>\n<main>\n");
    switch (t) {
      case GHOST -> s.append("<article class=\"gh-article post\"><header class=\"gh-article-header\">"
          + "<h1 class=\"gh-article-title\">").append(esc(p.title)).append("</h1><div class=\"gh-article-meta\">");
      case JEKYLL -> s.append("<article class=\"post h-entry\"><header class=\"post-header\"><h1 class=\"post-title"
          + " p-name\">").append(esc(p.title)).append("</h1><p class=\"post-meta\">");
      case DISCOURSE -> s.append("<div id=\"topic-title\"><h1><a class=\"fancy-title\" href=\"#\">")
          .append(esc(p.title)).append("</a></h1></div><div class=\"topic-post\"><div class=\"names\">");
      case MEDIAWIKI -> s.append("<div id=\"content\" class=\"mw-body\"><h1 id=\"firstHeading\" class=\"firstHeading\">")
          .append(esc(p.title)).append("</h1><div id=\"siteSub\">");
      case SHOPIFY -> s.append("<section class=\"product\"><div class=\"product__info\"><h1 class=\"product__title\">")
          .append(esc(p.title)).append("</h1><p class=\"product__meta\">");
      case DRUPAL -> s.append("<article class=\"node node--type-review\"><h1 class=\"page-title\"><span>")
          .append(esc(p.title)).append("</span></h1><div class=\"node__meta\">");
      case BLOGGER -> s.append("<div class=\"post hentry\"><h3 class=\"post-title entry-title\">")
          .append(esc(p.title)).append("</h3><div class=\"post-header\">");
      case WORDPRESS -> s.append("<article class=\"post type-post\"><header class=\"entry-header\"><h1 class=\"entry-title\">")
          .append(esc(p.title)).append("</h1><div class=\"entry-meta\">");
    }
    s.append(esc(String.format(h.byline(), p.author, p.date)));
    s.append(switch (t) {
      case GHOST -> "</div></header>\n<section class=\"gh-content gh-canvas\">\n";
      case JEKYLL -> "</p></header>\n<div class=\"post-content e-content\">\n";
      case DISCOURSE -> "</div>\n<div class=\"cooked\">\n";
      case MEDIAWIKI -> "</div>\n<div id=\"bodyContent\"><div class=\"mw-parser-output\">\n";
      case SHOPIFY -> "</p>\n<div class=\"product__description rte\">\n";
      case DRUPAL -> "</div>\n<div class=\"field field--name-body\">\n";
      case BLOGGER -> "</div>\n<div class=\"post-body entry-content\">\n";
      case WORDPRESS -> "</div></header>\n<div class=\"entry-content\">\n";
    });
    for (Block b : p.body) {
      html(s, b, t);
    }
    s.append(switch (t) {
      case GHOST -> "</section></article>\n";
      case JEKYLL, WORDPRESS -> "</div></article>\n";
      case DISCOURSE, BLOGGER -> "</div></div>\n";
      case MEDIAWIKI -> "</div></div></div>\n";
      case SHOPIFY -> "</div></div></section>\n";
      case DRUPAL -> "</div></article>\n";
    });
    s.append("<div class=\"share\">").append(esc(h.share())).append("</div>\n");
    s.append("<section class=\"newsletter\"><h3>").append(esc(h.newsletter().get(0))).append("</h3><p>")
        .append(esc(h.newsletter().get(1))).append("</p><form><input type=\"email\" name=\"email\"> <button>")
        .append(esc(h.newsletter().get(2))).append("</button></form></section>\n");
    s.append("<aside class=\"sidebar\"><h3>").append(esc(h.popular())).append("</h3><ul>");
    for (String pt : p.popular) {
      s.append("<li><a href=\"/").append(SixthHeldOutCorpus.slug(pt)).append("\">").append(esc(pt)).append("</a></li>");
    }
    s.append("</ul></aside>\n</main>\n<footer class=\"site-footer\"><p>").append(esc(h.footer()))
        .append("</p></footer>\n");
    if (!h.cookieFirst()) {
      cookie(s, h);
    }
    return s.append("</body>\n</html>\n").toString();
  }

  private static void cookie(StringBuilder s, Host h) {
    s.append("<div class=\"cookie-notice\" role=\"dialog\"><p>").append(esc(h.cookie().get(0)))
        .append("</p><button>").append(esc(h.cookie().get(1))).append("</button> <button>")
        .append(esc(h.cookie().get(2))).append("</button></div>\n");
  }

  private static String documentTitle(Page p) {
    Host h = p.host;
    return switch (h.template()) {
      case GHOST -> p.title;
      case JEKYLL, DRUPAL -> p.title + " | " + h.site();
      case DISCOURSE -> p.title + " - Layouts - " + h.site();
      case MEDIAWIKI -> p.title + " - " + h.site();
      case BLOGGER -> h.site() + ": " + p.title;
      default -> p.title + " – " + h.site();
    };
  }

  private static String bodyClass(Template t) {
    return switch (t) {
      case GHOST -> "post-template";
      case JEKYLL -> "layout-post";
      case DISCOURSE -> "archetype-regular";
      case MEDIAWIKI -> "mediawiki ltr skin-vector";
      case SHOPIFY -> "template-product";
      case DRUPAL -> "path-node page-node-type-review";
      case BLOGGER -> "variant-simple";
      case WORDPRESS -> "single single-post";
    };
  }

  private static void html(StringBuilder s, Block b, Template t) {
    switch (b.type()) {
      case PARA -> s.append("<p>").append(esc(b.text())).append("</p>\n");
      case TITLE -> s.append(switch (b.repeat()) {
        case BOLD -> "<p><strong>" + esc(b.text()) + "</strong></p>\n";
        case HEADING -> "<h2>" + esc(b.text()) + "</h2>\n";
        default -> "<p>" + esc(b.text()) + "</p>\n";
      });
      case CAPTION -> s.append(switch (b.placement()) {
        case PARAGRAPH -> "<p>" + esc(b.text()) + "</p>\n";
        case EMPHASIS -> "<p><em>" + esc(b.text()) + "</em></p>\n";
        case FIGCAPTION -> "<figure><img src=\"" + b.src() + "\" alt=\"\"><figcaption>" + esc(b.text())
            + "</figcaption></figure>\n";
        case TEMPLATE_CAPTION -> figure(t, b.src(), "", b.text());
        case ALT_ONLY -> "<p><img src=\"" + b.src() + "\" alt=\"" + esc(b.text()) + "\"></p>\n";
      });
      case FIGURE -> s.append(figure(t, b.src(), b.alt(), b.text()));
      case HEADING -> s.append(t == Template.MEDIAWIKI ? "<h2><span class=\"mw-headline\">" + esc(b.text())
          + "</span></h2>\n" : "<h2>" + esc(b.text()) + "</h2>\n");
      case QUOTE -> s.append("<blockquote><p>").append(esc(b.text())).append("</p></blockquote>\n");
      case LIST -> {
        s.append("<ul>");
        b.lines().forEach(i -> s.append("<li>").append(esc(i)).append("</li>"));
        s.append("</ul>\n");
      }
      case TABLE -> {
        s.append("<table class=\"specs\"><tbody>");
        for (String r : b.lines()) {
          s.append("<tr>");
          for (String c : r.split(";")) {
            s.append("<td>").append(esc(c)).append("</td>");
          }
          s.append("</tr>");
        }
        s.append("</tbody></table>\n");
      }
      case CODE -> s.append("<pre><code>").append(esc(String.join("\n", b.lines()))).append("</code></pre>\n");
      case TAGS -> {
        int colon = b.text().indexOf(": ");
        s.append("<p class=\"post-tags\">").append(esc(b.text().substring(0, colon + 2)));
        String[] tags = b.text().substring(colon + 2).split(", ");
        for (int i = 0; i < tags.length; i++) {
          s.append(i == 0 ? "" : ", ").append("<a href=\"/tag/").append(SixthHeldOutCorpus.slug(tags[i]))
              .append("\" rel=\"tag\">").append(esc(tags[i])).append("</a>");
        }
        s.append("</p>\n");
      }
    }
  }

  /** The platform's own picture-with-caption markup. */
  private static String figure(Template t, String src, String alt, String caption) {
    String img = "<img src=\"" + src + "\" alt=\"" + esc(alt) + "\"";
    String c = esc(caption);
    return switch (t) {
      case GHOST -> "<figure class=\"kg-card kg-image-card kg-card-hascaption\">" + img
          + " class=\"kg-image\" loading=\"lazy\"><figcaption>" + c + "</figcaption></figure>\n";
      case JEKYLL -> "<figure class=\"post-image\">" + img + "><figcaption class=\"caption\"><em>" + c
          + "</em></figcaption></figure>\n";
      case DISCOURSE -> "<div class=\"lightbox-wrapper\"><a class=\"lightbox\" href=\"" + src + "\">" + img
          + "><div class=\"meta\"><span class=\"filename\">" + c + "</span></div></a></div>\n";
      case MEDIAWIKI -> "<div class=\"thumb tright\"><div class=\"thumbinner\"><a class=\"image\" href=\"" + src
          + "\">" + img + " class=\"thumbimage\"></a><div class=\"thumbcaption\">" + c + "</div></div></div>\n";
      case SHOPIFY -> "<div class=\"media-with-caption\">" + img + "><p class=\"caption\">" + c + "</p></div>\n";
      case DRUPAL -> "<figure role=\"group\" class=\"caption caption-img\">" + img + "><figcaption>" + c
          + "</figcaption></figure>\n";
      case BLOGGER -> "<table align=\"center\" cellpadding=\"0\" cellspacing=\"0\" class=\"tr-caption-container\">"
          + "<tbody><tr><td style=\"text-align: center;\"><a href=\"" + src + "\">" + img
          + " border=\"0\"></a></td></tr><tr><td class=\"tr-caption\" style=\"text-align: center;\">" + c
          + "</td></tr></tbody></table>\n";
      case WORDPRESS -> "<div class=\"wp-caption aligncenter\">" + img + " class=\"size-large\"><p"
          + " class=\"wp-caption-text\">" + c + "</p></div>\n";
    };
  }

  static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
