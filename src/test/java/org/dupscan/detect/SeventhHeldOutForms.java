package org.dupscan.detect;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dupscan.detect.SeventhHeldOutCorpus.Block;
import org.dupscan.detect.SeventhHeldOutCorpus.Page;
import org.dupscan.detect.SeventhHeldOutCorpus.Placement;
import org.dupscan.detect.SeventhHeldOutCorpus.Type;
import org.dupscan.detect.SeventhHeldOutSites.Host;
import org.dupscan.detect.SeventhHeldOutSites.Layout;

/**
 * The two forms of a page of the seventh held-out set. The HTML form is the page as its site serves it,
 * each host with its own template. The text form is what {@code w3m -dump} makes of that page (checked by
 * hand against w3m 0.5.3 on a few pages), except that the title comes first, as a text page's title must:
 * paragraphs wrapped at 79 columns, list items as "  • ", an image as its alt or, with an empty alt, as its
 * file name in brackets, quotes indented by four spaces, table cells padded into columns, buttons in
 * brackets.
 */
final class SeventhHeldOutForms {

  private SeventhHeldOutForms() {}

  /** w3m's default dump width less one: the width it wraps to. */
  static final int WIDTH = 79;

  // ---- Text form --------------------------------------------------------------------------------------

  static String text(Page p) {
    Host h = p.host;
    Layout l = h.layout();
    List<String> c = new ArrayList<>();
    c.add(p.title);
    c.add(l == Layout.DIARY ? "Menu" + h.site() : h.site());
    c.add(l == Layout.AMP_NEWS ? String.join(" ", h.nav()) : l == Layout.FORUM ? "    " + String.join(" ", h.nav())
        : bullets(h.nav()));
    c.add(wrap(h.cookie(), "") + (l == Layout.REVIEW ? "" : l == Layout.PET ? "\n\nAccept allManage" : "\nOK"));
    if (l == Layout.FORUM) {
      c.add("  • " + breadcrumb(p));
    } else if (l != Layout.DIARY) {
      c.add(breadcrumb(p));
    }
    if (l == Layout.PET) {
      c.add(wrap(h.authorBox(), ""));
      c.add("Contents\n" + bullets(p.blocks.stream().filter(b -> b.type() == Type.H2).map(Block::text).toList()));
    } else if (l != Layout.FORUM) {
      c.add(byline(p));
    }
    if (l == Layout.RECIPE) {
      c.add("Jump to Recipe Print Recipe");
    }
    if (l == Layout.FORUM) {
      c.add("Post Reply [                    ]");
    }
    for (Block b : p.blocks) {
      c.addAll(text(p, b));
    }
    if (l == Layout.FORUM) {
      c.add("Post Reply");
      c.add("Who is online\n\nUsers browsing this forum: no registered users and " + (2 + p.key.length() % 7)
          + " guests");
    } else {
      c.add(h.share());
      if (l != Layout.PET) {
        c.add(wrap(h.authorBox(), ""));
      }
    }
    if (l == Layout.DIARY) {
      c.add("« Vorige: " + p.related.get(1) + "\nVolgende: " + p.related.get(2) + " »");
      c.add("2 reacties\n\nSanne schreef: Wat een mooie foto's, hier wil ik ook heen!\n\nNoor schreef: Dank je, Sanne! "
          + "Zeker doen.");
    }
    c.add(h.related());
    c.add(bullets(p.related.subList(1, 4)));
    c.add(wrap(h.newsletter(), "") + "\n[                    ][" + subscribe(h) + "]");
    if (l == Layout.REVIEW || l == Layout.GARDEN || l == Layout.WORKSHOP) {
      c.add(sidebarHeading(l));
      c.add(bullets(p.related.subList(0, 3)));
    }
    c.add(wrap(h.footer(), ""));
    return String.join("\n\n", c) + "\n";
  }

  private static List<String> text(Page p, Block b) {
    return switch (b.type()) {
      case P -> List.of(wrap(b.text(), ""));
      case H2, BOLD -> List.of(wrap(b.text(), ""));
      case BUTTON -> List.of("[" + b.text() + "]");
      case UL -> b.text() == null ? List.of(bullets(b.items())) : List.of(b.text(), bullets(b.items()));
      case OL -> {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < b.items().size(); i++) {
          s.append(i == 0 ? "" : "\n").append(wrap(" " + (i + 1) + ". " + b.items().get(i), "    "));
        }
        yield List.of(s.toString());
      }
      case TABLE -> List.of(table(b.items()));
      case QUOTE -> List.of(indent(b.text()), indent(b.items().get(0)));
      case BOX -> List.of(b.text() + " " + b.items().get(0));
      case FAQ -> List.of(b.text(), wrap(b.items().get(0), ""));
      case GALLERY -> {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < b.items().size(); i++) {
          out.add("[" + stem(gallerySrc(p, i)) + "]\n" + wrap(b.items().get(i), ""));
        }
        yield out;
      }
      case POST -> {
        String user = b.text().substring(0, b.text().indexOf('|'));
        int n = Integer.parseInt(b.text().substring(b.text().indexOf('|') + 1));
        List<String> out = new ArrayList<>();
        out.add(user + "\n    Posts: " + posts(user, n));
        if (p.subjects && n > 0) {
          out.add(wrap("Re: " + p.title, ""));
        }
        out.add("by " + user + " » " + postDate(p, n));
        yield out;
      }
      case IMAGE -> image(b);
    };
  }

  private static List<String> image(Block b) {
    String bracket = "[" + stem(b.src()) + "]";
    return switch (b.placement()) {
      case ALT_ONLY -> List.of(wrap(b.alt(), ""));
      case FIGCAPTION, DIV_BELOW -> List.of(bracket + "\n" + wrap(b.text(), ""));
      case WP_CAPTION_TEXT -> List.of(bracket, wrap(b.text(), ""));
      case AMP_FIGURE -> List.of(wrap(b.text(), ""));
    };
  }

  // ---- HTML form --------------------------------------------------------------------------------------

  static String html(Page p) {
    Host h = p.host;
    Layout l = h.layout();
    StringBuilder s = new StringBuilder();
    s.append("<!DOCTYPE html>\n<html").append(l == Layout.AMP_NEWS ? " amp" : "").append(" lang=\"").append(h.lang())
        .append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(esc(String.format(h.titleFormat(), p.title,
            h.site()))).append("</title>\n<meta name=\"viewport\" content=\"width=device-width\">\n");
    if (l == Layout.AMP_NEWS) {
      s.append("<link rel=\"canonical\" href=\"https://").append(h.name()).append("/").append(slug(p))
          .append("\">\n<script async src=\"https://cdn.ampproject.org/v0.js\"></script>\n");
    }
    s.append("</head>\n<body class=\"").append(l.name().toLowerCase(Locale.ROOT)).append("\">\n");
    String nav = navList(h);
    String cookie = "<div class=\"" + (l == Layout.PET ? "consent-banner" : "cookie-notice") + "\"><p>" + esc(h.cookie())
        + "</p><button>" + (l == Layout.PET ? "Accept all</button><button>Manage" : "OK") + "</button></div>\n";
    switch (l) {
      case RECIPE -> s.append("<div id=\"masthead\" class=\"sticky-header\"><a class=\"logo\" href=\"/\">")
          .append(esc(h.site())).append("</a>\n<ul class=\"menu\">").append(nav).append("</ul></div>\n");
      case AMP_NEWS -> s.append("<header class=\"site-header\"><amp-img src=\"/logo.png\" width=\"180\" height=\"40\""
          + " alt=\"\"></amp-img><div class=\"testata\">").append(esc(h.site())).append("</div>\n<nav>")
          .append(inline(h.nav())).append("</nav></header>\n");
      case REVIEW -> s.append("<div id=\"top-bar\">").append(esc(h.cookie())).append("</div>\n<header><div class=\"brand\">")
          .append(esc(h.site())).append("</div><nav><ul>").append(nav).append("</ul></nav></header>\n");
      case FORUM -> s.append("<div id=\"wrap\"><div class=\"headerbar\"><h1 class=\"sitename\">").append(esc(h.site()))
          .append("</h1></div>\n<div class=\"navbar\"><ul class=\"linklist\">").append(inline(h.nav()))
          .append("</ul></div>\n");
      case DIARY -> s.append("<header class=\"top\"><button class=\"menu-toggle\">Menu</button><span class=\"naam\">")
          .append(esc(h.site())).append("</span><ul>").append(nav).append("</ul></header>\n");
      case PET -> s.append("<div class=\"site-banner\"><span class=\"site-title\">").append(esc(h.site()))
          .append("</span><ul class=\"main-menu\">").append(nav).append("</ul></div>\n");
      case GARDEN -> s.append("<header id=\"cabecalho\"><p class=\"site-title\">").append(esc(h.site()))
          .append("</p><nav class=\"menu-principal\"><ul>").append(nav).append("</ul></nav></header>\n");
      case WORKSHOP -> s.append("<header class=\"bandeau\"><div class=\"nom\">").append(esc(h.site()))
          .append("</div><ul class=\"menu\">").append(nav).append("</ul></header>\n");
      default -> throw new IllegalStateException();
    }
    if (l != Layout.REVIEW) {
      s.append(cookie);
    }
    switch (l) {
      case RECIPE -> s.append("<div class=\"breadcrumbs\">").append(esc(breadcrumb(p))).append("</div>\n");
      case AMP_NEWS -> s.append("<div class=\"percorso\">").append(esc(breadcrumb(p))).append("</div>\n");
      case REVIEW -> s.append("<nav aria-label=\"breadcrumb\"><ol><li>").append(esc(breadcrumb(p))).append("</li></ol></nav>\n");
      case FORUM -> s.append("<ul class=\"nav-crumbs\"><li>").append(esc(breadcrumb(p))).append("</li></ul>\n");
      case PET -> s.append("<p class=\"trail\">").append(esc(breadcrumb(p))).append("</p>\n");
      case GARDEN -> s.append("<p id=\"breadcrumbs\">").append(esc(breadcrumb(p))).append("</p>\n");
      case WORKSHOP -> s.append("<nav class=\"fil-ariane\">").append(esc(breadcrumb(p))).append("</nav>\n");
      default -> { }
    }
    s.append(l == Layout.REVIEW || l == Layout.GARDEN || l == Layout.WORKSHOP ? "<div class=\"columns\"><main>\n"
        : "<main>\n");
    // A forum's h1 is the board's name; the topic's title is an h2, as phpBB writes them.
    s.append(l == Layout.FORUM ? "<div class=\"topic\">\n<h2 class=\"topic-title\">" : "<article class=\"post\">\n<h1>")
        .append(esc(p.title)).append(l == Layout.FORUM ? "</h2>\n" : "</h1>\n");
    if (l == Layout.PET) {
      s.append("<div class=\"vet-badge\">").append(esc(h.authorBox())).append("</div>\n<div class=\"toc\"><p>Contents</p><ul>");
      p.blocks.stream().filter(b -> b.type() == Type.H2).forEach(b -> s.append("<li><a href=\"#\">").append(esc(b.text()))
          .append("</a></li>"));
      s.append("</ul></div>\n");
    } else if (l == Layout.FORUM) {
      s.append("<div class=\"action-bar\"><a class=\"button\">Post Reply</a> <input type=\"search\" placeholder=\"Search this topic…\"></div>\n");
    } else {
      s.append("<p class=\"byline\">").append(esc(byline(p))).append("</p>\n");
    }
    if (l == Layout.RECIPE) {
      s.append("<p class=\"recipe-buttons\"><a class=\"jump-btn\" href=\"#recipe\">Jump to Recipe</a> "
          + "<a class=\"print-btn\">Print Recipe</a></p>\n");
    }
    s.append(l == Layout.FORUM ? "" : "<div class=\"entry-content\">\n");
    boolean inPost = false;
    for (Block b : p.blocks) {
      if (b.type() == Type.POST) {
        if (inPost) {
          s.append("</div></div></div>\n");
        }
        inPost = true;
      }
      html(p, b, s);
    }
    if (inPost) {
      s.append("</div></div></div>\n");
    }
    s.append(l == Layout.FORUM ? "" : "</div>\n");
    if (l == Layout.FORUM) {
      s.append("<div class=\"action-bar\"><a class=\"button\">Post Reply</a></div>\n</div>\n"
          + "<div class=\"stat-block online-list\"><h3>Who is online</h3><p>Users browsing this forum: no registered users and "
          + (2 + p.key.length() % 7) + " guests</p></div>\n");
    } else {
      s.append("<div class=\"").append(l == Layout.WORKSHOP ? "partage" : "social-share").append("\">")
          .append(esc(h.share())).append("</div>\n");
      if (l != Layout.PET) {
        s.append("<div class=\"author-box\"><p>").append(esc(h.authorBox())).append("</p></div>\n");
      }
      s.append("</article>\n");
    }
    if (l == Layout.DIARY) {
      s.append("<div class=\"post-navigation\"><a rel=\"prev\">« Vorige: ").append(esc(p.related.get(1)))
          .append("</a><br><a rel=\"next\">Volgende: ").append(esc(p.related.get(2))).append(" »</a></div>\n")
          .append("<div id=\"reacties\"><h3>2 reacties</h3><p>Sanne schreef: Wat een mooie foto's, hier wil ik ook heen!</p>"
              + "<p>Noor schreef: Dank je, Sanne! Zeker doen.</p></div>\n");
    }
    String relatedClass = switch (l) {
      case RECIPE -> "related-posts";
      case AMP_NEWS -> "correlati";
      case PET -> "popular";
      default -> "more-posts";
    };
    s.append("<section class=\"").append(relatedClass).append("\"><h3>").append(esc(h.related())).append("</h3><ul>");
    p.related.subList(1, 4).forEach(t -> s.append("<li><a href=\"#\">").append(esc(t)).append("</a></li>"));
    s.append("</ul></section>\n");
    s.append("<form class=\"newsletter\"><p>").append(esc(h.newsletter())).append("</p><input type=\"email\">"
        + "<input type=\"submit\" value=\"").append(subscribe(h)).append("\"></form>\n</main>\n");
    if (l == Layout.REVIEW || l == Layout.GARDEN || l == Layout.WORKSHOP) {
      String cls = l == Layout.REVIEW ? "<aside class=\"widget-area\">" : l == Layout.GARDEN
          ? "<aside id=\"secondary\" class=\"sidebar\">" : "<div class=\"colonne-droite\">";
      s.append(cls).append("<h3>").append(esc(sidebarHeading(l))).append("</h3><ul>");
      p.related.subList(0, 3).forEach(t -> s.append("<li><a href=\"#\">").append(esc(t)).append("</a></li>"));
      s.append("</ul>").append(l == Layout.WORKSHOP ? "</div>" : "</aside>").append("\n</div>\n");
    }
    s.append(l == Layout.FORUM ? "<div class=\"copyright\">" : "<footer>").append("<p>").append(esc(h.footer()))
        .append("</p>").append(l == Layout.FORUM ? "</div></div>" : "</footer>").append("\n</body>\n</html>\n");
    return s.toString();
  }

  private static void html(Page p, Block b, StringBuilder s) {
    Layout l = p.host.layout();
    switch (b.type()) {
      case P -> s.append("<p>").append(esc(b.text())).append("</p>\n");
      case H2 -> s.append("<h2>").append(esc(b.text())).append("</h2>\n");
      case BOLD -> s.append("<p><strong>").append(esc(b.text())).append("</strong></p>\n");
      case BUTTON -> s.append("<p><a class=\"btn-buy\" rel=\"sponsored\" href=\"#\">").append(esc(b.text()))
          .append("</a></p>\n");
      case UL, OL -> {
        if (b.text() != null) {
          s.append("<p><strong>").append(esc(b.text())).append("</strong></p>\n");
        }
        String tag = b.type() == Type.UL ? "ul" : "ol";
        s.append("<").append(tag).append(l == Layout.RECIPE && tag.equals("ul") ? " id=\"recipe\"" : "").append(">");
        b.items().forEach(i -> s.append("<li>").append(esc(i)).append("</li>"));
        s.append("</").append(tag).append(">\n");
      }
      case TABLE -> {
        s.append("<table class=\"comparison\">");
        for (int r = 0; r < b.items().size(); r++) {
          s.append("<tr>");
          for (String cell : b.items().get(r).split(" \\| ")) {
            s.append(r == 0 ? "<th>" : "<td>").append(esc(cell)).append(r == 0 ? "</th>" : "</td>");
          }
          s.append("</tr>");
        }
        s.append("</table>\n");
      }
      case QUOTE -> s.append("<blockquote><cite>").append(esc(b.text())).append("</cite><p>").append(esc(b.items().get(0)))
          .append("</p></blockquote>\n");
      case BOX -> s.append("<div class=\"").append(l == Layout.AMP_NEWS ? "leggi-anche" : l == Layout.GARDEN
          ? "veja-tambem" : "summary-box").append("\"><p><strong>").append(esc(b.text())).append("</strong> ")
          .append(esc(b.items().get(0))).append("</p></div>\n");
      case FAQ -> s.append("<details><summary>").append(esc(b.text())).append("</summary><p>").append(esc(b.items().get(0)))
          .append("</p></details>\n");
      case GALLERY -> {
        s.append("<div class=\"gallery\">");
        for (int i = 0; i < b.items().size(); i++) {
          s.append("<figure class=\"gallery-item\"><img src=\"").append(gallerySrc(p, i)).append("\" alt=\"\"><figcaption>")
              .append(esc(b.items().get(i))).append("</figcaption></figure>");
        }
        s.append("</div>\n");
      }
      case POST -> {
        String user = b.text().substring(0, b.text().indexOf('|'));
        int n = Integer.parseInt(b.text().substring(b.text().indexOf('|') + 1));
        s.append("<div class=\"post bg").append(1 + n % 2).append("\" id=\"p").append(1000 + n).append("\">")
            .append("<dl class=\"postprofile\"><dt><strong>").append(esc(user)).append("</strong></dt><dd>Posts: ")
            .append(posts(user, n)).append("</dd></dl><div class=\"postbody\">");
        if (p.subjects && n > 0) {
          s.append("<h3><a href=\"#p").append(1000 + n).append("\">Re: ").append(esc(p.title)).append("</a></h3>");
        }
        s.append("<p class=\"author\">by <strong>").append(esc(user)).append("</strong> » ").append(postDate(p, n))
            .append("</p><div class=\"content\">\n");
      }
      case IMAGE -> image(b, l, s);
    }
  }

  private static void image(Block b, Layout l, StringBuilder s) {
    String img = "<img src=\"" + b.src() + "\" alt=\"" + esc(b.alt()) + "\" width=\"800\" height=\"533\">";
    switch (b.placement()) {
      case ALT_ONLY -> s.append("<p>").append(img).append("</p>\n");
      case FIGCAPTION -> s.append("<figure class=\"wp-block-image\">").append(img).append("<figcaption>")
          .append(esc(b.text())).append("</figcaption></figure>\n");
      case WP_CAPTION_TEXT -> s.append("<div class=\"wp-caption aligncenter\" style=\"width: 810px\">").append(img)
          .append("<p class=\"wp-caption-text\">").append(esc(b.text())).append("</p></div>\n");
      case AMP_FIGURE -> s.append("<figure><amp-img src=\"").append(b.src()).append("\" alt=\"").append(esc(b.alt()))
          .append("\" width=\"800\" height=\"533\" layout=\"responsive\"></amp-img><figcaption>").append(esc(b.text()))
          .append("</figcaption></figure>\n");
      case DIV_BELOW -> s.append("<div class=\"").append(l == Layout.FORUM ? "attachbox" : "image-block").append("\">")
          .append(img).append("<div class=\"").append(l == Layout.FORUM ? "attach-comment" : "image-caption")
          .append("\">").append(esc(b.text())).append("</div></div>\n");
    }
  }

  // ---- Shared pieces ----------------------------------------------------------------------------------

  static String breadcrumb(Page p) {
    Host h = p.host;
    return switch (h.layout()) {
      case RECIPE -> "Home › " + h.section() + " › " + p.title;
      case AMP_NEWS -> "Home › " + h.section() + " › Alto Lario";
      case REVIEW -> "Home / " + h.section() + " / " + p.title;
      case FORUM -> "Board index ‹ " + h.section();
      case PET -> "Home » " + h.section() + " » " + p.title;
      case GARDEN -> "Início » " + h.section() + " » " + p.title;
      case WORKSHOP -> "Accueil › " + h.section() + " › " + p.title;
      case DIARY -> "";
    };
  }

  private static String byline(Page p) {
    String lang = p.host.lang();
    String date = p.date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag(lang)));
    return switch (lang) {
      case "it" -> "di " + p.author + " · " + date + " · " + (2 + p.key.length() % 5) + " min di lettura";
      case "nl" -> "Geschreven door " + p.author + " op " + date;
      case "pt" -> "Publicado por " + p.author + " em " + date;
      case "fr" -> "Par " + p.author + ", le " + date;
      default -> "By " + p.author + " · " + date + " · " + (3 + p.key.length() % 6) + " min read";
    };
  }

  private static int posts(String user, int n) {
    return 10 + (user.length() * 37 + n * 11) % 900;
  }

  private static String postDate(Page p, int n) {
    return p.date.plusDays(n / 3).format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ROOT)) + ", "
        + String.format(Locale.ROOT, "%02d:%02d", (8 + 3 * n) % 24, (17 * n + 5) % 60);
  }

  private static String subscribe(Host h) {
    return switch (h.lang()) {
      case "it" -> "Iscriviti";
      case "nl" -> "Aanmelden";
      case "pt" -> "Subscrever";
      case "fr" -> "S'abonner";
      default -> "Subscribe";
    };
  }

  private static String sidebarHeading(Layout l) {
    return switch (l) {
      case REVIEW -> "Top picks this month";
      case GARDEN -> "Artigos populares";
      default -> "Derniers tutoriels";
    };
  }

  private static String gallerySrc(Page p, int i) {
    return "/wp-content/uploads/" + p.date.getYear() + "/" + slug(p) + "-dag" + (i + 1) + ".jpg";
  }

  private static String slug(Page p) {
    return p.key.substring(p.key.indexOf('/') + 1);
  }

  private static String navList(Host h) {
    StringBuilder s = new StringBuilder();
    h.nav().forEach(n -> s.append("<li><a href=\"#\">").append(esc(n)).append("</a></li>"));
    return s.toString();
  }

  private static String inline(List<String> items) {
    StringBuilder s = new StringBuilder();
    items.forEach(n -> s.append(s.length() == 0 ? "" : " ").append("<a href=\"#\">").append(esc(n)).append("</a>"));
    return s.toString();
  }

  private static String stem(String src) {
    String name = src.substring(src.lastIndexOf('/') + 1);
    return name.substring(0, name.lastIndexOf('.'));
  }

  private static String bullets(List<String> items) {
    StringBuilder s = new StringBuilder();
    for (String i : items) {
      s.append(s.length() == 0 ? "" : "\n").append(wrap("  • " + i, "    "));
    }
    return s.toString();
  }

  private static String table(List<String> rows) {
    List<String[]> cells = rows.stream().map(r -> r.split(" \\| ")).toList();
    int[] width = new int[cells.get(0).length];
    for (String[] r : cells) {
      for (int i = 0; i < r.length; i++) {
        width[i] = Math.max(width[i], r[i].length());
      }
    }
    StringBuilder s = new StringBuilder();
    for (String[] r : cells) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < r.length; i++) {
        line.append(r[i]).append(i + 1 < r.length ? " ".repeat(width[i] - r[i].length() + 1) : "");
      }
      s.append(s.length() == 0 ? "" : "\n").append(line.toString().stripTrailing());
    }
    return s.toString();
  }

  private static String indent(String text) {
    return wrap("    " + text, "    ");
  }

  /** Greedy word wrap at {@link #WIDTH} columns; continuation lines start with {@code hang}. */
  static String wrap(String text, String hang) {
    StringBuilder out = new StringBuilder();
    StringBuilder line = new StringBuilder();
    int lead = 0;
    while (lead < text.length() && text.charAt(lead) == ' ') {
      lead++;
    }
    line.append(text, 0, lead);
    for (String w : text.substring(lead).split(" ")) {
      if (line.length() > lead && line.length() + 1 + w.length() > WIDTH) {
        out.append(line).append('\n');
        line.setLength(0);
        line.append(hang);
        lead = hang.length();
      }
      line.append(line.length() > lead ? " " : "").append(w);
    }
    return out.append(line).toString();
  }

  static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
