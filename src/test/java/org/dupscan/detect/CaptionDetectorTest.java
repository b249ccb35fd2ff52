package org.dupscan.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dupscan.extract.Block;
import org.dupscan.extract.BlockKind;
import org.dupscan.extract.ImageText;
import org.dupscan.extract.Page;
import org.junit.jupiter.api.Test;

class CaptionDetectorTest {

  static final String P1 = "Cervical mucus changes through the menstrual cycle, and its amount and "
      + "consistency help sperm travel through the cervix towards the egg during the fertile window.";
  static final String P2 = "Several studies have linked abnormal cervical mucus with recurrent "
      + "miscarriage, although researchers stress that the evidence is still limited and uncertain.";
  static final String TITLE = "Cervical Mucus and Miscarriage";

  static Page page(String id, String host, List<ImageText> images, Object... blocks) {
    List<Block> out = new ArrayList<>();
    for (int i = 0; i < blocks.length; i += 2) {
      out.add(new Block(out.size(), (BlockKind) blocks[i], (String) blocks[i + 1], false, 0));
    }
    return new Page(id, id, host, TITLE, out, images, true, 100);
  }

  static List<CaptionDetector.Caption> detect(Page... pages) {
    List<CaptionDetector.Candidate> all = new ArrayList<>();
    for (Page p : pages) {
      all.addAll(CaptionDetector.candidates(p, TitleFacts.of(p)));
    }
    return CaptionDetector.finish(all, CaptionDetector.DEFAULT_MIN_SCORE);
  }

  @Test
  void findsAPictureDescriptionFollowedByTheRepeatedTitle() {
    List<CaptionDetector.Caption> c = detect(page("a", "h", List.of(), BlockKind.PARAGRAPH, P1,
        BlockKind.PARAGRAPH, "Baby with blue eyes wearing a light blue onesie on a soft white background.",
        BlockKind.PARAGRAPH, TITLE, BlockKind.PARAGRAPH, P2));
    assertEquals(1, c.size());
    assertEquals(1, c.get(0).block());
    assertTrue(c.get(0).reasons().contains("title repeated after it"), c.get(0).reasons());
  }

  @Test
  void findsABodyBlockRepeatingAnImagesAltText() {
    String alt = "Pregnant woman in a striped sweater holding a mug beside a window";
    List<CaptionDetector.Caption> c = detect(page("a", "h",
        List.of(new ImageText(alt, "alt", 1)), BlockKind.PARAGRAPH, P1, BlockKind.PARAGRAPH, alt,
        BlockKind.PARAGRAPH, P2));
    assertEquals(1, c.size());
    assertTrue(c.get(0).reasons().contains("repeats image alt text"));
  }

  @Test
  void countsTheSameCaptionOnOtherPagesAndHosts() {
    String cap = "Smiling toddler in denim dungarees against an orange wall";
    List<CaptionDetector.Caption> c = detect(
        page("a", "h1", List.of(), BlockKind.PARAGRAPH, P1, BlockKind.PARAGRAPH, cap,
            BlockKind.PARAGRAPH, P2),
        page("b", "h2", List.of(), BlockKind.PARAGRAPH, P2, BlockKind.PARAGRAPH, cap,
            BlockKind.PARAGRAPH, P1));
    assertEquals(2, c.size());
    assertEquals(2, c.get(0).pagesWithSameText());
    assertEquals(2, c.get(0).hostsWithSameText());
  }

  @Test
  void ignoresAFigureCaptionAboutTheArticlesSubject() {
    assertTrue(detect(page("a", "h", List.of(), BlockKind.PARAGRAPH, P1, BlockKind.CAPTION,
        "Cervical mucus under the microscope during the fertile window", BlockKind.PARAGRAPH, P2))
        .isEmpty());
  }

  @Test
  void ignoresHeadingsListItemsBylinesAndShortRealParagraphs() {
    assertTrue(detect(page("a", "h", List.of(), BlockKind.PARAGRAPH, P1,
        BlockKind.HEADING, "Light white discharge in early pregnancy",
        BlockKind.LIST_ITEM, "Soft white blanket for the cot",
        BlockKind.PARAGRAPH, "By Anna White, photographed in a bright studio",
        BlockKind.PARAGRAPH, "Ask your doctor about cervical mucus testing.",
        BlockKind.PARAGRAPH, P2)).isEmpty());
  }

  static final String P3 = "Midwives usually suggest keeping a simple diary of symptoms for a few weeks, "
      + "since patterns over several cycles tell far more than a single unusual day ever could.";

  @Test
  void findsCaptionsByCameraFileName() {
    List<CaptionDetector.Caption> c = detect(page("a", "h", List.of(), BlockKind.PARAGRAPH, P1,
        BlockKind.PARAGRAPH, "IMG_4521.JPG", BlockKind.PARAGRAPH, P2));
    assertEquals(1, c.size());
    assertTrue(c.get(0).reasons().contains("camera or image file name"), c.get(0).reasons());
  }

  @Test
  void findsCaptionsByPhotoPrefix() {
    List<CaptionDetector.Caption> c = detect(page("a", "h", List.of(), BlockKind.PARAGRAPH, P1,
        BlockKind.PARAGRAPH, "Photo: two hikers resting on a granite ridge at dusk",
        BlockKind.PARAGRAPH, P2));
    assertEquals(1, c.size());
    assertTrue(c.get(0).reasons().contains("picture label prefix"), c.get(0).reasons());
  }

  @Test
  void findsASceneRecurringOnUnrelatedPagesWithoutAnyPictureWords() {
    String cap = "Two hikers resting on a granite ridge at dusk";
    List<CaptionDetector.Caption> c = detect(
        page("a", "h", List.of(), BlockKind.PARAGRAPH, P1, BlockKind.PARAGRAPH, cap,
            BlockKind.PARAGRAPH, P2),
        page("b", "h", List.of(), BlockKind.PARAGRAPH, P3, BlockKind.PARAGRAPH, cap,
            BlockKind.PARAGRAPH, P1.replace("Cervical", "Thick")));
    assertEquals(2, c.size());
    assertTrue(c.get(0).reasons().contains("recurs on 2 pages"), c.get(0).reasons());
  }

  @Test
  void doesNotCountRecurrenceWithinOneNearDuplicateCluster() {
    String cap = "Two hikers resting on a granite ridge at dusk";
    Page a = page("a", "h", List.of(), BlockKind.PARAGRAPH, P1, BlockKind.PARAGRAPH, cap,
        BlockKind.PARAGRAPH, P2);
    Page b = page("b", "h", List.of(), BlockKind.PARAGRAPH, P3, BlockKind.PARAGRAPH, cap,
        BlockKind.PARAGRAPH, P1.replace("Cervical", "Thick"));
    List<CaptionDetector.Candidate> all = new ArrayList<>();
    all.addAll(CaptionDetector.candidates(a, TitleFacts.of(a)));
    all.addAll(CaptionDetector.candidates(b, TitleFacts.of(b)));
    for (CaptionDetector.Caption c : CaptionDetector.finish(all, CaptionDetector.DEFAULT_MIN_SCORE,
        java.util.Map.of(), java.util.Map.of("a", 7, "b", 7))) {
      assertTrue(!c.reasons().contains("recurs"), "edited copies of one page: " + c.reasons());
    }
    List<CaptionDetector.Caption> apart = CaptionDetector.finish(all, CaptionDetector.DEFAULT_MIN_SCORE,
        java.util.Map.of(), java.util.Map.of("a", 7));
    assertTrue(apart.get(0).reasons().contains("recurs on 2 pages"), apart.get(0).reasons());
  }

  @Test
  void ignoresSectionHeadingsAndRequestLinesOfATextDump() {
    for (String line : List.of("Dealing with proxy servers and their caches\u00b6",
        "5.10.5. Marking non-free packages as auto-buildable on the build daemons",
        "A.1.2. Quote Sources from the individual archive mirrors",
        "GET /apache/htdocs/images/imagestore1/food/apples.jpg HTTP/1.1")) {
      assertTrue(detect(page("a", "h", List.of(), BlockKind.PARAGRAPH, P1, BlockKind.PARAGRAPH, line,
          BlockKind.PARAGRAPH, P2)).isEmpty(), line);
    }
    assertTrue(CaptionDetector.isMarkedHeading("4.11. Developer's packages overview"));
    assertFalse(CaptionDetector.isMarkedHeading("2. Applying to become a member"));
    assertFalse(CaptionDetector.isMarkedHeading("3.5 million visitors at the harbour"));
    assertTrue(CaptionDetector.isRequestLine("\"GET /a.jpg HTTP/1.0\" 200"));
    assertFalse(CaptionDetector.isRequestLine("Woman with a 24/7 smile at the IMG/2 desk"));
  }

  @Test
  void ignoresATextDumpsUnmarkedHeadingWhoseParagraphTakesUpItsWords() {
    String heading = "Setting up a namespace for the module to use in configurations";
    String under = "Each module declares its own namespace, and configurations refer to the "
        + "module's settings through that namespace so that two modules never clash over a name.";
    String other = "A second module reads its settings from the namespace as well, whatever the "
        + "configuration file that the server loads first says about the order of the modules.";
    assertTrue(detect(textPage("a", BlockKind.PARAGRAPH, P1, BlockKind.PARAGRAPH, heading,
        BlockKind.PARAGRAPH, under), textPage("b", BlockKind.PARAGRAPH, P2, BlockKind.PARAGRAPH,
        heading, BlockKind.PARAGRAPH, other)).isEmpty());
    // A pasted scene before a paragraph that goes on without its words is still a caption.
    String scene = "Smiling toddler in denim dungarees against an orange wall";
    assertEquals(1, detect(textPage("a", BlockKind.PARAGRAPH, P1, BlockKind.PARAGRAPH, scene,
        BlockKind.PARAGRAPH, P2)).size());
    assertTrue(SectionHeadings.developedBy(heading, under));
    assertFalse(SectionHeadings.developedBy(scene, P2));
    assertFalse(SectionHeadings.developedBy("Module reference", "The module is loaded first."));
    assertTrue(SectionHeadings.developedBy("Allowing web browsing of a repository",
        "The gitweb script lets users browse the revisions of your repository."));
  }

  @Test
  void ignoresATextDumpsFieldValuesUnderTheirLabels() {
    // A module summary's value under its label.
    assertTrue(detect(textPage("a", BlockKind.PARAGRAPH, P1, BlockKind.PARAGRAPH, "Description:",
        BlockKind.PARAGRAPH, "Determine file handling in responses", BlockKind.PARAGRAPH, P2)).isEmpty());
    // Under a picture's label, the line is the picture's text.
    assertEquals(1, detect(textPage("a", BlockKind.PARAGRAPH, P1, BlockKind.PARAGRAPH, "Pictured above:",
        BlockKind.PARAGRAPH, "retired postman feeding pigeons in a square", BlockKind.PARAGRAPH, P2))
        .size());
  }

  @Test
  void findsATextDumpsAltLinesAndGalleryItems() {
    List<CaptionDetector.Caption> c = detect(textPage("a", BlockKind.PARAGRAPH, P1,
        BlockKind.PARAGRAPH, "[Retired postman feeding pigeons in a crowded square]", BlockKind.PARAGRAPH,
        P2, BlockKind.LIST_ITEM, "[g1.jpg] Group of hikers waiting for a tram at a bus stop",
        BlockKind.LIST_ITEM, "[Two colleagues leaning on a railing near the pier]", BlockKind.PARAGRAPH,
        P1 + " " + P2));
    assertEquals(3, c.size(), c.toString());
    assertTrue(c.get(0).reasons().contains("image alt text in a text dump"), c.get(0).reasons());
    assertTrue(c.get(1).reasons().contains("item of a list of images"), c.get(1).reasons());
    // Link numbers, one-word icons and the author's own pictures of the subject are none.
    assertTrue(detect(textPage("a", BlockKind.PARAGRAPH, P1, BlockKind.PARAGRAPH, "[Note]",
        BlockKind.PARAGRAPH, P2, BlockKind.LIST_ITEM, "[12]Cervical mucus through the menstrual cycle",
        BlockKind.LIST_ITEM, "[13]Cervical mucus and recurrent miscarriage", BlockKind.LIST_ITEM,
        "[p1.jpg] Cervical mucus under the microscope", BlockKind.LIST_ITEM,
        "[p2.jpg] Cervical mucus during the fertile window", BlockKind.PARAGRAPH, P1)).isEmpty());
  }

  @Test
  void findsACaptionThatExistsOnlyAsAnImagesAltText() {
    String alt = "Two hikers resting on a granite ridge at dusk";
    List<CaptionDetector.Caption> c = detect(page("a", "h",
        List.of(new ImageText(alt, "alt", 1)), BlockKind.PARAGRAPH, P1,
        BlockKind.PARAGRAPH, TITLE, BlockKind.PARAGRAPH, P2));
    assertEquals(1, c.size(), c.toString());
    assertEquals(alt, c.get(0).text());
  }

  @Test
  void ignoresALazyFileNameAltText() {
    assertTrue(detect(page("a", "h", List.of(new ImageText("../_images/admin-actions.png", "alt", 1)),
        BlockKind.PARAGRAPH, P1, BlockKind.PARAGRAPH, P2)).isEmpty());
  }

  @Test
  void ignoresShortSentencesCodeAndMenuPathsOfDocumentation() {
    assertTrue(detect(page("a", "h", List.of(), BlockKind.PARAGRAPH, P1,
        BlockKind.PARAGRAPH, "These can be configured as seen below.", BlockKind.PARAGRAPH, P2,
        BlockKind.PARAGRAPH, "Edit \u2192 Preferences \u2192 Accounts \u2192 Reconcile",
        BlockKind.PARAGRAPH, P3, BlockKind.PARAGRAPH, "django.contrib.admin.ModelAdmin options",
        BlockKind.PARAGRAPH, P1, BlockKind.PARAGRAPH, "Module author: Georg Brandl",
        BlockKind.PARAGRAPH, P2, BlockKind.PARAGRAPH, "For example, to run the tests:",
        BlockKind.PARAGRAPH, P3)).isEmpty());
  }

  @Test
  void ignoresATemplateBlockRecurringAmongTheSameNeighbours() {
    String tpl = "Newest articles from the garden desk";
    String next = "Contact the editors of the garden desk";
    assertTrue(detect(
        page("a", "h", List.of(), BlockKind.PARAGRAPH, P1, BlockKind.PARAGRAPH, P2,
            BlockKind.OTHER, tpl, BlockKind.OTHER, next),
        page("b", "h", List.of(), BlockKind.PARAGRAPH, P3, BlockKind.PARAGRAPH, P2,
            BlockKind.OTHER, tpl, BlockKind.OTHER, next),
        page("c", "h", List.of(), BlockKind.PARAGRAPH, P1, BlockKind.PARAGRAPH, P3,
            BlockKind.OTHER, tpl, BlockKind.OTHER, next)).isEmpty());
  }

  @Test
  void ignoresAPhraseRecurringOnRelatedPagesThatShareTheirProse() {
    String step = "Create an extensions folder in the source tree";
    for (CaptionDetector.Caption c : detect(
        page("a", "h", List.of(), BlockKind.PARAGRAPH, P1, BlockKind.PARAGRAPH, step,
            BlockKind.PARAGRAPH, P2),
        page("b", "h", List.of(), BlockKind.PARAGRAPH, P1, BlockKind.PARAGRAPH, step,
            BlockKind.PARAGRAPH, P3))) {
      assertTrue(!c.reasons().contains("recurs"), c.reasons());
    }
  }

  @Test
  void ignoresAnOffTopicFigureCaptionThatRepeatsItsOwnImagesAltText() {
    String fig = "How the two savings plans compare over five years";
    assertTrue(detect(page("a", "h", List.of(new ImageText(fig, "alt", 1),
        new ImageText(fig, "figcaption", 1)), BlockKind.PARAGRAPH, P1, BlockKind.CAPTION, fig,
        BlockKind.PARAGRAPH, P2)).isEmpty());
  }

  @Test
  void ignoresAFigureTheAuthorDescribedInItsAltTextAndCaptionedInOtherWords() {
    String alt = "Weathered shunting locomotive on a workbench";
    String caption = "The shunter after its first weathering pass";
    Page figure = page("a", "h", List.of(new ImageText(alt, "alt", 1),
        new ImageText(caption, "figcaption", 1)), BlockKind.PARAGRAPH, P1, BlockKind.CAPTION, caption,
        BlockKind.PARAGRAPH, P2);
    assertTrue(detect(figure).isEmpty());
    // A pasted stock picture: an empty alt (no alt text) over an off-topic caption.
    String scene = "Two friends waiting for a bus in a hotel lobby";
    assertEquals(1, detect(page("a", "h", List.of(new ImageText(scene, "figcaption", 1)),
        BlockKind.PARAGRAPH, P1, BlockKind.CAPTION, scene, BlockKind.PARAGRAPH, P2)).size());
    assertFalse(CaptionDetector.describes("IMG_4821.jpg", caption));
    assertFalse(CaptionDetector.describes(scene, scene + " - " + TITLE));
  }

  @Test
  void findsACameraOrStockFileNameLeftAsAnAltText() {
    for (String name : List.of("GettyImages-533567669.jpg", "DSC_0042.JPG", "P1234567.JPG",
        "shutterstock_123456789.jpg")) {
      assertTrue(CaptionDetector.isCameraFileName(name), name);
      assertEquals(1, detect(page("a", "h", List.of(new ImageText(name, "alt", 1)),
          BlockKind.PARAGRAPH, P1, BlockKind.PARAGRAPH, P2)).size(), name);
    }
    for (String name : List.of("logo.png", "branch-diagram-2.png", "screenshot 2.png")) {
      assertFalse(CaptionDetector.isCameraFileName(name), name);
      assertTrue(detect(page("a", "h", List.of(new ImageText(name, "alt", 1)),
          BlockKind.PARAGRAPH, P1, BlockKind.PARAGRAPH, P2)).isEmpty(), name);
    }
  }

  @Test
  void findsASceneInGermanOrSpanishStandingAloneButNotAHeadingOfThatLanguage() {
    String de1 = "Der Schleim im Gebärmutterhals verändert sich im Laufe des Zyklus, und seine Menge "
        + "hilft den Spermien auf dem Weg durch den Muttermund zur Eizelle in den fruchtbaren Tagen.";
    String de2 = "Mehrere Studien verbinden einen veränderten Schleim mit wiederholten Fehlgeburten, "
        + "doch die Forscher betonen, dass die Belege noch begrenzt und unsicher sind.";
    for (String scene : List.of("Bild: Blick auf einen Windpark im Morgennebel",
        "Foto \u2014 Una empresaria mira al horizonte en el aeropuerto")) {
      assertEquals(1, detect(textPage("a", BlockKind.PARAGRAPH, de1, BlockKind.PARAGRAPH, scene,
          BlockKind.PARAGRAPH, de2)).size(), scene);
    }
    // A heading first on the page, with no paragraph before it: no phrase point in German; nor for a
    // short label between paragraphs, or a sentence and a note after it.
    assertTrue(detect(textPage("a", BlockKind.PARAGRAPH, "Rechnen mit Tabellen im Textdokument",
        BlockKind.PARAGRAPH, de1, BlockKind.PARAGRAPH, de2)).isEmpty());
    for (String prose : List.of("Die Spalten\u00fcberschriften der Tabelle",
        "Zuvor erfolgt eine Gruppierung in den Konten. Siehe auch Gewinn- und Verlustrechnung")) {
      assertTrue(detect(textPage("a", BlockKind.PARAGRAPH, de1, BlockKind.PARAGRAPH, prose,
          BlockKind.PARAGRAPH, de2)).isEmpty(), prose);
    }
    assertTrue(CaptionDetector.hasPrefix("Imagen de archivo: Una pareja sonríe"));
    assertFalse(CaptionDetector.hasPrefix("Image - Properties"));
  }

  @Test
  void ignoresAGermanQuotation() {
    assertTrue(CaptionCues.isQuotation("\u201eRiecht es faulig, weg damit.\u201c"));
    assertTrue(CaptionCues.isQuotation("\u00bbDas Glas bleibt zu.\u00ab"));
  }

  @Test
  void findsACreditLineWithoutAColon() {
    List<CaptionDetector.Caption> c = detect(page("a", "h", List.of(), BlockKind.PARAGRAPH, P1,
        BlockKind.PARAGRAPH, "Photo by Ines Kowalczyk on Unsplash.", BlockKind.PARAGRAPH, P2));
    assertEquals(1, c.size());
    assertTrue(c.get(0).reasons().contains("picture label prefix"), c.get(0).reasons());
  }

  @Test
  void findsAPunctuatedOffTopicSceneThatEndsSayingWhere() {
    List<CaptionDetector.Caption> c = detect(page("a", "h", List.of(), BlockKind.PARAGRAPH, P1,
        BlockKind.PARAGRAPH, "Old fisherman mending a net beside the harbour wall.",
        BlockKind.PARAGRAPH, P2));
    assertEquals(1, c.size());
    assertTrue(c.get(0).reasons().contains("ends saying where or when"), c.get(0).reasons());
  }

  @Test
  void tellsAClosingPhraseOfPlaceOrTimeFromCodeAndForeignWords() {
    assertTrue(CaptionDetector.endsInPlace("Old fisherman mending a net beside the harbour wall."));
    assertTrue(CaptionDetector.endsInPlace("Cyclists waiting at dusk"));
    assertTrue(!CaptionDetector.endsInPlace("Environment variables in .profile"));
    assertTrue(!CaptionDetector.endsInPlace("The server listening on port 8080"));
    assertTrue(!CaptionDetector.endsInPlace("Verkauf von Aktien in der Teilbuchungsansicht"));
    assertTrue(!CaptionDetector.endsInPlace("Automatic reloading of the development server"));
    assertTrue(!CaptionDetector.endsInPlace("In the beginning"));
  }

  @Test
  void countsRecurrenceOnPagesThatShareOnlyTheirTemplatesProse() {
    String cap = "Two hikers resting on a granite ridge at dusk";
    String bio = "The garden desk is kept by two neighbours who try every idea at home before they "
        + "write it up and answer the letters readers send them.";
    Page a = page("a", "h", List.of(), BlockKind.PARAGRAPH, P1, BlockKind.PARAGRAPH, cap,
        BlockKind.PARAGRAPH, P2, BlockKind.PARAGRAPH, bio);
    Page b = page("b", "h", List.of(), BlockKind.PARAGRAPH, P3, BlockKind.PARAGRAPH, cap,
        BlockKind.PARAGRAPH, P1.replace("Cervical", "Thick"), BlockKind.PARAGRAPH, bio);
    long bioPrint = 42L;
    List<CaptionDetector.Candidate> all = new ArrayList<>();
    for (Page p : List.of(a, b)) {
      long[] prints = new long[p.blocks().size()];
      for (Block x : p.blocks()) {
        prints[x.index()] = x.text().equals(bio) ? bioPrint : x.text().hashCode();
      }
      all.addAll(CaptionDetector.candidates(p, Words.tokenize(p), TitleFacts.of(p), prints));
    }
    for (CaptionDetector.Caption c : CaptionDetector.finish(all, 0.3)) {
      assertTrue(!c.reasons().contains("recurs"), "shared paragraph, no template: " + c.reasons());
    }
    List<CaptionDetector.Caption> c = CaptionDetector.finish(all, CaptionDetector.DEFAULT_MIN_SCORE,
        java.util.Map.of("h", java.util.Set.of(bioPrint)));
    assertEquals(2, c.size(), c.toString());
    assertTrue(c.get(0).reasons().contains("recurs on 2 pages"), c.get(0).reasons());
    // Not mined (it is prose), but standing on a third page too: the paragraph is the host's, not theirs.
    Page third = page("c", "h", List.of(), BlockKind.PARAGRAPH, P2, BlockKind.PARAGRAPH,
        "Cyclist waiting at a level crossing at dawn", BlockKind.PARAGRAPH, P3, BlockKind.PARAGRAPH, bio);
    long[] prints = new long[third.blocks().size()];
    for (Block x : third.blocks()) {
      prints[x.index()] = x.text().equals(bio) ? bioPrint : x.text().hashCode();
    }
    all.addAll(CaptionDetector.candidates(third, Words.tokenize(third), TitleFacts.of(third), prints));
    for (CaptionDetector.Caption x : CaptionDetector.finish(all, CaptionDetector.DEFAULT_MIN_SCORE)) {
      assertTrue(!x.text().equals(cap) || x.reasons().contains("recurs on 2 pages"), x.reasons());
    }
  }

  @Test
  void aRecurringLineOverARunOfShortLinesIsATemplateLabelThatEarnsNoRecurrence() {
    // A help system's label over the menu paths it introduces, on every page of the host.
    List<CaptionDetector.Caption> c = detect(
        textPage("a", BlockKind.PARAGRAPH, P1, BlockKind.PARAGRAPH, "Access to this particular command",
            BlockKind.PARAGRAPH, "Choose Shape - Convert - To Polygon (LibreOffice Draw only)",
            BlockKind.PARAGRAPH, "Open the context menu and choose Convert - To Polygon"),
        textPage("b", BlockKind.PARAGRAPH, P2, BlockKind.PARAGRAPH, "Access to this particular command",
            BlockKind.PARAGRAPH, "Choose Insert - Data Labels (Charts)",
            BlockKind.PARAGRAPH, "Choose Format - Format Selection - Data Point"));
    assertTrue(c.isEmpty(), c.toString());
  }

  @Test
  void neverTakesThePagesOwnTitleForACaptionWhereItIsNoReinsertion() {
    // The title as an icon table's label over a help page's closing fields: TitleFacts reads it as no
    // re-insertion, and the page's subject is no picture's text on any page it recurs on.
    List<CaptionDetector.Caption> c = detect(
        textPage("a", BlockKind.PARAGRAPH, P1, BlockKind.PARAGRAPH, TITLE, BlockKind.PARAGRAPH,
            "Help content debug info:", BlockKind.PARAGRAPH, "This page is: /text/a.xhp"),
        textPage("b", BlockKind.PARAGRAPH, P2, BlockKind.PARAGRAPH, TITLE, BlockKind.PARAGRAPH,
            "Help content debug info:", BlockKind.PARAGRAPH, "This page is: /text/b.xhp"));
    assertTrue(c.isEmpty(), c.toString());
  }

  static Page textPage(String id, Object... blocks) {
    Page html = page(id, "h", List.of(), blocks);
    return new Page(id, id, "h", TITLE, html.blocks(), List.of(), false, 100);
  }

  /** A text dump's page of three blocks, the middle one {@code text} with {@code breaks} hand-made line ends. */
  static Page textPageWithLines(String id, String text, int breaks) {
    return new Page(id, id, "h", TITLE, List.of(new Block(0, BlockKind.PARAGRAPH, P1, false, 0),
        new Block(1, BlockKind.PARAGRAPH, text, false, 0, breaks), new Block(2, BlockKind.PARAGRAPH, P2, false, 0)),
        List.of(), false, 100);
  }

  @Test
  void ignoresATextDumpsBlockOfLinesEndedByHand() {
    // An image's alt text printed over the author's caption, a table's rows: lines of their own.
    String figure = "Weathered shunting locomotive on a workbench The shunter after its first weathering pass";
    assertEquals(1, detect(textPageWithLines("a", figure, 0)).size());
    assertTrue(detect(textPageWithLines("a", figure, 1)).isEmpty());
    assertTrue(detect(textPageWithLines("a", "Players 2-4 Playing time 45 min Age 10+ Designer M. Alvarez", 3))
        .isEmpty());
    // An image mark on a line of its own over the pasted caption: the one break is the mark's.
    assertEquals(1, detect(textPageWithLines("a",
        "[stock-7293] Close-up of a bowl of fresh salad on a busy city bridge", 1)).size());
  }

  @Test
  void findsASceneUnderAPositionLabel() {
    for (String label : List.of("Pictured above", "Below", "Shown here", "Top left")) {
      List<CaptionDetector.Caption> c = detect(textPage("a", BlockKind.PARAGRAPH, P1,
          BlockKind.PARAGRAPH, label + ": retired postman feeding pigeons in a square",
          BlockKind.PARAGRAPH, P2));
      assertEquals(1, c.size(), label);
      assertTrue(c.get(0).reasons().contains("picture position label"), c.get(0).reasons());
    }
  }

  @Test
  void ignoresAPositionLabelOverThePagesOwnSubject() {
    assertTrue(detect(textPage("a", BlockKind.PARAGRAPH, P1, BlockKind.PARAGRAPH,
        "Above: cervical mucus in the fertile window", BlockKind.PARAGRAPH, P2)).isEmpty());
  }

  @Test
  void findsASceneWithThePagesTitleAppendedAfterADash() {
    for (String sep : List.of(" - ", " \u2013 ", " | ")) {
      String text = "Smiling toddler on a wooden floor" + sep + TITLE;
      List<CaptionDetector.Caption> c = detect(textPage("a", BlockKind.PARAGRAPH, P1,
          BlockKind.PARAGRAPH, text, BlockKind.PARAGRAPH, P2));
      assertEquals(1, c.size(), text);
      assertEquals(text, c.get(0).text());
      assertTrue(c.get(0).reasons().contains("page title appended"), c.get(0).reasons());
    }
  }

  @Test
  void findsBareCreditAndSourceLines() {
    for (String credit : List.of("Photo: Jane Doe / Stock", "Source: Pixabay",
        "Image credit: Hiroshi Tanaka via iStock", "Credit: Ana Ferreira, Wikimedia Commons",
        "Image credit: Jane Doe (CC BY-SA 4.0)", "Photo: \u00A9 Chen Wei")) {
      List<CaptionDetector.Caption> c = detect(textPage("a", BlockKind.PARAGRAPH, P1,
          BlockKind.PARAGRAPH, credit, BlockKind.PARAGRAPH, P2));
      assertEquals(1, c.size(), credit);
      assertTrue(c.get(0).reasons().contains("credit line"), c.get(0).reasons());
    }
  }

  @Test
  void ignoresSourceLinesThatNameNoCreditedOne() {
    assertTrue(detect(textPage("a", BlockKind.PARAGRAPH, P1, BlockKind.PARAGRAPH,
        "Source: the bug tracker, entry #4521", BlockKind.PARAGRAPH, P2, BlockKind.PARAGRAPH,
        "Source code: Lib/os.py", BlockKind.PARAGRAPH, P3)).isEmpty());
  }

  @Test
  void ignoresNumberedFigureAndTableCaptions() {
    for (String figure : List.of("Figure 3: the request pipeline", "Fig. 2 \u2013 granite ridge at dusk",
        "Table 1. Hikers per season on the ridge", "Figure 4 - two hikers resting on a ridge")) {
      assertTrue(detect(textPage("a", BlockKind.PARAGRAPH, P1, BlockKind.PARAGRAPH, figure,
          BlockKind.PARAGRAPH, P2)).isEmpty(), figure);
    }
  }

  @Test
  void ignoresShortQuotationsStandingAloneEvenWhenTheyRecur() {
    for (String quote : List.of("\u201CLess is more.\u201D", "\"Measure twice, cut once.\"",
        "\u201CSlow soil, sweet harvest.\u201D \u2014 Ingrid Berg",
        "\"Fresh bread, happy house\" (my grandmother)", "Less is more. \u2014 Mies van der Rohe",
        "\u2014 Ingrid Berg, Harbour Baker")) {
      assertTrue(detect(
          textPage("a", BlockKind.PARAGRAPH, P1, BlockKind.PARAGRAPH, quote, BlockKind.PARAGRAPH, P2),
          textPage("b", BlockKind.PARAGRAPH, P3, BlockKind.PARAGRAPH, quote, BlockKind.PARAGRAPH,
              P1.replace("Cervical", "Thick"))).isEmpty(), quote);
    }
  }

  @Test
  void findsALowerCaseSceneThatOpensWithAToolsName() {
    String cap = "cat sleeping on a sunny windowsill at dusk";
    List<CaptionDetector.Caption> c = detect(
        textPage("a", BlockKind.PARAGRAPH, P1, BlockKind.PARAGRAPH, cap, BlockKind.PARAGRAPH, P2),
        textPage("b", BlockKind.PARAGRAPH, P3, BlockKind.PARAGRAPH, cap, BlockKind.PARAGRAPH,
            P1.replace("Cervical", "Thick")));
    assertEquals(2, c.size(), c.toString());
  }

  @Test
  void ignoresAQuotationInABlockquote() {
    assertTrue(detect(page("a", "h", List.of(), BlockKind.PARAGRAPH, P1, BlockKind.QUOTE,
        "Fresh bread on a windowsill at dawn", BlockKind.PARAGRAPH, P2)).isEmpty());
  }

  @Test
  void ignoresCommandLinesAndCode() {
    for (String code : List.of("git commit -m \"update the garden notes\"",
        "sudo apt install compost-tools soil-utils", "cd harbour && make install",
        "SELECT name, total FROM orders WHERE total > 10", "import kettle from './oven'",
        "$ python3 serve the garden site", "ps aux | grep harbour", "find . -name kettle")) {
      assertTrue(detect(textPage("a", BlockKind.PARAGRAPH, P1, BlockKind.PARAGRAPH, code,
          BlockKind.PARAGRAPH, P2)).isEmpty(), code);
    }
  }

  @Test
  void ignoresALineOfLabelledFieldsAfterASentence() {
    // ikiwiki's org_mode plugin page (real page): a repository's metadata, not a picture's text.
    String meta = "Available in a git repository branch. Branch: wtk/org Author: wtk";
    assertTrue(CaptionDetector.isFieldRun(meta));
    assertTrue(detect(page("a", "h", List.of(), BlockKind.PARAGRAPH, P1, BlockKind.PARAGRAPH, meta,
        BlockKind.PARAGRAPH, P2)).isEmpty());
  }

  @Test
  void keepsACaptionWhoseSecondLabelIsACredit() {
    assertFalse(CaptionDetector.isFieldRun("Harbour lights at dusk. Location: Lisbon Photo: Jane Doe"));
    assertFalse(CaptionDetector.isFieldRun("Above: a red kite over a field. Credit: A. Smith"));
    assertFalse(CaptionDetector.isFieldRun("Meeting at 10:30 in the hall: bring a chair"));
  }

  @Test
  void fileNamePreTestNeverHidesAFileName() {
    // The pre-test of hasFileName must be a necessary condition: over seeded random texts built from
    // the pieces file names and prose are made of, it agrees with the token scan alone.
    String[] pieces = {"IMG_", "DSC", "P10", "img", "beach-sunset", "x_y_final_v2", ".jpg", ".JPG", ".png",
        ".jpeg", ".heic", ".txt", ".", ". ", "e.g.", "0", "12", "345", "\u0663\u0664\u0665", "2024", " ", "  ",
        "\n", "\u00a0", "(", ")", "\"", "\u201c", "\u2019", ",", ";", "a", "Photo", "caf\u00e9", "\u0130", "-", "_",
        "/", "K", "\u212a"};
    java.util.Random random = new java.util.Random(20261202L);
    int withName = 0;
    for (int n = 0; n < 200_000; n++) {
      String text = randomText(random, pieces, 12);
      boolean scanned = CaptionDetector.scanForFileName(text);
      assertEquals(scanned, CaptionDetector.hasFileName(text), text);
      withName += scanned ? 1 : 0;
    }
    assertTrue(withName > 10_000, "the texts hold file names often enough to test: " + withName);
  }

  /** An HTML page on cervical mucus with {@code middle} between its two paragraphs. */
  static Page htmlPage(String middle) throws Exception {
    return TitleDetectorsTest.html("<title>" + TITLE + "</title><body><article><h1>" + TITLE
        + "</h1><p>" + P1 + "</p>" + middle + "<p>" + P2 + "</p></article>");
  }

  @Test
  void findsOffTopicItemsOfAListOfImages() throws Exception {
    Page p = htmlPage("<ul class=\"gallery\">"
        + "<li><img src=\"a.jpg\" alt=\"\">Retired postman waiting for a tram at a bus stop</li>"
        + "<li><img src=\"b.jpg\" alt=\"Lighthouse on a rocky headland at dusk\"></li>"
        + "<li><img src=\"c.jpg\" alt=\"Two colleagues laughing at a joke\">"
        + "<span>Two colleagues laughing at a joke</span></li></ul>");
    List<CaptionDetector.Caption> c = detect(p);
    assertEquals(List.of("Retired postman waiting for a tram at a bus stop",
        "Lighthouse on a rocky headland at dusk", "Two colleagues laughing at a joke"),
        c.stream().map(CaptionDetector.Caption::text).toList());
    assertTrue(c.get(0).reasons().contains("item of a list of images"), c.get(0).reasons());
  }

  @Test
  void scoresTheSceneBeforeACreditOrViewersNoteClosingItsLine() {
    for (String line : List.of("A cargo plane landing through heavy rain | Credit: Sunita Bhatt for iStock",
        "Wind turbines turning above a sea of cloud \u2014 \u00a9 Aiyana Brooks",
        "A small ferry crossing along a shingle spit. Photo: Kofi Mensah / iStock",
        "Commuters hurrying on a cobbled hill \u2013 click image for full size")) {
      List<CaptionDetector.Caption> c = detect(textPage("a", BlockKind.PARAGRAPH, P1, BlockKind.PARAGRAPH,
          line, BlockKind.PARAGRAPH, P2));
      assertEquals(1, c.size(), line);
    }
    assertEquals("A ferry at dusk", CaptionCues.withoutClosingCredit("A ferry at dusk | Credit: Jane Doe"));
    // What closes a line of prose or a heading is no credit: "Source code - the bug tracker".
    assertEquals(null, CaptionCues.withoutClosingCredit("Building the source - see the bug tracker"));
    assertEquals(null, CaptionCues.withoutClosingCredit("Restoring backups \u2014 a checklist"));
  }

  @Test
  void readsAStockLibrarysAttributionAfterTheDescriptionInAnyLanguage() {
    // Unsplash's, Pexels' and Pixabay's attribution lines: a picture word, the photographer, the
    // library, joined by short words of the page's language.
    for (String credit : List.of("Photo by Jonas Becker on Pixabay", "Foto di Hana Sato su Unsplash",
        "Foto door Diego Alvarez op Pixabay", "Photo de Priya Raman sur Pexels", "Foto de Hana Sato no Pixabay",
        "Foto von Jan Nowak auf Unsplash.")) {
      assertTrue(CaptionCues.isPlatformCredit(credit), credit);
    }
    // A site's own credit names one author or the site; a description of a person is no credit.
    for (String own : List.of("Photo by the author", "Foto di Marco Bianchi", "Photo by R. Okafor",
        "Photo of Jane Doe on the left", "Image by Jane Doe on Flickr via Wikimedia Commons and others")) {
      assertFalse(CaptionCues.isPlatformCredit(own), own);
    }
    // In another language the sentence before the credit would read as prose and a note.
    String line = "Coppia di anziani che passeggia sulla spiaggia al tramonto. Foto di Hana Sato su Unsplash";
    assertEquals("Coppia di anziani che passeggia sulla spiaggia al tramonto",
        CaptionCues.withoutClosingCredit(line));
    List<CaptionDetector.Caption> c = detect(textPage("a", BlockKind.PARAGRAPH, P1, BlockKind.PARAGRAPH,
        line, BlockKind.PARAGRAPH, P2));
    assertEquals(1, c.size());
    assertTrue(c.get(0).reasons().contains("credit or viewer's note after it"), c.get(0).reasons());
  }

  @Test
  void takesAStockLibrarysAttributionForAPictureThatIsNotTheAuthorsOwnOnTheSubjectToo() {
    // On the subject, a figure caption is the author's own picture; credited to a stock library, it
    // is the library's. A site's own credit leaves it the author's.
    String subject = "Cervical mucus under the microscope during the fertile window";
    assertEquals(1, detect(page("a", "h", List.of(), BlockKind.PARAGRAPH, P1, BlockKind.CAPTION,
        subject + ". Photo by Jane Doe on Unsplash", BlockKind.PARAGRAPH, P2)).size());
    assertTrue(detect(page("a", "h", List.of(), BlockKind.PARAGRAPH, P1, BlockKind.CAPTION,
        subject + ". Photo: Jane Doe", BlockKind.PARAGRAPH, P2)).isEmpty());
  }

  @Test
  void leavesATextDumpsImageMarkOutOfThePagesTopicAndReportsTheTextBesideIt() {
    // w3m prints an image without alt text as the start of its file's name; a stock library's file
    // name spells the picture's description, which is then no word of the page's own.
    String caption = "Two children playing with a dog in a flowering garden";
    List<CaptionDetector.Caption> c = detect(textPage("a", BlockKind.PARAGRAPH, P1, BlockKind.PARAGRAPH,
        "[stock-two-children-playing-with-a-dog-in-a-flowering-garden]", BlockKind.PARAGRAPH, caption,
        BlockKind.PARAGRAPH, P2));
    assertEquals(List.of(caption), c.stream().map(CaptionDetector.Caption::text).toList());
  }

  @Test
  void readsAPicturesTextInAnotherLanguageForItsTopicWordsAlone() {
    // A French page's "un", "avec", "dans" stand in every paragraph; a pasted French description beside
    // an image mark shares only them (and "deux") with the page.
    String fr1 = "Avant de commencer, posez le v\u00e9lo sur un pied d'atelier et v\u00e9rifiez que la cha\u00eene"
        + " tourne librement dans les deux sens avec un chiffon propre sur les maillons.";
    String fr2 = "Un d\u00e9railleur mal r\u00e9gl\u00e9 fait sauter la cha\u00eene dans les mont\u00e9es, et un"
        + " c\u00e2ble d\u00e9tendu se r\u00e8gle avec la molette sur le levier sans d\u00e9monter un seul \u00e9l\u00e9ment.";
    String caption = "Deux enfants jouant avec un chien dans un jardin fleuri";
    List<CaptionDetector.Caption> c = detect(textPage("a", BlockKind.PARAGRAPH, fr1, BlockKind.PARAGRAPH,
        "[pexels-photo-3840053]", BlockKind.PARAGRAPH, caption, BlockKind.PARAGRAPH, fr2));
    assertEquals(List.of(caption), c.stream().map(CaptionDetector.Caption::text).toList());
    assertTrue(c.get(0).reasons().contains("beside an image mark"), c.get(0).reasons());
  }

  @Test
  void readsCaptionMarkupAHeadingInAFigcaptionAndAnImagesDefinition() throws Exception {
    // A figure caption written as a heading; a forum's attachment box (dl, the image as term, the
    // text as its definition): each the text of a picture, off the page's topic here.
    for (String middle : List.of("<figure><img src=\"a.jpg\" alt=\"\"><figcaption><h4>Retired postman"
        + " feeding pigeons in a crowded square</h4></figcaption></figure>",
        "<div class=\"inline-attachment\"><dl class=\"thumbnail\"><dt><a href=\"#\"><img src=\"a.jpg\""
        + " alt=\"a.jpg (164.4 KiB) Viewed 150 times\"></a></dt><dd>Retired postman feeding pigeons in a"
        + " crowded square</dd></dl></div>")) {
      Page p = htmlPage(middle);
      assertTrue(p.blocks().stream().anyMatch(b -> b.kind() == BlockKind.CAPTION), middle);
      assertEquals(1, detect(p).size(), middle);
    }
    // A definition list of terms stays a list.
    Page terms = htmlPage("<dl><dt>Cervical mucus</dt><dd>Retired postman feeding pigeons in a crowded"
        + " square</dd></dl>");
    assertTrue(terms.blocks().stream().noneMatch(b -> b.kind() == BlockKind.CAPTION));
  }

  @Test
  void ignoresListsOfImagesThatAreNavigationPortraitsOrTheArticlesOwnSubject() throws Exception {
    String[] lists = {
        // linked thumbnails: navigation
        "<ul><li><a href=\"/x\"><img src=\"a.jpg\" alt=\"\">Retired postman waiting for a tram at a "
            + "bus stop</a></li><li><a href=\"/y\"><img src=\"b.jpg\" alt=\"\">Lighthouse on a rocky "
            + "headland at dusk</a></li></ul>",
        // a team list with portraits
        "<ul><li><img src=\"a.jpg\" alt=\"\">Jane Doe, head of the research clinic team</li>"
            + "<li><img src=\"b.jpg\" alt=\"\">Amir Khan \u2013 senior nurse and study coordinator</li></ul>",
        // the author's pictures of the subject
        "<ul><li><img src=\"a.jpg\" alt=\"\">Cervical mucus during the fertile window</li>"
            + "<li><img src=\"b.jpg\" alt=\"\">Cervical mucus changes after the fertile window</li></ul>",
        // a list of terms with icons
        "<ul><li><img src=\"i.png\" alt=\"\">Mucus</li><li><img src=\"i.png\" alt=\"\">Cervix</li></ul>",
        // the steps of a procedure, each with its screenshot
        "<ol><li><img src=\"s1.png\" alt=\"\">In the last screen of the wizard, click Apply to create "
            + "the accounts.</li><li><img src=\"s2.png\" alt=\"\">On the second screen, pick the "
            + "currency for new accounts.</li></ol>",
        // one picture in a list of text is no gallery
        "<ul><li><img src=\"a.jpg\" alt=\"\">Retired postman waiting for a tram at a bus stop</li>"
            + "<li>Smiling barista pouring an espresso in a hotel lobby</li></ul>"};
    for (String list : lists) {
      assertTrue(detect(htmlPage(list)).isEmpty(), list);
    }
  }

  @Test
  void readsAPersonsNameOpeningAText() {
    assertTrue(CaptionCues.opensWithPersonName("Jane Doe, head of marketing"));
    assertTrue(CaptionCues.opensWithPersonName("Dr. Amir Khan (lead vet)"));
    assertFalse(CaptionCues.opensWithPersonName("Retired postman waiting for a tram"));
    assertFalse(CaptionCues.opensWithPersonName("Hot Air Balloons over a valley at dawn"));
  }

  @Test
  void findsOffTopicScenesUnderPictureLabelsAndStandInWordings() {
    String[] captions = {"Main picture: two hikers resting on a ridge at dawn",
        "Featured image: a red tram crossing a stone bridge",
        "Stock image used for illustration only",
        "File photo of commuters waiting on a crowded platform",
        "An artist's impression of a floating hotel off the coast.",
        "[image: a lighthouse keeper climbing a spiral stair]"};
    for (String cap : captions) {
      List<CaptionDetector.Caption> c = detect(page("a", "h", List.of(), BlockKind.PARAGRAPH, P1,
          BlockKind.PARAGRAPH, cap, BlockKind.PARAGRAPH, P2));
      assertEquals(1, c.size(), cap);
      assertEquals(cap, c.get(0).text());
    }
  }

  @Test
  void ignoresPictureWordingsOverThePagesOwnSubject() {
    for (String own : new String[] {"Main picture: cervical mucus during the fertile window",
        "File photo of cervical mucus in the fertile window"}) {
      assertTrue(detect(page("a", "h", List.of(), BlockKind.PARAGRAPH, P1, BlockKind.PARAGRAPH, own,
          BlockKind.PARAGRAPH, P2)).isEmpty(), own);
    }
    assertFalse(CaptionCues.hasPictureLabel("Main road: closed until June"));
    assertFalse(CaptionCues.presentsIllustration("Illustrator files can be opened here"));
    assertEquals("[see: the manual]", CaptionCues.unbracketed("[see: the manual]"));
  }

  @Test
  void blockWordsGiveTheSameCandidateTestAsTheBlocksText() {
    // Caption candidates of a page's blocks are tested on the block's hashed words, of an alt text on
    // its string: over seeded random short texts built from the pieces captions, prose, code and
    // interface text are made of, both give the same answer.
    String[] pieces = {"Photo", "Photo:", "Source:", "Jane", "Doe", "by", "the", "a", "on", "of", "sunset",
        "beach", "wooden", "floor", "leave", "comment", "read", "more", "IMG_1234.jpg", "beach.png",
        "Figure", "3:", "sudo", "apt", "install", "--user", "os.path", "getValue", "=", "|", "2024", "12",
        "caf\u00e9", "\u201cquoted\u201d", "\u00c9t\u00e9", "\u03b1\u03b2\u03b3", "\u0130stanbul", "e\u0301t\u00e9",
        "x", "-", ":", "."};
    String[] gaps = {" ", " ", " ", "  ", "\u00a0", ", "};
    java.util.Random random = new java.util.Random(20261202L);
    int candidates = 0;
    for (int n = 0; n < 20_000; n++) {
      StringBuilder b = new StringBuilder(random.nextInt(8) == 0 ? " " : "");
      for (int k = random.nextInt(14); k >= 0; k--) {
        b.append(pieces[random.nextInt(pieces.length)]).append(gaps[random.nextInt(gaps.length)]);
      }
      String text = random.nextBoolean() ? b.toString().strip() : b.toString();
      org.dupscan.text.PageWords words = Words.tokenize(List.of(new Block(0, BlockKind.PARAGRAPH, text,
          false, 0)));
      boolean fromText = CaptionDetector.candidateText(text, words.count(0));
      assertEquals(fromText, CaptionDetector.candidateText(text, words.count(0), words, 0), text);
      candidates += fromText ? 1 : 0;
    }
    assertTrue(candidates > 1_000, "the texts are candidates often enough to test: " + candidates);
  }

  @Test
  void bylineAndFileNameTestsAgreeWithCaseMappedStrings() {
    // isByline and the ASCII file-name test compare chars instead of making case-mapped strings:
    // over seeded random texts they agree with the strings' answers.
    String[] pieces = {"by", "By", "BY", " ", "  ", "\t", "\u00a0", "\u2003", "posted", "Posted", "WRITTEN",
        "written", "\u0130", "\u212a", "\u0131", "updated", "Published", "IMG_", "img-", "dsc", "P10", "pxl_",
        "123", "4567", "beach", ".jpg", ".JPEG", ".Png", ".txt", "_", "-", ".", "x", "\u00e9", "\u017f"};
    java.util.Random random = new java.util.Random(20261203L);
    int bylines = 0;
    int names = 0;
    for (int n = 0; n < 100_000; n++) {
      String text = randomText(random, pieces, 6);
      String lower = text.strip().toLowerCase(java.util.Locale.ROOT);
      boolean byline = CaptionDetector.BYLINES.stream().anyMatch(lower::startsWith);
      assertEquals(byline, CaptionDetector.isByline(text), text);
      bylines += byline ? 1 : 0;
      if (text.chars().allMatch(c -> c < 0x80)) {
        boolean name = CaptionDetector.isFileNameCaseMapped(text);
        assertEquals(name, CaptionDetector.isAsciiFileName(text), text);
        names += name ? 1 : 0;
      }
    }
    assertTrue(bylines > 500 && names > 1_000, "bylines " + bylines + ", file names " + names);
  }

  @Test
  void ignoresBoxDrawnTablesBareImageMarksLeadInsAndSignOffs() {
    for (String line : new String[] {"\u2502 Opening hours \u2502 Monday to Friday \u2502",
        "[IMG_4821]", "[hero-2.jpg]", "To access this command...", "Pour acc\u00e9der \u00e0 cette commande\u2026",
        "With best wishes from all of us,"}) {
      assertTrue(detect(textPage("a", BlockKind.PARAGRAPH, P1, BlockKind.PARAGRAPH, line,
          BlockKind.PARAGRAPH, P2)).isEmpty(), line);
    }
    // A camera's bare name as text is still a caption; a path to a file the document ships is not.
    assertEquals(1, detect(textPage("a", BlockKind.PARAGRAPH, P1, BlockKind.PARAGRAPH, "IMG_4821",
        BlockKind.PARAGRAPH, P2)).size());
    assertTrue(detect(textPage("a", BlockKind.PARAGRAPH, P1, BlockKind.PARAGRAPH, "../images/img.jpg",
        BlockKind.PARAGRAPH, P2)).isEmpty());
  }

  @Test
  void readsTheTextBesideAnImageMarkAsThePicturesText() {
    // Off the page's topic, the text beside a text dump's image mark is a pasted picture's caption.
    List<CaptionDetector.Caption> c = detect(textPage("a", BlockKind.PARAGRAPH, P1,
        BlockKind.PARAGRAPH, "[IMG_4821] Retired postman feeding pigeons in a crowded square",
        BlockKind.PARAGRAPH, P2));
    assertEquals(1, c.size(), c.toString());
    assertTrue(c.get(0).reasons().contains("beside an image mark"), c.get(0).reasons());
    // On the page's own subject it is the author's figure.
    assertTrue(detect(textPage("a", BlockKind.PARAGRAPH, P1, BlockKind.PARAGRAPH,
        "[IMG_5409] Cervical mucus under the microscope during the fertile window", BlockKind.PARAGRAPH,
        P2)).isEmpty());
  }

  @Test
  void readsTwoEqualLinesOfATextDumpAsAnImagesAltAboveItsCaption() {
    // w3m prints an image's alt text, then the caption under the image: the same line twice.
    String cap = "Retired postman feeding pigeons in a crowded square";
    List<CaptionDetector.Caption> c = detect(textPage("a", BlockKind.PARAGRAPH, P1, BlockKind.PARAGRAPH,
        cap, BlockKind.PARAGRAPH, cap, BlockKind.PARAGRAPH, P2));
    assertEquals(1, c.size(), c.toString());
    assertEquals(1, c.get(0).block());
    assertTrue(c.get(0).reasons().contains("repeats image alt text"), c.get(0).reasons());
    assertTrue(c.get(0).reasons().contains("stands alone between paragraphs"), c.get(0).reasons());
    // The author's figure of the subject, its alt text the caption too, is no candidate.
    String own = "Cervical mucus under the microscope during the fertile window";
    assertTrue(detect(textPage("a", BlockKind.PARAGRAPH, P1, BlockKind.PARAGRAPH, own, BlockKind.PARAGRAPH,
        own, BlockKind.PARAGRAPH, P2)).isEmpty());
    assertEquals(Set.of(2), CaptionDetector.twinLines(
        textPage("a", BlockKind.PARAGRAPH, P1, BlockKind.PARAGRAPH, cap, BlockKind.PARAGRAPH, cap).blocks(),
        Words.tokenize(textPage("a", BlockKind.PARAGRAPH, P1, BlockKind.PARAGRAPH, cap, BlockKind.PARAGRAPH,
            cap))));
  }

  @Test
  void readsTheLineUnderAnImageMarkOfItsOwnAsThePicturesText() {
    // An image without alt text printed as the start of its file name on a line of its own, the
    // caption on the next line (w3m), or the two on one line.
    for (String mark : List.of("[pexels-648]", "[photo-5f46]", "[IMG_4904]")) {
      List<CaptionDetector.Caption> c = detect(textPage("a", BlockKind.PARAGRAPH, P1, BlockKind.PARAGRAPH,
          mark, BlockKind.PARAGRAPH, "A TAILOR CHALKING A HEM IN A GLASS-WALLED MEETING ROOM",
          BlockKind.PARAGRAPH, P2));
      assertEquals(1, c.size(), mark + " " + c);
      assertTrue(c.get(0).reasons().contains("beside an image mark"), c.get(0).reasons());
      assertEquals(1, detect(textPage("a", BlockKind.PARAGRAPH, P1, BlockKind.PARAGRAPH,
          mark + " Pigeons gathering on a wet Sunday morning", BlockKind.PARAGRAPH, P2)).size(), mark);
    }
    assertTrue(CaptionCues.isImageMarkLine("[image-asse]"));
    assertFalse(CaptionCues.isImageMarkLine("[Note]"));
    assertFalse(CaptionCues.isImageMarkLine("[12]"));
    // On the page's own subject it is the author's figure.
    assertTrue(detect(textPage("a", BlockKind.PARAGRAPH, P1, BlockKind.PARAGRAPH, "[IMG_5409]",
        BlockKind.PARAGRAPH, "Cervical mucus under the microscope during the fertile window",
        BlockKind.PARAGRAPH, P2)).isEmpty());
  }

  @Test
  void ignoresSignaturesMottoesAndAddressesThatEndAPostOrStandAlone() {
    // A forum signature: the post's last line, with the next post's author and profile after it.
    for (String sig : List.of("Roberts, Bush and a shelf of unfinished Murphys",
        "Mostly AM, mostly valves, always unplugged first")) {
      Page a = textPage("a", BlockKind.PARAGRAPH, P1, BlockKind.PARAGRAPH, sig, BlockKind.PARAGRAPH,
          "murphyman Posts: 320", BlockKind.PARAGRAPH, "Re: Best way to test valves", BlockKind.PARAGRAPH,
          P2);
      Page b = textPage("b", BlockKind.PARAGRAPH, P2, BlockKind.PARAGRAPH, sig, BlockKind.PARAGRAPH,
          "hummingbird Posts: 551", BlockKind.PARAGRAPH, "Re: Dial cord restringing", BlockKind.PARAGRAPH,
          P1);
      assertTrue(detect(a, b).isEmpty(), sig);
    }
    // A motto and a note (a sentence of prose first), and an address, between paragraphs.
    for (String line : List.of("If it glows, I will try to fix it. Member since 2009",
        "Oakfield Primary School, Beech Avenue, Oakfield OK7 3LB")) {
      assertTrue(detect(textPage("a", BlockKind.PARAGRAPH, P1, BlockKind.PARAGRAPH, line,
          BlockKind.PARAGRAPH, P2), textPage("b", BlockKind.PARAGRAPH, P2, BlockKind.PARAGRAPH, line,
          BlockKind.PARAGRAPH, P1)).isEmpty(), line);
    }
    // A scene and its credit after a full stop is still a caption; so is a scene in capitals.
    assertFalse(CaptionCues.holdsClauseSentence("A small ferry crossing along a shingle spit. Photo: Kofi"
        + " Mensah / iStock", CaptionDetector.CLAUSE_WORDS));
    assertFalse(CaptionCues.isNameList("A GREY SEAL, HAULED OUT AMONG TALL GRASSES"));
    assertFalse(CaptionCues.isNameList("Gulls over the harbour, Whitby"));
  }

  @Test
  void readsAMenuPathEndingInTheTitleAsNoCaption() {
    String title = "Fax Wizard - Page Design";
    for (String line : new String[] {"Choose File - Wizards - Fax - Page Design.",
        "Right-click the first paragraph, choose Fax - Page Design",
        "In the first edition: Ch 4 - Page Design"}) {
      List<Block> blocks = List.of(new Block(0, BlockKind.PARAGRAPH, P1, false, 0),
          new Block(1, BlockKind.PARAGRAPH, line, false, 0), new Block(2, BlockKind.PARAGRAPH, P2, false, 0));
      Page p = new Page("a", "a", "h", title, blocks, List.of(), false, 100);
      List<CaptionDetector.Candidate> all = CaptionDetector.candidates(p, TitleFacts.of(p));
      assertTrue(all.stream().noneMatch(k -> k.reasons().contains("page title appended")), line);
    }
    assertTrue(CaptionCues.readsAsScene("Tourists queueing for a ferry in Paris"));
    assertFalse(CaptionCues.readsAsScene("Choose File - Wizards"));
  }

  @Test
  void aShortInstructionAfterALeadInIsNoPlaceToStandAlone() {
    // "Доступ к этой команде" then "Выберите Файл - Печать.": a lead-in and what it introduces recur
    // on a help system's pages, and neither stands alone between paragraphs.
    String lead = "\u0414\u043e\u0441\u0442\u0443\u043f \u043a \u044d\u0442\u043e\u0439 \u043a\u043e\u043c\u0430\u043d\u0434\u0435";
    assertTrue(detect(
        textPage("a", BlockKind.PARAGRAPH, P1, BlockKind.PARAGRAPH, lead, BlockKind.PARAGRAPH,
            "Choose File - Print.", BlockKind.PARAGRAPH, P2),
        textPage("b", BlockKind.PARAGRAPH, P2, BlockKind.PARAGRAPH, lead, BlockKind.PARAGRAPH,
            "Choose Edit - Copy.", BlockKind.PARAGRAPH, P1)).isEmpty());
  }

  @Test
  void findsCameraSettingsHashtagsAndViewersNotesAsPictureText() {
    for (String line : new String[] {"Nikon Z6 \u00b7 50mm \u00b7 f/1.8 \u00b7 1/250s \u00b7 ISO 200",
        "Fisherman mending a net by the lakeside \u2014 Fujifilm X-T4, 35mm, f/2.8",
        "Group of hikers waiting for a tram at a bus stop #weekend #wanderlust",
        "Row of parked scooters in a crowded square (click to enlarge)",
        "Two colleagues leaning on a railing near the pier [stock picture]"}) {
      List<CaptionDetector.Caption> c = detect(textPage("a", BlockKind.PARAGRAPH, P1,
          BlockKind.PARAGRAPH, line, BlockKind.PARAGRAPH, P2));
      assertEquals(1, c.size(), line);
    }
    // One setting is a lens or a film speed named in prose; a "#" in documentation is no hashtag run;
    // an aside that names no picture is the writer's.
    assertFalse(CaptionCues.hasCameraSettings("Mount the 50mm lens on the body before you start"));
    assertTrue(CaptionCues.hasCameraSettings("Sony A7 III | 85 mm | ISO400"));
    assertEquals(null, CaptionCues.withoutHashtags("Use C# or F# for the service layer"));
    assertEquals(null, CaptionCues.withoutHashtags("#include #define"));
    assertEquals(null, CaptionCues.withoutViewerNote("Restart the daemon on the node (see below)"));
  }

  @Test
  void countsAnOffTopicFigureCaptionAsEvidenceButNotTheAuthorsOwn() {
    // A figure's caption about something else than the page: the markup says it is a picture's text.
    List<CaptionDetector.Caption> c = detect(page("a", "h", List.of(), BlockKind.PARAGRAPH, P1,
        BlockKind.CAPTION, "Group of hikers waiting for a tram", BlockKind.PARAGRAPH, P2));
    assertEquals(1, c.size(), c.toString());
    assertTrue(c.get(0).reasons().contains("figure caption off the page's topic"), c.get(0).reasons());
    // An off-topic chart caption written as a sentence stays under the threshold.
    assertTrue(detect(page("a", "h", List.of(), BlockKind.PARAGRAPH, P1, BlockKind.CAPTION,
        "How the shed and the fence compare over three summers.", BlockKind.PARAGRAPH, P2)).isEmpty());
  }

  /** One to {@code most} + 1 pieces drawn at random, joined. */
  private static String randomText(java.util.Random random, String[] pieces, int most) {
    StringBuilder b = new StringBuilder();
    for (int k = random.nextInt(most); k >= 0; k--) {
      b.append(pieces[random.nextInt(pieces.length)]);
    }
    return b.toString();
  }

  /** A Swedish article on a kitchen island, four paragraphs, with {@code figure} after the second. */
  static Page swedishPage(String figure) throws Exception {
    String title = "K\u00f6ks\u00f6ar efter tre \u00e5r";
    String[] p = {
        "Vi byggde v\u00e5r k\u00f6ks\u00f6 av gamla ekskivor och det tog n\u00e4stan tv\u00e5 helger med slipning,"
            + " olja och en del svordomar innan allt satt p\u00e5 plats i k\u00f6ket.",
        "Grannen l\u00e5nade ut sin slipmaskin och det sparade oss b\u00e5de tid och pengar, s\u00e5 vi kunde"
            + " l\u00e4gga mer p\u00e5 lister med r\u00e4tt f\u00e4rg och fina handtag till l\u00e5dorna.",
        "Ljuset f\u00f6r\u00e4ndras mycket under \u00e5ret och ekskivorna ser helt olika ut i november och i juni,"
            + " vilket vi inte alls hade r\u00e4knat med n\u00e4r vi valde oljan till k\u00f6ks\u00f6n.",
        "Efter tre \u00e5r \u00e5ngrar vi ingenting, och k\u00f6ks\u00f6n \u00e4r fortfarande platsen d\u00e4r alla"
            + " samlas med kaffe och tidningar p\u00e5 s\u00f6ndagsmorgonen n\u00e4r det regnar ute."};
    return TitleDetectorsTest.html("<html lang=sv><title>" + title + "</title><body><article><h1>" + title
        + "</h1><p>" + p[0] + "</p><p>" + p[1] + "</p>" + figure + "<p>" + p[2] + "</p><p>" + p[3]
        + "</p></article>");
  }

  @Test
  void readsAPagesOwnShortFrequentWordsAsGrammarNotTopic() throws Exception {
    // "med" and "och" stand in every paragraph of the Swedish page: grammar, so the pasted
    // description under the image shares no topic word with the page.
    Page pasted = swedishPage("<div class=bild><img src=kok.jpg alt=''><div class=bildtext>"
        + "Modernt k\u00f6k med vita sk\u00e5p och marmorb\u00e4nk</div></div>");
    assertEquals(List.of("Modernt k\u00f6k med vita sk\u00e5p och marmorb\u00e4nk"),
        detect(pasted).stream().map(CaptionDetector.Caption::text).toList());
    // The author's own picture of the island names the page's subject: no caption.
    Page own = swedishPage("<div class=bild><img src=oar.jpg alt=''><div class=bildtext>"
        + "V\u00e5r k\u00f6ks\u00f6 med ekskivor och nya handtag</div></div>");
    assertEquals(List.of(), detect(own));
  }

  @Test
  void readsALazyLoadingPlaceholdersNameAsAnImageMark() {
    // w3m names an image by its src, which a lazy-loading template fills with a stand-in file.
    assertEquals(List.of("[blank] Cup of coffee and an open notebook on a wooden desk"),
        detect(textPageWithLines("a", "[blank] Cup of coffee and an open notebook on a wooden desk", 1))
            .stream().map(CaptionDetector.Caption::text).toList());
    assertTrue(CaptionCues.marksImage("spacer"));
    assertFalse(CaptionCues.marksImage("Note"));
  }

  @Test
  void takesMeasurementsForTheAuthorsOwnProductNotAPastedPicture() {
    for (String spec : List.of("Stacking bins, 30 \u00d7 20 \u00d7 15 cm, set of 4, clear recycled plastic",
        "Werkzeugset: Zahnkelle 8 mm, Wasserwaage 60 cm, Gummihammer",
        "Fugenbreite 3 mm, Trocknungszeit 24 h, Verbrauch ca. 1,5 kg/m\u00b2")) {
      assertTrue(CaptionStructure.isSpecification(spec), spec);
      assertTrue(detect(textPageWithLines("a", spec, 0)).isEmpty(), spec);
    }
    for (String scene : List.of("Two friends jogging along a river path at sunrise",
        "Group of 3 in a park on a summer evening", "Toddler stacking 12 wooden blocks on a rug")) {
      assertFalse(CaptionStructure.isSpecification(scene), scene);
    }
  }

  @Test
  void ignoresHalfASentenceTheNextLineGoesOnWithAndTheLineUnderAnEllipsisLeadIn() {
    String half = "In form design, click the Group Box icon on the toolbar";
    for (boolean html : List.of(true, false)) {
      Page broken = page("a", "h", List.of(), BlockKind.PARAGRAPH, P1, BlockKind.PARAGRAPH, half,
          BlockKind.PARAGRAPH, "and use the mouse to create a frame.", BlockKind.PARAGRAPH, P2);
      Page led = page("b", "h", List.of(), BlockKind.PARAGRAPH, P1, BlockKind.PARAGRAPH,
          "To access this command...", BlockKind.PARAGRAPH, half, BlockKind.PARAGRAPH, P2);
      assertTrue(detect(html ? broken : asText(broken)).isEmpty(), "broken, html " + html);
      assertTrue(detect(html ? led : asText(led)).isEmpty(), "led, html " + html);
    }
    // The same line between paragraphs that open sentences of their own stands alone.
    assertEquals(1, detect(textPage("a", BlockKind.PARAGRAPH, P1, BlockKind.PARAGRAPH,
        "Smiling toddler in denim dungarees against an orange wall", BlockKind.PARAGRAPH, P2)).size());
  }

  @Test
  void readsATitleThatClosesASentenceAsAMenuPathNotAnAppendedTitle() {
    Set<String> keys = TitleFacts.titleKeys("Slide Transition", "Slide Transition");
    assertEquals(null, CaptionCues.withoutTitle(
        "To apply it to more slides, select them and choose Slide Show - Slide Transition.", keys));
    assertEquals("Smiling toddler on a wooden floor",
        CaptionCues.withoutTitle("Smiling toddler on a wooden floor - Slide Transition", keys));
  }

  @Test
  void readsAHeadlineCasedLineOfATextDumpAsAHeadingAndACodeLineAfterAsNoTitle() {
    String heading = "Implementing Transitions as Transformations into Different Types";
    assertTrue(CaptionDetector.isHeadlineCased(heading));
    assertTrue(CaptionDetector.isHeadlineCased("Denial of Service / Cachebusting"));
    assertFalse(CaptionDetector.isHeadlineCased("Smiling toddler in denim dungarees against an orange wall"));
    // German capitalises its nouns: a German scene is no heading for that.
    assertFalse(CaptionDetector.isHeadlineCased("Handwerker beim Verlegen von Parkett"));
    assertTrue(detect(textPage("a", BlockKind.PARAGRAPH, P1, BlockKind.PARAGRAPH, heading,
        BlockKind.PARAGRAPH, P2)).isEmpty());
    // A label over a formula that stands before the next explanation: the formula is no re-inserted
    // title, so the label does not stand alone.
    String label = "Using regular expressions and nested functions";
    assertTrue(detect(textPage("a", BlockKind.PARAGRAPH, P1, BlockKind.PARAGRAPH, label,
        BlockKind.PARAGRAPH, "=SUMIFS(C2:C6;B2:B6;\">\"&MIN(B2:B6))", BlockKind.PARAGRAPH, P2),
        textPage("b", BlockKind.PARAGRAPH, P2, BlockKind.PARAGRAPH, label, BlockKind.PARAGRAPH,
            "=AVERAGEIFS(C2:C6;B2:B6;\">\"&MIN(B2:B6))", BlockKind.PARAGRAPH, P1)).isEmpty());
  }

  private static Page asText(Page html) {
    return new Page(html.id(), html.id(), html.host(), TITLE, html.blocks(), List.of(), false, 100);
  }
}
