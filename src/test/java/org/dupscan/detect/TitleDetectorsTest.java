package org.dupscan.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.dupscan.extract.Block;
import org.dupscan.extract.BlockKind;
import org.dupscan.extract.Page;
import org.junit.jupiter.api.Test;

class TitleDetectorsTest {

  static final String PROSE = "Researchers followed two hundred families for three years and found "
      + "that a steady bedtime routine mattered more than the exact hour children went to sleep.";

  static Page page(String id, String title, Object... blocks) {
    List<Block> out = new ArrayList<>();
    for (int i = 0; i < blocks.length; i += 2) {
      out.add(new Block(out.size(), (BlockKind) blocks[i], (String) blocks[i + 1], false, 0));
    }
    return new Page(id, id, "h.example", title, out, List.of(), true, 100);
  }

  static TitleFacts facts(String id, String host, String title) {
    return new TitleFacts(id, host, title, TitleFacts.isArchive(title), title, List.of());
  }

  @Test
  void postPrefixesEndWithAColonAsTheirQuickTestAssumes() {
    for (String p : TitleFacts.POST_PREFIXES) {
      assertTrue(p.endsWith(":"), p);
    }
    assertEquals("Release notes", TitleFacts.stripPostPrefix("  Blog Post: Release notes "));
    assertEquals("Release notes", TitleFacts.stripPostPrefix(" Release notes"));
  }

  @Test
  void findsTheTitleReinsertedAfterTheFirstHeading() {
    Page p = page("a", "Sleep and Teething", BlockKind.HEADING, "Sleep and Teething",
        BlockKind.PARAGRAPH, PROSE, BlockKind.PARAGRAPH, "Smiling baby on a white blanket",
        BlockKind.HEADING, "Sleep and Teething", BlockKind.PARAGRAPH, PROSE);
    assertEquals(List.of(3), TitleFacts.of(p).repeatedAt());
  }

  @Test
  void ignoresTheTitleAsTheArticlesOwnHeading() {
    Page p = page("a", "Sleep and Teething", BlockKind.HEADING, "Sleep and Teething",
        BlockKind.PARAGRAPH, PROSE);
    assertTrue(TitleFacts.of(p).repeatedAt().isEmpty());
  }

  @Test
  void readsTheTitleOfThePostOnAnArchivePage() {
    Page p = page("t", "Tag: Sleep", BlockKind.LIST_ITEM, "Sleep and Teething",
        BlockKind.PARAGRAPH, "Blog Post: Sleep and Teething", BlockKind.PARAGRAPH, PROSE,
        BlockKind.PARAGRAPH, "Sleep and Teething", BlockKind.PARAGRAPH, PROSE);
    TitleFacts f = TitleFacts.of(p);
    assertTrue(f.archive());
    assertEquals("Sleep and Teething", f.postTitle());
    assertEquals(List.of(3), f.repeatedAt());
  }

  @Test
  void groupsSharedTitlesAfterStrippingTheSiteName() {
    List<TitleGroups.Row> rows = TitleGroups.find(List.of(
        facts("a/1", "bloom-baby.example", "Colic in Babies | Bloom Baby"),
        facts("b/1", "other.example", "Colic in Babies"),
        facts("a/2", "bloom-baby.example", "Teething Tips | Bloom Baby")), 0.7);
    assertEquals(2, rows.size(), rows.toString());
    assertTrue(rows.stream().allMatch(r -> r.kind().equals("duplicate") && r.groupId().equals("T00001")));
  }

  @Test
  void stripsASuffixThatRecursOnTheHostsTitles() {
    List<TitleGroups.Row> rows = TitleGroups.find(List.of(
        facts("a/1", "x.example", "Colic in Babies - The Parent Post"),
        facts("a/2", "x.example", "Teething Tips - The Parent Post"),
        facts("a/3", "x.example", "Weaning Guide - The Parent Post")), 0.7);
    assertTrue(rows.isEmpty(), "the shared suffix alone makes no duplicates: " + rows);
  }

  @Test
  void groupsNearVariantTitlesWithTheirSimilarity() {
    List<TitleGroups.Row> rows = TitleGroups.find(List.of(
        facts("s/0", "s", "The Link Between Cervical Mucus and Miscarriage: What Science Tells Us"),
        facts("s/1", "s", "The Link Between Cervical Mucus and Recurrent Miscarriage"),
        facts("s/2", "s", "How to Choose a Stroller for the City")), 0.7);
    assertEquals(2, rows.size(), rows.toString());
    assertEquals("variant", rows.get(0).kind());
    assertEquals(5.0 / 6.0, rows.get(0).similarity(), 1e-9);
  }

  @Test
  void doesNotCallTitlesOfOneTemplateVariants() {
    List<TitleGroups.Row> rows = TitleGroups.find(List.of(
        facts("a", "s", "How to Choose a Stroller for Your City"),
        facts("b", "s", "How to Choose a Blanket for Your Baby")), 0.7);
    assertTrue(rows.isEmpty(), rows.toString());
  }

  @Test
  void recognisesArchiveTitles() {
    assertTrue(TitleFacts.isArchive("Tag: Pro-inflammatory cytokines"));
    assertTrue(TitleFacts.isArchive("Category: Sleep"));
    assertFalse(TitleFacts.isArchive("Tagliatelle with Peas"));
  }

  @Test
  void groupsThousandsOfPaginatedTitlesAsOneVariantGroupWithoutComparingEveryPair() {
    List<TitleFacts> facts = new java.util.ArrayList<>();
    for (int n = 0; n < 20_000; n++) {
      facts.add(facts("p" + n, "shop.example", "Page " + n + " of the garden tools catalogue"));
    }
    List<TitleGroups.Row> rows = TitleGroups.find(facts, TitleGroups.DEFAULT_VARIANT_SIMILARITY);
    assertEquals(20_000, rows.size());
    assertTrue(rows.stream().allMatch(r -> r.kind().equals("variant") && r.groupId().equals("V00001")
        && r.similarity() == 1.0), rows.get(0).toString());
  }

  @Test
  void bitmapFilterNeverRejectsAPairAtTheThreshold() {
    java.util.SplittableRandom rnd = new java.util.SplittableRandom(7);
    double t = TitleGroups.DEFAULT_VARIANT_SIMILARITY;
    int[] maxDifference = TitleGroups.maxDifference(t, 64);
    int reached = 0;
    for (int k = 0; k < 200_000; k++) {
      long[] a = randomSet(rnd, rnd.nextInt(1, 12), 40);
      long[] b = k % 2 == 0 ? randomSet(rnd, rnd.nextInt(1, 12), 40) : edit(rnd, a, 40);
      int difference = a.length + b.length - 2 * org.dupscan.internal.LongSets.intersectionSize(a,
          a.length, b, b.length);
      assertTrue(Long.bitCount(TitleGroups.bits(a) ^ TitleGroups.bits(b)) <= difference);
      if (TitleGroups.jaccard(a, b) >= t) {
        reached++;
        assertTrue(difference <= maxDifference[a.length + b.length], a.length + " " + b.length);
      }
    }
    assertTrue(reached > 1000, "pairs at the threshold tested: " + reached);
  }

  /** {@code set} with one word swapped, added or dropped. */
  private static long[] edit(java.util.SplittableRandom rnd, long[] set, int vocabulary) {
    java.util.TreeSet<Long> out = new java.util.TreeSet<>();
    for (long w : set) {
      out.add(w);
    }
    int op = rnd.nextInt(3);
    if (op != 1 && out.size() > 1) {
      out.remove(set[rnd.nextInt(set.length)]);
    }
    if (op != 2) {
      out.add((long) rnd.nextInt(vocabulary));
    }
    return out.stream().mapToLong(Long::longValue).toArray();
  }

  private static long[] randomSet(java.util.SplittableRandom rnd, int size, int vocabulary) {
    return rnd.longs(size, 0, vocabulary).distinct().sorted().toArray();
  }

  @Test
  void findsTheSameVariantGroupsAsComparingEveryPair() {
    List<String> keys = titleFamilies(new java.util.SplittableRandom(11), 60, 240);
    double t = TitleGroups.DEFAULT_VARIANT_SIMILARITY;
    java.util.Map<String, String> expected = everyPair(keys, t);
    assertTrue(expected.size() > 50, "pages in variant groups: " + expected.size());
    assertEquals(expected, variantGroups(keys, t, TitleGroups.POSTING_WINDOW));
  }

  @Test
  void findsEveryVariantPairWhenAPrefixWordIsSharedByHundredsOfTitles() {
    // A vocabulary of 14 words makes each posting list hundreds of titles long: longer than the 256
    // titles the search once stopped at, shorter than its window now.
    List<String> keys = titleFamilies(new java.util.SplittableRandom(5), 14, 1200);
    double t = TitleGroups.DEFAULT_VARIANT_SIMILARITY;
    java.util.Map<String, String> expected = everyPair(keys, t);
    assertEquals(expected, variantGroups(keys, t, TitleGroups.POSTING_WINDOW));
    assertEquals(0, TitleGroups.search(facts(keys), t).comparisonsSkipped());
    // The data exercises the bound: a window this small misses pairs, and says it skipped some.
    org.junit.jupiter.api.Assertions.assertNotEquals(expected, variantGroups(keys, t, 16));
    assertTrue(TitleGroups.search(facts(keys), t, 16).comparisonsSkipped() > 0);
  }

  private static List<TitleFacts> facts(List<String> keys) {
    List<TitleFacts> facts = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      facts.add(facts(String.format("p%04d", i), "h.example", keys.get(i)));
    }
    return facts;
  }

  /** Distinct titles in families: a base and edits of it (a word swapped, added or dropped). */
  private static List<String> titleFamilies(java.util.SplittableRandom rnd, int words, int count) {
    List<String> vocabulary = new ArrayList<>();
    while (vocabulary.size() < words) {
      StringBuilder w = new StringBuilder();
      for (int c = 0; c < 6; c++) {
        w.append((char) ('a' + rnd.nextInt(26)));
      }
      vocabulary.add(w.toString());
    }
    java.util.Set<String> titles = new java.util.TreeSet<>();
    while (titles.size() < count) {
      List<String> base = new ArrayList<>();
      for (int n = rnd.nextInt(3, 9); base.size() < n; ) {
        String w = vocabulary.get(rnd.nextInt(vocabulary.size()));
        if (!base.contains(w)) {
          base.add(w);
        }
      }
      for (int e = rnd.nextInt(0, 5); e >= 0; e--) {
        List<String> v = new ArrayList<>(base);
        switch (rnd.nextInt(3)) {
          case 0 -> v.set(rnd.nextInt(v.size()), vocabulary.get(rnd.nextInt(vocabulary.size())));
          case 1 -> v.add(vocabulary.get(rnd.nextInt(vocabulary.size())));
          default -> v.remove(rnd.nextInt(v.size()));
        }
        titles.add(String.join(" ", v));
      }
    }
    return new ArrayList<>(titles);
  }

  /**
   * Every pair, by the definition: Jaccard of the distinct words of titles of at least 3 words. Maps
   * each page in a group to its group's first page and its best similarity.
   */
  private static java.util.Map<String, String> everyPair(List<String> keys, double t) {
    int k = keys.size();
    List<java.util.Set<String>> sets = new ArrayList<>();
    for (String key : keys) {
      sets.add(new java.util.HashSet<>(List.of(key.split(" "))));
    }
    int[] parent = new int[k];
    double[] best = new double[k];
    for (int i = 0; i < k; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < k; i++) {
      java.util.Set<String> a = sets.get(i);
      for (int j = 0; j < i; j++) {
        java.util.Set<String> b = sets.get(j);
        int shared = 0;
        for (String w : a) {
          shared += b.contains(w) ? 1 : 0;
        }
        double sim = (double) shared / (a.size() + b.size() - shared);
        if (a.size() >= 3 && b.size() >= 3 && sim >= t) {
          best[i] = Math.max(best[i], sim);
          best[j] = Math.max(best[j], sim);
          int x = root(parent, i);
          int y = root(parent, j);
          parent[Math.max(x, y)] = Math.min(x, y);
        }
      }
    }
    java.util.Map<String, String> expected = new java.util.TreeMap<>();
    for (int i = 0; i < k; i++) {
      if (best[i] > 0) {
        expected.put(String.format("p%04d", i), String.format("p%04d", root(parent, i)) + " " + best[i]);
      }
    }
    return expected;
  }

  /** What TitleGroups finds, in the form of {@link #everyPair}. */
  private static java.util.Map<String, String> variantGroups(List<String> keys, double t, int window) {
    java.util.Map<String, String> firstOfGroup = new java.util.HashMap<>();
    java.util.Map<String, String> actual = new java.util.TreeMap<>();
    for (TitleGroups.Row r : TitleGroups.search(facts(keys), t, window).rows()) {
      if (r.kind().equals("variant")) {
        firstOfGroup.putIfAbsent(r.groupId(), r.page()); // rows of a group come in page order
        actual.put(r.page(), firstOfGroup.get(r.groupId()) + " " + r.similarity());
      }
    }
    return actual;
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      i = parent[i];
    }
    return i;
  }

  @Test
  void ignoresTitleInSidebarToc() throws Exception {
    Page p = html("<title>FAQ: The admin \u2014 Django documentation</title><body><div class=body>"
        + "<h1>FAQ: The admin</h1><p>" + PROSE + "</p></div><div class=\"sphinxsidebar\">"
        + "<ul><li><a href=\"#\">FAQ: The admin</a></li></ul></div>"
        + "<div class=\"related\"><p><a href=\"x.html\">FAQ: The admin</a></p></div>");
    assertTrue(TitleFacts.of(p).repeatedAt().isEmpty(), p.blocks().toString());
  }

  @Test
  void ignoresTitleInALinkDenseBlock() {
    Page p = new Page("a", "a", "h", "Sleep and Teething", List.of(
        new Block(0, BlockKind.PARAGRAPH, PROSE, false, 0),
        new Block(1, BlockKind.PARAGRAPH, "Sleep and Teething", false, 18)), List.of(), true, 100);
    assertTrue(TitleFacts.of(p).repeatedAt().isEmpty());
  }

  @Test
  void ignoresTitleAfterCookieBanner() throws Exception {
    Page p = html("<title>Sleep and Teething</title><body><div class=notice><p>We use cookies to "
        + "improve your visit and to understand how visitors use our site; by browsing on you accept "
        + "our cookie policy and our privacy policy in full.</p></div><article><h1>Sleep and Teething"
        + "</h1><p>" + PROSE + "</p></article>");
    assertTrue(TitleFacts.of(p).repeatedAt().isEmpty());
  }

  @Test
  void ignoresTitleInATableCellOrListItem() {
    Page p = page("a", "core - Apache HTTP Server", BlockKind.HEADING, "core",
        BlockKind.PARAGRAPH, PROSE, BlockKind.TABLE_CELL, "core", BlockKind.LIST_ITEM, "core");
    assertTrue(TitleFacts.of(p).repeatedAt().isEmpty());
  }

  @Test
  void stillFindsTheTitleRepeatedAfterTheArticlesOwnProseInHtml() throws Exception {
    Page p = html("<title>Sleep and Teething</title><body><div class=notice><p>We use cookies to "
        + "improve your visit; by browsing on you accept our cookie policy.</p></div><article><h1>"
        + "Sleep and Teething</h1><p>" + PROSE + "</p><p>Baby on a blanket</p><h2>Sleep and Teething"
        + "</h2><p>" + PROSE + "</p></article>");
    assertEquals(1, TitleFacts.of(p).repeatedAt().size(), p.blocks().toString());
  }

  @Test
  void ignoresASectionHeadingNamedAfterAShortTitle() throws Exception {
    Page p = html("<title>Trace2 API</title><body><h1>Trace2 API</h1><p>" + PROSE + "</p><h2>Trace2 API"
        + "</h2><p>" + PROSE + "</p>");
    assertTrue(TitleFacts.of(p).repeatedAt().isEmpty(), p.blocks().toString());
    Page asParagraph = html("<title>Trace2 API</title><body><h1>Trace2 API</h1><p>" + PROSE
        + "</p><p>Trace2 API</p><p>" + PROSE + "</p>");
    assertEquals(1, TitleFacts.of(asParagraph).repeatedAt().size(), "a short title as a paragraph");
  }

  @Test
  void findsTitleWhenHeadTitleCarriesSiteSuffix() throws Exception {
    // Discourse: "Title - Category - Site"; neither a suffix strip nor a prefix strip leaves the title.
    String t = "Help needed wiring the fiddle yard on my layout";
    Page p = html("<title>" + t + " - Layouts - Branchline Modellers Forum</title><body><header>"
        + "<a href=/>Branchline Modellers Forum</a></header><div id=topic-title><h1><a href=#>" + t
        + "</a></h1></div><div class=cooked><p>" + PROSE + "</p><p>" + PROSE + "</p><p>" + t + "</p><p>"
        + PROSE + "</p></div>");
    assertEquals(1, TitleFacts.of(p).repeatedAt().size(), p.blocks().toString());
    Page h2 = html("<title>" + t + " - Layouts - Branchline Modellers Forum</title><body><h1><a href=#>"
        + t + "</a></h1><p>" + PROSE + "</p><p>" + PROSE + "</p><h2>" + t + "</h2><p>" + PROSE + "</p>");
    assertEquals(1, TitleFacts.of(h2).repeatedAt().size(), "an h2 after a linked h1 is no article heading");
  }

  @Test
  void findsTitleWhenHeadTitleCarriesSitePrefixBeforeAColon() throws Exception {
    // Blogger's default document title is "Site: Title", and its post title is an h3.
    String t = "Mein Rezept: Weißkohl mit Dill";
    Page p = html("<title>Gärkeller: " + t + "</title><body><header><a href=/>Gärkeller</a></header>"
        + "<div class=post><h3 class=post-title>" + t + "</h3><div class=post-body><p>" + PROSE
        + "</p><p>" + PROSE + "</p><h2>" + t + "</h2><p>" + PROSE + "</p></div></div>");
    assertEquals(1, TitleFacts.of(p).repeatedAt().size(), p.blocks().toString());
  }

  @Test
  void findsTitleWhenTheSiteNameIsLongerThanATitlesAffix() throws Exception {
    String t = "Cómo ajustar el arco desnudo antes de la temporada";
    String site = "Club de Tiro con Arco Sierra Norte";
    for (String repeat : List.of(t, t + " | " + site)) {
      Page p = html("<title>" + t + " \u2013 " + site + "</title><body><article><h1>" + t + "</h1><p>"
          + PROSE + "</p><p>" + PROSE + "</p><p><strong>" + repeat + "</strong></p><p>" + PROSE
          + "</p></article>");
      assertEquals(1, TitleFacts.of(p).repeatedAt().size(), repeat);
    }
    Page text = text(t, PROSE, PROSE, t + " | " + site, PROSE);
    assertEquals(List.of(2), TitleFacts.of(text).repeatedAt(), "a plain-text page: a name-like tail");
  }

  @Test
  void takesNoShortHeadingForTheTitleOfAColonTitle() throws Exception {
    // "Chapter 5" heads "Chapter 5: Configuring the server": a label of the title, not the title, so a
    // paragraph "Chapter 5" (a cross-reference) is no repeat.
    Page p = html("<title>Chapter 5: Configuring the server</title><body><h1>Chapter 5</h1><p>" + PROSE
        + "</p><p>Chapter 5</p><p>" + PROSE + "</p>");
    assertTrue(TitleFacts.of(p).repeatedAt().isEmpty(), p.blocks().toString());
    assertEquals(null, TitleFacts.articleHeading("Chapter 5: Configuring the server", p.blocks(),
        Words.tokenize(p), new java.util.HashSet<>()));
  }

  /** A plain-text page: no markup, so headings are paragraphs too. */
  static Page text(String title, String... blocks) {
    List<Block> out = new ArrayList<>();
    for (String b : blocks) {
      out.add(new Block(out.size(), BlockKind.PARAGRAPH, b, false, 0));
    }
    return new Page("t.txt", "t.txt", "plumb.example", title, out, List.of(), false, 100);
  }

  @Test
  void findsTheTitleRepeatedWithTheSiteNameAfterADash() {
    Page p = text("How to Fix a Dripping Tap", PROSE,
        "How to Fix a Dripping Tap - Northside Plumbing & Heating", PROSE);
    assertEquals(List.of(1), TitleFacts.of(p).repeatedAt());
    Page bar = text("How to Fix a Dripping Tap", PROSE, "How to Fix a Dripping Tap | plumb.example",
        PROSE);
    assertEquals(List.of(1), TitleFacts.of(bar).repeatedAt(), "a domain after a bar");
  }

  @Test
  void doesNotTakeAScenesTailForASiteName() {
    Page p = text("How to Fix a Dripping Tap", PROSE,
        "How to Fix a Dripping Tap - smiling woman on a rainy street", PROSE);
    assertTrue(TitleFacts.of(p).repeatedAt().isEmpty());
    assertFalse(TitleFacts.isSiteNameLike("Young Woman Holding an umbrella at the bus stop"));
    assertTrue(TitleFacts.isSiteNameLike("The Daily Post"));
  }

  @Test
  void findsTheTitleReinsertedWithABracketedOrDatedQualifierOrInLowerCase() {
    String t = "How to Fix a Dripping Tap";
    for (String edited : List.of(t + " (updated 2026)", t + " (2025)", t + " [Video]",
        "[Updated] " + t, t + " \u2013 2026 edition", t + ", updated 2026", t.toLowerCase(),
        t + " (Updated 2026) | Northside Plumbing")) {
      assertEquals(List.of(1), TitleFacts.of(text(t, PROSE, edited, PROSE)).repeatedAt(), edited);
    }
  }

  @Test
  void takesNoSentenceOrLongBracketAfterTheTitleForAQualifier() {
    String t = "How to Fix a Dripping Tap";
    for (String prose : List.of(t + " (it took me three hours on a Sunday)",
        t + " was the question our readers asked most in 2026",
        t + " (2026) and other jobs", t + " (for mixer taps)")) {
      assertTrue(TitleFacts.of(text(t, PROSE, prose, PROSE)).repeatedAt().isEmpty(), prose);
    }
    assertEquals(List.of(), TitleFacts.withoutQualifier("(2026)"), "no title left");
  }

  @Test
  void takesThePlainTextMastheadForTheSiteNameAfterTheTitle() {
    String t = "Så tänkte vi kring ljusslingor i vårt gamla hus";
    String repeat = t + " \u2013 Hemma vid sjön";
    assertEquals(List.of(3), TitleFacts.of(text(t, t, "Hemma vid sjön", PROSE, repeat, PROSE))
        .repeatedAt(), "the masthead names the site");
    assertTrue(TitleFacts.of(text(t, t, "Publicerat i juni", PROSE, t + " \u2013 Hemma vid sjön",
        PROSE)).repeatedAt().isEmpty(), "a tail in sentence case that the masthead does not show");
    assertTrue(TitleFacts.of(text(t, t, PROSE, "Hemma vid sjön", PROSE, repeat, PROSE))
        .repeatedAt().isEmpty(), "a line below the first paragraph is no masthead");
  }

  @Test
  void ignoresAOneWordTitleStandingAsASectionHeading() throws Exception {
    Page p = text("Installation", PROSE, "Installation", PROSE);
    assertTrue(TitleFacts.of(p).repeatedAt().isEmpty(), "plain text");
    Page h = html("<title>Installation</title><body><h1>Installation</h1><p>" + PROSE
        + "</p><p><b>Installation</b></p><p>" + PROSE + "</p>");
    assertTrue(TitleFacts.of(h).repeatedAt().isEmpty(), "a bold line in HTML");
  }

  @Test
  void ignoresAPlainTextTitleAfterATableOfContentsLineOrAFieldLabel() {
    String title = "Django 3.1 release notes - Django 3.2.25 documentation";
    Page toc = text(title, PROSE, "Table of Contents", "Django 3.1 release notes",
        "Python compatibility", "Minor features", PROSE);
    assertTrue(TitleFacts.of(toc).repeatedAt().isEmpty(), "a contents entry");
    Page longEntries = text(title, PROSE, "Table of Contents", "Django 3.1 release notes",
        "CVE-2021-44420: Potential bypass of an upstream access control based on URL paths",
        "Bugfixes", PROSE);
    assertTrue(TitleFacts.of(longEntries).repeatedAt().isEmpty(), "a contents entry over a long one");
    Page field = text("mod_session_crypto - Apache HTTP Server Version 2.4", PROSE, "Module:",
        "mod_session_crypto", PROSE);
    assertTrue(TitleFacts.of(field).repeatedAt().isEmpty(), "a field's value");
    assertEquals(List.of(1), TitleFacts.of(text(title, PROSE, "Django 3.1 release notes", PROSE))
        .repeatedAt(), "standing alone after prose it still counts");
    assertEquals(List.of(2), TitleFacts.of(text(title, PROSE, "Two hikers resting on a ridge",
        "Django 3.1 release notes", "Python compatibility", PROSE)).repeatedAt(),
        "after a pasted caption, with one short line after it, it still counts");
  }

  @Test
  void ignoresAPlainTextTitleLineThatHeadsARunOfLabelLines() {
    String title = "Show Only First Level";
    // A help page's icon table as a text dump: the icon's label, then the page's closing fields.
    Page icon = text(title, PROSE, title, "Help content debug info:",
        "This page is: /text/simpress/02/11060000.xhp", "Title is: Show Only First Level");
    assertTrue(TitleFacts.of(icon).repeatedAt().isEmpty(), "the label of an icon table");
    Page related = text("Exit Group", PROSE, "Open context menu - choose Exit Group.", "Exit Group",
        "Related Topics", "Groups", "Enter Group");
    assertTrue(TitleFacts.of(related).repeatedAt().isEmpty(), "over a list of related topics");
    assertEquals(List.of(1), TitleFacts.of(text(title, PROSE, title, "Slides in practice", PROSE))
        .repeatedAt(), "one short line and then prose: it still stands between paragraphs");
  }

  @Test
  void ignoresATitleWithANameAfterItWhenThePageHoldsASeriesOfThem() {
    String title = "Exporting to HTML";
    Page steps = text(title, PROSE, "Exporting to HTML - Page 1", "Selects the design of the pages.",
        "Exporting to HTML - Page 2", "Specifies the type of publication.", PROSE);
    assertTrue(TitleFacts.of(steps).repeatedAt().isEmpty(), "a section per step of the wizard");
    Page once = text("How to Fix a Dripping Tap", PROSE,
        "How to Fix a Dripping Tap - Northside Plumbing", PROSE,
        "How to Fix a Dripping Tap - Northside Plumbing", PROSE);
    assertEquals(List.of(1, 3), TitleFacts.of(once).repeatedAt(), "one site name, twice, is no series");
  }

  @Test
  void ignoresATitleThatReadsAsCodeRepeatedAsTheSyntaxLine() {
    String title = "COMPLEXE.COST(nombre_complexe)";
    Page p = text(title, PROSE, "Syntaxe", title, "Nombre_complexe est un nombre complexe dont la "
        + "cotangente doit être calculée.", PROSE);
    assertTrue(TitleFacts.of(p).repeatedAt().isEmpty());
  }

  @Test
  void readsATwoWordTitleAsAHeadingInPlainTextUnlessItEndsAsASentence() {
    assertTrue(TitleFacts.of(text("Trace2 API", PROSE, "Trace2 API", PROSE)).repeatedAt().isEmpty());
    assertEquals(List.of(1),
        TitleFacts.of(text("Garden Sheds", PROSE, "Garden Sheds!", PROSE)).repeatedAt());
  }

  @Test
  void dropsARepeatThatCameOnlyAfterTheHostsTemplate() {
    Page p = new Page("a", "a", "h.example", "Sleep and Teething", List.of(
        new Block(0, BlockKind.PARAGRAPH, PROSE, false, 0),
        new Block(1, BlockKind.PARAGRAPH, "Sleep and Teething", false, 0),
        new Block(2, BlockKind.PARAGRAPH, PROSE.replace("two hundred", "ninety"), false, 0),
        new Block(3, BlockKind.PARAGRAPH, "Sleep and Teething", false, 0)), List.of(), false, 100);
    long[] fingerprints = {11L, 12L, 13L, 14L};
    TitleFacts f = TitleFacts.of(p, Words.tokenize(p), fingerprints);
    assertEquals(List.of(1, 3), f.repeatedAt());
    // Block 0 is the host's template: the repeat at 1 came after it alone, the one at 3 after the
    // page's own paragraph too.
    assertEquals(List.of(3), f.withoutTemplate(java.util.Set.of(11L)).repeatedAt());
    assertEquals(List.of(1, 3), f.withoutTemplate(java.util.Set.of(99L)).repeatedAt());
  }

  @Test
  void aMinedProseTemplateBeforeTheArticleDoesNotMakeTheTitleARepeat(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    // Text pages whose site puts a tagline (prose-like, no interface phrase, no final stop: the miner
    // takes no sentence-ending prose as template) between the title line and the article's own
    // heading: pass 1 sees the title after prose on every page, the mined template says that prose
    // is the site's. One page repeats its title after its own text as well.
    String blurb = "Harbour Notes is written by volunteers who walk the coast every week and report "
        + "on the paths and the weather and the birds they meet along the way";
    String[] subjects = {"gulls", "terns", "waders", "herons", "plovers", "gannets", "cormorants",
        "puffins", "skuas", "eiders", "grebes", "divers"};
    for (int i = 0; i < subjects.length; i++) {
      String title = "What the " + subjects[i] + " did on the north shore this month";
      String own = "We counted " + subjects[i] + " along the north shore on " + (i + 3) + " mornings, and "
          + "the numbers rose sharply after the storm that moved the sandbanks near the old pier.";
      String tail = i == 4 ? "\n\n" + title + "\n\nMore counts follow next month." : "";
      java.nio.file.Files.createDirectories(dir.resolve("harbour-notes.example"));
      java.nio.file.Files.writeString(dir.resolve("harbour-notes.example/walk-" + i + ".txt"),
          title + "\n\n" + blurb + "\n\n" + title + "\n\n" + own + tail + "\n");
    }
    org.dupscan.engine.ScanResult r = new org.dupscan.engine.ScanEngine(
        org.dupscan.engine.ScanSettings.defaults(List.of(dir)).withThreads(2)).scan();
    List<String> repeated = new ArrayList<>();
    for (TitleGroups.Row row : r.detections().result(org.dupscan.pipeline.TitleStage.Result.class)
        .rows()) {
      if (row.kind().equals("repeated_in_body")) {
        repeated.add(row.page());
      }
    }
    assertEquals(List.of("harbour-notes.example/walk-4.txt"), repeated);
  }

  static Page html(String source) throws Exception {
    return org.dupscan.extract.PageExtractor.extract(new org.dupscan.corpus.SourceDocument("p.html",
        "p.html", "h", "p.html", org.dupscan.corpus.Format.HTML,
        source.getBytes(java.nio.charset.StandardCharsets.UTF_8), "UTF-8"));
  }

  // ---- Session 22: names, cards, edited titles ----------------------------------------------------

  @Test
  void aTitleThePageCitesAsANameMidSentenceIsALabelNotARepeat() {
    String t = "Navigateur de formulaire";
    String cites = "Le contenu du Navigateur de formulaire montre tous les formulaires de ce document, "
        + "avec leurs champs de contr\u00F4le, dans une liste que vous pouvez modifier.";
    assertTrue(TitleFacts.of(text(t, PROSE, cites, t, PROSE)).repeatedAt().isEmpty());
    String headline = "How to Fix a Dripping Tap";
    String usesWords = "Readers ask us how to fix a dripping tap every winter, and the answer is "
        + "almost always a worn washer that costs less than a coffee.";
    assertEquals(List.of(2), TitleFacts.of(text(headline, PROSE, usesWords, headline, PROSE)).repeatedAt(),
        "lower-cased words are no citation of a name");
  }

  @Test
  void aRecipeCardOrProductBoxNamedWithTheTitleIsNoRepeatInHtml() throws Exception {
    String t = "Rugbr\u00F8d med surdej til weekenden";
    String head = "<html><head><title>" + t + " \u2013 Bagedagen</title></head><body><article><h1>" + t
        + "</h1><p>" + PROSE + "</p><p>" + PROSE + "</p>";
    String card = "<div class=\"wprm-recipe\"><h2>" + t + "</h2><h3>Ingredienser</h3><ul><li>500 g rugmel</li>"
        + "<li>2 tsk salt</li></ul></div>";
    String box = "<div class=\"product\"><h2>" + t + "</h2><p>129,00 kr</p><p>L\u00E6g i kurv</p></div>";
    for (String furniture : List.of(card, box)) {
      assertTrue(TitleFacts.of(html(head + furniture + "</article></body></html>")).repeatedAt().isEmpty(),
          furniture);
    }
    Page repeat = html(head + "<h2>" + t + "</h2><p>" + PROSE + "</p></article></body></html>");
    assertEquals(1, TitleFacts.of(repeat).repeatedAt().size(), "between paragraphs it is a repeat");
  }

  @Test
  void findsTheTitleWithTheSiteNameBeforeItOnlyWhereThePageShowsThatName() {
    String t = "What next for the sea wall repairs";
    String masthead = "The Harbour Gazette News \u00B7 Sport";
    Page withMasthead = new Page("t.txt", "t.txt", "h", t, List.of(
        new Block(0, BlockKind.PARAGRAPH, masthead, false, 0, 1),
        new Block(1, BlockKind.PARAGRAPH, PROSE, false, 0),
        new Block(2, BlockKind.PARAGRAPH, "The Harbour Gazette: " + t, false, 0),
        new Block(3, BlockKind.PARAGRAPH, PROSE, false, 0)), List.of(), false, 100);
    assertEquals(List.of(2), TitleFacts.of(withMasthead).repeatedAt(), "the masthead's first line");
    String menu = "Nomi di campo del documento attivo";
    assertTrue(TitleFacts.of(text(menu, PROSE, "Scegliete Visualizza - " + menu, PROSE)).repeatedAt().isEmpty(),
        "a menu path is no site name");
  }

  @Test
  void findsTheTitleWithOneWordSwappedUnlessSiblingTitlesStandOnThePage() {
    String t = "Notes on chitting seed potatoes";
    String swapped = "Thoughts on chitting seed potatoes";
    assertEquals(List.of(1), TitleFacts.of(text(t, PROSE, swapped, PROSE)).repeatedAt());
    assertTrue(TitleFacts.of(text(t, PROSE, swapped, PROSE, "Notes on chitting seed onions"))
        .repeatedAt().isEmpty(), "a sibling one word apart makes a series");
    assertTrue(TitleFacts.of(text("Writing your first Django app, part 5", PROSE,
        "Writing your first Django app, part 4", PROSE)).repeatedAt().isEmpty(), "a number is no swap");
    assertTrue(TitleFacts.of(text(t, "Thoughts on chitting seed potatoes was the question we asked.", PROSE))
        .repeatedAt().isEmpty(), "a sentence is no swap");
  }
}
