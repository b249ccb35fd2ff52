package org.dupscan.engine;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.dupscan.extract.Block;
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

  public PageAnalyzer(ShingleHasher hasher) {
    this.hasher = hasher;
  }

  public AnalyzedPage analyze(List<Block> blocks) {
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
        long folded = isNumberOrDate(t, s, e) ? FOLDED : h;
        fp[0] = Long.rotateLeft(fp[0] * 0x9E3779B97F4A7C15L, 29) ^ folded;
      });
      words = buf[0];
      fingerprints[b] = fmix(fp[0] ^ (count[0] - starts[b]));
    }
    starts[blocks.size()] = count[0];
    return new AnalyzedPage(Arrays.copyOf(words, count[0]), starts, fingerprints, chrome);
  }

  static boolean isNumberOrDate(CharSequence t, int s, int e) {
    for (int i = s; i < e; i++) {
      if (Character.isDigit(t.charAt(i))) {
        return true;
      }
    }
    return e - s <= 9 && e - s >= 2 && DATE_WORDS.contains(t.subSequence(s, e).toString());
  }

  private static long fmix(long k) {
    k ^= k >>> 33;
    k *= 0xFF51AFD7ED558CCDL;
    k ^= k >>> 33;
    k *= 0xC4CEB9FE1A85EC53L;
    k ^= k >>> 33;
    return k;
  }
}
