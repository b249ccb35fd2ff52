package org.dupscan.detect;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.dupscan.detect.HeldOutScoring.LabelledPage;
import org.dupscan.detect.HeldOutScoring.PageLabel;
import org.dupscan.detect.TenthHeldOutForms.Block;
import org.dupscan.detect.TenthHeldOutForms.Doc;
import org.dupscan.detect.TenthHeldOutSites.Host;
import org.dupscan.detect.TenthHeldOutSites.Template;

/**
 * The tenth held-out labelled set, written blind for issue 11 in session 22 (docs/detectors.md, "Tenth
 * held-out set"): 270 pages on 9 sites ({@link TenthHeldOutSites}), each page in two forms, its template's
 * HTML and what {@code w3m -dump} prints of it ({@link TenthHeldOutForms}), with labels for every injected
 * block and for the hard negatives around them. Generated from a fixed seed; nothing is committed but this
 * code. Not to be tuned on.
 */
final class TenthHeldOutCorpus {

  static final long SEED = 2026_12_03L;
  static final int PAGES_PER_HOST = 30;
  static final int CLEAN_PER_HOST = 9;
  /** Sentences per page: an intro and four paragraphs of two. */
  static final int SENTENCES = 10;
  /** Captions each site's spammer re-uses across its pages. */
  static final int POOL = 6;
  /** Share of injected captions drawn from the site's pool rather than written for the page. */
  static final double FROM_POOL = 0.55;
  /** Hosts (by index) carrying thin doorway pages, two each. */
  static final List<Integer> THIN_HOSTS = List.of(1, 4, 6);
  /** w3m's line width: a title longer than this would wrap in the heading. */
  static final int TITLE_MAX = TenthHeldOutForms.WIDTH;

  /** What a label marks: injected spam, or a hard negative (the page's own text that looks like spam). */
  enum Kind {
    CAPTION(false), TITLE_REPEAT(false), SUMMARY_REPEAT(false), STUFFING(false), OWN_FIGURE(true), CREDIT(true),
    SPEC(true), AUTHOR_BOX(true), REFERENCE(true), TAGS(true), BREADCRUMB(true), SIDEBAR_TITLE(true),
    TOC_TITLE(true), PRODUCT_CARD(true), RELATED(true);

    final boolean negative;

    Kind(boolean negative) {
      this.negative = negative;
    }
  }

  /** How an injected caption is written. */
  enum Style { AUTO_ALT, KEYWORD_ALT, CC_ATTRIBUTION, FILE_NAME, SCENE, STOCK_CONCEPT }

  /** Where an injected caption (or a site's own figure) stands in the HTML. */
  enum Placement { ALT_ONLY, FIGCAPTION, BELOW, PARAGRAPH, LIST_ITEM, TABLE_CELL, BLOCKQUOTE }

  /** How the title comes back in the body. */
  enum Repeat { EXACT, CASE_CHANGED, YEAR_UPDATED, SITE_NAME, WORD_SWAPPED, PUNCTUATION }

  /** How a page restates itself. */
  enum Restate { MIDDLE_REPEAT, CONCLUSION_MERGE, NUMBERED_RECAP, GLANCE_TABLE }

  /** How a page is stuffed with a keyword phrase. */
  enum Stuff { SEARCH_LIST, TAG_CLOUD, STUFFED_HEADINGS, BRACKETED_KEYWORDS, PIPE_FOOTER }

  /**
   * A labelled text of a page. {@code variant} is the style, shape or placement group of injected spam;
   * {@code recurring} whether an injected caption stands on another page of its host too.
   */
  record Label(Kind kind, String text, String variant, Placement placement, boolean recurring) implements PageLabel {
    @Override
    public String kindName() {
      return kind.name();
    }

    @Override
    public boolean negative() {
      return kind.negative;
    }

    @Override
    public boolean caption() {
      return kind == Kind.CAPTION;
    }
  }

  /** A page of the set with its labels. */
  static final class Page implements LabelledPage<Label> {
    final String key;
    final Host host;
    final String title;
    final boolean thin;
    final List<Label> labels = new ArrayList<>();
    String html;
    String text;

    Page(String key, Host host, String title, boolean thin) {
      this.key = key;
      this.host = host;
      this.title = title;
      this.thin = thin;
    }

    boolean has(Kind k) {
      return labels.stream().anyMatch(l -> l.kind() == k);
    }

    @Override
    public String key() {
      return key;
    }

    @Override
    public String title() {
      return title;
    }

    @Override
    public List<Label> labels() {
      return labels;
    }

    @Override
    public boolean spam() {
      return thin || labels.stream().anyMatch(l -> !l.negative());
    }
  }

  final Map<String, Page> pages = new TreeMap<>();
  /** Every paragraph written so far: a paragraph naming its subject only by its short name must be new. */
  private final java.util.Set<String> paragraphs = new java.util.HashSet<>();
  private final Random r;
  private int repeatTurn;
  private int restateTurn;
  private int stuffTurn;
  private int placementTurn;

  TenthHeldOutCorpus(long seed) {
    r = new Random(seed);
    for (int h = 0; h < TenthHeldOutSites.HOSTS.size(); h++) {
      writeHost(h, TenthHeldOutSites.HOSTS.get(h));
    }
    markRecurring();
  }

  /** Writes every page's text form under {@code text} and its HTML form under {@code html}. */
  TenthHeldOutCorpus write(Path text, Path html) throws IOException {
    for (Page p : pages.values()) {
      Path t = text.resolve(p.key + ".txt");
      Path h = html.resolve(p.key + ".html");
      Files.createDirectories(t.getParent());
      Files.createDirectories(h.getParent());
      Files.writeString(t, p.text, StandardCharsets.UTF_8);
      Files.writeString(h, p.html, StandardCharsets.UTF_8);
    }
    return this;
  }

  /** Labels by kind, by kind and variant ("CAPTION SCENE"), and captions by placement ("CAPTION placed BELOW"). */
  Map<String, Integer> counts() {
    Map<String, Integer> n = new TreeMap<>();
    for (Page p : pages.values()) {
      for (Label l : p.labels) {
        n.merge(l.kind().name(), 1, Integer::sum);
        if (l.variant() != null) {
          n.merge(l.kind().name() + " " + l.variant(), 1, Integer::sum);
        }
        if (l.placement() != null && l.caption()) {
          n.merge("CAPTION placed " + l.placement(), 1, Integer::sum);
        }
      }
    }
    return n;
  }

  // ---- A host's pages ---------------------------------------------------------------------------------

  private record Caption(Style style, String text) {}

  /** The parts of a page before its template lays them out. */
  private static final class Body {
    final List<String> paragraphs = new ArrayList<>();
    final List<String> sentences = new ArrayList<>();
    final List<List<Block>> slots = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    final List<Block> end = new ArrayList<>();
    final List<String> headings = new ArrayList<>();
    Block headingBeforeThird;
  }

  private void writeHost(int hostIndex, Host host) {
    List<String> subjects = new ArrayList<>();
    Map<String, String> shortNames = new TreeMap<>();
    for (String a : host.subjectsA()) {
      for (String b : host.subjectsB()) {
        subjects.add(a + " " + b);
        shortNames.put(a + " " + b, host.shortSubject(a, b));
      }
    }
    Collections.shuffle(subjects, r);
    List<String> titles = new ArrayList<>();
    List<String> swapped = new ArrayList<>();
    for (int i = 0; i < PAGES_PER_HOST; i++) {
      String pattern = host.titles().get(i % host.titles().size());
      titles.add(titleOf(pattern, subjects.get(i), host, true));
      swapped.add(titleOf(pattern, subjects.get(i), host, false));
      if (titles.get(i).length() > TITLE_MAX) {
        throw new IllegalStateException("title too long: " + titles.get(i));
      }
    }
    List<Caption> pool = new ArrayList<>();
    for (int k = 0; k < POOL; k++) {
      Style s = Style.values()[(k + hostIndex) % Style.values().length];
      pool.add(new Caption(s, caption(s, host)));
    }
    int thinLeft = THIN_HOSTS.contains(hostIndex) ? 2 : 0;
    int spamTurn = 0;
    for (int i = 0; i < PAGES_PER_HOST; i++) {
      boolean clean = i % 10 == 1 || i % 10 == 4 || i % 10 == 7;
      boolean thin = !clean && thinLeft > 0 && i >= PAGES_PER_HOST - 2;
      String title = titles.get(i);
      Page p = new Page(host.name() + "/" + slug(title), host, title, thin);
      if (thin) {
        thinLeft--;
        writeThin(p, subjects.get(i), pool);
      } else {
        writePage(p, subjects.get(i), shortNames.get(subjects.get(i)), swapped.get(i), titles, i,
            clean ? -1 : spamTurn++, pool);
      }
      pages.put(p.key, p);
    }
  }

  private void writeThin(Page p, String subject, List<Caption> pool) {
    Host h = p.host;
    Doc doc = new Doc();
    Block h1 = TenthHeldOutForms.heading(1, "entry-title", p.title);
    doc.tag("<main class=\"landing\">").add(h1);
    String sentence = fill(pick(h.sentences()), subject, h);
    doc.add(TenthHeldOutForms.p(null, sentence));
    Caption c = r.nextDouble() < FROM_POOL ? pick(pool) : freshCaption(h);
    Placement pl = Placement.values()[placementTurn++ % Placement.values().length];
    doc.blocks.addAll(captionBlocks(h, c.text(), pl));
    p.labels.add(new Label(Kind.CAPTION, c.text(), c.style().name(), pl, false));
    Stuff s = r.nextBoolean() ? Stuff.SEARCH_LIST : Stuff.PIPE_FOOTER;
    Body b = new Body();
    stuff(p, s, b);
    doc.blocks.addAll(b.end);
    doc.tag("</main>");
    finish(p, doc);
  }

  private void writePage(Page p, String subject, String shortSubject, String swappedTitle, List<String> titles,
      int index, int spamTurn, List<Caption> pool) {
    Host h = p.host;
    List<String> sentences = new ArrayList<>(h.sentences());
    Collections.shuffle(sentences, r);
    Body b = new Body();
    for (int k = 0; k < SENTENCES; k += 2) {
      String first = fill(sentences.get(k), subject, h);
      String second = fill(sentences.get(k + 1), shortSubject, h);
      if (!paragraphs.add(first + " " + second)) {
        second = fill(sentences.get(k + 1), subject, h);
        paragraphs.add(first + " " + second);
      }
      b.sentences.add(first);
      b.sentences.add(second);
      b.paragraphs.add(first + " " + second);
    }
    b.headingBeforeThird = TenthHeldOutForms.heading(2, null, pick(h.headings()));
    b.headings.add(b.headingBeforeThird.lines().get(0));
    boolean spam = spamTurn >= 0;
    if (spam) {
      int captions = spamTurn % 7 == 6 ? 0 : spamTurn % 3 == 0 ? 2 : 1;
      List<Integer> slots = new ArrayList<>(List.of(0, 1, 2));
      Collections.shuffle(slots, r);
      String previous = null;
      for (int k = 0; k < captions; k++) {
        Caption c = r.nextDouble() < FROM_POOL ? pick(pool) : freshCaption(h);
        if (c.text().equals(previous)) {
          c = freshCaption(h);
        }
        previous = c.text();
        Placement pl = Placement.values()[placementTurn++ % Placement.values().length];
        b.slots.get(slots.get(k)).addAll(captionBlocks(h, c.text(), pl));
        p.labels.add(new Label(Kind.CAPTION, c.text(), c.style().name(), pl, false));
      }
      if (spamTurn % 2 == 0) {
        repeatTitle(p, swappedTitle, b);
      }
      if (spamTurn % 3 == 1) {
        restate(p, b);
      }
      if (spamTurn % 3 == 2) {
        stuff(p, Stuff.values()[stuffTurn++ % Stuff.values().length], b);
      }
    }
    ownBlocks(p, subject, b, spam);
    finish(p, layout(p, b, titles, index));
  }

  /** The site's own figures, credits and specs: hard negatives between the paragraphs and after them. */
  private void ownBlocks(Page p, String subject, Body b, boolean spam) {
    Host h = p.host;
    if (r.nextDouble() < (spam ? 0.5 : 0.8)) {
      String cap = fill(pick(h.ownFigures()), subject, h);
      List<Block> slot = b.slots.get(r.nextInt(3));
      Placement pl = r.nextBoolean() ? Placement.FIGCAPTION : Placement.BELOW;
      slot.addAll(captionBlocks(h, cap, pl));
      p.labels.add(new Label(Kind.OWN_FIGURE, cap, null, pl, false));
      if (h.credit() != null) {
        String credit = fill(h.credit(), subject, h);
        slot.add(TenthHeldOutForms.p("photo-credit", credit));
        p.labels.add(new Label(Kind.CREDIT, credit, null, null, false));
      }
    }
    if (!h.specs().isEmpty() && h.template() != Template.GATSBY_SHOP && h.template() != Template.BULLETIN
        && r.nextDouble() < 0.6) {
      List<String> specs = new ArrayList<>();
      for (String s : h.specs()) {
        specs.add(fill(s, subject, h));
      }
      b.slots.get(r.nextInt(3)).add(TenthHeldOutForms.ul("specs", specs));
      p.labels.add(new Label(Kind.SPEC, specs.get(0), null, null, false));
    }
  }

  // ---- Injected spam ----------------------------------------------------------------------------------

  private void repeatTitle(Page p, String swappedTitle, Body b) {
    Repeat shape = Repeat.values()[repeatTurn++ % Repeat.values().length];
    Host h = p.host;
    Locale locale = Locale.forLanguageTag(h.lang().code());
    String t = p.title;
    Block block;
    String text;
    switch (shape) {
      case EXACT -> {
        text = t;
        block = TenthHeldOutForms.p(null, text);
      }
      case CASE_CHANGED -> {
        text = r.nextBoolean() ? t.toLowerCase(locale) : titleCase(t, locale);
        block = TenthHeldOutForms.heading(2, null, text);
      }
      case YEAR_UPDATED -> {
        text = r.nextBoolean() ? t + " [" + h.lang().updated() + " 2026]"
            : t + ", " + h.lang().updated() + " " + (1 + r.nextInt(28)) + "." + (1 + r.nextInt(11)) + ".2026";
        block = TenthHeldOutForms.pInline(null, "strong", text);
      }
      case SITE_NAME -> {
        boolean after = r.nextBoolean();
        text = after ? t + " « " + h.site() : h.site() + " › " + t;
        block = after ? TenthHeldOutForms.heading(3, null, text) : TenthHeldOutForms.pInline(null, "strong", text);
      }
      case WORD_SWAPPED -> {
        text = swappedTitle;
        block = TenthHeldOutForms.heading(2, null, text);
      }
      default -> {
        text = punctuated(t);
        block = TenthHeldOutForms.p(null, text);
      }
    }
    b.slots.get(r.nextInt(3)).add(block);
    p.labels.add(new Label(Kind.TITLE_REPEAT, text, shape.name(), null, false));
  }

  private void restate(Page p, Body b) {
    Restate shape = Restate.values()[restateTurn++ % Restate.values().length];
    var lang = p.host.lang();
    List<String> sen = b.sentences;
    switch (shape) {
      case MIDDLE_REPEAT -> {
        String text = lang.recapLead() + " " + b.paragraphs.get(0);
        b.slots.get(2).add(TenthHeldOutForms.p(null, text));
        p.labels.add(new Label(Kind.SUMMARY_REPEAT, text, shape.name(), null, false));
      }
      case CONCLUSION_MERGE -> {
        String text = lang.conclusionLead() + " " + sen.get(2) + " " + sen.get(4) + " " + sen.get(6);
        b.end.add(TenthHeldOutForms.p("conclusion", text));
        p.labels.add(new Label(Kind.SUMMARY_REPEAT, text, shape.name(), null, false));
      }
      case NUMBERED_RECAP -> {
        List<String> items = List.of(sen.get(3), sen.get(5), sen.get(7));
        b.end.add(TenthHeldOutForms.heading(3, null, lang.recapHeading()));
        b.end.add(TenthHeldOutForms.ol("recap", items));
        p.labels.add(new Label(Kind.SUMMARY_REPEAT, items.get(0), shape.name(), null, false));
      }
      default -> {
        List<String> cells = List.of(lang.glanceHeading(), sen.get(1), sen.get(8));
        b.end.add(TenthHeldOutForms.table("at-a-glance", cells));
        p.labels.add(new Label(Kind.SUMMARY_REPEAT, cells.get(1), shape.name(), null, false));
      }
    }
  }

  private void stuff(Page p, Stuff shape, Body b) {
    Host h = p.host;
    String kw = pick(h.keywords());
    List<String> mods = new ArrayList<>(h.lang().modifiers());
    Collections.shuffle(mods, r);
    List<String> variants = new ArrayList<>();
    for (int k = 0; k < mods.size(); k++) {
      variants.add(k % 2 == 0 ? kw + " " + mods.get(k) : mods.get(k) + " " + kw);
    }
    String text;
    switch (shape) {
      case SEARCH_LIST -> {
        b.end.add(TenthHeldOutForms.heading(3, "also-search", h.lang().alsoSearch()));
        b.end.add(TenthHeldOutForms.linkList("search-terms", variants));
        text = variants.get(0);
      }
      case TAG_CLOUD -> {
        List<String> tags = new ArrayList<>(variants);
        tags.add(kw);
        for (String w : kw.split(" ")) {
          if (w.length() > 3) {
            tags.add(w);
          }
        }
        tags.addAll(variants.subList(0, 4));
        Block cloud = TenthHeldOutForms.links("tag-cloud", " ", tags);
        b.end.add(cloud);
        text = String.join(" ", tags);
      }
      case STUFFED_HEADINGS -> {
        String first = kw + " – " + variants.get(0) + " – " + variants.get(1);
        String second = variants.get(2) + " – " + kw + " – " + variants.get(3);
        b.slots.get(0).add(TenthHeldOutForms.heading(2, null, first));
        b.slots.get(2).add(TenthHeldOutForms.heading(2, null, second));
        text = first;
      }
      case BRACKETED_KEYWORDS -> {
        text = null;
        for (int k = 1; k < b.paragraphs.size(); k++) {
          String par = b.paragraphs.get(k);
          String bracket = "(" + kw + ", " + variants.get(k) + ")";
          b.paragraphs.set(k, par.substring(0, par.length() - 1) + " " + bracket + ".");
          text = text == null ? bracket : text;
        }
      }
      default -> {
        text = h.lang().keywordsLabel() + " " + String.join(" | ", variants);
        b.end.add(TenthHeldOutForms.div("seo-keywords", text));
      }
    }
    p.labels.add(new Label(Kind.STUFFING, text, shape.name(), null, false));
  }

  // ---- Captions -----------------------------------------------------------------------------------------

  private static final List<String> AUTO_THINGS = List.of("people smiling", "sunglasses", "beach", "outdoors",
      "crowd", "car", "dog", "ocean", "sky", "people standing", "grass", "hat", "bicycle", "swimming pool",
      "palm trees", "text that says 'SUMMER SALE'");
  private static final List<String> SPAM_PHRASES = List.of("best online casino bonus without deposit",
      "payday loans same day approval", "buy cbd gummies for sleep", "replica watches free shipping",
      "essay writing service top rated", "fast weight loss pills that work", "crypto trading bot free signals",
      "last minute cheap flights deals");
  private static final List<String> PHOTO_TITLES = List.of("Morning surf at the pier", "Golden retriever on a jetty",
      "City lights after rain", "Picnic in the meadow", "Rooftop party in June", "Snowboarder in mid-air",
      "Vintage car on a desert road", "Sailboats at dusk");
  private static final List<String> PHOTO_USERS = List.of("jmarkowski_photo", "travelbug_88", "Lena K.",
      "pixelwanderer", "R. Okafor", "sunnyday_studio", "m.albrecht", "ocean.eyes.pics");
  private static final List<String> CONCEPTS = List.of("Healthy lifestyle", "Business success", "Online shopping",
      "Travel", "Teamwork", "Financial growth", "Remote work", "Digital marketing", "Summer holiday", "Self care");
  private static final List<String> CONCEPT_PROPS = List.of("laptop and coffee cup on a wooden desk",
      "hands holding a smartphone", "flat lay on a pastel background", "top view with copy space",
      "3D illustration", "isolated on white background");

  private Caption freshCaption(Host h) {
    Style s = Style.values()[r.nextInt(Style.values().length)];
    return new Caption(s, caption(s, h));
  }

  private String caption(Style s, Host h) {
    return switch (s) {
      case AUTO_ALT -> {
        List<String> things = new ArrayList<>(AUTO_THINGS);
        Collections.shuffle(things, r);
        yield switch (r.nextInt(3)) {
          case 0 -> "May be an image of " + (2 + r.nextInt(4)) + " people, " + things.get(0) + ", " + things.get(1)
              + " and " + things.get(2);
          case 1 -> "Image may contain: " + things.get(0) + ", " + things.get(1) + ", " + things.get(2);
          default -> "May be an image of " + things.get(0) + " and " + things.get(1);
        };
      }
      case KEYWORD_ALT -> pick(List.of("image of ", "picture of ", "photo of ", "img ")) + pick(SPAM_PHRASES)
          + pick(List.of("", " 2026", " free", " online"));
      case CC_ATTRIBUTION -> {
        String t = pick(PHOTO_TITLES);
        String u = pick(PHOTO_USERS);
        yield switch (r.nextInt(4)) {
          case 0 -> "“" + t + "” by " + u + " is licensed under CC BY 2.0";
          case 1 -> t + " / " + u + " / CC BY-SA 4.0";
          case 2 -> "Image: " + u + " on Flickr (CC BY-NC 2.0)";
          default -> "Source: Wikimedia Commons, author " + u + ", CC0 public domain";
        };
      }
      case FILE_NAME -> switch (r.nextInt(7)) {
        case 0 -> String.format(Locale.ROOT, "Screenshot 2026-%02d-%02d at %d.%02d.%02d.png", 1 + r.nextInt(11),
            1 + r.nextInt(28), 8 + r.nextInt(12), r.nextInt(60), r.nextInt(60));
        case 1 -> String.format(Locale.ROOT, "WhatsApp Image 2026-%02d-%02d at %02d.%02d.%02d.jpeg",
            1 + r.nextInt(11), 1 + r.nextInt(28), 8 + r.nextInt(12), r.nextInt(60), r.nextInt(60));
        case 2 -> String.format(Locale.ROOT, "PXL_2026%02d%02d_%09d.MP.jpg", 1 + r.nextInt(11), 1 + r.nextInt(28),
            r.nextInt(1_000_000_000));
        case 3 -> String.format(Locale.ROOT, "GettyImages-%d.jpg", 1_000_000_000L + r.nextInt(900_000_000));
        case 4 -> String.format(Locale.ROOT, "AdobeStock_%d_Preview.jpeg", 100_000_000 + r.nextInt(800_000_000));
        case 5 -> String.format(Locale.ROOT, "Untitled design (%d).png", 2 + r.nextInt(60));
        default -> String.format(Locale.ROOT, "hero-banner-final-v%d-%d.webp", 2 + r.nextInt(8), 100 + r.nextInt(900));
      };
      case SCENE -> pick(h.lang().scenes());
      default -> pick(CONCEPTS) + " concept, " + pick(CONCEPT_PROPS);
    };
  }

  /** The blocks of a caption (injected or the site's own) at {@code pl} in {@code h}'s template. */
  private List<Block> captionBlocks(Host h, String caption, Placement pl) {
    String[] cls = classes(h.template());
    String src = image(h);
    return switch (pl) {
      case ALT_ONLY -> List.of(TenthHeldOutForms.figure(cls[0], src, caption, null));
      case FIGCAPTION -> List.of(TenthHeldOutForms.figure(cls[0], src, "", caption));
      case BELOW -> List.of(TenthHeldOutForms.imageDiv(cls[1], src, ""), TenthHeldOutForms.div(cls[2], caption));
      case PARAGRAPH -> List.of(TenthHeldOutForms.p(null, caption));
      case LIST_ITEM -> List.of(TenthHeldOutForms.ul(null, List.of(caption)));
      case TABLE_CELL -> List.of(TenthHeldOutForms.imageTable(cls[3], src, "", caption));
      case BLOCKQUOTE -> List.of(TenthHeldOutForms.quote(null, caption));
    };
  }

  /** A template's classes for a figure, an image wrapper, a caption below it and an image table. */
  private static String[] classes(Template t) {
    return switch (t) {
      case QA -> new String[] {"post-image", "s-image", "s-caption", "s-table"};
      case WEBFLOW -> new String[] {"w-richtext-figure-type-image w-richtext-align-fullwidth", "w-richtext-image",
          "image-caption", "w-embed"};
      case NEWSLETTER -> new String[] {"tiedote-kuva", "kuva", "kuvateksti", "kuvataulukko"};
      case DOKUWIKI -> new String[] {"media", "mediacenter", "mediacaption", "inline"};
      case TUMBLR -> new String[] {"tmblr-full", "photo-wrapper", "caption", "photoset"};
      case BULLETIN -> new String[] {"imatge", "imatge-wrap", "peu-de-foto", "taula-imatge"};
      case GATSBY_SHOP -> new String[] {"gatsby-image-figure", "gatsby-image-wrapper", "image-caption", "image-grid"};
      case NOTION -> new String[] {"notion-image-block", "notion-image-inset", "notion-image-caption",
          "notion-simple-table"};
      case DOCUSAURUS -> new String[] {"docs-figure", "img-container", "img-caption", "table-figure"};
    };
  }

  private String image(Host h) {
    String dir = switch (h.template()) {
      case WEBFLOW -> "https://uploads-ssl.webflow.example/6123ab/";
      case TUMBLR -> "https://64.media.tumblr.example/";
      case DOKUWIKI -> "/_media/fajok/";
      case NOTION -> "/images/notion/";
      case GATSBY_SHOP -> "/static/";
      default -> "/img/";
    };
    StringBuilder name = new StringBuilder();
    for (int k = 0; k < 12; k++) {
      name.append(Character.forDigit(r.nextInt(16), 16));
    }
    return dir + name + (r.nextBoolean() ? ".jpg" : ".webp");
  }

  // ---- Layout: each template around the article ---------------------------------------------------------

  private Doc layout(Page p, Body b, List<String> titles, int index) {
    Host h = p.host;
    List<Block> article = new ArrayList<>();
    article.add(TenthHeldOutForms.p(null, b.paragraphs.get(0)));
    article.add(TenthHeldOutForms.p(null, b.paragraphs.get(1)));
    article.addAll(b.slots.get(0));
    article.add(TenthHeldOutForms.p(null, b.paragraphs.get(2)));
    article.addAll(b.slots.get(1));
    article.add(b.headingBeforeThird);
    article.add(TenthHeldOutForms.p(null, b.paragraphs.get(3)));
    article.addAll(b.slots.get(2));
    article.add(TenthHeldOutForms.p(null, b.paragraphs.get(4)));
    article.addAll(b.end);
    String prev = titles.get((index + PAGES_PER_HOST - 1) % PAGES_PER_HOST);
    String next = titles.get((index + 1) % PAGES_PER_HOST);
    List<String> related = List.of(titles.get((index + 7) % PAGES_PER_HOST), titles.get((index + 13) % PAGES_PER_HOST),
        titles.get((index + 22) % PAGES_PER_HOST));
    Doc d = new Doc();
    Block h1 = TenthHeldOutForms.heading(1, null, p.title);
    String date = (1 + r.nextInt(28)) + "";
    switch (h.template()) {
      case QA -> {
        d.tag("<header class=\"s-topbar\">").add(TenthHeldOutForms.div("site-name", h.site()))
            .add(TenthHeldOutForms.links("s-navigation", " · ", h.nav())).tag("</header>");
        d.tag("<div id=\"content\"><div id=\"question-header\">").add(h1).tag("</div>");
        d.add(TenthHeldOutForms.div("post-meta", "Asked " + date + " days ago · Viewed " + (100 + r.nextInt(900))
            + " times"));
        d.tag("<div class=\"question\"><div class=\"s-prose js-post-body\">");
        d.blocks.addAll(article.subList(0, 2 + b.slots.get(0).size()));
        d.tag("</div>");
        List<String> tags = new ArrayList<>(h.tags());
        Collections.shuffle(tags, r);
        tags = tags.subList(0, 3);
        d.add(TenthHeldOutForms.links("post-taglist", " ", tags)).tag("</div>");
        p.labels.add(new Label(Kind.TAGS, String.join(" ", tags), null, null, false));
        d.add(TenthHeldOutForms.heading(2, "answers-header", "2 Answers"));
        d.tag("<div class=\"answer accepted-answer\"><div class=\"s-prose js-post-body\">");
        int split = article.indexOf(b.headingBeforeThird);
        d.blocks.addAll(article.subList(2 + b.slots.get(0).size(), split));
        d.tag("</div>").add(TenthHeldOutForms.p("user-details", "answered by " + pick(h.persons()))).tag("</div>");
        d.tag("<div class=\"answer\"><div class=\"s-prose js-post-body\">");
        d.blocks.addAll(article.subList(split, article.size()));
        d.tag("</div>").add(TenthHeldOutForms.p("user-details", "answered by " + pick(h.persons()))).tag("</div>");
        d.tag("<div id=\"sidebar\" class=\"related\">").add(TenthHeldOutForms.heading(4, null, "Related"))
            .add(TenthHeldOutForms.linkList("related-questions", related)).tag("</div></div>");
        related(p, related);
        d.add(TenthHeldOutForms.div("site-footer", "Ask an Aquarist · user contributions licensed under CC BY-SA"));
        d.add(TenthHeldOutForms.div("cookie-consent", h.notice()));
      }
      case WEBFLOW -> {
        d.add(TenthHeldOutForms.div("cookie-banner", h.notice()));
        d.tag("<div class=\"navbar w-nav\">").add(TenthHeldOutForms.div("brand", h.site()))
            .add(TenthHeldOutForms.links("nav-menu w-nav-menu", " ", h.nav())).tag("</div>");
        String crumb = "Acasă / Blog / " + p.title;
        d.add(TenthHeldOutForms.links("breadcrumb", " / ", List.of("Acasă", "Blog", p.title)));
        p.labels.add(new Label(Kind.BREADCRUMB, crumb, null, null, false));
        d.tag("<div class=\"blog-post\">").add(h1);
        d.add(TenthHeldOutForms.div("post-meta", date + " noiembrie 2026 · " + (3 + r.nextInt(6)) + " min citire"));
        d.tag("<div class=\"w-richtext\">");
        d.blocks.addAll(article);
        d.tag("</div>");
        author(p, d);
        d.tag("</div>").add(TenthHeldOutForms.heading(3, null, "Articole similare"))
            .add(TenthHeldOutForms.linkList("related-posts w-dyn-items", related));
        related(p, related);
        d.add(TenthHeldOutForms.div("footer", "© 2026 Case cu Vedere SRL · Cluj-Napoca"));
      }
      case NEWSLETTER -> {
        d.tag("<div class=\"site-header\">").add(TenthHeldOutForms.div("koulu", h.site()))
            .add(TenthHeldOutForms.links("valikko", " | ", h.nav())).tag("</div>");
        d.add(TenthHeldOutForms.div("tiedote-numero", "Tiedote " + (10 + index) + "/2026"));
        d.tag("<article class=\"tiedote\">").add(h1);
        d.blocks.addAll(article);
        author(p, d);
        d.tag("</article>");
        d.add(TenthHeldOutForms.links("tiedote-nav", "   ", List.of("« Edellinen: " + prev, "Seuraava: " + next + " »")));
        related(p, List.of(prev, next));
        d.add(TenthHeldOutForms.div("footer", "Kirkonmäen koulu · Koulutie 4 · 02100 Espoo"));
        d.add(TenthHeldOutForms.div("evasteet", h.notice()));
      }
      case DOKUWIKI -> {
        d.tag("<div class=\"dokuwiki\"><div id=\"dokuwiki__header\">").add(TenthHeldOutForms.div("logo", h.site()))
            .add(TenthHeldOutForms.links("tools", " · ", h.nav())).tag("</div>");
        String crumb = "Itt vagy: Kezdőlap » Fajok » " + p.title;
        d.add(TenthHeldOutForms.div("breadcrumbs", crumb));
        p.labels.add(new Label(Kind.BREADCRUMB, crumb, null, null, false));
        d.tag("<div class=\"page\">").add(h1);
        d.tag("<div id=\"dw__toc\" class=\"dw__toc\">").add(TenthHeldOutForms.heading(3, null, "Tartalomjegyzék"));
        List<String> toc = new ArrayList<>(List.of(p.title));
        toc.addAll(b.headings);
        d.add(TenthHeldOutForms.linkList("toc", toc)).tag("</div>");
        p.labels.add(new Label(Kind.TOC_TITLE, p.title, null, null, false));
        d.blocks.addAll(article);
        if (r.nextDouble() < 0.7) {
          List<String> refs = new ArrayList<>();
          for (String s : h.references()) {
            refs.add(fill(s, "", h));
          }
          d.add(TenthHeldOutForms.heading(2, null, "Források")).add(TenthHeldOutForms.ol("references", refs));
          p.labels.add(new Label(Kind.REFERENCE, refs.get(0), null, null, false));
        }
        d.tag("</div>");
        d.add(TenthHeldOutForms.div("docInfo", "Utolsó módosítás: 2026/" + (1 + r.nextInt(11)) + "/" + date + " – "
            + pick(h.persons())));
        d.add(TenthHeldOutForms.div("cookie-notice", h.notice())).tag("</div>");
      }
      case TUMBLR -> {
        d.tag("<header id=\"blog-header\">").add(TenthHeldOutForms.div("blog-title", h.site()))
            .add(TenthHeldOutForms.div("blog-description", "Bir çini atölyesinin defteri")).tag("</header>");
        d.tag("<article class=\"post text\">").add(h1);
        d.blocks.addAll(article);
        List<String> tags = new ArrayList<>(h.tags());
        Collections.shuffle(tags, r);
        tags = tags.subList(0, 3 + r.nextInt(3));
        d.add(TenthHeldOutForms.links("tags", " ", tags));
        p.labels.add(new Label(Kind.TAGS, String.join(" ", tags), null, null, false));
        d.add(TenthHeldOutForms.div("notes", (10 + r.nextInt(300)) + " not"));
        author(p, d);
        d.tag("</article>");
        d.add(TenthHeldOutForms.links("pagination", "   ", List.of("← " + prev, next + " →")));
        related(p, List.of(prev, next));
        d.add(TenthHeldOutForms.links("footer", " · ", h.nav())).add(TenthHeldOutForms.div("cookie", h.notice()));
      }
      case BULLETIN -> {
        d.tag("<div class=\"full\">").add(TenthHeldOutForms.div("capcalera", h.site()))
            .add(TenthHeldOutForms.div("numero", "Full núm. " + (400 + index) + " · Diumenge " + date
                + " de novembre de 2026"));
        d.add(h1);
        d.blocks.addAll(article);
        if (r.nextDouble() < 0.7) {
          List<String> specs = new ArrayList<>();
          for (String s : h.specs()) {
            specs.add(fill(s, "", h));
          }
          d.add(TenthHeldOutForms.heading(2, null, "Agenda")).add(TenthHeldOutForms.ul("agenda", specs));
          p.labels.add(new Label(Kind.SPEC, specs.get(0), null, null, false));
        }
        d.add(TenthHeldOutForms.heading(2, null, "Altres notícies"))
            .add(TenthHeldOutForms.linkList("altres", related));
        related(p, related);
        d.add(TenthHeldOutForms.div("peu", "Parròquia de Sant Martí · Carrer Major, 12 · Barcelona"));
        d.add(TenthHeldOutForms.div("galetes", h.notice())).tag("</div>");
      }
      case GATSBY_SHOP -> {
        d.add(TenthHeldOutForms.div("cookie-consent", h.notice()));
        d.tag("<div id=\"___gatsby\"><div class=\"site-header\">").add(TenthHeldOutForms.div("logo", h.site()))
            .add(TenthHeldOutForms.links("menu", " · ", h.nav())).tag("</div>");
        String crumb = "Početna › Blog › " + p.title;
        d.add(TenthHeldOutForms.links("breadcrumbs", " › ", List.of("Početna", "Blog", p.title)));
        p.labels.add(new Label(Kind.BREADCRUMB, crumb, null, null, false));
        d.tag("<article class=\"blog-post\">").add(h1);
        d.add(TenthHeldOutForms.div("post-date", date + ". studenoga 2026."));
        d.blocks.addAll(article);
        if (index % 2 == 0) {
          String spec = fill(pick(h.specs()), "", h);
          d.tag("<div class=\"product-card\">").add(TenthHeldOutForms.heading(3, "product-title", p.title))
              .add(TenthHeldOutForms.p("product-spec", spec))
              .add(TenthHeldOutForms.div("product-price", (10 + r.nextInt(30)) + ",90 €"))
              .add(TenthHeldOutForms.div("add-to-cart", "Dodaj u košaricu")).tag("</div>");
          p.labels.add(new Label(Kind.PRODUCT_CARD, p.title, null, null, false));
          p.labels.add(new Label(Kind.SPEC, spec, null, null, false));
        }
        author(p, d);
        d.tag("</article>").add(TenthHeldOutForms.heading(3, null, "Pročitajte i ovo"))
            .add(TenthHeldOutForms.linkList("related", related));
        related(p, related);
        d.add(TenthHeldOutForms.div("footer", "© 2026 Uljara Stina · Vodnjan")).tag("</div>");
      }
      case NOTION -> {
        String crumb = h.site() + " / Repairs / " + p.title;
        d.tag("<div class=\"notion-frame\">").add(TenthHeldOutForms.div("notion-topbar", crumb));
        p.labels.add(new Label(Kind.BREADCRUMB, crumb, null, null, false));
        d.tag("<div class=\"notion-page-content\">").add(h1);
        d.add(TenthHeldOutForms.div("notion-page-properties", "Status: Done · Created " + date + " March 2026"));
        d.blocks.addAll(article);
        if (r.nextDouble() < 0.5) {
          String spec = fill(pick(h.specs()), "", h);
          d.blocks.addAll(TenthHeldOutForms.details("notion-toggle-block", "Parts I ordered", spec));
          p.labels.add(new Label(Kind.SPEC, spec, null, null, false));
        }
        author(p, d);
        d.add(TenthHeldOutForms.heading(3, null, "Backlinks"))
            .add(TenthHeldOutForms.linkList("notion-backlinks", related.subList(0, 2))).tag("</div></div>");
        related(p, related.subList(0, 2));
      }
      case DOCUSAURUS -> {
        d.tag("<nav class=\"navbar\">").add(TenthHeldOutForms.div("navbar__brand", h.site()))
            .add(TenthHeldOutForms.links("navbar__items", " ", h.nav())).tag("</nav>");
        List<String> sidebar = new ArrayList<>(related);
        sidebar.add(p.title);
        sidebar.add(prev);
        Collections.sort(sidebar);
        d.tag("<aside class=\"theme-doc-sidebar-container\">")
            .add(TenthHeldOutForms.linkList("theme-doc-sidebar-menu menu__list", sidebar)).tag("</aside>");
        p.labels.add(new Label(Kind.SIDEBAR_TITLE, p.title, null, null, false));
        d.tag("<main class=\"docMainContainer\"><article>")
            .add(TenthHeldOutForms.links("breadcrumbs", " › ", List.of("Docs", "Equipment")));
        d.add(h1);
        d.blocks.addAll(article);
        if (r.nextDouble() < 0.6) {
          List<String> refs = new ArrayList<>();
          for (String s : h.references()) {
            refs.add(fill(s, "", h));
          }
          d.add(TenthHeldOutForms.heading(2, null, "References")).add(TenthHeldOutForms.ul("references", refs));
          p.labels.add(new Label(Kind.REFERENCE, refs.get(0), null, null, false));
        }
        d.add(TenthHeldOutForms.div("theme-edit-this-page", "Edit this page")).tag("</article>");
        d.add(TenthHeldOutForms.links("pagination-nav", "   ", List.of("Previous « " + prev, "Next » " + next)));
        related(p, List.of(prev, next));
        d.tag("<div class=\"table-of-contents\">").add(TenthHeldOutForms.div("toc-title", "On this page"))
            .add(TenthHeldOutForms.linkList("table-of-contents__list", b.headings)).tag("</div></main>");
        d.add(TenthHeldOutForms.div("footer", "Tinkerhall Makerspace · docs licensed CC BY 4.0"));
        d.add(TenthHeldOutForms.div("cookie", h.notice()));
      }
    }
    return d;
  }

  private void author(Page p, Doc d) {
    if (p.host.author() != null) {
      String a = fill(p.host.author(), "", p.host);
      d.add(TenthHeldOutForms.p("author-box", a));
      p.labels.add(new Label(Kind.AUTHOR_BOX, a, null, null, false));
    }
  }

  private static void related(Page p, List<String> titles) {
    for (String t : titles) {
      if (!t.equals(p.title)) {
        p.labels.add(new Label(Kind.RELATED, t, null, null, false));
      }
    }
  }

  /** Sets the page's two forms: the HTML, and w3m's text with the title first and the heading left out. */
  private static void finish(Page p, Doc doc) {
    p.html = doc.html(p.host.lang().code(), p.title + p.host.separator() + p.host.site(),
        p.host.template().name().toLowerCase(Locale.ROOT));
    Doc text = new Doc();
    boolean skipped = false;
    for (Block b : doc.blocks) {
      if (!skipped && b.html().startsWith("<h1")) {
        skipped = true;
        text.add(Block.gapOf(b));
        continue;
      }
      text.add(b);
    }
    p.text = p.title + "\n\n" + text.dump();
  }

  /** Marks each injected caption that stands on another page of its host too. */
  private void markRecurring() {
    Map<String, Integer> seen = new TreeMap<>();
    for (Page p : pages.values()) {
      p.labels.stream().filter(Label::caption).map(l -> p.host.name() + " " + l.text()).distinct()
          .forEach(k -> seen.merge(k, 1, Integer::sum));
    }
    for (Page p : pages.values()) {
      p.labels.replaceAll(l -> l.caption()
          ? new Label(l.kind(), l.text(), l.variant(), l.placement(), seen.get(p.host.name() + " " + l.text()) > 1)
          : l);
    }
  }

  // ---- Text helpers -------------------------------------------------------------------------------------

  private String titleOf(String pattern, String subject, Host h, boolean firstWord) {
    String s = pattern.replace("{S^}", capitalise(subject, h)).replace("{S}", subject);
    int open = s.indexOf('{');
    int bar = s.indexOf('|', open);
    int close = s.indexOf('}', bar);
    return s.substring(0, open) + (firstWord ? s.substring(open + 1, bar) : s.substring(bar + 1, close))
        + s.substring(close + 1);
  }

  private String fill(String pattern, String subject, Host h) {
    String s = pattern.replace("{S^}", capitalise(subject, h)).replace("{S}", subject);
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < s.length()) {
      if (s.charAt(i) == '{' && i + 2 < s.length() && s.charAt(i + 2) == '}') {
        out.append(switch (s.charAt(i + 1)) {
          case 'N' -> String.valueOf(2 + r.nextInt(8));
          case 'M' -> String.valueOf(10 + r.nextInt(90));
          case 'K' -> String.valueOf(100 + r.nextInt(900));
          case 'D' -> String.valueOf(1 + r.nextInt(28));
          case 'H' -> (8 + r.nextInt(11)) + "." + pick(List.of("00", "15", "30", "45"));
          case 'P' -> pick(h.persons());
          case 'L' -> pick(h.places());
          default -> throw new IllegalArgumentException("unknown slot in " + pattern);
        });
        i += 3;
      } else {
        out.append(s.charAt(i++));
      }
    }
    return out.toString();
  }

  private static String capitalise(String s, Host h) {
    Locale l = Locale.forLanguageTag(h.lang().code());
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(l) + s.substring(1);
  }

  private static String titleCase(String t, Locale l) {
    StringBuilder s = new StringBuilder();
    for (String w : t.split(" ")) {
      s.append(s.length() > 0 ? " " : "").append(w.isEmpty() ? w : w.substring(0, 1).toUpperCase(l) + w.substring(1));
    }
    return s.toString();
  }

  /** The title with its punctuation changed: colon and dash swapped, question mark and commas dropped. */
  static String punctuated(String t) {
    String s;
    if (t.contains(": ")) {
      s = t.replace(": ", " – ");
    } else if (t.contains(" – ")) {
      s = t.replace(" – ", ": ");
    } else {
      s = t;
    }
    s = s.replace("?", "").replace(",", "");
    return s.equals(t) ? t + "!" : s;
  }

  static String slug(String title) {
    String s = Normalizer.normalize(title.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    s = s.replace('ı', 'i').replace('ł', 'l').replace('đ', 'd');
    s = s.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    return s.length() > 70 ? s.substring(0, 70).replaceAll("-$", "") : s;
  }

  private <T> T pick(List<T> list) {
    return list.get(r.nextInt(list.size()));
  }
}
