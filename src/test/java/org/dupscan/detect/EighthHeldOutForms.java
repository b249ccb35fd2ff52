package org.dupscan.detect;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dupscan.detect.EighthHeldOutCorpus.Block;
import org.dupscan.detect.EighthHeldOutCorpus.Page;
import org.dupscan.detect.EighthHeldOutCorpus.Placement;
import org.dupscan.detect.EighthHeldOutSites.Host;
import org.dupscan.detect.EighthHeldOutSites.Template;

/**
 * The two forms of a page of the eighth held-out set. The HTML form is the page as its site's template
 * serves it. The text form is what {@code w3m -dump} makes of it, the title first as a text page's first
 * line: paragraphs wrapped at 79 columns ({@link SeventhHeldOutForms#wrap}), list items as "  • ", an
 * image as its alt or, with an empty alt, as its file name in brackets (on lazy-loading templates the
 * placeholder's, since w3m reads {@code src}, not {@code data-src}), buttons and inputs in brackets.
 */
final class EighthHeldOutForms {

  private EighthHeldOutForms() {}

  static final String INPUT = "[                    ]";

  /** Where a template puts a figure's caption. */
  static Placement captionPlacement(Host h) {
    return h.template() == Template.BLOGGER || h.template() == Template.LAZY_BLOG ? Placement.BELOW_IMAGE
        : Placement.FIGCAPTION;
  }

  /** Templates with a sidebar of popular posts beside the article. */
  static boolean sidebar(Host h) {
    return h.template() == Template.WP_BLOCKS || h.template() == Template.LAZY_BLOG;
  }

  static String breadcrumb(Page p) {
    return String.format(Locale.ROOT, p.host.breadcrumb(), p.host.section(), p.title);
  }

  private static boolean cookieAtEnd(Host h) {
    return h.template() == Template.GHOST || h.template() == Template.SQUARESPACE || h.template() == Template.MEDIUM;
  }

  // ---- Text form --------------------------------------------------------------------------------------

  static String text(Page p) {
    Host h = p.host;
    Template t = h.template();
    List<String> c = new ArrayList<>();
    c.add(p.title);
    // Medium's bar and menu are divs of one line each; the other templates list their menu.
    c.add(t == Template.MEDIUM ? h.site() + "\n" + String.join(" ", h.nav()) : h.site());
    if (t != Template.MEDIUM) {
      c.add(bullets(h.nav()));
    }
    if (!cookieAtEnd(h)) {
      c.add(cookie(h));
    }
    if (h.breadcrumb() != null) {
      c.add(wrap(breadcrumb(p)));
    }
    if (t != Template.BLOGGER) {
      c.add(wrap(byline(p)));
    }
    if (t == Template.ELEMENTOR) {
      c.add(h.share());
    }
    if (t == Template.LISTINGS) {
      c.add(bullets(facts(p)));
    }
    if (p.box != null) {
      c.add(wrap(p.box));
    }
    for (Block b : p.blocks) {
      c.add(text(p, b));
    }
    if (t == Template.BLOGGER) {
      c.add(wrap(blogger(p)));
      c.add(comments(p));
    }
    if (t == Template.MEDIUM) {
      c.add(claps(p) + "\n" + h.share());
    } else if (t != Template.ELEMENTOR) {
      c.add(h.share());
    }
    c.add(h.related());
    c.add(bullets(p.related.subList(0, 3)));
    if (sidebar(h)) {
      c.add(sidebarHeading(h));
      c.add(bullets(p.related.subList(3, 5)));
    }
    // w3m ends a form's last line with no blank line before what follows.
    c.add(wrap(h.newsletter()));
    if (cookieAtEnd(h)) {
      c.add(INPUT + "[" + h.subscribe() + "]\n" + wrap(h.cookie()));
      c.add(h.accept());
      c.add(wrap(h.footer()));
    } else {
      c.add(INPUT + "[" + h.subscribe() + "]\n" + wrap(h.footer()));
    }
    return String.join("\n\n", c) + "\n";
  }

  private static String text(Page p, Block b) {
    return switch (b.type()) {
      case P, LINE, H2, TITLE_HEADING, BOLD -> wrap(b.text());
      // Medium's picture and Squarespace's wrapper are blocks of their own, so a blank line comes between.
      case FIGURE -> b.placement() == Placement.ALT_ONLY ? wrap(b.alt())
          : "[" + stem(shownSrc(p.host, b.src())) + "]" + (p.host.template() == Template.MEDIUM
              || p.host.template() == Template.SQUARESPACE ? "\n\n" : "\n") + wrap(b.text());
    };
  }

  private static String cookie(Host h) {
    return wrap(h.cookie()) + "\n\n" + h.accept();
  }

  // ---- HTML form --------------------------------------------------------------------------------------

  static String html(Page p) {
    Host h = p.host;
    Template t = h.template();
    StringBuilder s = new StringBuilder();
    s.append("<!DOCTYPE html>\n<html lang=\"").append(h.lang()).append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        .append(esc(p.title + h.titleSeparator() + h.site())).append("</title>\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta property=\"og:title\" content=\"").append(esc(p.title)).append("\">\n</head>\n");
    switch (t) {
      case WP_BLOCKS -> s.append("<body class=\"wp-site-blocks single-post\">\n<header class=\"wp-block-template-part\">")
          .append("<p class=\"wp-block-site-title\"><a href=\"/\">").append(esc(h.site())).append("</a></p>")
          .append("<nav class=\"wp-block-navigation\"><ul>").append(items(h.nav(), true)).append("</ul></nav></header>\n");
      case GHOST -> s.append("<body class=\"post-template\">\n<div class=\"gh-viewport\"><header id=\"gh-head\">")
          .append("<a class=\"gh-head-logo\" href=\"/\">").append(esc(h.site())).append("</a><nav class=\"gh-head-menu\"><ul class=\"nav\">")
          .append(items(h.nav(), true)).append("</ul></nav></header>\n");
      case ELEMENTOR -> s.append("<body class=\"elementor-default elementor-kit-7\">\n<div data-elementor-type=\"header\" class=\"elementor elementor-location-header\">")
          .append("<div class=\"elementor-section\"><div class=\"elementor-container\"><div class=\"elementor-widget-container\">")
          .append("<p class=\"elementor-heading-title\">").append(esc(h.site())).append("</p></div>")
          .append("<nav class=\"elementor-nav-menu--main\"><ul class=\"elementor-nav-menu\">").append(items(h.nav(), true))
          .append("</ul></nav></div></div></div>\n");
      case LISTINGS -> s.append("<body class=\"listing\">\n<header class=\"masthead\"><div class=\"brand\">").append(esc(h.site()))
          .append("</div><ul class=\"sections\">").append(items(h.nav(), true)).append("</ul></header>\n");
      case BLOGGER -> s.append("<body class=\"version-1-3-3 variant-indie_light\">\n<div class=\"page\"><header class=\"centered-top-container\">")
          .append("<div class=\"Header widget\"><h1 class=\"title\"><a href=\"/\">").append(esc(h.site())).append("</a></h1></div>")
          .append("<div class=\"PageList widget\"><ul>").append(items(h.nav(), true)).append("</ul></div></header>\n");
      case MEDIUM -> s.append("<body>\n<div id=\"root\"><div class=\"metabar\"><a class=\"pub-logo\" href=\"/\">").append(esc(h.site()))
          .append("</a></div>\n<nav class=\"pub-nav\">").append(inline(h.nav())).append("</nav>\n");
      case LAZY_BLOG -> s.append("<body class=\"blogg\">\n<header class=\"sidhuvud\"><div class=\"loggan\">").append(esc(h.site()))
          .append("</div><nav><ul class=\"meny\">").append(items(h.nav(), true)).append("</ul></nav></header>\n");
      case SQUARESPACE -> s.append("<body class=\"collection-type-blog view-item\">\n<header id=\"header\" class=\"header\">")
          .append("<div class=\"header-title\"><a href=\"/\">").append(esc(h.site())).append("</a></div>")
          .append("<nav class=\"header-nav-list\"><ul>").append(items(h.nav(), true)).append("</ul></nav></header>\n");
    }
    if (!cookieAtEnd(h)) {
      s.append(cookieHtml(h));
    }
    s.append(t == Template.BLOGGER ? "<main class=\"centered\"><div class=\"post-outer\"><div class=\"post\">\n"
        : t == Template.MEDIUM ? "<article><section><div class=\"section-inner\">\n"
        : t == Template.ELEMENTOR ? "<main class=\"site-main\"><div data-elementor-type=\"wp-post\" class=\"elementor\">\n"
        : sidebar(h) ? "<div class=\"wrapper\"><main class=\"content\"><article class=\"post\">\n"
        : "<main><article class=\"post\">\n");
    if (h.breadcrumb() != null) {
      String cls = switch (t) {
        case WP_BLOCKS -> "<nav class=\"rank-math-breadcrumb\"><p>";
        case ELEMENTOR -> "<nav class=\"elementor-breadcrumbs\"><p>";
        case LISTINGS -> "<nav class=\"crumbs\"><p>";
        case LAZY_BLOG -> "<nav class=\"brodsmulor\"><p>";
        default -> "<nav class=\"breadcrumbs\"><p>";
      };
      s.append(cls).append(esc(breadcrumb(p))).append("</p></nav>\n");
    }
    s.append(t == Template.BLOGGER ? "<h3 class=\"post-title entry-title\">" : t == Template.GHOST
        ? "<h1 class=\"article-title\">" : "<h1>").append(esc(p.title)).append(t == Template.BLOGGER ? "</h3>\n" : "</h1>\n");
    if (t != Template.BLOGGER) {
      s.append("<p class=\"byline\">").append(esc(byline(p))).append("</p>\n");
    }
    if (t == Template.ELEMENTOR) {
      s.append("<div class=\"elementor-share-buttons sticky\">").append(esc(h.share())).append("</div>\n");
    }
    if (t == Template.LISTINGS) {
      s.append("<ul class=\"event-facts\">").append(items(facts(p), false)).append("</ul>\n");
    }
    if (p.box != null) {
      s.append("<div class=\"").append(t == Template.GHOST ? "kg-card kg-callout-card" : "summary-box").append("\"><p>")
          .append(esc(p.box)).append("</p></div>\n");
    }
    s.append(t == Template.BLOGGER ? "<div class=\"post-body entry-content\">\n" : t == Template.GHOST
        ? "<section class=\"gh-content gh-canvas\">\n" : t == Template.MEDIUM || t == Template.ELEMENTOR ? ""
        : t == Template.SQUARESPACE ? "<div class=\"blog-item-content sqs-layout\">\n" : "<div class=\"entry-content\">\n");
    for (Block b : p.blocks) {
      html(p, b, s);
    }
    s.append(t == Template.MEDIUM || t == Template.ELEMENTOR ? "" : t == Template.GHOST ? "</section>\n" : "</div>\n");
    if (t == Template.BLOGGER) {
      s.append("<div class=\"post-footer\"><span class=\"post-author\">").append(esc(blogger(p))).append("</span></div>\n")
          .append("<div class=\"comments\" id=\"comments\">").append(commentsHtml(p)).append("</div>\n");
    }
    if (t == Template.MEDIUM) {
      s.append("</div></section>\n<div class=\"post-actions\">").append(esc(claps(p))).append("</div>\n");
    }
    if (t != Template.ELEMENTOR) {
      s.append("<div class=\"share-bar\">").append(esc(h.share())).append("</div>\n");
    }
    if (t == Template.BLOGGER) {
      s.append("</div></div>\n");
    } else if (t == Template.ELEMENTOR) {
      s.append("</div>\n");
    } else {
      s.append("</article>\n");
    }
    String relatedTag = t == Template.GHOST ? "<section class=\"gh-read-next\"><h3>" : t == Template.MEDIUM
        ? "<section class=\"more-from-author\"><h3>" : "<section class=\"related-posts\"><h3>";
    s.append(relatedTag).append(esc(h.related())).append("</h3><ul>").append(items(p.related.subList(0, 3), true))
        .append("</ul></section>\n");
    if (sidebar(h)) {
      s.append("</main>\n<aside class=\"").append(h.template() == Template.WP_BLOCKS ? "wp-block-group sidebar" : "sidopanel")
          .append("\"><h3>").append(esc(sidebarHeading(h))).append("</h3><ul>").append(items(p.related.subList(3, 5), true))
          .append("</ul></aside>\n</div>\n");
    }
    s.append("<form class=\"newsletter\"><p>").append(esc(h.newsletter())).append("</p><input type=\"email\">")
        .append("<input type=\"submit\" value=\"").append(esc(h.subscribe())).append("\"></form>\n");
    if (!sidebar(h)) {
      s.append(t == Template.MEDIUM ? "</article>\n" : "</main>\n");
    }
    if (cookieAtEnd(h)) {
      s.append(cookieHtml(h));
    }
    s.append("<footer class=\"site-footer\"><p>").append(esc(h.footer())).append("</p></footer>\n");
    if (t == Template.GHOST || t == Template.BLOGGER || t == Template.MEDIUM) {
      s.append("</div>\n");
    }
    s.append("</body>\n</html>\n");
    return s.toString();
  }

  private static void html(Page p, Block b, StringBuilder s) {
    Template t = p.host.template();
    String open = t == Template.ELEMENTOR ? "<div class=\"elementor-element elementor-widget elementor-widget-text-editor\">"
        + "<div class=\"elementor-widget-container\">" : "";
    String close = t == Template.ELEMENTOR ? "</div></div>" : "";
    String pOpen = t == Template.MEDIUM ? "<p class=\"pw-post-body-paragraph\">" : "<p>";
    switch (b.type()) {
      case P, LINE -> s.append(open).append(pOpen).append(esc(b.text())).append("</p>").append(close).append('\n');
      case H2 -> s.append(open).append("<h2>").append(esc(b.text())).append("</h2>").append(close).append('\n');
      case TITLE_HEADING -> s.append(open).append("<h3>").append(esc(b.text())).append("</h3>").append(close).append('\n');
      case BOLD -> s.append(open).append(pOpen).append("<strong>").append(esc(b.text())).append("</strong></p>").append(close)
          .append('\n');
      case FIGURE -> figure(p.host, b, s);
    }
  }

  private static void figure(Host h, Block b, StringBuilder s) {
    boolean altOnly = b.placement() == Placement.ALT_ONLY;
    String alt = esc(altOnly ? b.alt() : "");
    String cap = altOnly ? "" : esc(b.text());
    String src = b.src();
    String stem = src.substring(0, src.lastIndexOf('.'));
    switch (h.template()) {
      case WP_BLOCKS -> {
        s.append("<figure class=\"wp-block-image size-large\"><img decoding=\"async\" loading=\"lazy\" width=\"1024\" height=\"683\" src=\"")
            .append(shownSrc(h, src)).append("\" data-src=\"").append(src).append("\" data-srcset=\"").append(stem)
            .append("-300x200.jpg 300w, ").append(stem).append("-1024x683.jpg 1024w\" alt=\"").append(alt)
            .append("\" class=\"lazyload wp-image-").append(Math.abs(src.hashCode() % 9000) + 1000).append("\">");
        s.append(altOnly ? "" : "<figcaption class=\"wp-element-caption\">" + cap + "</figcaption>").append("</figure>\n");
      }
      case GHOST -> {
        s.append("<figure class=\"kg-card kg-image-card").append(altOnly ? "" : " kg-card-hascaption")
            .append("\"><img src=\"").append(src).append("\" class=\"kg-image\" alt=\"").append(alt)
            .append("\" loading=\"lazy\" width=\"2000\" height=\"1333\" srcset=\"").append(stem).append("-600.jpg 600w, ")
            .append(stem).append("-1000.jpg 1000w, ").append(src).append(" 2000w\" sizes=\"(min-width: 720px) 720px\">");
        s.append(altOnly ? "" : "<figcaption><span style=\"white-space: pre-wrap;\">" + cap + "</span></figcaption>")
            .append("</figure>\n");
      }
      case ELEMENTOR -> s.append("<div class=\"elementor-element elementor-widget elementor-widget-image\">")
          .append("<div class=\"elementor-widget-container\"><figure class=\"wp-caption\"><img width=\"800\" height=\"533\" src=\"")
          .append(src).append("\" class=\"attachment-large size-large\" alt=\"").append(alt).append("\">")
          .append(altOnly ? "" : "<figcaption class=\"widget-image-caption wp-caption-text\">" + cap + "</figcaption>")
          .append("</figure></div></div>\n");
      case LISTINGS -> s.append("<figure class=\"event-photo\"><img src=\"").append(src).append("\" alt=\"").append(alt)
          .append("\" width=\"960\" height=\"640\">").append(altOnly ? "" : "<figcaption>" + cap + "</figcaption>")
          .append("</figure>\n");
      case BLOGGER -> {
        if (altOnly) {
          s.append("<div class=\"separator\" style=\"clear: both;\"><a href=\"").append(src)
              .append("\" style=\"display: block; padding: 1em 0; text-align: center;\"><img border=\"0\" width=\"640\" src=\"")
              .append(src).append("\" alt=\"").append(alt).append("\"></a></div>\n");
        } else {
          s.append("<table align=\"center\" cellpadding=\"0\" cellspacing=\"0\" class=\"tr-caption-container\"><tbody><tr><td>")
              .append("<a href=\"").append(src).append("\"><img border=\"0\" width=\"640\" src=\"").append(src)
              .append("\" alt=\"\"></a></td></tr><tr><td class=\"tr-caption\">").append(cap)
              .append("</td></tr></tbody></table>\n");
        }
      }
      case MEDIUM -> s.append("<figure class=\"paragraph-image\"><div role=\"button\" tabindex=\"0\"><picture>")
          .append("<source srcset=\"").append(stem).append("-640.webp 640w, ").append(stem).append("-1400.webp 1400w\" type=\"image/webp\">")
          .append("<img alt=\"").append(alt).append("\" class=\"bh\" width=\"700\" height=\"467\" loading=\"lazy\" src=\"")
          .append(src).append("\"></picture></div>")
          .append(altOnly ? "" : "<figcaption class=\"pw-caption\">" + cap + "</figcaption>").append("</figure>\n");
      case LAZY_BLOG -> s.append("<div class=\"bild\"><img class=\"lazyload\" src=\"").append(shownSrc(h, src))
          .append("\" data-src=\"").append(src).append("\" alt=\"").append(alt).append("\">")
          .append(altOnly ? "" : "<div class=\"bildtext\">" + cap + "</div>").append("</div>\n");
      case SQUARESPACE -> s.append("<div class=\"sqs-block image-block sqs-block-image\"><div class=\"sqs-block-content\">")
          .append("<figure class=\"sqs-block-image-figure intrinsic\"><div class=\"image-block-wrapper\"><img data-src=\"")
          .append(src).append("\" data-image-dimensions=\"1500x1000\" width=\"1500\" height=\"1000\" src=\"").append(src).append("\" alt=\"").append(alt)
          .append("\"></div>").append(altOnly ? "" : "<figcaption class=\"image-caption-wrapper\"><div class=\"image-caption\"><p>"
              + cap + "</p></div></figcaption>").append("</figure></div></div>\n");
    }
  }

  private static String cookieHtml(Host h) {
    return "<div id=\"cookie-consent\" class=\"cookie-banner\"><p>" + esc(h.cookie()) + "</p><button type=\"button\">"
        + esc(h.accept()) + "</button></div>\n";
  }

  // ---- Shared pieces ----------------------------------------------------------------------------------

  /** The image file w3m names: a lazy template's placeholder, since w3m does not read {@code data-src}. */
  private static String shownSrc(Host h, String src) {
    return switch (h.template()) {
      case WP_BLOCKS -> "/wp-content/themes/tinytoes/assets/lazy-placeholder.gif";
      case LAZY_BLOG -> "/wp-content/themes/sjon/img/blank.gif";
      default -> src;
    };
  }

  private static String byline(Page p) {
    String lang = p.host.lang();
    String date = p.date.format(DateTimeFormatter.ofPattern(lang.equals("de") ? "d. MMMM yyyy" : "d MMMM yyyy",
        Locale.forLanguageTag(lang)));
    int minutes = 3 + p.key.length() % 7;
    return switch (lang) {
      case "de" -> "Von " + p.author + " · Aktualisiert am " + date + " · " + minutes + " Min. Lesezeit";
      case "pl" -> p.author + " · " + minutes + " min czytania · " + date;
      case "sv" -> "Publicerat av " + p.author + " den " + date;
      case "es" -> "Por " + p.author + ", " + date;
      default -> p.host.template() == Template.GHOST ? p.author + " — " + date + " — " + minutes + " min read"
          : "By " + p.author + " | " + date + " | " + minutes + " min read";
    };
  }

  private static List<String> facts(Page p) {
    String date = p.date.format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK));
    return List.of("When: " + date + ", " + (9 + p.key.length() % 4) + ":00 to " + (15 + p.key.length() % 6) + ":00",
        "Where: Mill Meadow, Riverside", "Price: " + (p.key.length() % 3 == 0 ? "Free" : "£" + (3 + p.key.length() % 9)),
        "Organiser: Riverside Events Trust");
  }

  private static String blogger(Page p) {
    return "Publicado por " + p.author + " a las " + String.format(Locale.ROOT, "%d:%02d", 8 + p.key.length() % 12,
        (p.key.length() * 7) % 60);
  }

  private static String comments(Page p) {
    int n = 1 + p.key.length() % 3;
    StringBuilder s = new StringBuilder(n + " comentarios");
    for (String c : commentTexts().subList(0, n)) {
      s.append("\n\n").append(wrap(c));
    }
    return s.toString();
  }

  private static String commentsHtml(Page p) {
    int n = 1 + p.key.length() % 3;
    StringBuilder s = new StringBuilder("<h4>" + n + " comentarios</h4>");
    for (String c : commentTexts().subList(0, n)) {
      s.append("<p class=\"comment-content\">").append(esc(c)).append("</p>");
    }
    return s.toString();
  }

  private static List<String> commentTexts() {
    return List.of("Anónimo dijo: ¡Me encanta! Justo lo que estaba buscando.",
        "Bea dijo: Yo también lo uso desde hace meses y estoy encantada.",
        "Rocío dijo: ¿Dónde compraste lo de la segunda foto? Gracias.");
  }

  private static String claps(Page p) {
    return (40 + (p.key.length() * 13) % 400) + " oklasków · " + (1 + p.key.length() % 6) + " odpowiedzi";
  }

  private static String sidebarHeading(Host h) {
    return h.template() == Template.WP_BLOCKS ? "Popular right now" : "Populära inlägg";
  }

  private static String stem(String src) {
    String name = src.substring(src.lastIndexOf('/') + 1);
    return name.substring(0, name.lastIndexOf('.'));
  }

  private static String bullets(List<String> items) {
    StringBuilder s = new StringBuilder();
    for (String i : items) {
      s.append(s.length() == 0 ? "" : "\n").append(SeventhHeldOutForms.wrap("  • " + i, "    "));
    }
    return s.toString();
  }

  private static String items(List<String> items, boolean links) {
    StringBuilder s = new StringBuilder();
    for (String i : items) {
      s.append("<li>").append(links ? "<a href=\"#\">" : "").append(esc(i)).append(links ? "</a>" : "").append("</li>");
    }
    return s.toString();
  }

  private static String inline(List<String> items) {
    StringBuilder s = new StringBuilder();
    items.forEach(n -> s.append(s.length() == 0 ? "" : " ").append("<a href=\"#\">").append(esc(n)).append("</a>"));
    return s.toString();
  }

  static String wrap(String text) {
    return SeventhHeldOutForms.wrap(text, "");
  }

  static String esc(String s) {
    return SeventhHeldOutForms.esc(s);
  }
}
