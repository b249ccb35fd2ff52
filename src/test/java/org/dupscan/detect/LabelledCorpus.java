package org.dupscan.detect;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Generates a labelled test corpus: clean synthetic articles on several hosts, into which it injects
 * the spam patterns of the seeds (image captions from a varied pool, some recurring across pages and
 * hosts; the title re-inserted mid-body; shared and near-variant titles; "Tag:" archive pages;
 * summaries restating the article; keyword stuffing) and per-host boilerplate, and records what it
 * injected where. It also adds hard negatives: headings, bylines, list items, short real paragraphs,
 * figure captions about the article's subject, site-name title suffixes. Seeded: same seed, same corpus.
 */
final class LabelledCorpus {

  /**
   * How an injected caption is written. The held-out corpus ({@link HeldOutCorpus}) has its own
   * pools and page forms; these are the tuning set's.
   */
  enum CaptionStyle {
    /** A person in clothes on a coloured backdrop: the seeds' kind. */
    VISUAL,
    /** Someone doing something somewhere, or a view of things: no colour, no garment. */
    SCENE,
    /** A picture label before a scene or a credit line ("Image: ...", "Photo by ... on ..."). */
    LABELLED,
    /** A camera or stock file name standing as text, alone or before a few words. */
    FILE_NAME,
    /** A label saying where the picture stands ("Pictured above: ...", "Below: ...") before a scene. */
    PLACED_LABEL,
    /** A scene, a dash (or bar) and the page's own title, as caption plugins fill an empty caption. */
    TITLE_AFTER_DASH,
    /** A bare credit or source line: a label and a name or agency only ("Source: Pixabay"). */
    CREDIT,
    /** A label naming the picture rather than its place ("Main picture: ...", "Lead photo: ..."). */
    PICTURE_LABEL,
    /**
     * A picture presented as a stand-in: "File photo of ...", "Artist's impression of ...", a
     * disclaimer that it only illustrates, or a text dump's "[image: ...]".
     */
    STAND_IN,
    /** The items of a list of pictures (HTML only: a gallery `ul` whose items hold images). */
    GALLERY,
    /** A scene as a text browser prints an image's alt text in a text dump: "[scene]" on its own line. */
    ALT_LINE,
    /**
     * The items of a list of pictures in a text dump: bulleted lines opening with the image's mark
     * ("[scene]", "[g1.jpg] scene", "[IMG] scene").
     */
    TEXT_GALLERY,
    /** A camera's settings line (EXIF), alone or after a scene: "Nikon Z6 | 50mm | f/1.8 | ISO 200". */
    CAMERA_SETTINGS,
    /** A scene closed by a run of hashtags, as a photo-sharing post tags it. */
    HASHTAGS,
    /** A scene closed by a viewer's note on the picture: "(click to enlarge)", "[stock photo]". */
    VIEWER_NOTE
  }

  /**
   * Blocks that are no injected caption but share something with one: the detector must leave them.
   * Written on every host, the clean one too.
   */
  enum Negative {
    /** The author's own numbered figure caption about the article's subject ("Figure 3: ..."). */
    NUMBERED_FIGURE,
    /** A short quotation standing alone, in quotation marks or (in HTML) a blockquote. */
    SHORT_QUOTE,
    /** A line of a shell command or of code in a plain-text page (in HTML, a paragraph of code). */
    CODE_LINE,
    /** A list of the author's own pictures of the article's subject, each item with its line. */
    OWN_GALLERY,
    /** A team or contributors list with portraits: each item a name and a role. */
    PORTRAIT_LIST,
    /** Linked thumbnails of other articles inside the article (a "see also" list with pictures). */
    LINKED_THUMBNAILS,
    /** A list of short terms, each with an icon. */
    ICON_TERMS
  }

  /** The negatives {@link #negative} draws from; the later ones are drawn by {@link #listNegative}. */
  private static final int FIRST_NEGATIVES = 3;

  /** Labels of one page. */
  static final class Labels {
    final String id;
    final String host;
    String title;
    final Set<String> captions = new LinkedHashSet<>();
    /** How each caption is written, by its text. */
    final Map<String, CaptionStyle> captionStyles = new HashMap<>();
    /** The hard negatives written on the page, by their text as extracted. */
    final Map<String, Negative> negatives = new HashMap<>();
    boolean titleRepeated;
    boolean sharedTitle;
    boolean variantTitle;
    boolean archive;
    boolean summary;
    boolean stuffing;

    Labels(String id, String host) {
      this.id = id;
      this.host = host;
    }

    boolean spam() {
      return !captions.isEmpty() || titleRepeated || summary || stuffing;
    }
  }

  final Map<String, Labels> pages = new HashMap<>();
  /** Per host, the texts of its boilerplate blocks (each on every page of the host). */
  final Map<String, Set<String>> boilerplate = new HashMap<>();

  private final Random rnd;
  /**
   * Draws the summary and stuffing styles: a stream of its own, so that adding a style changes no
   * other page of the corpus.
   */
  private final Random styles;
  /** Draws the hard negatives: a stream of its own, for the same reason. */
  private final Random negatives;
  /** Draws the caption styles added after the first four ({@link #caption}). */
  private final Random extra;
  /**
   * Draws what was added for issue 11's second round (picture labels, stand-in wordings, galleries,
   * list negatives, titles repeated with the site's name, a documentation host): a stream of its own.
   */
  private final Random later;
  /**
   * Draws what was added for issue 11's third round (text dumps' "[alt]" lines and galleries, marked
   * lists of the author's own pictures and portraits in text): a stream of its own.
   */
  private final Random third;
  /**
   * Draws what was added in issue 11's fourth round (camera settings, hashtags and viewer's notes,
   * captions in figure markup), so that everything drawn before comes out as it did.
   */
  private final Random fourth;
  /** The name of the site being written. */
  private String siteName;
  /** The style of every caption written, by its text. */
  private final Map<String, CaptionStyle> styleOf = new HashMap<>();
  private int captionTurn;
  /** Whether the host being written shows its consent notice before the article. */
  private boolean consentFirst;
  /** The author box the host being written closes each article with, or null. */
  private String bio;

  private static final String CONSENT = "Our pages set a few cookies so that they load faster and so "
      + "that we can count visits; you can turn them off in your browser settings at any time.";

  private static final String[] NOUNS = ("garden bed soil compost seedling root leaf stem bloom harvest "
      + "kettle oven dough crust flour yeast recipe pantry bicycle wheel chain saddle brake route hill "
      + "river bridge street council market library ticket museum school teacher pupil parent child "
      + "doctor nurse clinic patient study researcher sample result method season winter summer spring "
      + "autumn morning evening neighbour village harbour boat engine tool ladder fence gate shed roof "
      + "window kitchen cupboard budget invoice meeting project deadline team player coach match "
      + "stadium trail forest meadow orchard apple pear plum berry bean onion carrot potato cabbage "
      + "sleep routine habit diet vitamin mineral protein exercise lesson exam essay chapter novel poem")
      .split(" ");
  private static final String[] ADJECTIVES = ("careful simple early late heavy light steady quick slow "
      + "fresh local regular modest useful practical common rare cheap costly sturdy fragile mild "
      + "strong quiet busy narrow wide deep shallow warm cool damp dry seasonal weekly daily patient "
      + "sensible reliable awkward generous tidy messy gentle rough").split(" ");
  private static final String[] VERBS = ("helps changes improves protects reduces supports needs "
      + "affects follows shows keeps brings makes covers replaces explains prepares handles guides "
      + "shapes limits extends measures checks saves").split(" ");
  private static final String[] ADVERBS = ("usually often rarely gradually quickly slowly carefully "
      + "simply mostly partly clearly").split(" ");
  private static final String[] TEMPLATES = {
      "The {A} {N} {V} the {T} more than {N3} do.",
      "In our {N3}, a {A} {N4} {V} every {N} in the {N2}.",
      "We asked whether the {N} {V} the {N3}, and it {R} {V2} it.",
      "A {A} {N} {R} {V} a {A2} {N3} during the {N2}.",
      "If the {N4} is {A}, the {N} {V} the {N2} without {N3}.",
      "The {N} {R} {V} the {A} {T} when the {N2} is {A2}.",
      "We tried a {A} {N} last {S} and it {V} the {N3}.",
      "Our {N} {V} a {A} {N4}, which {R} {V2} the {N2}.",
      "Check that the {N3} {V} the {A} {N}.",
      "Some prefer a {A} {N}, because it {V} the {N3} and the {N2}.",
      "No {A} {N} {V} every {N3}.",
      "Over a {S}, the {N4} {R} {V} a {A} {N}.",
      "Start with a {A} {N}, then the {N3} {V} the {T}.",
      "Most {N} {V} the {N4} {R}, so keep a {A} {N2} near the {N3}.",
  };
  private static final String[] SEASONS = {"week", "month", "spring", "winter", "summer", "year"};
  private static final String[] SUBJECTS = {"Smiling toddler", "Young woman", "Pregnant woman",
      "Happy couple", "Little girl", "Elderly man", "Baby boy", "Curly haired child", "Young father",
      "Teenage boy", "Grandmother", "Newborn baby"};
  private static final String[] CLOTHES = {"wearing a striped sweater", "in a knitted cardigan",
      "wearing a yellow raincoat", "in denim dungarees", "wearing a white onesie",
      "in a floral summer dress", "wearing a red knitted hat", "holding a ceramic mug",
      "holding a paper lantern", "wearing pastel pyjamas"};
  private static final String[] SETTINGS = {"on a soft white background", "against a teal backdrop",
      "beside a rainy window", "on a pale wooden floor", "against a bright orange wall",
      "on a mint green backdrop", "in a sunlit studio", "on a grey linen sofa",
      "against a pink pastel wall", "on a beige knitted blanket"};
  private static final String[] PRODUCTS = {"Glass jar of honey", "Pair of leather boots",
      "Wooden chopping board", "Stack of folded towels", "Ceramic vase with dried flowers",
      "Close-up of a silver wristwatch"};
  private static final String[] ACTORS = {"Retired postman", "Group of hikers", "Two colleagues",
      "Young cyclist", "Fisherman", "Barista", "Family of four", "Student", "Old farmer",
      "Street musician", "Man with a beard", "Woman with a backpack", "Surfer", "Tourists",
      "Jogger", "Pair of teenagers"};
  private static final String[] ACTIONS = {"leaning on a railing", "waiting for a tram",
      "stretching after a run", "pouring an espresso", "studying a paper map", "carrying a surfboard",
      "feeding pigeons", "taking a selfie", "tying a shoelace", "typing on a laptop",
      "talking on the phone", "resting on a bench", "walking a spaniel", "jumping into a lake",
      "juggling oranges", "laughing at a joke"};
  private static final String[] VIEWS = {"Aerial shot of a marina", "Row of parked scooters",
      "Lighthouse on a rocky headland", "Bowl of ripe cherries", "Empty desk with a potted cactus",
      "Stack of vintage suitcases", "Close view of raindrops on glass", "Hot air balloons",
      "Fishing boats moored", "Neon signs reflected in a puddle", "Pile of autumn leaves"};
  private static final String[] PLACES = {"at a bus stop", "near the pier", "in a crowded square",
      "under an old oak", "on a rooftop terrace", "by the lakeside", "outside a bakery",
      "in a hotel lobby", "at golden hour", "at dusk", "in the rain", "on a misty morning",
      "along the promenade", "beside a fountain"};
  private static final String[] LABELS = {"Photo", "Image", "Credit", "Pictured", "Photograph",
      "Image credit", "Stock photo"};
  private static final String[] CREDITED = {"Marta Lindqvist", "Jonas Okafor", "Priya Raman",
      "Tomasz Wrobel", "Elena Vasquez", "Kofi Mensah"};
  private static final String[] AGENCIES = {"Unsplash", "Pexels", "Northlight Images",
      "Getty Images", "Adobe Stock", "Pixabay"};
  private static final String[] FILE_STEMS = {"harbour-sunset", "team_photo_final", "hero-banner",
      "stock-lifestyle", "header_image_v2", "pexels-photo"};
  private static final String[] TEMPLATE_BLOCKS = {
      "We use cookies to improve your visit. By browsing you accept our cookie policy.",
      "Join our newsletter for weekly tips straight to your inbox.",
      "Leave a Reply", "Your email address will not be published. Required fields are marked *",
      "Share this: Facebook Twitter Pinterest Email", "Related posts", "About the author",
      "Posted on {DATE} by admin", "Back to top", "All rights reserved. Terms of use. Privacy policy.",
      "Follow us on Instagram for daily photos from the team.",
      "Comments are closed for this article after thirty days."};

  LabelledCorpus(long seed) {
    this.rnd = new Random(seed);
    this.styles = new Random(seed * 31 + 11);
    this.negatives = new Random(seed * 37 + 5);
    this.extra = new Random(seed * 41 + 3);
    this.later = new Random(seed * 43 + 7);
    this.third = new Random(seed * 47 + 13);
    this.fourth = new Random(seed * 53 + 17);
    for (int i = 0; i < 4; i++) {
      sayings.add(quotation());
      commands.add(codeLine());
    }
  }

  /** Writes the corpus under {@code root} (one folder per host) and records its labels. */
  LabelledCorpus write(Path root) throws IOException {
    List<String> recurring = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      recurring.add(caption());
    }
    String[] hosts = {"alpha-blog.example", "beta-news.example", "gamma-home.example",
        "delta-kids.example", "epsilon-food.example"};
    int[] sizes = {24, 16, 20, 12, 8};
    List<String[]> titlesSoFar = new ArrayList<>(); // {host, id, title}
    for (int h = 0; h < hosts.length; h++) {
      String host = hosts[h];
      boolean spammy = h != 1; // beta-news is a clean site
      String site = siteName(host);
      Set<String> template = new LinkedHashSet<>();
      int nTemplate = 3 + rnd.nextInt(4);
      List<String> pool = new ArrayList<>(List.of(TEMPLATE_BLOCKS));
      java.util.Collections.shuffle(pool, rnd);
      for (int i = 0; i < nTemplate; i++) {
        template.add(pool.get(i));
      }
      template.add("More from " + site + ": subscribe, follow and share.");
      boilerplate.put(host, template);
      // A consent notice before the article and an author box after it: paragraphs of prose on every
      // page of the host, which template mining leaves alone (recurring prose is content to it).
      consentFirst = h == 0 || h == 3;
      bio = h == 0 ? site + " is kept by two neighbours who try every idea at home before "
          + "they write it up, and who answer the letters that readers send them about it." : null;
      boolean suffix = h == 2 || h == 4;
      siteName = site;
      for (int p = 0; p < sizes[h]; p++) {
        String id = host + "/post-" + p + (p % 3 == 0 ? ".txt" : ".html");
        Labels l = new Labels(id, host);
        pages.put(id, l);
        writePage(root, l, spammy, template, recurring, titlesSoFar, suffix ? site : null);
        titlesSoFar.add(new String[] {host, id, l.title});
      }
    }
    // A host with two pages: no frequency to count on, only interface text and its position.
    String small = "zeta-forum.example";
    boilerplate.put(small, Set.of());
    for (int p = 0; p < 2; p++) {
      String id = small + "/thread-" + p + ".txt";
      Labels l = new Labels(id, small);
      pages.put(id, l);
      l.title = title();
      StringBuilder sb = new StringBuilder(l.title).append("\n\n");
      for (String para : article(topic(), 5)) {
        sb.append(para).append("\n\n");
      }
      sb.append("Post a comment\n\nLost your password?\n\nBack to top\n");
      write(root.resolve(id), sb.toString());
    }
    writeDocs(root);
    return this;
  }

  /** One-word titles of a documentation host's pages. */
  private static final String[] DOC_TITLES = {"Installation", "Configuration", "Upgrading",
      "Troubleshooting", "Backups", "Glossary"};

  /**
   * A clean documentation host whose pages have one-word titles and a section heading equal to the
   * title further down ("Installation" under "Installation"), as reference documentation has: no
   * title re-inserted. HTML pages carry the generator's nav bar, text pages none.
   */
  private void writeDocs(Path root) throws IOException {
    String host = "eta-docs.example";
    boilerplate.put(host, Set.of());
    for (int p = 0; p < DOC_TITLES.length; p++) {
      boolean html = p % 3 != 0;
      String id = host + "/" + DOC_TITLES[p].toLowerCase(Locale.ROOT) + (html ? ".html" : ".txt");
      Labels l = new Labels(id, host);
      l.title = DOC_TITLES[p];
      pages.put(id, l);
      List<String> paras = article(later.nextInt(2) == 0 ? "disk volume" : "server account", 4);
      StringBuilder sb = new StringBuilder();
      if (html) {
        sb.append("<!DOCTYPE html><html><head><title>").append(l.title).append("</title></head><body>\n")
            .append("<nav><a href=\"/\">Home</a> <a href=\"/a\">About</a></nav>\n<article><h1>")
            .append(l.title).append("</h1>\n");
      } else {
        sb.append(l.title).append("\n\n");
      }
      for (int i = 0; i < paras.size(); i++) {
        if (i == 2) {
          String heading = later.nextBoolean() ? l.title : DOC_TITLES[later.nextInt(DOC_TITLES.length)];
          sb.append(html ? "<h2>" + heading + "</h2>\n" : heading + "\n\n");
        }
        sb.append(html ? "<p>" + esc(paras.get(i)) + "</p>\n" : paras.get(i) + "\n\n");
      }
      write(root.resolve(id), html ? sb.append("</article></body></html>\n").toString() : sb.toString());
    }
  }

  private void writePage(Path root, Labels l, boolean spammy, Set<String> template,
      List<String> recurring, List<String[]> titlesSoFar, String siteSuffix) throws IOException {
    boolean html = l.id.endsWith(".html");
    String topic = topic();
    int kind = rnd.nextInt(10);
    String title = title();
    // Shared or variant titles copy an earlier page's title.
    if (spammy && kind == 1 && !titlesSoFar.isEmpty()) {
      String[] other = titlesSoFar.get(rnd.nextInt(titlesSoFar.size()));
      title = other[2];
      l.sharedTitle = true;
      Labels o = pages.get(other[1]);
      o.sharedTitle = true;
    } else if (spammy && kind == 2 && !titlesSoFar.isEmpty()) {
      String[] other = titlesSoFar.get(rnd.nextInt(titlesSoFar.size()));
      title = variant(other[2]);
      l.variantTitle = true;
      pages.get(other[1]).variantTitle = true;
    }
    l.title = title;
    boolean archive = spammy && kind == 3;
    l.archive = archive;
    String pageTitle = archive ? "Tag: " + cap(topic) : title;
    if (siteSuffix != null && !archive) {
      pageTitle = pageTitle + " | " + siteSuffix;
    }
    List<String> paras = article(topic, 5 + rnd.nextInt(3));
    List<String[]> body = new ArrayList<>(); // {kind, text}
    if (archive) {
      body.add(new String[] {"h2", "Blog Post: " + title});
    } else if (html) {
      body.add(new String[] {"h1", title});
    }
    if (rnd.nextInt(3) == 0) {
      body.add(new String[] {"p", "By " + cap(pick(NOUNS)) + " " + cap(pick(NOUNS)) + "son"});
    }
    boolean caption = spammy && (kind == 0 || kind == 3 || kind == 4 || kind == 5 || kind == 9);
    int captionAt = 2 + rnd.nextInt(Math.max(1, paras.size() - 3));
    boolean repeatTitle = caption ? rnd.nextInt(10) < 4 : spammy && kind == 6;
    int galleryDraw = later.nextInt(4);
    // A hard negative after the first or second paragraph of every third page, from a stream of its own.
    int negativeAt = negatives.nextInt(3) == 0 ? negatives.nextInt(2) : -1;
    for (int i = 0; i < paras.size(); i++) {
      if (i == 3 && rnd.nextBoolean()) {
        body.add(new String[] {html ? "h2" : "p", cap(topic) + " in practice"});
      }
      body.add(new String[] {"p", paras.get(i)});
      if (i == 2 && rnd.nextInt(3) == 0) {
        for (int k = 0; k < 3; k++) {
          body.add(new String[] {"li", cap(pick(ADJECTIVES)) + " " + pick(NOUNS) + " for the "
              + pick(NOUNS)});
        }
      }
      if (i == 1 && rnd.nextInt(4) == 0) {
        body.add(new String[] {"p", pick(new String[] {"That took", "It cost us", "We waited",
            "The job needed"}) + " about " + (2 + rnd.nextInt(8)) + " " + pick(new String[] {"hours",
            "pounds", "days", "tries"}) + " with the " + pick(NOUNS) + "."});
      }
      if (i == 1 && html && rnd.nextInt(3) == 0) {
        body.add(new String[] {"figure", cap(topic) + " " + pick(ADJECTIVES) + " " + topic
            + " after the " + pick(NOUNS), "figcaption"});
      } else if (i == 1 && html && rnd.nextInt(3) == 0) {
        // A chart's caption: the author's own figure, though few of its words recur on the page.
        body.add(new String[] {"figure", pick(new String[] {"How", "Why", "Where"}) + " the "
            + pick(NOUNS) + " and the " + pick(NOUNS) + " compare over " + (2 + rnd.nextInt(6))
            + " " + pick(SEASONS) + "s", "figcaption"});
      }
      if (i == 2 && rnd.nextInt(4) == 0) {
        // A short lead-in phrase of the page's own subject, standing alone as documentation has them.
        body.add(new String[] {"p", pick(new String[] {"Choosing a", "Looking after a",
            "Common mistakes with a", "Getting started with a"}) + " " + pick(ADJECTIVES) + " "
            + topic});
      }
      if (i == negativeAt) {
        negative(l, topic, html, body);
      }
      if (caption && i == captionAt) {
        String c = rnd.nextInt(10) < 6 ? recurring.get(rnd.nextInt(recurring.size())) : caption();
        if (c.contains(TITLE_MARK)) { // a caption plugin's "scene - title": each page its own title
          CaptionStyle style = styleOf.get(c);
          c = c.replace(TITLE_MARK, title);
          styleOf.put(c, style);
        }
        CaptionStyle style = styleOf.get(c);
        if (!html && third.nextInt(3) == 0) {
          // A text browser's dump of a pasted picture: its alt text in brackets on a line of its own.
          c = "[" + thirdPick(ACTORS) + " " + thirdPick(ACTIONS) + " " + thirdPick(PLACES) + "]";
          style = CaptionStyle.ALT_LINE;
        }
        l.captions.add(c);
        l.captionStyles.put(c, style);
        body.add(new String[] {"p", c, "caption"});
      }
      if (repeatTitle && (caption ? i == captionAt : i == captionAt + 1)) {
        // Sometimes with the site's name or host after a dash or bar, as a template writes it.
        String repeat = switch (later.nextInt(4)) {
          case 0 -> title + " - " + siteName;
          case 1 -> title + " | " + l.host;
          default -> title;
        };
        body.add(new String[] {html ? "h2" : "p", repeat});
        l.titleRepeated = true;
      }
      if (i == 1) {
        listNegative(l, topic, html, body);
      }
      if (i == 3 && html && spammy && kind != 3 && galleryDraw == 0) {
        gallery(l, body);
      } else if (i == 3 && !html && spammy && kind != 3 && galleryDraw == 0) {
        textGallery(l, body);
      }
    }
    if (spammy && (kind == 7 || kind == 3)) {
      body.add(new String[] {"p", summary(paras)});
      l.summary = true;
    }
    if (spammy && kind == 8) {
      String keyword = pick(ADJECTIVES) + " " + topic + " " + pick(NOUNS);
      // Sown through every long paragraph, or packed into two of them (the rest left clean, so that
      // over the whole page the keyword stays under Gopher's limits).
      boolean packed = styles.nextInt(2) == 0;
      int stuffed = 0;
      for (int i = 0; i < body.size(); i++) {
        if (body.get(i)[0].equals("p") && body.get(i).length == 2 && body.get(i)[1].length() > 100
            && (!packed || stuffed < 2)) {
          body.get(i)[1] = packed ? pack(body.get(i)[1], keyword) : stuff(body.get(i)[1], keyword);
          stuffed++;
        }
      }
      l.stuffing = true;
    }
    List<String> tpl = new ArrayList<>();
    for (String t : template) {
      tpl.add(t.replace("{DATE}", (1 + rnd.nextInt(28)) + " " + pick(new String[] {"May", "June",
          "July", "March"})));
    }
    write(root.resolve(l.id), html ? html(pageTitle, body, tpl, l) : text(pageTitle, body, tpl));
  }

  private String html(String title, List<String[]> body, List<String> tpl, Labels l) {
    StringBuilder sb = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
        .append(esc(title)).append("</title></head><body>\n");
    if (consentFirst) {
      // A consent notice before the article, as prose in a plain div: not the article's own text.
      sb.append("<div class=\"notice\"><p>").append(esc(CONSENT)).append("</p></div>\n");
    }
    sb.append("<nav><a href=\"/\">Home</a> <a href=\"/a\">About</a></nav>\n<article>\n");
    for (String[] b : body) {
      if (b[0].equals("figure")) {
        sb.append("<figure><img src=\"x.jpg\" alt=\"").append(esc(b[1])).append("\"><figcaption>")
            .append(esc(b[1])).append(".</figcaption></figure>\n");
      } else if (b.length > 2 && b[2].equals("caption")) {
        sb.append(captionHtml(b[1]));
      } else if (b.length > 2 && (b[2].equals("negative") || b[2].equals("markup"))) {
        sb.append(b[0]);
      } else if (b[0].equals("li")) {
        sb.append("<ul><li>").append(esc(b[1])).append("</li></ul>\n");
      } else {
        sb.append('<').append(b[0]).append('>').append(esc(b[1])).append("</").append(b[0])
            .append(">\n");
      }
    }
    if (bio != null) {
      sb.append("<div class=\"author\"><p>").append(esc(bio)).append("</p></div>\n");
    }
    sb.append("</article>\n");
    for (String t : tpl) {
      sb.append("<div class=\"widget\">").append(esc(t)).append("</div>\n");
    }
    return sb.append("</body></html>\n").toString();
  }

  /**
   * An injected caption in one of the ways a scraped stock picture lands in a page: as a paragraph
   * after an image without alt text, in the image's paragraph after a line break, in italics, or as
   * the image's alt text and again as the paragraph after it.
   */
  private String captionHtml(String text) {
    String t = esc(text);
    String placed = switch (rnd.nextInt(5)) {
      case 0 -> "<figure class=\"wp-block-image\"><img src=\"/up/stock.jpg\" alt=\"\"></figure>\n<p>"
          + t + "</p>\n";
      case 1 -> "<p><img src=\"/up/stock.jpg\" alt=\"\"><br>" + t + "</p>\n";
      case 2 -> "<p><em>" + t + "</em></p>\n";
      case 3 -> "<p><img src=\"/up/stock.jpg\" alt=\"" + t + "\"></p>\n<p><small>" + t
          + "</small></p>\n";
      default -> "<div><img src=\"stock.jpg\" alt=\"" + t + "\"></div>\n<p>" + t + "</p>\n";
    };
    // One in four as the caption of a figure, in the markup an editor gives it (drawn from a stream of
    // its own, after the main stream's draw, so that the rest of the corpus comes out as before).
    return switch (fourth.nextInt(8)) {
      case 0 -> "<figure class=\"wp-block-image\"><img src=\"/up/stock.jpg\" alt=\"\"><figcaption>" + t
          + "</figcaption></figure>\n";
      case 1 -> "<div class=\"wp-caption\"><img src=\"/up/stock.jpg\" alt=\"\"><p class=\"wp-caption-text\">"
          + t + "</p></div>\n";
      default -> placed;
    };
  }

  private String text(String title, List<String[]> body, List<String> tpl) {
    StringBuilder sb = new StringBuilder(title).append("\n\n");
    if (consentFirst) {
      sb.append(CONSENT).append("\n\n");
    }
    for (String[] b : body) {
      if (b[0].equals("figure")) {
        continue;
      }
      if (b.length > 2 && b[2].equals("negative")) {
        sb.append(b[1]).append("\n\n");
        continue;
      }
      if (b.length > 2 && b[2].equals("markup")) {
        sb.append(b[0]).append("\n");
        continue;
      }
      sb.append(b[0].equals("li") ? "- " : "").append(b[1]).append("\n\n");
    }
    if (bio != null) {
      sb.append(bio).append("\n\n");
    }
    for (String t : tpl) {
      sb.append(t).append("\n\n");
    }
    return sb.toString();
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  /** Sayings and commands that recur across the corpus's pages, drawn once. */
  private final List<String> sayings = new ArrayList<>();
  private final List<String> commands = new ArrayList<>();

  /** Stands for the page's title in a caption of {@link CaptionStyle#TITLE_AFTER_DASH}. */
  private static final String TITLE_MARK = "{TITLE}";

  /**
   * Writes one hard negative into {@code body} as {html, text, "negative"} and records it: the text
   * is what the page's extraction yields (HTML markup aside).
   */
  private void negative(Labels l, String topic, boolean html, List<String[]> body) {
    Negative kind = Negative.values()[negatives.nextInt(FIRST_NEGATIVES)];
    String text;
    String markup;
    switch (kind) {
      case NUMBERED_FIGURE -> {
        text = numberedFigure(topic);
        markup = negatives.nextBoolean()
            ? "<figure><img src=\"chart.png\" alt=\"\"><figcaption>" + esc(text) + "</figcaption></figure>\n"
            : "<p><img src=\"chart.png\" alt=\"\"></p>\n<p>" + esc(text) + "</p>\n";
      }
      case SHORT_QUOTE -> {
        // Half of them from a small pool, so that a saying recurs on unrelated pages as a caption does.
        String quote = negatives.nextBoolean() ? sayings.get(negatives.nextInt(sayings.size()))
            : quotation();
        boolean marks = !html || negatives.nextBoolean();
        text = marks ? quoted(quote) : quote;
        markup = negatives.nextInt(3) > 0 || !marks
            ? "<blockquote>" + (negatives.nextBoolean() ? "<p>" + esc(text) + "</p>" : esc(text))
                + "</blockquote>\n"
            : "<p>" + esc(text) + "</p>\n";
      }
      default -> {
        text = negatives.nextBoolean() ? commands.get(negatives.nextInt(commands.size())) : codeLine();
        markup = "<p><code>" + esc(text) + "</code></p>\n";
      }
    }
    l.negatives.put(text, kind);
    body.add(new String[] {markup, text, "negative"});
  }

  /** The author's numbered caption of a chart or photo about the article's own subject. */
  private String numberedFigure(String topic) {
    int n = 1 + negatives.nextInt(6);
    String[] t = topic.split(" ");
    String a = ADJECTIVES[negatives.nextInt(ADJECTIVES.length)];
    String season = SEASONS[negatives.nextInt(SEASONS.length)];
    return switch (negatives.nextInt(6)) {
      case 0 -> "Figure " + n + ": the " + topic + " after one " + season;
      case 1 -> "Figure " + n + ". " + cap(t[0]) + " and " + t[1] + " side by side";
      case 2 -> "Fig. " + n + " \u2013 a " + a + " " + topic + " from above";
      case 3 -> "Table " + n + ": " + topic + " costs per " + season;
      case 4 -> "Figure " + n + " - how the " + t[1] + " changes the " + t[0];
      default -> "Chart " + n + ": " + a + " " + t[0] + " against " + t[1] + " by " + season;
    };
  }

  private static final String[] IMPERATIVES = {"plant", "measure", "water", "check", "taste", "ask",
      "read", "sweep", "mend", "plan", "start", "rest"};

  /** A saying or a one-line quotation, short and off the page's topic. */
  private String quotation() {
    String n1 = NOUNS[negatives.nextInt(NOUNS.length)];
    String n2 = NOUNS[negatives.nextInt(NOUNS.length)];
    String a = ADJECTIVES[negatives.nextInt(ADJECTIVES.length)];
    String v1 = IMPERATIVES[negatives.nextInt(IMPERATIVES.length)];
    String v2 = IMPERATIVES[negatives.nextInt(IMPERATIVES.length)];
    return switch (negatives.nextInt(6)) {
      case 0 -> cap(v1) + " early, " + v2 + " often.";
      case 1 -> "No " + n1 + ", no " + n2 + ".";
      case 2 -> cap(a) + " " + n1 + ", happy " + n2 + ".";
      case 3 -> "Less " + n1 + " is more " + n2 + ".";
      case 4 -> "The best " + n1 + " is the one you already own.";
      default -> cap(v1) + " twice, " + v2 + " once!";
    };
  }

  /** A quotation in quotation marks, sometimes with who said it. */
  private String quoted(String quote) {
    String q = negatives.nextBoolean() ? "\u201C" + quote + "\u201D" : "\"" + quote + "\"";
    return switch (negatives.nextInt(3)) {
      case 0 -> q + " \u2014 " + CREDITED[negatives.nextInt(CREDITED.length)];
      case 1 -> q + " (my grandmother)";
      default -> q;
    };
  }

  /** A shell command or a line of code, in the words of the page's world. */
  private String codeLine() {
    String n1 = NOUNS[negatives.nextInt(NOUNS.length)];
    String n2 = NOUNS[negatives.nextInt(NOUNS.length)];
    return switch (negatives.nextInt(8)) {
      case 0 -> "sudo apt install " + n1 + "-tools " + n2 + "-utils";
      case 1 -> "git commit -m \"update the " + n1 + " notes\"";
      case 2 -> "cd " + n1 + " && make install";
      case 3 -> "pip install --user " + n1 + " " + n2;
      case 4 -> "SELECT " + n1 + ", " + n2 + " FROM orders WHERE total > 10";
      case 5 -> "python3 -m " + n1 + " serve --port 8000";
      case 6 -> "docker run -it " + n1 + " " + n2 + " sh";
      default -> "import " + n1 + " from './" + n2 + "'";
    };
  }

  /** The styles written in turn; the later ones replace some of them from a stream of their own. */
  private static final int FIRST_STYLES = 4;
  /** The styles drawn from {@link #extra} after the first ones (placed label, title after dash, credit). */
  private static final int EXTRA_STYLES = 3;

  /**
   * A caption of a style chosen in turn, recorded in {@link #styleOf}. Three in seven are then
   * replaced by one of the later styles, drawn from {@link #extra}: the main stream is drawn exactly
   * as before those styles were added, so that the rest of the corpus stays the same.
   */
  private String caption() {
    CaptionStyle style = CaptionStyle.values()[captionTurn++ % FIRST_STYLES];
    String c = switch (style) {
      case VISUAL -> rnd.nextInt(6) == 0 ? pick(PRODUCTS) + " " + pick(SETTINGS)
          : pick(SUBJECTS) + " " + pick(CLOTHES) + " " + pick(SETTINGS);
      case SCENE -> scene();
      case LABELLED -> labelled();
      default -> fileName();
    };
    if (style != CaptionStyle.FILE_NAME && rnd.nextInt(3) == 0) {
      c = c + ".";
    }
    int more = EXTRA_STYLES;
    if (extra.nextInt(FIRST_STYLES + more) < more) {
      style = CaptionStyle.values()[FIRST_STYLES + extra.nextInt(more)];
      c = switch (style) {
        case PLACED_LABEL -> placedLabel();
        case TITLE_AFTER_DASH -> sceneOrView() + extraPick(TITLE_SEPARATORS) + TITLE_MARK;
        default -> credit();
      };
    }
    int second = later.nextInt(10);
    if (second < 2) {
      style = CaptionStyle.PICTURE_LABEL;
      c = laterPick(PICTURE_LABELS) + ": " + lowerFirst(laterScene());
    } else if (second < 4) {
      style = CaptionStyle.STAND_IN;
      c = standIn();
    }
    int round4 = fourth.nextInt(15);
    if (round4 < 3) {
      style = CaptionStyle.values()[CaptionStyle.CAMERA_SETTINGS.ordinal() + round4];
      c = switch (style) {
        case CAMERA_SETTINGS -> cameraSettings();
        case HASHTAGS -> fourthScene() + " " + hashtags();
        default -> fourthScene() + " " + fourthPick(VIEWER_NOTES);
      };
    }
    styleOf.put(c, style);
    return c;
  }

  private static final String[] CAMERAS = {"Nikon Z6", "Fujifilm X-T4", "Sony A7 III", "Olympus OM-D",
      "Pentax K-3", "iPhone 14 Pro", "Canon 5D Mark IV", "Leica Q2"};
  private static final String[] HASHTAGS = {"#weekend", "#wanderlust", "#nofilter", "#citylife",
      "#photooftheday", "#instagood", "#streetphotography", "#slowliving", "#travelgram", "#sundayvibes"};
  private static final String[] VIEWER_NOTES = {"(click to enlarge)", "(tap to zoom)", "[file photo]",
      "(photo for illustration)", "(hover to see the full picture)", "[stock picture]",
      "(click the image to expand)"};

  /** A camera's settings as photo sites print them, alone or after a scene and a dash. */
  private String cameraSettings() {
    String sep = fourthPick(new String[] {" \u00b7 ", " | ", ", "});
    List<String> parts = new ArrayList<>(List.of(fourthPick(CAMERAS),
        (18 + fourth.nextInt(180)) + "mm", "f/" + fourthPick(new String[] {"1.8", "2.8", "4", "5.6", "8"}),
        "1/" + fourthPick(new String[] {"60", "125", "250", "500", "2000"}) + "s",
        "ISO " + fourthPick(new String[] {"100", "200", "400", "800", "3200"})));
    int drop = fourth.nextInt(3); // not every site prints every setting
    for (int k = 0; k < drop; k++) {
      parts.remove(1 + fourth.nextInt(parts.size() - 1));
    }
    String line = String.join(sep, parts);
    return fourth.nextBoolean() ? line : fourthScene() + " \u2014 " + line;
  }

  private String hashtags() {
    int n = 2 + fourth.nextInt(3);
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < n; k++) {
      sb.append(k == 0 ? "" : " ").append(fourthPick(HASHTAGS));
    }
    return sb.toString();
  }

  private String fourthScene() {
    return fourth.nextInt(3) == 0 ? fourthPick(VIEWS) + " " + fourthPick(PLACES)
        : fourthPick(ACTORS) + " " + fourthPick(ACTIONS) + " " + fourthPick(PLACES);
  }

  private String fourthPick(String[] a) {
    return a[fourth.nextInt(a.length)];
  }

  /** Labels that name the picture a caption stands under. */
  private static final String[] PICTURE_LABELS = {"Main picture", "Lead photo", "Featured image",
      "Top image", "Pictured", "Header image", "Cover photo"};

  /** A picture presented as a stand-in for the article's own, in one of several wordings. */
  private String standIn() {
    String scene = laterScene();
    return switch (later.nextInt(6)) {
      case 0 -> "File photo of " + lowerFirst(scene);
      case 1 -> "Artist's impression of " + lowerFirst(laterPick(VIEWS)) + " " + laterPick(PLACES);
      case 2 -> laterPick(new String[] {"Stock image used for illustration only",
          "Picture posed by models", "Image for illustration purposes only",
          "Library photo used for illustrative purposes"});
      case 3 -> "[image: " + lowerFirst(scene) + "]";
      case 4 -> "Archive picture of " + lowerFirst(scene);
      default -> "An illustration of " + lowerFirst(laterPick(VIEWS));
    };
  }

  private String laterScene() {
    return later.nextInt(3) == 0 ? laterPick(VIEWS) + " " + laterPick(PLACES)
        : laterPick(ACTORS) + " " + laterPick(ACTIONS) + " " + laterPick(PLACES);
  }

  private String laterPick(String[] a) {
    return a[later.nextInt(a.length)];
  }

  /**
   * A gallery of two to four pasted pictures, each list item holding an image and its line in one
   * of four ways: text after the image, the alt only, the alt and the text, a figure with its caption.
   */
  private void gallery(Labels l, List<String[]> body) {
    StringBuilder sb = new StringBuilder("<ul class=\"").append(laterPick(new String[] {"gallery",
        "wp-block-gallery", "photos", "blocks-gallery-grid"})).append("\">\n");
    int n = 2 + later.nextInt(3);
    for (int k = 0; k < n; k++) {
      String text = laterScene();
      sb.append("<li>").append(switch (later.nextInt(4)) {
        case 0 -> "<img src=\"/up/g" + k + ".jpg\" alt=\"\">" + esc(text);
        case 1 -> "<img src=\"/up/g" + k + ".jpg\" alt=\"" + esc(text) + "\">";
        case 2 -> "<img src=\"/up/g" + k + ".jpg\" alt=\"" + esc(text) + "\"><span>" + esc(text)
            + "</span>";
        default -> "<figure><img src=\"/up/g" + k + ".jpg\" alt=\"\"><figcaption>" + esc(text)
            + "</figcaption></figure>";
      }).append("</li>\n");
      l.captions.add(text);
      l.captionStyles.put(text, CaptionStyle.GALLERY);
    }
    body.add(new String[] {sb.append("</ul>\n").toString(), "", "markup"});
  }

  /**
   * A gallery of two to four pasted pictures as a text browser dumps it: each bulleted line the image's
   * alt in brackets, or its file name or placeholder in brackets and the text after it.
   */
  private void textGallery(Labels l, List<String[]> body) {
    StringBuilder sb = new StringBuilder();
    int n = 2 + third.nextInt(3);
    for (int k = 0; k < n; k++) {
      String scene = thirdPick(ACTORS) + " " + thirdPick(ACTIONS) + " " + thirdPick(PLACES);
      String line = switch (third.nextInt(3)) {
        case 0 -> "[" + scene + "]";
        case 1 -> "[g" + k + ".jpg] " + scene;
        default -> "[IMG] " + scene;
      };
      sb.append(third.nextBoolean() ? "* " : "- ").append(line).append('\n');
      l.captions.add(line);
      l.captionStyles.put(line, CaptionStyle.TEXT_GALLERY);
    }
    body.add(new String[] {sb.toString(), "", "markup"});
  }

  private String thirdPick(String[] a) {
    return a[third.nextInt(a.length)];
  }

  private static final String[] PEOPLE = {"Jane Doe", "Amir Khan", "Dr. Lena Ortiz", "Tom Baker",
      "Mei Ling", "Oskar Nilsson"};
  private static final String[] ROLES = {"head of the garden team", "editor and chief tester",
      "our kitchen manager since last spring", "writes about the village market",
      "looks after the weekly newsletter", "runs the workshop on the harbour"};

  /**
   * On one page in four (in HTML, a list that holds images; in text, its lines as list items), a list
   * that is no gallery of pasted pictures: the author's own pictures of the subject, a team list with
   * portraits, linked thumbnails of other articles, or short terms with icons.
   */
  private void listNegative(Labels l, String topic, boolean html, List<String[]> body) {
    if (later.nextInt(4) != 0) {
      return;
    }
    Negative kind = Negative.values()[FIRST_NEGATIVES + later.nextInt(Negative.values().length
        - FIRST_NEGATIVES)];
    int n = 2 + later.nextInt(3);
    String[] t = topic.split(" ");
    StringBuilder sb = new StringBuilder("<ul class=\"").append(kind == Negative.OWN_GALLERY ? "gallery"
        : "list").append("\">\n");
    StringBuilder text = new StringBuilder();
    for (int k = 0; k < n; k++) {
      String item = switch (kind) {
        case OWN_GALLERY -> laterPick(new String[] {"Our", "The", "A", "One more"}) + " " + topic
            + " " + laterPick(new String[] {"after the first week", "before we started",
                "with the new " + t[0], "next to the old " + t[1], "half way through"});
        case PORTRAIT_LIST -> laterPick(PEOPLE) + ", " + laterPick(ROLES);
        case LINKED_THUMBNAILS -> "How to Choose a " + cap(laterPick(ADJECTIVES)) + " " + cap(laterPick(NOUNS))
            + " for Your " + cap(laterPick(NOUNS));
        default -> cap(laterPick(NOUNS)) + (later.nextBoolean() ? "" : " " + laterPick(NOUNS));
      };
      String img = "<img src=\"/i/" + k + ".png\" alt=\"\">";
      sb.append("<li>").append(kind == Negative.LINKED_THUMBNAILS
          ? "<a href=\"/post-" + k + ".html\">" + img + esc(item) + "</a>" : img + esc(item))
          .append("</li>\n");
      // In a text dump, the author's pictures and portraits may keep their marks as a text browser
      // prints them: the image's file name or alt in brackets before the line.
      boolean marked = !html && (kind == Negative.OWN_GALLERY || kind == Negative.PORTRAIT_LIST)
          && third.nextBoolean();
      String line = !marked ? item : third.nextBoolean() ? "[p" + k + ".jpg] " + item
          : "[" + (kind == Negative.PORTRAIT_LIST ? item.substring(0, item.indexOf(',')) : item) + "]"
              + (kind == Negative.PORTRAIT_LIST ? " " + item : "");
      text.append("- ").append(line).append("\n");
      l.negatives.put(html ? item : line, kind);
    }
    sb.append("</ul>\n");
    body.add(new String[] {html ? sb.toString() : text.toString(), "", "markup"});
  }

  /** Someone doing something somewhere, or a view of things; sometimes lower case, as alt texts are. */
  private String scene() {
    String s = rnd.nextInt(3) == 0 ? pick(VIEWS) + " " + pick(PLACES)
        : pick(ACTORS) + " " + pick(ACTIONS) + " " + pick(PLACES);
    return rnd.nextInt(4) == 0 ? s.toLowerCase(Locale.ROOT) : s;
  }

  /** Labels saying where the picture is: the reader is pointed at it. */
  private static final String[] PLACED_LABELS = {"Pictured above", "Pictured below", "Above",
      "Below", "Shown above", "Pictured", "Top", "Left", "Pictured left", "Seen here", "Shown here"};
  private static final String[] TITLE_SEPARATORS = {" - ", " \u2013 ", " | ", " \u2014 ", " - "};
  /** Labels of a bare credit or source line. */
  private static final String[] CREDIT_LABELS = {"Photo", "Source", "Image credit", "Credit",
      "Image", "Photo credit", "Image source", "Picture", "Photography"};
  private static final String[] MORE_NAMES = {"Jane Doe", "Ana Ferreira", "Liam O'Brien",
      "Hiroshi Tanaka", "Sofia Rossi", "Malik Haddad", "Ingrid Berg", "Chen Wei"};
  private static final String[] MORE_AGENCIES = {"Stock", "Shutterstock", "iStock", "Wikimedia Commons",
      "Alamy", "Dreamstime", "Flickr", "Freepik", "Depositphotos"};

  /** A picture label saying where the picture stands, then a scene. */
  private String placedLabel() {
    String scene = sceneOrView();
    return extraPick(PLACED_LABELS) + ": " + (extra.nextBoolean() ? lowerFirst(scene) : scene);
  }

  private String sceneOrView() {
    return extra.nextInt(3) == 0 ? extraPick(VIEWS) + " " + extraPick(PLACES)
        : extraPick(SUBJECTS) + " " + (extra.nextBoolean() ? extraPick(ACTIONS) : extraPick(PLACES));
  }

  /** A label and a credited name, agency or both, nothing else. */
  private String credit() {
    String name = extra.nextBoolean() ? extraPick(CREDITED) : extraPick(MORE_NAMES);
    String agency = extra.nextBoolean() ? extraPick(AGENCIES) : extraPick(MORE_AGENCIES);
    String label = extraPick(CREDIT_LABELS);
    return switch (extra.nextInt(6)) {
      case 0 -> label + ": " + name;
      case 1 -> label + ": " + agency;
      case 2 -> label + ": " + name + " / " + agency;
      case 3 -> label + ": " + name + " via " + agency;
      case 4 -> label + ": " + agency + " / " + name;
      default -> label + ": " + name + ", " + agency;
    };
  }

  private String labelled() {
    return switch (rnd.nextInt(4)) {
      case 0 -> "Photo by " + pick(CREDITED) + " on " + pick(AGENCIES);
      case 1 -> pick(LABELS) + ": " + pick(CREDITED) + " / " + pick(AGENCIES);
      default -> pick(LABELS) + ": " + lowerFirst(scene());
    };
  }

  private String fileName() {
    int digits = 1000 + rnd.nextInt(9000);
    String name = switch (rnd.nextInt(5)) {
      case 0 -> "IMG_" + digits + (rnd.nextBoolean() ? ".JPG" : "");
      case 1 -> "DSC" + (rnd.nextBoolean() ? "_" : "0") + digits;
      case 2 -> "PXL_2025" + (1000 + rnd.nextInt(2000)) + "_" + (100000 + rnd.nextInt(800000));
      case 3 -> "shutterstock_" + (100000000 + rnd.nextInt(800000000)) + ".jpg";
      default -> pick(FILE_STEMS) + "-" + (1 + rnd.nextInt(9)) + pick(new String[] {".jpg", ".png",
          ".webp"});
    };
    return switch (rnd.nextInt(3)) {
      case 0 -> name + " " + lowerFirst(pick(VIEWS)) + " " + pick(PLACES);
      case 1 -> name + " - " + lowerFirst(pick(ACTORS)) + " " + pick(PLACES);
      default -> name;
    };
  }

  private static String lowerFirst(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
  }

  private String topic() {
    return pick(NOUNS) + " " + pick(NOUNS);
  }

  private String title() {
    String[] forms = {"How to Choose a {A} {N} for Your {M}", "{A} {N} and {M}: What to Know",
        "Why Your {M} Needs a {A} {N}", "The {A} Guide to {N} and {M}", "{N} vs {M}: A {A} Comparison",
        "Ten {A} Ideas for {N} and {M}"};
    return fill(pick(forms)).replace("{M}", cap(pick(NOUNS)));
  }

  /** A near variant: one extra word in the title. */
  private String variant(String title) {
    String[] words = title.split(" ");
    int at = 1 + rnd.nextInt(Math.max(1, words.length - 1));
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < words.length; i++) {
      if (i == at) {
        sb.append(pick(new String[] {"Severe", "Early", "Everyday", "Recurrent"})).append(' ');
      }
      sb.append(words[i]).append(i + 1 < words.length ? " " : "");
    }
    return sb.toString();
  }

  private List<String> article(String topic, int paragraphs) {
    List<String> out = new ArrayList<>();
    for (int p = 0; p < paragraphs; p++) {
      StringBuilder sb = new StringBuilder();
      int sentences = 4 + rnd.nextInt(3);
      for (int s = 0; s < sentences; s++) {
        sb.append(s > 0 ? " " : "").append(fill(pick(TEMPLATES)).replace("{T}", topic));
      }
      out.add(sb.toString());
    }
    return out;
  }

  /** Labels that head a closing recap in content templates (other than the phrases of TextQuality). */
  private static final String[] RECAP_LABELS = {"The short version:", "What to remember:",
      "Quick recap:", "Before you go:", "Main lessons:", "At a glance:"};

  /**
   * A summary that restates the article: sentences taken from it, lightly reworded, after "In
   * summary," or under a label, as running sentences or as a run of clauses joined by dashes.
   */
  private String summary(List<String> paras) {
    int style = styles.nextInt(3);
    StringBuilder sb = new StringBuilder(style == 0 ? "In summary," : RECAP_LABELS[styles.nextInt(
        RECAP_LABELS.length)]);
    for (int i = 0; i < 4; i++) {
      String[] sentences = paras.get(rnd.nextInt(paras.size())).split("\\. ");
      String s = sentences[rnd.nextInt(sentences.length)];
      s = s.replace(" the ", " this ").replace(" a ", " one ");
      if (style == 2) { // clauses: "first point - second point - ..."
        s = s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
        sb.append(i == 0 ? " " : " - ").append(s.substring(0, 1).toLowerCase(Locale.ROOT))
            .append(s.substring(1));
        continue;
      }
      sb.append(' ').append(s);
      if (!s.endsWith(".")) {
        sb.append('.');
      }
    }
    return style == 2 ? sb.append('.').toString() : sb.toString();
  }

  /** Keyword stuffing packed into a paragraph: the keyword worked into a clause after each sentence. */
  private static String pack(String para, String keyword) {
    String[] sentences = para.split("\\. ");
    StringBuilder sb = new StringBuilder();
    for (String s : sentences) {
      sb.append(s.endsWith(".") ? s.substring(0, s.length() - 1) : s).append(", and any ").append(keyword)
          .append(" fan will tell you the same; ask about our ").append(keyword).append(" offers. ");
    }
    return sb.toString().strip();
  }

  private String stuff(String para, String keyword) {
    String[] sentences = para.split("\\. ");
    StringBuilder sb = new StringBuilder();
    for (String s : sentences) {
      sb.append(s.endsWith(".") ? s : s + ".").append(" The ").append(keyword).append(" is the best ")
          .append(keyword).append(". ");
    }
    return sb.toString().strip();
  }

  private String fill(String t) {
    return t.replace("{A2}", pick(ADJECTIVES)).replace("{A}", pick(ADJECTIVES))
        .replace("{N2}", pick(NOUNS)).replace("{N3}", pick(NOUNS)).replace("{N4}", pick(NOUNS))
        .replace("{N}", pick(NOUNS)).replace("{V2}", pick(VERBS))
        .replace("{V}", pick(VERBS)).replace("{R}", pick(ADVERBS)).replace("{S}", pick(SEASONS));
  }

  private static String siteName(String host) {
    String h = host.substring(0, host.indexOf('.'));
    StringBuilder sb = new StringBuilder();
    for (String w : h.split("-")) {
      sb.append(sb.length() > 0 ? " " : "").append(cap(w));
    }
    return sb.toString();
  }

  private static String cap(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }

  private String pick(String[] a) {
    return a[rnd.nextInt(a.length)];
  }

  private String extraPick(String[] a) {
    return a[extra.nextInt(a.length)];
  }

  /** Page ids with a label, for checks. */
  Set<String> ids(java.util.function.Predicate<Labels> p) {
    Set<String> out = new HashSet<>();
    for (Labels l : pages.values()) {
      if (p.test(l)) {
        out.add(l.id);
      }
    }
    return out;
  }
}
