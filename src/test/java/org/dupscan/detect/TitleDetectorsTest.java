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
}
