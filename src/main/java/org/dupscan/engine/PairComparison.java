package org.dupscan.engine;

import java.util.ArrayList;
import java.util.List;
import org.dupscan.extract.Page;
import org.dupscan.minhash.MinHasher;
import org.dupscan.internal.LongSets;
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
   * (the place among the compared blocks) and character range, or block -1 where a block's words could
   * not be matched one to one (NFKC can split or join characters), in which case the normalised word is
   * shown.
   */
  private record Words(List<String> normalized, int[] block, int[] from, int[] to, List<String> blocks) {

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
        sb.append(blocks.get(block[i]), from[i], to[j]);
        i = j + 1;
      }
      return sb.toString();
    }

    /**
     * {@link #text} with what follows its last word up to the next word of the same block, or to the
     * block's end (a closing full stop or bracket), spaces left out: segments cut at any word then keep
     * all of the page's text between them.
     */
    String textThrough(int start, int end) {
      String t = text(start, end);
      int last = end - 1;
      if (last < 0 || block[last] < 0) {
        return t;
      }
      String b = blocks.get(block[last]);
      int until = end < block.length && block[end] == block[last] ? from[end] : b.length();
      return t + b.substring(to[last], Math.max(to[last], until)).stripTrailing();
    }
  }

  /** Compares two extracted pages, hashed as a scan with the same settings hashes them. */
  public static PairComparison compare(Page a, Page b, ScanSettings.Hashing settings) {
    ShingleHasher hasher = settings.shingleHasher();
    MinHasher minHasher = settings.minHasher();
    int shingleSize = settings.shingleSize();
    boolean keepBoilerplate = settings.keepBoilerplate();
    Words pa = words(ComparedText.of(a, keepBoilerplate));
    List<String> wa = pa.normalized();
    List<String> wb = words(ComparedText.of(b, keepBoilerplate)).normalized();
    long[] ha = hashes(wa, hasher);
    long[] hb = hashes(wb, hasher);
    long[] sa = hasher.shingleSet(ha, ha.length);
    long[] sb = hasher.shingleSet(hb, hb.length);
    double similarity = LongSets.jaccard(sa, sb);
    double estimated = sa.length == 0 || sb.length == 0 ? 0.0
        : minHasher.signature(sa).estimateJaccard(minHasher.signature(sb));
    int shared = LongSets.intersectionSize(sa, sa.length, sb, sb.length);

    boolean[] hits = sharedShingles(ha, sb, hasher, shingleSize);
    List<Passage> passages = new ArrayList<>();
    int k = Math.min(shingleSize, ha.length);
    int count = hits.length;
    int runStart = -1;
    for (int i = 0; i <= count; i++) {
      boolean hit = i < count && hits[i];
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

  /**
   * A piece of a page's compared text, in page order: shared with the other page (inside one of their
   * shared passages) or not.
   */
  public record Segment(boolean shared, String text) {}

  /** Characters kept at each end of a long unshared stretch; its middle becomes an ellipsis. */
  static final int UNSHARED_EDGE = 80;

  /**
   * Page {@code a}'s compared text as segments, shared (with {@code b}) and unshared in turn, for a
   * side-by-side view: shared passages whole, unshared stretches longer than twice
   * {@link #UNSHARED_EDGE} shortened to their ends (at spaces where there are) around " … ", and the whole cut once it reaches
   * {@code maxChars} characters (the last segment then ends with an ellipsis).
   */
  public static List<Segment> segments(Page a, Page b, ScanSettings.Hashing settings, int maxChars) {
    return segments(prepare(a, settings), prepare(b, settings), settings, maxChars);
  }

  /**
   * A page's compared words, their hashes and its shingle set, made once for a page in several pairs
   * (an archive page holding many posts).
   */
  public static final class Prepared {
    private final Words words;
    private final long[] hashes;
    private final long[] set;

    private Prepared(Words words, long[] hashes, long[] set) {
      this.words = words;
      this.hashes = hashes;
      this.set = set;
    }
  }

  /** Prepares {@code page} for {@link #segments(Prepared, Prepared, ScanSettings.Hashing, int)}. */
  public static Prepared prepare(Page page, ScanSettings.Hashing settings) {
    return prepare(ComparedText.of(page, settings.keepBoilerplate()), settings);
  }

  /** As {@link #prepare(Page, ScanSettings.Hashing)}, for the page's compared text as kept. */
  public static Prepared prepare(ComparedText text, ScanSettings.Hashing settings) {
    ShingleHasher hasher = settings.shingleHasher();
    Words w = words(text);
    long[] h = hashes(w.normalized(), hasher);
    return new Prepared(w, h, hasher.shingleSet(h, h.length));
  }

  /** As {@link #segments(Page, Page, ScanSettings.Hashing, int)}, for prepared pages. */
  public static List<Segment> segments(Prepared a, Prepared b, ScanSettings.Hashing settings,
      int maxChars) {
    if (maxChars < 1) {
      throw new IllegalArgumentException("maxChars must be at least 1 but was " + maxChars);
    }
    int shingleSize = settings.shingleSize();
    Words pa = a.words;
    long[] ha = a.hashes;
    boolean[] hits = sharedShingles(ha, b.set, settings.shingleHasher(), shingleSize);
    int k = Math.min(shingleSize, ha.length);
    boolean[] shared = new boolean[ha.length];
    for (int i = 0; i < hits.length; i++) {
      if (hits[i]) {
        java.util.Arrays.fill(shared, i, Math.min(ha.length, i + k), true);
      }
    }
    List<Segment> out = new ArrayList<>();
    int left = maxChars;
    int start = 0;
    while (start < shared.length && left > 0) {
      int end = start;
      while (end < shared.length && shared[end] == shared[start]) {
        end++;
      }
      String text = pa.textThrough(start, end);
      if (!shared[start] && text.length() > 2 * UNSHARED_EDGE + 3) {
        int head = text.lastIndexOf(' ', UNSHARED_EDGE);
        int tail = text.indexOf(' ', text.length() - UNSHARED_EDGE);
        text = text.substring(0, head > 0 ? head : cutAt(text, UNSHARED_EDGE)) + " \u2026 "
            + text.substring(tail > 0 ? tail + 1 : cutAt(text, text.length() - UNSHARED_EDGE));
      }
      if (text.length() > left) {
        text = text.substring(0, cutAt(text, left)) + "\u2026";
      }
      left -= text.length();
      out.add(new Segment(shared[start], text));
      start = end;
    }
    return List.copyOf(out);
  }

  /** {@code at}, or one less where {@code at} would split a surrogate pair. */
  private static int cutAt(String s, int at) {
    return at > 0 && at < s.length() && Character.isLowSurrogate(s.charAt(at)) ? at - 1 : at;
  }

  /**
   * For each shingle of the words {@code ha} (one at least, if any words), whether the sorted set
   * {@code set} holds it.
   */
  private static boolean[] sharedShingles(long[] ha, long[] set, ShingleHasher hasher, int shingleSize) {
    int k = Math.min(shingleSize, ha.length);
    int count = ha.length == 0 ? 0 : Math.max(1, ha.length - shingleSize + 1);
    boolean[] hits = new boolean[count];
    for (int i = 0; i < count; i++) {
      hits[i] = java.util.Arrays.binarySearch(set, hasher.shingleHash(ha, i, k)) >= 0;
    }
    return hits;
  }

  private static Words words(ComparedText text) {
    List<String> out = new ArrayList<>();
    List<int[]> where = new ArrayList<>();
    List<String> blocks = text.blocks();
    for (int b = 0; b < blocks.size(); b++) {
      String block = blocks.get(b);
      List<String> normalized = WordTokenizer.words(TextNormalizer.normalize(block));
      List<int[]> spans = new ArrayList<>();
      WordTokenizer.scan(block, (t, from, to) -> spans.add(new int[] {from, to}));
      boolean matched = spans.size() == normalized.size();
      for (int w = 0; w < normalized.size(); w++) {
        out.add(normalized.get(w));
        where.add(matched ? new int[] {b, spans.get(w)[0], spans.get(w)[1]} : new int[] {-1, 0, 0});
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
    return new Words(out, blockOf, from, to, blocks);
  }

  private static long[] hashes(List<String> words, ShingleHasher hasher) {
    long[] out = new long[words.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = hasher.wordHash(words.get(i));
    }
    return out;
  }
}
