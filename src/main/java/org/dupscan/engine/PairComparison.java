package org.dupscan.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dupscan.extract.Block;
import org.dupscan.extract.Page;
import org.dupscan.minhash.MinHasher;
import org.dupscan.text.LongSets;
import org.dupscan.text.ShingleHasher;
import org.dupscan.text.TextNormalizer;
import org.dupscan.text.WordTokenizer;

/**
 * Explains one pair of pages: exact Jaccard, the MinHash estimate, and the passages they share (runs of
 * consecutive shared shingles in the first page, merged), longest first: an SEO tool's "differences"
 * view.
 *
 * @param wordsA words in page A
 * @param wordsB words in page B
 * @param shinglesA distinct shingles of A
 * @param shinglesB distinct shingles of B
 * @param sharedShingles shingles in both
 * @param similarity exact Jaccard of the shingle sets
 * @param estimated MinHash estimate
 * @param passages shared passages of A, longest first
 */
public record PairComparison(int wordsA, int wordsB, int shinglesA, int shinglesB, int sharedShingles,
    double similarity, double estimated, List<Passage> passages) {

  /**
   * A run of shared text: its first word's position in page A, its length in words, and its text as
   * page A writes it (case, accents and punctuation kept; " / " where it crosses from one block to
   * the next).
   */
  public record Passage(int start, int words, String text) {}

  /**
   * The compared words of a page, normalised, and where each stands in the page as written: its block
   * and character range, or block -1 where a block's words could not be matched one to one (NFKC can
   * split or join characters), in which case the normalised word is shown.
   */
  private record Words(List<String> normalized, int[] block, int[] from, int[] to, List<Block> blocks) {

    String text(int start, int end) {
      StringBuilder sb = new StringBuilder();
      int i = start;
      while (i < end) {
        if (sb.length() > 0) {
          sb.append(block[i] >= 0 && block[i] == block[i - 1] ? " " : " / ");
        }
        if (block[i] < 0) {
          sb.append(normalized.get(i));
          i++;
          continue;
        }
        int j = i;
        while (j + 1 < end && block[j + 1] == block[i]) {
          j++;
        }
        sb.append(blocks.get(block[i]).text(), from[i], to[j]);
        i = j + 1;
      }
      return sb.toString();
    }
  }

  /** Compares two extracted pages, hashed as a scan with the same settings hashes them. */
  public static PairComparison compare(Page a, Page b, ScanSettings.Hashing settings) {
    ShingleHasher hasher = settings.shingleHasher();
    MinHasher minHasher = settings.minHasher();
    int shingleSize = settings.shingleSize();
    boolean keepBoilerplate = settings.keepBoilerplate();
    Words pa = words(a, keepBoilerplate);
    List<String> wa = pa.normalized();
    List<String> wb = words(b, keepBoilerplate).normalized();
    long[] ha = hashes(wa, hasher);
    long[] hb = hashes(wb, hasher);
    long[] sa = hasher.shingleSet(ha, ha.length);
    long[] sb = hasher.shingleSet(hb, hb.length);
    double similarity = LongSets.jaccard(sa, sb);
    double estimated = sa.length == 0 || sb.length == 0 ? 0.0
        : minHasher.signature(sa).estimateJaccard(minHasher.signature(sb));
    int shared = LongSets.intersectionSize(sa, sa.length, sb, sb.length);

    Set<Long> inB = new HashSet<>();
    for (long s : sb) {
      inB.add(s);
    }
    List<Passage> passages = new ArrayList<>();
    int k = Math.min(shingleSize, ha.length);
    int count = ha.length == 0 ? 0 : Math.max(1, ha.length - shingleSize + 1);
    int runStart = -1;
    for (int i = 0; i <= count; i++) {
      boolean hit = i < count && inB.contains(hasher.shingleHash(ha, i, k));
      if (hit && runStart < 0) {
        runStart = i;
      } else if (!hit && runStart >= 0) {
        int end = i - 1 + k; // exclusive end word of the run's last shingle
        passages.add(new Passage(runStart, end - runStart, pa.text(runStart, end)));
        runStart = -1;
      }
    }
    passages.sort((x, y) -> x.words() != y.words() ? Integer.compare(y.words(), x.words())
        : Integer.compare(x.start(), y.start()));
    return new PairComparison(wa.size(), wb.size(), sa.length, sb.length, shared, similarity, estimated,
        List.copyOf(passages));
  }

  private static Words words(Page page, boolean keepBoilerplate) {
    List<String> out = new ArrayList<>();
    List<int[]> where = new ArrayList<>();
    int titleHeading = PageAnalyzer.leadingTitleHeading(page);
    for (Block block : page.blocks()) {
      if ((block.chrome() || block.index() == titleHeading) && !keepBoilerplate) {
        continue;
      }
      List<String> normalized = WordTokenizer.words(TextNormalizer.normalize(block.text()));
      List<int[]> spans = new ArrayList<>();
      WordTokenizer.scan(block.text(), (t, from, to) -> spans.add(new int[] {from, to}));
      boolean matched = spans.size() == normalized.size();
      for (int w = 0; w < normalized.size(); w++) {
        out.add(normalized.get(w));
        where.add(matched ? new int[] {block.index(), spans.get(w)[0], spans.get(w)[1]}
            : new int[] {-1, 0, 0});
      }
    }
    int[] blockOf = new int[out.size()];
    int[] from = new int[out.size()];
    int[] to = new int[out.size()];
    for (int i = 0; i < out.size(); i++) {
      blockOf[i] = where.get(i)[0];
      from[i] = where.get(i)[1];
      to[i] = where.get(i)[2];
    }
    return new Words(out, blockOf, from, to, page.blocks());
  }

  private static long[] hashes(List<String> words, ShingleHasher hasher) {
    long[] out = new long[words.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = hasher.wordHash(words.get(i));
    }
    return out;
  }
}
