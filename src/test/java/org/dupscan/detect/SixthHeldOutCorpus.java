package org.dupscan.detect;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.dupscan.detect.SixthHeldOutHosts.Host;

/**
 * The sixth held-out labelled set for the spam detectors (issue 11): 8 hosts of 30 pages, written
 * without reading the detectors or the earlier sets' generators, to be scored once and never tuned on
 * (docs/detectors.md, "Sixth held-out set").
 *
 * <p>About 60% of pages are spam pages carrying one or more of: injected stock-photo captions between
 * prose paragraphs ({@link Style}, {@link Placement}), the page's own title re-inserted mid-body
 * ({@link Repeat}), the opening summary paragraph repeated further down ({@link Restate}), and keyword
 * stuffing (a paragraph of keyword phrases and a tag line). Every page carries on-topic hard negatives
 * between its paragraphs: a figure with its alt and a genuine credit, a subheading, a quoted line, a
 * table of short label rows, a list of items, code lines. Each page is written as a text dump (as
 * {@code w3m -dump} shows it from the headline down) and as HTML in its host's template
 * ({@link SixthHeldOutForms}).
 */
final class SixthHeldOutCorpus {

  static final long SEED = 20261203L;
  static final int PAGES_PER_HOST = 30;
  static final double SPAM_SHARE = 0.6;
  static final int MIN_BODY_PARAGRAPHS = 5;
  static final int MAX_BODY_PARAGRAPHS = 7;
  /** Pages of each host that carry its recurring caption. */
  static final int RECURRING_PAGES = 3;
  /** Titles of each host in its "most read" sidebar; their own pages list themselves there. */
  static final int POPULAR = 4;

  /** What a labelled block is; the kinds after {@link #STUFFING} are hard negatives. */
  enum Kind {
    CAPTION, TITLE_REPEAT, SUMMARY_REPEAT, STUFFING,
    PHOTO_CREDIT, FIGURE_ALT, SUBHEADING, QUOTE, TABLE_ROW, LIST_ITEM, CODE_LINE, TITLE_IN_SIDEBAR;

    boolean negative() {
      return ordinal() > STUFFING.ordinal();
    }
  }

  /** How an injected caption reads. */
  enum Style {
    /** A stock scene: who does what where, a close-up, a view, a celebration; in the page's language. */
    SCENE,
    /** A scene after a "Photo:" / "Bild:" / "Imagen:"-style lead in the page's language. */
    PREFIXED,
    /** A camera's or stock library's file name. */
    FILE_NAME,
    /** One scene on three pages of a host. */
    RECURRING
  }

  /** Where an injected caption stands in the HTML form (the text form shows each as a line of its own). */
  enum Placement {
    PARAGRAPH, EMPHASIS, FIGCAPTION, TEMPLATE_CAPTION, ALT_ONLY
  }

  /** How the re-inserted title reads. */
  enum Repeat {
    PLAIN, BOLD, HEADING, WITH_SITE_NAME, UPPER_CASE
  }

  /** How the summary paragraph stands again. */
  enum Restate {
    EXACT, WITH_LEAD_IN, SENTENCES_SWAPPED
  }

  /** A labelled block; {@code variant} names the style, placement or form of its kind. */
  record Labelled(Kind kind, String text, Style style, Placement placement, String variant)
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

  /** Body block types, rendered by {@link SixthHeldOutForms}. */
  enum Type {
    PARA, CAPTION, TITLE, FIGURE, HEADING, QUOTE, LIST, TABLE, CODE, TAGS
  }

  /** A body block: {@code lines} for lists, tables (cells split on ';') and code; alt and caption for figures. */
  record Block(Type type, String text, List<String> lines, Placement placement, Repeat repeat, String alt,
      String src) {

    static Block of(Type t, String text) {
      return new Block(t, text, List.of(), null, null, null, null);
    }
  }

  /** One page of the set with its labels. */
  static final class Page implements HeldOutScoring.LabelledPage<Labelled> {
    final String key;
    final Host host;
    final String title;
    final String author;
    final String date;
    final List<Block> body = new ArrayList<>();
    final List<Labelled> labels = new ArrayList<>();
    final List<String> popular = new ArrayList<>();

    Page(String key, Host host, String title, String author, String date) {
      this.key = key;
      this.host = host;
      this.title = title;
      this.author = author;
      this.date = date;
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
    public List<Labelled> labels() {
      return labels;
    }

    boolean has(Kind k) {
      return labels.stream().anyMatch(l -> l.kind() == k);
    }

    @Override
    public boolean spam() {
      return labels.stream().anyMatch(l -> !l.kind().negative());
    }

    List<Labelled> captions() {
      return labels.stream().filter(l -> l.kind() == Kind.CAPTION).toList();
    }
  }

  final Map<String, Page> pages = new TreeMap<>();

  SixthHeldOutCorpus(long seed) {
    Random rnd = new Random(seed);
    Set<String> usedCaptions = new HashSet<>();
    for (Host h : SixthHeldOutHosts.HOSTS) {
      List<String> titles = new ArrayList<>();
      List<Map<String, String>> bindings = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      while (titles.size() < PAGES_PER_HOST) {
        Map<String, String> b = new LinkedHashMap<>();
        h.slots().forEach((k, v) -> b.put(k, v.get(rnd.nextInt(v.size()))));
        String t = fill(h.titles().get(rnd.nextInt(h.titles().size())), b);
        if (seen.add(t.toLowerCase(Locale.ROOT))) {
          titles.add(t);
          bindings.add(b);
        }
      }
      String recurring = SixthHeldOutCaptions.scene(rnd, h.lang(), usedCaptions);
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < PAGES_PER_HOST; i++) {
        order.add(i);
      }
      Collections.shuffle(order, rnd);
      Set<Integer> recurringPages = new HashSet<>(order.subList(0, RECURRING_PAGES));
      Set<String> slugs = new HashSet<>();
      for (int i = 0; i < PAGES_PER_HOST; i++) {
        String slug = slug(titles.get(i));
        while (!slugs.add(slug)) {
          slug = slug + "-2";
        }
        Page p = new Page(h.name() + "/" + slug, h, titles.get(i), SixthHeldOutCaptions.pick(rnd, h.authors()),
            date(rnd, h.lang()));
        build(p, bindings.get(i), rnd, usedCaptions, recurringPages.contains(i) ? recurring : null);
        for (int j = 0; j < POPULAR; j++) {
          p.popular.add(titles.get(j));
        }
        if (i < POPULAR) {
          p.labels.add(new Labelled(Kind.TITLE_IN_SIDEBAR, p.title, null, null, null));
        }
        pages.put(p.key, p);
      }
    }
  }

  /** Writes every page in both forms under {@code text} and {@code html}; returns this set. */
  SixthHeldOutCorpus write(Path text, Path html) throws IOException {
    for (Page p : pages.values()) {
      Path t = text.resolve(p.key + ".txt");
      Path m = html.resolve(p.key + ".html");
      Files.createDirectories(t.getParent());
      Files.createDirectories(m.getParent());
      Files.writeString(t, SixthHeldOutForms.text(p), StandardCharsets.UTF_8);
      Files.writeString(m, SixthHeldOutForms.html(p), StandardCharsets.UTF_8);
    }
    return this;
  }

  // ---- One page ---------------------------------------------------------------------------------------

  private static void build(Page p, Map<String, String> b, Random rnd, Set<String> usedCaptions, String recurring) {
    Host h = p.host;
    boolean spam = recurring != null || rnd.nextDouble() < SPAM_SHARE;
    int captions = 0;
    boolean title = false;
    boolean restate = false;
    boolean stuff = false;
    if (spam) {
      captions = rnd.nextDouble() < 0.7 ? 1 + rnd.nextInt(3) : 0;
      title = rnd.nextDouble() < 0.45;
      restate = rnd.nextDouble() < 0.4;
      stuff = rnd.nextDouble() < 0.3;
      if (recurring != null) {
        captions = Math.max(1, captions);
      }
      if (captions == 0 && !title && !restate && !stuff) {
        switch (rnd.nextInt(4)) {
          case 0 -> captions = 1;
          case 1 -> title = true;
          case 2 -> restate = true;
          default -> stuff = true;
        }
      }
    }
    // Prose: the summary first (an opening sentence, then a second), then paragraphs of two sentences, no sentence twice.
    String first = fill(h.summaries().get(2 * rnd.nextInt(2)), b);
    String second = fill(h.summaries().get(1 + 2 * rnd.nextInt(2)), b);
    String summary = first + " " + second;
    List<String> prose = new ArrayList<>();
    prose.add(summary);
    List<Integer> order = indices(h.sentences().size(), rnd);
    int n = MIN_BODY_PARAGRAPHS + rnd.nextInt(MAX_BODY_PARAGRAPHS - MIN_BODY_PARAGRAPHS + 1);
    for (int i = 0; i < n; i++) {
      prose.add(fill(h.sentences().get(order.get(2 * i)), b) + " " + fill(h.sentences().get(order.get(2 * i + 1)), b));
    }
    if (restate) {
      Restate r = Restate.values()[rnd.nextInt(Restate.values().length)];
      String again = switch (r) {
        case EXACT -> summary;
        case WITH_LEAD_IN -> (h.lang().equals("de") ? "Zur Erinnerung: " : h.lang().equals("es")
            ? "Para recapitular: " : "To recap: ") + summary;
        case SENTENCES_SWAPPED -> second + " " + first;
      };
      prose.add(4 + rnd.nextInt(prose.size() - 3), again);
      p.labels.add(new Labelled(Kind.SUMMARY_REPEAT, again, null, null, r.name()));
    }
    String tags = null;
    if (stuff) {
      String stuffed = stuffing(h, rnd);
      prose.add(2 + rnd.nextInt(prose.size() - 2), stuffed);
      p.labels.add(new Labelled(Kind.STUFFING, stuffed, null, null, null));
      tags = h.tags() + ": " + String.join(", ", h.stuffing());
    }
    // The gaps between prose paragraphs: a title repeat (after the second paragraph at the earliest),
    // captions, then hard negatives while gaps are free.
    Block[] gaps = new Block[prose.size() - 1];
    if (title) {
      Repeat r = Repeat.values()[rnd.nextInt(Repeat.values().length)];
      String shown = switch (r) {
        case WITH_SITE_NAME -> p.title + (rnd.nextBoolean() ? " | " : " – ") + h.site();
        case UPPER_CASE -> p.title.toUpperCase(Locale.forLanguageTag(h.lang()));
        default -> p.title;
      };
      gaps[1 + rnd.nextInt(gaps.length - 1)] = new Block(Type.TITLE, shown, List.of(), null, r, null, null);
      p.labels.add(new Labelled(Kind.TITLE_REPEAT, shown, null, null, r.name()));
    }
    for (int c = 0; c < captions; c++) {
      Style style;
      String text;
      if (c == 0 && recurring != null) {
        style = Style.RECURRING;
        text = recurring;
      } else {
        double x = rnd.nextDouble();
        style = x < 0.45 ? Style.SCENE : x < 0.75 ? Style.PREFIXED : Style.FILE_NAME;
        text = switch (style) {
          case PREFIXED -> SixthHeldOutCaptions.lead(rnd, h.lang())
              + SixthHeldOutCaptions.scene(rnd, h.lang(), usedCaptions);
          case FILE_NAME -> SixthHeldOutCaptions.fileName(rnd, usedCaptions);
          default -> SixthHeldOutCaptions.scene(rnd, h.lang(), usedCaptions);
        };
      }
      Placement pl;
      double y = rnd.nextDouble();
      if (style == Style.FILE_NAME) {
        pl = y < 0.5 ? Placement.ALT_ONLY : Placement.PARAGRAPH;
      } else {
        pl = y < 0.3 ? Placement.PARAGRAPH : y < 0.4 ? Placement.EMPHASIS : y < 0.6 ? Placement.FIGCAPTION
            : y < 0.85 ? Placement.TEMPLATE_CAPTION : Placement.ALT_ONLY;
      }
      int at = free(gaps, 0, rnd);
      gaps[at] = new Block(Type.CAPTION, text, List.of(), pl, null, null, "/media/stock-" + (1000 + rnd.nextInt(9000))
          + ".jpg");
      p.labels.add(new Labelled(Kind.CAPTION, text, style, pl, style + " " + pl));
    }
    List<Type> negatives = new ArrayList<>(List.of(Type.FIGURE, Type.HEADING, Type.QUOTE, Type.TABLE, Type.LIST));
    if (!h.code().isEmpty()) {
      negatives.add(Type.CODE);
    }
    Collections.shuffle(negatives, rnd);
    int wanted = 2 + rnd.nextInt(3);
    for (Type t : negatives.subList(0, Math.min(wanted, negatives.size()))) {
      int at = free(gaps, 0, rnd);
      if (at < 0) {
        break;
      }
      gaps[at] = negative(t, p, rnd);
    }
    for (int i = 0; i < prose.size(); i++) {
      p.body.add(Block.of(Type.PARA, prose.get(i)));
      if (i < gaps.length && gaps[i] != null) {
        p.body.add(gaps[i]);
      }
    }
    if (tags != null) {
      p.body.add(Block.of(Type.TAGS, tags));
    }
  }

  private static Block negative(Type t, Page p, Random rnd) {
    Host h = p.host;
    switch (t) {
      case FIGURE -> {
        String[] f = h.figures().get(rnd.nextInt(h.figures().size()));
        p.labels.add(new Labelled(Kind.FIGURE_ALT, f[0], null, null, null));
        p.labels.add(new Labelled(Kind.PHOTO_CREDIT, f[1], null, null, null));
        return new Block(Type.FIGURE, f[1], List.of(), null, null, f[0], "/images/" + slug(f[0]) + ".jpg");
      }
      case HEADING -> {
        String s = SixthHeldOutCaptions.pick(rnd, h.subheadings());
        p.labels.add(new Labelled(Kind.SUBHEADING, s, null, null, null));
        return Block.of(Type.HEADING, s);
      }
      case QUOTE -> {
        String s = SixthHeldOutCaptions.pick(rnd, h.quotes());
        p.labels.add(new Labelled(Kind.QUOTE, s, null, null, null));
        return Block.of(Type.QUOTE, s);
      }
      default -> {
        List<String> pool = t == Type.TABLE ? h.table() : t == Type.LIST ? h.items() : h.code();
        int from = rnd.nextInt(pool.size() - 2);
        List<String> lines = pool.subList(from, Math.min(pool.size(), from + 3 + rnd.nextInt(2)));
        Kind k = t == Type.TABLE ? Kind.TABLE_ROW : t == Type.LIST ? Kind.LIST_ITEM : Kind.CODE_LINE;
        for (String l : lines) {
          p.labels.add(new Labelled(k, l.replace(';', ' '), null, null, null));
        }
        return new Block(t, null, List.copyOf(lines), null, null, null, null);
      }
    }
  }

  /** A paragraph of keyword phrases in the host's language. */
  private static String stuffing(Host h, Random rnd) {
    List<String> en = List.of("Looking for {p}? Our guide to {p} covers {p}, {p} and more.",
        "{P} is easy when you know where to find {p}.", "Compare {p} and {p} before you choose {p}.",
        "We update our {p} list every week, so check back for new {p}.", "{P}, {p}, {p}: all in one place.",
        "Nobody beats our {p} picks, and our {p} advice is free.");
    List<String> de = List.of("Du suchst {p}? Hier findest du {p}, {p} und noch mehr zum Thema {p}.",
        "{P} ist leichter als gedacht, wenn man {p} kennt.", "Alles zu {p}: {p}, {p} und {p}.",
        "Wir aktualisieren unsere Tipps zu {p} jede Woche.", "{P}, {p}, {p} – hier auf einen Blick.",
        "Mehr über {p} und {p} gibt es nirgends.");
    List<String> es = List.of("¿Buscas {p}? Aquí tienes {p}, {p} y todo sobre {p}.",
        "{P} es más fácil de lo que parece si conoces {p}.", "Todo sobre {p}: {p}, {p} y {p}.",
        "Actualizamos nuestros consejos de {p} cada semana.", "{P}, {p}, {p}: todo en un solo lugar.",
        "Nadie sabe más de {p} y {p} que nosotros.");
    List<String> pool = h.lang().equals("de") ? de : h.lang().equals("es") ? es : en;
    List<Integer> order = indices(pool.size(), rnd);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < 5; i++) {
      String t = pool.get(order.get(i));
      StringBuilder s = new StringBuilder();
      for (int at = 0; at < t.length(); at++) {
        if (t.startsWith("{p}", at) || t.startsWith("{P}", at)) {
          String ph = SixthHeldOutCaptions.pick(rnd, h.stuffing());
          s.append(t.charAt(at + 1) == 'P' ? cap(ph) : ph);
          at += 2;
        } else {
          s.append(t.charAt(at));
        }
      }
      out.append(i == 0 ? "" : " ").append(s);
    }
    return out.toString();
  }

  // ---- Helpers ----------------------------------------------------------------------------------------

  /** Fills {@code {slot}} places from {@code b}; {@code {slot^}} with its first letter in capitals. */
  static String fill(String pattern, Map<String, String> b) {
    StringBuilder s = new StringBuilder();
    int at = 0;
    while (at < pattern.length()) {
      int open = pattern.indexOf('{', at);
      if (open < 0) {
        s.append(pattern, at, pattern.length());
        break;
      }
      int close = pattern.indexOf('}', open);
      s.append(pattern, at, open);
      String name = pattern.substring(open + 1, close);
      boolean capital = name.endsWith("^");
      String v = b.get(capital ? name.substring(0, name.length() - 1) : name);
      if (v == null) {
        throw new IllegalArgumentException("no slot " + name + " in " + pattern);
      }
      s.append(capital ? cap(v) : v);
      at = close + 1;
    }
    return s.toString();
  }

  static String cap(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }

  static String slug(String s) {
    String t = java.text.Normalizer.normalize(s.toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "").replace("ß", "ss").replaceAll("[^a-z0-9]+", "-");
    t = t.replaceAll("^-|-$", "");
    return t.length() > 60 ? t.substring(0, 60).replaceAll("-$", "") : t;
  }

  private static List<Integer> indices(int n, Random rnd) {
    List<Integer> l = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      l.add(i);
    }
    Collections.shuffle(l, rnd);
    return l;
  }

  /** A random free gap at or after {@code from}, or -1. */
  private static int free(Block[] gaps, int from, Random rnd) {
    List<Integer> f = new ArrayList<>();
    for (int i = from; i < gaps.length; i++) {
      if (gaps[i] == null) {
        f.add(i);
      }
    }
    return f.isEmpty() ? -1 : f.get(rnd.nextInt(f.size()));
  }

  private static String date(Random rnd, String lang) {
    int day = 1 + rnd.nextInt(28);
    int month = rnd.nextInt(12);
    int year = 2023 + rnd.nextInt(2);
    return switch (lang) {
      case "de" -> day + ". " + SixthHeldOutHosts.bars("Januar|Februar|März|April|Mai|Juni|Juli|August"
          + "|September|Oktober|November|Dezember").get(month) + " " + year;
      case "es" -> day + " de " + SixthHeldOutHosts.bars("enero|febrero|marzo|abril|mayo|junio|julio|agosto"
          + "|septiembre|octubre|noviembre|diciembre").get(month) + " de " + year;
      default -> day + " " + SixthHeldOutHosts.bars("January|February|March|April|May|June|July|August"
          + "|September|October|November|December").get(month) + " " + year;
    };
  }
}
