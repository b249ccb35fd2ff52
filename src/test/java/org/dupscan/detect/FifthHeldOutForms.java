package org.dupscan.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dupscan.detect.FifthHeldOutCorpus.Emphasis;
import org.dupscan.detect.FifthHeldOutCorpus.Kind;
import org.dupscan.detect.FifthHeldOutCorpus.Page;
import org.dupscan.detect.FifthHeldOutSites.Template;

/**
 * The two forms of a fifth-set page. HTML: the page in its host's template (Squarespace-like, Wix-like,
 * Joomla, Hugo PaperMod-like, phpBB prosilver-like, AMP news). Text: what {@code w3m -dump} (80 columns)
 * shows of that HTML from the headline down, following w3m's rules as compared by hand with
 * {@code w3m -dump -cols 80} (0.5.3+git20230121) on pages of this set: paragraphs wrapped at 79 columns,
 * an image shown as its alt or, with an empty alt, as the first ten characters of its file name in
 * brackets, a figure's caption on the line under its image, list items as {@code •} lines, tables in
 * box-drawing lines with centred header cells, block quotes and definitions indented, inputs as
 * {@code [    ]}, {@code noscript} content shown. Known differences from w3m: it sometimes widens a
 * table column by one, puts two blank lines where this puts one, and may break a line inside a
 * hashtag after its {@code #}. Template blocks above the headline (cookie dialogs at the top,
 * navigation, breadcrumbs) are in the HTML form only; those below it are in both.
 */
final class FifthHeldOutForms {

  private FifthHeldOutForms() {}

  /** The text width w3m -dump fills, one column short of the 80 it is given. */
  static final int COLUMNS = 79;
  /** The characters of an image file's name w3m shows, in brackets, for an image with an empty alt. */
  static final int STEM = 10;
  /** What w3m shows for a text or email input of the default size, whatever its placeholder. */
  static final String INPUT = "[" + " ".repeat(20) + "]";

  interface Block {}

  record Prose(String text) implements Block {}

  record Heading(String text, int level) implements Block {}

  record Line(String text, Emphasis emphasis) implements Block {}

  /** An image with its caption; {@code nativeMarkup}: the template's own caption markup, not a figure. */
  record Figure(String src, String alt, String caption, boolean nativeMarkup) implements Block {}

  record Image(String src, String alt) implements Block {}

  record Items(List<String> items, boolean ordered) implements Block {}

  record Table(List<List<String>> rows) implements Block {}

  record Quote(String who, String text) implements Block {}

  record Lines(List<String> lines, Kind kind) implements Block {}

  record PostHead(String subject, String who, String when, int posts) implements Block {}

  // ---- The template blocks, labelled once and written in both forms from the same strings ----------

  /** Labels the template blocks of a page (call once, after its body is built). */
  static void label(Page p) {
    Template t = p.site.template();
    for (String s : topTemplate(p)) {
      p.label(Kind.TEMPLATE, s, false);
    }
    String crumb = breadcrumb(p);
    if (crumb != null) {
      p.label(Kind.BREADCRUMB, crumb, false);
    }
    String byline = byline(p);
    if (byline != null) {
      p.label(Kind.BYLINE, byline, true);
    }
    for (String h : contents(p)) {
      p.label(Kind.CONTENTS, h, true);
    }
    for (String s : p.series) {
      p.label(Kind.CONTENTS, s, true);
    }
    for (String r : relatedShown(p)) {
      p.label(Kind.RELATED_POST, r, true);
    }
    if (t == Template.SQUARESPACE || t == Template.HUGO) {
      for (String n : new String[] {p.previous, p.next}) {
        if (n != null) {
          p.label(Kind.RELATED_POST, n, true);
        }
      }
    }
    for (String[] c : p.comments) {
      p.label(Kind.COMMENT, c[1], true);
    }
    for (String s : bottomTemplate(p)) {
      p.label(Kind.TEMPLATE, s, true);
    }
  }

  private static List<String> topTemplate(Page p) {
    return switch (p.site.template()) {
      case WIX -> List.of("We use cookies to give you the best experience on our website. By continuing to browse,"
          + " you agree to our use of cookies.");
      case AMP -> List.of("We and our partners use cookies to personalise content and measure how the site is"
          + " used. You can accept or reject this at any time.");
      default -> List.of();
    };
  }

  private static List<String> bottomTemplate(Page p) {
    String site = p.site.name();
    return switch (p.site.template()) {
      case SQUARESPACE -> List.of("Sign up with your email address to receive news and updates.",
          "We respect your privacy.", "This website uses cookies to improve your experience.",
          "© 2026 " + site + ". All rights reserved.");
      case WIX -> List.of("Join our mailing list and never miss an update",
          "© 2026 by " + site + ". Proudly created with Wix.com");
      case JOOMLA -> List.of(p.lang.equals("en") ? "Find your next home: register for property alerts by email."
              : "Newsletter : Inscrivez-vous / Anmelden / Suscríbase",
          "This website uses cookies to ensure you get the best experience on our website.",
          "Copyright © 2026 " + site + ". All Rights Reserved.");
      case HUGO -> List.of("© 2026 " + site + " · Powered by Hugo & PaperMod");
      case PHPBB -> List.of("Users browsing this forum: No registered users and 3 guests",
          "This board uses cookies to give you the best and most relevant experience. To use this board this"
              + " means you need to accept the policy.", "Powered by phpBB® Forum Software © phpBB Limited");
      case AMP -> List.of("Get the Post in your inbox every Friday morning. Free, local and easy to cancel.",
          "© 2026 " + site + ". Registered in England and Wales.");
    };
  }

  private static String breadcrumb(Page p) {
    return switch (p.site.template()) {
      case JOOMLA -> "You are here: Home » " + (p.lang.equals("en") ? "Properties for sale" : p.lang.toUpperCase(Locale.ROOT))
          + " » " + p.title;
      case AMP -> "Home › News › " + p.title;
      default -> null;
    };
  }

  private static String byline(Page p) {
    return switch (p.site.template()) {
      case SQUARESPACE -> "Written by " + p.author + " · " + p.date;
      case JOOMLA -> switch (p.lang) {
        case "fr" -> "Écrit par " + p.author;
        case "de" -> "Geschrieben von " + p.author;
        case "es" -> "Escrito por " + p.author;
        default -> "Written by " + p.author;
      };
      case HUGO -> p.date + " · " + (4 + p.title.length() % 7) + " min · " + p.author;
      case AMP -> "By " + p.author + ", Local Democracy Reporter";
      case WIX -> p.site.host().startsWith("oakfield") ? "Posted " + p.date : null;
      case PHPBB -> null;
    };
  }

  /** Joomla's own words in the article-info box, in the page's language. */
  private static String joomlaWord(Page p, String english) {
    boolean details = english.equals("Details");
    return switch (p.lang) {
      case "fr" -> details ? "Détails" : "Publié :";
      case "de" -> details ? "Details" : "Veröffentlicht:";
      case "es" -> details ? "Detalles" : "Publicado:";
      default -> english;
    };
  }

  private static List<String> contents(Page p) {
    return p.site.template() == Template.HUGO && p.site.contents() ? p.headings : List.of();
  }

  private static List<String> relatedShown(Page p) {
    return switch (p.site.template()) {
      case AMP, JOOMLA, HUGO -> p.related;
      case WIX -> p.site.host().startsWith("whisker") ? p.related : List.of();
      default -> List.of();
    };
  }

  private static String relatedHeading(Page p) {
    return switch (p.site.template()) {
      case AMP -> "More from the Post";
      case JOOMLA -> p.lang.equals("en") ? "Similar properties" : "Autres sorties / Weitere Touren / Otras salidas";
      case HUGO -> "See also";
      default -> "Related products";
    };
  }

  // ---- Text form -----------------------------------------------------------------------------------

  /** The page as w3m -dump shows it from its headline down. */
  static String text(Page p) {
    Template t = p.site.template();
    List<String> out = new ArrayList<>();
    out.add(wrap(p.title, ""));
    String byline = byline(p);
    if (t == Template.PHPBB) {
      out.add("Post Reply\n" + INPUT + " Search\n" + (2 + p.title.length() % 9) + " posts • Page 1 of 1");
    }
    if (t == Template.WIX && byline == null) {
      out.add("£" + (9 + p.title.length() % 40) + ".99\n\nQuantity\n[1 ]\n\nAdd to Cart\n\nBuy Now");
    }
    if (byline != null) {
      out.add(t == Template.JOOMLA ? joomlaWord(p, "Details") + "\n    " + byline + "\n    "
          + joomlaWord(p, "Published:") + " " + p.date
          : t == Template.HUGO && !contents(p).isEmpty() ? byline + "\nTable of Contents" : byline);
    }
    if (!contents(p).isEmpty()) {
      out.add(items(contents(p), false));
    }
    if (!p.series.isEmpty()) {
      out.add(wrap("This post is part of a series of four:", ""));
      out.add(items(p.series, true));
    }
    for (Block b : p.body) {
      out.add(text(b, t));
    }
    List<String> bottom = bottomTemplate(p);
    switch (t) {
      case SQUARESPACE -> {
        out.add("Facebook0 Twitter LinkedIn0 Pinterest0");
        if (p.previous != null) {
          out.add("Previous\n\n" + wrap(p.previous, ""));
        }
        if (p.next != null) {
          out.add("Next\n\n" + wrap(p.next, ""));
        }
        comments(p, out);
        out.add("Subscribe");
        out.add(bottom.get(0) + "\n\n" + INPUT + " Sign Up\n" + bottom.get(1));
        out.add(bottom.get(3));
        out.add(wrap(bottom.get(2), "") + "\n\nAccept Decline");
      }
      case WIX -> {
        related(p, out);
        comments(p, out);
        out.add(bottom.get(0));
        out.add(INPUT + " Subscribe\n" + bottom.get(1));
      }
      case JOOMLA -> {
        out.add("‹ Prev Next ›");
        related(p, out);
        out.add(wrap(bottom.get(0), ""));
        out.add(INPUT + " Subscribe\n" + bottom.get(2));
        out.add(wrap(bottom.get(1), "") + "\n\nOK");
      }
      case HUGO -> {
        out.add(items(List.of(p.lang.equals("en") ? "notes" : "travel", "2026"), false));
        related(p, out);
        StringBuilder nav = new StringBuilder();
        if (p.previous != null) {
          nav.append("« Prev\n").append(p.previous);
        }
        if (p.next != null) {
          nav.append(nav.length() > 0 ? "\n" : "").append("Next »\n").append(p.next);
        }
        out.add(nav.toString());
        out.add("  •  \n  •  "); // the share buttons: links holding only an icon
        comments(p, out);
        out.add(bottom.get(0));
      }
      case PHPBB -> {
        out.add("Post Reply\n\nReturn to “Valve sets”\n\nJump to [Valve sets] Go");
        out.add("Who is online\n\n" + bottom.get(0));
        out.add(bottom.get(2));
        out.add(wrap(bottom.get(1), "") + "\n\nGot it!");
      }
      case AMP -> {
        related(p, out);
        out.add("Newsletter");
        out.add(wrap(bottom.get(0), "") + "\n\n" + INPUT + " Sign me up\n" + bottom.get(1));
      }
    }
    return String.join("\n\n", out) + "\n";
  }

  private static void related(Page p, List<String> out) {
    if (!relatedShown(p).isEmpty()) {
      out.add(relatedHeading(p));
      out.add(items(relatedShown(p), false));
    }
  }

  private static void comments(Page p, List<String> out) {
    if (p.comments.isEmpty()) {
      return;
    }
    out.add(p.site.template() == Template.WIX ? "Reviews (" + p.comments.size() + ")"
        : p.comments.size() + (p.comments.size() == 1 ? " Comment" : " Comments"));
    for (String[] c : p.comments) {
      out.add(c[0] + "\n" + p.date + "\n\n" + wrap(c[1], ""));
    }
  }

  private static String text(Block b, Template t) {
    if (b instanceof Prose pr) {
      return wrap(pr.text(), "");
    } else if (b instanceof Heading h) {
      return wrap(h.text(), "");
    } else if (b instanceof Line l) {
      return wrap(l.text(), "");
    } else if (b instanceof Figure f) {
      if (t == Template.PHPBB) {
        return f.nativeMarkup() ? f.src() + " (" + (80 + f.src().length() * 7)
            + ".4 KiB) Viewed " + (f.caption().length() * 3) + " times\n" + wrap(f.caption(), "    ")
            : "Image\n" + wrap(f.caption(), "");
      }
      boolean gap = f.nativeMarkup() && t != Template.AMP;
      return imageLine(f.src(), f.alt()) + (gap ? "\n\n" : "\n") + wrap(f.caption(), "");
    } else if (b instanceof Image i) {
      return imageLine(i.src(), i.alt());
    } else if (b instanceof Items it) {
      return items(it.items(), it.ordered());
    } else if (b instanceof Table tb) {
      return table(tb.rows());
    } else if (b instanceof Quote q) {
      return wrap(q.who() + " wrote: ↑" + q.text(), "    ");
    } else if (b instanceof Lines ls) {
      return String.join("\n", ls.lines());
    } else if (b instanceof PostHead ph) {
      return ph.who() + "\n    Posts: " + ph.posts() + "\n\n" + wrap(ph.subject(), "") + "\n\nby " + ph.who()
          + " » " + ph.when();
    }
    throw new IllegalArgumentException("no text for " + b);
  }

  private static String imageLine(String src, String alt) {
    return alt.isEmpty() ? "[" + stem(src) + "]" : wrap(alt, "");
  }

  private static String stem(String src) {
    int dot = src.lastIndexOf('.');
    String stem = dot > 0 ? src.substring(0, dot) : src;
    return stem.substring(0, Math.min(STEM, stem.length()));
  }

  private static String items(List<String> items, boolean ordered) {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      lines.add(wrap((ordered ? " " + (i + 1) + ". " : "  • ") + items.get(i), "    "));
    }
    return String.join("\n", lines);
  }

  private static String table(List<List<String>> rows) {
    int cols = rows.get(0).size();
    int[] w = new int[cols];
    for (List<String> r : rows) {
      for (int c = 0; c < cols; c++) {
        w[c] = Math.max(w[c], r.get(c).length());
      }
    }
    List<String> lines = new ArrayList<>();
    lines.add(rule('┌', '┬', '┐', w));
    for (int i = 0; i < rows.size(); i++) {
      StringBuilder b = new StringBuilder("│");
      for (int c = 0; c < cols; c++) {
        String cell = rows.get(i).get(c);
        int left = i == 0 ? (w[c] - cell.length()) / 2 : 0; // w3m centres header cells
        b.append(" ".repeat(left)).append(cell).append(" ".repeat(w[c] - cell.length() - left)).append('│');
      }
      lines.add(b.toString());
      lines.add(i + 1 < rows.size() ? rule('├', '┼', '┤', w) : rule('└', '┴', '┘', w));
    }
    return String.join("\n", lines);
  }

  private static String rule(char left, char mid, char right, int[] w) {
    StringBuilder b = new StringBuilder().append(left);
    for (int c = 0; c < w.length; c++) {
      b.append("─".repeat(w[c])).append(c + 1 < w.length ? mid : right);
    }
    return b.toString();
  }

  /**
   * Wraps at {@link #COLUMNS} on spaces as w3m does, the first line starting as {@code s} does and the
   * others indented by {@code indent}; a word longer than a line stands alone.
   */
  static String wrap(String s, String indent) {
    StringBuilder out = new StringBuilder();
    int lead = 0;
    while (lead < s.length() && s.charAt(lead) == ' ') {
      lead++;
    }
    StringBuilder line = new StringBuilder(lead > 0 ? s.substring(0, lead) : indent);
    boolean first = true;
    for (String word : s.substring(lead).split(" ")) {
      if (!first && line.length() + 1 + word.length() > COLUMNS) {
        out.append(line).append('\n');
        line = new StringBuilder(indent);
        first = true;
      }
      line.append(first ? "" : " ").append(word);
      first = false;
    }
    return out.append(line).toString();
  }

  // ---- HTML form -----------------------------------------------------------------------------------

  static String html(Page p) {
    Template t = p.site.template();
    StringBuilder b = new StringBuilder();
    b.append(t == Template.AMP ? "<!doctype html>\n<html ⚡ lang=\"en\">\n" : "<!DOCTYPE html>\n<html lang=\""
        + p.lang + "\">\n");
    b.append("<head>\n<meta charset=\"utf-8\">\n<title>").append(esc(documentTitle(p))).append("</title>\n");
    b.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    if (t == Template.AMP) {
      b.append("<script async src=\"https://cdn.ampproject.org/v0.js\"></script>\n"
          + "<script async custom-element=\"amp-consent\" src=\"https://cdn.ampproject.org/v0/amp-consent-0.1.js\">"
          + "</script>\n<link rel=\"canonical\" href=\"https://" + p.host + "/news/" + FifthHeldOutCorpus.slug(p.title)
          + "\">\n<style amp-custom>body{font-family:Georgia,serif}</style>\n");
    } else if (t == Template.WIX) {
      b.append("<meta name=\"generator\" content=\"Wix.com Website Builder\">\n");
    } else if (t == Template.HUGO) {
      b.append("<meta name=\"generator\" content=\"Hugo 0.139.0\">\n");
    } else if (t == Template.JOOMLA) {
      b.append("<meta name=\"generator\" content=\"Joomla! - Open Source Content Management\">\n");
    } else if (t == Template.SQUARESPACE) {
      b.append("<!-- This is Squarespace. -->\n");
    }
    b.append("</head>\n<body>\n");
    switch (t) {
      case SQUARESPACE -> squarespace(p, b);
      case WIX -> wix(p, b);
      case JOOMLA -> joomla(p, b);
      case HUGO -> hugo(p, b);
      case PHPBB -> phpbb(p, b);
      case AMP -> amp(p, b);
    }
    return b.append("</body>\n</html>\n").toString();
  }

  private static String documentTitle(Page p) {
    return switch (p.site.template()) {
      case SQUARESPACE -> p.title + " — " + p.site.name();
      case WIX -> p.title + " | " + p.site.name();
      case JOOMLA -> p.title + " - " + p.site.name();
      case HUGO -> p.title + " | " + p.site.name();
      case PHPBB -> p.title + " - " + p.site.name();
      case AMP -> p.title + " | " + p.site.name();
    };
  }

  private static void squarespace(Page p, StringBuilder b) {
    List<String> bottom = bottomTemplate(p);
    b.append("<div id=\"siteWrapper\" class=\"clearfix site-wrapper\">\n<header id=\"header\" class=\"header\">"
        + "<div class=\"header-title\"><a href=\"/\">").append(esc(p.site.name())).append("</a></div>\n"
        + "<nav class=\"header-nav\"><a href=\"/\">Home</a> <a href=\"/blog\">Blog</a> <a href=\"/about\">About</a>"
        + " <a href=\"/contact\">Contact</a></nav></header>\n<main id=\"page\" class=\"container\" role=\"main\">\n"
        + "<article class=\"BlogItem hentry\" data-item-id=\"").append(Math.abs(p.key.hashCode())).append("\">\n"
        + "<div class=\"blog-item-top-wrapper\"><div class=\"blog-item-title\"><h1 class=\"entry-title\""
        + " data-content-field=\"title\">").append(esc(p.title)).append("</h1></div>\n<div class=\"blog-item-meta"
        + "-wrapper\"><span class=\"blog-author\">").append(esc(byline(p))).append("</span></div></div>\n"
        + "<div class=\"blog-item-content-wrapper\"><div class=\"blog-item-content e-content\">\n"
        + "<div class=\"sqs-layout sqs-grid-12 columns-12\" data-type=\"item\">\n");
    for (Block bl : p.body) {
      boolean image = bl instanceof Figure || bl instanceof Image;
      b.append(image ? "<div class=\"row sqs-row\"><div class=\"sqs-block image-block sqs-block-image\">"
          : "<div class=\"row sqs-row\"><div class=\"sqs-block html-block sqs-block-html\">")
          .append("<div class=\"sqs-block-content\">").append(block(bl, p)).append("</div></div></div>\n");
    }
    b.append("</div></div></div>\n<div class=\"blog-item-share\"><a>Facebook<span>0</span></a> <a>Twitter</a> "
        + "<a>LinkedIn<span>0</span></a> <a>Pinterest<span>0</span></a></div>\n<section class=\"item-pagination\">");
    if (p.previous != null) {
      b.append("<p><a class=\"item-pagination-link--prev\" href=\"#\">Previous</a></p><h2 class=\"item-pagination"
          + "-title\">").append(esc(p.previous)).append("</h2>");
    }
    if (p.next != null) {
      b.append("<p><a class=\"item-pagination-link--next\" href=\"#\">Next</a></p><h2 class=\"item-pagination"
          + "-title\">").append(esc(p.next)).append("</h2>");
    }
    b.append("</section>\n");
    commentsHtml(p, b, "squarespace-comments");
    b.append("</article>\n<div class=\"sqs-block newsletter-block\"><h2>Subscribe</h2><p>").append(esc(bottom.get(0)))
        .append("</p><form><input type=\"email\" placeholder=\"Email Address\"> <button>Sign Up</button></form>"
            + "<p>").append(esc(bottom.get(1))).append("</p></div>\n</main>\n<footer class=\"Footer\"><p>")
        .append(esc(bottom.get(3))).append("</p></footer>\n</div>\n<div class=\"sqs-cookie-banner-v2\" role="
            + "\"dialog\"><p>").append(esc(bottom.get(2))).append("</p><p><button>Accept</button> <button>Decline"
            + "</button></p></div>\n");
  }

  private static void wix(Page p, StringBuilder b) {
    List<String> bottom = bottomTemplate(p);
    b.append("<div id=\"consent-banner-root\" role=\"dialog\" aria-label=\"cookie banner\"><div class=\"consent-"
        + "banner\"><p>").append(esc(topTemplate(p).get(0))).append("</p><button>Accept</button><button>Settings"
        + "</button></div></div>\n<div id=\"SITE_CONTAINER\"><div id=\"main_MF\"><header id=\"SITE_HEADER\" class="
        + "\"wixui-header\"><div data-testid=\"linkElement\"><a href=\"/\">").append(esc(p.site.name()))
        .append("</a></div><nav class=\"wixui-dropdown-menu\"><a>Home</a> <a>").append(
            p.site.host().startsWith("whisker") ? "Shop" : "News").append("</a> <a>Contact</a></nav></header>\n"
        + "<main id=\"PAGES_CONTAINER\"><div id=\"SITE_PAGES\"><section class=\"wixui-section\">\n"
        + "<div data-testid=\"richTextElement\" class=\"wixui-rich-text\"><h1 class=\"font_0 wixui-rich-text__text"
        + "\"><span class=\"wixui-rich-text__text\">").append(esc(p.title)).append("</span></h1></div>\n");
    if (byline(p) != null) {
      b.append("<div data-testid=\"richTextElement\"><p class=\"font_8\"><span>").append(esc(byline(p)))
          .append("</span></p></div>\n");
    } else {
      b.append("<div data-hook=\"product-price\"><span data-hook=\"formatted-primary-price\">£").append(
          9 + p.title.length() % 40).append(".99</span></div><div data-hook=\"quantity\"><p>Quantity</p><input "
          + "type=\"number\" value=\"1\" size=\"2\"></div><div data-hook=\"add-to-cart\"><p>Add to Cart</p></div>"
          + "<div data-hook=\"buy-now\"><p>Buy Now</p></div>\n");
    }
    for (Block bl : p.body) {
      boolean image = bl instanceof Figure || bl instanceof Image;
      b.append(image ? "<div data-testid=\"imageX\" class=\"wixui-image\">" : "<div data-testid=\"richTextElement\""
          + " class=\"wixui-rich-text\">").append(block(bl, p)).append("</div>\n");
    }
    if (!relatedShown(p).isEmpty()) {
      b.append("<div data-hook=\"related-products\"><h2>").append(relatedHeading(p)).append("</h2>")
          .append(list(relatedShown(p), false)).append("</div>\n");
    }
    commentsHtml(p, b, "wix-reviews");
    b.append("</section></div></main>\n<footer id=\"SITE_FOOTER\"><div data-testid=\"richTextElement\"><p>")
        .append(esc(bottom.get(0))).append("</p></div><form><input type=\"email\" placeholder=\"Email*\"> "
            + "<button>Subscribe</button></form><div data-testid=\"richTextElement\"><p>").append(esc(bottom.get(1)))
        .append("</p></div></footer></div></div>\n");
  }

  private static void joomla(Page p, StringBuilder b) {
    List<String> bottom = bottomTemplate(p);
    b.append("<header class=\"header container-header full-width\"><div class=\"navbar-brand\"><a class=\"brand-"
        + "logo\" href=\"/\"><span title=\"").append(esc(p.site.name())).append("\">").append(esc(p.site.name()))
        .append("</span></a></div>");
    if (!p.lang.equals("en")) {
      b.append("<div class=\"mod-languages\"><ul class=\"lang-inline\"><li><a href=\"/fr/\"><img src=\"/media/mod"
          + "_languages/images/fr_fr.gif\" alt=\"Français (France)\"></a></li><li><a href=\"/de/\"><img src=\"/media"
          + "/mod_languages/images/de_de.gif\" alt=\"Deutsch (Deutschland)\"></a></li><li><a href=\"/es/\"><img src="
          + "\"/media/mod_languages/images/es_es.gif\" alt=\"Español (España)\"></a></li></ul></div>");
    }
    b.append("<nav class=\"container-nav\"><ul class=\"mod-menu\"><li><a>Home</a></li><li><a>")
        .append(p.lang.equals("en") ? "Buy" : "Sorties").append("</a></li><li><a>Contact</a></li></ul></nav>"
            + "</header>\n<div class=\"site-grid\"><div class=\"grid-child container-component\">\n"
            + "<nav class=\"mod-breadcrumbs__wrapper\" aria-label=\"Breadcrumbs\"><ol class=\"mod-breadcrumbs "
            + "breadcrumb\"><li>You are here: </li><li class=\"mod-breadcrumbs__item breadcrumb-item\"><a>Home</a>"
            + "<span class=\"divider\"> » </span></li><li class=\"mod-breadcrumbs__item breadcrumb-item\"><a>")
        .append(esc(breadcrumb(p).split(" » ")[1])).append("</a><span class=\"divider\"> » </span></li><li class="
            + "\"mod-breadcrumbs__item breadcrumb-item active\"><span>")
        .append(esc(p.title)).append("</span></li></ol></nav>\n<main><div class=\"com-content-article item-page\" "
            + "itemscope itemtype=\"https://schema.org/Article\"><div class=\"page-header\"><h1 itemprop=\"headline\">")
        .append(esc(p.title)).append("</h1></div>\n<dl class=\"article-info text-muted\"><dt class=\"article-info-"
            + "term\">").append(joomlaWord(p, "Details")).append("</dt><dd class=\"createdby\"><span itemprop=\"author\">").append(esc(byline(p)))
        .append("</span></dd><dd class=\"published\"><time>").append(joomlaWord(p, "Published:")).append(" ")
        .append(esc(p.date))
        .append("</time></dd></dl>\n<div itemprop=\"articleBody\" class=\"com-content-article__body\">\n");
    for (Block bl : p.body) {
      b.append(block(bl, p)).append('\n');
    }
    b.append("</div>\n<nav class=\"pagenavigation\"><span class=\"pagination ms-0\"><a class=\"btn btn-sm btn-"
        + "secondary previous\" href=\"#\">‹ Prev</a> <a class=\"btn btn-sm btn-secondary next\" href=\"#\">Next ›"
        + "</a></span></nav></div>\n");
    b.append("<div class=\"moduletable\"><h3>").append(esc(relatedHeading(p))).append("</h3>")
        .append(list(p.related, false)).append("</div>\n");
    b.append("</main></div></div>\n<div class=\"moduletable newsletter\"><p>").append(esc(bottom.get(0)))
        .append("</p><form><input type=\"email\"> <button>Subscribe</button></form></div>\n<footer class=\"container-"
            + "footer footer full-width\"><p>").append(esc(bottom.get(2))).append("</p></footer>\n<div id=\"redim-"
            + "cookiehint-bottom\"><div id=\"redim-cookiehint\"><div class=\"cookiecontent\"><p>")
        .append(esc(bottom.get(1))).append("</p></div><div class=\"cookiebuttons\"><a class=\"btn\">OK</a></div>"
            + "</div></div>\n");
  }

  private static void hugo(Page p, StringBuilder b) {
    List<String> bottom = bottomTemplate(p);
    b.append("<header class=\"header\"><nav class=\"nav\"><div class=\"logo\"><a href=\"/\" accesskey=\"h\">")
        .append(esc(p.site.name())).append("</a></div><ul id=\"menu\"><li><a href=\"/posts/\"><span>Posts</span></a>"
            + "</li><li><a href=\"/tags/\"><span>Tags</span></a></li><li><a href=\"/about/\"><span>About</span></a>"
            + "</li></ul></nav></header>\n<main class=\"main\">\n<article class=\"post-single\">\n<header class=\"post-"
            + "header\"><div class=\"breadcrumbs\"><a href=\"/\">Home</a>&nbsp;»&nbsp;<a href=\"/posts/\">Posts</a>"
            + "</div>\n<h1 class=\"post-title entry-hint-parent\">").append(esc(p.title)).append("</h1>\n<div class="
            + "\"post-meta\"><span>").append(esc(byline(p))).append("</span></div></header>\n");
    if (!contents(p).isEmpty()) {
      b.append("<div class=\"toc\"><details open><summary accesskey=\"c\"><span class=\"details\">Table of Contents"
          + "</span></summary><div class=\"inner\"><ul>");
      for (String h : contents(p)) {
        b.append("<li><a href=\"#").append(FifthHeldOutCorpus.slug(h)).append("\">").append(esc(h)).append("</a></li>");
      }
      b.append("</ul></div></details></div>\n");
    }
    if (!p.series.isEmpty()) {
      b.append("<div class=\"series\"><p>This post is part of a series of four:</p><ol>");
      for (String s : p.series) {
        b.append("<li>").append(s.equals(p.title) ? esc(s) : "<a href=\"#\">" + esc(s) + "</a>").append("</li>");
      }
      b.append("</ol></div>\n");
    }
    b.append("<div class=\"post-content\">\n");
    for (Block bl : p.body) {
      b.append(block(bl, p)).append('\n');
    }
    b.append("</div>\n<footer class=\"post-footer\"><ul class=\"post-tags\"><li><a href=\"#\">")
        .append(p.lang.equals("en") ? "notes" : "travel").append("</a></li><li><a href=\"#\">2026</a></li></ul>\n");
    b.append("<div class=\"related\"><h2>").append(relatedHeading(p)).append("</h2>").append(list(p.related, false))
        .append("</div>\n<nav class=\"paginav\">");
    if (p.previous != null) {
      b.append("<a class=\"prev\" href=\"#\"><span class=\"title\">« Prev</span><br><span>").append(esc(p.previous))
          .append("</span></a>");
    }
    if (p.next != null) {
      b.append(p.previous != null ? "<br>" : "").append("<a class=\"next\" href=\"#\"><span class=\"title\">Next »"
          + "</span><br><span>").append(esc(p.next)).append("</span></a>");
    }
    b.append("</nav>\n<ul class=\"share-buttons\"><li><a aria-label=\"share on x\" href=\"#\"><svg viewBox=\"0 0 512"
        + " 512\"></svg></a></li><li><a aria-label=\"share on mastodon\" href=\"#\"><svg viewBox=\"0 0 512 512\">"
        + "</svg></a></li></ul></footer>\n");
    commentsHtml(p, b, "comments");
    b.append("</article>\n</main>\n<footer class=\"footer\"><span>").append(esc(bottom.get(0)))
        .append("</span></footer>\n");
  }

  private static void phpbb(Page p, StringBuilder b) {
    List<String> bottom = bottomTemplate(p);
    b.append("<div id=\"wrap\" class=\"wrap\">\n<div id=\"page-header\"><div class=\"headerbar\" role=\"banner\">"
        + "<div class=\"inner\"><div id=\"site-description\" class=\"site-description\"><h1>").append(esc(p.site.name()))
        .append("</h1><p>Restoring valve radios, one dry joint at a time</p></div></div></div>\n<div class=\"navbar\""
            + " role=\"navigation\"><ul id=\"nav-breadcrumbs\" class=\"nav-breadcrumbs linklist navlinks\"><li class="
            + "\"breadcrumbs\"><span class=\"crumb\"><a href=\"./index.php\">Board index</a></span> ‹ <span class="
            + "\"crumb\"><a href=\"#\">Restoration</a></span> ‹ <span class=\"crumb\"><a href=\"#\">Valve sets</a>"
            + "</span></li></ul></div></div>\n<div id=\"page-body\" class=\"page-body\" role=\"main\">\n<h2 class="
            + "\"topic-title\"><a href=\"#\">").append(esc(p.title)).append("</a></h2>\n<div class=\"action-bar bar-"
            + "top\"><a href=\"#\" class=\"button\"><span>Post Reply</span></a><div class=\"search-box\"><form><input"
            + " type=\"search\" placeholder=\"Search this topic…\"> <button>Search</button></form></div><div class="
            + "\"pagination\">").append(2 + p.title.length() % 9).append(" posts • Page <strong>1</strong> of <strong>"
            + "1</strong></div></div>\n");
    boolean open = false;
    for (Block bl : p.body) {
      if (bl instanceof PostHead ph) {
        if (open) {
          b.append("</div></div></div></div></div>\n");
        }
        open = true;
        b.append("<div class=\"post has-profile bg2\"><div class=\"inner\"><dl class=\"postprofile\"><dt><a class="
            + "\"username\">").append(esc(ph.who())).append("</a></dt><dd class=\"profile-posts\"><strong>Posts:"
            + "</strong> ").append(ph.posts()).append("</dd></dl>\n<div class=\"postbody\"><div><h3><a href=\"#\">")
            .append(esc(ph.subject())).append("</a></h3><p class=\"author\">by <strong><a class=\"username\">")
            .append(esc(ph.who())).append("</a></strong> » ").append(esc(ph.when())).append("</p>\n<div class=\""
                + "content\">");
      } else if (bl instanceof Lines ls && ls.kind() == Kind.SIGNATURE) {
        b.append("</div><div class=\"signature\">").append(esc(String.join(" ", ls.lines()))).append("</div><div>");
      } else {
        b.append(block(bl, p));
      }
    }
    b.append("</div></div></div></div></div>\n<div class=\"action-bar bar-bottom\"><a class=\"button\">Post Reply</a>"
        + "</div>\n<div class=\"action-bar actions-jump\"><p class=\"jumpbox-return\"><a href=\"#\">Return to “Valve "
        + "sets”</a></p><form>Jump to <select><option>Valve sets</option></select> <button>Go</button></form></div>\n"
        + "<div class=\"stat-block online-list\"><h3>Who is online</h3><p>").append(esc(bottom.get(0)))
        .append("</p></div>\n</div>\n<div id=\"page-footer\" class=\"page-footer\"><div class=\"copyright\"><p>")
        .append(esc(bottom.get(2))).append("</p></div></div>\n</div>\n<div class=\"cookie-notice\" role=\"dialog\">"
            + "<p>").append(esc(bottom.get(1))).append("</p><a class=\"cc-btn\">Got it!</a></div>\n");
  }

  private static void amp(Page p, StringBuilder b) {
    List<String> bottom = bottomTemplate(p);
    b.append("<amp-consent id=\"consent\" layout=\"nodisplay\"><div class=\"consent-ui\" id=\"consent-ui\"><p>")
        .append(esc(topTemplate(p).get(0))).append("</p><button on=\"tap:consent.accept\">Accept</button> <button on="
            + "\"tap:consent.reject\">Reject</button></div></amp-consent>\n<header class=\"amp-header\"><a href=\"/\">")
        .append(esc(p.site.name())).append("</a> <a href=\"/news\">News</a> <a href=\"/sport\">Sport</a></header>\n"
            + "<main><article class=\"amp-article\">\n<nav class=\"breadcrumb\"><a href=\"/\">Home</a> › <a href=\"/news"
            + "\">News</a> › <span>").append(esc(p.title)).append("</span></nav>\n<h1 class=\"amp-title\">")
        .append(esc(p.title)).append("</h1>\n<p class=\"byline\">").append(esc(byline(p))).append("</p>\n<div class="
            + "\"share\"><amp-social-share type=\"facebook\" width=\"32\" height=\"32\"></amp-social-share><amp-social-"
            + "share type=\"twitter\" width=\"32\" height=\"32\"></amp-social-share></div>\n<div class=\"article-body"
            + "\">\n");
    for (Block bl : p.body) {
      b.append(block(bl, p)).append('\n');
    }
    b.append("</div></article>\n<aside class=\"related\"><h2>").append(relatedHeading(p)).append("</h2>")
        .append(list(p.related, false)).append("</aside>\n<div class=\"newsletter\"><h2>Newsletter</h2><p>")
        .append(esc(bottom.get(0))).append("</p><form method=\"post\" action-xhr=\"/subscribe\"><input type=\"email\""
            + " placeholder=\"Your email address\"> <button>Sign me up</button></form></div>\n</main>\n<footer><p>")
        .append(esc(bottom.get(1))).append("</p></footer>\n");
  }

  private static void commentsHtml(Page p, StringBuilder b, String cls) {
    if (p.comments.isEmpty()) {
      return;
    }
    b.append("<section class=\"").append(cls).append("\"><h3>").append(p.site.template() == Template.WIX
        ? "Reviews (" + p.comments.size() + ")" : p.comments.size() + (p.comments.size() == 1 ? " Comment"
        : " Comments")).append("</h3>");
    for (String[] c : p.comments) {
      b.append("<div class=\"comment\"><div class=\"comment-author\">").append(esc(c[0])).append("<br><time>")
          .append(esc(p.date)).append("</time></div><p>").append(esc(c[1])).append("</p></div>");
    }
    b.append("</section>\n");
  }

  /** One body block in the page's template. */
  private static String block(Block bl, Page p) {
    Template t = p.site.template();
    boolean forum = t == Template.PHPBB;
    if (bl instanceof Prose pr) {
      return forum ? esc(pr.text()) + "<br><br>" : t == Template.WIX
          ? "<p class=\"font_8 wixui-rich-text__text\"><span class=\"color_15\">" + esc(pr.text()) + "</span></p>"
          : t == Template.SQUARESPACE ? "<p class=\"\" style=\"white-space:pre-wrap;\">" + esc(pr.text()) + "</p>"
          : "<p>" + esc(pr.text()) + "</p>";
    } else if (bl instanceof Heading h) {
      return forum ? "<span style=\"font-size: 150%; line-height: normal\">" + esc(h.text()) + "</span><br><br>"
          : "<h" + h.level() + (t == Template.HUGO ? " id=\"" + FifthHeldOutCorpus.slug(h.text()) + "\"" : "") + ">"
          + esc(h.text()) + "</h" + h.level() + ">";
    } else if (bl instanceof Line l) {
      String s = esc(l.text());
      if (forum) {
        return switch (l.emphasis()) {
          case PLAIN -> s;
          case STRONG -> "<span style=\"font-weight: bold\">" + s + "</span>";
          case EM -> "<span style=\"font-style: italic\">" + s + "</span>";
          case H2, H3 -> "<span style=\"font-size: 150%; line-height: normal\">" + s + "</span>";
        } + "<br><br>";
      }
      return switch (l.emphasis()) {
        case PLAIN -> "<p>" + s + "</p>";
        case STRONG -> "<p><strong>" + s + "</strong></p>";
        case EM -> "<p><em>" + s + "</em></p>";
        case H2 -> "<h2>" + s + "</h2>";
        case H3 -> "<h3>" + s + "</h3>";
      };
    } else if (bl instanceof Figure f) {
      return figure(f, t);
    } else if (bl instanceof Image i) {
      return forum ? img(i.src(), i.alt(), "postimage", t) + "<br><br>" : "<p>" + img(i.src(), i.alt(), "", t) + "</p>";
    } else if (bl instanceof Items it) {
      return list(it.items(), it.ordered());
    } else if (bl instanceof Table tb) {
      StringBuilder b = new StringBuilder("<table border=\"1\" class=\"table\"><thead><tr>");
      for (String c : tb.rows().get(0)) {
        b.append("<th>").append(esc(c)).append("</th>");
      }
      b.append("</tr></thead><tbody>");
      for (List<String> r : tb.rows().subList(1, tb.rows().size())) {
        b.append("<tr>");
        r.forEach(c -> b.append("<td>").append(esc(c)).append("</td>"));
        b.append("</tr>");
      }
      return b.append("</tbody></table>").toString();
    } else if (bl instanceof Quote q) {
      return "<blockquote><div><cite>" + esc(q.who()) + " wrote: <a href=\"#\">↑</a></cite>" + esc(q.text())
          + "</div></blockquote>";
    } else if (bl instanceof Lines ls) {
      String joined = String.join("<br>", ls.lines().stream().map(FifthHeldOutForms::esc).toList());
      return forum ? joined + "<br><br>" : ls.kind() == Kind.ADDRESS ? "<address>" + joined + "</address>"
          : "<p class=\"" + ls.kind().name().toLowerCase(Locale.ROOT).replace('_', '-') + "\">" + joined + "</p>";
    }
    throw new IllegalArgumentException("no HTML for " + bl);
  }

  private static String figure(Figure f, Template t) {
    String cap = esc(f.caption());
    if (!f.nativeMarkup()) {
      return t == Template.PHPBB ? img(f.src(), "Image", "postimage", t) + "<br>" + cap + "<br><br>"
          : "<figure>" + img(f.src(), f.alt(), "", t) + "<figcaption>" + cap + "</figcaption></figure>";
    }
    return switch (t) {
      case SQUARESPACE -> "<figure class=\"sqs-block-image-figure intrinsic\"><div class=\"image-block-wrapper\">"
          + img(f.src(), f.alt(), "thumb-image", t) + "</div><figcaption class=\"image-caption-wrapper\"><div class="
          + "\"image-caption\"><p>" + cap + "</p></div></figcaption></figure>";
      case WIX -> "<div class=\"wixui-image\">" + img(f.src(), f.alt(), "", t) + "</div><div data-testid=\"richText"
          + "Element\"><p class=\"font_9 wixui-rich-text__text\"><span style=\"font-style:italic;\">" + cap
          + "</span></p></div>";
      case JOOMLA -> "<div class=\"img_caption left\" style=\"float: left; width: 300px;\">"
          + img(f.src(), f.alt(), "caption", t) + "<p class=\"img_caption\">" + cap + "</p></div>";
      case HUGO -> "<figure>" + img(f.src(), f.alt(), "", t) + "<figcaption><h4>" + cap + "</h4></figcaption></figure>";
      case PHPBB -> "<div class=\"inline-attachment\"><dl class=\"thumbnail\"><dt><a class=\"postlink\" href=\"#\">"
          + img(f.src(), f.src() + " (" + (80 + f.src().length() * 7) + ".4 KiB) Viewed " + (f.caption().length() * 3)
          + " times", "postimage", t) + "</a></dt><dd>" + cap + "</dd></dl></div><br>";
      case AMP -> "<div class=\"image-with-credit\">" + img(f.src(), f.alt(), "", t) + "<div class=\"caption-text\">"
          + "<span>" + cap + "</span></div></div>";
    };
  }

  private static String img(String src, String alt, String cls, Template t) {
    String path = "/images/" + src;
    String attrs = " src=\"" + path + "\" alt=\"" + esc(alt) + "\"" + (cls.isEmpty() ? "" : " class=\"" + cls + "\"");
    if (t == Template.AMP) {
      return "<amp-img" + attrs + " width=\"1200\" height=\"800\" layout=\"responsive\"><noscript><img" + attrs
          + "></noscript></amp-img>";
    }
    return "<img" + attrs + (t == Template.SQUARESPACE ? " data-src=\"" + path + "\"" : "") + " loading=\"lazy\">";
  }

  private static String list(List<String> items, boolean ordered) {
    StringBuilder b = new StringBuilder(ordered ? "<ol>" : "<ul>");
    for (String i : items) {
      b.append("<li>").append(esc(i)).append("</li>");
    }
    return b.append(ordered ? "</ol>" : "</ul>").toString();
  }

  static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
