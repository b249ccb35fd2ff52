package org.dupscan.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SiteNamesTest {

  @Test
  void stripsASuffixThatRecursOnTheHostsTitlesOnly() {
    SiteNames names = SiteNames.of(List.of("Oak tables | Fine Woodwork", "Pine chairs | Fine Woodwork",
        "Elm desks | Workshop Notes"), List.of("wood.example", "wood.example", "wood.example"));
    assertEquals("Oak tables", names.strip("Oak tables | Fine Woodwork", "wood.example"));
    assertEquals("Elm desks | Workshop Notes", names.strip("Elm desks | Workshop Notes",
        "wood.example"));
    assertEquals("Oak tables | Fine Woodwork", names.strip("Oak tables | Fine Woodwork",
        "other.example"));
  }

  @Test
  void stripsAPrefixThatSpellsTheHostName() {
    SiteNames names = SiteNames.of(List.of("Gardenia - How to prune roses"), List.of("gardenia.example"));
    assertEquals("How to prune roses", names.strip("Gardenia - How to prune roses", "gardenia.example"));
  }

  @Test
  void keepsASegmentTooLongForASiteName() {
    String guide = " | the complete illustrated guide to pruning climbing roses";
    SiteNames names = SiteNames.of(List.of("Oak" + guide, "Elm" + guide), List.of("a.example",
        "a.example"));
    assertEquals("Oak" + guide, names.strip("Oak" + guide, "a.example"));
  }
}
