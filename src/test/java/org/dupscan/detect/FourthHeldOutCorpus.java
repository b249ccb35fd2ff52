package org.dupscan.detect;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.dupscan.detect.FourthHeldOutSites.Site;
import org.dupscan.detect.FourthHeldOutSites.Template;

/**
 * The fourth held-out labelled set for issue 11: ten hosts ({@link FourthHeldOutSites}) of 16 articles
 * each, written once, in two forms: plain text as a text-mode browser dumps it (an image's alt as
 * {@code [alt]}) and HTML inside the host's template (WordPress, Blogger, Ghost, Medium-like,
 * table layout, Drupal; cookie dialogs, promotion strips, share bars, newsletter boxes, breadcrumbs,
 * popular-posts lists, pagers and comments).
 *
 * <p>Labels: injected stock-photo captions in ten styles, the page's own title re-inserted between
 * prose paragraphs in six ways, and the hard negatives real articles carry. Every caption and title
 * repeat stands between two prose paragraphs. Built from one {@link Random} of a fixed seed in a
 * fixed order, so a seed always writes the same bytes.
 */
final class FourthHeldOutCorpus {

  static final long SEED = 20261202L;
  static final int MIN_PARAGRAPHS = 6;
  static final int MAX_PARAGRAPHS = 20;
  /** Pages of a host that carry its one recurring off-topic caption. */
  static final int RECURRING_PAGES = 3;
  static final double TITLE_REPEAT_SHARE = 0.45;
  /** Captions per page (one drawn), before the recurring caption and the gallery. */
  static final int[] CAPTIONS_PER_PAGE = {0, 0, 1, 1, 1, 2, 2, 3};

  /** What a label marks. Negatives are hard cases a detector must leave alone. */
  enum Kind {
    CAPTION(false, false), TITLE_REPEAT(false, false),
    FIGURE_CAPTION(true, false), PULL_QUOTE(true, false), HEADING(true, false), LIST_ITEM(true, false),
    TABLE_ROW(true, false), CODE_LINE(true, false), SPEC_LINE(true, false), RELATED_LINE(true, false),
    BYLINE(true, false), DATE_LINE(true, false),
    BREADCRUMB(true, true), POPULAR_POST(true, true), PAGER(true, true), COMMENT_RE(true, true);

    private final boolean negative;
    private final boolean htmlOnly;

    Kind(boolean negative, boolean htmlOnly) {
      this.negative = negative;
      this.htmlOnly = htmlOnly;
    }

    boolean negative() {
      return negative;
    }

    /** Template furniture: in the HTML form only (the text form is the article as extracted). */
    boolean htmlOnly() {
      return htmlOnly;
    }
  }

  /** How an injected caption is worded. */
  enum Style {
    PEOPLE_AND_CLOTHING, SCENE_WITHOUT_PEOPLE, CREDIT_PREFIX, FILE_NAME, ALT_ONLY, ALT_AS_TEXT, THEN_TITLE,
    RECURRING, OTHER_WORDING, GALLERY
  }

  /** How a caption stands in the HTML form. */
  enum Placement {
    FIGCAPTION, AFTER_IMAGE, IMAGE_BREAK, BARE, CAPTION_BOX, BLOGGER_TABLE, EMPHASIS, ALT, ALT_AND_TEXT, GALLERY
  }

  /** How a re-inserted title differs from the title. */
  enum Repeat {
    EXACT, LOWER_CASE, UPPER_CASE, TITLE_CASE, SITE_NAME, PUNCTUATED
  }

  record Labelled(Kind kind, String text, Style style, Placement placement, Repeat repeat) {
    static Labelled of(Kind kind, String text) {
      return new Labelled(kind, text, null, null, null);
    }
  }

  /** What a piece of an article body is. */
  enum Type { PARAGRAPH, HEADING, LIST, TABLE, CODE, QUOTE, FIGURE, CAPTION, GALLERY, TITLE, RELATED, SPEC }

  /**
   * One piece of an article body: its text or lines, the labels it carries, and how it is marked up
   * (a caption's or figure's placement and alt, a title repeat's tag).
   */
  record Piece(Type type, List<String> lines, List<Labelled> labels, Placement placement, String alt, String tag) {
    String text() {
      return lines.get(0);
    }
  }

  /** One page: its key ({@code host/slug}), title, body and labels. */
  static final class Page {
    final Site site;
    final String host;
    final String key;
    final String title;
    final String subject;
    final String author;
    final String date;
    final List<Piece> body = new ArrayList<>();
    final List<Labelled> labels = new ArrayList<>();
    /** Titles of this host's pages its popular-posts list shows (its own among them when labelled). */
    final List<String> popular = new ArrayList<>();
    boolean comments;

    Page(Site site, String key, String title, String subject, String author, String date) {
      this.site = site;
      this.host = site.host();
      this.key = key;
      this.title = title;
      this.subject = subject;
      this.author = author;
      this.date = date;
    }

    List<Labelled> captions() {
      return labels.stream().filter(l -> l.kind() == Kind.CAPTION).toList();
    }

    boolean has(Kind kind) {
      return labels.stream().anyMatch(l -> l.kind() == kind);
    }

    boolean has(Style style) {
      return labels.stream().anyMatch(l -> l.style() == style);
    }

    String firstParagraph() {
      return body.stream().filter(p -> p.type() == Type.PARAGRAPH).findFirst().orElseThrow().text();
    }
  }

  final Map<String, Page> pages = new LinkedHashMap<>();
  private final Random random;
  private final Set<String> usedCaptions = new HashSet<>();
  private int styleTurn;
  private List<Style> styleDeck = new ArrayList<>();
  private int repeatTurn;

  FourthHeldOutCorpus(long seed) {
    random = new Random(seed);
    for (Site site : FourthHeldOutSites.ALL) {
      writeHost(site);
    }
  }

  /** Writes the text form under {@code text/host/slug.txt} and the HTML form likewise. */
  FourthHeldOutCorpus write(Path text, Path html) throws IOException {
    List<Page> list = List.copyOf(pages.values());
    for (int i = 0; i < list.size(); i++) {
      Page p = list.get(i);
      Page prev = i > 0 && list.get(i - 1).host.equals(p.host) ? list.get(i - 1) : null;
      Page next = i + 1 < list.size() && list.get(i + 1).host.equals(p.host) ? list.get(i + 1) : null;
      Path t = text.resolve(p.key + ".txt");
      Path h = html.resolve(p.key + ".html");
      Files.createDirectories(t.getParent());
      Files.createDirectories(h.getParent());
      Files.writeString(t, FourthHeldOutForms.text(p), StandardCharsets.UTF_8);
      Files.writeString(h, FourthHeldOutForms.html(p, prev, next, pages), StandardCharsets.UTF_8);
    }
    return this;
  }

  // ---- Hosts and pages ---------------------------------------------------------------------------

  private void writeHost(Site site) {
    int n = site.articles().size();
    List<Page> hostPages = new ArrayList<>();
    LocalDate start = LocalDate.of(2026, 1, 5);
    DateTimeFormatter format = DateTimeFormatter.ofPattern(site.british() ? "d MMMM yyyy" : "MMMM d, yyyy",
        Locale.ENGLISH);
    for (int a = 0; a < n; a++) {
      String title = site.title(a);
      Page p = new Page(site, site.host() + "/" + slug(title), title, site.subject(a),
          site.authors().get(random.nextInt(site.authors().size())), start.plusDays(9L * a).format(format));
      hostPages.add(p);
      pages.put(p.key, p);
    }
    List<Integer> order = shuffled(n);
    Set<Integer> recurring = new HashSet<>(order.subList(0, RECURRING_PAGES));
    int gallery = order.get(RECURRING_PAGES);
    String recurringText = random.nextBoolean() ? people(site) : scene(site);
    for (int a = 0; a < n; a++) {
      writeArticle(hostPages.get(a), hostPages, recurring.contains(a) ? recurringText : null, a == gallery);
    }
  }

  private void writeArticle(Page p, List<Page> host, String recurring, boolean gallery) {
    Site site = p.site;
    int paragraphs = MIN_PARAGRAPHS + random.nextInt(MAX_PARAGRAPHS - MIN_PARAGRAPHS + 1);
    List<String> prose = new ArrayList<>();
    List<String> deck = new ArrayList<>();
    for (int i = 0; i < paragraphs; i++) {
      prose.add(paragraph(p, deck));
    }
    // Positives first (captions, then the title), each in its own gap between two prose paragraphs.
    List<Piece> positives = new ArrayList<>();
    int gaps = paragraphs - 1;
    int captions = Math.min(CAPTIONS_PER_PAGE[random.nextInt(CAPTIONS_PER_PAGE.length)], gaps - 3);
    if (recurring != null) {
      positives.add(caption(p, Style.RECURRING, recurring));
    }
    if (gallery) {
      positives.add(gallery(p));
    }
    for (int i = 0; i < captions; i++) {
      Style style = nextStyle();
      positives.add(caption(p, style, captionText(p, style)));
    }
    Piece titleRepeat = random.nextDouble() < TITLE_REPEAT_SHARE ? titleRepeat(p) : null;
    List<Piece> negatives = negatives(p, host);
    // Gap g stands after prose paragraph g; a title repeat comes after the second paragraph at the earliest.
    Piece[] inGap = new Piece[gaps];
    List<Integer> free = shuffled(gaps);
    if (titleRepeat != null) {
      int g = free.stream().filter(i -> i >= 1).findFirst().orElseThrow();
      inGap[g] = titleRepeat;
      free.remove(Integer.valueOf(g));
    }
    for (Piece piece : positives) {
      inGap[free.remove(0)] = piece;
    }
    for (Piece piece : negatives) {
      if (free.isEmpty()) {
        break;
      }
      inGap[free.remove(0)] = piece;
    }
    for (int i = 0; i < paragraphs; i++) {
      p.body.add(new Piece(Type.PARAGRAPH, List.of(prose.get(i)), List.of(), null, null, null));
      if (i < gaps && inGap[i] != null) {
        p.body.add(inGap[i]);
        p.labels.addAll(inGap[i].labels());
      }
    }
    p.labels.add(Labelled.of(Kind.BYLINE, "By " + p.author));
    p.labels.add(Labelled.of(Kind.DATE_LINE, p.date));
    furniture(p, host);
  }

  /**
   * Three to five sentences dealt from a deck of the host's and the shared sentences, reshuffled when
   * spent (so a page repeats a sentence only once it has used them all), subject and terms filled in.
   */
  private String paragraph(Page p, List<String> deck) {
    Site site = p.site;
    int sentences = 3 + random.nextInt(3);
    StringBuilder sb = new StringBuilder();
    Set<String> seen = new HashSet<>();
    while (seen.size() < sentences) {
      if (deck.isEmpty()) {
        deck.addAll(site.sentences());
        deck.addAll(FourthHeldOutSites.GENERIC);
        Collections.shuffle(deck, random);
      }
      String s = deck.remove(deck.size() - 1);
      if (!seen.add(s)) {
        continue;
      }
      s = s.replace("{S}", capital(p.subject)).replace("{s}", p.subject)
          .replace("{t}", site.terms().get(random.nextInt(site.terms().size())));
      if (random.nextInt(6) == 0 && startsWithCommonWord(s)) {
        s = FourthHeldOutSites.OPENERS.get(random.nextInt(FourthHeldOutSites.OPENERS.size()))
            + Character.toLowerCase(s.charAt(0)) + s.substring(1);
      }
      sb.append(sb.length() == 0 ? "" : " ").append(s);
    }
    return sb.toString();
  }

  private static final Set<String> COMMON_FIRST_WORDS = Set.of("The", "A", "It", "There", "This", "Most", "Every",
      "Some", "None", "Our", "We", "If", "By", "Keep", "Looking", "What", "Costs", "Friends", "Please", "Next",
      "Several", "Take", "Always", "Start", "Consistency", "Count", "Use", "Nobody", "Guests", "Ask", "Any",
      "Members", "Students", "Colleagues", "Residents", "Councillors", "Packages", "Thanks", "As", "Older",
      "Translations", "Downstream", "Work", "Report", "Penetrating", "Customers", "Buy", "Road-test", "Dispose",
      "Shelter", "Fall", "For", "You", "Eat", "My", "Readers", "Frogging", "Tension", "Sintra", "Parking",
      "Prices", "Do", "From", "Many", "Staff", "Enquiries", "Findings", "Funding", "Minutes", "Rainwater");

  private static boolean startsWithCommonWord(String s) {
    int space = s.indexOf(' ');
    return space > 0 && COMMON_FIRST_WORDS.contains(s.substring(0, space));
  }

  // ---- Injected captions ---------------------------------------------------------------------------

  private Style nextStyle() {
    if (styleTurn == styleDeck.size()) {
      styleDeck = new ArrayList<>(List.of(Style.PEOPLE_AND_CLOTHING, Style.SCENE_WITHOUT_PEOPLE,
          Style.CREDIT_PREFIX, Style.FILE_NAME, Style.ALT_ONLY, Style.ALT_AS_TEXT, Style.THEN_TITLE,
          Style.OTHER_WORDING));
      Collections.shuffle(styleDeck, random);
      styleTurn = 0;
    }
    return styleDeck.get(styleTurn++);
  }

  private String captionText(Page p, Style style) {
    for (int attempt = 0; ; attempt++) {
      String text = switch (style) {
        case PEOPLE_AND_CLOTHING -> ending(people(p.site));
        case SCENE_WITHOUT_PEOPLE, ALT_ONLY, ALT_AS_TEXT -> ending(scene(p.site));
        case CREDIT_PREFIX -> credit(p.site);
        case FILE_NAME -> fileName();
        case THEN_TITLE -> thenTitle(p);
        case OTHER_WORDING -> otherWording(p.site);
        default -> throw new IllegalArgumentException("not drawn here: " + style);
      };
      if (usedCaptions.add(text.toLowerCase(Locale.ROOT)) || attempt > 50) {
        return text;
      }
    }
  }

  private Piece caption(Page p, Style style, String text) {
    Placement placement = switch (style) {
      case ALT_ONLY -> Placement.ALT;
      case ALT_AS_TEXT -> Placement.ALT_AND_TEXT;
      case FILE_NAME -> random.nextBoolean() ? Placement.ALT_AND_TEXT : Placement.BARE;
      default -> pick(captionPlacements(p.site.template()));
    };
    String alt = placement == Placement.ALT || placement == Placement.ALT_AND_TEXT ? text : "";
    Labelled label = new Labelled(Kind.CAPTION, text, style, placement, null);
    return new Piece(Type.CAPTION, List.of(text), List.of(label), placement, alt, null);
  }

  private Piece gallery(Page p) {
    int items = 2 + random.nextInt(2);
    List<String> lines = new ArrayList<>();
    List<Labelled> labels = new ArrayList<>();
    for (int i = 0; i < items; i++) {
      String text = unique(() -> random.nextBoolean() ? people(p.site) : scene(p.site));
      lines.add(text);
      labels.add(new Labelled(Kind.CAPTION, text, Style.GALLERY, Placement.GALLERY, null));
    }
    return new Piece(Type.GALLERY, lines, labels, Placement.GALLERY, "", null);
  }

  static List<Placement> captionPlacements(Template t) {
    return switch (t) {
      case WORDPRESS -> List.of(Placement.FIGCAPTION, Placement.CAPTION_BOX, Placement.AFTER_IMAGE, Placement.BARE,
          Placement.EMPHASIS);
      case BLOGGER -> List.of(Placement.BLOGGER_TABLE, Placement.IMAGE_BREAK, Placement.BARE, Placement.AFTER_IMAGE);
      case GHOST, MEDIUM -> List.of(Placement.FIGCAPTION, Placement.BARE, Placement.EMPHASIS, Placement.AFTER_IMAGE);
      case TABLE_LAYOUT -> List.of(Placement.IMAGE_BREAK, Placement.BARE, Placement.AFTER_IMAGE);
      case DRUPAL -> List.of(Placement.FIGCAPTION, Placement.CAPTION_BOX, Placement.BARE);
    };
  }

  /** Where an on-topic figure's caption stands: the template's own image-and-caption markup. */
  static List<Placement> figurePlacements(Template t) {
    return switch (t) {
      case WORDPRESS, DRUPAL -> List.of(Placement.FIGCAPTION, Placement.CAPTION_BOX);
      case BLOGGER -> List.of(Placement.BLOGGER_TABLE, Placement.IMAGE_BREAK);
      case GHOST, MEDIUM -> List.of(Placement.FIGCAPTION);
      case TABLE_LAYOUT -> List.of(Placement.IMAGE_BREAK);
    };
  }

  private String people(Site site) {
    return offTopic(site, () -> {
      String who = pick(FourthHeldOutSites.PEOPLE);
      if (random.nextBoolean() && (who.startsWith("A ") || who.startsWith("An "))) {
        who = capital(who.substring(who.indexOf(' ') + 1));
      }
      return who + " " + pick(FourthHeldOutSites.CLOTHING) + " " + pick(FourthHeldOutSites.ACTIONS);
    });
  }

  private String scene(Site site) {
    return offTopic(site, () -> {
      String when = pick(FourthHeldOutSites.WHEN);
      return pick(FourthHeldOutSites.THINGS) + " " + pick(FourthHeldOutSites.WHERE) + (when.isEmpty() ? "" : " "
          + when);
    });
  }

  private String credit(Site site) {
    return switch (random.nextInt(6)) {
      case 0 -> "Photo: " + scene(site);
      case 1 -> "Image: " + people(site);
      case 2 -> "Credit: " + pick(FourthHeldOutSites.PHOTOGRAPHERS) + " / " + pick(FourthHeldOutSites.AGENCIES);
      case 3 -> "Photo credit: " + pick(FourthHeldOutSites.PHOTOGRAPHERS) + " via " + pick(
          FourthHeldOutSites.AGENCIES);
      case 4 -> "Photograph: " + scene(site) + " (" + pick(FourthHeldOutSites.AGENCIES) + ")";
      default -> "Photo © " + pick(FourthHeldOutSites.PHOTOGRAPHERS) + "/" + pick(FourthHeldOutSites.AGENCIES);
    };
  }

  private String fileName() {
    return switch (random.nextInt(10)) {
      case 0 -> "IMG_" + digits(4) + (random.nextBoolean() ? ".JPG" : ".jpg");
      case 1 -> "DSC_" + digits(4) + ".jpg";
      case 2 -> "DSCN" + digits(4) + ".JPG";
      case 3 -> "P10" + digits(5) + ".JPG";
      case 4 -> "PXL_2025" + digits(4) + "_" + digits(9) + ".jpg";
      case 5 -> "2025" + digits(4) + "_" + digits(6) + ".jpg";
      case 6 -> "WhatsApp Image 2025-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10) + " at 1"
          + random.nextInt(10) + "." + digits(2) + "." + digits(2) + ".jpeg";
      case 7 -> "AdobeStock_" + digits(9) + ".jpeg";
      case 8 -> "pexels-" + slug(pick(FourthHeldOutSites.PHOTOGRAPHERS)) + "-" + digits(7) + ".jpg";
      default -> "Screenshot 2025-1" + random.nextInt(3) + "-0" + (1 + random.nextInt(9)) + " at 0"
          + random.nextInt(10) + "." + digits(2) + "." + digits(2) + ".png";
    };
  }

  private String thenTitle(Page p) {
    String scene = random.nextBoolean() ? people(p.site) : scene(p.site);
    return switch (random.nextInt(4)) {
      case 0 -> scene + ". " + p.title;
      case 1 -> scene + " – " + p.title;
      case 2 -> scene + " | " + p.title;
      default -> scene + ": " + p.title;
    };
  }

  private String otherWording(Site site) {
    return switch (random.nextInt(8)) {
      case 0 -> "Stock photo (posed by models): " + lower(people(site));
      case 1 -> "For illustration only – " + lower(scene(site));
      case 2 -> scene(site) + " (file picture)";
      case 3 -> "Our cover image this week: " + lower(scene(site));
      case 4 -> scene(site) + ". Image used for illustrative purposes";
      case 5 -> "Header image — " + lower(scene(site));
      case 6 -> "Seen here: " + lower(people(site));
      default -> people(site) + ". Picture posed";
    };
  }

  /** A caption from {@code draw} that uses none of the host's topic words, whole-word. */
  private String offTopic(Site site, java.util.function.Supplier<String> draw) {
    for (int attempt = 0; ; attempt++) {
      String text = draw.get();
      String padded = " " + text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
      if (site.banned().stream().noneMatch(w -> padded.contains(" " + w))) {
        return text;
      }
      if (attempt > 500) {
        throw new IllegalStateException(site.host() + ": no off-topic caption: " + text);
      }
    }
  }

  private String unique(java.util.function.Supplier<String> draw) {
    for (int attempt = 0; ; attempt++) {
      String text = draw.get();
      if (usedCaptions.add(text.toLowerCase(Locale.ROOT)) || attempt > 50) {
        return text;
      }
    }
  }

  private String ending(String caption) {
    return random.nextInt(10) < 3 ? caption + "." : caption;
  }

  // ---- Title repeats -------------------------------------------------------------------------------

  private Piece titleRepeat(Page p) {
    Repeat kind = Repeat.values()[repeatTurn++ % Repeat.values().length];
    String t = p.title;
    String text = switch (kind) {
      case EXACT -> t;
      case LOWER_CASE -> t.toLowerCase(Locale.ROOT);
      case UPPER_CASE -> t.toUpperCase(Locale.ROOT);
      case TITLE_CASE -> titleCase(t).equals(t) ? t.toLowerCase(Locale.ROOT) : titleCase(t);
      case SITE_NAME -> switch (random.nextInt(4)) {
        case 0 -> t + " | " + p.site.name();
        case 1 -> t + " – " + p.site.name();
        case 2 -> t + " - " + p.site.name();
        default -> p.site.name() + ": " + t;
      };
      case PUNCTUATED -> switch (random.nextInt(4)) {
        case 0 -> t + "!";
        case 1 -> "“" + t + "”";
        case 2 -> t + "…";
        default -> t + ":";
      };
    };
    String tag = pick(List.of("p", "h2", "strong", "h3"));
    return new Piece(Type.TITLE, List.of(text), List.of(new Labelled(Kind.TITLE_REPEAT, text, null, null, kind)),
        null, null, tag);
  }

  static String titleCase(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean start = true;
    for (char c : s.toCharArray()) {
      sb.append(start ? Character.toUpperCase(c) : c);
      start = c == ' ';
    }
    return sb.toString();
  }

  // ---- Hard negatives ------------------------------------------------------------------------------

  private List<Piece> negatives(Page p, List<Page> host) {
    Site site = p.site;
    List<Piece> out = new ArrayList<>();
    for (String h : sample(site.headings(), 1 + random.nextInt(3))) {
      out.add(one(Type.HEADING, Kind.HEADING, h));
    }
    for (String f : sample(site.figures(), random.nextInt(3))) {
      String text = f.replace("{S}", capital(p.subject)).replace("{s}", p.subject);
      Placement placement = pick(figurePlacements(site.template()));
      out.add(new Piece(Type.FIGURE, List.of(text), List.of(Labelled.of(Kind.FIGURE_CAPTION, text)), placement,
          random.nextBoolean() ? text : "", null));
    }
    if (random.nextBoolean()) {
      out.add(many(Type.LIST, Kind.LIST_ITEM, sample(site.listItems(), 3 + random.nextInt(2))));
    }
    if (random.nextInt(20) < 7) {
      out.add(many(Type.TABLE, Kind.TABLE_ROW, site.tableRows().stream()
          .map(r -> String.join("   ", r.split(" \\| "))).toList()));
    }
    if (!site.codeLines().isEmpty() && random.nextBoolean()) {
      out.add(many(Type.CODE, Kind.CODE_LINE, sample(site.codeLines(), 2 + random.nextInt(2))));
    }
    if (random.nextBoolean()) {
      out.add(one(Type.QUOTE, Kind.PULL_QUOTE, pick(site.quotes())));
    }
    if (random.nextBoolean()) {
      Page other = otherThan(p, host);
      String lead = pick(List.of("Related: ", "See also: ", "Read next: ", "You might also like → "));
      out.add(one(Type.RELATED, Kind.RELATED_LINE, lead + other.title));
    }
    if (random.nextInt(10) < 4) {
      out.add(many(Type.SPEC, Kind.SPEC_LINE, sample(site.specLines(), 1 + random.nextInt(2))));
    }
    Collections.shuffle(out, random);
    return out;
  }

  /** The title in template furniture (HTML only): breadcrumb, popular posts, comments; neighbours in the pager. */
  private void furniture(Page p, List<Page> host) {
    Template t = p.site.template();
    if (t == Template.WORDPRESS || t == Template.TABLE_LAYOUT || t == Template.DRUPAL) {
      p.labels.add(Labelled.of(Kind.BREADCRUMB, p.title));
    }
    List<Page> others = new ArrayList<>(host);
    others.remove(p);
    Collections.shuffle(others, random);
    for (Page o : others.subList(0, 5)) {
      p.popular.add(o.title);
    }
    if (random.nextInt(20) < 7) {
      p.popular.set(random.nextInt(5), p.title);
      p.labels.add(Labelled.of(Kind.POPULAR_POST, p.title));
    }
    int at = host.indexOf(p);
    if (at > 0) {
      p.labels.add(Labelled.of(Kind.PAGER, host.get(at - 1).title));
    }
    if (at + 1 < host.size()) {
      p.labels.add(Labelled.of(Kind.PAGER, host.get(at + 1).title));
    }
    boolean commentsTemplate = t == Template.WORDPRESS || t == Template.BLOGGER || t == Template.MEDIUM;
    p.comments = commentsTemplate && random.nextInt(10) < 6;
    if (p.comments) {
      p.labels.add(Labelled.of(Kind.COMMENT_RE, "Re: " + p.title));
    }
  }

  private Page otherThan(Page p, List<Page> host) {
    for (;;) {
      Page o = host.get(random.nextInt(host.size()));
      if (o != p) {
        return o;
      }
    }
  }

  private static Piece one(Type type, Kind kind, String text) {
    return new Piece(type, List.of(text), List.of(Labelled.of(kind, text)), null, null, null);
  }

  private static Piece many(Type type, Kind kind, List<String> lines) {
    return new Piece(type, List.copyOf(lines), lines.stream().map(l -> Labelled.of(kind, l)).toList(), null, null,
        null);
  }

  // ---- Small helpers -------------------------------------------------------------------------------

  private <T> T pick(List<T> list) {
    return list.get(random.nextInt(list.size()));
  }

  private List<String> sample(List<String> list, int n) {
    List<String> copy = new ArrayList<>(list);
    Collections.shuffle(copy, random);
    return copy.subList(0, Math.min(n, copy.size()));
  }

  private List<Integer> shuffled(int n) {
    List<Integer> list = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      list.add(i);
    }
    Collections.shuffle(list, random);
    return list;
  }

  private String digits(int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append((char) ('0' + random.nextInt(10)));
    }
    return sb.toString();
  }

  static String capital(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** The caption lowered at its first letter unless it starts with a name. */
  private static String lower(String s) {
    return s.startsWith("Zoë") ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }

  static String slug(String s) {
    String plain = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    String slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    return slug.replaceAll("^-|-$", "");
  }

  static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
