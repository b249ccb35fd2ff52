package org.dupscan.detect;

import static org.dupscan.detect.FourthHeldOutCorpus.esc;

import java.util.Map;
import org.dupscan.detect.FourthHeldOutCorpus.Page;
import org.dupscan.detect.FourthHeldOutCorpus.Piece;
import org.dupscan.detect.FourthHeldOutCorpus.Placement;
import org.dupscan.detect.FourthHeldOutCorpus.Type;
import org.dupscan.detect.FourthHeldOutSites.Site;
import org.dupscan.detect.FourthHeldOutSites.Template;

/**
 * Writes a {@link FourthHeldOutCorpus} page in its two forms: plain text as a text-mode browser dumps
 * an article (title line, byline, date, then the body; an image's alt as {@code [alt]}, list items as
 * bullet lines, table rows as lines of cells, code indented), and HTML inside its host's template.
 */
final class FourthHeldOutForms {

  private FourthHeldOutForms() {}

  // ---- Plain text ------------------------------------------------------------------------------------

  static String text(Page p) {
    StringBuilder sb = new StringBuilder();
    sb.append(p.title).append("\n\nBy ").append(p.author).append("\n\n").append(p.date).append("\n\n");
    for (Piece piece : p.body) {
      sb.append(textOf(piece, p.site.bullet())).append("\n\n");
    }
    return sb.toString();
  }

  private static String textOf(Piece piece, char bullet) {
    return switch (piece.type()) {
      case LIST, GALLERY -> String.join("\n", piece.lines().stream().map(l -> bullet + " " + l).toList());
      case TABLE -> String.join("\n", piece.lines());
      case CODE -> String.join("\n", piece.lines().stream().map(l -> "    " + l).toList());
      case SPEC -> String.join("\n\n", piece.lines());
      case FIGURE, CAPTION -> piece.placement() == Placement.ALT ? "[" + piece.alt() + "]"
          : (piece.alt().isEmpty() ? "" : "[" + piece.alt() + "]\n\n") + piece.text();
      default -> piece.text();
    };
  }

  // ---- HTML --------------------------------------------------------------------------------------------

  static String html(Page p, Page prev, Page next, Map<String, Page> all) {
    Site s = p.site;
    StringBuilder b = new StringBuilder(16_384);
    b.append("<!DOCTYPE html>\n<html lang=\"").append(s.british() ? "en-GB" : "en-US").append("\">\n<head>\n")
        .append("<meta charset=\"utf-8\">\n<title>").append(esc(headTitle(p))).append("</title>\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n</head>\n");
    switch (s.template()) {
      case WORDPRESS -> wordpress(b, p, prev, next);
      case BLOGGER -> blogger(b, p, prev, next, all);
      case GHOST -> ghost(b, p, prev, next, all);
      case MEDIUM -> medium(b, p, prev, next);
      case TABLE_LAYOUT -> tableLayout(b, p, prev, next);
      case DRUPAL -> drupal(b, p, prev, next);
    }
    return b.append("</html>\n").toString();
  }

  /** The document title as each platform writes it by default. */
  static String headTitle(Page p) {
    String name = p.site.name();
    return switch (p.site.template()) {
      case WORDPRESS -> p.title + " – " + name;
      case BLOGGER -> name + ": " + p.title;
      case GHOST -> p.title;
      case MEDIUM -> p.title + " | by " + p.author + " | " + name;
      case TABLE_LAYOUT -> name + " - " + p.title;
      case DRUPAL -> p.title + " | " + name;
    };
  }

  private static void wordpress(StringBuilder b, Page p, Page prev, Page next) {
    Site s = p.site;
    b.append("<body class=\"post-template-default single single-post\">\n<div id=\"page\" class=\"site\">\n")
        .append("<header id=\"masthead\" class=\"site-header\"><p class=\"site-title\"><a href=\"/\">")
        .append(esc(s.name())).append("</a></p>\n<nav id=\"site-navigation\" class=\"main-navigation\"><ul>")
        .append("<li><a href=\"/\">Home</a></li><li><a href=\"/veg/\">Veg patch</a></li>")
        .append("<li><a href=\"/flowers/\">Flowers</a></li><li><a href=\"/about/\">About</a></li></ul></nav>")
        .append("</header>\n<div id=\"content\" class=\"site-content\"><div id=\"primary\" class=\"content-area\">")
        .append("<main id=\"main\" class=\"site-main\">\n");
    b.append("<nav class=\"yoast-breadcrumbs\" aria-label=\"Breadcrumb\"><span><a href=\"/\">Home</a> » <a href=\"/")
        .append(FourthHeldOutCorpus.slug(s.section())).append("/\">").append(esc(s.section()))
        .append("</a> » <span class=\"breadcrumb_last\" aria-current=\"page\">").append(esc(p.title))
        .append("</span></span></nav>\n");
    b.append("<article class=\"post type-post status-publish format-standard hentry\">\n")
        .append("<header class=\"entry-header\"><h1 class=\"entry-title\">").append(esc(p.title)).append("</h1>")
        .append("<div class=\"entry-meta\"><span class=\"byline\">By <span class=\"author vcard\">")
        .append(esc(p.author)).append("</span></span> <span class=\"posted-on\"><time>").append(p.date)
        .append("</time></span></div></header>\n<div class=\"entry-content\">\n");
    body(b, p, "<p>", "</p>", "h2");
    b.append("<div class=\"sharedaddy sd-sharing-enabled\"><h3 class=\"sd-title\">Share this:</h3><ul>")
        .append("<li><a>Facebook</a></li><li><a>X</a></li><li><a>Pinterest</a></li><li><a>Email</a></li></ul></div>\n")
        .append("</div>\n<footer class=\"entry-footer\">Posted in <a>").append(esc(s.section()))
        .append("</a></footer>\n</article>\n");
    b.append("<nav class=\"navigation post-navigation\" aria-label=\"Posts\"><div class=\"nav-links\">");
    if (prev != null) {
      b.append("<div class=\"nav-previous\"><a rel=\"prev\">← ").append(esc(prev.title)).append("</a></div>");
    }
    if (next != null) {
      b.append("<div class=\"nav-next\"><a rel=\"next\">").append(esc(next.title)).append(" →</a></div>");
    }
    b.append("</div></nav>\n");
    if (p.comments) {
      b.append("<div id=\"comments\" class=\"comments-area\"><h2 class=\"comments-title\">2 thoughts on “")
          .append(esc(p.title)).append("”</h2>\n<ol class=\"comment-list\">");
      comment(b, p, "li class=\"comment\"", "li");
      b.append("</ol>\n<div id=\"respond\" class=\"comment-respond\"><h3 class=\"comment-reply-title\">Leave a Reply")
          .append("</h3><p class=\"comment-notes\">Your email address will not be published.</p></div></div>\n");
    }
    b.append("</main></div>\n<aside id=\"secondary\" class=\"widget-area\">\n")
        .append("<section class=\"widget widget_top-posts\"><h2 class=\"widget-title\">Popular posts</h2><ul>");
    for (String t : p.popular) {
      b.append("<li><a>").append(esc(t)).append("</a></li>");
    }
    b.append("</ul></section>\n<section class=\"widget widget_text\"><h2 class=\"widget-title\">The monthly letter")
        .append("</h2><p>").append(esc(newsletter(s))).append("</p></section>\n</aside>\n</div>\n")
        .append("<footer id=\"colophon\" class=\"site-footer\"><p>© 2026 ").append(esc(s.name()))
        .append(" · Proudly powered by WordPress</p></footer>\n</div>\n")
        .append("<div id=\"cookie-law-info-bar\" class=\"cli-bar-container\"><span>").append(esc(cookie(s)))
        .append(" <a role=\"button\">Accept</a></span></div>\n</body>\n");
  }

  private static void blogger(StringBuilder b, Page p, Page prev, Page next, Map<String, Page> all) {
    Site s = p.site;
    boolean divs = s.british(); // one of the two Blogger hosts writes paragraphs as <div>s, as its editor does
    b.append("<body class=\"version-1-3-3 variant-indie\">\n<div class=\"page\"><div class=\"centered\">\n")
        .append("<header class=\"centered-top-container\"><div class=\"blog-name\"><h2 class=\"title\"><a href=\"/\">")
        .append(esc(s.name())).append("</a></h2><p class=\"description\"><span>Notes from ").append(esc(s.name()))
        .append("</span></p></div></header>\n<main class=\"centered-bottom\" id=\"main\"><div class=\"main section\">")
        .append("<div class=\"widget Blog\" id=\"Blog1\"><div class=\"blog-posts hfeed container\">\n")
        .append("<article class=\"post-outer-container\"><div class=\"post-outer\"><div class=\"post\">\n")
        .append("<h3 class=\"post-title entry-title\">").append(esc(p.title)).append("</h3>\n")
        .append("<div class=\"post-header\"><div class=\"post-header-line-1\"><span class=\"byline post-author vcard\">")
        .append("Posted by <span class=\"fn\">").append(esc(p.author)).append("</span></span> ")
        .append("<span class=\"byline post-timestamp\"><time class=\"published\">").append(p.date)
        .append("</time></span></div></div>\n<div class=\"post-body entry-content float-container\" id=\"post-body-")
        .append(Math.abs(p.key.hashCode())).append("\">\n");
    if (divs) {
      body(b, p, "<div>", "</div>\n<div><br></div>", "h3");
    } else {
      body(b, p, "<p>", "</p>", "h3");
    }
    b.append("</div>\n<div class=\"post-footer\"><div class=\"post-share-buttons\"><a class=\"share-button\">")
        .append("Email This</a><a class=\"share-button\">BlogThis!</a><a class=\"share-button\">Share to X</a>")
        .append("<a class=\"share-button\">Share to Facebook</a></div><span class=\"post-labels\">Labels: <a>")
        .append(esc(s.section())).append("</a></span></div>\n</div></div>\n");
    if (p.comments) {
      b.append("<section class=\"comments\" id=\"comments\"><h3 class=\"title\">Comments</h3>")
          .append("<div class=\"comment-thread\"><ol>");
      comment(b, p, "li class=\"comment\"", "li");
      b.append("</ol></div><p class=\"comment-footer\"><a>Post a Comment</a></p></section>\n");
    }
    b.append("</article>\n<div class=\"blog-pager\" id=\"blog-pager\">");
    if (next != null) {
      b.append("<a class=\"blog-pager-newer-link\">Newer Post: ").append(esc(next.title)).append("</a> ");
    }
    if (prev != null) {
      b.append("<a class=\"blog-pager-older-link\">Older Post: ").append(esc(prev.title)).append("</a> ");
    }
    b.append("<a class=\"home-link\">Home</a></div>\n</div></div></div></main>\n")
        .append("<aside class=\"sidebar-container\"><div class=\"widget PopularPosts\"><h3 class=\"title\">")
        .append("Popular Posts</h3><div class=\"widget-content popular-posts\"><ul>");
    for (String t : p.popular) {
      b.append("<li><div class=\"item-content\"><div class=\"item-thumbnail\"><img alt=\"\" src=\"/thumb/")
          .append(FourthHeldOutCorpus.slug(t)).append(".jpg\"></div><div class=\"item-title\"><a>").append(esc(t))
          .append("</a></div><div class=\"item-snippet\">").append(esc(snippet(all, p.host, t)))
          .append("</div></div></li>");
    }
    b.append("</ul></div></div>\n<div class=\"widget FollowByEmail\"><h3 class=\"title\">Follow by Email</h3><p>")
        .append(esc(newsletter(s))).append("</p></div>\n</aside>\n<footer class=\"footer\">Powered by Blogger</footer>")
        .append("\n</div></div>\n<div class=\"cookie-choices-info\"><p class=\"cookie-choices-text\">")
        .append(esc(cookie(s))).append("</p><a class=\"cookie-choices-button\">Got it</a></div>\n</body>\n");
  }

  private static void ghost(StringBuilder b, Page p, Page prev, Page next, Map<String, Page> all) {
    Site s = p.site;
    b.append("<body class=\"post-template tag-").append(FourthHeldOutCorpus.slug(s.section())).append("\">\n");
    if (s.cookieDialog()) {
      dialog(b, s);
    }
    b.append("<div class=\"site-wrapper\">\n<header class=\"site-header outer\"><div class=\"inner\">")
        .append("<nav class=\"site-nav\"><a class=\"site-nav-logo\" href=\"/\">").append(esc(s.name()))
        .append("</a><ul class=\"nav\"><li class=\"nav-home\"><a>Home</a></li><li><a>")
        .append(esc(s.section())).append("</a></li><li><a>About</a></li></ul></nav></div></header>\n")
        .append("<main id=\"site-main\" class=\"site-main outer\"><div class=\"inner\">\n")
        .append("<article class=\"post-full post\">\n<header class=\"post-full-header\"><section class=\"post-full-meta\">")
        .append("<time class=\"post-full-meta-date\">").append(p.date).append("</time> <span class=\"date-divider\">/")
        .append("</span> <a>").append(esc(s.section())).append("</a></section>\n<h1 class=\"post-full-title\">")
        .append(esc(p.title)).append("</h1>\n<p class=\"post-full-custom-excerpt\">Notes on ").append(esc(p.subject))
        .append(", from the ").append(esc(s.name())).append(" team.</p>\n<div class=\"post-full-byline\">")
        .append("<span class=\"byline\">By ").append(esc(p.author)).append("</span></div></header>\n")
        .append("<section class=\"post-full-content\"><div class=\"post-content\">\n");
    body(b, p, "<p>", "</p>", "h2");
    b.append("</div></section>\n<section class=\"subscribe-form\"><h3 class=\"subscribe-form-title\">Subscribe to ")
        .append(esc(s.name())).append("</h3><p>").append(esc(newsletter(s))).append("</p></section>\n")
        .append("<footer class=\"post-full-footer\"><section class=\"author-card\"><h4 class=\"author-card-name\">")
        .append(esc(p.author)).append("</h4><p>").append(esc(p.author)).append(" writes for ").append(esc(s.name()))
        .append(". Questions and corrections are welcome through the contact page.</p></section>")
        .append("<div class=\"share\">Share: <a>X</a> <a>Facebook</a> <a>LinkedIn</a></div></footer>\n")
        .append("</article>\n</div></main>\n<aside class=\"read-next outer\"><div class=\"inner\">")
        .append("<div class=\"read-next-feed\"><article class=\"read-next-card\"><header class=\"read-next-card-header\">")
        .append("<h3>More in ").append(esc(s.section())).append("</h3></header><div class=\"read-next-card-content\"><ul>");
    for (String t : p.popular) {
      b.append("<li><a>").append(esc(t)).append("</a></li>");
    }
    b.append("</ul></div></article>\n");
    for (Page n : new Page[] {prev, next}) {
      if (n != null) {
        b.append("<article class=\"post-card\"><div class=\"post-card-content\"><h2 class=\"post-card-title\">")
            .append(esc(n.title)).append("</h2><section class=\"post-card-excerpt\"><p>")
            .append(esc(snippet(all, p.host, n.title))).append("</p></section></div></article>\n");
      }
    }
    b.append("</div></div></aside>\n<footer class=\"site-footer outer\"><div class=\"inner\">")
        .append(esc(s.name())).append(" © 2026 · Published with Ghost</div></footer>\n</div>\n");
    if (!s.cookieDialog()) {
      b.append("<div class=\"cookie-bar\"><p>").append(esc(cookie(s))).append("</p><button>OK</button></div>\n");
    }
    b.append("</body>\n");
  }

  private static void medium(StringBuilder b, Page p, Page prev, Page next) {
    Site s = p.site;
    b.append("<body>\n<div id=\"root\"><div class=\"metabar\"><a class=\"siteLogo\">").append(esc(s.name()))
        .append("</a><a>Sign in</a><a>Get started</a></div>\n<main><article class=\"postArticle\">\n")
        .append("<div class=\"postMetaInline\"><span class=\"byline\">By ").append(esc(p.author))
        .append("</span> · <time>").append(p.date).append("</time> · 6 min read</div>\n")
        .append("<div class=\"postArticle-content\">\n<section class=\"section section--body section--first\">")
        .append("<div class=\"section-content\"><div class=\"section-inner sectionLayout--insetColumn\">\n")
        .append("<h1 class=\"graf graf--h3 graf--leading graf--title\">").append(esc(p.title)).append("</h1>\n");
    for (Piece piece : p.body) {
      if (piece.type() == Type.HEADING) {
        b.append("</div></div></section>\n<section class=\"section section--body\"><div class=\"section-divider\">")
            .append("<hr class=\"section-divider\"></div><div class=\"section-content\">")
            .append("<div class=\"section-inner sectionLayout--insetColumn\">\n");
      }
      piece(b, p, piece, "<p class=\"graf graf--p\">", "</p>", "h3");
    }
    b.append("</div></div></section>\n</div>\n<footer class=\"postArticle-footer\"><div class=\"clapBar\">")
        .append("<button>Clap</button> 214 claps</div><div class=\"shareBar\">Share on X · Share on Facebook")
        .append(" · Copy link</div></footer>\n</article>\n");
    if (p.comments) {
      b.append("<section class=\"responses\"><h4>Responses (2)</h4><div class=\"responsesStream\">");
      comment(b, p, "div class=\"response\"", "div");
      b.append("</div></section>\n");
    }
    b.append("<section class=\"moreFrom\"><h2>More from ").append(esc(s.name())).append("</h2><p>")
        .append(esc(newsletter(s))).append("</p><ul>");
    for (String t : p.popular) {
      b.append("<li class=\"moreFrom-item\"><h3><a>").append(esc(t)).append("</a></h3></li>");
    }
    b.append("</ul></section>\n<nav class=\"pager\">");
    if (prev != null) {
      b.append("<a class=\"prev\">Previous: ").append(esc(prev.title)).append("</a> ");
    }
    if (next != null) {
      b.append("<a class=\"next\">Next: ").append(esc(next.title)).append("</a>");
    }
    b.append("</nav>\n</main></div>\n<div class=\"overlay-cookie\"><p>").append(esc(cookie(s)))
        .append("</p></div>\n</body>\n");
  }

  private static void tableLayout(StringBuilder b, Page p, Page prev, Page next) {
    Site s = p.site;
    b.append("<body bgcolor=\"#ffffff\" topmargin=\"0\" leftmargin=\"0\">\n")
        .append("<table width=\"780\" border=\"0\" cellpadding=\"0\" cellspacing=\"0\" align=\"center\">\n")
        .append("<tr><td colspan=\"2\" bgcolor=\"#336699\"><font face=\"Verdana\" size=\"5\" color=\"#ffffff\"><b>")
        .append(esc(s.name())).append("</b></font><br><font size=\"1\" color=\"#ffffff\">Serving the community since")
        .append(" 1987</font></td></tr>\n<tr><td colspan=\"2\"><font face=\"Verdana\" size=\"1\"><a href=\"/\">Home")
        .append("</a> &gt; <a>").append(esc(s.section())).append("</a> &gt; ").append(esc(p.title))
        .append("</font></td></tr>\n<tr><td width=\"170\" valign=\"top\" bgcolor=\"#eeeeee\">\n")
        .append("<table width=\"100%\" cellpadding=\"4\"><tr><td><font face=\"Verdana\" size=\"2\"><b>Popular pages")
        .append("</b></font></td></tr>\n");
    for (String t : p.popular) {
      b.append("<tr><td><font face=\"Verdana\" size=\"1\"><a>").append(esc(t)).append("</a></font></td></tr>\n");
    }
    b.append("</table><br>\n<table width=\"100%\" cellpadding=\"4\"><tr><td><font face=\"Verdana\" size=\"2\"><b>")
        .append("Newsletter</b></font><br><font face=\"Verdana\" size=\"1\">").append(esc(newsletter(s)))
        .append("</font></td></tr></table>\n</td>\n<td width=\"610\" valign=\"top\">\n<h1>").append(esc(p.title))
        .append("</h1>\n<p><font face=\"Verdana\" size=\"1\">By ").append(esc(p.author)).append(" | ").append(p.date)
        .append("</font></p>\n");
    body(b, p, "<p><font face=\"Verdana\" size=\"2\">", "</font></p>", "h3");
    b.append("<p><font face=\"Verdana\" size=\"1\"><a>Email this page</a> | <a>Print this page</a></font></p>\n")
        .append("<p align=\"center\"><font face=\"Verdana\" size=\"1\">");
    if (prev != null) {
      b.append("&lt;&lt; <a>").append(esc(prev.title)).append("</a> | ");
    }
    b.append("<a>Index</a>");
    if (next != null) {
      b.append(" | <a>").append(esc(next.title)).append("</a> &gt;&gt;");
    }
    b.append("</font></p>\n</td></tr>\n<tr><td colspan=\"2\" align=\"center\"><font face=\"Verdana\" size=\"1\">© ")
        .append(esc(s.name())).append(" | <a>Contact</a> | <a>Privacy</a></font></td></tr>\n</table>\n")
        .append("<div id=\"cookie-notice\"><font face=\"Verdana\" size=\"1\">").append(esc(cookie(s)))
        .append(" <a>OK</a></font></div>\n</body>\n");
  }

  private static void drupal(StringBuilder b, Page p, Page prev, Page next) {
    Site s = p.site;
    b.append("<body class=\"path-node page-node-type-article\">\n<a href=\"#main-content\" class=\"skip-link\">")
        .append("Skip to main content</a>\n<div class=\"dialog-off-canvas-main-canvas\"><div class=\"layout-container\">\n");
    if (s.cookieDialog()) {
      dialog(b, s);
    }
    b.append("<header role=\"banner\"><div class=\"region region-header\"><a class=\"site-logo\" href=\"/\">")
        .append(esc(s.name())).append("</a></div><div class=\"region region-primary-menu\"><nav><ul class=\"menu\">")
        .append("<li><a>Home</a></li><li><a>").append(esc(s.section())).append("</a></li><li><a>Contact</a></li>")
        .append("</ul></nav></div></header>\n<div class=\"region region-breadcrumb\"><nav class=\"breadcrumb\" ")
        .append("role=\"navigation\"><ol><li><a href=\"/\">Home</a></li><li><a>").append(esc(s.section()))
        .append("</a></li><li>").append(esc(p.title)).append("</li></ol></nav></div>\n")
        .append("<main role=\"main\"><a id=\"main-content\" tabindex=\"-1\"></a><div class=\"layout-content\">")
        .append("<div class=\"region region-content\">\n<div class=\"promo-strip\"><p>").append(esc(promotion(s)))
        .append("</p></div>\n<h1 class=\"page-title\"><span class=\"field field--name-title\">").append(esc(p.title))
        .append("</span></h1>\n<article role=\"article\" class=\"node node--type-article node--view-mode-full\">")
        .append("<div class=\"node__meta\"><span class=\"field--name-uid\">By ").append(esc(p.author))
        .append("</span> <span class=\"field--name-created\">").append(p.date).append("</span></div>\n")
        .append("<div class=\"node__content\"><div class=\"clearfix text-formatted field field--name-body field__item\">\n");
    body(b, p, "<p>", "</p>", "h2");
    b.append("</div><div class=\"field field--name-field-tags\"><div class=\"field__label\">Tags</div><div ")
        .append("class=\"field__item\"><a>").append(esc(s.section())).append("</a></div></div></div></article>\n")
        .append("<div class=\"share-links\"><span>Share:</span> <a>Facebook</a> <a>LinkedIn</a> <a>Email</a></div>\n")
        .append("<nav class=\"pager\"><ul>");
    if (prev != null) {
      b.append("<li class=\"pager__item--previous\"><a>‹ ").append(esc(prev.title)).append("</a></li>");
    }
    if (next != null) {
      b.append("<li class=\"pager__item--next\"><a>").append(esc(next.title)).append(" ›</a></li>");
    }
    b.append("</ul></nav>\n<div class=\"views-element-container block-popular\"><h2>Popular posts</h2>")
        .append("<div class=\"item-list\"><ul>");
    for (String t : p.popular) {
      b.append("<li><a>").append(esc(t)).append("</a></li>");
    }
    b.append("</ul></div></div>\n</div></div>\n<aside class=\"layout-sidebar-first\" role=\"complementary\">")
        .append("<div class=\"block-newsletter\"><h2>Newsletter</h2><p>").append(esc(newsletter(s)))
        .append("</p></div></aside>\n</main>\n<footer role=\"contentinfo\"><p>© 2026 ").append(esc(s.name()))
        .append("</p></footer>\n</div></div>\n</body>\n");
  }

  // ---- Body pieces -------------------------------------------------------------------------------------

  private static void body(StringBuilder b, Page p, String open, String close, String heading) {
    for (Piece piece : p.body) {
      piece(b, p, piece, open, close, heading);
    }
  }

  private static void piece(StringBuilder b, Page p, Piece piece, String open, String close, String heading) {
    Template t = p.site.template();
    switch (piece.type()) {
      case PARAGRAPH -> b.append(open).append(esc(piece.text())).append(close).append('\n');
      case HEADING -> b.append(t == Template.TABLE_LAYOUT ? "<p><font face=\"Verdana\" size=\"3\"><b>"
          : "<" + heading + ">").append(esc(piece.text())).append(t == Template.TABLE_LAYOUT ? "</b></font></p>"
          : "</" + heading + ">").append('\n');
      case LIST -> {
        b.append("<ul>");
        piece.lines().forEach(l -> b.append("<li>").append(esc(l)).append("</li>"));
        b.append("</ul>\n");
      }
      case TABLE -> {
        b.append(t == Template.TABLE_LAYOUT ? "<table border=\"1\" cellpadding=\"3\">" : "<table>");
        for (int i = 0; i < piece.lines().size(); i++) {
          String cell = i == 0 ? "th" : "td";
          b.append("<tr>");
          for (String c : piece.lines().get(i).split(" {3}")) {
            b.append('<').append(cell).append('>').append(esc(c)).append("</").append(cell).append("> ");
          }
          b.append("</tr>");
        }
        b.append("</table>\n");
      }
      case CODE -> {
        if (t == Template.BLOGGER) { // pattern rows in a monospace div, as the Blogger editor leaves them
          b.append("<div style=\"font-family: monospace;\">")
              .append(String.join("<br>", piece.lines().stream().map(FourthHeldOutCorpus::esc).toList()))
              .append("</div>\n");
        } else {
          b.append("<pre><code>").append(esc(String.join("\n", piece.lines()))).append("</code></pre>\n");
        }
      }
      case QUOTE -> b.append(t == Template.MEDIUM ? "<blockquote class=\"graf graf--pullquote\">" : "<blockquote>")
          .append(esc(piece.text())).append("</blockquote>\n");
      case FIGURE, CAPTION -> image(b, p, piece, open, close);
      case GALLERY -> {
        b.append(t == Template.WORDPRESS ? "<ul class=\"wp-block-gallery blocks-gallery-grid\">" : "<ul class=\"gallery\">");
        int i = 0;
        for (String l : piece.lines()) {
          String src = src(p, "gallery-" + (++i));
          b.append(t == Template.WORDPRESS
              ? "<li class=\"blocks-gallery-item\"><figure><img src=\"" + src + "\" alt=\"\"><figcaption "
                  + "class=\"blocks-gallery-item__caption\">" + esc(l) + "</figcaption></figure></li>"
              : "<li><img src=\"" + src + "\" alt=\"\"><span class=\"gallery-caption\">" + esc(l) + "</span></li>");
        }
        b.append("</ul>\n");
      }
      case TITLE -> {
        String tag = piece.tag();
        if (tag.equals("strong")) {
          b.append(open).append("<strong>").append(esc(piece.text())).append("</strong>").append(close).append('\n');
        } else {
          b.append('<').append(tag).append('>').append(esc(piece.text())).append("</").append(tag).append(">\n");
        }
      }
      case RELATED -> {
        int colon = piece.text().indexOf(": ");
        int cut = colon > 0 ? colon + 2 : piece.text().indexOf("→ ") + 2;
        b.append(open).append("<strong>").append(esc(piece.text().substring(0, cut).strip())).append("</strong> <a>")
            .append(esc(piece.text().substring(cut))).append("</a>").append(close).append('\n');
      }
      case SPEC -> piece.lines().forEach(l -> b.append("<p class=\"spec\">").append(esc(l)).append("</p>\n"));
    }
  }

  /** An image with its caption (an injected one or the article's own figure) in its placement. */
  private static void image(StringBuilder b, Page p, Piece piece, String open, String close) {
    String text = esc(piece.text());
    String alt = esc(piece.alt());
    String src = src(p, piece.type() == Type.CAPTION && piece.labels().get(0).style()
        == FourthHeldOutCorpus.Style.FILE_NAME ? piece.text() : FourthHeldOutCorpus.slug(piece.text()));
    String img = "<img src=\"" + src + "\" alt=\"" + alt + "\" width=\"800\" height=\"533\">";
    boolean table = p.site.template() == Template.TABLE_LAYOUT;
    switch (piece.placement()) {
      case FIGCAPTION -> b.append(p.site.template() == Template.MEDIUM
          ? "<figure class=\"graf graf--figure\">" + img + "<figcaption class=\"imageCaption\">"
          : "<figure class=\"wp-block-image kg-card kg-image-card\">" + img + "<figcaption>")
          .append(text).append("</figcaption></figure>\n");
      case AFTER_IMAGE -> b.append("<p>").append(img).append("</p>\n").append(open).append(text).append(close)
          .append('\n');
      case IMAGE_BREAK -> b.append("<p>").append(img).append("<br>").append(table ? "<font size=\"1\"><i>" : "")
          .append(text).append(table ? "</i></font>" : "").append("</p>\n");
      case BARE, ALT_AND_TEXT -> {
        if (piece.placement() == Placement.ALT_AND_TEXT) {
          b.append("<p>").append(img).append("</p>\n");
        }
        b.append(open).append(text).append(close).append('\n');
      }
      case CAPTION_BOX -> b.append(p.site.template() == Template.DRUPAL
          ? "<div class=\"media media--image\">" + img + "<div class=\"field--name-field-caption\">" + text
              + "</div></div>\n"
          : "<div class=\"wp-caption aligncenter\">" + img + "<p class=\"wp-caption-text\">" + text + "</p></div>\n");
      case BLOGGER_TABLE -> b.append("<table align=\"center\" cellpadding=\"0\" cellspacing=\"0\" ")
          .append("class=\"tr-caption-container\"><tbody><tr><td style=\"text-align: center;\"><a>").append(img)
          .append("</a></td></tr><tr><td class=\"tr-caption\" style=\"text-align: center;\">").append(text)
          .append("</td></tr></tbody></table>\n");
      case EMPHASIS -> b.append("<p><em>").append(text).append("</em></p>\n");
      case ALT -> b.append("<p>").append(img).append("</p>\n");
      case GALLERY -> throw new IllegalArgumentException("a gallery is a piece of its own");
    }
  }

  private static String src(Page p, String name) {
    return "/uploads/" + p.key.substring(p.key.indexOf('/') + 1) + "/" + name.replace(" ", "%20")
        + (name.contains(".") ? "" : ".jpg");
  }

  private static void comment(StringBuilder b, Page p, String open, String close) {
    String[] names = {"Gwen Parry", "Luis Ortega", "Sanjay Mehta", "Ruth O’Brien"};
    String name = names[Math.abs(p.key.hashCode()) % names.length];
    b.append('<').append(open).append("><div class=\"comment-author\"><cite>").append(esc(name))
        .append("</cite></div><div class=\"comment-content\"><p><strong>Re: ").append(esc(p.title))
        .append("</strong></p><p>Thank you for writing this up – ").append(esc(p.subject))
        .append(" has been on my list for ages and this gave me the push I needed.</p></div></")
        .append(close).append(">\n<").append(open).append("><div class=\"comment-author\"><cite>")
        .append(esc(p.author)).append("</cite></div><div class=\"comment-content\"><p>Glad it helped! Do let us ")
        .append("know how you get on.</p></div></").append(close).append(">\n");
  }

  private static void dialog(StringBuilder b, Site s) {
    b.append("<div id=\"cookie-consent\" class=\"consent-dialog\" role=\"dialog\" aria-modal=\"true\" ")
        .append("aria-labelledby=\"consent-title\"><h2 id=\"consent-title\">Your privacy</h2><p>")
        .append(esc(cookie(s))).append("</p><button>Accept all</button> <button>Necessary only</button>")
        .append(" <a>Manage preferences</a></div>\n");
  }

  private static String cookie(Site s) {
    return "We use cookies to keep " + s.name() + " running, to remember your choices and, with your consent, to"
        + " measure how our pages are read. You can change your mind at any time from the link at the foot of"
        + " every page.";
  }

  private static String newsletter(Site s) {
    return "Once a month we send a short letter with the new articles from " + s.name() + ", a few links we liked"
        + " and nothing else. We never share your address, and every letter has an unsubscribe link.";
  }

  private static String promotion(Site s) {
    return s.host().startsWith("quinta")
        ? "Book direct with us for our best available rate, free late check-out when we can and a welcome drink on"
            + " arrival. Call +351\u00A0219\u00A0000\u00A0000 or use the booking form."
        : "Applications for 2027 entry are now open. Join us at an open day to meet staff and students, see the"
            + " labs and hear about fieldwork on our degree programmes.";
  }

  /** The first 110 characters of a host page's first paragraph, as a popular-posts widget shows it. */
  private static String snippet(Map<String, Page> all, String host, String title) {
    Page other = all.get(host + "/" + FourthHeldOutCorpus.slug(title));
    String first = other.firstParagraph();
    return first.length() <= 110 ? first : first.substring(0, first.lastIndexOf(' ', 110)) + "…";
  }
}
