package org.dupscan.detect;

import static org.dupscan.detect.TextQualityTest.A;
import static org.dupscan.detect.TextQualityTest.B;
import static org.dupscan.detect.TextQualityTest.C;
import static org.dupscan.detect.TextQualityTest.D;
import static org.dupscan.detect.TextQualityTest.page;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dupscan.extract.Block;
import org.dupscan.extract.BlockKind;
import org.dupscan.extract.Page;
import org.junit.jupiter.api.Test;

class KeywordPhrasesTest {

  static final String TAGS = "Tags: puppy teething tips, puppy teething tips 2026, puppy teething tips "
      + "online, puppy teething tips 2025, puppy teething tips top 10, puppy teething tips pdf, puppy "
      + "teething tips now, puppy teething tips 24/7, puppy teething tips free, puppy teething tips +";

  @Test
  void findsATagLineListingVariantsOfOnePhrase() {
    TextQuality.Figures f = TextQuality.measure(page(A, B, C, D, TAGS), 0.4);
    assertEquals(10, f.keywordVariants());
    assertEquals(0.0, f.phrasedShare());
    assertTrue(f.stuffed());
  }

  @Test
  void findsATagLineThatIsLinksToo() {
    List<Block> blocks = new ArrayList<>();
    for (String p : List.of(A, B, C, D)) {
      blocks.add(new Block(blocks.size(), BlockKind.PARAGRAPH, p, false, 0));
    }
    blocks.add(new Block(blocks.size(), BlockKind.OTHER, TAGS, false, TAGS.length() - 6));
    TextQuality.Figures f = TextQuality.measure(
        new Page("p", "p", "h", "T", blocks, List.of(), true, 100), 0.4);
    assertTrue(f.stuffed(), "" + f.keywordVariants());
  }

  @Test
  void aTagLineOfDistinctTagsIsNoStuffing() {
    String tags = "Tags: puppy training, teething toys, dog food, crate training, vet visits, puppy "
        + "socialisation, chew toys";
    assertTrue(KeywordPhrases.variants(tags) < TextQuality.MIN_KEYWORD_VARIANTS);
    assertFalse(TextQuality.measure(page(A, B, C, D, tags), 0.4).stuffed());
  }

  @Test
  void aListOfIdentifiersOrFormatsIsNoKeywordLine() {
    // LibreOffice help: a "See also" line of function names, and the date formats of a field.
    assertEquals(0, KeywordPhrases.variants("See also: FORECAST.ETS.ADD, FORECAST.ETS.MULT, "
        + "FORECAST.ETS.STAT.ADD, FORECAST.ETS.STAT.MULT, FORECAST.ETS.PI.ADD, FORECAST.ETS.PI.MULT, "
        + "FORECAST, FORECAST.LINEAR"));
    assertEquals(0, KeywordPhrases.variants("For dates: \"Standard (short)\", \"Standard (short YY)\", "
        + "\"Standard (short YYYY)\", \"Standard (long)\", \"DD/MM/YY\", \"MM/DD/YY\", \"YY/MM/DD\", "
        + "\"DD/MM/YYYY\", \"MM/DD/YYYY\", \"YYYY/MM/DD\", \"YY-MM-DD\", \"YYYY-MM-DD\""));
  }

  @Test
  void aSentenceListIsNoKeywordLine() {
    assertEquals(0, KeywordPhrases.variants("When the puppy teething starts, which is usually around "
        + "three months of age for most breeds, give cold toys, frozen cloths, soft food, and plenty "
        + "of patience, since puppy teething lasts for weeks"));
  }

  @Test
  void findsASearchLineOfVariantsSeparatedByDots() {
    // A "related searches" widget as a text dump prints it: variants of one phrase between middle dots.
    String searches = "Related searches: prenatal vitamins · prenatal vitamins best price · prenatal "
        + "vitamins uk 2026 · reviews prenatal vitamins · prenatal vitamins for women · prenatal "
        + "vitamins cheap deals · top rated prenatal vitamins · prenatal vitamins near me";
    assertEquals(8, KeywordPhrases.variants(searches));
    assertEquals(8, KeywordPhrases.variants(searches.replace(" · ", " | ")));
    assertTrue(TextQuality.measure(page(A, B, C, D, searches), 0.4).stuffed());
    // A footer or a share bar between the same dots names distinct things.
    assertEquals(0, KeywordPhrases.variants("Share this post: Facebook · Pinterest · Email · Copy link"));
  }

  @Test
  void findsATagLineOfVariantsOfOneWordThatStandsAlone() {
    String tags = "Taggar: bokhyllor, bokhyllor billigt, bokhyllor tips 2026, köpa online bokhyllor, "
        + "bokhyllor inspiration, bokhyllor rea, bäst i test bokhyllor, bokhyllor billigt online";
    assertEquals(8, KeywordPhrases.variants(tags));
    assertTrue(TextQuality.measure(page(A, B, C, D, tags), 0.4).stuffed());
  }

  @Test
  void namesSharingAWordAreNoVariants() {
    // Django's tutorial index and git's manual: names of one kind, none of them the word alone.
    assertEquals(0, KeywordPhrases.variants("Tutorial: Part 1: Requests and responses | Part 2: Models "
        + "and the admin site | Part 3: Views and templates | Part 4: Forms and generic views | Part 5: "
        + "Testing | Part 6: Static files | Part 7: Customizing the admin site"));
    assertEquals(0, KeywordPhrases.variants("By default, git serves git fetch-pack, git ls-remote, git "
        + "fetch, git pull, git clone, git send-pack and git push clients"));
    // LibreOffice Basic help, "End Statement": the word alone and the names that extend it.
    assertEquals(0, KeywordPhrases.variants("End, End Enum, End Function, End If, End Property, End "
        + "Select, End Sub, End With"));
    // Rust's test::stats::Summary: fields of one type, the type alone in a tuple.
    assertEquals(0, KeywordPhrases.variants("pub struct Summary { pub sum: f64, pub min: f64, pub max: "
        + "f64, pub mean: f64, pub median: f64, pub var: f64, pub std_dev: f64, pub std_dev_pct: f64, "
        + "pub median_abs_dev: f64, pub median_abs_dev_pct: f64, pub quartiles: (f64, f64, f64), pub "
        + "iqr: f64, }"));
  }

  @Test
  void findsAHashtagRunThatSpellsOnePhraseEveryWay() {
    // The phrase, its words, its word pairs run together and the phrase with a year; a text dump
    // wraps the run after a lone "#".
    assertEquals(9, KeywordPhrases.hashtagVariants("#allotmentplotforrent #allotment #plot #for #rent "
        + "#allotmentplot #plotfor #\nforrent #allotmentplotforrent2026 #cheapraisedgardenbeds #allotmentlovers"));
    // A post's tags name distinct things, none made of the others.
    assertEquals(0, KeywordPhrases.hashtagVariants("#python #django #webdev #opensource #testing #pytest "
        + "#ci #devops #100daysofcode"));
    // Too few tags, or tags among words: no hashtag run.
    assertEquals(0, KeywordPhrases.hashtagVariants("#cheap #raised #cheapraised #beds #raisedbeds"));
    assertEquals(0, KeywordPhrases.hashtagVariants("Use #include and #define with #if, #ifdef, #ifndef, #else, "
        + "#elif and #endif in the header before any other line of the file"));
  }

  static final List<String> APPENDED = List.of(" Compare prenatal vitamins before you order.",
      " Our prenatal vitamins best price list is updated weekly.",
      " Find the best prenatal vitamins near me for your family.",
      " Mothers love these prenatal vitamins.", " Read more prenatal vitamins reviews here.");

  @Test
  void findsTheTitlesPhraseInASentenceAppendedToParagraphs() {
    String[] paragraphs = {A, B, C, D, A.replace("Iron", "Zinc"), B.replace("Vitamin", "Mineral")};
    for (int i = 0; i < APPENDED.size(); i++) {
      paragraphs[i] += APPENDED.get(i);
    }
    TextQuality.Figures f = TextQuality.measure(titled("Prenatal vitamins: what helps", paragraphs), 0.4);
    assertEquals(5, f.stuffedBlocks());
    assertTrue(f.stuffed());
    String[] three = {A + APPENDED.get(0), B + APPENDED.get(1), C + APPENDED.get(2), D};
    assertFalse(TextQuality.measure(titled("Prenatal vitamins: what helps", three), 0.4).stuffed(),
        "three paragraphs");
    // A phrase the title does not name is a term of the text: Apache's French manual closes paragraph
    // after paragraph with "... via la directive MDCertificateFile.", "Voir la directive MDomain ...".
    assertFalse(TextQuality.measure(titled("Morning sickness", paragraphs), 0.4).stuffed(), "title");
  }

  private static Page titled(String title, String... paragraphs) {
    Page p = page(paragraphs);
    return new Page(p.id(), p.url(), p.host(), title, p.blocks(), List.of(), false, 100);
  }

  @Test
  void aTemplateClosingParagraphsIsNoKeywordSentence() {
    // git-config(1): paragraph after paragraph closes with one template, a setting's name in its slot.
    String[] paragraphs = {A, B, C, D, A.replace("Iron", "Zinc")};
    String[] names = {"GIT_SSL_CAINFO", "GIT_SSL_CAPATH", "GIT_HTTP_USER_AGENT", "GIT_PROXY_SSL_CERT",
        "GIT_MERGE_VERBOSITY"};
    for (int i = 0; i < paragraphs.length; i++) {
      paragraphs[i] += " Can be overridden by the " + names[i] + " environment variable.";
    }
    String title = "GIT_SSL_CAINFO environment variable and import format";
    assertEquals(0, KeywordPhrases.appendedBlocks(titled(title, paragraphs), all(paragraphs.length)));
    // GnuCash's glossary: the slot opens the sentence, the frame around the phrase is the same.
    for (int i = 0; i < paragraphs.length; i++) {
      paragraphs[i] += " " + List.of("CSV", "OFX", "QIF", "QFX", "HBCI").get(i)
          + " is one import format that GnuCash supports.";
    }
    assertEquals(0, KeywordPhrases.appendedBlocks(titled(title, paragraphs), all(paragraphs.length)));
    assertFalse(TextQuality.measure(titled(title, paragraphs), 0.4).stuffed());
  }

  private static boolean[] all(int n) {
    boolean[] out = new boolean[n];
    Arrays.fill(out, true);
    return out;
  }

  static final String STUFFED_1 = " This easy sourdough focaccia recipe is the best easy sourdough "
      + "focaccia recipe and my family's favourite easy sourdough focaccia recipe of all time.";
  static final String STUFFED_2 = " Click for easy sourdough focaccia recipe, cheap easy sourdough "
      + "focaccia recipe, fast easy sourdough focaccia recipe.";

  @Test
  void findsAPhraseStuffedIntoSentencesOfThreeParagraphs() {
    // Each stuffed sentence closes a paragraph of the page's own text, as in the seventh tune set.
    TextQuality.Figures f = TextQuality.measure(page(A + " " + B + STUFFED_1, C + " " + D + STUFFED_2,
        B + " " + C + STUFFED_1, D + " " + A, A.replace("Iron", "Zinc"), B.replace("Vitamin",
        "Mineral")), 0.4);
    assertTrue(f.stuffingExcess() <= TextQuality.STUFFING_MARGIN, "" + f.stuffingExcess());
    assertTrue(f.denseExcess() <= TextQuality.DENSE_MARGIN, "" + f.denseExcess());
    assertEquals(3, f.stuffedBlocks());
    assertTrue(f.stuffed());
    assertFalse(TextQuality.measure(page(A + " " + B + STUFFED_1, C + " " + D + STUFFED_2, B + " " + C,
        D + " " + A, A.replace("Iron", "Zinc"), B.replace("Vitamin", "Mineral")), 0.4).stuffed(),
        "two paragraphs");
  }

  @Test
  void proseNamingAThingThreeTimesInASentenceIsNoStuffing() {
    // LibreOffice help, "Merge cells": the term three times in a long sentence, in three paragraphs.
    String s = "Move the contents of the hidden cells into the first cell: the actual contents of the "
        + "hidden cells are concatenated to the first cell, and hidden cells are emptied; the results "
        + "of formulas referring to the hidden cells or the first cell will be updated.";
    assertEquals(List.of(), KeywordPhrases.stuffing(s));
    assertFalse(TextQuality.measure(page(A + " " + s, B + " " + s, C + " " + s, D), 0.4).stuffed());
  }

  @Test
  void identifiersAreNoPhraseOfASentence() {
    // GeoDjango's tutorial: a shell session naming one file three times.
    assertEquals(List.of(), KeywordPhrases.stuffing("$ ogrinfo world/data/TM_WORLD_BORDERS-0.3.shp "
        + "TM_WORLD_BORDERS-0.3 INFO: Open of `world/data/TM_WORLD_BORDERS-0.3.shp' using driver"));
    assertTrue(KeywordPhrases.stuffing(STUFFED_2.strip()).contains("sourdough focaccia"));
    // git-diff(1)'s examples as a text dump: lines of a shell session end without a stop.
    assertEquals(List.of(), KeywordPhrases.stuffing("$ git diff topic master <1> $ git diff "
        + "topic..master <2> $ git diff topic...master <3>"));
  }

  @Test
  void aPageWhoseTextWasLostToUndecodableBytesIsNotJudged() {
    // Apache's Korean mod_charset_lite page as kept in the real-text corpus: Hangul lost as U+FFFD,
    // the module's names left, which alone go over Gopher's limits.
    String lost = "mod_charset_lite\uFFFD\uFFFD \uFFFD\uFFFD\uFFFD\uFFFD charset lite "
        + "\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD \uFFFD\uFFFD\uFFFD CharsetDefault \uFFFD\uFFFD\uFFFD\uFFFD "
        + "\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD \uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD.";
    assertTrue(TextQuality.unreadable(lost));
    assertFalse(TextQuality.unreadable("Le caf\uFFFD cr\uFFFDme, a Latin-1 page read as UTF-8, "
        + "loses its accented letters only."));
    List<String> blocks = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      blocks.add(lost + " mod charset lite module " + i + " " + lost);
    }
    TextQuality.Figures f = TextQuality.measure(page(blocks.toArray(new String[0])), 0.4);
    assertEquals(0, f.textBlocks());
    assertFalse(f.stuffed());
  }

  @Test
  void endsSentencesAsTheSentenceCountDoes() {
    String text = "One here. Two there? ¿Tres aquí? e.g. not this";
    int[] ends = KeywordPhrases.sentenceEnds(text);
    assertEquals(TextQuality.sentences(text) + 1, ends.length, Arrays.toString(ends));
    assertArrayEquals(new int[] {9, 20, text.length()}, ends);
  }
}
