package org.dupscan.detect;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * The third held-out labelled set (issue 11): ten sites of different kinds, sixteen articles each,
 * written once from this class's own vocabulary with a fixed seed, in a plain-text form (title line, then
 * the article) and an HTML form (the article inside the site's template: cookie notice, navigation,
 * breadcrumb, share bar, newsletter box, related posts, previous/next links, footer; four sites put a
 * template block before the {@code h1}).
 *
 * <p>Its labels are injected captions in eleven styles, the page's own title re-inserted between prose
 * paragraphs, and hard negatives: short blocks a real article carries that are neither (on-topic figure
 * captions, quotes, code lines, headings, list items, table rows, bylines, dates, "Related:" lines,
 * spec and ingredient lines, and in the HTML form the title in breadcrumb, contents, pager and
 * related-posts furniture). It was written from the description of injected captions and
 * title repeats, without reading the detectors or the other generators, and is not to be tuned on:
 * see docs/detectors.md, "Third held-out set".
 */
final class ThirdHeldOutCorpus {

  static final long SEED = 3_011_2026L;
  static final int PAGES_PER_HOST = 16;
  static final int MIN_PARAGRAPHS = 6;
  static final int MAX_PARAGRAPHS = 20;

  /** How an injected caption is worded. */
  enum Style {
    /** A stock-photo scene with people, colours or clothing. */
    SCENE_WITH_PEOPLE,
    /** A scene naming no person, colour or garment. */
    SCENE_WITHOUT_PEOPLE,
    /** "Photo:", "Image:", "Credit:", "Source:" and kin. */
    CREDIT_PREFIX,
    /** A camera or file name standing as text. */
    FILE_NAME,
    /** In HTML only an img alt; in the text form the line a text dump leaves. */
    ALT_ONLY,
    /** An img alt repeated as a text line under the image. */
    ALT_REPEATED,
    /** A scene with the page's title after (or before) it. */
    SCENE_AND_TITLE,
    /** One off-topic caption on three unrelated pages of a host. */
    SAME_ON_SEVERAL_PAGES,
    /** "Above:", "Pictured:", "Left:" label lines. */
    LABEL_LINE,
    /** Items of a list of images. */
    IMAGE_LIST,
    /** Wordings of other kinds ("Stock image for illustration", "[image: ...]", "File photo of"). */
    OTHER_WORDING
  }

  /** What a labelled block is. */
  enum Kind {
    CAPTION(true, false),
    TITLE_REPEAT(false, false),
    FIGURE_CAPTION(false, false),
    SHORT_QUOTE(false, false),
    BLOCKQUOTE(false, false),
    CODE_LINE(false, false),
    SUBHEADING(false, false),
    SHORT_TITLE_HEADING(false, false),
    LIST_ITEM(false, false),
    TABLE_ROW(false, false),
    BYLINE(false, false),
    DATE_LINE(false, false),
    RELATED_LINE(false, false),
    SPEC_LINE(false, false),
    INGREDIENT_LINE(false, false),
    TITLE_IN_BREADCRUMB(false, true),
    TITLE_IN_CONTENTS(false, true),
    TITLE_IN_PAGER(false, true),
    TITLE_IN_RELATED_POSTS(false, true);

    private final boolean caption;
    private final boolean htmlOnly;

    Kind(boolean caption, boolean htmlOnly) {
      this.caption = caption;
      this.htmlOnly = htmlOnly;
    }

    boolean caption() {
      return caption;
    }

    /** Page furniture: stands in the HTML form only. */
    boolean htmlOnly() {
      return htmlOnly;
    }

    /** A negative for both detectors. */
    boolean negative() {
      return this != CAPTION && this != TITLE_REPEAT;
    }
  }

  /** Where an injected caption stands in the HTML form. */
  enum Placement {
    P_AFTER_IMG,
    IMG_THEN_TEXT,
    BARE_P,
    EM_LINE,
    DIV_TEXT,
    FIGCAPTION,
    ALT_ONLY,
    ALT_REPEATED,
    GALLERY_ITEM
  }

  /** A labelled block: style and placement for captions only. */
  record Labelled(Kind kind, Style style, Placement placement, String text) {}

  /** One page, its labels and both its forms. */
  static final class Page {
    final String host;
    final String key;
    final String title;
    final List<Labelled> labels = new ArrayList<>();
    String textForm;
    String htmlForm;

    Page(String host, String slug, String title) {
      this.host = host;
      this.key = host + "/" + slug;
      this.title = title;
    }

    List<Labelled> captions() {
      return labels.stream().filter(l -> l.kind().caption()).toList();
    }

    boolean has(Kind k) {
      return labels.stream().anyMatch(l -> l.kind() == k);
    }

    boolean has(Style s) {
      return labels.stream().anyMatch(l -> l.style() == s);
    }
  }

  final Map<String, Page> pages = new TreeMap<>();
  private final Random rnd;
  private final Set<String> usedCaptions = new LinkedHashSet<>();

  ThirdHeldOutCorpus(long seed) {
    this.rnd = new Random(seed);
    int styleTurn = 0;
    int placementTurn = 0;
    for (Site site : Site.ALL) {
      List<Page> ofSite = new ArrayList<>();
      for (String[] t : site.titles) {
        ofSite.add(new Page(site.host, slug(t[0]), t[0]));
      }
      // Three pages of some hosts share one off-topic caption: pages 2, 7 and 13, which share nothing else.
      String recurring = site.recurring;
      if (recurring != null) {
        usedCaptions.add(recurring.toLowerCase(Locale.ROOT));
      }
      for (int j = 0; j < ofSite.size(); j++) {
        Page p = ofSite.get(j);
        Body body = new Body();
        String subject = site.titles[j][1];
        int paragraphs = MIN_PARAGRAPHS + rnd.nextInt(MAX_PARAGRAPHS - MIN_PARAGRAPHS + 1);
        List<String> deck = new ArrayList<>();
        for (int k = 0; k < paragraphs; k++) {
          body.parts.add(Part.of(PartType.PARA, paragraph(site, subject, k == 0, deck)));
        }
        // The title again, between two prose paragraphs, on eight pages of each host, except where the
        // title is one word: there a section heading of that word is a hard negative (below).
        if (p.title.contains(" ") && REPEAT_PAGES.contains(j)) {
          body.place(titleAgain(site, p, j), 2, rnd);
        }
        // Captions: none on every fourth page, two on every fourth, one on the rest; each between two
        // prose paragraphs while such places last.
        int n = j % 4 == 0 ? 0 : j % 4 == 3 ? 2 : 1;
        for (int c = 0; c < n; c++) {
          Style s = ROTATING[styleTurn++ % ROTATING.length];
          body.place(caption(site, p, s, placementTurn++), 1, rnd);
        }
        if (recurring != null && (j == 2 || j == 7 || j == 13)) {
          body.place(captionPart(p, Style.SAME_ON_SEVERAL_PAGES, recurring, rotate(placementTurn++)), 1, rnd);
        }
        List<Part> extras = new ArrayList<>();
        negatives(site, ofSite, j, p, extras);
        for (Part e : extras) {
          body.place(e, 1, rnd);
        }
        p.textForm = text(p, site, body);
        p.htmlForm = html(p, site, ofSite, j, body);
        pages.put(p.key, p);
      }
    }
  }

  /** The places, within a host's sixteen pages, of the pages that carry their title again. */
  private static final Set<Integer> REPEAT_PAGES = Set.of(1, 3, 5, 6, 8, 10, 12, 15);

  /** The styles dealt out in turn; the recurring one stands on fixed pages. */
  private static final Style[] ROTATING = java.util.Arrays.stream(Style.values())
      .filter(s -> s != Style.SAME_ON_SEVERAL_PAGES).toArray(Style[]::new);

  /** Writes the text form under {@code textRoot} and the HTML form under {@code htmlRoot}. */
  ThirdHeldOutCorpus write(Path textRoot, Path htmlRoot) throws IOException {
    for (Page p : pages.values()) {
      Path t = textRoot.resolve(p.key + ".txt");
      Path h = htmlRoot.resolve(p.key + ".html");
      Files.createDirectories(t.getParent());
      Files.createDirectories(h.getParent());
      Files.writeString(t, p.textForm, StandardCharsets.UTF_8);
      Files.writeString(h, p.htmlForm, StandardCharsets.UTF_8);
    }
    return this;
  }

  // ---- The article's own prose --------------------------------------------------------------------

  /**
   * A paragraph of three to five sentences dealt from the page's deck of the site's and the generic
   * sentences, so that a page repeats a sentence only once it has used them all, and a paragraph never.
   */
  private String paragraph(Site site, String subject, boolean opening, List<String> deck) {
    int sentences = 3 + rnd.nextInt(3);
    List<String> used = new ArrayList<>();
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < sentences; i++) {
      String s = deal(site, deck);
      while (used.contains(s) || i == 0 && opening && !s.contains("{s}")) {
        s = deal(site, deck); // the opening names the page's subject
      }
      used.add(s);
      String t = pick(site.terms);
      String u = pick(site.terms);
      while (u.equals(t)) {
        u = pick(site.terms);
      }
      s = s.replace("{S}", upperFirst(subject)).replace("{s}", subject).replace("{t}", t).replace("{u}", u)
          .replace("{n}", String.valueOf(2 + rnd.nextInt(11)));
      b.append(i == 0 ? "" : " ").append(s);
    }
    return b.toString();
  }

  private String deal(Site site, List<String> deck) {
    if (deck.isEmpty()) {
      deck.addAll(List.of(site.sentences));
      deck.addAll(List.of(GENERIC));
      java.util.Collections.shuffle(deck, rnd);
    }
    return deck.remove(deck.size() - 1);
  }

  /** Sentences any article may carry; {t} and {u} are the host's terms, {s} the page's subject. */
  private static final String[] GENERIC = {
    "That is where most people go wrong, and it is easy to see why.",
    "None of this needs special equipment, only a little patience with {t}.",
    "We asked readers what tripped them up, and {t} came first by a wide margin.",
    "It sounds obvious written down, but it is the step that gets skipped.",
    "If you only remember one thing about {s}, make it the part about {t}.",
    "The details matter less than the habit of checking {t} every time.",
    "There is no single right answer here; {t} and {u} pull in different directions.",
    "A year later the difference is plain to see.",
    "Start small, write down what you did, and change one thing at a time.",
    "The numbers below come from our own notes, so treat them as a guide rather than a rule.",
    "Several of you wrote in after our last piece on {s}, and we listened.",
    "Looking back, we would have paid more attention to {t} from the start.",
    "It is worth saying that {t} is not the enemy here.",
    "A friend who does this for a living put it more bluntly: get {t} right and the rest follows.",
    "The first attempt rarely goes to plan, and that is part of learning.",
    "We tried the popular shortcut, and it cost us more time than it saved.",
    "Whatever you decide about {t}, write it down so you can compare next time.",
    "You do not need to follow every step; pick the ones that suit you.",
    "Plenty of people manage without {t}, though it does make life easier.",
    "This is the part we get the most questions about.",
  };

  // ---- Hard negatives -----------------------------------------------------------------------------

  private void negatives(Site site, List<Page> ofSite, int j, Page p, List<Part> out) {
    String author = site.authors[j % site.authors.length];
    p.labels.add(new Labelled(Kind.BYLINE, null, null, "By " + author));
    String date = (1 + (j * 7) % 28) + " " + MONTHS[(j * 5 + site.host.length()) % 12] + " 2025";
    p.labels.add(new Labelled(Kind.DATE_LINE, null, null, (j % 2 == 0 ? "Published " : "Updated ") + date));
    // Headings of the article's own sections.
    for (int h = 0; h < 1 + j % 2; h++) {
      String heading = site.headings[(j + h * 5) % site.headings.length];
      if (heading.equalsIgnoreCase(p.title)) {
        continue;
      }
      out.add(labelled(p, Part.of(PartType.HEADING, heading), Kind.SUBHEADING, heading));
    }
    // A one-word title standing again as a section heading: "Logging" under "Logging", as documentation
    // does; and one-word headings that are other pages' short titles.
    if (!p.title.contains(" ")) {
      out.add(labelled(p, Part.of(PartType.HEADING, p.title), Kind.SHORT_TITLE_HEADING, p.title));
    }
    for (Page other : ofSite) {
      if (other != p && !other.title.contains(" ") && (other.title.length() + j) % 3 == 0) {
        out.add(labelled(p, Part.of(PartType.HEADING, other.title), Kind.SHORT_TITLE_HEADING, other.title));
        break;
      }
    }
    // An on-topic figure caption of a real figure, on three pages in four.
    if (j % 4 != 1) {
      String subject = site.titles[j][1];
      String fig = site.figures[j % site.figures.length].replace("{S}", upperFirst(subject)).replace("{s}", subject);
      out.add(labelled(p, Part.figure(fig, j % 2 == 0), Kind.FIGURE_CAPTION, fig));
    }
    if (j % 3 == 0) {
      String q = site.quotes[j % site.quotes.length];
      out.add(labelled(p, Part.of(PartType.QUOTE, q), Kind.SHORT_QUOTE, q));
    }
    if (j % 3 == 1) {
      String q = site.quotes[(j + 1) % site.quotes.length];
      out.add(labelled(p, Part.of(PartType.BLOCKQUOTE, q), Kind.BLOCKQUOTE, q));
    }
    if (j % 2 == 1) {
      String related = "Related: " + ofSite.get((j + 5) % ofSite.size()).title;
      out.add(labelled(p, Part.of(PartType.LINE, related), Kind.RELATED_LINE, related));
    }
    // Short list items of the article.
    List<String> items = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      items.add(site.listItems[(j * 3 + i) % site.listItems.length]);
    }
    Part list = Part.list(items);
    items.forEach(i -> p.labels.add(new Labelled(Kind.LIST_ITEM, null, null, i)));
    out.add(list);
    // The site's own kind of short line.
    switch (site.kind) {
      case RECIPE -> {
        List<String> ing = new ArrayList<>();
        for (int i = 0; i < 4 + j % 3; i++) {
          ing.add(site.special[(j * 2 + i) % site.special.length]);
        }
        ing.forEach(i -> p.labels.add(new Labelled(Kind.INGREDIENT_LINE, null, null, i)));
        out.add(Part.list(ing));
      }
      case REVIEW -> {
        List<String> specs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
          specs.add(site.special[(j * 3 + i) % site.special.length]);
        }
        specs.forEach(l -> p.labels.add(new Labelled(Kind.SPEC_LINE, null, null, l)));
        out.add(new Part(PartType.LINES, null, List.copyOf(specs), false, null));
      }
      case DOCS, TECH -> {
        for (int i = 0; i < 2; i++) {
          String code = site.special[(j * 2 + i) % site.special.length];
          out.add(labelled(p, Part.of(PartType.CODE, code), Kind.CODE_LINE, code));
        }
      }
      default -> {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
          rows.add(site.special[(j + i * 3) % site.special.length]);
        }
        for (String r : rows) {
          p.labels.add(new Labelled(Kind.TABLE_ROW, null, null, r.substring(0, r.indexOf('\t'))));
        }
        out.add(Part.table(rows));
      }
    }
  }

  private static Part labelled(Page p, Part part, Kind kind, String text) {
    p.labels.add(new Labelled(kind, null, null, text));
    return part;
  }

  // ---- Injected captions --------------------------------------------------------------------------

  private Part caption(Site site, Page p, Style s, int turn) {
    if (s == Style.IMAGE_LIST) {
      List<String> items = new ArrayList<>();
      for (int i = 0; i < 2 + turn % 2; i++) {
        String c = fresh(() -> scene(site, rnd.nextBoolean()));
        items.add(c);
        p.labels.add(new Labelled(Kind.CAPTION, s, Placement.GALLERY_ITEM, c));
      }
      return new Part(PartType.GALLERY, null, items, false, Placement.GALLERY_ITEM);
    }
    String text = switch (s) {
      case SCENE_WITH_PEOPLE -> fresh(() -> scene(site, true));
      case SCENE_WITHOUT_PEOPLE, ALT_ONLY, ALT_REPEATED -> fresh(() -> scene(site, rnd.nextInt(3) == 0));
      case CREDIT_PREFIX -> fresh(() -> pick(PREFIXES) + (rnd.nextInt(3) == 0 ? pick(AGENCIES) : lowerFirst(
          shortScene(site))));
      case FILE_NAME -> fresh(this::fileName);
      case SCENE_AND_TITLE -> fresh(() -> {
        String sc = scene(site, rnd.nextBoolean());
        return switch (rnd.nextInt(3)) {
          case 0 -> sc + " - " + p.title;
          case 1 -> sc + " | " + p.title;
          default -> p.title + ": " + lowerFirst(sc);
        };
      });
      case LABEL_LINE -> fresh(() -> pick(LABELS) + lowerFirst(shortScene(site)));
      case OTHER_WORDING -> fresh(() -> pick(OTHER_WORDINGS).replace("{x}", lowerFirst(shortScene(site))));
      default -> throw new IllegalArgumentException("style placed elsewhere: " + s);
    };
    Placement pl = switch (s) {
      case ALT_ONLY -> Placement.ALT_ONLY;
      case ALT_REPEATED -> Placement.ALT_REPEATED;
      case FILE_NAME -> turn % 4 == 0 ? Placement.ALT_REPEATED : rotate(turn);
      default -> rotate(turn);
    };
    return captionPart(p, s, text, pl);
  }

  private static Part captionPart(Page p, Style s, String text, Placement pl) {
    p.labels.add(new Labelled(Kind.CAPTION, s, pl, text));
    return new Part(PartType.CAPTION, text, List.of(), false, pl);
  }

  private static Placement rotate(int turn) {
    Placement[] free = {Placement.P_AFTER_IMG, Placement.BARE_P, Placement.IMG_THEN_TEXT, Placement.EM_LINE,
        Placement.DIV_TEXT, Placement.FIGCAPTION};
    return free[turn % free.length];
  }

  /** A caption not used before anywhere in the set (the recurring style is the only repetition). */
  private String fresh(java.util.function.Supplier<String> make) {
    for (int i = 0; i < 200; i++) {
      String c = make.get();
      if (usedCaptions.add(c.toLowerCase(Locale.ROOT))) {
        return c;
      }
    }
    throw new IllegalStateException("caption pools exhausted");
  }

  private String scene(Site site, boolean people) {
    if (people) {
      String who = pick(PEOPLE);
      String dress = rnd.nextInt(4) == 0 ? "" : " in " + article(pick(COLOURS)) + " " + pick(GARMENTS);
      return upperFirst(who) + dress + " " + pick(ACTIONS) + " " + pick(site.indoorOnly ? ROOMS : PLACES);
    }
    return upperFirst(pick(THINGS)) + " " + pick(STATES) + " " + pick(site.indoorOnly ? ROOMS : PLACES)
        + (rnd.nextBoolean() ? "" : " " + pick(TIMES));
  }

  private String shortScene(Site site) {
    return upperFirst(pick(THINGS)) + " " + pick(site.indoorOnly ? ROOMS : PLACES);
  }

  private String fileName() {
    return switch (rnd.nextInt(7)) {
      case 0 -> "IMG_" + (1000 + rnd.nextInt(9000)) + (rnd.nextBoolean() ? ".JPG" : ".jpg");
      case 1 -> "DSC_" + (100 + rnd.nextInt(9900)) + ".jpg";
      case 2 -> "PXL_2024" + two(1 + rnd.nextInt(12)) + two(1 + rnd.nextInt(28)) + "_" + (100000 + rnd.nextInt(
          800000)) + ".jpg";
      case 3 -> pick(FILE_WORDS) + "-" + pick(FILE_WORDS) + "-" + (1 + rnd.nextInt(9)) + ".jpg";
      case 4 -> "shutterstock_" + (100000 + rnd.nextInt(9000000)) + ".jpg";
      case 5 -> "DSCF" + (1000 + rnd.nextInt(9000)) + ".JPG";
      default -> pick(FILE_WORDS) + "_" + pick(FILE_WORDS) + "_final_v" + (2 + rnd.nextInt(4)) + ".png";
    };
  }

  private static String two(int n) {
    return n < 10 ? "0" + n : String.valueOf(n);
  }

  private static String article(String word) {
    return "aeiou".indexOf(word.charAt(0)) >= 0 ? "an " + word : "a " + word;
  }

  // Caption vocabulary: nothing about food, children, money, gadgets, plumbing, fish or tools, so that
  // no caption is on any host's topic; the travel site gets indoor places only.
  private static final String[] PEOPLE = {"a smiling man", "an older woman", "two friends", "a young couple",
    "a tall man", "a woman", "a retired teacher", "three students", "a street musician", "a painter",
    "a dancer", "a jogger", "a grandmother", "a man with a beard", "a florist", "a pair of hikers"};
  private static final String[] COLOURS = {"yellow", "red", "navy", "green", "orange", "purple", "white",
    "black", "mustard", "teal", "pink", "grey", "brown", "cream"};
  private static final String[] GARMENTS = {"raincoat", "scarf", "denim jacket", "wool hat", "sundress",
    "cardigan", "hoodie", "linen shirt", "trench coat", "bobble hat", "knitted jumper", "summer dress"};
  private static final String[] ACTIONS = {"laughing", "looking up at the sky", "walking a dog",
    "waving at the camera", "stretching", "reading a paperback", "sitting cross-legged", "dancing",
    "tying a shoelace", "leaning on a railing", "carrying a bunch of tulips", "feeding pigeons"};
  private static final String[] THINGS = {"a rusty anchor chain", "a row of lavender", "an empty swing",
    "morning fog", "a stack of smooth stones", "an old typewriter", "a hot air balloon", "a wooden rowing boat",
    "a field of sunflowers", "a lighthouse", "a vintage motorbike", "a paper kite", "a weathered barn door",
    "a string of fairy lights", "a wind turbine", "a spiral staircase", "a sleeping cat", "a horse",
    "a stone bridge", "a bundle of dried wheat", "a pair of old boots", "a snow-covered bench",
    "an abandoned greenhouse", "a tram"};
  private static final String[] STATES = {"standing alone", "half hidden", "drying in the sun",
    "glowing softly", "leaning against a wall", "casting a long shadow", "covered in frost", "at rest"};
  private static final String[] PLACES = {"on a windswept hill", "by a quiet canal", "in a meadow",
    "on a cobbled lane", "at the edge of a pine forest", "beside a country road", "on a pebble beach",
    "in a mountain village", "under a railway arch", "near a harbour wall", "in a walled garden",
    "on a misty moor"};
  private static final String[] ROOMS = {"in a sunlit attic", "in an empty ballroom", "on a dusty windowsill",
    "in an art studio", "by a library window", "in a greenhouse", "on a wooden staircase", "in a dance hall",
    "in a florist's shop", "in a rehearsal room", "beside a fireplace", "in a museum corridor"};
  private static final String[] TIMES = {"at dawn", "at dusk", "after the rain", "in late autumn",
    "on a winter morning", "at golden hour", "under a full moon", "in early spring"};
  private static final String[] PREFIXES = {"Photo: ", "Image: ", "Credit: ", "Source: ", "Photo credit: ",
    "Image source: ", "Photograph: ", "Picture: "};
  private static final String[] AGENCIES = {"Stocksy / Marta Ruiz", "Pexels", "Getty Images",
    "Unsplash / Lena Vogt", "Alamy Stock Photo", "Wikimedia Commons, CC BY-SA 4.0", "iStock / Bruno Kaya",
    "Pixabay", "Adobe Stock / Aiko Tan", "Shutterstock / Ben Ode"};
  private static final String[] LABELS = {"Above: ", "Pictured: ", "Left: ", "Shown here: ", "Top: ",
    "In the photo: ", "Below: ", "Seen here: ", "Right: ", "Main picture: "};
  private static final String[] OTHER_WORDINGS = {"Stock image used for illustration only",
    "[image: {x}]", "File photo of {x}", "Artist's impression of {x}", "Image courtesy of Pexels",
    "Representative picture: {x}", "Header image - {x}", "Snapshot from our archive: {x}",
    "For illustration: {x}", "Cover shot, {x}", "Not the actual location: {x}", "Library picture of {x}"};
  private static final String[] FILE_WORDS = {"sunset", "beach", "mountain", "woman", "smiling", "hero",
    "banner", "stock", "autumn", "forest", "city", "lake", "field", "portrait", "header", "cover"};

  // ---- Title re-inserted ------------------------------------------------------------------------

  private Part titleAgain(Site site, Page p, int j) {
    String t = p.title;
    String again;
    boolean heading = false;
    switch (j % 6) {
      case 0 -> again = t;
      case 1 -> again = t.toLowerCase(Locale.ROOT);
      case 2 -> again = t + " - " + site.name;
      case 3 -> {
        again = t;
        heading = true;
      }
      case 4 -> again = t.endsWith("?") ? t : t + "!";
      default -> again = t.toUpperCase(Locale.ROOT);
    }
    p.labels.add(new Labelled(Kind.TITLE_REPEAT, null, null, again));
    return Part.of(heading ? PartType.HEADING : PartType.STRONG_LINE, again);
  }

  // ---- Rendering ----------------------------------------------------------------------------------

  enum PartType { PARA, HEADING, QUOTE, BLOCKQUOTE, CODE, LIST, TABLE, FIGURE, CAPTION, GALLERY, LINE,
    LINES, STRONG_LINE }

  /** A block of the article: {@code alt} says whether a figure's img repeats its caption. */
  record Part(PartType type, String text, List<String> items, boolean alt, Placement placement) {
    /** A block of one text. */
    static Part of(PartType type, String t) {
      return new Part(type, t, List.of(), false, null);
    }

    static Part figure(String t, boolean altRepeatsIt) {
      return new Part(PartType.FIGURE, t, List.of(), altRepeatsIt, null);
    }

    static Part list(List<String> items) {
      return new Part(PartType.LIST, null, List.copyOf(items), false, null);
    }

    static Part table(List<String> rows) {
      return new Part(PartType.TABLE, null, List.copyOf(rows), false, null);
    }
  }

  /** The article's blocks in order. */
  static final class Body {
    final List<Part> parts = new ArrayList<>();

    /**
     * Puts a block after a prose paragraph (at the earliest the {@code minProse}-th) that another
     * follows; when there is none left, after any prose paragraph but the last block.
     */
    void place(Part part, int minProse, Random rnd) {
      List<Integer> between = new ArrayList<>();
      List<Integer> after = new ArrayList<>();
      int prose = 0;
      for (int i = 0; i + 1 < parts.size(); i++) {
        if (parts.get(i).type() == PartType.PARA && ++prose >= minProse) {
          after.add(i + 1);
          if (parts.get(i + 1).type() == PartType.PARA) {
            between.add(i + 1);
          }
        }
      }
      List<Integer> slots = between.isEmpty() ? after : between;
      parts.add(slots.isEmpty() ? parts.size() : slots.get(rnd.nextInt(slots.size())), part);
    }
  }

  private static String text(Page p, Site site, Body body) {
    StringBuilder b = new StringBuilder(p.title).append("\n\n");
    for (Labelled l : p.labels) {
      if (l.kind() == Kind.BYLINE || l.kind() == Kind.DATE_LINE) {
        b.append(l.text()).append("\n\n");
      }
    }
    for (Part part : body.parts) {
      switch (part.type()) {
        case LIST, GALLERY -> part.items().forEach(i -> b.append("- ").append(i).append('\n'));
        case TABLE -> part.items().forEach(r -> b.append(r.replace("\t", " | ")).append('\n'));
        case LINES -> b.append(String.join("\n\n", part.items())).append('\n');
        case QUOTE -> b.append('"').append(part.text()).append('"').append('\n');
        case CODE -> b.append("    ").append(part.text()).append('\n');
        default -> b.append(part.text()).append('\n');
      }
      b.append('\n');
    }
    return b.toString();
  }

  private static String html(Page p, Site site, List<Page> ofSite, int j, Body body) {
    StringBuilder b = new StringBuilder();
    b.append("<!DOCTYPE html>\n<html lang=\"").append(site.british ? "en-GB" : "en").append("\">\n<head>\n")
        .append("<meta charset=\"utf-8\">\n<title>").append(esc(p.title)).append(" | ").append(esc(site.name))
        .append("</title>\n</head>\n<body>\n");
    b.append(site.cookie).append('\n');
    b.append("<header class=\"masthead\"><a href=\"/\">").append(esc(site.name)).append("</a>\n<nav><ul>");
    for (String s : site.sections) {
      b.append("<li><a href=\"/").append(slug(s)).append("/\">").append(esc(s)).append("</a></li>");
    }
    b.append("</ul></nav></header>\n");
    // Breadcrumb with the page's own title, in markup that varies by site.
    b.append(site.crumbOpen).append("<a href=\"/\">Home</a> &rsaquo; <a href=\"/").append(slug(site.sections[0]))
        .append("/\">").append(esc(site.sections[0])).append("</a> &rsaquo; <span>").append(esc(p.title))
        .append("</span>").append(site.crumbClose).append('\n');
    p.labels.add(new Labelled(Kind.TITLE_IN_BREADCRUMB, null, null, p.title));
    if (site.contents) {
      b.append("<div class=\"sphinxsidebarwrapper\"><h3>Contents</h3><ul>");
      for (Page o : ofSite) {
        b.append("<li><a href=\"").append(slug(o.title)).append(".html\">").append(esc(o.title))
            .append("</a></li>");
      }
      b.append("</ul><h3>This page</h3><p>").append(esc(p.title)).append("</p></div>\n");
      p.labels.add(new Labelled(Kind.TITLE_IN_CONTENTS, null, null, p.title));
    }
    b.append("<main>\n<article>\n");
    if (site.beforeH1 != null) {
      b.append(site.beforeH1).append('\n');
    }
    b.append("<h1>").append(esc(p.title)).append("</h1>\n");
    for (Labelled l : p.labels) {
      if (l.kind() == Kind.BYLINE || l.kind() == Kind.DATE_LINE) {
        b.append("<p class=\"meta\">").append(esc(l.text())).append("</p>\n");
      }
    }
    int img = 0;
    for (Part part : body.parts) {
      String t = part.text() == null ? null : esc(part.text());
      String src = "/media/" + slug(p.title) + "-" + (++img) + ".jpg";
      switch (part.type()) {
        case PARA, LINE -> b.append("<p>").append(t).append("</p>");
        case LINES -> part.items().forEach(l -> b.append("<p>").append(esc(l)).append("</p>"));
        case STRONG_LINE -> b.append("<p><strong>").append(t).append("</strong></p>");
        case HEADING -> b.append("<h2>").append(t).append("</h2>");
        case QUOTE -> b.append("<p>&ldquo;").append(t).append("&rdquo;</p>");
        case BLOCKQUOTE -> b.append("<blockquote><p>").append(t).append("</p></blockquote>");
        case CODE -> b.append("<pre><code>").append(t).append("</code></pre>");
        case LIST -> {
          b.append("<ul>");
          part.items().forEach(i -> b.append("<li>").append(esc(i)).append("</li>"));
          b.append("</ul>");
        }
        case TABLE -> {
          b.append("<table><tbody>");
          for (String r : part.items()) {
            b.append("<tr>");
            for (String c : r.split("\t")) {
              b.append("<td>").append(esc(c)).append("</td>");
            }
            b.append("</tr>");
          }
          b.append("</tbody></table>");
        }
        case FIGURE -> b.append("<figure><img src=\"").append(src).append("\" alt=\"").append(part.alt() ? t : "")
            .append("\"><figcaption>").append(t).append("</figcaption></figure>");
        case GALLERY -> {
          b.append("<ul class=\"gallery\">");
          for (String i : part.items()) {
            b.append("<li><img src=\"").append("/media/g-").append(img++).append(".jpg\" alt=\"\"> ")
                .append(esc(i)).append("</li>");
          }
          b.append("</ul>");
        }
        case CAPTION -> b.append(switch (part.placement()) {
          case P_AFTER_IMG -> "<p><img src=\"" + src + "\" alt=\"\"></p>\n<p>" + t + "</p>";
          case IMG_THEN_TEXT -> "<p><img src=\"" + src + "\" alt=\"\"><br>" + t + "</p>";
          case BARE_P -> "<p>" + t + "</p>";
          case EM_LINE -> "<p><em>" + t + "</em></p>";
          case DIV_TEXT -> "<div class=\"pic\">" + t + "</div>";
          case FIGCAPTION -> "<figure><img src=\"" + src + "\" alt=\"\"><figcaption>" + t + "</figcaption></figure>";
          case ALT_ONLY -> "<p><img src=\"" + src + "\" alt=\"" + t + "\"></p>";
          case ALT_REPEATED -> "<p><img src=\"" + src + "\" alt=\"" + t + "\"></p>\n<p>" + t + "</p>";
          case GALLERY_ITEM -> throw new IllegalStateException("gallery items are a list");
        });
      }
      b.append('\n');
    }
    b.append(site.share).append('\n').append(site.newsletter).append("\n</article>\n");
    // Related posts: three other pages, and the page's own title too on the sites whose widget lists it.
    b.append(site.relatedOpen);
    for (int k = 1; k <= 3; k++) {
      String o = ofSite.get((j + k * 3) % ofSite.size()).title;
      b.append("<li><a href=\"/").append(slug(o)).append("\">").append(esc(o)).append("</a></li>");
    }
    if (site.relatedListsItself) {
      b.append("<li><a href=\"/").append(slug(p.title)).append("\">").append(esc(p.title)).append("</a></li>");
      p.labels.add(new Labelled(Kind.TITLE_IN_RELATED_POSTS, null, null, p.title));
    }
    b.append("</ul></div>\n");
    // Previous and next: the neighbours' titles.
    b.append("<div class=\"").append(site.pagerClass).append("\">");
    if (j > 0) {
      String prev = ofSite.get(j - 1).title;
      b.append("<a href=\"/").append(slug(prev)).append("\">&larr; ").append(esc(prev)).append("</a> ");
      p.labels.add(new Labelled(Kind.TITLE_IN_PAGER, null, null, prev));
    }
    if (j + 1 < ofSite.size()) {
      String next = ofSite.get(j + 1).title;
      b.append("<a href=\"/").append(slug(next)).append("\">").append(esc(next)).append(" &rarr;</a>");
      p.labels.add(new Labelled(Kind.TITLE_IN_PAGER, null, null, next));
    }
    b.append("</div>\n</main>\n<footer><p>&copy; 2025 ").append(esc(site.name))
        .append(". All rights reserved.</p><p><a href=\"/privacy\">Privacy</a> &middot; <a href=\"/terms\">Terms</a>"
            + " &middot; <a href=\"/contact\">Contact</a></p></footer>\n</body>\n</html>\n");
    return b.toString();
  }

  static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  static String slug(String s) {
    String t = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    return t.replaceAll("^-|-$", "");
  }

  private String pick(String[] a) {
    return a[rnd.nextInt(a.length)];
  }

  private static String upperFirst(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String lowerFirst(String s) {
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }

  private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December"};

  // ---- The sites ----------------------------------------------------------------------------------

  enum SiteKind { RECIPE, TRAVEL, TECH, PARENTING, FINANCE, REVIEW, DOCS, FORUM, NEWS, BUSINESS }

  /**
   * One site: its titles (title, the subject the prose names), its prose, its short lines and its
   * template. {@code special} holds ingredient lines, spec lines, code lines or tab-separated table rows.
   */
  record Site(SiteKind kind, String host, String name, boolean british, boolean indoorOnly,
      String[][] titles, String[] terms, String[] sentences, String[] headings, String[] figures,
      String[] quotes, String[] listItems, String[] special, String[] authors, String[] sections,
      String recurring, String cookie, String crumbOpen, String crumbClose, boolean contents, String beforeH1,
      String share, String newsletter, String relatedOpen, boolean relatedListsItself, String pagerClass) {

    static final List<Site> ALL = ThirdHeldOutSites.all();
  }
}
