package org.dupscan.detect;

import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import org.dupscan.extract.Block;
import org.dupscan.extract.BlockKind;
import org.dupscan.extract.Page;
import org.dupscan.text.Mix;
import org.dupscan.text.PageWords;

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
   * @param compressionRatio raw bytes / deflated bytes; NaN when not measured
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

  /** Measures a page, tokenising it with the default word hash; computes the compression ratio. */
  public static Figures measure(Page page, double restatedShare) {
    return measure(page, Words.tokenize(page), restatedShare, true);
  }

  /**
   * Measures a page from its words, tokenised once for all stages.
   *
   * @param compression whether to compute the compression ratio: Deflate costs more than all the
   *     other measures together (about 50 us for a 3 KB page), and the spam score gives it no weight,
   *     so a scan computes it only when asked; {@link Figures#compressionRatio} is NaN otherwise
   */
  public static Figures measure(Page page, PageWords words, double restatedShare, boolean compression) {
    // Word identity is the 64-bit word hash, and an n-gram's key a mix of its words' hashes: two
    // distinct words or n-grams of one page collide with probability about 2^-64, so the counts are
    // exact in practice, and no string or boxed key is made (this detector runs on every page).
    int total = 0;
    for (Block b : page.blocks()) {
      if (!b.chrome()) {
        total += words.count(b.index());
      }
    }
    int[] all = new int[total]; // indexes into words of the content blocks' words, in order
    int at = 0;
    LongCounts earlier = new LongCounts(total);
    LongCounts seen = new LongCounts(64);
    long[] bigrams = new long[64];
    int repeated = 0;
    int repeatedWords = 0;
    StringBuilder text = compression ? new StringBuilder() : null;
    for (Block b : page.blocks()) {
      if (b.chrome()) {
        continue;
      }
      int from = words.blockStart(b.index());
      int to = words.blockEnd(b.index());
      for (int i = from; i < to; i++) {
        all[at++] = i;
      }
      if (text != null && text.length() < MAX_COMPRESSED_CHARS) {
        text.append(b.text()).append('\n');
      }
      // Repetition: a paragraph restates the page when its content bigrams were mostly said before
      // it. Only earlier text counts, so the restating paragraph is found and not the one it restates.
      if (bigrams.length < to - from) {
        bigrams = new long[to - from];
      }
      seen.clear();
      int distinct = 0;
      long prev = 0;
      boolean hasPrev = false;
      for (int i = from; i < to; i++) {
        if (!isContent(words, i)) {
          continue;
        }
        long h = words.hash(i);
        if (hasPrev) {
          long g = pair(prev, h);
          if (seen.increment(g) == 1) {
            bigrams[distinct++] = g;
          }
        }
        prev = h;
        hasPrev = true;
      }
      if (to - from >= MIN_PARAGRAPH_WORDS && b.kind() != BlockKind.HEADING && distinct > 0) {
        int shared = 0;
        for (int j = 0; j < distinct; j++) {
          if (earlier.get(bigrams[j]) > 0) {
            shared++;
          }
        }
        if ((double) shared / distinct >= restatedShare) {
          repeated++;
          repeatedWords += to - from;
        }
      }
      for (int j = 0; j < distinct; j++) {
        earlier.increment(bigrams[j]);
      }
    }
    int top = topWord(all, words);
    return new Figures(total, repeated, total == 0 ? 0 : (double) repeatedWords / total,
        topNgramShares(all, words), top < 0 ? "" : words.word(top), topWordDensity(all, words, top),
        text == null ? Double.NaN : compressionRatio(text.toString()));
  }

  /** A content word: more than one char, not a stop word, not a number. */
  static boolean isContent(PageWords words, int i) {
    return words.length(i) > 1 && !words.isStop(i) && !words.isNumber(i);
  }

  /** An order-sensitive key of two word hashes. */
  private static long pair(long a, long b) {
    return Mix.fmix64(a * 0x9E3779B97F4A7C15L + b);
  }

  /**
   * Gopher's measure: characters of the most frequent n-gram's occurrences over all word characters.
   * Among n-grams of equal count the one that reached it first in reading order counts.
   */
  static double[] topNgramShares(int[] all, PageWords words) {
    long chars = 0;
    for (int w : all) {
      chars += words.length(w);
    }
    double[] out = new double[3];
    if (chars == 0) {
      return out;
    }
    LongCounts counts = new LongCounts(all.length);
    for (int n = 2; n <= 4; n++) {
      counts.clear();
      int best = -1;
      int bestCount = 0;
      for (int i = 0; i + n <= all.length; i++) {
        long k = n;
        for (int j = i; j < i + n; j++) {
          k = (k + words.hash(all[j])) * 0x9E3779B97F4A7C15L;
        }
        int c = counts.increment(Mix.fmix64(k));
        if (c > bestCount) {
          bestCount = c;
          best = i;
        }
      }
      if (best >= 0 && bestCount > 1) {
        int gramChars = 0;
        for (int j = best; j < best + n; j++) {
          gramChars += words.length(all[j]);
        }
        out[n - 2] = Math.min(1.0, (double) bestCount * gramChars / chars);
      }
    }
    return out;
  }

  /**
   * The index (into {@code words}) of an occurrence of the most frequent content word, ties going to
   * the alphabetically first; -1 when there is none. Counted on hashes; strings are compared only
   * among the words tied at the top count.
   */
  static int topWord(int[] all, PageWords words) {
    LongCounts counts = new LongCounts(all.length);
    int bestCount = 0;
    for (int w : all) {
      if (isContent(words, w)) {
        bestCount = Math.max(bestCount, counts.increment(words.hash(w)));
      }
    }
    int best = -1;
    String bestWord = null;
    long bestHash = 0;
    for (int w : all) {
      if (isContent(words, w) && counts.get(words.hash(w)) == bestCount) {
        if (best >= 0 && words.hash(w) == bestHash) {
          continue;
        }
        String s = words.word(w);
        if (best < 0 || s.compareTo(bestWord) < 0) {
          best = w;
          bestWord = s;
          bestHash = words.hash(w);
        }
      }
    }
    return best;
  }

  static double topWordDensity(int[] all, PageWords words, int top) {
    if (all.length == 0 || top < 0) {
      return 0;
    }
    long h = words.hash(top);
    int c = 0;
    for (int w : all) {
      if (words.hash(w) == h) {
        c++;
      }
    }
    return (double) c / all.length;
  }

  /**
   * Raw UTF-8 bytes over Deflate-compressed bytes (Ntoulas et al. 2006, "compressibility"), at zlib's
   * fastest level: twice the speed of the default level on this corpus's pages (59 vs 25 MB/s) for
   * ratios about 6% lower, and the measure ranks pages, it is not compared with other tools' figures.
   */
  static double compressionRatio(String text) {
    byte[] raw = text.getBytes(StandardCharsets.UTF_8);
    if (raw.length == 0) {
      return 0;
    }
    Deflater d = new Deflater(Deflater.BEST_SPEED);
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
