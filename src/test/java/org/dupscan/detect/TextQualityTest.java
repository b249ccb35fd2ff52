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
        + "combined with doxylamine it is an approved treatment.";
    TextQuality.Figures f = TextQuality.measure(page(A, B, C, summary), 0.4);
    assertEquals(1, f.repeatedParagraphs());
    assertTrue(f.repeatedWordShare() > 0.2 && f.repeatedWordShare() < 0.35, "" + f.repeatedWordShare());
  }

  @Test
  void doesNotCountTheParagraphASummaryRestates() {
    assertEquals(0, TextQuality.measure(page(A, B, C), 0.4).repeatedParagraphs());
  }

  @Test
  void measuresKeywordStuffingAsGophersTopNgramShare() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      sb.append("Buy the best baby stroller today, because the best baby stroller is here. ");
    }
    TextQuality.Figures stuffed = TextQuality.measure(page(sb.toString(), sb.toString()), 0.4);
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
}
