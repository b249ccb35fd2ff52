package org.dupscan.detect;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.dupscan.detect.SeventhHeldOutSites.Host;
import org.dupscan.detect.SeventhHeldOutSites.Layout;

/**
 * The seventh held-out set for issue 11: 8 hosts x 30 pages (a recipe blog, an Italian regional news site
 * in AMP-like markup, a tool-review farm, a home-brewing forum, a Dutch travel diary, a pet-care site, a
 * Portuguese gardening blog and a French bicycle workshop), each page written in two forms (a w3m-style
 * text dump and the HTML page with its site template), with every piece of injected spam labelled.
 *
 * <p>It was written without reading the detectors, their documentation or the earlier sets' generators
 * (only {@link HeldOutScan}, {@code SixthHeldOutTest} for how a set is scored, the README and three real
 * spam pages for what the spam looks like). Spam is what the real pages show: stock-photo captions
 * injected between paragraphs, the page's title standing again in the body, a summary restating the
 * page, keyword stuffing and thin doorway pages. Precision is tested by a third of each host's pages
 * carrying no spam at all, by on-topic figure captions, by titles in breadcrumbs and forum subjects, and
 * by quoted forum posts; these are labelled as negatives.
 */
final class SeventhHeldOutCorpus {

  static final long SEED = 0x5EED_7A11_0007L;
  static final int PAGES_PER_HOST = 30;

  /** What a label marks; the last three are hard negatives: text a detector must not report. */
  enum Kind {
    CAPTION, TITLE_REPEAT, SUMMARY_REPEAT, STUFFING, THIN, REAL_CAPTION, TITLE_IN_FURNITURE, QUOTED;

    boolean negative() {
      return ordinal() >= REAL_CAPTION.ordinal();
    }
  }

  /** How an injected caption is worded. */
  enum Style { STOCK, SCENE, CREDITED, FILE_NAME, LOCAL_LANGUAGE, KEYWORDS }

  /** Where a caption stands in the HTML form. */
  enum Placement { FIGCAPTION, WP_CAPTION_TEXT, ALT_ONLY, AMP_FIGURE, DIV_BELOW }

  /** How the title is re-inserted in the body. */
  enum Repeat { AFTER_CAPTION, BOLD_LINE, WITH_SITE_NAME, SUBHEADING }

  /** How a summary restates the page. */
  enum Restate { INTRO_AGAIN, IN_SHORT, TAKEAWAYS_BOX }

  /** How keywords are stuffed. */
  enum Stuff { IN_SENTENCES, TAG_LINE, BOTH }

  /** A labelled piece of a page: its kind, its text as it stands, and how it was written. */
  record Label(Kind kind, String text, String variant, Placement placement) implements HeldOutScoring.PageLabel {
    Style style() {
      return kind == Kind.CAPTION ? Style.valueOf(variant) : null;
    }

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

  /** Kinds of body block. */
  enum Type { P, H2, BOLD, UL, OL, IMAGE, GALLERY, QUOTE, TABLE, POST, BUTTON, BOX, FAQ }

  /**
   * A block of a page's body. {@code text} is its text (a caption for an image, the author line of a
   * post, the heading of a box or question of a FAQ); {@code items} the items of a list, table rows
   * (cells split by " | "), a box's or answer's paragraph, or a gallery's captions.
   */
  record Block(Type type, String text, List<String> items, String src, String alt, Placement placement) {
    static Block p(String text) {
      return new Block(Type.P, text, List.of(), null, null, null);
    }

    static Block of(Type type, String text) {
      return new Block(type, text, List.of(), null, null, null);
    }

    static Block list(Type type, String text, List<String> items) {
      return new Block(type, text, List.copyOf(items), null, null, null);
    }

    static Block image(String caption, String src, String alt, Placement placement) {
      return new Block(Type.IMAGE, caption, List.of(), src, alt, placement);
    }
  }

  /** One page. */
  static final class Page implements HeldOutScoring.LabelledPage<Label> {
    final String key;
    final Host host;
    final String title;
    final String subject;
    final String author;
    final LocalDate date;
    final List<Block> blocks = new ArrayList<>();
    final List<Label> labels = new ArrayList<>();
    final List<String> related = new ArrayList<>();
    /** The forum's phpBB style: every post under a subject line "Re: title". */
    boolean subjects;
    /** Sentence templates a forum thread has not used, for a spammer's reply. */
    final List<String> unused = new ArrayList<>();

    Page(String key, Host host, String title, String subject, String author, LocalDate date) {
      this.key = key;
      this.host = host;
      this.title = title;
      this.subject = subject;
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
    public List<Label> labels() {
      return labels;
    }

    @Override
    public boolean spam() {
      return labels.stream().anyMatch(l -> !l.kind().negative());
    }

    boolean has(Kind kind) {
      return labels.stream().anyMatch(l -> l.kind() == kind);
    }

    List<Label> captions() {
      return labels.stream().filter(l -> l.kind() == Kind.CAPTION).toList();
    }
  }

  private static final Map<Layout, List<String>> AUTHORS = Map.of(
      Layout.RECIPE, List.of("Bea Hollis"), Layout.REVIEW, List.of("Mike Dalton", "Sam Okoro"),
      Layout.PET, List.of("Rachel Finch", "Tom Avery"), Layout.FORUM, List.of("-"),
      Layout.AMP_NEWS, List.of("Giulia Ferrario", "Marco Bianchi", "Redazione"), Layout.DIARY, List.of("Noor"),
      Layout.GARDEN, List.of("Inês Martins"), Layout.WORKSHOP, List.of("Camille Roux", "Julien Garnier"));

  private static final List<String> FORUM_USERS = List.of("hopheadhenry", "maltmonkey", "kettle_kate", "yeastie_boy",
      "brewdad77", "sparge_and_sons", "fermentfred", "ale_wife", "grainfather_gus", "lagerlout");

  private static final List<String> SPAM_USERS = List.of("bestdeals_2026", "cheapkits4u", "supplyhub_store");

  private static final Map<Layout, List<Placement>> PLACEMENTS = Map.of(
      Layout.RECIPE, List.of(Placement.WP_CAPTION_TEXT, Placement.ALT_ONLY),
      Layout.AMP_NEWS, List.of(Placement.AMP_FIGURE, Placement.FIGCAPTION),
      Layout.REVIEW, List.of(Placement.ALT_ONLY, Placement.DIV_BELOW),
      Layout.FORUM, List.of(Placement.ALT_ONLY, Placement.DIV_BELOW),
      Layout.DIARY, List.of(Placement.FIGCAPTION, Placement.ALT_ONLY),
      Layout.PET, List.of(Placement.ALT_ONLY, Placement.FIGCAPTION),
      Layout.GARDEN, List.of(Placement.WP_CAPTION_TEXT, Placement.DIV_BELOW),
      Layout.WORKSHOP, List.of(Placement.FIGCAPTION, Placement.WP_CAPTION_TEXT));

  final long seed;
  /** Pages by key, in host then page order. */
  final Map<String, Page> pages = new LinkedHashMap<>();

  SeventhHeldOutCorpus(long seed) {
    this.seed = seed;
    for (int h = 0; h < SeventhHeldOutSites.HOSTS.size(); h++) {
      Host host = SeventhHeldOutSites.HOSTS.get(h);
      Random rng = new Random(seed * 31 + h);
      List<String> titles = new ArrayList<>();
      for (int i = 0; i < PAGES_PER_HOST; i++) {
        String subject = host.subjects().get(i);
        titles.add(fill(host.titles().get((i + h) % host.titles().size()), subject, host.lang().equals("en")
            && host.layout() != Layout.FORUM));
      }
      for (int i = 0; i < PAGES_PER_HOST; i++) {
        Page p = page(host, i, titles, rng);
        pages.put(p.key, p);
      }
    }
  }

  /** Writes each page's two forms under {@code text} and {@code html}, a folder per host. */
  SeventhHeldOutCorpus write(Path text, Path html) throws IOException {
    for (Page p : pages.values()) {
      Path t = text.resolve(p.key + ".txt");
      Path m = html.resolve(p.key + ".html");
      Files.createDirectories(t.getParent());
      Files.createDirectories(m.getParent());
      Files.writeString(t, SeventhHeldOutForms.text(p), StandardCharsets.UTF_8);
      Files.writeString(m, SeventhHeldOutForms.html(p), StandardCharsets.UTF_8);
    }
    return this;
  }

  // ---- One page ------------------------------------------------------------------------------------------

  private Page page(Host host, int i, List<String> titles, Random rng) {
    String subject = host.subjects().get(i);
    List<String> authors = AUTHORS.get(host.layout());
    Page p = new Page(host.name() + "/" + slug(subject), host, titles.get(i), subject,
        authors.get(rng.nextInt(authors.size())), LocalDate.of(2025, 1, 6).plusDays(rng.nextInt(640)));
    List<Integer> others = new ArrayList<>();
    for (int j = 0; j < PAGES_PER_HOST; j++) {
      if (j != i) {
        others.add(j);
      }
    }
    Collections.shuffle(others, rng);
    others.subList(0, 4).forEach(j -> p.related.add(titles.get(j)));
    boolean clean = i % 10 < 3;
    boolean figures = i % 10 == 1 || i % 10 == 2;
    if (breadcrumbHoldsTitle(host.layout())) {
      p.labels.add(new Label(Kind.TITLE_IN_FURNITURE, SeventhHeldOutForms.breadcrumb(p), "breadcrumb", null));
    }
    if (host.layout() == Layout.REVIEW && i % 10 == 9) {
      thin(p, rng);
      return p;
    }
    if (host.layout() == Layout.FORUM) {
      forum(p, rng, clean && i % 10 == 0 && i < 20);
    } else {
      article(p, rng);
    }
    if (p.subjects) {
      p.labels.add(new Label(Kind.TITLE_IN_FURNITURE, "Re: " + p.title, "post subject", null));
    }
    if (host.layout() == Layout.FORUM && clean && i % 10 == 0 && i < 20) {
      return p; // a short thread: thin, and clean
    }
    if (figures || (!clean && rng.nextDouble() < 0.35)) {
      realFigures(p, rng, figures ? 1 + rng.nextInt(2) : 1);
    }
    if (clean) {
      return p;
    }
    spam(p, rng);
    return p;
  }

  private static boolean breadcrumbHoldsTitle(Layout layout) {
    return layout == Layout.RECIPE || layout == Layout.REVIEW || layout == Layout.PET || layout == Layout.GARDEN
        || layout == Layout.WORKSHOP;
  }

  /** An article: prose paragraphs with the structure of the host's kind of site. */
  private void article(Page p, Random rng) {
    Host h = p.host;
    List<String> pool = new ArrayList<>(h.sentences());
    Collections.shuffle(pool, rng);
    int[] next = {0};
    Supplier<String> para = () -> {
      int n = 2 + (rng.nextDouble() < 0.4 && pool.size() - next[0] >= 14 ? 1 : 0);
      if (pool.size() - next[0] < n) {
        throw new IllegalStateException(p.key + ": sentences run out");
      }
      StringBuilder b = new StringBuilder();
      for (int k = 0; k < n; k++) {
        b.append(b.length() == 0 ? "" : " ").append(sentence(pool.get(next[0]++), p, rng));
      }
      return b.toString();
    };
    List<Block> b = p.blocks;
    switch (h.layout()) {
      case RECIPE -> {
        b.add(Block.p(para.get()));
        b.add(Block.p(para.get()));
        b.add(Block.p(para.get()));
        b.add(Block.of(Type.H2, "Tips for getting it right"));
        b.add(Block.p(para.get()));
        b.add(Block.p(para.get()));
        b.add(Block.of(Type.H2, "Ingredients"));
        b.add(Block.list(Type.UL, null, ingredients(h, rng)));
        b.add(Block.of(Type.H2, "Method"));
        b.add(Block.list(Type.OL, null, List.of("Prepare the " + pick(h.xs(), rng) + " and set everything out.",
            "Cook gently for " + (5 + rng.nextInt(20)) + " minutes, stirring now and then.",
            "Add the " + pick(h.ys(), rng) + " and season to taste.", "Rest for five minutes before serving.")));
        b.add(Block.p(para.get()));
        b.add(Block.p(para.get()));
        b.add(Block.p(para.get()));
      }
      case AMP_NEWS -> {
        for (int k = 0; k < 4; k++) {
          b.add(Block.p(para.get()));
        }
        b.add(Block.list(Type.BOX, "Leggi anche", List.of(p.related.get(0))));
        b.add(Block.p(para.get()));
        b.add(Block.p(para.get()));
        b.add(Block.p(para.get()));
      }
      case REVIEW -> {
        b.add(Block.p(para.get()));
        b.add(Block.p(para.get()));
        b.add(Block.p(para.get()));
        b.add(Block.of(Type.H2, "Our top pick: the Dalton " + (char) ('A' + rng.nextInt(20)) + (100 + rng.nextInt(800))));
        b.add(Block.p(para.get()));
        b.add(Block.p(para.get()));
        b.add(Block.list(Type.UL, "Pros", List.of("Light for its class", "Long battery life", "Clear controls")));
        b.add(Block.list(Type.UL, "Cons", List.of("Case is small", "No second battery")));
        List<String> rows = new ArrayList<>(List.of("Model | Weight | Rating | Price"));
        for (int k = 0; k < 3; k++) {
          rows.add("Dalton " + (char) ('K' + k) + (200 + rng.nextInt(700)) + " | " + (9 + rng.nextInt(30)) / 10.0
              + " kg | " + (30 + rng.nextInt(20)) / 10.0 + "/5 | $" + (49 + rng.nextInt(150)));
        }
        b.add(Block.list(Type.TABLE, null, rows));
        b.add(Block.p(para.get()));
        b.add(Block.p(para.get()));
        b.add(Block.of(Type.BUTTON, "Check Price on Amazon"));
      }
      case DIARY -> {
        b.add(Block.p(para.get()));
        b.add(Block.p(para.get()));
        b.add(Block.of(Type.H2, "Dag 1"));
        b.add(Block.p(para.get()));
        b.add(Block.p(para.get()));
        b.add(Block.of(Type.H2, "Dag 2"));
        b.add(Block.p(para.get()));
        b.add(Block.p(para.get()));
        b.add(Block.p(para.get()));
        b.add(Block.of(Type.H2, "Praktische tips"));
        b.add(Block.list(Type.UL, null, List.of("Vliegtickets ruim op tijd geboekt", "Ov-dagkaart: ongeveer "
            + (5 + rng.nextInt(10)) + " euro", "Beste maand: mei of september")));
      }
      case PET -> {
        b.add(Block.p(para.get()));
        b.add(Block.p(para.get()));
        b.add(Block.of(Type.H2, "Getting started"));
        b.add(Block.p(para.get()));
        b.add(Block.p(para.get()));
        b.add(Block.p(para.get()));
        b.add(Block.of(Type.H2, "When to call the vet"));
        b.add(Block.p(para.get()));
        b.add(Block.p(para.get()));
        b.add(Block.list(Type.FAQ, "How long does it take?", List.of(
            "Usually a few weeks, but every animal is different. Go at your pet's pace.")));
      }
      case GARDEN -> {
        b.add(Block.p(para.get()));
        b.add(Block.p(para.get()));
        b.add(Block.p(para.get()));
        b.add(Block.of(Type.H2, "Cuidados ao longo do ano"));
        b.add(Block.p(para.get()));
        b.add(Block.p(para.get()));
        b.add(Block.list(Type.BOX, "Veja também:", List.of(p.related.get(0))));
        b.add(Block.p(para.get()));
        b.add(Block.p(para.get()));
      }
      case WORKSHOP -> {
        b.add(Block.p(para.get()));
        b.add(Block.p(para.get()));
        b.add(Block.list(Type.UL, "Outils nécessaires", List.of(pick(h.xs(), rng), "un chiffon propre",
            "des gants d'atelier")));
        b.add(Block.of(Type.H2, "Étape 1 : préparer le vélo"));
        b.add(Block.p(para.get()));
        b.add(Block.p(para.get()));
        b.add(Block.of(Type.H2, "Étape 2 : démonter"));
        b.add(Block.p(para.get()));
        b.add(Block.p(para.get()));
        b.add(Block.of(Type.H2, "Étape 3 : remonter et vérifier"));
        b.add(Block.p(para.get()));
        b.add(Block.p(para.get()));
      }
      default -> throw new IllegalStateException(h.layout().toString());
    }
  }

  /** A forum thread: a question and replies; {@code shortThread} is one short question and one answer. */
  private void forum(Page p, Random rng, boolean shortThread) {
    Host h = p.host;
    List<String> pool = new ArrayList<>(h.sentences());
    Collections.shuffle(pool, rng);
    int[] next = {0};
    Supplier<String> para = () -> {
      if (pool.size() - next[0] < 2) {
        throw new IllegalStateException(p.key + ": sentences run out");
      }
      return sentence(pool.get(next[0]++), p, rng) + " " + sentence(pool.get(next[0]++), p, rng);
    };
    p.subjects = !shortThread && rng.nextBoolean();
    List<String> users = new ArrayList<>(FORUM_USERS);
    Collections.shuffle(users, rng);
    if (shortThread) {
      post(p, users.get(0), 0);
      p.blocks.add(Block.p("Quick one: " + sentence(pool.get(0), p, rng)));
      post(p, users.get(1), 1);
      p.blocks.add(Block.p(sentence(pool.get(1), p, rng)));
      return;
    }
    post(p, users.get(0), 0);
    String question = para.get();
    p.blocks.add(Block.p(question));
    p.blocks.add(Block.p(para.get()));
    int replies = 3 + rng.nextInt(2);
    int longer = 1 + rng.nextInt(replies);
    for (int r = 1; r <= replies; r++) {
      post(p, users.get(r), r);
      if (r == 2 && rng.nextDouble() < 0.4) {
        String quoted = question.substring(0, question.indexOf(". ") > 0 ? question.indexOf(". ") + 1 : question.length());
        p.blocks.add(Block.list(Type.QUOTE, users.get(0) + " wrote:", List.of(quoted)));
        p.labels.add(new Label(Kind.QUOTED, quoted, "quoted post", null));
      }
      p.blocks.add(Block.p(para.get()));
      if (r == longer) {
        p.blocks.add(Block.p(para.get()));
      }
    }
    p.unused.addAll(pool.subList(next[0], pool.size()));
  }

  private static void post(Page p, String user, int n) {
    p.blocks.add(Block.of(Type.POST, user + "|" + n));
  }

  /** A doorway page of the review farm: a title, one sentence of bait and a button. */
  private void thin(Page p, Random rng) {
    String bait = "Looking for the best " + p.subject + "? We compare prices from trusted shops every day. "
        + "Click the button below to see today's lowest price.";
    p.blocks.add(Block.p(bait));
    p.blocks.add(Block.of(Type.BUTTON, "See Today's Deal »"));
    p.labels.add(new Label(Kind.THIN, bait, "doorway", null));
  }

  /** On-topic figures: real captions about the article, a hard negative for the caption detector. */
  private void realFigures(Page p, Random rng, int count) {
    Host h = p.host;
    List<String> pool = new ArrayList<>(h.real());
    Collections.shuffle(pool, rng);
    if (h.layout() == Layout.DIARY && count > 1) {
      List<String> caps = new ArrayList<>();
      for (int k = 0; k < 3; k++) {
        caps.add(sentence(pool.get(k), p, rng));
      }
      int at = proseGaps(p).get(rng.nextInt(proseGaps(p).size()));
      p.blocks.add(at, Block.list(Type.GALLERY, null, caps));
      caps.forEach(c -> p.labels.add(new Label(Kind.REAL_CAPTION, c, "gallery", Placement.FIGCAPTION)));
      return;
    }
    List<Integer> gaps = proseGaps(p);
    Collections.shuffle(gaps, rng);
    List<Integer> chosen = new ArrayList<>(gaps.subList(0, Math.min(count, gaps.size())));
    chosen.sort(Collections.reverseOrder());
    for (int at : chosen) {
      String cap = sentence(pool.remove(0), p, rng);
      Placement pl = PLACEMENTS.get(h.layout()).get(rng.nextInt(2));
      String src = "/media/" + p.date.getYear() + "/" + slug(p.subject) + "-" + (1 + rng.nextInt(9)) + ".jpg";
      p.blocks.add(at, Block.image(cap, src, pl == Placement.ALT_ONLY || pl == Placement.AMP_FIGURE ? cap : "", pl));
      p.labels.add(new Label(Kind.REAL_CAPTION, cap, "on-topic", pl));
    }
  }

  /** Injected spam: captions, the title again, a restating summary, stuffing; at least one of them. */
  private void spam(Page p, Random rng) {
    Host h = p.host;
    boolean forum = h.layout() == Layout.FORUM;
    int captions = rng.nextDouble() < 0.85 ? 1 + (rng.nextDouble() < 0.55 ? (rng.nextDouble() < 0.36 ? 2 : 1) : 0) : 0;
    boolean title = rng.nextDouble() < 0.5;
    boolean restate = !forum && rng.nextDouble() < 0.25;
    boolean stuff = rng.nextDouble() < (h.layout() == Layout.REVIEW ? 0.45 : 0.18);
    if (captions == 0 && !title && !restate && !stuff) {
      captions = 1;
    }
    if (forum && (captions > 0 || title)) {
      spamPost(p, rng);
    }
    List<Integer> gaps = proseGaps(p);
    Collections.shuffle(gaps, rng);
    Repeat repeat = title ? Repeat.values()[rng.nextInt(Repeat.values().length)] : null;
    if (repeat == Repeat.AFTER_CAPTION && captions == 0) {
      repeat = Repeat.BOLD_LINE;
    }
    int own = repeat != null && repeat != Repeat.AFTER_CAPTION ? 1 : 0;
    // A page has only so many places between two prose paragraphs: fewer captions where it has fewer.
    captions = Math.max(Math.min(captions, gaps.size() - own), captions > 0 ? 1 : 0);
    if (captions + own > gaps.size()) {
      throw new IllegalStateException(p.key + ": " + (captions + own) + " insertions, " + gaps.size() + " gaps");
    }
    List<Integer> at = new ArrayList<>(gaps.subList(0, captions + own));
    // One insertion per gap, from the last gap backwards so that earlier indexes stay valid.
    List<List<Block>> inserts = new ArrayList<>();
    List<String> used = new ArrayList<>();
    for (int c = 0; c < captions; c++) {
      List<Block> group = new ArrayList<>();
      group.add(injectedCaption(p, rng, used));
      if (c == 0 && repeat == Repeat.AFTER_CAPTION) {
        group.add(Block.p(p.title));
        p.labels.add(new Label(Kind.TITLE_REPEAT, p.title, repeat.name(), null));
      }
      inserts.add(group);
    }
    if (repeat != null && repeat != Repeat.AFTER_CAPTION) {
      String text = repeat == Repeat.WITH_SITE_NAME ? withSite(p) : p.title;
      inserts.add(List.of(repeat == Repeat.SUBHEADING ? Block.of(Type.H2, text)
          : repeat == Repeat.BOLD_LINE ? Block.of(Type.BOLD, text) : Block.p(text)));
      p.labels.add(new Label(Kind.TITLE_REPEAT, text, repeat.name(), null));
    }
    Collections.shuffle(inserts, rng);
    List<int[]> order = new ArrayList<>();
    for (int k = 0; k < Math.min(inserts.size(), at.size()); k++) {
      order.add(new int[] {at.get(k), k});
    }
    if (inserts.size() > at.size()) {
      throw new IllegalStateException(p.key + ": " + inserts.size() + " insertions, " + at.size() + " gaps");
    }
    order.sort((a, b) -> Integer.compare(b[0], a[0]));
    for (int[] o : order) {
      p.blocks.addAll(o[0], inserts.get(o[1]));
    }
    if (restate) {
      restate(p, rng);
    }
    if (stuff) {
      stuff(p, rng);
    }
  }

  /** A spammer's reply in a forum thread: three paragraphs between which captions and the title go. */
  private void spamPost(Page p, Random rng) {
    post(p, SPAM_USERS.get(rng.nextInt(SPAM_USERS.size())), 9);
    List<String> pool = p.unused;
    for (int k = 0; k < 3; k++) {
      p.blocks.add(Block.p(sentence(pool.get(2 * k), p, rng) + " " + sentence(pool.get(2 * k + 1), p, rng)));
    }
  }

  private Block injectedCaption(Page p, Random rng, List<String> used) {
    Host h = p.host;
    boolean english = h.lang().equals("en");
    List<Style> styles = new ArrayList<>(List.of(Style.STOCK, Style.SCENE, Style.CREDITED, Style.FILE_NAME));
    if (!english) {
      styles.addAll(List.of(Style.LOCAL_LANGUAGE, Style.LOCAL_LANGUAGE, Style.CREDITED));
    }
    if (h.layout() == Layout.REVIEW || h.layout() == Layout.PET) {
      styles.add(Style.KEYWORDS);
    }
    Style style = styles.get(rng.nextInt(styles.size()));
    List<String> descriptions = english || style == Style.STOCK ? SeventhHeldOutSites.STOCK_EN : h.local();
    String description;
    do {
      description = style == Style.SCENE ? pick(SeventhHeldOutSites.SCENES, rng) : pick(descriptions, rng);
    } while (used.contains(description));
    used.add(description);
    String text = switch (style) {
      case STOCK, SCENE, LOCAL_LANGUAGE -> description;
      case CREDITED -> description + ". " + String.format(h.credit(), pick(SeventhHeldOutSites.PHOTOGRAPHERS, rng),
          pick(SeventhHeldOutSites.PHOTO_SITES, rng));
      case FILE_NAME -> String.join("-", List.of(slug(description).split("-")).subList(0,
          Math.min(7, slug(description).split("-").length))) + (rng.nextBoolean() ? "-1024x683.jpg" : ".jpg");
      case KEYWORDS -> p.subject + pick(List.of(" best price 2026 top rated deals", " cheap sale buy online free shipping",
          " review 2026 best brands compared"), rng);
    };
    Placement pl = PLACEMENTS.get(h.layout()).get(rng.nextInt(2));
    String src = pick(List.of("/uploads/pexels-photo-" + (1000000 + rng.nextInt(8999999)) + ".jpeg",
        "/uploads/shutterstock_" + (100000000 + rng.nextInt(899999999)) + ".jpg",
        "/uploads/stock-" + slug(description).replaceAll("-(a|an|the|on|in|of|with)-", "-") + ".jpg"), rng);
    p.labels.add(new Label(Kind.CAPTION, text, style.name(), pl));
    return Block.image(text, src, pl == Placement.ALT_ONLY || pl == Placement.AMP_FIGURE ? text : "", pl);
  }

  private void restate(Page p, Random rng) {
    Host h = p.host;
    Restate r = Restate.values()[rng.nextInt(Restate.values().length)];
    int first = firstProse(p);
    String intro = p.blocks.get(first).text();
    String text;
    switch (r) {
      case INTRO_AGAIN -> {
        text = intro;
        p.blocks.add(lastProse(p) + 1, Block.p(text));
      }
      case IN_SHORT -> {
        text = h.inShort() + " " + Character.toLowerCase(intro.charAt(0)) + intro.substring(1);
        p.blocks.add(lastProse(p) + 1, Block.p(text));
      }
      default -> {
        // The box at the top holds a sentence of each of three later paragraphs, word for word.
        List<String> taken = new ArrayList<>();
        for (int k = first + 1; k < p.blocks.size() && taken.size() < 3; k++) {
          Block b = p.blocks.get(k);
          if (b.type() == Type.P && b.text().contains(". ") && !b.text().equals(p.title)) {
            taken.add(b.text().substring(0, b.text().indexOf(". ") + 1));
          }
        }
        text = String.join(" ", taken);
        p.blocks.add(first, Block.list(Type.BOX, h.takeaways(), List.of(text)));
      }
    }
    p.labels.add(new Label(Kind.SUMMARY_REPEAT, text, r.name(), null));
  }

  private void stuff(Page p, Random rng) {
    Host h = p.host;
    Stuff s = Stuff.values()[rng.nextInt(Stuff.values().length)];
    String k = h.stuff().replace("{s}", p.subject).toLowerCase(Locale.ROOT);
    if (s != Stuff.TAG_LINE) {
      int done = 0;
      for (int b = 0; b < p.blocks.size() && done < 5; b++) {
        Block block = p.blocks.get(b);
        if (block.type() == Type.P && !block.text().equals(p.title) && !isLabelled(p, block.text())) {
          p.blocks.set(b, Block.p(block.text() + " " + h.stuffed().get(done % h.stuffed().size()).replace("{k}", k)));
          done++;
        }
      }
    }
    if (s != Stuff.IN_SENTENCES) {
      List<String> tags = new ArrayList<>();
      for (String suffix : List.of("", " 2026", " online", " 2025", " top 10", " pdf", " now", " 24/7", " free", " +")) {
        tags.add(k + suffix);
      }
      p.blocks.add(lastProse(p) + 1, Block.p("Tags: " + String.join(", ", tags)));
    }
    p.labels.add(new Label(Kind.STUFFING, k, s.name(), null));
  }

  private static boolean isLabelled(Page p, String text) {
    return p.labels.stream().anyMatch(l -> l.text().equals(text));
  }

  // ---- Helpers --------------------------------------------------------------------------------------------

  /**
   * Indexes at which a block can go between two prose paragraphs with at least two prose paragraphs of
   * the page's own before it.
   */
  static List<Integer> proseGaps(Page p) {
    List<Integer> gaps = new ArrayList<>();
    int prose = 0;
    for (int k = 1; k < p.blocks.size(); k++) {
      prose += p.blocks.get(k - 1).type() == Type.P ? 1 : 0;
      if (prose >= 2 && p.blocks.get(k - 1).type() == Type.P && p.blocks.get(k).type() == Type.P) {
        gaps.add(k);
      }
    }
    return gaps;
  }

  private static int firstProse(Page p) {
    for (int k = 0; k < p.blocks.size(); k++) {
      if (p.blocks.get(k).type() == Type.P) {
        return k;
      }
    }
    throw new IllegalStateException(p.key);
  }

  private static int lastProse(Page p) {
    for (int k = p.blocks.size() - 1; k >= 0; k--) {
      if (p.blocks.get(k).type() == Type.P) {
        return k;
      }
    }
    throw new IllegalStateException(p.key);
  }

  private static String withSite(Page p) {
    String f = p.host.titleFormat().equals("%s") ? "%s - %s" : p.host.titleFormat();
    return String.format(f, p.title, p.host.site());
  }

  private static List<String> ingredients(Host h, Random rng) {
    List<String> all = new ArrayList<>(h.xs());
    Collections.shuffle(all, rng);
    List<String> out = new ArrayList<>();
    for (int k = 0; k < 5; k++) {
      out.add((50 + 25 * rng.nextInt(8)) + " g " + all.get(k));
    }
    out.add("1 tbsp " + pick(h.ys(), rng));
    return out;
  }

  private static String sentence(String template, Page p, Random rng) {
    Host h = p.host;
    String s = template.replace("{s}", p.subject).replace("{S}", cap(p.subject));
    if (s.contains("{x}")) {
      s = s.replace("{x}", pick(h.xs(), rng));
    }
    if (s.contains("{Y}")) {
      s = s.replace("{Y}", cap(pick(h.ys(), rng)));
    }
    if (s.contains("{y}")) {
      s = s.replace("{y}", pick(h.ys(), rng));
    }
    s = s.replace("{n}", Integer.toString(2 + rng.nextInt(10))).replace("{m}", Integer.toString(15 + rng.nextInt(70)));
    return cap(s);
  }

  /** A title pattern filled with a subject; {@code {S}} in title case for English, else capitalised. */
  static String fill(String pattern, String subject, boolean titleCase) {
    return cap(pattern.replace("{S}", titleCase ? titleCase(subject) : cap(subject)).replace("{s}", subject));
  }

  private static final Set<String> SMALL = Set.of("a", "an", "the", "and", "or", "with", "for",
      "in", "of", "on", "to", "at", "versus");

  private static String titleCase(String s) {
    StringBuilder b = new StringBuilder();
    for (String w : s.split(" ")) {
      b.append(b.length() == 0 ? "" : " ").append(b.length() > 0 && SMALL.contains(w) ? w : cap(w));
    }
    return b.toString();
  }

  static String cap(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static <T> T pick(List<T> from, Random rng) {
    return from.get(rng.nextInt(from.size()));
  }

  /** Lower-case ASCII words joined by hyphens, as in a file name or URL. */
  static String slug(String s) {
    String ascii = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
  }

  /** Counts of labels by kind and variant, for the set's description. */
  Map<String, Integer> counts() {
    Map<String, Integer> out = new TreeMap<>();
    for (Page p : pages.values()) {
      for (Label l : p.labels) {
        out.merge(l.kind() + (l.variant() == null ? "" : " " + l.variant()), 1, Integer::sum);
        if (l.placement() != null && l.kind() == Kind.CAPTION) {
          out.merge("CAPTION placed " + l.placement(), 1, Integer::sum);
        }
      }
    }
    return out;
  }
}
