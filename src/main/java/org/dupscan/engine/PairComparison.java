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

  /** A run of shared text: its first word's position in page A, its length in words, its text. */
  public record Passage(int start, int words, String text) {}

  /** Compares two extracted pages with the given settings. */
  public static PairComparison compare(Page a, Page b, int shingleSize, int permutations, long seed,
      boolean keepBoilerplate) {
    ShingleHasher hasher = new ShingleHasher(shingleSize, (int) seed);
    MinHasher minHasher = new MinHasher(permutations, seed);
    List<String> wa = words(a, keepBoilerplate);
    List<String> wb = words(b, keepBoilerplate);
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
        passages.add(new Passage(runStart, end - runStart, String.join(" ", wa.subList(runStart, end))));
        runStart = -1;
      }
    }
    passages.sort((x, y) -> x.words() != y.words() ? Integer.compare(y.words(), x.words())
        : Integer.compare(x.start(), y.start()));
    return new PairComparison(wa.size(), wb.size(), sa.length, sb.length, shared, similarity, estimated,
        List.copyOf(passages));
  }

  private static List<String> words(Page page, boolean keepBoilerplate) {
    List<String> out = new ArrayList<>();
    int titleHeading = PageAnalyzer.leadingTitleHeading(page);
    for (Block block : page.blocks()) {
      if ((block.chrome() || block.index() == titleHeading) && !keepBoilerplate) {
        continue;
      }
      out.addAll(WordTokenizer.words(TextNormalizer.normalize(block.text())));
    }
    return out;
  }

  private static long[] hashes(List<String> words, ShingleHasher hasher) {
    long[] out = new long[words.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = hasher.wordHash(words.get(i));
    }
    return out;
  }
}
