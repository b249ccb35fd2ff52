package org.dupscan.detect;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.dupscan.detect.NinthHeldOutForms.Placement;
import org.dupscan.detect.NinthHeldOutSites.Host;
import org.dupscan.detect.NinthHeldOutSites.Lang;
import org.dupscan.detect.NinthHeldOutSites.Template;

/**
 * The ninth held-out set, written blind for issue 11 in session 21: 270 pages on 9 hosts of kinds and
 * templates new to the project ({@link NinthHeldOutSites}), in six languages, written from a fixed seed in
 * two forms ({@link NinthHeldOutForms}), with every injected block labelled and the pages' own look-alikes
 * labelled as hard negatives.
 *
 * <p>Articles are assembled from each host's own sentences with per-page fillers, twelve of twenty per
 * page, so no two pages share a paragraph; only the injected blocks recur.
 */
final class NinthHeldOutCorpus {

  static final long SEED = 0x9_2026_1203L;
  static final int PAGES_PER_HOST = 30;
  static final int CLEAN_PER_HOST = 9;
  static final int THIN_PER_HOST = 2;
  /** The hosts that carry thin doorway pages. */
  static final Set<String> THIN_HOSTS = Set.of("sentierieborghi.example", "spoorpost.example",
      "cafetorradobairro.example");
  /** Sentences in an article: an intro and three paragraphs of three. */
  static final int SENTENCES = 12;
  static final int PER_PARAGRAPH = 3;

  /** The kinds of label; the negative ones are the page's own text that looks like spam. */
  enum Kind {
    CAPTION(false), TITLE_REPEAT(false), SUMMARY_REPEAT(false), STUFFING(false),
    OWN_CAPTION(true), SPEC(true), OWN_CREDIT(true), BREADCRUMB(true), RECIPE_NAME(true), RELATED(true);

    private final boolean negative;

    Kind(boolean negative) {
      this.negative = negative;
    }

    boolean negative() {
      return negative;
    }
  }

  /** Styles of injected captions. */
  enum Style {
    /** Spinner output: a stock description with synonyms swapped in ("Joyful aged gentleman ..."). */
    SPUN,
    /** An image generator's prompt: a scene with rendering words ("..., photorealistic, 8k"). */
    PROMPT,
    /** Keyword phrases in a comma list, as a keyword-stuffed alt. */
    KEYWORD_ALT,
    /** A stock agency's credit with an image number or reference, with or without a description. */
    STOCK_ID,
    /** A camera's, stock agency's or CMS's file name with its extension. */
    FILE_NAME,
    /** A stock description in the page's own language (hosts not in English). */
    LOCAL_LANGUAGE
  }

  /** How the title comes back in the body. */
  enum Repeat { AFTER_CAPTION, UPPER_CASE, YEAR_ADDED, SITE_NAME, WORD_SWAPPED }

  /** How a summary restates the article. */
  enum Restate {
    /** A "key points" list of one sentence from each of four paragraphs. */
    KEY_POINTS,
    /** Questions whose answers are two of the body's paragraphs word for word. */
    FAQ,
    /** A closing paragraph: a lead-in and the intro's sentences in reverse order. */
    RECAP_REVERSED,
    /** The intro paragraph as an excerpt above the article. */
    LEAD_EXCERPT
  }

  /** Shapes of keyword stuffing. */
  enum Stuff {
    HASHTAGS, STUFFED_PARAGRAPH, KEYWORD_HEADINGS, PLACE_LIST
  }

  /** A labelled element: its kind, text, variant (style, shape) and, for captions, placement. */
  record Label(Kind kind, String text, String variant, Placement placement) implements HeldOutScoring.PageLabel {
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

  /** A page with its labels. */
  static final class Page implements HeldOutScoring.LabelledPage<Label> {
    final String key;
    final Host host;
    final String title;
    final List<Label> labels = new ArrayList<>();
    boolean thin;
    String html;
    String text;

    Page(String key, Host host, String title) {
      this.key = key;
      this.host = host;
      this.title = title;
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

    boolean has(Kind k) {
      return labels.stream().anyMatch(l -> l.kind() == k);
    }
  }

  final Map<String, Page> pages = new TreeMap<>();
  /** Round-robin counters over the whole set, so that every style, placement and shape is present. */
  private int styleTurn;
  private int placementTurn;
  private int repeatTurn;
  private int restateTurn;
  private int stuffTurn;

  NinthHeldOutCorpus(long seed) {
    for (int h = 0; h < NinthHeldOutSites.HOSTS.size(); h++) {
      generate(NinthHeldOutSites.HOSTS.get(h), new Random(seed * 31 + h));
    }
  }

  /** Writes the text form under {@code textDir} and the HTML form under {@code htmlDir}, by host. */
  NinthHeldOutCorpus write(Path textDir, Path htmlDir) throws IOException {
    for (Page p : pages.values()) {
      Path t = textDir.resolve(p.key + ".txt");
      Path h = htmlDir.resolve(p.key + ".html");
      Files.createDirectories(t.getParent());
      Files.createDirectories(h.getParent());
      Files.writeString(t, p.text, StandardCharsets.UTF_8);
      Files.writeString(h, p.html, StandardCharsets.UTF_8);
    }
    return this;
  }

  /** Labels by kind, and by kind and variant or placement ("CAPTION SPUN", "CAPTION placed FIGCAPTION"). */
  Map<String, Integer> counts() {
    Map<String, Integer> counts = new TreeMap<>();
    for (Page p : pages.values()) {
      for (Label l : p.labels) {
        counts.merge(l.kind().name(), 1, Integer::sum);
        if (l.variant() != null) {
          counts.merge(l.kind().name() + " " + l.variant(), 1, Integer::sum);
        }
        if (l.placement() != null) {
          counts.merge(l.kind().name() + " placed " + l.placement(), 1, Integer::sum);
        }
      }
    }
    return counts;
  }

  // ---- Generation -------------------------------------------------------------------------------------

  /** The HTML blocks of one page's article, in order. */
  private static final class Article {
    final StringBuilder html = new StringBuilder();

    Article add(String block) {
      html.append(block).append('\n');
      return this;
    }
  }

  private void generate(Host host, Random r) {
    List<String> titles = new ArrayList<>();
    List<String[]> titlePairs = new ArrayList<>();
    List<String> subjects = new ArrayList<>();
    for (String subject : host.subjects()) {
      for (String[] pair : host.titles()) {
        String title = cap(contract(host.lang(), pair[0].replace("{S}", subject)));
        titles.add(title);
        titlePairs.add(new String[] {title, cap(contract(host.lang(), pair[1].replace("{S}", subject)))});
        subjects.add(subject);
      }
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < PAGES_PER_HOST; i++) {
      order.add(i);
    }
    Collections.shuffle(order, r);
    List<Integer> roles = new ArrayList<>(); // 0 clean, 1 thin, 2 spam
    for (int i = 0; i < PAGES_PER_HOST; i++) {
      roles.add(i < CLEAN_PER_HOST ? 0 : i < CLEAN_PER_HOST + (THIN_HOSTS.contains(host.name()) ? THIN_PER_HOST : 0) ? 1 : 2);
    }
    Collections.shuffle(roles, r);
    List<String> pool = injectedPool(host, r);
    List<String> pageTitles = new ArrayList<>();
    for (int i = 0; i < PAGES_PER_HOST; i++) {
      pageTitles.add(titles.get(order.get(i)));
    }
    for (int i = 0; i < PAGES_PER_HOST; i++) {
      int t = order.get(i);
      String slug = String.format(Locale.ROOT, "%02d-", i + 1) + slug(subjects.get(t)) + "-" + (t % host.titles().size() + 1);
      Page p = new Page(host.name() + "/" + slug, host, titles.get(t));
      p.thin = roles.get(i) == 1;
      build(p, host, r, subjects.get(t), titlePairs.get(t)[1], roles.get(i) == 2, pool, pageTitles, i);
      pages.put(p.key, p);
    }
  }

  /** The injected captions of a host by style: each recurs across the host's pages. */
  private List<String> injectedPool(Host host, Random r) {
    List<String> pool = new ArrayList<>();
    Style[] styles = Style.values();
    for (Style s : styles) {
      for (int k = 0; k < 2; k++) {
        String text = switch (s) {
          case SPUN -> host.spun().get(k);
          case PROMPT -> cap(host.scenes().get(k)) + PROMPT_TAILS.get((k + host.name().length()) % PROMPT_TAILS.size());
          case KEYWORD_ALT -> keywordAlt(host, k);
          case STOCK_ID -> stockId(host, k, r);
          case FILE_NAME -> fileName(host, k, r);
          case LOCAL_LANGUAGE -> host.local().isEmpty() ? null : host.local().get(k);
        };
        pool.add(text == null ? null : s.name() + "\t" + text);
      }
    }
    return pool;
  }

  static final List<String> PROMPT_TAILS = List.of(", photorealistic, soft natural light, 8k, highly detailed",
      ", ultra realistic, cinematic lighting, shallow depth of field, 35mm",
      ", hyperrealistic photo, golden hour, sharp focus, trending on artstation",
      ", realistic stock photo style, bright and airy, 4k");

  private static String keywordAlt(Host host, int k) {
    List<String> kw = host.keywords();
    return k == 0 ? kw.get(0) + ", " + kw.get(1) + ", " + kw.get(0) + " 2026, " + kw.get(2)
        : kw.get(2) + " - " + kw.get(1) + " - best " + kw.get(0) + " - " + host.slug() + " ideas";
  }

  private static String stockId(Host host, int k, Random r) {
    String scene = cap(host.scenes().get(1 - k));
    int shape = (host.name().length() + k) % 4;
    return switch (shape) {
      case 0 -> scene + " – Depositphotos ID " + (10_000_000 + r.nextInt(89_999_999));
      case 1 -> "© " + NAMES.get(r.nextInt(NAMES.size())) + " | Dreamstime.com, image no. " + (100_000_000 + r.nextInt(99_999_999));
      case 2 -> scene + " (Alamy Stock Photo, ref. 2" + (char) ('A' + r.nextInt(26)) + (char) ('A' + r.nextInt(26))
          + (1000 + r.nextInt(8999)) + ")";
      default -> "123RF Stock Photo / " + NAMES.get(r.nextInt(NAMES.size())).toLowerCase(Locale.ROOT).replace(' ', '_')
          + (10 + r.nextInt(89)) + ", standard licence";
    };
  }

  static final List<String> NAMES = List.of("Elena Kovac", "Dmitri Volkov", "Ana Lucia Ferreira", "Jonas Brandt",
      "Mei Tanaka", "Oleksandr Petrenko", "Sarah Whitfield", "Kasia Nowak");

  private static String fileName(Host host, int k, Random r) {
    int shape = (host.name().length() * 3 + k) % 5;
    return switch (shape) {
      case 0 -> "shutterstock_" + (1_000_000_000L + r.nextInt(999_999_999)) + ".jpg";
      case 1 -> host.scenes().get(k).replace(' ', '-') + "-scaled-1-1024x683.jpg";
      case 2 -> String.format(Locale.ROOT, "IMG_2026%02d%02d_%02d%02d%02d.jpg", 1 + r.nextInt(12), 1 + r.nextInt(28),
          r.nextInt(24), r.nextInt(60), r.nextInt(60));
      case 3 -> "pexels-" + NAMES.get(r.nextInt(NAMES.size())).toLowerCase(Locale.ROOT).replace(' ', '-') + "-"
          + (1_000_000 + r.nextInt(8_999_999)) + ".jpeg";
      default -> String.format(Locale.ROOT, "DSC0%04d-edit-%d.webp", r.nextInt(10000), 1 + r.nextInt(3));
    };
  }

  private void build(Page p, Host host, Random r, String subject, String swapped, boolean spam, List<String> pool,
      List<String> pageTitles, int index) {
    Lang lang = host.language();
    List<String> sentences = new ArrayList<>(host.sentences());
    Collections.shuffle(sentences, r);
    List<String> filled = new ArrayList<>();
    for (String s : sentences.subList(0, SENTENCES)) {
      filled.add(fill(s, host, subject, r));
    }
    List<List<String>> paras = new ArrayList<>();
    for (int i = 0; i < SENTENCES; i += PER_PARAGRAPH) {
      paras.add(filled.subList(i, i + PER_PARAGRAPH));
    }
    List<String> paraText = paras.stream().map(s -> String.join(" ", s)).toList();

    // What the page carries.
    int captions = 0;
    Repeat repeat = null;
    Restate restate = null;
    Stuff stuff = null;
    if (spam) {
      captions = r.nextDouble() < 0.75 ? (r.nextDouble() < 0.35 ? 2 : 1) : 0;
      repeat = r.nextDouble() < 0.4 ? Repeat.values()[repeatTurn++ % Repeat.values().length] : null;
      restate = r.nextDouble() < 0.32 ? Restate.values()[restateTurn++ % Restate.values().length] : null;
      stuff = r.nextDouble() < 0.3 ? Stuff.values()[stuffTurn++ % Stuff.values().length] : null;
      if (captions == 0 && repeat == null && restate == null && stuff == null) {
        captions = 1;
      }
      if (repeat == Repeat.AFTER_CAPTION && captions == 0) {
        captions = 1;
      }
    }
    boolean ownFigure = host.template() == Template.NEWS ? r.nextDouble() < 0.7 : r.nextDouble() < (spam ? 0.3 : 0.67);

    if (p.thin) {
      thin(p, host, r, subject, pool, pageTitles, index);
      return;
    }
    Article a = new Article();
    // Above the article: an excerpt restating the intro.
    if (restate == Restate.LEAD_EXCERPT) {
      a.add(excerpt(host, paraText.get(0)));
      p.labels.add(new Label(Kind.SUMMARY_REPEAT, paraText.get(0), restate.name(), null));
    }
    List<String> headings = new ArrayList<>();
    if (stuff == Stuff.KEYWORD_HEADINGS) {
      String k = keyword(host, r);
      for (int i = 0; i < 3; i++) {
        headings.add(cap(k + " " + lang.headingModifiers().get((i * 2 + index) % lang.headingModifiers().size())));
      }
      p.labels.add(new Label(Kind.STUFFING, headings.get(0), stuff.name(), null));
    }
    a.add("<p>" + esc(paraText.get(0)) + "</p>");
    heading(a, headings, 0);
    a.add("<p>" + esc(paraText.get(1)) + "</p>");
    if (ownFigure) {
      ownFigure(a, p, host, r);
    }
    if (captions >= 1) {
      caption(a, p, host, r, pool);
    }
    if (repeat == Repeat.AFTER_CAPTION) {
      a.add("<p>" + esc(p.title) + "</p>");
      p.labels.add(new Label(Kind.TITLE_REPEAT, p.title, repeat.name(), null));
    }
    heading(a, headings, 1);
    a.add("<p>" + esc(paraText.get(2)) + "</p>");
    if (repeat != null && repeat != Repeat.AFTER_CAPTION) {
      String t = switch (repeat) {
        case UPPER_CASE -> p.title.toUpperCase(Locale.forLanguageTag(host.lang()));
        case YEAR_ADDED -> p.title + List.of(" (2026)", " – 2026", " · updated 2026").get(index % 3);
        case SITE_NAME -> index % 2 == 0 ? p.title + " | " + host.site() : host.site() + ": " + p.title;
        case WORD_SWAPPED -> swapped;
        default -> throw new IllegalStateException();
      };
      String tag = switch (repeat) {
        case UPPER_CASE, WORD_SWAPPED -> "h2";
        case YEAR_ADDED -> "h3";
        default -> "p";
      };
      a.add("<" + tag + ">" + (tag.equals("p") ? "<strong>" + esc(t) + "</strong>" : esc(t)) + "</" + tag + ">");
      p.labels.add(new Label(Kind.TITLE_REPEAT, t, repeat.name(), null));
    }
    if (captions >= 2) {
      caption(a, p, host, r, pool);
    }
    heading(a, headings, 2);
    a.add("<p>" + esc(paraText.get(3)) + "</p>");
    if (stuff == Stuff.STUFFED_PARAGRAPH) {
      String k = keyword(host, r);
      List<String> ss = new ArrayList<>();
      for (String s : lang.stuffedSentences()) {
        ss.add(cap(s.replace("{K}", k)));
      }
      String text = String.join(" ", ss);
      a.add("<p>" + esc(text) + "</p>");
      p.labels.add(new Label(Kind.STUFFING, text, stuff.name(), null));
    }
    if (restate != null && restate != Restate.LEAD_EXCERPT) {
      switch (restate) {
        case KEY_POINTS -> {
          StringBuilder ul = new StringBuilder("<h2>" + esc(lang.keyPoints()) + "</h2>\n<ul class=\"key-points\">");
          for (List<String> ps : paras) {
            ul.append("<li>").append(esc(ps.get(0))).append("</li>");
          }
          a.add(ul.append("</ul>").toString());
          p.labels.add(new Label(Kind.SUMMARY_REPEAT, paras.get(0).get(0), restate.name(), null));
        }
        case FAQ -> {
          a.add("<h2>" + esc(lang.faq()) + "</h2>");
          a.add("<h3>" + esc(cap(contract(host.lang(), lang.questions().get(index % 3).replace("{S}", subject)))) + "</h3>");
          a.add("<p>" + esc(paraText.get(2)) + "</p>");
          a.add("<h3>" + esc(cap(contract(host.lang(), lang.questions().get((index + 1) % 3).replace("{S}", subject))))
              + "</h3>");
          a.add("<p>" + esc(paraText.get(1)) + "</p>");
          p.labels.add(new Label(Kind.SUMMARY_REPEAT, paraText.get(2), restate.name(), null));
        }
        case RECAP_REVERSED -> {
          List<String> rev = new ArrayList<>(paras.get(0));
          Collections.reverse(rev);
          String text = lang.recap() + " " + String.join(" ", rev);
          a.add("<p>" + esc(text) + "</p>");
          p.labels.add(new Label(Kind.SUMMARY_REPEAT, text, restate.name(), null));
        }
        default -> throw new IllegalStateException();
      }
    }
    if (stuff == Stuff.HASHTAGS || stuff == Stuff.PLACE_LIST) {
      String text = stuff == Stuff.HASHTAGS ? hashtags(host, r) : placeList(host, r);
      a.add("<p>" + esc(text) + "</p>");
      p.labels.add(new Label(Kind.STUFFING, text, stuff.name(), null));
    }
    if (host.template() == Template.RECIPE) {
      recipeCard(a, p, host, r);
    }
    assemble(p, host, r, a, pageTitles, index, false);
  }

  private static void heading(Article a, List<String> headings, int i) {
    if (i < headings.size()) {
      a.add("<h2>" + esc(headings.get(i)) + "</h2>");
    }
  }

  private void thin(Page p, Host host, Random r, String subject, List<String> pool, List<String> pageTitles,
      int index) {
    Lang lang = host.language();
    Article a = new Article();
    a.add("<p>" + esc(lang.thin() + " " + fill(host.sentences().get(index % host.sentences().size()), host, subject, r))
        + "</p>");
    String[] c = pick(pool, r);
    Placement pl = index % 2 == 0 ? Placement.PARAGRAPH : Placement.ALT_ONLY;
    a.add(NinthHeldOutForms.figure(host, src(host, r), c[1], pl));
    p.labels.add(new Label(Kind.CAPTION, c[1], c[0], pl));
    Stuff s = index % 2 == 0 ? Stuff.PLACE_LIST : Stuff.HASHTAGS;
    String text = s == Stuff.HASHTAGS ? hashtags(host, r) : placeList(host, r);
    a.add("<p>" + esc(text) + "</p>");
    p.labels.add(new Label(Kind.STUFFING, text, s.name(), null));
    assemble(p, host, r, a, pageTitles, index, true);
  }

  private static String[] pick(List<String> pool, Random r) {
    String e;
    do {
      e = pool.get(r.nextInt(pool.size()));
    } while (e == null);
    return e.split("\t", 2);
  }

  /** An injected caption: style and placement in turn over the set, the text from the host's pool. */
  private void caption(Article a, Page p, Host host, Random r, List<String> pool) {
    Style style;
    String entry;
    do {
      style = Style.values()[styleTurn++ % Style.values().length];
      entry = pool.get(style.ordinal() * 2);
    } while (entry == null);
    int k = r.nextInt(2);
    String text = pool.get(style.ordinal() * 2 + k).split("\t", 2)[1];
    String first = text;
    if (p.labels.stream().anyMatch(l -> l.kind() == Kind.CAPTION && l.text().equals(first))) {
      text = pool.get(style.ordinal() * 2 + 1 - k).split("\t", 2)[1];
    }
    Placement pl = Placement.values()[placementTurn++ % Placement.values().length];
    a.add(NinthHeldOutForms.figure(host, src(host, r), text, pl));
    p.labels.add(new Label(Kind.CAPTION, text, style.name(), pl));
  }

  /** The site's own figure: an on-topic caption, a product spec or a photographer's credit. */
  private static void ownFigure(Article a, Page p, Host host, Random r) {
    boolean spec = !host.specs().isEmpty() && r.nextBoolean();
    String text = spec ? host.specs().get(r.nextInt(host.specs().size()))
        : host.ownCaptions().get(r.nextInt(host.ownCaptions().size()));
    Placement pl = r.nextInt(3) == 0 ? Placement.BELOW : Placement.FIGCAPTION;
    a.add(NinthHeldOutForms.figure(host, src(host, r), text, pl));
    Kind kind = spec ? Kind.SPEC : host.template() == Template.NEWS ? Kind.OWN_CREDIT : Kind.OWN_CAPTION;
    p.labels.add(new Label(kind, text, null, pl));
  }

  static final List<String> RECIPE_STEPS = List.of("Bland de tørre ingredienser i en stor skål.",
      "Smelt smørret, og rør det sammen med mælken.", "Ælt dejen i {N} minutter, til den er blank og smidig.",
      "Lad dejen hæve tildækket i {N} minutter.", "Form dejen, og læg den på en plade med bagepapir.",
      "Bag ved {N} grader i cirka {N} minutter.");

  /** A recipe plugin's card: its name is the page's title (a hard negative), then lists and a table. */
  private static void recipeCard(Article a, Page p, Host host, Random r) {
    StringBuilder b = new StringBuilder("<div class=\"wprm-recipe-container\" id=\"recipe\"><div class=\"wprm-recipe\">");
    b.append("<h2 class=\"wprm-recipe-name\">").append(esc(p.title)).append("</h2>");
    b.append("<h3 class=\"wprm-recipe-group-name\">Ingredienser</h3><ul class=\"wprm-recipe-ingredients\">");
    for (int i = 0; i < 4; i++) {
      b.append("<li class=\"wprm-recipe-ingredient\">").append(50 * (1 + r.nextInt(10))).append(" g ")
          .append(esc(host.things().get((i + p.key.length()) % host.things().size()))).append("</li>");
    }
    b.append("</ul><h3 class=\"wprm-recipe-group-name\">Fremgangsmåde</h3><ol class=\"wprm-recipe-instructions\">");
    for (String step : RECIPE_STEPS) {
      b.append("<li class=\"wprm-recipe-instruction\">").append(esc(step.replace("{N}", String.valueOf(5 + r.nextInt(200)))))
          .append("</li>");
    }
    b.append("</ol><h3 class=\"wprm-recipe-group-name\">Næringsindhold</h3><div class=\"wprm-nutrition-container\">")
        .append("Kalorier: ").append(150 + r.nextInt(300)).append(" kcal | Kulhydrater: ").append(10 + r.nextInt(60))
        .append(" g | Fedt: ").append(2 + r.nextInt(30)).append(" g</div></div></div>");
    a.add(b.toString());
    p.labels.add(new Label(Kind.RECIPE_NAME, p.title, null, null));
  }

  private static String excerpt(Host host, String text) {
    return switch (host.template()) {
      case DRUPAL -> "<div class=\"field field--name-field-summary\"><p>" + esc(text) + "</p></div>";
      case SUBSTACK -> "<h3 class=\"subtitle\">" + esc(text) + "</h3>";
      case WIX -> "<p data-hook=\"post-excerpt\"><em>" + esc(text) + "</em></p>";
      default -> "<p class=\"excerpt\"><em>" + esc(text) + "</em></p>";
    };
  }

  private static String keyword(Host host, Random r) {
    return host.keywords().get(r.nextInt(host.keywords().size()));
  }

  private static String hashtags(Host host, Random r) {
    String k = keyword(host, r);
    String[] words = k.split(" ");
    List<String> tags = new ArrayList<>();
    tags.add(k.replace(" ", ""));
    for (String w : words) {
      tags.add(w);
    }
    for (int i = 0; i + 1 < words.length; i++) {
      tags.add(words[i] + words[i + 1]);
    }
    tags.add(k.replace(" ", "") + "2026");
    for (String other : host.keywords()) {
      if (!other.equals(k)) {
        tags.add(other.replace(" ", ""));
      }
    }
    tags.add(host.slug());
    tags.add(host.slug() + "lovers");
    tags.add(host.slug() + "tips");
    StringBuilder b = new StringBuilder();
    for (String t : new java.util.LinkedHashSet<>(tags)) {
      b.append(b.length() == 0 ? "" : " ").append('#').append(t);
    }
    return b.toString();
  }

  private static String placeList(Host host, Random r) {
    String k = keyword(host, r);
    List<String> items = new ArrayList<>();
    for (String city : host.cities()) {
      items.add(k + " " + city);
    }
    return host.language().deliverTo() + " " + String.join(", ", items);
  }

  /** The template's chrome around the article: header, breadcrumb, heading, byline; related titles after. */
  private static void assemble(Page p, Host host, Random r, Article a, List<String> titles, int index, boolean thin) {
    Lang lang = host.language();
    StringBuilder top = new StringBuilder();
    String person = host.people().get(r.nextInt(host.people().size()));
    String date = host.lang().equals("en") ? (1 + r.nextInt(28)) + " " + MONTHS.get(r.nextInt(12)) + " 2026"
        : (1 + r.nextInt(28)) + "." + (1 + r.nextInt(12)) + ".2026";
    String t = esc(p.title);
    String crumb = null;
    switch (host.template()) {
      case DRUPAL -> {
        top.append("<header role=\"banner\"><div class=\"site-branding\"><a href=\"/\" rel=\"home\">")
            .append(esc(host.site())).append("</a></div></header>\n")
            .append("<nav class=\"breadcrumb\" role=\"navigation\" aria-labelledby=\"system-breadcrumb\"><ol><li><a href=\"/\">")
            .append(lang.home()).append("</a></li><li><a href=\"/news\">News</a></li><li>").append(t).append("</li></ol></nav>\n")
            .append("<main><h1 class=\"page-title\"><span class=\"field field--name-title\">").append(t)
            .append("</span></h1>\n<div class=\"node__meta\">Submitted by ").append(esc(person)).append(" on ")
            .append(date).append("</div>\n<div class=\"field field--name-body\">\n");
        crumb = p.title;
      }
      case JOOMLA -> {
        top.append("<div class=\"header\"><a class=\"brand\" href=\"/\">").append(esc(host.site())).append("</a></div>\n")
            .append("<div class=\"breadcrumbs\">Sei qui: <a href=\"/\">Home</a> » <a href=\"/escursioni\">Escursioni</a> » <span>")
            .append(t).append("</span></div>\n<div class=\"item-page\"><div class=\"page-header\"><h1 itemprop=\"headline\">")
            .append(t).append("</h1></div>\n<div class=\"article-info\">Scritto da ").append(esc(person)).append(" · Pubblicato: ")
            .append(date).append("</div>\n<div itemprop=\"articleBody\">\n");
        crumb = "Sei qui: Home » Escursioni » " + p.title;
      }
      case WIX -> top.append("<div id=\"SITE_HEADER\"><div data-testid=\"richTextElement\"><p>").append(esc(host.site()))
          .append("</p></div></div>\n<div data-hook=\"post-page\"><article><h1 data-hook=\"post-title\">").append(t)
          .append("</h1>\n<div data-hook=\"post-metadata\">").append(esc(person)).append(" · ").append(date)
          .append(" · ").append(2 + r.nextInt(6)).append(" min de lecture</div>\n<div data-hook=\"post-description\">\n");
      case SUBSTACK -> top.append("<div class=\"navbar\"><a class=\"navbar-title-link\" href=\"/\">").append(esc(host.site()))
          .append("</a></div>\n<article class=\"post\"><div class=\"post-header\"><h1 class=\"post-title\">").append(t)
          .append("</h1>\n<div class=\"post-meta\">").append(esc(person)).append(" · ").append(date)
          .append("</div></div>\n<div class=\"available-content\"><div class=\"body markup\">\n");
      case HUGO -> top.append("<header><div class=\"site-title\"><a href=\"/\">").append(esc(host.site()))
          .append("</a></div></header>\n<main><article><h1>").append(t).append("</h1>\n<div class=\"post-meta\">")
          .append(date).append(" · ").append(esc(person)).append(" · ").append(3 + r.nextInt(9))
          .append(" min read</div>\n<div class=\"post-content\">\n");
      case WOOCOMMERCE, RECIPE -> {
        String blog = host.template() == Template.RECIPE ? "Opskrifter" : "Blog";
        String sep = host.template() == Template.RECIPE ? " » " : " / ";
        top.append("<header id=\"masthead\" class=\"site-header\"><div class=\"site-title\"><a href=\"/\">")
            .append(esc(host.site())).append("</a></div></header>\n<nav class=\"woocommerce-breadcrumb\"><div>")
            .append("<a href=\"/\">").append(lang.home()).append("</a>").append(sep).append("<a href=\"/blog\">").append(blog)
            .append("</a>").append(sep).append(t).append("</div></nav>\n<article class=\"post type-post\"><h1 class=\"entry-title\">")
            .append(t).append("</h1>\n<div class=\"entry-meta\">").append(esc(contract(host.lang(), lang.by() + " " + person))).append(" · ")
            .append(date).append("</div>\n");
        if (host.template() == Template.RECIPE && !thin) {
          top.append("<div class=\"wprm-recipe-snippet\"><a href=\"#recipe\">Hop til opskrift</a></div>\n");
        }
        top.append("<div class=\"entry-content\">\n");
        crumb = lang.home() + sep + blog + sep + p.title;
      }
      case AMP -> top.append("<header class=\"amp-wp-header\"><div><a href=\"/\">").append(esc(host.site()))
          .append("</a></div></header>\n<amp-sidebar id=\"sidebar\" layout=\"nodisplay\"><ul><li><a href=\"/\">")
          .append(lang.home()).append("</a></li><li><a href=\"/chaty\">Chaty</a></li><li><a href=\"/trasy\">Trasy</a></li></ul></amp-sidebar>\n")
          .append("<article class=\"amp-wp-article\"><h1 class=\"amp-wp-title\">").append(t)
          .append("</h1>\n<div class=\"amp-wp-meta\">").append(lang.by()).append(' ').append(esc(person)).append(" · ")
          .append(date).append("</div>\n<div class=\"amp-wp-article-content\">\n");
      case NEWS -> top.append("<header class=\"masthead\"><div class=\"masthead__title\"><a href=\"/\">")
          .append(esc(host.site())).append("</a></div><div class=\"masthead__sections\"><a href=\"/news\">News</a> · ")
          .append("<a href=\"/sport\">Sport</a> · <a href=\"/whats-on\">What's on</a></div></header>\n")
          .append("<article class=\"story\"><h1 class=\"story__headline\">").append(t).append("</h1>\n<div class=\"story__byline\">By ")
          .append(esc(NEWS_REPORTERS.get(r.nextInt(NEWS_REPORTERS.size())))).append(", local democracy reporter · ").append(date)
          .append("</div>\n<div class=\"story__body\">\n");
    }
    if (crumb != null) {
      p.labels.add(new Label(Kind.BREADCRUMB, crumb, null, null));
    }
    // Other pages' titles: related lists, sidebars, older/newer links.
    List<String> others = new ArrayList<>();
    for (int k = 1; others.size() < 3; k++) {
      others.add(titles.get((index + k * 7) % titles.size()));
    }
    String prev = titles.get((index + titles.size() - 1) % titles.size());
    String next = titles.get((index + 1) % titles.size());
    StringBuilder after = new StringBuilder("</div>\n");
    List<String> related = new ArrayList<>(others);
    switch (host.template()) {
      case DRUPAL -> after.append("</main>\n<aside class=\"layout-sidebar-first\" role=\"complementary\"><div class=\"block\">")
          .append("<h2>Recent content</h2>").append(ul(others)).append("</div></aside>\n");
      case JOOMLA -> {
        after.append("<div class=\"relateditems\"><h3>").append(lang.related()).append("</h3>").append(ul(others))
            .append("</div>\n<ul class=\"pager pagenav\"><li class=\"previous\"><a href=\"#\">‹ ").append(lang.previous())
            .append(": ").append(esc(prev)).append("</a></li><li class=\"next\"><a href=\"#\">").append(lang.next())
            .append(": ").append(esc(next)).append(" ›</a></li></ul></div>\n");
        related.add(prev);
        related.add(next);
      }
      case WIX -> after.append("</article>\n<section data-hook=\"recent-posts\"><h2>").append(lang.related())
          .append("</h2>").append(divs(others)).append("</section>\n<div data-hook=\"newsletter\"><p>Abonnez-vous à notre lettre")
          .append(" pour recevoir nos conseils de saison.</p></div></div>\n");
      case SUBSTACK -> after.append("</div>\n<div class=\"subscribe-widget\"><p>Abonneer gratis op ").append(esc(host.site()))
          .append(" en ontvang elke vrijdag een nieuwe brief.</p></div>\n</article>\n<div class=\"post-footer\"><h3>")
          .append(lang.related()).append(' ').append(esc(host.site())).append("</h3>").append(divs(others)).append("</div>\n");
      case HUGO -> {
        after.append("</article>\n<nav class=\"post-nav\"><div class=\"prev\"><a href=\"#\">← Older: ").append(esc(prev))
            .append("</a></div><div class=\"next\"><a href=\"#\">Newer: ").append(esc(next)).append(" →</a></div></nav></main>\n");
        related.clear();
        related.add(prev);
        related.add(next);
      }
      case WOOCOMMERCE, RECIPE -> after.append("</article>\n<section class=\"related-posts\"><h2>").append(lang.related())
          .append("</h2>").append(ul(others)).append("</section>\n");
      case AMP -> after.append("</article>\n<section class=\"amp-wp-related\"><h2>").append(lang.related()).append("</h2>")
          .append(ul(others)).append("</section>\n");
      case NEWS -> {
        List<String> most = new ArrayList<>(others);
        most.add(next);
        after.append("</article>\n<aside class=\"most-read\"><h2>Most read</h2><ol>");
        for (String o : most) {
          after.append("<li><a href=\"#\">").append(esc(o)).append("</a></li>");
        }
        after.append("</ol></aside>\n");
        related.add(next);
      }
    }
    after.append("<footer><div>© 2026 ").append(esc(host.site())).append(" · <a href=\"/contact\">Contact</a></div></footer>");
    for (String o : new java.util.LinkedHashSet<>(related)) {
      p.labels.add(new Label(Kind.RELATED, o, null, null));
    }
    p.html = NinthHeldOutForms.page(host, p.title, host.lang(), top.toString(), a.html.toString(), after.toString());
    p.text = NinthHeldOutForms.text(p.title, p.html);
  }

  static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July", "August",
      "September", "October", "November", "December");
  static final List<String> NEWS_REPORTERS = List.of("Lowenna Jago", "Mark Penhale", "Bethany Tonkin");

  private static String ul(List<String> items) {
    StringBuilder b = new StringBuilder("<ul>");
    for (String i : items) {
      b.append("<li><a href=\"#\">").append(esc(i)).append("</a></li>");
    }
    return b.append("</ul>").toString();
  }

  private static String divs(List<String> items) {
    StringBuilder b = new StringBuilder();
    for (String i : items) {
      b.append("<div class=\"post-preview\"><a href=\"#\">").append(esc(i)).append("</a></div>");
    }
    return b.toString();
  }

  private static String src(Host host, Random r) {
    String stem = switch (host.template()) {
      case DRUPAL -> "/sites/default/files/2026-0" + (1 + r.nextInt(9)) + "/plot_" + (100 + r.nextInt(900)) + ".jpg";
      case JOOMLA -> "/images/articoli/foto" + (10 + r.nextInt(90)) + ".jpg";
      case WIX -> "https://static.wixstatic.com/media/" + hex(r, 6) + "_" + hex(r, 8) + "~mv2.jpg";
      case SUBSTACK -> "https://substackcdn.com/image/fetch/w_1456/" + hex(r, 8) + ".jpg";
      case HUGO -> "/images/obs-" + (1000 + r.nextInt(9000)) + ".jpg";
      case WOOCOMMERCE, RECIPE, AMP -> "/wp-content/uploads/2026/0" + (1 + r.nextInt(9)) + "/foto-" + (100 + r.nextInt(900))
          + "-1024x683.jpg";
      case NEWS -> "/media/photos/hg" + (10000 + r.nextInt(90000)) + ".jpg";
    };
    return stem;
  }

  private static String hex(Random r, int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(Character.forDigit(r.nextInt(16), 16));
    }
    return b.toString();
  }

  private static String fill(String s, Host host, String subject, Random r) {
    String out = s.replace("{S}", subject);
    while (out.contains("{N}")) {
      out = out.replaceFirst("\\{N\\}", String.valueOf(3 + r.nextInt(95)));
    }
    out = out.replace("{H}", String.valueOf(5 + r.nextInt(6))).replace("{P}", host.people().get(r.nextInt(host.people().size())))
        .replace("{L}", host.places().get(r.nextInt(host.places().size())))
        .replace("{T}", host.things().get(r.nextInt(host.things().size())));
    return cap(contract(host.lang(), out));
  }

  /** Italian and Portuguese join a preposition and an article ("a il" is "al", "de o" is "do"). */
  static String contract(String lang, String s) {
    String[][] pairs = switch (lang) {
      case "it" -> new String[][] {{" a il ", " al "}, {" a la ", " alla "}, {" a l'", " all'"}, {" a i ", " ai "},
          {" a le ", " alle "}, {" su il ", " sul "}, {" su la ", " sulla "}, {" su l'", " sull'"}, {" su i ", " sui "},
          {" su le ", " sulle "}, {" di il ", " del "}, {" di la ", " della "}};
      case "pt" -> new String[][] {{" de o ", " do "}, {" de a ", " da "}, {" de os ", " dos "}, {" de as ", " das "},
          {"Por o ", "Por "}, {"Por a ", "Por "}, {" em o ", " no "}, {" em a ", " na "}};
      default -> new String[0][];
    };
    String out = s;
    for (String[] p : pairs) {
      out = out.replace(p[0], p[1]);
    }
    return out;
  }

  static String cap(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }

  private static String slug(String s) {
    String n = java.text.Normalizer.normalize(s.toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "").replace("'", "");
    return n.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
  }

  private static String esc(String s) {
    return NinthHeldOutForms.esc(s);
  }
}
