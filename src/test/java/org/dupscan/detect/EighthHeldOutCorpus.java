package org.dupscan.detect;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.dupscan.detect.EighthHeldOutSites.Host;
import org.dupscan.detect.EighthHeldOutSites.Template;

/**
 * The eighth held-out set for issue 11, written blind in session 20: 8 hosts of 30 pages (parenting,
 * personal finance, German DIY, local listings, Spanish beauty, Polish running, Swedish interiors, home
 * organisation), each page in two forms ({@link EighthHeldOutForms}), every injected element and every
 * hard negative labelled. Articles are assembled from each host's sentences with per-page fillers, so
 * that no two pages share a paragraph. Everything is drawn from one seed.
 */
final class EighthHeldOutCorpus {

  static final long SEED = 0x8_2026_1203L;
  static final int PAGES_PER_HOST = 30;
  /** Pages of each host with no injected spam; the first {@link #CLEAN_WITH_FIGURES} carry real figures. */
  static final int CLEAN_PER_HOST = 9;
  static final int CLEAN_WITH_FIGURES = 6;
  /** Thin doorway pages on each of the hosts that have them. */
  static final int THIN_PER_HOST = 2;
  static final List<String> THIN_HOSTS = List.of("thriftyledger.example", "lookdeldia.example",
      "biegamzglowa.example");

  enum Kind {
    CAPTION(false), TITLE_REPEAT(false), SUMMARY_REPEAT(false), STUFFING(false), THIN(false),
    ON_TOPIC_CAPTION(true), SPEC_CAPTION(true), PHOTO_CREDIT(true), BREADCRUMB(true), RELATED_TITLE(true);

    private final boolean negative;

    Kind(boolean negative) {
      this.negative = negative;
    }

    boolean negative() {
      return negative;
    }
  }

  /** How an injected caption is worded. */
  enum Style {
    /** A short English stock-photo description, often with no colour or clothing word. */
    STOCK_PLAIN,
    /** A long English stock description: setting, lens, "copy space". */
    STOCK_DETAILED,
    /** A description with a stock credit: "Image: X / Shutterstock", "© X – stock.adobe.com", "Source: Pexels". */
    CREDITED,
    /** A stock description in the page's own language (de, es, pl, sv). */
    OWN_LANGUAGE,
    /** A file name with underscores, hyphens or camel case. */
    FILE_NAME
  }

  /** Where an injected caption stands. */
  enum Placement {
    /** Only in the image's alt. */
    ALT_ONLY,
    /** In a {@code figcaption} (block theme, Ghost card, Elementor widget, listings, Medium, Squarespace). */
    FIGCAPTION,
    /** In an element below the image (Blogger's caption cell, a caption div). */
    BELOW_IMAGE,
    /** A paragraph of its own with no image at all, as on the seed pages' text. */
    NO_IMAGE
  }

  enum Repeat { AFTER_CAPTION, BOLD, HEADING, TITLE_AND_SITE, EDITED }

  enum Restate {
    /** The intro paragraph again as the last paragraph, under a closing heading. */
    INTRO_AT_END,
    /** The intro again after "To sum up:", "Fazit:", "Podsumowując:" ... */
    LEAD_IN,
    /** A box at the top ("TL;DR:", "Das Wichtigste in Kürze:") holding one sentence from each of three paragraphs. */
    SUMMARY_BOX
  }

  enum Stuff { SENTENCES, TAG_LINE, SEARCH_LINE, SENTENCES_AND_TAGS }

  /** {@code LINE} is a paragraph that is not the article's prose: an injected caption or title, a keyword line. */
  enum Type { P, LINE, H2, TITLE_HEADING, BOLD, FIGURE }

  record Label(Kind kind, String text, String variant, Placement placement)
      implements HeldOutScoring.PageLabel {

    @Override
    public String kindName() {
      return kind.name();
    }

    @Override
    public boolean negative() {
      return kind.negative();
    }

    @Override
    public boolean caption() {
      return kind == Kind.CAPTION;
    }
  }

  /** A block of the article; a figure has its caption in {@code text} (null when alt only) and its {@code alt}. */
  record Block(Type type, String text, String alt, String src, Placement placement) {
    static Block of(Type type, String text) {
      return new Block(type, text, null, null, null);
    }
  }

  static final class Page implements HeldOutScoring.LabelledPage<Label> {
    final String key;
    final Host host;
    final String title;
    final String author;
    final LocalDate date;
    final int index;
    final List<Block> blocks = new ArrayList<>();
    final List<Label> labels = new ArrayList<>();
    /** Titles of other pages of the host: related posts first, then the sidebar's. */
    final List<String> related = new ArrayList<>();
    /** The summary box shown above the article, or null. */
    String box;
    boolean thin;

    Page(String key, Host host, String title, String author, LocalDate date, int index) {
      this.key = key;
      this.host = host;
      this.title = title;
      this.author = author;
      this.date = date;
      this.index = index;
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
      return labels.stream().anyMatch(l -> !l.kind().negative());
    }

    boolean has(Kind k) {
      return labels.stream().anyMatch(l -> l.kind() == k);
    }

    List<Label> captions() {
      return labels.stream().filter(l -> l.kind() == Kind.CAPTION).toList();
    }
  }

  final long seed;
  final Map<String, Page> pages = new TreeMap<>();

  EighthHeldOutCorpus(long seed) {
    this.seed = seed;
    for (int h = 0; h < EighthHeldOutSites.HOSTS.size(); h++) {
      Host host = EighthHeldOutSites.HOSTS.get(h);
      Random hostRandom = new Random(seed * 31 + h);
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < PAGES_PER_HOST; i++) {
        order.add(i);
      }
      Collections.shuffle(order, hostRandom);
      List<String> titles = new ArrayList<>();
      for (int i = 0; i < PAGES_PER_HOST; i++) {
        titles.add(title(host, i));
      }
      for (int i = 0; i < PAGES_PER_HOST; i++) {
        int rank = order.indexOf(i); // clean pages first, then thin pages, then the rest
        Page p = page(host, h, i, titles, new Random(seed * 1_000_003 + h * 1000L + i));
        if (rank < CLEAN_PER_HOST) {
          clean(p, rank < CLEAN_WITH_FIGURES, new Random(seed + 7L * i + 101L * h));
        } else if (THIN_HOSTS.contains(host.name()) && rank < CLEAN_PER_HOST + THIN_PER_HOST) {
          thin(p, new Random(seed + 13L * i + 101L * h));
        } else {
          spam(p, new Random(seed + 17L * i + 101L * h));
        }
        pages.put(p.key, p);
      }
    }
  }

  /** Writes every page's text form under {@code textDir} and HTML form under {@code htmlDir}. */
  EighthHeldOutCorpus write(Path textDir, Path htmlDir) throws IOException {
    for (Page p : pages.values()) {
      Path t = textDir.resolve(p.key + ".txt");
      Path h = htmlDir.resolve(p.key + ".html");
      Files.createDirectories(t.getParent());
      Files.createDirectories(h.getParent());
      Files.writeString(t, EighthHeldOutForms.text(p), StandardCharsets.UTF_8);
      Files.writeString(h, EighthHeldOutForms.html(p), StandardCharsets.UTF_8);
    }
    return this;
  }

  /** Label counts by kind and by kind and variant, e.g. "CAPTION STOCK_PLAIN", "CAPTION placed ALT_ONLY". */
  Map<String, Integer> counts() {
    Map<String, Integer> c = new TreeMap<>();
    for (Page p : pages.values()) {
      for (Label l : p.labels) {
        c.merge(l.kind().name(), 1, Integer::sum);
        if (l.variant() != null) {
          c.merge(l.kind() + " " + l.variant(), 1, Integer::sum);
        }
        if (l.placement() != null) {
          c.merge(l.kind() + " placed " + l.placement(), 1, Integer::sum);
        }
      }
    }
    return c;
  }

  // ---- Pages ------------------------------------------------------------------------------------------

  static String title(Host host, int i) {
    String subject = host.subjects().get(i % host.subjects().size());
    String pattern = host.titlePatterns().get(i / host.subjects().size());
    if (host.english()) {
      subject = titleCase(subject);
    }
    String t = String.format(Locale.ROOT, pattern, subject);
    return Character.toUpperCase(t.charAt(0)) + t.substring(1);
  }

  private static String titleCase(String s) {
    StringBuilder b = new StringBuilder();
    for (String w : s.split(" ")) {
      b.append(b.length() == 0 ? "" : " ").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
    }
    return b.toString();
  }

  private static Page page(Host host, int h, int i, List<String> titles, Random r) {
    String slug = slug(titles.get(i));
    LocalDate date = LocalDate.of(2025, 1, 6).plusDays(r.nextInt(600));
    Page p = new Page(host.name() + "/" + slug, host, titles.get(i), host.authors().get(r.nextInt(host.authors().size())),
        date, i);
    String subject = host.subjects().get(i % host.subjects().size());
    List<String> sentences = new ArrayList<>(host.sentences());
    Collections.shuffle(sentences, r);
    int next = 0;
    List<String> headings = new ArrayList<>(host.headings());
    Collections.shuffle(headings, r);
    for (int para = 0; para < 8; para++) {
      int n = para == 0 ? 3 : 2 + r.nextInt(2);
      StringBuilder s = new StringBuilder();
      for (int k = 0; k < n && next < sentences.size(); k++) {
        s.append(k == 0 ? "" : " ").append(fill(sentences.get(next++), subject, host, r));
      }
      p.blocks.add(Block.of(Type.P, s.toString()));
      if (para == 2 || para == 5) {
        p.blocks.add(Block.of(Type.H2, headings.get(para == 2 ? 0 : 1)));
      }
    }
    List<String> others = new ArrayList<>(titles);
    others.remove(i);
    Collections.shuffle(others, r);
    p.related.addAll(others.subList(0, 5));
    for (String t : p.related.subList(0, EighthHeldOutForms.sidebar(host) ? 5 : 3)) {
      p.labels.add(new Label(Kind.RELATED_TITLE, t, null, null));
    }
    if (host.breadcrumb() != null) {
      p.labels.add(new Label(Kind.BREADCRUMB, EighthHeldOutForms.breadcrumb(p), null, null));
    }
    return p;
  }

  private static String fill(String sentence, String subject, Host host, Random r) {
    String s = sentence.replace("{s}", subject)
        .replace("{S}", Character.toUpperCase(subject.charAt(0)) + subject.substring(1))
        .replace("{n}", Integer.toString(2 + r.nextInt(8)))
        .replace("{m}", Integer.toString(10 + r.nextInt(90)));
    while (s.contains("{who}")) {
      s = s.replaceFirst("\\{who\\}", host.names().get(r.nextInt(host.names().size())));
    }
    return s;
  }

  static String slug(String title) {
    String s = java.text.Normalizer.normalize(title.toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "").replace("ł", "l").replace("ß", "ss");
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        b.append(c);
      } else if (b.length() > 0 && b.charAt(b.length() - 1) != '-') {
        b.append('-');
      }
    }
    String out = b.toString();
    return out.endsWith("-") ? out.substring(0, out.length() - 1) : out;
  }

  /** The places between two prose paragraphs, after the first two: before block index {@code at}. */
  private static List<Integer> slots(Page p) {
    List<Integer> at = new ArrayList<>();
    int prose = 0;
    for (int b = 0; b < p.blocks.size(); b++) {
      if (p.blocks.get(b).type() == Type.P) {
        prose++;
        if (prose >= 2 && b + 1 < p.blocks.size() && p.blocks.get(b + 1).type() == Type.P) {
          at.add(b + 1);
        }
      }
    }
    return at;
  }

  private void clean(Page p, boolean figures, Random r) {
    if (figures) {
      addNegativeFigures(p, 1 + r.nextInt(2), r);
    }
  }

  /** On-topic figures of the page's own: captions naming the subject, product specs, credited own photos. */
  private static void addNegativeFigures(Page p, int count, Random r) {
    Host h = p.host;
    String subject = h.subjects().get(p.index % h.subjects().size());
    List<Integer> free = slots(p);
    Collections.shuffle(free, r);
    List<Block> inserts = new ArrayList<>();
    List<Integer> where = new ArrayList<>();
    for (int k = 0; k < count && k < free.size(); k++) {
      String text;
      Kind kind;
      if (!h.specs().isEmpty() && r.nextInt(3) == 0) {
        text = fill(h.specs().get(r.nextInt(h.specs().size())), subject, h, r);
        kind = Kind.SPEC_CAPTION;
      } else {
        text = fill(h.onTopic().get(r.nextInt(h.onTopic().size())), subject, h, r);
        kind = Kind.ON_TOPIC_CAPTION;
        if (h.template() == Template.LISTINGS) {
          text = text + ". Photo: " + h.authors().get(r.nextInt(h.authors().size())) + " / " + h.site();
          kind = Kind.PHOTO_CREDIT;
        }
      }
      String src = imageSrc(p, "own-" + (k + 1));
      inserts.add(new Block(Type.FIGURE, text, "", src, EighthHeldOutForms.captionPlacement(h)));
      where.add(free.get(k));
      p.labels.add(new Label(kind, text, null, null));
    }
    insert(p, where, inserts);
  }

  private static void insert(Page p, List<Integer> where, List<Block> blocks) {
    // Insert from the last position back so that earlier positions stay valid.
    List<Integer> idx = new ArrayList<>();
    for (int k = 0; k < where.size(); k++) {
      idx.add(k);
    }
    // Later blocks for one position first, so that they end up after the earlier ones (a title after its caption).
    idx.sort((a, b) -> where.get(a).equals(where.get(b)) ? Integer.compare(b, a) : Integer.compare(where.get(b), where.get(a)));
    for (int k : idx) {
      p.blocks.add(where.get(k), blocks.get(k));
    }
  }

  private static String imageSrc(Page p, String stem) {
    return "/images/" + p.date.getYear() + "/" + String.format(Locale.ROOT, "%02d", p.date.getMonthValue()) + "/"
        + stem + "-" + Integer.toHexString((p.key.hashCode() & 0xfffff) | 0x100000) + ".jpg";
  }

  private void thin(Page p, Random r) {
    p.thin = true;
    // A doorway page: one short paragraph, a caption or two and a keyword line.
    Block first = p.blocks.get(0);
    p.blocks.clear();
    String intro = first.text();
    int dot = intro.indexOf(". ");
    p.blocks.add(Block.of(Type.P, dot > 0 ? intro.substring(0, dot + 1) : intro));
    p.labels.add(new Label(Kind.THIN, p.blocks.get(0).text(), null, null));
    String cap = captionText(p, Style.STOCK_PLAIN, r, new ArrayList<>());
    p.blocks.add(new Block(Type.FIGURE, cap, "", imageSrc(p, "img"), EighthHeldOutForms.captionPlacement(p.host)));
    p.labels.add(new Label(Kind.CAPTION, cap, Style.STOCK_PLAIN.name(), EighthHeldOutForms.captionPlacement(p.host)));
    String line = keywordLine(p, p.host.searches(), 8, " · ");
    p.blocks.add(Block.of(Type.LINE, line));
    p.labels.add(new Label(Kind.STUFFING, line, Stuff.SEARCH_LINE.name(), null));
  }

  private void spam(Page p, Random r) {
    Host h = p.host;
    boolean captions = r.nextInt(100) < 82;
    boolean repeat = r.nextInt(100) < 42;
    boolean restate = r.nextInt(100) < 22;
    boolean stuff = r.nextInt(100) < 16;
    if (!captions && !repeat && !restate && !stuff) {
      captions = true;
    }
    if (r.nextInt(4) == 0) {
      addNegativeFigures(p, 1, r); // spam pages may carry figures of their own too
    }
    List<Integer> free = new ArrayList<>(slots(p)); // after the page's own figure, whose place is no slot any more
    Collections.shuffle(free, r);
    List<Integer> where = new ArrayList<>();
    List<Block> inserts = new ArrayList<>();
    List<Label> injected = new ArrayList<>();
    // The seed pages put the title right after an injected caption: one repeat in three does so here.
    Repeat how = !repeat ? null : captions && r.nextInt(3) == 0 ? Repeat.AFTER_CAPTION
        : Repeat.values()[1 + r.nextInt(Repeat.values().length - 1)];
    if (how == Repeat.AFTER_CAPTION && !captions) {
      how = Repeat.BOLD;
    }
    int nCaptions = captions ? 1 + r.nextInt(Math.min(3, free.size() - (how != null && how != Repeat.AFTER_CAPTION ? 1 : 0))) : 0;
    List<String> used = new ArrayList<>();
    for (int k = 0; k < nCaptions; k++) {
      Style style = style(h, r);
      Placement placement = placement(h, style, r);
      String text = captionText(p, style, r, used);
      Block fig = placement == Placement.NO_IMAGE ? Block.of(Type.LINE, text)
          : placement == Placement.ALT_ONLY ? new Block(Type.FIGURE, null, text, imageSrc(p, "photo-" + (k + 1)), placement)
          : new Block(Type.FIGURE, text, "", imageSrc(p, "photo-" + (k + 1)), placement);
      where.add(free.get(k));
      inserts.add(fig);
      injected.add(new Label(Kind.CAPTION, text, style.name(), placement));
      if (k == 0 && how == Repeat.AFTER_CAPTION) {
        where.add(free.get(k));
        inserts.add(Block.of(Type.LINE, p.title));
        injected.add(new Label(Kind.TITLE_REPEAT, p.title, how.name(), null));
      }
    }
    if (how != null && how != Repeat.AFTER_CAPTION) {
      String text = switch (how) {
        case TITLE_AND_SITE -> p.title + h.titleSeparator() + h.site();
        case EDITED -> r.nextBoolean() ? p.title.toLowerCase(Locale.ROOT)
            : p.title + " (" + (h.english() ? "updated " : "") + p.date.getYear() + ")";
        default -> p.title;
      };
      Type type = how == Repeat.BOLD ? Type.BOLD : how == Repeat.HEADING ? Type.TITLE_HEADING : Type.LINE;
      where.add(free.get(nCaptions));
      inserts.add(Block.of(type, text));
      injected.add(new Label(Kind.TITLE_REPEAT, text, how.name(), null));
    }
    insert(p, where, inserts);
    p.labels.addAll(injected);
    if (stuff) {
      stuff(p, Stuff.values()[r.nextInt(Stuff.values().length)], r);
    }
    if (restate) {
      restate(p, Restate.values()[r.nextInt(Restate.values().length)], r);
    }
  }

  private static Style style(Host h, Random r) {
    int x = r.nextInt(100);
    if (!h.english() && x < 35) {
      return Style.OWN_LANGUAGE;
    }
    x = r.nextInt(100);
    return x < 32 ? Style.STOCK_PLAIN : x < 52 ? Style.STOCK_DETAILED : x < 80 ? Style.CREDITED : Style.FILE_NAME;
  }

  private static Placement placement(Host h, Style style, Random r) {
    int x = r.nextInt(100);
    if (style == Style.FILE_NAME) {
      return x < 55 ? Placement.ALT_ONLY : EighthHeldOutForms.captionPlacement(h);
    }
    return x < 25 ? Placement.ALT_ONLY : x < 45 ? Placement.NO_IMAGE : EighthHeldOutForms.captionPlacement(h);
  }

  private static String captionText(Page p, Style style, Random r, List<String> used) {
    Host h = p.host;
    for (int attempt = 0; ; attempt++) {
      String text = switch (style) {
        case STOCK_PLAIN -> pick(h.english() ? concat(h.stock(), EighthHeldOutSites.STOCK_EN) : EighthHeldOutSites.STOCK_EN, r);
        case STOCK_DETAILED -> pick(EighthHeldOutSites.STOCK_LONG_EN, r);
        case OWN_LANGUAGE -> pick(concat(h.stock(), h.local()), r);
        case FILE_NAME -> {
          String f = pick(h.filenames(), r);
          yield r.nextInt(3) == 0 ? f + ".jpg" : f;
        }
        case CREDITED -> {
          // On the non-English hosts the description may be in the page's language, the credit stays English.
          String desc = pick(concat(h.stock(), EighthHeldOutSites.STOCK_EN), r);
          String credit = String.format(Locale.ROOT, pick(EighthHeldOutSites.CREDITS, r),
              pick(EighthHeldOutSites.PHOTOGRAPHERS, r));
          yield r.nextBoolean() ? desc + ". " + credit : desc + " (" + credit + ")";
        }
      };
      if (!used.contains(text) || attempt > 20) {
        used.add(text);
        return text;
      }
    }
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static String pick(List<String> from, Random r) {
    return from.get(r.nextInt(from.size()));
  }

  private static String keyword(Page p) {
    String subject = p.host.subjects().get(p.index % p.host.subjects().size()).toLowerCase(Locale.ROOT);
    return subject.startsWith("the ") ? subject.substring(4) : subject.replaceFirst("^(el|la|los|las) ", "");
  }

  private static String keywordLine(Page p, String lead, int n, String separator) {
    String kw = keyword(p);
    StringBuilder s = new StringBuilder(lead).append(' ');
    List<String> tails = p.host.keywordTails();
    s.append(kw);
    for (int k = 0; k < n - 1; k++) {
      s.append(separator).append(k % 3 == 2 ? tails.get(k % tails.size()) + " " + kw : kw + " " + tails.get(k % tails.size()));
    }
    return s.toString();
  }

  private static void stuff(Page p, Stuff how, Random r) {
    String kw = keyword(p);
    List<String> tails = p.host.keywordTails();
    if (how == Stuff.SENTENCES || how == Stuff.SENTENCES_AND_TAGS) {
      List<Integer> paragraphs = new ArrayList<>();
      for (int b = 1; b < p.blocks.size(); b++) {
        if (p.blocks.get(b).type() == Type.P && p.blocks.get(b).text().length() > 100) {
          paragraphs.add(b);
        }
      }
      Collections.shuffle(paragraphs, r);
      List<String> stuffers = p.host.stuffers();
      for (int k = 0; k < 5 && k < paragraphs.size(); k++) {
        int b = paragraphs.get(k);
        String stuffer = stuffers.get(k % stuffers.size());
        String phrase = kw + " " + tails.get(r.nextInt(tails.size()));
        String added = stuffer.indexOf("%s") < stuffer.lastIndexOf("%s") ? String.format(Locale.ROOT, stuffer, phrase, kw)
            : String.format(Locale.ROOT, stuffer, phrase);
        added = Character.toUpperCase(added.charAt(0)) + added.substring(1);
        p.blocks.set(b, Block.of(Type.P, p.blocks.get(b).text() + " " + added));
      }
      p.labels.add(new Label(Kind.STUFFING, kw, how.name(), null));
    }
    if (how == Stuff.TAG_LINE || how == Stuff.SENTENCES_AND_TAGS) {
      String line = keywordLine(p, p.host.tags(), 10, ", ");
      p.blocks.add(Block.of(Type.LINE, line));
      if (how == Stuff.TAG_LINE) {
        p.labels.add(new Label(Kind.STUFFING, line, how.name(), null));
      }
    }
    if (how == Stuff.SEARCH_LINE) {
      String line = keywordLine(p, p.host.searches(), 8, " · ");
      p.blocks.add(Block.of(Type.LINE, line));
      p.labels.add(new Label(Kind.STUFFING, line, how.name(), null));
    }
  }

  private static void restate(Page p, Restate how, Random r) {
    Host h = p.host;
    String intro = p.blocks.get(0).text();
    switch (how) {
      case INTRO_AT_END -> {
        p.blocks.add(Block.of(Type.H2, h.finalHeading()));
        p.blocks.add(Block.of(Type.P, intro));
        p.labels.add(new Label(Kind.SUMMARY_REPEAT, intro, how.name(), null));
      }
      case LEAD_IN -> {
        String text = pick(h.leadIns(), r) + " " + intro;
        p.blocks.add(Block.of(Type.P, text));
        p.labels.add(new Label(Kind.SUMMARY_REPEAT, text, how.name(), null));
      }
      case SUMMARY_BOX -> {
        List<String> picked = new ArrayList<>();
        for (Block b : p.blocks.subList(1, p.blocks.size())) {
          if (b.type() == Type.P && b.text().length() > 100 && picked.size() < 3 && r.nextInt(3) > 0) {
            String t = b.text();
            int dot = t.indexOf(". ");
            picked.add(dot > 0 ? t.substring(0, dot + 1) : t);
          }
        }
        p.box = h.tldr() + " " + String.join(" ", picked);
        p.labels.add(new Label(Kind.SUMMARY_REPEAT, p.box, how.name(), null));
      }
    }
  }
}
