package org.dupscan.detect;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.Deflater;
import org.dupscan.extract.Block;
import org.dupscan.extract.BlockKind;
import org.dupscan.extract.Page;

/**
 * Measures a page's text for in-page repetition and keyword stuffing, from its content blocks (page
 * furniture left out):
 * <ul>
 *   <li>repetition: paragraphs that restate the rest of the page (a "Summary:" re-telling the article).
 *       A paragraph of at least {@link #MIN_PARAGRAPH_WORDS} words repeats when at least
 *       {@link #DEFAULT_RESTATED_SHARE} of its content-word bigrams (stop words skipped) already
 *       occur earlier on the page (clean pages of the sample corpus stay under 0.21, its summaries
 *       reach 0.48 to 0.73); the page's figure is the share of its words in such paragraphs;
 *   <li>stuffing, as in Gopher's quality filters (Rae et al. 2021): the share of word characters covered
 *       by the most frequent word 2-, 3- and 4-gram, over limits 0.20, 0.18 and 0.16;
 *   <li>the density of the most frequent content word, and the compression ratio of the text (raw
 *       bytes over Deflate bytes; Ntoulas et al. 2006 found spam pages compress far better).
 * </ul>
 */
public final class TextQuality {

  public static final int MIN_PARAGRAPH_WORDS = 25;
  /** Default least share of a paragraph's content bigrams found elsewhere for it to be a restatement. */
  public static final double DEFAULT_RESTATED_SHARE = 0.4;
  /** Gopher's limits on the character share of the top 2-, 3- and 4-gram. */
  public static final double[] GOPHER_TOP_NGRAM_LIMITS = {0.20, 0.18, 0.16};
  /** Pages with fewer words than this are not judged for stuffing: a short text repeats by chance. */
  public static final int MIN_STUFFING_WORDS = 100;
  /** Text compressed for the ratio is cut to this many characters. */
  static final int MAX_COMPRESSED_CHARS = 200_000;

  /**
   * A page's figures.
   *
   * @param words words in its content blocks
   * @param repeatedParagraphs paragraphs that restate the rest of the page
   * @param repeatedWordShare share of the words in those paragraphs
   * @param topNgramShare character share of the top 2-, 3- and 4-gram
   * @param topWord the most frequent content word
   * @param topWordDensity its count over all words
   * @param compressionRatio raw bytes / deflated bytes
   */
  public record Figures(int words, int repeatedParagraphs, double repeatedWordShare,
      double[] topNgramShare, String topWord, double topWordDensity, double compressionRatio) {

    /** How far the worst top-n-gram share goes over its Gopher limit (0 when within all limits). */
    public double stuffingExcess() {
      if (words < MIN_STUFFING_WORDS) {
        return 0.0;
      }
      double worst = 0;
      for (int i = 0; i < 3; i++) {
        worst = Math.max(worst, topNgramShare[i] - GOPHER_TOP_NGRAM_LIMITS[i]);
      }
      return worst;
    }

    public boolean stuffed() {
      return stuffingExcess() > 0;
    }
  }

  private TextQuality() {}

  public static Figures measure(Page page, double restatedShare) {
    List<Block> content = new ArrayList<>();
    for (Block b : page.blocks()) {
      if (!b.chrome()) {
        content.add(b);
      }
    }
    List<List<String>> blockWords = new ArrayList<>();
    List<String> all = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (Block b : content) {
      List<String> w = Words.of(b.text());
      blockWords.add(w);
      all.addAll(w);
      if (text.length() < MAX_COMPRESSED_CHARS) {
        text.append(b.text()).append('\n');
      }
    }
    // Repetition: a paragraph restates the page when its content bigrams were mostly said before it.
    // Only earlier text counts, so the restating paragraph is found and not the one it restates.
    Set<String> earlier = new HashSet<>();
    int repeated = 0;
    int repeatedWords = 0;
    for (int i = 0; i < content.size(); i++) {
      Block b = content.get(i);
      Set<String> bigrams = contentBigrams(blockWords.get(i));
      if (blockWords.get(i).size() >= MIN_PARAGRAPH_WORDS && b.kind() != BlockKind.HEADING
          && !bigrams.isEmpty()) {
        int shared = 0;
        for (String g : bigrams) {
          if (earlier.contains(g)) {
            shared++;
          }
        }
        if ((double) shared / bigrams.size() >= restatedShare) {
          repeated++;
          repeatedWords += blockWords.get(i).size();
        }
      }
      earlier.addAll(bigrams);
    }
    return new Figures(all.size(), repeated, all.isEmpty() ? 0 : (double) repeatedWords / all.size(),
        topNgramShares(all), topWord(all), topWordDensity(all), compressionRatio(text.toString()));
  }

  static Set<String> contentBigrams(List<String> words) {
    Set<String> out = new HashSet<>();
    String prev = null;
    for (String w : words) {
      if (!Words.isContent(w)) {
        continue;
      }
      if (prev != null) {
        out.add(prev + " " + w);
      }
      prev = w;
    }
    return out;
  }

  /** Gopher's measure: characters of the most frequent n-gram's occurrences over all word characters. */
  static double[] topNgramShares(List<String> words) {
    long chars = 0;
    for (String w : words) {
      chars += w.length();
    }
    double[] out = new double[3];
    if (chars == 0) {
      return out;
    }
    for (int n = 2; n <= 4; n++) {
      Map<String, Integer> counts = new HashMap<>();
      String best = null;
      int bestCount = 0;
      for (int i = 0; i + n <= words.size(); i++) {
        String g = String.join(" ", words.subList(i, i + n));
        int c = counts.merge(g, 1, Integer::sum);
        if (c > bestCount) {
          bestCount = c;
          best = g;
        }
      }
      if (best != null && bestCount > 1) {
        int gramChars = best.length() - (n - 1); // without the joining spaces
        out[n - 2] = Math.min(1.0, (double) bestCount * gramChars / chars);
      }
    }
    return out;
  }

  static String topWord(List<String> words) {
    Map<String, Integer> counts = new HashMap<>();
    String best = "";
    int bestCount = 0;
    for (String w : words) {
      if (Words.isContent(w)) {
        int c = counts.merge(w, 1, Integer::sum);
        if (c > bestCount || (c == bestCount && w.compareTo(best) < 0)) {
          bestCount = c;
          best = w;
        }
      }
    }
    return best;
  }

  static double topWordDensity(List<String> words) {
    if (words.isEmpty()) {
      return 0;
    }
    String top = topWord(words);
    int c = 0;
    for (String w : words) {
      if (w.equals(top)) {
        c++;
      }
    }
    return (double) c / words.size();
  }

  /** Raw UTF-8 bytes over Deflate-compressed bytes (Ntoulas et al. 2006, "compressibility"). */
  static double compressionRatio(String text) {
    byte[] raw = text.getBytes(StandardCharsets.UTF_8);
    if (raw.length == 0) {
      return 0;
    }
    Deflater d = new Deflater(Deflater.DEFAULT_COMPRESSION);
    try {
      d.setInput(raw);
      d.finish();
      byte[] buf = new byte[8192];
      long out = 0;
      while (!d.finished()) {
        out += d.deflate(buf);
      }
      return (double) raw.length / Math.max(1, out);
    } finally {
      d.end();
    }
  }
}
