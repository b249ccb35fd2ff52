package org.dupscan.detect;

import static org.dupscan.detect.CaptionDetectorTest.htmlPage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dupscan.extract.Page;
import org.junit.jupiter.api.Test;

/**
 * Injected captions in the places HTML puts them (issue 11): the caption detector gets from an HTML
 * page the evidence a text dump of the same page gives it.
 */
class HtmlCaptionPlacementsTest {

  private static List<CaptionDetector.Caption> captions(String middle) throws Exception {
    return CaptionDetectorTest.detect(htmlPage(middle));
  }

  @Test
  void findsTheTextInAnImagesBoxUnderAnImageWithoutAltText() throws Exception {
    // A forum's attachment box: no class names a caption, yet the text stands with the picture.
    List<CaptionDetector.Caption> c = captions("<div class=\"attachbox\"><img src=\"/u/stock-1.jpg\" alt=\"\">"
        + "<div class=\"attach-comment\">Bouquet of pink peonies in a glass vase on a wooden table</div></div>");
    assertEquals(1, c.size(), c.toString());
    assertTrue(c.get(0).reasons().contains("beside an image without an alt text of its own"), c.get(0).reasons());
  }

  @Test
  void findsAFigureCaptionUnderAnAmpImage() throws Exception {
    List<CaptionDetector.Caption> c = captions("<figure><amp-img src=\"/u/pexels-photo-1.jpeg\" alt=\"\""
        + " layout=\"responsive\"></amp-img><figcaption>Children running through a sprinkler on a hot afternoon"
        + "</figcaption></figure>");
    assertEquals(1, c.size(), c.toString());
  }

  @Test
  void leavesAFigureTheAuthorDescribedInTheAltText() throws Exception {
    assertEquals(List.of(), captions("<div class=\"attachbox\"><img src=\"/u/chart.png\""
        + " alt=\"Bar chart of mucus samples by cycle day\"><div class=\"attach-comment\">Samples taken over"
        + " three months in the clinic</div></div>"));
  }

  @Test
  void findsAFileNameAltTextOfAnImageStandingAsALineOfItsOwn() throws Exception {
    List<CaptionDetector.Caption> c = captions("<p><img src=\"/u/a.jpg\""
        + " alt=\"woman-doing-yoga-on-a-purple-mat-1024x683.jpg\"></p>");
    assertEquals(1, c.size(), c.toString());
    assertTrue(c.get(0).reasons().contains("file name"), c.get(0).reasons());
  }

  @Test
  void leavesAFileNameAltTextInsideALineOfText() throws Exception {
    assertEquals(List.of(), captions("<p>We were so pleased <img src=\"/s/smile.png\" alt=\"smile-big.png\">"
        + " with the result.</p>"));
  }

  @Test
  void theSameCaptionInTheTextAndHtmlFormsIsFoundInBoth() throws Exception {
    String caption = "Bouquet of pink peonies in a glass vase on a wooden table";
    Page html = htmlPage("<div class=\"wp-caption\"><img src=\"/u/shutterstock_1.jpg\" alt=\"\">"
        + "<p class=\"wp-caption-text\">" + caption + "</p></div>");
    Page text = TitleDetectorsTest.text(CaptionDetectorTest.TITLE, CaptionDetectorTest.P1, "[shutterstock_1]",
        caption, CaptionDetectorTest.P2);
    assertEquals(caption, CaptionDetectorTest.detect(text).get(0).text());
    assertEquals(caption, CaptionDetectorTest.detect(html).get(0).text());
  }
}
