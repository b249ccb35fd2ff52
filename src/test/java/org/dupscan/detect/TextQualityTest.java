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

class TextQualityTest {

  static Page page(String... paragraphs) {
    List<Block> out = new ArrayList<>();
    for (String p : paragraphs) {
      out.add(new Block(out.size(), BlockKind.PARAGRAPH, p, false, 0));
    }
    return new Page("p", "p", "h", "T", out, List.of(), false, 100);
  }

  static final String A = "Iron supplements often cause nausea and constipation in early pregnancy, "
      + "so some midwives suggest a low iron prenatal tablet during the first trimester for women "
      + "who struggle with morning sickness.";
  static final String B = "Vitamin B6 reduces nausea scores modestly, and combined with doxylamine it "
      + "is an approved treatment in several countries where severe sickness is common among mothers.";
  static final String C = "Ginger biscuits, small frequent meals and plenty of rest also help many "
      + "women through the hardest weeks, although the evidence for each remedy remains fairly thin.";

  @Test
  void findsASummaryRestatingThePage() {
    String summary = "Summary: iron supplements cause nausea in early pregnancy, so a low iron "
        + "prenatal tablet may help in the first trimester; vitamin B6 reduces nausea scores, and "
        + "combined with doxylamine it is an approved treatment; ginger biscuits also help.";
    TextQuality.Figures f = TextQuality.measure(page(A, B, C, summary), 0.4);
    assertEquals(1, f.repeatedParagraphs());
    assertTrue(f.repeatedWordShare() > 0.2 && f.repeatedWordShare() < 0.4, "" + f.repeatedWordShare());
  }

  @Test
  void doesNotCountTheParagraphASummaryRestates() {
    assertEquals(0, TextQuality.measure(page(A, B, C), 0.4).repeatedParagraphs());
  }

  @Test
  void measuresKeywordStuffingAsGophersTopNgramShare() {
    StringBuilder sb = new StringBuilder();
    StringBuilder other = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      sb.append("Buy the best baby stroller today, because the best baby stroller is here. ");
      other.append("Our shop sells the best baby stroller in town, so order one. ");
    }
    TextQuality.Figures stuffed = TextQuality.measure(page(sb.toString(), other.toString()), 0.4);
    assertTrue(stuffed.topNgramShare()[1] > TextQuality.GOPHER_TOP_NGRAM_LIMITS[1]);
    assertTrue(stuffed.stuffed());
    assertEquals("baby", stuffed.topWord()); // ties go to the first word in order
    TextQuality.Figures clean = TextQuality.measure(page(A, B, C, A.replace("Iron", "Zinc")), 0.4);
    assertFalse(clean.stuffed());
  }

  @Test
  void givesRepetitiveTextAHigherCompressionRatio() {
    StringBuilder rep = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      rep.append("best baby stroller best baby stroller ");
    }
    assertTrue(TextQuality.compressionRatio(rep.toString())
        > 2 * TextQuality.compressionRatio(A + " " + B + " " + C));
  }

  @Test
  void judgesNoStuffingOnShortPages() {
    assertFalse(TextQuality.measure(page("best stroller best stroller best stroller"), 0.4).stuffed());
  }

  @Test
  void prunedNgramCountsGiveTheSameSharesAndTopWordAsCountingEveryPosition() {
    java.util.Random random = new java.util.Random(5);
    String[] vocab = {"baby", "blue", "eyes", "the", "of", "onesie", "soft", "white", "42", "a", "zinc",
        "iron", "nausea", "tablet"};
    for (int trial = 0; trial < 2000; trial++) {
      int n = random.nextInt(60);
      int v = 2 + random.nextInt(vocab.length - 1);
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < n; i++) {
        sb.append(vocab[random.nextInt(v)]).append(' ');
      }
      Page page = page(sb.toString());
      org.dupscan.text.PageWords words = Words.tokenize(page);
      int[] all = new int[words.size()];
      for (int i = 0; i < all.length; i++) {
        all[i] = i;
      }
      TextQuality.Ngrams got = TextQuality.ngrams(all, words);
      List<String> w = Words.of(sb.toString());
      double[] expected = naiveShares(w);
      for (int k = 0; k < 3; k++) {
        assertEquals(expected[k], got.topShares()[k], 1e-12, sb + " n=" + (k + 2));
      }
      assertEquals(naiveTopWord(w), got.topWord() < 0 ? "" : words.word(got.topWord()), sb.toString());
    }
  }

  /** Gopher's top n-gram share, counting every position with string keys. */
  private static double[] naiveShares(List<String> w) {
    double chars = w.stream().mapToInt(String::length).sum();
    double[] out = new double[3];
    for (int n = 2; n <= 4 && chars > 0; n++) {
      java.util.Map<String, Integer> counts = new java.util.HashMap<>();
      int best = -1;
      int bestCount = 0;
      for (int i = 0; i + n <= w.size(); i++) {
        int c = counts.merge(String.join(" ", w.subList(i, i + n)), 1, Integer::sum);
        if (c > bestCount) {
          bestCount = c;
          best = i;
        }
      }
      if (bestCount > 1) {
        int gram = w.subList(best, best + n).stream().mapToInt(String::length).sum();
        out[n - 2] = Math.min(1.0, bestCount * gram / chars);
      }
    }
    return out;
  }

  private static String naiveTopWord(List<String> w) {
    java.util.Map<String, Integer> counts = new java.util.HashMap<>();
    String best = "";
    int bestCount = 0;
    for (String x : w) {
      if (Words.isContent(x)) {
        int c = counts.merge(x, 1, Integer::sum);
        if (c > bestCount || (c == bestCount && x.compareTo(best) < 0)) {
          bestCount = c;
          best = x;
        }
      }
    }
    return best;
  }

  @Test
  void ignoresParallelEntriesOfReferenceDocumentation() {
    String first = "Returns the one based index of the first object on the page, relative to all of "
        + "the objects in the paginator list, counting from one rather than from zero as usual.";
    String last = "Returns the one based index of the last object on the page, relative to all of the "
        + "objects in the paginator list, counting from one rather than from zero as usual.";
    assertEquals(0, TextQuality.measure(page(A, first, B, last), 0.4).repeatedParagraphs());
  }

  @Test
  void doesNotCountListsAndTablesAsStuffing() {
    List<Block> out = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      out.add(new Block(i, BlockKind.LIST_ITEM, "Django release notes for version 3." + i, false, 0));
    }
    Page p = new Page("p", "p", "h", "T", out, List.of(), true, 100);
    assertFalse(TextQuality.measure(p, 0.4).stuffed());
  }

  @Test
  void doesNotCountCodeLinesOfATextDumpAsStuffing() {
    // an API page as a text dump: its examples name the type in every line, unmarked as code
    List<String> blocks = new ArrayList<>(List.of(A, B));
    for (int i = 0; i < 12; i++) {
      blocks.add("use std::num::Saturating; assert_eq!(Saturating(" + i + "isize).abs(), Saturating("
          + i + ")); let max = Saturating(isize::MAX); assert_eq!(max.abs(), Saturating(isize::MAX));");
    }
    TextQuality.Figures f = TextQuality.measure(page(blocks.toArray(String[]::new)), 0.4);
    assertFalse(f.stuffed(), () -> java.util.Arrays.toString(f.topNgramShare()));
  }

  @Test
  void readsCodeByTheShareOfItsTokensNotByOneBracket() {
    assertTrue(TextQuality.readsAsCode("pub fn signum(self) -> Saturating<isize>"));
    assertTrue(TextQuality.readsAsCode("use std::num::Wrapping; let x = Wrapping(5u8);"));
    assertFalse(TextQuality.readsAsCode(A));
    assertFalse(TextQuality.readsAsCode("Ginger (or peppermint) tea helps some women; others find "
        + "that small meals, e.g. crackers, help more than any remedy sold in a pharmacy."));
    assertTrue(TextQuality.readsAsCode("arch::x86::_mm_mask_cvtph_ps")); // an index entry
    assertFalse(TextQuality.readsAsCode("Introduction (2)"));
  }

  static final String D = "Folic acid taken before conception and through the first trimester lowers "
      + "the risk of neural tube defects, which is why most health services advise a daily tablet for "
      + "anyone who may become pregnant.";

  @Test
  void readsALowerCaseWordBeforeAColonAsAnIdentifierNotARecapsLabel() {
    String body = " iron supplements cause nausea in early pregnancy, so a low iron prenatal tablet may "
        + "help in the first trimester; vitamin B6 reduces nausea scores, and combined with doxylamine it "
        + "is an approved treatment; ginger biscuits also help.";
    assertEquals(1, TextQuality.measure(page(A, B, C, "Quick recap:" + body), 0.4).repeatedParagraphs());
    for (String label : List.of("sheetname:", "warning:", "wholerow :", "P:")) {
      assertEquals(0, TextQuality.measure(page(A, B, C, label + body), 0.4).repeatedParagraphs(), label);
    }
  }

  @Test
  void findsARecapUnderAnyShortLabel() {
    String recap = "The short version: iron supplements cause nausea in early pregnancy and a low iron "
        + "prenatal tablet may help - vitamin B6 reduces nausea scores with doxylamine - ginger biscuits "
        + "and small frequent meals help many women through the hardest weeks.";
    assertEquals(1, TextQuality.measure(page(A, B, C, D, recap), 0.4).repeatedParagraphs());
  }

  @Test
  void ignoresASummaryOfOneSectionOfALongPage() {
    // "In summary this means: ..." closing one section of a long reference page restates that
    // section, not the page: it draws on two of its twelve earlier paragraphs.
    String summary = "In summary: iron supplements cause nausea in early pregnancy, so a low iron "
        + "prenatal tablet may help in the first trimester; vitamin B6 reduces nausea scores, and "
        + "combined with doxylamine it is an approved treatment.";
    List<String> paragraphs = new ArrayList<>(List.of(A, B));
    for (int i = 0; i < 10; i++) {
      paragraphs.add(D.replace("Folic acid", "Remedy " + (char) ('a' + i)).replace("daily", "x" + i));
    }
    paragraphs.add(summary);
    assertEquals(0, TextQuality.measure(page(paragraphs.toArray(String[]::new)), 0.4)
        .repeatedParagraphs());
  }

  @Test
  void ignoresARestatingParagraphThatDoesNotCloseThePage() {
    String summary = "Summary: iron supplements cause nausea in early pregnancy, so a low iron "
        + "prenatal tablet may help in the first trimester; vitamin B6 reduces nausea scores, and "
        + "ginger biscuits and small frequent meals help many women through the hardest weeks.";
    List<String> paragraphs = new ArrayList<>(List.of(A, B, C, summary));
    for (int i = 0; i < 6; i++) {
      paragraphs.add(D.replace("Folic acid", "Remedy " + (char) ('a' + i)).replace("daily", "x" + i));
    }
    assertEquals(0, TextQuality.measure(page(paragraphs.toArray(String[]::new)), 0.4)
        .repeatedParagraphs());
  }

  @Test
  void findsStuffingPackedIntoTwoParagraphs() {
    String packed = " Looking for a cheap pram deal? Our cheap pram deal list has every cheap pram deal.";
    String first = A.replace(", so", "." + packed + " So") + packed + packed;
    String second = B.replace(", and", "." + packed + " And") + packed + packed;
    TextQuality.Figures f = TextQuality.measure(page(first, C, D, second, A.replace("Iron", "Zinc"),
        B.replace("Vitamin", "Mineral"), C.replace("Ginger", "Oat"), D.replace("Folic", "Boric")), 0.4);
    assertTrue(f.stuffingExcess() <= TextQuality.STUFFING_MARGIN, "" + f.stuffingExcess());
    assertTrue(f.denseExcess() > TextQuality.DENSE_MARGIN, "" + f.denseExcess());
    assertTrue(f.stuffed());
    assertFalse(TextQuality.measure(page(first, C, D, B, A.replace("Iron", "Zinc"),
        B.replace("Vitamin", "Mineral"), C.replace("Ginger", "Oat"), D.replace("Folic", "Boric")), 0.4)
        .stuffed(), "one packed paragraph is not enough");
  }

  @Test
  void doesNotCountARepeatedLineAsStuffing() {
    // A release index repeating "See the N release notes for more details." under each entry.
    List<Block> out = new ArrayList<>();
    out.add(new Block(0, BlockKind.PARAGRAPH, A, false, 0));
    for (int i = 0; i < 20; i++) {
      out.add(new Block(out.size(), BlockKind.HEADING, "Version 3." + i, false, 0));
      out.add(new Block(out.size(), BlockKind.PARAGRAPH, "See the Django 3." + i
          + " release notes for more details on these changes.", false, 0));
    }
    Page p = new Page("p", "p", "h", "T", out, List.of(), true, 100);
    TextQuality.Figures f = TextQuality.measure(p, 0.4);
    assertFalse(f.stuffed());
    assertEquals(2, f.textBlocks());
  }

  @Test
  void doesNotCountTheLinesOfAListWrittenAsLinesAsRunningText() {
    // A help system's menu page as a text dump: every entry a short line naming the same menu.
    List<String> blocks = new ArrayList<>();
    blocks.add(A);
    for (String item : List.of("Left", "Right", "Centered", "Justified", "Top", "Bottom", "Bold",
        "Italic", "Shadow", "Contour", "Superscript", "Subscript")) {
      blocks.add("Choose Format - Align Text - " + item + ".");
      blocks.add("Open context menu - choose Align Text - " + item + ".");
    }
    blocks.add(B);
    TextQuality.Figures f = TextQuality.measure(page(blocks.toArray(new String[0])), 0.4);
    assertFalse(f.stuffed(), "" + f.stuffingExcess());
    assertEquals(2, f.textBlocks(), "the two paragraphs");
    // Short paragraphs two at a time between long ones are running text still.
    TextQuality.Figures sown = TextQuality.measure(page(A, "Our cheap pram deal beats every rival in town.",
        "Ask about a cheap pram deal before the weekend.", B, "Every cheap pram deal ships free to Leeds.",
        "Compare the cheap pram deal with our buggy range.", C), 0.4);
    assertEquals(7, sown.textBlocks());
  }

  @Test
  void leavesReferenceEntriesThatRepeatOneTemplateOutOfTheNgramMeasures() {
    // Rust's core::arch page as a text dump: each intrinsic's line, the template with a slot changed.
    List<String> blocks = new ArrayList<>();
    for (String kind : List.of("signed 8-bit", "signed 16-bit", "unsigned 32-bit", "unsigned 64-bit")) {
      blocks.add("Compare packed " + kind + " integers in a and b for not-less-than-or-equal, and store the "
          + "results in mask vector k using zeromask k1 (elements are zeroed out when the mask bit is not set).");
    }
    blocks.add(A);
    TextQuality.Figures f = TextQuality.measure(page(blocks.toArray(new String[0])), 0.4);
    assertFalse(f.stuffed(), "" + f.stuffingExcess());
    assertEquals(2, f.textBlocks(), "the first entry and the paragraph");
    assertTrue(TextQuality.nearCopy(new long[] {1, 2, 3, 4}, new long[] {1, 2, 3, 5}));
    assertFalse(TextQuality.nearCopy(new long[] {1, 2, 3, 4, 5}, new long[] {1, 2, 3, 6, 7}));
  }

  @Test
  void takesNoNgramThroughAnIdentifier() {
    // ScriptForge's help as a text dump: a macro's example lines name the service in every call, and
    // their quoted strings keep the block under the code share.
    List<String> values = List.of("empty value", "null value", "pi number", "usual string", "long string",
        "date today", "error code", "empty array", "nested array", "unicode text", "tab char", "dictionary");
    StringBuilder one = new StringBuilder("First, try these calls: ");
    StringBuilder two = new StringBuilder("Then compare the output of these: ");
    for (int i = 0; i < values.size(); i++) {
      String call = "MsgBox SF_String.Represent(\"" + values.get(i) + "\") ' shows \"" + values.get(i) + "\" ";
      (i % 2 == 0 ? one : two).append(call);
    }
    TextQuality.Figures f = TextQuality.measure(page(one.toString(), two.toString(), A), 0.4);
    assertFalse(TextQuality.readsAsCode(one.toString()));
    assertFalse(f.stuffed(), "" + f.denseExcess());
    assertTrue(f.topNgramShare()[0] < TextQuality.GOPHER_TOP_NGRAM_LIMITS[0], "" + f.topNgramShare()[0]);
  }

  static final String PHRASED = "Looking for cheap pram deals? Our guide to cheap pram deals covers baby "
      + "buggy offers, pram sales and more. Cheap pram deals are easy when you know where to find baby "
      + "buggy offers. Compare pram sales and cheap pram deals before you choose baby buggy offers. We "
      + "update our pram sales list every week, so check back for new cheap pram deals. Nobody beats "
      + "our baby buggy offers, and our pram sales advice is free.";

  @Test
  void findsOneParagraphOfKeywordPhrasesThatATagLineNames() {
    String tags = "Tags: cheap pram deals, baby buggy offers, pram sales";
    TextQuality.Figures f = TextQuality.measure(page(A, B, PHRASED, C, D, tags), 0.4);
    assertTrue(f.stuffingExcess() <= TextQuality.STUFFING_MARGIN, "" + f.stuffingExcess());
    assertEquals(0.0, f.denseExcess());
    assertTrue(f.phrasedShare() >= TextQuality.MIN_PHRASED_SHARE, "" + f.phrasedShare());
    assertTrue(f.stuffed());
    assertFalse(TextQuality.measure(page(A, B, PHRASED, C, D), 0.4).stuffed(),
        "a paragraph of phrases no label names: documentation repeats its terms so");
  }

  @Test
  void parallelSentencesOfReferenceDocumentationAreNotKeywordPhrases() {
    // LibreOffice's CEILING help: one sentence frame per sign, under a "Syntax:" line naming the terms.
    String parallel = "For a positive number and a positive significance value, the function rounds up "
        + "(away from zero). For a negative number and a positive significance value, the function rounds "
        + "up (towards zero). For a negative number and a negative significance value, the function "
        + "rounds down (away from zero). The function returns an error if the number is positive and the "
        + "significance value is negative.";
    TextQuality.Figures f = TextQuality.measure(page(A, "Syntax: CEILING(Number; Significance; Mode)",
        parallel, B, C), 0.4);
    assertFalse(f.stuffed(), "" + f.phrasedShare());
  }

  @Test
  void countsSentencesByAStopBeforeACapital() {
    assertEquals(2, TextQuality.sentences("One here. Two there? ¿Tres aquí? e.g. not this"));
    assertEquals(1, TextQuality.sentences("Version 3.2 is out."));
  }
}
