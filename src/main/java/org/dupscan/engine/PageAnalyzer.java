package org.dupscan.engine;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.dupscan.extract.Block;
import org.dupscan.extract.BlockKind;
import org.dupscan.extract.Page;
import org.dupscan.text.Mix;
import org.dupscan.text.ShingleHasher;
import org.dupscan.text.TextNormalizer;
import org.dupscan.text.WordTokenizer;

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
  /** Word hashes of {@link #DATE_WORDS}, sorted: a date word is recognised by its hash, no string made. */
  private final long[] dateHashes;

  public PageAnalyzer(ShingleHasher hasher) {
    this.hasher = hasher;
    this.dateHashes = DATE_WORDS.stream().mapToLong(hasher::wordHash).sorted().toArray();
  }

  /**
   * Analyses a page's blocks. A heading that repeats the page's title before any other body text (an
   * HTML page's h1) is marked like page furniture, so that it is left out of similarity just as the
   * title line of a text page is, and an article compares equal in HTML and text form.
   */
  public AnalyzedPage analyze(Page page) {
    AnalyzedPage a = analyze(page.blocks());
    int lead = leadingTitleHeading(page);
    if (lead >= 0) {
      a.chrome()[lead] = true;
    }
    return a;
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

  private AnalyzedPage analyze(List<Block> blocks) {
    long[] words = new long[64];
    int[] starts = new int[blocks.size() + 1];
    long[] fingerprints = new long[blocks.size()];
    boolean[] chrome = new boolean[blocks.size()];
    int[] count = {0};
    for (int b = 0; b < blocks.size(); b++) {
      starts[b] = count[0];
      chrome[b] = blocks.get(b).chrome();
      String text = TextNormalizer.normalize(blocks.get(b).text());
      long[][] buf = {words};
      long[] fp = {0x2545F4914F6CDD1DL};
      WordTokenizer.scan(text, (t, s, e) -> {
        long h = hasher.wordHash(t, s, e);
        if (buf[0].length == count[0]) {
          buf[0] = Arrays.copyOf(buf[0], buf[0].length * 2);
        }
        buf[0][count[0]++] = h;
        long folded = hasDigit(t, s, e) || Arrays.binarySearch(dateHashes, h) >= 0 ? FOLDED : h;
        fp[0] = Long.rotateLeft(fp[0] * 0x9E3779B97F4A7C15L, 29) ^ folded;
      });
      words = buf[0];
      fingerprints[b] = Mix.fmix64(fp[0] ^ (count[0] - starts[b]));
    }
    starts[blocks.size()] = count[0];
    return new AnalyzedPage(Arrays.copyOf(words, count[0]), starts, fingerprints, chrome);
  }

  static boolean hasDigit(CharSequence t, int s, int e) {
    for (int i = s; i < e; i++) {
      if (Character.isDigit(t.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
