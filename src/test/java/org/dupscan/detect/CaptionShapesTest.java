package org.dupscan.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dupscan.extract.BlockKind;
import org.dupscan.extract.ImageText;
import org.junit.jupiter.api.Test;

class CaptionShapesTest {

  static final String P1 = CaptionDetectorTest.P1;
  static final String P2 = CaptionDetectorTest.P2;

  @Test
  void aCreditInBracketsClosingADescriptionLeavesTheDescription() {
    assertEquals("Two kayaks pulled up on a pebble beach",
        CaptionShapes.withoutBracketedCredit("Two kayaks pulled up on a pebble beach (Source: Unsplash)"));
    assertEquals("Grandmother reading to a child on a sofa", CaptionShapes.withoutBracketedCredit(
        "Grandmother reading to a child on a sofa (Picture: Ines Duarte via Alamy)"));
    assertEquals("Grandmother reading to a child on a sofa", CaptionShapes.withoutBracketedCredit(
        "Grandmother reading to a child on a sofa (\u00a9 Ines Duarte \u2013 photos.example.net)"));
    assertEquals("Grandmother reading to a child on a sofa", CaptionCues.withoutClosingCredit(
        "Grandmother reading to a child on a sofa (Photo by Ines Duarte on Unsplash)"));
  }

  @Test
  void aBracketOfProseOrCodeIsNoCredit() {
    assertNull(CaptionShapes.withoutBracketedCredit("Restart the service afterwards (see below)"));
    assertNull(CaptionShapes.withoutBracketedCredit("Call the parser twice (once per file)"));
    assertNull(CaptionShapes.withoutBracketedCredit("the value of f(x)"));
    assertNull(CaptionShapes.withoutBracketedCredit("(Source: Pexels)"));
  }

  @Test
  void aCopyrightClosingADescriptionMayNameALibrarysDomain() {
    assertEquals("Fishing boats in a harbour at dusk", CaptionCues.withoutClosingCredit(
        "Fishing boats in a harbour at dusk. \u00a9 Ines Duarte \u2013 stock.example.org"));
    assertEquals("Fishing boats in a harbour at dusk", CaptionCues.withoutClosingCredit(
        "Fishing boats in a harbour at dusk | \u00a9 Ines Duarte / Agency"));
    assertTrue(CaptionShapes.isCopyrightCredit("(c) Ines Duarte, images.example.com"));
    assertFalse(CaptionShapes.isCopyrightCredit("\u00a9 see the licence file for details"));
  }

  @Test
  void aDomainIsLowerCaseLabelsPartedByDots() {
    assertTrue(CaptionShapes.isDomain("stock.example.com"));
    assertTrue(CaptionShapes.isDomain("pexels.com"));
    assertFalse(CaptionShapes.isDomain("beach.jpg"));
    assertFalse(CaptionShapes.isDomain("Example.com"));
    assertFalse(CaptionShapes.isDomain("a..com"));
    assertFalse(CaptionShapes.isDomain("3.14"));
  }

  @Test
  void aFileStemClosedByAPicturesNumberOrSizeIsAFileName() {
    assertTrue(CaptionShapes.isNumberedFileStem("GirlFeedingDucksByPond_4410"));
    assertTrue(CaptionShapes.isNumberedFileStem("sunset-over-vineyard-800x533"));
    assertTrue(CaptionShapes.isNumberedFileStem("tomates_frescos_mercado_20931"));
    assertFalse(CaptionShapes.isNumberedFileStem("rust_2015"));
    assertFalse(CaptionShapes.isNumberedFileStem("LN_10"));
    assertFalse(CaptionShapes.isNumberedFileStem("vqdmullh_lane_303x"));
    assertFalse(CaptionShapes.isNumberedFileStem("arch::aarch64::vqdmullh_lane_303"));
    assertFalse(CaptionShapes.isNumberedFileStem("mod_1234_5678"));
  }

  @Test
  void lowerCaseWordsJoinedByUnderscoresAreAFileStemFromFourWords() {
    assertTrue(CaptionShapes.isWordFileStem("rainy_city_street_umbrellas"));
    assertTrue(CaptionShapes.isWordFileStem("hombre-leyendo-peri\u00f3dico-terraza"));
    assertFalse(CaptionShapes.isWordFileStem("always_set_home"));
    assertFalse(CaptionShapes.isWordFileStem("SetEnvIfNoCase"));
    assertFalse(CaptionShapes.isWordFileStem("--enable-mods-shared"));
    assertFalse(CaptionShapes.isWordFileStem("vrshr_n_s8"));
  }

  @Test
  void findsAFileStemAsAFiguresCaptionAndAsAnImagesAltText() {
    List<CaptionDetector.Caption> c = CaptionDetectorTest.detect(CaptionDetectorTest.page("a", "h",
        List.of(new ImageText("rainy_city_street_umbrellas", "alt", 2)), BlockKind.PARAGRAPH, P1,
        BlockKind.CAPTION, "GirlFeedingDucksByPond_4410", BlockKind.PARAGRAPH, P2));
    assertEquals(2, c.size(), c.toString());
    assertTrue(c.get(0).reasons().contains("file name"), c.get(0).reasons());
  }

  @Test
  void anIdentifierAloneBetweenParagraphsIsNoFileName() {
    assertTrue(CaptionDetectorTest.detect(CaptionDetectorTest.page("a", "h", List.of(),
        BlockKind.PARAGRAPH, P1, BlockKind.PARAGRAPH, "wrapping_next_power_of_two",
        BlockKind.PARAGRAPH, P2)).isEmpty());
  }

  @Test
  void findsADescriptionClosedByABracketedCredit() {
    List<CaptionDetector.Caption> c = CaptionDetectorTest.detect(CaptionDetectorTest.page("a", "h",
        List.of(), BlockKind.PARAGRAPH, P1, BlockKind.PARAGRAPH,
        "Two kayaks pulled up on a pebble beach (Credit: Ines Duarte / Alamy)", BlockKind.PARAGRAPH,
        P2));
    assertEquals(1, c.size());
    assertTrue(c.get(0).reasons().contains("credit"), c.get(0).reasons());
  }

  @Test
  void aSceneHoldingAnInterfaceWordIsStillAScene() {
    assertTrue(CaptionShapes.readsAsScene("Two boys sharing cookies on a park bench"));
    assertFalse(CaptionShapes.readsAsScene("We use cookies on this site"));
    assertFalse(CaptionShapes.readsAsScene("Accept the cookies in your browser"));
    assertFalse(CaptionShapes.readsAsScene("Like us on Facebook"));
    assertFalse(CaptionShapes.readsAsScene("Cookie settings and privacy policy"));
    assertFalse(CaptionShapes.readsAsScene("Two boys sharing cookies on a park bench."));
  }

  @Test
  void findsASceneNamingAnInterfaceWordButNotANotice() {
    List<CaptionDetector.Caption> c = CaptionDetectorTest.detect(CaptionDetectorTest.page("a", "h",
        List.of(), BlockKind.PARAGRAPH, P1, BlockKind.PARAGRAPH,
        "Two boys sharing cookies on a park bench", BlockKind.PARAGRAPH, P2));
    assertEquals(1, c.size());
    assertTrue(CaptionDetectorTest.detect(CaptionDetectorTest.page("a", "h", List.of(),
        BlockKind.PARAGRAPH, P1, BlockKind.PARAGRAPH, "Manage your cookie settings in the footer",
        BlockKind.PARAGRAPH, P2)).isEmpty());
  }
}
