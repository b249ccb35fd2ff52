package org.dupscan.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RestatementTest {

  static final String LEAD = "Our club spent the autumn mapping the darkest fields around the village. "
      + "This report sums up what we found and which sites we would recommend to new members.";
  static final String P1 = "The first field lies beyond the old mill, where the hedges block the glow "
      + "of the town and the horizon stays clear to the south for most of the winter months.";
  static final String P2 = "Dew was the main enemy on every night we spent there, so bring a heater strip "
      + "for the finder and a spare blanket for the eyepiece case if you plan to stay past midnight.";
  static final String P3 = "The second site is a farm track with a wide gate, enough for four cars, "
      + "and the farmer is happy for us to use it as long as the gate is closed behind us.";
  static final String P4 = "Transparency on the best nights reached magnitude six at the zenith, and the "
      + "summer triangle stood out against a sky that showed the dark rift without any averted vision.";

  private static List<Restatement> restatements(String... paragraphs) {
    return TextQuality.measure(TextQualityTest.page(paragraphs), 0.4).restatements();
  }

  @Test
  void theLeadSaidAgainAfterThreeParagraphsIsACandidate() {
    List<Restatement> r = restatements(LEAD, P1, P2, P3, LEAD);
    assertEquals(1, r.size());
    assertEquals(Restatement.LEAD, r.get(0).form());
    assertEquals(4, r.get(0).block());
  }

  @Test
  void theLeadAfterALeadInOrWithItsSentencesSwappedIsACandidate() {
    String swapped = "This report sums up what we found and which sites we would recommend to new "
        + "members. Our club spent the autumn mapping the darkest fields around the village.";
    assertEquals(1, restatements(LEAD, P1, P2, P3, P4, swapped).size());
    String leadIn = "In short, our club spent the autumn mapping the darkest fields around the village. "
        + "This report sums up what we found and which sites we would recommend to new members.";
    assertEquals(1, restatements(LEAD, P1, P2, P3, leadIn).size());
  }

  @Test
  void theLeadTooSoonOrRepeatedPerEntryIsNoCandidate() {
    assertTrue(restatements(LEAD, P1, P2, LEAD, P3).isEmpty(), "two paragraphs between");
    assertTrue(restatements(LEAD, P1, P2, P3, LEAD, P4, LEAD).isEmpty(), "a note repeated per entry");
    String changed = LEAD.replace("autumn", "spring");
    assertTrue(restatements(LEAD, P1, P2, P3, changed).isEmpty(), "not word for word");
  }

  @Test
  void aLeadThatALaterParagraphOpensWithAndGoesOnIsANotePerEntry() {
    // Apache's LimitRequest* entries: the same opening sentence under each directive, once alone
    // and once with a sentence of the entry's own after it.
    String longer = LEAD + " Raise it when clients see an error about too many fields in a request.";
    assertTrue(restatements(LEAD, P1, P2, longer, P3, P4, LEAD).isEmpty());
    assertEquals(1, restatements(LEAD, P1, P2, P3, P4, LEAD).size(), "the lead said again alone");
  }

  @Test
  void aLeadThatOpensWithAnIdentifierIsADefinitionListEntry() {
    // ScriptForge's "macroexecution:" parameter, described under two methods.
    String entry = "macroexecution: " + LEAD;
    assertTrue(restatements(entry, P1, P2, P3, P4, entry).isEmpty());
    assertTrue(TextQuality.opensWithIdentifier("FileName: the name of the file to open."));
    assertTrue(TextQuality.opensWithIdentifier("max_connections: how many clients at most."));
    assertFalse(TextQuality.opensWithIdentifier("Update: we went back in the spring."), "a label");
    assertFalse(TextQuality.opensWithIdentifier("our club: a report"), "two words");
    assertEquals(1, restatements("Update: " + LEAD, P1, P2, P3, P4, "Update: " + LEAD).size(),
        "a capitalised label opens prose");
  }

  @Test
  void theLeadTooFarDownIsNoCandidate() {
    List<String> page = new ArrayList<>();
    page.add(LEAD);
    for (int i = 0; i <= Restatement.MAX_SPAN; i++) {
      page.add("Paragraph " + i + " of a long reference page describes one more directive, its syntax, "
          + "its default value " + i + " and the contexts where the server accepts it at startup time.");
    }
    page.add(LEAD);
    assertTrue(restatements(page.toArray(new String[0])).isEmpty());
  }

  @Test
  void aSectionRepeatedUnderTheSameHeadingIsNoCandidate() {
    // LibreOffice's "Load Basic code" option, described under both the Word and the Excel heading.
    assertTrue(restatements("Load Basic code", LEAD, P1, P2, P3, "Load Basic code", LEAD).isEmpty());
    assertEquals(1, restatements("Posted by Ann", LEAD, P1, P2, P3, "Share this", LEAD).size());
  }

  @Test
  void aParallelEntryWithTheSameRowTwoBlocksUpIsNoCandidate() {
    // Apache's directive entries: "Module:" and its row, then the description, in each entry.
    assertTrue(restatements("Module: mpm_common", "Syntax: SendBufferSize", LEAD, P1, P2, P3,
        "Module: mpm_common", "Syntax: ReceiveBufferSize", LEAD).isEmpty());
  }

  @Test
  void theTitleRepeatedBeforeTheRestatementDoesNotHideIt() {
    // TextQualityTest.page's title is "T": a spam page's title repeated in the body is no entry.
    assertEquals(1, restatements("T", LEAD, P1, P2, P3, "T", LEAD).size());
  }

  @Test
  void aPageThatMirrorsOtherParagraphsHasNoLeadCandidate() {
    // Parallel entries (two signals with the same arguments): the repeated lead is one of several.
    assertTrue(restatements(LEAD, P1, P2, P3, P1, LEAD).isEmpty());
  }

  @Test
  void aBoxOfSentencesEachFoundInALaterParagraphIsACandidate() {
    String box = "Key takeaways The first field lies beyond the old mill, where the hedges block the glow "
        + "of the town and the horizon stays clear to the south for most of the winter months. Dew was "
        + "the main enemy on every night we spent there, so bring a heater strip for the finder and a "
        + "spare blanket for the eyepiece case if you plan to stay past midnight. The second site is a "
        + "farm track with a wide gate, enough for four cars, and the farmer is happy for us to use it as "
        + "long as the gate is closed behind us.";
    String p1 = P1 + " We measured the sky there on nine nights.";
    String p2 = P2 + " Nobody minded the cold.";
    String p3 = P3 + " It is ten minutes from the mill.";
    List<Restatement> r = restatements(box, LEAD, p1, p2, p3, P4);
    assertEquals(1, r.size());
    assertEquals(Restatement.BOX, r.get(0).form());
    assertEquals(0, r.get(0).block());
    // Two sentences from one paragraph: not a box of the page's points.
    String two = P1 + " " + P2;
    assertTrue(restatements("Key takeaways " + two + " " + P3, LEAD, two, P3, P4).isEmpty());
  }

  @Test
  void splitsSentencesAndJoinsShortOnes() {
    assertEquals(List.of("the first field lies beyond the mill", "see below now then it rains"),
        Restatement.sentences("The first field lies beyond the mill. See below. Now then, it rains."));
  }
}
