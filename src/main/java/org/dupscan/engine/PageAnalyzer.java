package org.dupscan.engine;

import java.util.List;
import java.util.Set;
import org.dupscan.extract.Block;
import org.dupscan.extract.BlockKind;
import org.dupscan.extract.Page;
import org.dupscan.internal.Mix;
import org.dupscan.text.PageWords;
import org.dupscan.text.ShingleHasher;
import org.dupscan.text.StopWords;
import org.dupscan.text.TextNormalizer;
import org.dupscan.text.WordSet;

/**
 * Runs the text chain over a page's blocks: normalise, split into words, hash each word once. Also
 * fingerprints each block with numbers, months and weekdays folded to one token, so that "Posted on 3
 * June by admin" and "Posted on 9 May by admin" get one fingerprint.
 */
public final class PageAnalyzer {

  private static final Set<String> DATE_WORDS = Set.of("january", "february", "march", "april", "may",
      "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar",
      "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday",
      "thursday", "friday", "saturday", "sunday", "am", "pm");
  private static final long FOLDED = 0x6E756D6265720000L; // "number"

  private final ShingleHasher hasher;
  /** {@link #DATE_WORDS}, recognised by hash: no string is made for a word tested. */
  private final WordSet dates;
  private final WordSet stop;

  public PageAnalyzer(ShingleHasher hasher) {
    this.hasher = hasher;
    this.dates = WordSet.of(hasher, DATE_WORDS);
    this.stop = WordSet.of(hasher, StopWords.ENGLISH);
  }

  /** Tokenises the page's blocks once, for the similarity stages and the detectors alike. */
  public PageWords tokenize(Page page) {
    return PageWords.tokenize(Block.texts(page.blocks()), hasher, stop);
  }

  /** Analyses a page: {@link #analyze(Page, PageWords)} of its {@link #tokenize tokens}. */
  public AnalyzedPage analyze(Page page) {
    return analyze(page, tokenize(page));
  }

  /**
   * Analyses a page's words. A heading that repeats the page's title before any other body text (an
   * HTML page's h1) is marked like page furniture, so that it is left out of similarity just as the
   * title line of a text page is, and an article compares equal in HTML and text form.
   */
  public AnalyzedPage analyze(Page page, PageWords words) {
    List<Block> blocks = page.blocks();
    int[] starts = new int[blocks.size() + 1];
    long[] fingerprints = new long[blocks.size()];
    boolean[] chrome = new boolean[blocks.size()];
    for (int b = 0; b < blocks.size(); b++) {
      starts[b] = words.blockStart(b);
      chrome[b] = blocks.get(b).chrome();
      long fp = 0x2545F4914F6CDD1DL;
      for (int i = words.blockStart(b); i < words.blockEnd(b); i++) {
        long h = words.hash(i);
        long folded = words.hasDigit(i) || dates.contains(h) ? FOLDED : h;
        fp = Long.rotateLeft(fp * 0x9E3779B97F4A7C15L, 29) ^ folded;
      }
      fingerprints[b] = Mix.fmix64(fp ^ words.count(b));
    }
    starts[blocks.size()] = words.size();
    int lead = leadingTitleHeading(page);
    if (lead >= 0) {
      chrome[lead] = true;
    }
    return new AnalyzedPage(words.hashes(), starts, fingerprints, chrome);
  }

  /** The index of a heading equal to the title that precedes all other content blocks, or -1. */
  public static int leadingTitleHeading(Page page) {
    String title = TextNormalizer.normalize(page.title()).strip();
    if (title.isEmpty()) {
      return -1;
    }
    for (Block b : page.blocks()) {
      if (b.chrome()) {
        continue;
      }
      if (b.kind() != BlockKind.HEADING) {
        return -1;
      }
      if (TextNormalizer.normalize(b.text()).strip().equals(title)) {
        return b.index();
      }
    }
    return -1;
  }
}
