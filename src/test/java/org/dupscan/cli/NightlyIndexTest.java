package org.dupscan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.dupscan.engine.ScanEngine;
import org.dupscan.engine.SharedPassages;
import org.dupscan.pipeline.ContainmentStage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nights of incremental scans over an index give the reports a fresh scan of the pages the index
 * holds gives, byte for byte (runtime.csv aside), through adds, changes, removals and a page that
 * becomes a copy of another and then its own again.
 */
class NightlyIndexTest {

  @TempDir
  Path tmp;

  /** The repository's corpus, by path relative to it. */
  private final Map<String, byte[]> corpus = new TreeMap<>();
  /** What the index should hold after the nights so far. */
  private final Map<String, byte[]> held = new TreeMap<>();
  private Path in;
  private Path index;

  @BeforeEach
  void readCorpus() throws IOException {
    Path root = Path.of("corpus");
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        corpus.put(root.relativize(f).toString(), Files.readAllBytes(f));
      }
    }
    in = tmp.resolve("in");
    index = tmp.resolve("index");
  }

  @Test
  void incrementalNightsReportWhatAFreshScanOfTheHeldPagesReports() throws IOException {
    List<String> all = new ArrayList<>(corpus.keySet());
    // Night 1: two thirds of the corpus.
    Map<String, byte[]> night = new TreeMap<>();
    for (int i = 0; i < all.size(); i++) {
      if (i % 3 != 2) {
        night.put(all.get(i), corpus.get(all.get(i)));
      }
    }
    runNight(night, false);
    // Night 2: the last third arrives, with one page edited; earlier pages are not in tonight's crawl.
    night.clear();
    for (int i = 2; i < all.size(); i += 3) {
      night.put(all.get(i), corpus.get(all.get(i)));
    }
    String edited = all.get(0);
    night.put(edited, edit(corpus.get(edited)));
    String page = runNight(night, false);
    assertTrue(page.contains("page_changed," + edited), page);
    // Night 3: a page becomes a copy of another (unique -> duplicate).
    List<String> texts = all.stream().filter(k -> k.endsWith(".txt") && !k.equals(edited)).toList();
    String copy = texts.get(0);
    String source = texts.get(1);
    night.clear();
    night.put(copy, held.get(source));
    String changes = runNight(night, false);
    assertTrue(changes.contains("pair_new,"), changes);
    assertTrue(changes.lines().anyMatch(l -> (l.contains(",cluster_new,") || l.contains(",cluster_grown,"))
        && l.contains(copy)), changes);
    // Night 4: it is its own page again (duplicate -> unique).
    night.clear();
    night.put(copy, corpus.get(copy));
    changes = runNight(night, false);
    assertTrue(changes.contains("pair_gone,"), changes);
    // The pairs of pages unchanged since the last night were not compared again.
    String runtime = Files.readString(tmp.resolve("nightly").resolve("runtime.csv"));
    assertTrue(runtime.lines().anyMatch(l -> l.startsWith(ScanEngine.STORED_SIMILARITIES + ",")
        && Long.parseLong(l.substring(l.indexOf(',') + 1)) > 0), runtime);
    assertTrue(changes.lines().anyMatch(l -> (l.contains(",cluster_gone,") || l.contains(",cluster_shrunk,"))
        && l.contains(copy)), changes);
    // Night 5, snapshot: one host re-crawled whole but for two of its pages, which go.
    String host = all.get(0).substring(0, all.get(0).indexOf('/'));
    night.clear();
    List<String> ofHost = held.keySet().stream().filter(k -> k.startsWith(host + "/")).toList();
    for (String k : ofHost.subList(2, ofHost.size())) {
      night.put(k, held.get(k));
    }
    changes = runNight(night, true);
    assertTrue(changes.contains("page_removed," + ofHost.get(0)), changes);
    assertEquals(corpus.size() - 2, held.size());
  }

  @Test
  void heldPagesAreSignedAgainWhenTheirHostsTemplateChanges() throws IOException {
    // Night 1: two pages share a footer, too few for it to be template; page a has the body of c and
    // the footer, so it is no copy of c while the footer counts.
    String footer = "Prices include tax and free delivery to every town along the valley railway line.";
    Map<String, byte[]> night = new TreeMap<>();
    night.put("shop.example/a.txt", page("Alpine boots", BODY, footer));
    night.put("shop.example/b.txt", page("Canvas tents", "Canvas tents for four people, with porch and "
        + "sewn-in groundsheet, pitched in ten minutes by two walkers at the end of a long day.", footer));
    night.put("shop.example/c.txt", page("Mountain boots", BODY, null));
    for (int i = 0; i < 6; i++) {
      night.put("shop.example/p" + i + ".txt", page("Item " + i, "Item number " + i + " of the summer "
          + "range, " + WORDS[i] + ", sold by the piece and kept in the back room until it is asked for.", null));
    }
    runNight(night, false);
    // Night 2: four new pages carry the footer too: it becomes the host's template, which takes it out
    // of the held pages a and b, and a is now an exact copy of c. Only new pages are read tonight.
    night.clear();
    for (int i = 0; i < 4; i++) {
      night.put("shop.example/n" + i + ".txt", page("New " + i, "A new arrival, number " + i + ", "
          + WORDS[i + 6] + ", delivered this week in small numbers and sold while stocks last.", footer));
    }
    String changes = runNight(night, false);
    assertTrue(changes.contains("pair_new,shop.example/a.txt,shop.example/c.txt"), changes);
    assertTrue(changes.contains("cluster_new,shop.example/a.txt,,shop.example/a.txt; shop.example/c.txt"),
        changes);
  }

  @Test
  void passagesOfUnchangedPairsComeFromTheIndexAndAChangedPagesAreMadeAgain() throws IOException {
    Map<String, byte[]> night = new TreeMap<>();
    night.put("docs.example/a.txt", page("Ferry times", FERRY, null));
    night.put("docs.example/b.txt", page("Ferry timetable", FERRY + " Tickets are sold on board.", null));
    night.put("docs.example/c.txt", page("Boots", BODY, null));
    night.put("docs.example/d.txt", page("More boots", BODY + " Ask for the winter range.", null));
    for (int i = 0; i < 4; i++) {
      night.put("docs.example/p" + i + ".txt", page("Item " + i, "Item number " + i + " of the summer "
          + "range, " + WORDS[i] + ", sold by the piece and kept in the back room until it is asked for.", null));
    }
    runNight(night, false);
    String first = Files.readString(tmp.resolve("nightly").resolve(SharedPassages.FILE));
    assertTrue(first.contains("docs.example/a.txt,docs.example/b.txt"), first);
    // Night 2 reads one new page: the pairs' pages are carried, and their passages kept in the index.
    night.clear();
    night.put("docs.example/x.txt", page("Tents", "Canvas tents for four people, with porch and sewn-in "
        + "groundsheet, pitched in ten minutes by two walkers at the end of a long day.", null));
    runNight(night, false);
    assertEquals(first, Files.readString(tmp.resolve("nightly").resolve(SharedPassages.FILE)));
    assertEquals(first, Files.readString(tmp.resolve("fresh").resolve(SharedPassages.FILE)));
    // Night 3: page b changes; its pair's passages are made again from tonight's bytes.
    night.clear();
    night.put("docs.example/a.txt", held.get("docs.example/a.txt"));
    night.put("docs.example/b.txt", page("Ferry timetable", FERRY + " Bicycles travel free.", null));
    runNight(night, false);
    String third = Files.readString(tmp.resolve("nightly").resolve(SharedPassages.FILE));
    assertTrue(third.contains("Bicycles travel free"), third);
    assertEquals(Files.readString(tmp.resolve("fresh").resolve(SharedPassages.FILE)), third);
  }

  @Test
  void containedPagesOfUnchangedPairsTakeTheirStoredIntersectionAndAChangedPageIsVerifiedAgain()
      throws IOException {
    // A tag page holds two posts whole: both are contained in it.
    Map<String, byte[]> night = new TreeMap<>();
    night.put("blog.example/compost.txt", page("Compost", COMPOST, null));
    night.put("blog.example/mulch.txt", page("Mulch", MULCH, null));
    night.put("blog.example/tag-soil.txt", page("Tag: soil", COMPOST + "\n\n" + MULCH
        + "\n\nMore posts about soil are listed in the archive.", null));
    for (int i = 0; i < 4; i++) {
      night.put("blog.example/p" + i + ".txt", page("Item " + i, "Item number " + i + " of the summer "
          + "range, " + WORDS[i] + ", sold by the piece and kept in the back room until it is asked for.", null));
    }
    runNight(night, false);
    String first = Files.readString(tmp.resolve("nightly").resolve(ContainmentStage.FILE));
    assertTrue(first.contains("blog.example/tag-soil.txt,blog.example/compost.txt,1.0000"), first);
    assertTrue(first.contains("blog.example/tag-soil.txt,blog.example/mulch.txt,1.0000"), first);
    // Night 2 reads one new page: the candidate pairs' pages are carried, their sizes taken as stored.
    night.clear();
    night.put("blog.example/x.txt", page("Tents", "Canvas tents for four people, with porch and sewn-in "
        + "groundsheet, pitched in ten minutes by two walkers at the end of a long day.", null));
    runNight(night, false);
    assertEquals(first, Files.readString(tmp.resolve("nightly").resolve(ContainmentStage.FILE)));
    long taken = runtime(ScanEngine.STORED_INTERSECTIONS);
    assertTrue(taken >= 2, "stored intersections taken: " + taken);
    // Night 3: the compost post grows; its pair is verified again (a stored size would keep 1.0000).
    night.clear();
    night.put("blog.example/compost.txt", page("Compost", COMPOST + " Turn the heap every second week "
        + "with a fork, and cover it in winter.", null));
    runNight(night, false);
    String third = Files.readString(tmp.resolve("nightly").resolve(ContainmentStage.FILE));
    assertTrue(!third.contains("blog.example/tag-soil.txt,blog.example/compost.txt,1.0000"), third);
    assertTrue(third.contains("blog.example/tag-soil.txt,blog.example/mulch.txt,1.0000"), third);
    assertTrue(runtime(ScanEngine.STORED_INTERSECTIONS) < taken, "the changed page's pairs verified");
  }

  @Test
  void containmentTakesTheStoredCandidatesOfUntouchedPagesAndSearchesForThoseANewPageTouches()
      throws IOException {
    Map<String, byte[]> night = new TreeMap<>();
    night.put("blog.example/compost.txt", page("Compost", COMPOST, null));
    night.put("blog.example/mulch.txt", page("Mulch", MULCH, null));
    night.put("blog.example/tag-soil.txt", page("Tag: soil", COMPOST + "\n\n" + MULCH
        + "\n\nMore posts about soil are listed in the archive.", null));
    runNight(night, false);
    // Night 2: an unrelated page shares no sampled shingle with the posts: their candidates (the tag
    // page) are taken as stored, not searched for.
    night.clear();
    night.put("blog.example/x.txt", page("Tents", "Canvas tents for four people, with porch and sewn-in "
        + "groundsheet, pitched in ten minutes by two walkers at the end of a long day.", null));
    runNight(night, false);
    long taken = runtime(ScanEngine.STORED_CANDIDATES);
    assertTrue(taken >= 2, "pages whose candidates were taken: " + taken);
    // Night 3: a new tag page holds the mulch post, which is as stored: its sampled shingles are now on
    // the new page too, so its candidates are searched for again and the new container found (with
    // the stored list taken, contained.csv would lack the pair; runNight compares it with a fresh scan).
    night.clear();
    night.put("blog.example/tag-garden.txt", page("Tag: garden", MULCH + "\n\nThe garden posts of the "
        + "spring are listed here with the ones about soil and compost.", null));
    runNight(night, false);
    String third = Files.readString(tmp.resolve("nightly").resolve(ContainmentStage.FILE));
    assertTrue(third.contains("blog.example/tag-garden.txt,blog.example/mulch.txt,1.0000"), third);
    assertTrue(third.contains("blog.example/tag-soil.txt,blog.example/compost.txt,1.0000"), third);
    assertTrue(runtime(ScanEngine.STORED_CANDIDATES) < taken,
        "the mulch post's candidates searched for: " + runtime(ScanEngine.STORED_CANDIDATES));
  }

  @Test
  void heldPagesWordsAreReadOnlyForThePairsOfANewPage() throws IOException {
    Map<String, byte[]> night = new TreeMap<>();
    night.put("news.example/ferry.txt", page("Ferry", FERRY, null));
    night.put("news.example/ferry-copy.txt", page("Ferry times", FERRY + " Dogs travel free.", null));
    night.put("news.example/compost.txt", page("Compost", COMPOST, null));
    night.put("news.example/mulch.txt", page("Mulch", MULCH, null));
    runNight(night, false);
    // Night 2: an unrelated page; the pair of held pages keeps its stored similarity, no words read.
    night.clear();
    night.put("news.example/boots.txt", page("Boots", BODY, null));
    runNight(night, false);
    assertEquals(0, runtime(ScanEngine.HELD_WORDS_READ));
    // Night 3: a third copy of the ferry page: its pairs with the two held copies are verified, from
    // their words as stored (runNight compares every report with a fresh scan's).
    night.clear();
    night.put("news.example/ferry-again.txt", page("Ferry", FERRY + " Bicycles travel free.", null));
    runNight(night, false);
    String pairs = Files.readString(tmp.resolve("nightly").resolve("near_duplicates.csv"));
    assertTrue(pairs.contains("news.example/ferry-again.txt"), pairs);
    long read = runtime(ScanEngine.HELD_WORDS_READ);
    assertTrue(read >= 2, "held pages' words read: " + read);
  }

  @Test
  void titleGroupsOfANightComeFromTheLastRunsKeysAndJoinAgainOnlyWhatMoved() throws IOException {
    String x = "Alpha bravo charlie delta echo foxtrot golf hotel";
    String y = "Alpha bravo charlie delta echo foxtrot golf india";
    String z = "Alpha bravo charlie delta echo foxtrot juliet india";
    Map<String, byte[]> night = new TreeMap<>();
    night.put("shop.example/a.txt", page("Cheap garden chairs for sale", WORDS[0] + ". " + BODY, null));
    night.put("shop.example/b.txt", page("Cheap garden chairs for sale", WORDS[1] + ". " + FERRY, null));
    night.put("shop.example/c.txt", page(x, COMPOST, null));
    night.put("shop.example/d.txt", page(y, MULCH, null));
    night.put("shop.example/e.txt", page(z, WORDS[2] + ". " + BODY + " " + WORDS[3], null));
    night.put("shop.example/f.txt", page("Winter boots | Acme Weekly", WORDS[4] + ". " + FERRY, null));
    night.put("other.example/g.txt", page("Garden chairs | Acme Weekly", WORDS[5] + ". " + MULCH, null));
    runNight(night, false);
    assertEquals(-1, runtime(ScanEngine.TITLE_KEYS_JOINED_AGAIN), "the first night searches all");
    // Night 2: e moves from the variant group to the chairs' duplicates (which grow to three); the
    // variant group keeps c and d. e's key is the chairs' (held); c and d, whose group lost e's old
    // title, are joined again, and no other key.
    night.clear();
    night.put("shop.example/e.txt", page("Cheap garden chairs for sale", WORDS[2] + ". " + BODY, null));
    runNight(night, false);
    assertEquals(2, runtime(ScanEngine.TITLE_KEYS_JOINED_AGAIN));
    // Night 3: the bridge d goes to another title, so c and e's old title would be apart; a second
    // title of shop.example ends with " | Acme Weekly": the name now recurs on that host, f's key loses
    // it although f is as stored, and f duplicates h.
    night.clear();
    night.put("shop.example/d.txt", page("Kilo lima mike november oscar papa", MULCH, null));
    night.put("shop.example/h.txt", page("Winter boots", WORDS[6] + ". " + COMPOST, null));
    night.put("shop.example/i.txt", page("Summer kites | Acme Weekly", WORDS[7] + ". " + FERRY, null));
    runNight(night, false);
    String titles = Files.readString(tmp.resolve("nightly").resolve("titles.csv"));
    assertTrue(titles.contains("shop.example/f.txt,Winter boots | Acme Weekly"), titles);
    long again = runtime(ScanEngine.TITLE_KEYS_JOINED_AGAIN);
    assertTrue(again >= 1 && again <= 5, "keys joined again: " + again);
    // Night 4 (snapshot of shop.example without i and d): the name stops recurring, f's key takes
    // it back; d's variant group with a new page j loses d.
    night.clear();
    night.put("shop.example/a.txt", page("Cheap garden chairs for sale", WORDS[0] + ". " + BODY, null));
    night.put("shop.example/b.txt", page("Cheap garden chairs for sale", WORDS[1] + ". " + FERRY, null));
    night.put("shop.example/c.txt", page(x, COMPOST, null));
    night.put("shop.example/e.txt", page("Cheap garden chairs for sale", WORDS[2] + ". " + BODY, null));
    night.put("shop.example/f.txt", page("Winter boots | Acme Weekly", WORDS[4] + ". " + FERRY, null));
    night.put("shop.example/h.txt", page("Winter boots", WORDS[6] + ". " + COMPOST, null));
    night.put("shop.example/j.txt", page(y, WORDS[8] + ". " + MULCH, null));
    runNight(night, true);
    titles = Files.readString(tmp.resolve("nightly").resolve("titles.csv"));
    assertTrue(titles.contains("variant,V00001,shop.example/c.txt"), titles);
    assertTrue(titles.contains("variant,V00001,shop.example/j.txt"), titles);
    assertTrue(!titles.contains("shop.example/f.txt"), titles);
  }

  /** A count of the last night's runtime.csv. */
  private long runtime(String row) throws IOException {
    String runtime = Files.readString(tmp.resolve("nightly").resolve("runtime.csv"));
    return runtime.lines().filter(l -> l.startsWith(row + ",")).mapToLong(l -> Long.parseLong(
        l.substring(l.indexOf(',') + 1))).findFirst().orElseThrow(() -> new AssertionError(runtime));
  }

  private static final String COMPOST = "A compost heap heats up when it holds enough green waste, "
      + "grass cuttings, kitchen peelings and fresh weeds, layered with brown waste such as straw, "
      + "dry leaves and torn cardboard; it needs air, so build it loosely on bare soil, keep it as damp "
      + "as a wrung sponge, and after three months the middle is dark, crumbly and sweet smelling.";
  private static final String MULCH = "Mulch keeps the soil moist through a dry summer and feeds the "
      + "worms that carry it down: spread five centimetres of leaf mould, bark or old compost around "
      + "shrubs and between rows in spring, once the ground has warmed, leaving a gap around every stem "
      + "so that the bark does not rot, and top it up in autumn when the leaves come down.";

  private static final String FERRY = "The ferry leaves the north pier at seven, ten and four on weekdays, "
      + "calls at the island landing stage twenty minutes later and returns within the hour; on Sundays "
      + "the first crossing is at nine and the last at six, and cars must be booked the day before.";

  private static final String BODY = "Leather walking boots with a stiff sole for scree and snow, "
      + "resoled in our own workshop, waxed by hand and fitted in the shop on a wooden ramp.";
  private static final String[] WORDS = {"red wool", "blue linen", "green felt", "grey cotton",
      "white silk", "black leather", "brown cord", "pale hemp", "dark tweed", "soft fleece"};

  private static byte[] page(String title, String body, String footer) {
    return (title + "\n\n" + body + "\n" + (footer == null ? "" : "\n" + footer + "\n"))
        .getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aSecondRunWithOtherSettingsIsRefusedAndNamesTheSetting() throws IOException {
    write(Map.of(corpus.keySet().iterator().next(), corpus.values().iterator().next()));
    assertEquals(0, CliRunner.run("scan", in.toString(), "--index", index.toString(), "--out",
        tmp.resolve("out").toString(), "-q").exitCode());
    CliRunner.Run r = CliRunner.run("scan", in.toString(), "--index", index.toString(), "--out",
        tmp.resolve("out").toString(), "-q", "--shingle-size", "4");
    assertEquals(ExitCode.USAGE, r.exitCode());
    assertTrue(r.err().contains("shingleSize was 5, this run has 4") && r.err().contains("--rebuild-index"),
        r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertEquals(0, CliRunner.run("scan", in.toString(), "--index", index.toString(), "--out",
        tmp.resolve("out").toString(), "-q", "--shingle-size", "4", "--rebuild-index").exitCode());
  }

  @Test
  void anIndexOfAnEarlierFormatIsRefusedAndToldHowToRebuild() throws Exception {
    write(Map.of(corpus.keySet().iterator().next(), corpus.values().iterator().next()));
    String[] night = {"scan", in.toString(), "--index", index.toString(), "--out",
        tmp.resolve("out").toString(), "-q"};
    assertEquals(0, CliRunner.run(night).exitCode());
    int earlier = org.dupscan.index.PageIndex.FORMAT - 1;
    try (java.sql.Connection db = java.sql.DriverManager.getConnection("jdbc:sqlite:"
        + index.resolve(org.dupscan.index.PageIndex.DATABASE));
        java.sql.Statement st = db.createStatement()) {
      st.executeUpdate("UPDATE meta SET value = '" + earlier + "' WHERE key = 'format'");
    }
    CliRunner.Run r = CliRunner.run(night);
    assertEquals(ExitCode.USAGE, r.exitCode());
    assertTrue(r.err().contains("index format " + earlier + ", this version reads "
        + org.dupscan.index.PageIndex.FORMAT) && r.err().contains("--rebuild-index"), r.err());
    List<String> rebuild = new ArrayList<>(List.of(night));
    rebuild.add("--rebuild-index");
    assertEquals(0, CliRunner.run(rebuild.toArray(String[]::new)).exitCode());
  }

  /**
   * Runs one night over {@code night} (written to the input folder), then a fresh scan of the pages the
   * index should hold from the same folder, and compares their reports. Returns changes.csv.
   */
  private String runNight(Map<String, byte[]> night, boolean snapshot) throws IOException {
    if (snapshot) {
      java.util.Set<String> hosts = new java.util.HashSet<>();
      night.keySet().forEach(k -> hosts.add(k.substring(0, k.indexOf('/'))));
      held.keySet().removeIf(k -> hosts.contains(k.substring(0, k.indexOf('/'))));
    }
    held.putAll(night);
    write(night);
    Path nightly = tmp.resolve("nightly");
    List<String> args = new ArrayList<>(List.of("scan", in.toString(), "--index", index.toString(),
        "--out", nightly.toString(), "-q", "--threads", "2"));
    if (snapshot) {
      args.add("--snapshot");
    }
    CliRunner.Run r = CliRunner.run(args.toArray(String[]::new));
    assertEquals(0, r.exitCode(), r.err());
    write(held);
    Path fresh = tmp.resolve("fresh");
    r = CliRunner.run("scan", in.toString(), "--out", fresh.toString(), "-q", "--threads", "2");
    assertEquals(0, r.exitCode(), r.err());
    try (Stream<Path> files = Files.list(fresh)) {
      for (Path f : files.sorted().toList()) {
        String name = f.getFileName().toString();
        // passages.csv (and index.html's passages) too: the index keeps every held page's compared
        // text, so a night makes the passages of pairs whose pages it did not read.
        if (!name.equals("runtime.csv")) {
          assertEquals(Files.readString(f), Files.readString(nightly.resolve(name)), name);
        }
      }
    }
    return Files.readString(nightly.resolve("changes.csv"));
  }

  /** Makes the input folder hold exactly {@code pages}. */
  private void write(Map<String, byte[]> pages) throws IOException {
    if (Files.exists(in)) {
      try (Stream<Path> files = Files.walk(in)) {
        for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(f);
        }
      }
    }
    for (Map.Entry<String, byte[]> e : pages.entrySet()) {
      Path f = in.resolve(e.getKey());
      Files.createDirectories(f.getParent());
      Files.write(f, e.getValue());
    }
  }

  /** A page with one more paragraph of its own. */
  private static byte[] edit(byte[] page) {
    String s = new String(page, StandardCharsets.UTF_8);
    String extra = "An added paragraph about the weather in the valley this week.";
    int body = s.lastIndexOf("</body>");
    s = body >= 0 ? s.substring(0, body) + "<p>" + extra + "</p>" + s.substring(body) : s + "\n\n" + extra + "\n";
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
