package org.dupscan.detect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dupscan.extract.Block;
import org.dupscan.extract.Page;
import org.dupscan.text.PageWords;
import org.junit.jupiter.api.Test;

class ListRunsTest {

  static final String PROSE = TextQualityTest.A;

  private static boolean[] runs(String... lines) {
    Page p = TextQualityTest.page(lines);
    return ListRuns.runs(p.blocks(), Words.tokenize(p), b -> true, 3);
  }

  @Test
  void navigationLabelsFormARun() {
    assertArrayEquals(new boolean[] {false, true, true, true, true, false},
        runs(PROSE, "Home", "Getting started", "Installing the package from source", "Bugfixes", PROSE));
  }

  @Test
  void stuffedSentencesAreNotAListRun() {
    // Keyword phrases written as short sentences, one a line: each ends as a sentence and their marks vary.
    assertArrayEquals(new boolean[5], runs(PROSE,
        "Looking for cheap pram deals? Our guide to cheap pram deals covers buggies, prams and more.",
        "Cheap pram deals are easy when you know where to find cheap pram deals.",
        "Cheap pram deals, pram sales, buggy offers: all in one place.", PROSE));
  }

  @Test
  void shortProseSentencesAreNotARun() {
    assertArrayEquals(new boolean[5], runs(PROSE, "The shed is built on a simple frame.",
        "The backscene is a printed sky.", "It has stayed flat through a damp winter.", PROSE));
  }

  @Test
  void menuPathsOfOnePatternFormARun() {
    // A help page's menu entries as a text dump: sentences, but all of the pattern "- - .".
    assertArrayEquals(new boolean[] {false, true, true, true, false}, runs(PROSE,
        "Choose Format - Align Text - Left.", "Open context menu - choose Align Text - Left.",
        "Choose Format - Align Text - Right.", PROSE));
  }

  @Test
  void fieldsAndMarkedEntriesFormARun() {
    assertArrayEquals(new boolean[] {false, true, true, true, false}, runs(PROSE,
        "Tags: honey, bees, hives.", "Filed under: beekeeping.", "Share: mail, print.", PROSE));
    assertArrayEquals(new boolean[] {false, true, true, true, false}, runs(PROSE,
        "• Open the hive gently.", "• Check the brood frames.", "• Close it again.", PROSE));
  }

  @Test
  void menuPathsWithTheirOwnNotesFormARun() {
    assertArrayEquals(new boolean[] {false, true, true, true, false}, runs(PROSE,
        "Choose Format - Arrange (Writer, Calc).", "Choose Shape - Arrange (Draw).",
        "Choose Format - Arrange - Bring Forward (Writer, Calc).", PROSE));
  }

  @Test
  void termsAndTheirDefinitionsFormARun() {
    assertArrayEquals(new boolean[] {false, true, true, true, true, true, true, false}, runs(PROSE, "Knop",
        "Het geselecteerde element wordt vervangen door een knop.", "Label",
        "Het geselecteerde element wordt vervangen door een label.", "Keuzelijst",
        "Het geselecteerde element wordt vervangen door een keuzelijst.", PROSE));
  }

  @Test
  void twoLinesAreNoRunOfThreeAndAParagraphEndsARun() {
    assertArrayEquals(new boolean[4], runs(PROSE, "Home", "Getting started", PROSE));
    assertArrayEquals(new boolean[] {true, true, true, false, false, false},
        runs("Home", "Contents", "Index", PROSE, "Bugfixes", "Changes"));
  }

  @Test
  void aLineHeadsARunOfEntriesNotAParagraph() {
    Page p = TextQualityTest.page("Page title", "Related topics", "Aligning text", PROSE);
    PageWords w = Words.tokenize(p);
    List<Block> b = p.blocks();
    assertTrue(ListRuns.headsRun(b, b.get(0), w, 2));
    assertFalse(ListRuns.headsRun(b, b.get(1), w, 2), "a paragraph follows its first entry");
    Page q = TextQualityTest.page("Page title", "The shed is built on a simple frame.",
        "The backscene is a printed sky.", PROSE);
    assertFalse(ListRuns.headsRun(q.blocks(), q.blocks().get(0), Words.tokenize(q), 2));
  }

  @Test
  void skeletonKeepsMarksBetweenWordsOut() {
    assertTrue(ListRuns.skeleton("Don't use e-mail for 3.2 releases - ever.").equals("-."));
    assertTrue(ListRuns.alike("Choose Format - Character.", "Choose Edit - Paste Special."));
    assertFalse(ListRuns.alike("Compare prams and buggies.", "Nobody beats our prams, ever."));
  }

  @Test
  void rejectsARunShorterThanTwoLines() {
    Page p = TextQualityTest.page(PROSE);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ListRuns.runs(p.blocks(), Words.tokenize(p), b -> true, 1));
    assertTrue(e.getMessage().contains("1"), e.getMessage());
  }
}
