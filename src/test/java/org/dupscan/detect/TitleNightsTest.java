package org.dupscan.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * A night's title groups made from the last run's memory ({@link TitleNights}) equal a fresh search's
 * of tonight's pages, row for row, while pages move into, out of and between duplicate and variant
 * groups, site names start and stop recurring, and groups grow past and shrink below two members.
 */
class TitleNightsTest {

  private static final double T = TitleGroups.DEFAULT_VARIANT_SIMILARITY;

  private static TitleFacts page(String id, String host, String title) {
    return new TitleFacts(id, host, title, false, title, List.of());
  }

  /** Tonight's rows from {@code last}'s memory, checked against a fresh search; returns the night. */
  private static TitleNights.Night night(TitleNights.Memory last, List<TitleFacts> tonight) {
    List<TitleFacts> sorted = new ArrayList<>(tonight);
    sorted.sort(Comparator.comparing(TitleFacts::page));
    TitleNights.Night night = TitleNights.incremental(sorted, T, last, TitleGroups.POSTING_WINDOW);
    assertNotNull(night, "the night needs the whole search");
    assertEquals(TitleGroups.search(tonight, T).rows(), night.result().rows());
    assertEquals(0, night.result().comparisonsSkipped());
    return night;
  }

  private static TitleNights.Memory first(List<TitleFacts> pages) {
    TitleNights.Night night = TitleNights.full(pages, T);
    assertEquals(TitleGroups.search(pages, T).rows(), night.result().rows());
    return night.memory();
  }

  private static List<TitleFacts> with(List<TitleFacts> pages, TitleFacts... changed) {
    TreeMap<String, TitleFacts> byId = new TreeMap<>();
    for (TitleFacts f : pages) {
      byId.put(f.page(), f);
    }
    for (TitleFacts f : changed) {
      byId.put(f.page(), f);
    }
    return new ArrayList<>(byId.values());
  }

  private static List<TitleFacts> without(List<TitleFacts> pages, String... ids) {
    List<TitleFacts> out = new ArrayList<>(pages);
    out.removeIf(f -> List.of(ids).contains(f.page()));
    return out;
  }

  private static long rows(TitleNights.Night night, String kind) {
    return night.result().rows().stream().filter(r -> r.kind().equals(kind)).count();
  }

  @Test
  void aPageMovesIntoOutOfAndBetweenDuplicateGroups() {
    List<TitleFacts> pages = List.of(
        page("a", "h", "Cheap garden chairs for sale"),
        page("b", "h", "Cheap garden chairs for sale"),
        page("c", "h", "Winter boots reviewed honestly today"),
        page("d", "h", "Summer kites flying lessons near town"));
    TitleNights.Memory m = first(pages);
    // c joins the chairs' group (grows past two), then moves to the boots' group, then leaves.
    pages = with(pages, page("c", "h", "Cheap garden chairs for sale"));
    TitleNights.Night n = night(m, pages);
    assertEquals(3, rows(n, "duplicate"));
    pages = with(pages, page("c", "h", "Summer kites flying lessons near town"));
    n = night(n.memory(), pages);
    assertEquals(4, rows(n, "duplicate"));
    pages = without(pages, "a");
    n = night(n.memory(), pages);
    assertEquals(2, rows(n, "duplicate")); // the chairs' group fell below two: gone
  }

  @Test
  void aVariantGroupSplitsWhenItsBridgeGoesAndMergesWhenOneComes() {
    // x ~ y ~ z by word sets (7 of 8 words shared each step), x and z further apart.
    String x = "alpha bravo charlie delta echo foxtrot golf hotel";
    String y = "alpha bravo charlie delta echo foxtrot golf india";
    String z = "alpha bravo charlie delta echo foxtrot juliet india";
    List<TitleFacts> pages = List.of(page("1", "h", x), page("2", "h", y), page("3", "h", z),
        page("4", "h", "kilo lima mike november oscar papa"));
    TitleNights.Memory m = first(pages);
    TitleNights.Night n = night(m, without(pages, "2")); // the bridge goes
    assertEquals(0, rows(n, "variant"));
    assertTrue(n.keysJoinedAgain() > 0);
    n = night(n.memory(), pages); // and comes back
    assertEquals(3, rows(n, "variant"));
    // A page moves from the variant group to a new one with page 4's title.
    n = night(n.memory(), with(pages, page("3", "h", "kilo lima mike november oscar quebec")));
    assertEquals(4, rows(n, "variant"));
    // An unrelated new page joins nothing again but itself.
    n = night(n.memory(), with(pages, page("3", "h", "kilo lima mike november oscar quebec"),
        page("5", "h", "romeo sierra tango uniform victor")));
    assertEquals(1, n.keysJoinedAgain());
  }

  @Test
  void aSiteNameThatStartsOrStopsRecurringChangesTheKeysOfHeldPages() {
    List<TitleFacts> pages = List.of(
        page("a", "h", "Garden chairs on sale | Acme Weekly"),
        page("b", "h", "Garden chairs on sale"),
        page("c", "other", "Garden chairs on sale | Acme Weekly"));
    TitleNights.Memory m = first(pages);
    TitleNights.Night n = night(m, pages);
    assertEquals(List.of("a", "c"), duplicates(n));
    // A second title of host h ends with the same name: it recurs, so a's key loses it and a
    // duplicates b, although a is as stored.
    pages = with(pages, page("d", "h", "Winter boots | Acme Weekly"));
    n = night(n.memory(), pages);
    assertEquals(List.of("a", "b"), duplicates(n));
    // d goes: the name no longer recurs on h and a's key takes it back.
    n = night(n.memory(), without(pages, "d"));
    assertEquals(List.of("a", "c"), duplicates(n));
  }

  private static List<String> duplicates(TitleNights.Night night) {
    return night.result().rows().stream().filter(r -> r.kind().equals("duplicate"))
        .map(TitleGroups.Row::page).toList();
  }

  @Test
  void aNightWhoseJoinWouldSkipComparisonsRunsTheWholeSearch() {
    List<TitleFacts> pages = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      pages.add(page("p" + i, "h", "common words here and number " + (char) ('a' + i) + "zz"));
    }
    TitleNights.Memory m = first(pages);
    List<TitleFacts> sorted = with(pages, page("q", "h", "common words here again"));
    assertNull(TitleNights.incremental(sorted, T, m, 1));
  }

  @Test
  void randomNightsGiveAFreshSearchsRows() {
    String[] vocabulary = {"garden", "chairs", "sale", "winter", "boots", "review", "cheap", "best",
        "guide", "kites", "summer", "lessons", "town", "river", "boats"};
    String[] names = {" | Acme Weekly", " - Big Shop", "", "", ""};
    Random random = new Random(15);
    for (int trial = 0; trial < 40; trial++) {
      List<TitleFacts> pages = new ArrayList<>();
      for (int i = 0; i < 60; i++) {
        pages.add(randomPage(random, "p" + random.nextInt(200), vocabulary, names));
      }
      pages = with(List.of(), pages.toArray(new TitleFacts[0]));
      TitleNights.Memory m = first(pages);
      for (int night = 0; night < 6; night++) {
        List<TitleFacts> tonight = new ArrayList<>(pages);
        int edits = 1 + random.nextInt(8);
        for (int e = 0; e < edits; e++) {
          int what = random.nextInt(3);
          if (what == 0 && !tonight.isEmpty()) {
            tonight.remove(random.nextInt(tonight.size()));
          } else {
            tonight = with(tonight, randomPage(random, "p" + random.nextInt(200), vocabulary, names));
          }
        }
        m = night(m, tonight).memory();
        pages = tonight;
      }
    }
  }

  private static TitleFacts randomPage(Random random, String id, String[] vocabulary, String[] names) {
    StringBuilder title = new StringBuilder();
    int words = 2 + random.nextInt(5);
    for (int w = 0; w < words; w++) {
      if (w > 0) {
        title.append(random.nextInt(6) == 0 && title.indexOf(":") < 0 ? ": " : " ");
      }
      title.append(vocabulary[random.nextInt(vocabulary.length)]);
    }
    title.append(names[random.nextInt(names.length)]);
    return page(id, "h" + random.nextInt(2), title.toString());
  }
}
