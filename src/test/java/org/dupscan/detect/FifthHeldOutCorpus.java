package org.dupscan.detect;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.dupscan.detect.FifthHeldOutForms.Block;
import org.dupscan.detect.FifthHeldOutSites.Article;
import org.dupscan.detect.FifthHeldOutSites.Language;
import org.dupscan.detect.FifthHeldOutSites.Site;
import org.dupscan.detect.FifthHeldOutSites.Template;

/**
 * The fifth held-out labelled set for issue 11's caption and title-in-body detectors, written once by
 * someone who had not read the detectors, the pipeline's stages or the earlier generators: ten hosts of
 * kinds no earlier set has, sixteen articles each, in six page templates no earlier set uses, each page
 * in HTML and in plain text as {@code w3m -dump} shows it from the headline down. Injected captions in
 * ten styles and title repeats stand between prose paragraphs; hard negatives are labelled by kind.
 * Fixed seed: the same seed writes the same files.
 */
final class FifthHeldOutCorpus {

  static final long SEED = 20261202L;
  static final int ARTICLES_PER_HOST = 16;
  static final int MIN_PARAGRAPHS = 6;
  static final int MAX_PARAGRAPHS = 9;
  /** A paragraph takes sentences until it is at least this long (the tests' prose is over 120). */
  static final int MIN_PARAGRAPH_CHARS = 140;
  /** Pages of each host with neither caption nor title repeat. */
  static final Set<Integer> CLEAN_PAGES = Set.of(3, 11);
  /** Pages of each host carrying the host's one recurring caption. */
  static final List<Integer> RECURRING_PAGES = List.of(1, 4, 5);
  /** Injected captions (besides the recurring one) per page of a host, page by page. */
  static final int[] CAPTIONS_PER_PAGE = {2, 1, 2, 0, 2, 1, 2, 2, 1, 2, 1, 0, 2, 2, 2, 2};
  static final int REPEATS_PER_HOST = 8;

  /** What a labelled block is. Everything but a caption and a title repeat is a hard negative. */
  enum Kind {
    CAPTION, TITLE_REPEAT,
    FIGURE_CAPTION, HEADING, LIST_ITEM, TABLE_ROW, INGREDIENT, SPEC_LINE, ADDRESS, SIGNATURE, FORUM_QUOTE,
    BYLINE, POST_SUBJECT, BREADCRUMB, RELATED_POST, CONTENTS, COMMENT, TEMPLATE;

    boolean negative() {
      return this != CAPTION && this != TITLE_REPEAT;
    }
  }

  /** How an injected caption is written. */
  enum Style {
    CREDIT_ON_LINE, EMOJI_LED, PICTURED_LEAD, CAMERA_EXIF, ALL_CAPS, HASHTAGS, NOTED, ALT_ONLY, PAGE_LANGUAGE,
    RECURRING
  }

  /** Where an injected caption stands in the HTML form. */
  enum Placement {
    /** A paragraph of its own (in a forum post: a line between two blank lines). */
    PARAGRAPH,
    /** An {@code em} paragraph. */
    EMPHASIS,
    /** The {@code figcaption} of a figure whose image has an empty alt. */
    FIGCAPTION,
    /** The template's own image-caption markup (image block, caption div, Hugo figure, attachment). */
    NATIVE,
    /** Only an image's alt (w3m shows it as a line of its own). */
    ALT,
    /** An image's alt, repeated as the paragraph under it. */
    ALT_AND_TEXT
  }

  /** How a title repeat is written. */
  enum Repeat { EXACT, SITE_NAME, CASE, PUNCTUATION }

  /** How a title repeat stands in the HTML form. */
  enum Emphasis { PLAIN, STRONG, H2, H3, EM }

  /** One labelled block of a page. {@code inText}: whether the text form holds it too. */
  record Labelled(Kind kind, String text, Style style, Placement placement, Repeat repeat, boolean inText) {
    static Labelled negative(Kind kind, String text, boolean inText) {
      return new Labelled(kind, text, null, null, null, inText);
    }
  }

  /** One page: its place, its headline, the blocks of its body and its labels. */
  static final class Page {
    final String key;
    final String host;
    final Site site;
    final String title;
    final String lang;
    final String author;
    final String date;
    final List<Block> body = new ArrayList<>();
    final List<Labelled> labels = new ArrayList<>();
    final List<String> headings = new ArrayList<>();
    final List<String> related = new ArrayList<>();
    final List<String> series = new ArrayList<>();
    final List<String[]> comments = new ArrayList<>();
    String previous;
    String next;

    Page(String key, Site site, Article article, String author, String date) {
      this.key = key;
      this.host = site.host();
      this.site = site;
      this.title = article.title();
      this.lang = article.lang();
      this.author = author;
      this.date = date;
    }

    boolean has(Kind k) {
      return labels.stream().anyMatch(l -> l.kind() == k);
    }

    boolean has(Style s) {
      return labels.stream().anyMatch(l -> l.style() == s);
    }

    List<Labelled> captions() {
      return labels.stream().filter(l -> l.kind() == Kind.CAPTION).toList();
    }

    void label(Kind kind, String text, boolean inText) {
      labels.add(Labelled.negative(kind, text, inText));
    }
  }

  private static final List<String> AUTHORS = List.of("Nell Ashworth", "Marcus Reid", "Dana Whitfield",
      "Owen Price", "Clara Mendes", "Isaac Fell", "Rosa Kettering", "Theo Blackwood");
  private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June",
      "July", "August", "September", "October", "November", "December");
  private static final List<String> COMMENTS = List.of(
      "Tried this at the weekend and it worked first time, thank you",
      "Lovely write-up. Could you say a bit more about the second step?",
      "We did something similar last year and would agree with almost all of this",
      "Bookmarked for later, this is exactly what I was looking for",
      "Thanks! Quick question: does it matter which time of year you do it?",
      "Great post as always",
      "I had the opposite experience, but I can see why it suited you",
      "Shared this with my sister, who has been asking me about it for ages");
  /** Hosts written in one person's voice, whose articles also draw on the shared sentences. */
  private static final Set<String> PERSONAL_HOSTS = Set.of("saltandember.example", "slowtrainsouth.example",
      "valveheads.example", "thequietshift.example", "nullpointer.example");
  /** Hosts whose template shows readers' comments (or reviews) under the article. */
  private static final Set<String> COMMENTED_HOSTS = Set.of("saltandember.example", "whiskerandwag.example",
      "slowtrainsouth.example", "thequietshift.example");
  private static final List<String> FORUM_NAMES = List.of("greg_tubes", "hummingbird", "oldsetsteve",
      "EL84fan", "wireless_winnie", "capacitor_kate", "Phil-in-Leeds", "murphyman");
  private static final List<String> WEEKDAYS = List.of("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun");

  final long seed;
  final Map<String, Page> pages = new LinkedHashMap<>();

  FifthHeldOutCorpus(long seed) {
    this.seed = seed;
    Random random = new Random(seed);
    FifthHeldOutCaptions captions = new FifthHeldOutCaptions(random);
    for (Site site : FifthHeldOutSites.SITES) {
      buildHost(site, random, captions);
    }
  }

  /** Writes each page as {@code text/<key>.txt} and {@code html/<key>.html}; returns this. */
  FifthHeldOutCorpus write(Path text, Path html) throws IOException {
    for (Page p : pages.values()) {
      Path t = text.resolve(p.key + ".txt");
      Path h = html.resolve(p.key + ".html");
      Files.createDirectories(t.getParent());
      Files.createDirectories(h.getParent());
      Files.writeString(t, FifthHeldOutForms.text(p), StandardCharsets.UTF_8);
      Files.writeString(h, FifthHeldOutForms.html(p), StandardCharsets.UTF_8);
    }
    return this;
  }

  private void buildHost(Site site, Random random, FifthHeldOutCaptions captions) {
    boolean english = site.articles().get(0).lang().equals("en");
    List<Style> deck = new ArrayList<>();
    if (english) {
      for (int i = 0; i < 3; i++) {
        deck.addAll(List.of(Style.CREDIT_ON_LINE, Style.EMOJI_LED, Style.PICTURED_LEAD, Style.CAMERA_EXIF,
            Style.ALL_CAPS, Style.HASHTAGS, Style.NOTED, Style.ALT_ONLY));
      }
    } else {
      deck.addAll(Collections.nCopies(20, Style.PAGE_LANGUAGE));
      deck.addAll(List.of(Style.CAMERA_EXIF, Style.CAMERA_EXIF, Style.ALT_ONLY, Style.ALT_ONLY));
    }
    Collections.shuffle(deck, random);
    List<Integer> withCaptions = new ArrayList<>();
    for (int i = 0; i < ARTICLES_PER_HOST; i++) {
      if (!CLEAN_PAGES.contains(i)) {
        withCaptions.add(i);
      }
    }
    List<Integer> repeatPages = new ArrayList<>(withCaptions);
    Collections.shuffle(repeatPages, random);
    Set<Integer> repeats = new TreeSet<>(repeatPages.subList(0, REPEATS_PER_HOST));
    List<Repeat> repeatKinds = new ArrayList<>();
    for (int i = 0; i < REPEATS_PER_HOST; i++) {
      repeatKinds.add(Repeat.values()[i % Repeat.values().length]);
    }
    Collections.shuffle(repeatKinds, random);
    String recurring = captions.caption(Style.RECURRING, site.banned(), site.articles().get(1).lang());
    List<Page> hostPages = new ArrayList<>();
    int dealt = 0;
    for (int i = 0; i < ARTICLES_PER_HOST; i++) {
      Article article = site.articles().get(i);
      String key = site.host() + "/" + (english ? "" : article.lang() + "/") + slug(article.title());
      String date = (1 + random.nextInt(28)) + " " + MONTHS.get(random.nextInt(12)) + " " + (2023 + i % 4);
      Page p = new Page(key, site, article, AUTHORS.get(random.nextInt(AUTHORS.size())), date);
      List<String[]> injected = new ArrayList<>(); // {text, style, placement} captions; the repeat last
      for (int c = 0; c < CAPTIONS_PER_PAGE[i]; c++) {
        Style style = deck.get(dealt++);
        injected.add(new String[] {captions.caption(style, site.banned(), article.lang()), style.name()});
      }
      if (RECURRING_PAGES.contains(i)) {
        injected.add(new String[] {recurring, Style.RECURRING.name()});
      }
      Repeat repeat = repeats.contains(i) ? repeatKinds.remove(0) : null;
      new PageBuilder(p, random, injected, repeat).build();
      hostPages.add(p);
      pages.put(key, p);
    }
    if (dealt != deck.size()) {
      throw new IllegalStateException(site.host() + ": dealt " + dealt + " of " + deck.size() + " styles");
    }
    for (int i = 0; i < hostPages.size(); i++) {
      Page p = hostPages.get(i);
      p.previous = i > 0 ? hostPages.get(i - 1).title : null;
      p.next = i + 1 < hostPages.size() ? hostPages.get(i + 1).title : null;
      for (int k = 1; k <= 3; k++) {
        p.related.add(hostPages.get((i + 2 * k + 1) % hostPages.size()).title);
      }
      if (site.selfInRelated() && i % 2 == 0) {
        p.related.add(1, p.title); // the widget lists the page it stands on, as some themes do
      }
      if (site.contents()) {
        int first = (i / 4) * 4;
        for (int k = first; k < first + 4; k++) {
          p.series.add(hostPages.get(k).title);
        }
      }
      FifthHeldOutForms.label(p);
    }
  }

  /** Writes the body of one page. */
  private static final class PageBuilder {
    private final Page p;
    private final Random random;
    private final List<String[]> injected;
    private final Repeat repeat;
    private final Site site;
    private final boolean english;
    private final List<String> sentences;
    private final List<String> deck = new ArrayList<>();
    private final List<String> usedFigures = new ArrayList<>();

    PageBuilder(Page p, Random random, List<String[]> injected, Repeat repeat) {
      this.p = p;
      this.random = random;
      this.injected = injected;
      this.repeat = repeat;
      this.site = p.site;
      this.english = p.lang.equals("en");
      List<String> s = new ArrayList<>(english ? site.sentences() : FifthHeldOutSites.language(p.lang).sentences());
      if (PERSONAL_HOSTS.contains(site.host())) {
        s.addAll(FifthHeldOutSites.SHARED);
      }
      this.sentences = s;
    }

    void build() {
      int n = MIN_PARAGRAPHS + random.nextInt(MAX_PARAGRAPHS - MIN_PARAGRAPHS + 1);
      List<String> paragraphs = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        paragraphs.add(paragraph());
      }
      // Gap g stands between paragraphs g and g + 1. The repeat goes after the second paragraph at the
      // earliest; every injected block has a gap of its own.
      List<List<Block>> gaps = new ArrayList<>();
      for (int g = 0; g < n - 1; g++) {
        gaps.add(new ArrayList<>());
      }
      List<Integer> free = new ArrayList<>();
      for (int g = 0; g < n - 1; g++) {
        free.add(g);
      }
      Collections.shuffle(free, random);
      Set<Integer> injectedGaps = new TreeSet<>();
      if (repeat != null) {
        int g = free.stream().filter(x -> x >= 1).findFirst().orElseThrow();
        free.remove(Integer.valueOf(g));
        injectedGaps.add(g);
        gaps.get(g).add(repeatBlock());
      }
      Placement[] placements = placementsFor(site.template());
      for (String[] c : injected) {
        int g = free.remove(0);
        injectedGaps.add(g);
        Style style = Style.valueOf(c[1]);
        Placement pl = style == Style.ALT_ONLY ? Placement.ALT : placements[random.nextInt(placements.length)];
        gaps.get(g).addAll(captionBlocks(c[0], pl));
        p.labels.add(new Labelled(Kind.CAPTION, c[0], style, pl, null, true));
      }
      // Hard negatives in the gaps left.
      List<Integer> rest = new ArrayList<>(free);
      int r = 0;
      boolean forum = site.template() == Template.PHPBB;
      List<Block> top = new ArrayList<>();
      if (forum) {
        top.add(postHead(true));
        forumNegatives(gaps, rest, paragraphs);
      } else {
        int headings = 2 + random.nextInt(2);
        for (; r < rest.size() && r < headings; r++) {
          gaps.get(rest.get(r)).add(heading());
        }
        if (r < rest.size()) {
          gaps.get(rest.get(r++)).add(items());
        }
        if (r < rest.size() && !rows().isEmpty()) {
          gaps.get(rest.get(r++)).add(table());
        }
        if (r < rest.size()) {
          gaps.get(rest.get(r++)).add(figure());
        }
        if (r < rest.size() && !lines().isEmpty()) {
          gaps.get(rest.get(r++)).add(lines(site.lineKind()));
        }
        if (site.itemKind() == Kind.INGREDIENT) {
          top.add(lines(Kind.SPEC_LINE));
        }
      }
      p.body.addAll(top);
      for (int i = 0; i < n; i++) {
        p.body.add(new FifthHeldOutForms.Prose(paragraphs.get(i)));
        if (i < n - 1) {
          p.body.addAll(gaps.get(i));
        }
      }
      if (!forum && english && !site.lines().isEmpty() && site.lineKind() == Kind.SIGNATURE) {
        p.body.add(lines(Kind.SIGNATURE));
      }
      if (COMMENTED_HOSTS.contains(site.host())) {
        for (int k = 0; k < 1 + random.nextInt(3); k++) {
          String[] c = {AUTHORS.get(random.nextInt(AUTHORS.size())), COMMENTS.get(random.nextInt(COMMENTS.size()))};
          p.comments.add(c);
        }
      }
    }

    private String paragraph() {
      int k = 2 + random.nextInt(3);
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < k || b.length() < MIN_PARAGRAPH_CHARS; i++) {
        if (deck.isEmpty()) {
          deck.addAll(sentences);
          Collections.shuffle(deck, random);
        }
        String s = deck.remove(0).replace("{S}", FifthHeldOutCaptions.upperFirst(subject()))
            .replace("{s}", subject());
        b.append(b.length() == 0 ? "" : " ").append(FifthHeldOutCaptions.upperFirst(s));
      }
      return b.toString();
    }

    private String subject() {
      return site.articles().stream().filter(a -> a.title().equals(p.title)).findFirst().orElseThrow().subject();
    }

    private Block repeatBlock() {
      String t = switch (repeat) {
        case EXACT -> p.title;
        case SITE_NAME -> switch (random.nextInt(3)) {
          case 0 -> p.title + " | " + site.name();
          case 1 -> p.title + " – " + site.name();
          default -> p.title + " - " + site.name();
        };
        case CASE -> random.nextBoolean() ? p.title.toLowerCase(Locale.ROOT) : p.title.toUpperCase(Locale.ROOT);
        case PUNCTUATION -> switch (random.nextInt(4)) {
          case 0 -> p.title + "!";
          case 1 -> "“" + p.title + "”";
          case 2 -> p.title + "…";
          default -> p.title + "?";
        };
      };
      p.labels.add(new Labelled(Kind.TITLE_REPEAT, t, null, null, repeat, true));
      Emphasis[] e = Emphasis.values();
      return new FifthHeldOutForms.Line(t, e[random.nextInt(e.length)]);
    }

    private List<Block> captionBlocks(String text, Placement pl) {
      String src = imageName();
      return switch (pl) {
        case PARAGRAPH -> List.of(new FifthHeldOutForms.Line(text, Emphasis.PLAIN));
        case EMPHASIS -> List.of(new FifthHeldOutForms.Line(text, Emphasis.EM));
        case FIGCAPTION -> List.of(new FifthHeldOutForms.Figure(src, "", text, false));
        case NATIVE -> List.of(new FifthHeldOutForms.Figure(src, "", text, true));
        case ALT -> List.of(new FifthHeldOutForms.Image(src, text));
        case ALT_AND_TEXT -> List.of(new FifthHeldOutForms.Image(src, text),
            new FifthHeldOutForms.Line(text, Emphasis.PLAIN));
      };
    }

    private String imageName() {
      return switch (random.nextInt(4)) {
        case 0 -> "IMG_" + (1000 + random.nextInt(9000)) + ".jpg";
        case 1 -> "photo-" + Long.toHexString(0x10000000L + random.nextInt(0x6fffffff)) + ".jpg";
        case 2 -> "image-asset" + (random.nextInt(90) + 10) + ".png";
        default -> "pexels-" + (100000 + random.nextInt(900000)) + ".jpeg";
      };
    }

    private Block heading() {
      List<String> hs = english ? site.headings() : FifthHeldOutSites.language(p.lang).headings();
      List<String> left = new ArrayList<>(hs);
      left.removeAll(p.headings);
      String h = left.isEmpty() ? hs.get(0) + " (" + (p.headings.size() + 1) + ")" : left.get(random.nextInt(left.size()));
      p.headings.add(h);
      p.label(Kind.HEADING, h, true);
      return new FifthHeldOutForms.Heading(h, 2);
    }

    private Block items() {
      List<String> pool = new ArrayList<>(english ? site.items() : FifthHeldOutSites.language(p.lang).items());
      Collections.shuffle(pool, random);
      List<String> chosen = pool.subList(0, Math.min(pool.size(), 3 + random.nextInt(3)));
      Kind kind = english ? site.itemKind() : Kind.SPEC_LINE;
      chosen.forEach(i -> p.label(kind, i, true));
      return new FifthHeldOutForms.Items(List.copyOf(chosen), site.itemKind() == Kind.LIST_ITEM
          && site.template() == Template.SQUARESPACE);
    }

    private List<List<String>> rows() {
      if (english) {
        return site.rows();
      }
      Language l = FifthHeldOutSites.language(p.lang);
      List<List<String>> rows = new ArrayList<>();
      rows.add(l.rowsHeader());
      rows.addAll(l.rows());
      return rows;
    }

    private Block table() {
      List<List<String>> rows = rows();
      for (List<String> row : rows.subList(1, rows.size())) {
        p.label(Kind.TABLE_ROW, String.join(" ", row), true);
      }
      return new FifthHeldOutForms.Table(rows);
    }

    private List<String> lines() {
      return english ? site.lines() : FifthHeldOutSites.language(p.lang).addresses();
    }

    private Block lines(Kind kind) {
      List<String> pool = new ArrayList<>(kind == Kind.SPEC_LINE && site.itemKind() == Kind.INGREDIENT
          ? site.lines() : lines());
      Collections.shuffle(pool, random);
      List<String> chosen = kind == Kind.SIGNATURE || kind == Kind.ADDRESS ? pool.subList(0, 1)
          : pool.subList(0, Math.min(pool.size(), 3));
      chosen.forEach(l -> p.label(kind, l, true));
      return new FifthHeldOutForms.Lines(List.copyOf(chosen), kind);
    }

    private Block figure() {
      List<String> pool = new ArrayList<>(english ? site.figures()
          : FifthHeldOutSites.language(p.lang).figures());
      if (pool.size() > usedFigures.size()) {
        pool.removeAll(usedFigures);
      }
      String f = pool.get(random.nextInt(pool.size()));
      usedFigures.add(f);
      String sub = subject();
      String text = f.replace("{S}", FifthHeldOutCaptions.upperFirst(sub)).replace("{s}", sub);
      p.label(Kind.FIGURE_CAPTION, text, true);
      return new FifthHeldOutForms.Figure(imageName(), random.nextBoolean() ? text : "", text,
          random.nextBoolean());
    }

    private void forumNegatives(List<List<Block>> gaps, List<Integer> rest, List<String> paragraphs) {
      List<Integer> sorted = new ArrayList<>(rest);
      Collections.sort(sorted);
      for (int k = 0; k < sorted.size(); k++) {
        int g = sorted.get(k);
        if (k % 2 == 0) { // a new reply: the last post's signature, the reply's head, maybe a quote
          if (random.nextBoolean()) {
            gaps.get(g).add(lines(Kind.SIGNATURE));
          }
          gaps.get(g).add(postHead(false));
          if (random.nextBoolean()) {
            String quoted = paragraphs.get(g).split("(?<=\\.) ")[0];
            String who = FORUM_NAMES.get(random.nextInt(FORUM_NAMES.size()));
            p.label(Kind.FORUM_QUOTE, quoted, true);
            gaps.get(g).add(new FifthHeldOutForms.Quote(who, quoted));
          }
        } else if (random.nextBoolean()) {
          gaps.get(g).add(items());
        } else {
          gaps.get(g).add(figure());
        }
      }
    }

    private Block postHead(boolean first) {
      String subject = first ? p.title : "Re: " + p.title;
      String who = FORUM_NAMES.get(random.nextInt(FORUM_NAMES.size()));
      String when = WEEKDAYS.get(random.nextInt(7)) + " " + MONTHS.get(random.nextInt(12)).substring(0, 3) + " "
          + (1 + random.nextInt(28)) + ", 2025 " + (1 + random.nextInt(12)) + ":" + (10 + random.nextInt(50))
          + (random.nextBoolean() ? " am" : " pm");
      p.label(Kind.POST_SUBJECT, subject, true);
      return new FifthHeldOutForms.PostHead(subject, who, when, 3 + random.nextInt(900));
    }
  }

  /** The HTML placements a template's injected captions are dealt from (alt-only ones aside). */
  static Placement[] placementsFor(Template t) {
    return switch (t) {
      case AMP -> new Placement[] {Placement.PARAGRAPH, Placement.FIGCAPTION, Placement.NATIVE, Placement.EMPHASIS};
      case PHPBB -> new Placement[] {Placement.PARAGRAPH, Placement.NATIVE, Placement.ALT_AND_TEXT};
      default -> new Placement[] {Placement.PARAGRAPH, Placement.EMPHASIS, Placement.FIGCAPTION, Placement.NATIVE,
          Placement.ALT_AND_TEXT};
    };
  }

  static String slug(String title) {
    String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    StringBuilder b = new StringBuilder();
    for (char c : ascii.toLowerCase(Locale.ROOT).toCharArray()) {
      if (Character.isLetterOrDigit(c) && c < 128) {
        b.append(c);
      } else if (b.length() > 0 && b.charAt(b.length() - 1) != '-') {
        b.append('-');
      }
    }
    String s = b.toString();
    return s.endsWith("-") ? s.substring(0, s.length() - 1) : s;
  }
}
