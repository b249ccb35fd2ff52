package org.dupscan.detect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dupscan.extract.Block;
import org.dupscan.extract.Page;
import org.dupscan.internal.LongCounts;
import org.dupscan.internal.LongSets;
import org.dupscan.internal.UnionFind;
import org.dupscan.internal.Mix;
import org.dupscan.text.PageWords;

/**
 * Spun variants: pages that an article spinner made from one article by replacing words with
 * synonyms, swapping sentences and moving paragraphs. Word shingles do not survive that; what does
 * is the article's rare vocabulary (names, numbers, identifiers, technical terms that no thesaurus
 * replaces). Two pages are spun variants when the IDF-weighted Jaccard similarity of their content
 * words, sum of min weights over sum of max weights (the weighted Jaccard of Ioffe, "Improved
 * Consistent Sampling, Weighted Minhash and L1 Sketching", ICDM 2010), reaches a threshold. IDF is
 * the scan's own: log(N / df) over the pages scanned, so a manual's shared vocabulary counts little
 * within that manual, and a word spun in from a thesaurus counts against the pair, in the union.
 *
 * <p>Memory is bounded per page: a page keeps a consistent sample of its distinct content words,
 * the {@value #SAMPLE} smallest word hashes (a bottom-k sketch: two pages' samples agree on every
 * word below both pages' largest kept hash, so the similarity is measured on that range; Cohen and
 * Kaplan, "Summarizing data using bottom-k sketches", PODC 2007). Document frequencies are counted
 * over the samples, which is exact for every word below a page's cut-off.
 *
 * <p>Candidates: a pair must share one of the {@value #PROBES} rarest (by df, df >= 2) sampled words of
 * either page; words held by more than {@value #MAX_POSTING} pages are not probed (they are not rare,
 * and bounding postings bounds the join). This is prefix filtering on a rarity order (Chaudhuri et al.,
 * ICDE 2006), exact for pairs whose shared weight sits in their rarest words, as spun copies' does.
 */
public final class SpunVariants {

  /** Distinct content words a page keeps (its bottom-k sample by hash). */
  public static final int SAMPLE = 256;
  /** Words of a page's sample kept with their spelling, as evidence (smallest hashes first). */
  public static final int SPELLED = 48;
  /** Rarest words of a page that look for candidates. */
  public static final int PROBES = 24;
  /** Pages a word may be on and still be probed. */
  public static final int MAX_POSTING = 200;
  /** Default least weighted Jaccard similarity of a spun pair. */
  public static final double DEFAULT_THRESHOLD = 0.07;
  /**
   * Least similarity of a spun pair on one host. Pages of one manual share terms in one order (an
   * option list, a security fix described in each branch's release notes) at measures that spun
   * copies also reach (up to 0.90 on the real documentation sites: git-verify-commit and
   * git-verify-tag); a spinner's copies are mostly published on other sites, so on one host only a
   * nearly whole match counts.
   */
  public static final double SAME_HOST_THRESHOLD = 0.95;
  /**
   * Fewest pages a scan needs for spun pairs: IDF comes from the scan itself, and over a few dozen
   * pages it cannot tell a topic's common words from an article's rare ones (on the 40 pages of the
   * test corpus, two tag pages on different topics reached 0.10 through words like "bright" and "move").
   */
  public static final int MIN_PAGES = 100;
  /** Fewest sampled content words a page needs to take part (short pages share too little). */
  public static final int MIN_WORDS = 40;
  /** Most link text a block of article text may hold. */
  public static final double MAX_LINK_DENSITY = 0.3;
  /** Values below the cut of {@link #smallestDistinct}, expected, per value asked for. */
  static final int SELECT_SPARE = 4;
  /**
   * The same for a page's shingles: they rarely repeat (words do, so their cut needs more spare), and
   * twice k values below the cut hold k distinct ones all but never; the fallback keeps it exact.
   */
  static final int SHINGLE_SELECT_SPARE = 2;
  /**
   * Fewest of a page's probes (its rarest words) a later page must hold to be measured against it.
   * A page found through one rare word only shares a term, not an article: on SpunEval's tune split
   * every reported pair of an original and its spin holds 2 or more (84% of the candidates hold one),
   * and on 5,000 real-text pages as 5 hosts 26 of the 569 false pairs held one (docs/spun.md).
   */
  public static final int MIN_SHARED_PROBES = 2;
  /**
   * Fewest shared words of weight (over the hash range both samples cover) a spun pair needs. A
   * spinner leaves an article's names, numbers and terms: an original and its spin share 14 or more
   * on SpunEval's tune split (median 48); two speeches in a small language, or two index pages, reach
   * the measure through a handful of function words or list entries (docs/spun.md).
   */
  public static final int MIN_SHARED_WORDS = 10;
  /**
   * Least share of a pair's shared weight that must stand in one order on both pages (the ordered
   * measure over the unordered one). A spinner swaps neighbouring sentences and moves a paragraph: an
   * original and its spin keep 0.63 or more of it in order on SpunEval's tune split (median 0.82);
   * sibling pages of one manual that reuse its terms keep less (a third of the false pairs on real
   * text as 5 hosts fall below 0.6).
   */
  public static final double ORDERED_SHARE = 0.6;
  /**
   * Fewest shared words of weight a spun pair needs that stand in sentences on both pages ({@link
   * #prose}: not part of an identifier, option or path, next to a function word). A spinner rewrites
   * an article's sentences, and the terms it cannot replace stay in them; pages that share only
   * identifiers, numbers, option names or list entries (a Rust source page's line numbers, two
   * manuals' directive indexes, templated API pages' type names) are not spun copies. On SpunEval's
   * tune split an original and its spin share 2 or more (median 22 at spin rate 0.5); 4 drops 0, 1
   * and 2 of the 107 pairs at rates 0.3, 0.5 and 0.7, and on real text as 5 hosts 60% of the false
   * pairs below measure 0.5 (docs/spun.md).
   */
  public static final int MIN_SHARED_PROSE_WORDS = 4;
  /** Words per shingle of the copy test. */
  public static final int SHINGLE = 4;
  /** Shingle hashes a page keeps (bottom-k) for the copy test. */
  public static final int SHINGLES = 64;
  /**
   * Pairs whose word-shingle Jaccard reaches this share of their spun measure share their text
   * verbatim (a page that includes another's section, release notes of one fix): a partial copy, not
   * a spun one. A spinner that replaces a third of the words leaves about (2/3)^4 of 4-shingles, but
   * the shingle estimate (bottom-64) is noisy: at 0.75 it dropped 16 of 107 pairs spun at 0.3 on the
   * tune split of SpunEval, at 1.0 two (docs/spun.md); a verbatim copy's ratio is about 1 or more.
   */
  public static final double COPY_RATIO = 1.0;
  /**
   * Least word-shingle Jaccard estimate of a copy: a pair that passes the spun tests (the partial-copy
   * test of {@link #COPY_RATIO} included) and shares this much of its {@value #SHINGLE}-shingles is
   * one text copied, not spun (templated sibling pages, one manual's page on two sites), and is
   * reported as a copy, not as a spun pair. A spinner that
   * replaces a third of the words leaves about (2/3)^4 of the shingles: spins of SpunEval's tune split
   * reach 0.23 at most (rate 0.3); Rust's {@code core::arch} intrinsic pages, one template per
   * instruction family, and the copy pairs that near_duplicates.csv did not group share more
   * (docs/spun.md).
   */
  public static final double COPY_SHINGLES = 0.3;
  /** Shared words listed as evidence. */
  public static final int EVIDENCE = 8;
  /**
   * Longest word (in chars) that counts as a function word of a page's language profile: articles,
   * prepositions and conjunctions of most languages are this short (the, of, de, la, och, att, und).
   */
  public static final int PROFILE_WORD_LENGTH = 3;
  /** Most frequent short words of a page kept as its language profile. */
  public static final int PROFILE = 4;
  /**
   * Fewest profile words two pages must share to be in one language. The stop-word list is English
   * only, so in a scan of many languages one manual's page in two languages pairs through its
   * directive names in one order; a profile learned from the page's own most frequent short words
   * tells the languages apart without a list per language. On SpunEval's tune split every reported
   * pair shares 3 or 4 of the 4; 2 leaves a word of margin (docs/spun.md).
   */
  public static final int MIN_SHARED_PROFILE = 2;
  /**
   * Share of a language's pages (the pages with one word in their profile) a word must stand on to
   * be common in that language. The stop-word list is English only, and in a scan of many languages a
   * small language's function words (och, att, naturligtvis; în, care, este) are rare by document
   * frequency over all pages and keep their order; by their own language's pages they are common.
   */
  public static final double LANGUAGE_COMMON_SHARE = 0.5;
  /** Fewest pages of a language (pages with one profile word) before its common words are known. */
  public static final int MIN_LANGUAGE_PAGES = 20;
  /** Most words of a block that can be a line of navigation (a menu, a footer's licence line). */
  public static final int LINE_WORDS = 24;
  /** Short lines of a page kept for the navigation test (a bit each in a long). */
  public static final int LINES = 64;
  /**
   * Pages of one host a short line must stand on to be navigation. Plain-text pages do not mark
   * their menus and footers as chrome ("Modules | Directives | FAQ | Glossary | Sitemap", "Licensed
   * under the Apache License"); their words stand on every page of a manual in one order, so two
   * pages of it on two hosts shared them as if one were a spin of the other (docs/spun.md).
   */
  public static final int NAVIGATION_PAGES = 3;

  private SpunVariants() {}

  /**
   * What a page keeps: its sampled content-word hashes (sorted, distinct), the largest hash it could
   * keep (Long.MAX_VALUE when it kept all), each sampled word's rank by first place on the page, and
   * spellings of its first {@value #SPELLED} sampled words, and the {@value #SHINGLES} smallest hashes
   * of its word {@value #SHINGLE}-shingles (all words, stop words too), and its language profile: the
   * hashes of its {@value #PROFILE} most frequent words of at most {@value #PROFILE_WORD_LENGTH}
   * letters, sorted; the hashes of its first {@value #LINES} distinct short article blocks (at most
   * {@value #LINE_WORDS} words: lines that may be navigation), in page order; and per sampled word the
   * lines it stands in as bits (bit i: {@code lines[i]}), 0 when it also stands in a longer block;
   * and per sampled word whether it stands in a sentence ({@link #prose}), bit i of {@code prose[i /
   * 64]}.
   */
  public record Facts(long[] words, long cutoff, short[] rank, long[] spelledHashes,
      String[] spellings, long[] shingles, long[] profile, long[] lines, long[] lineBits,
      long[] prose) {}

  /**
   * Whether a block is article text: not page furniture (navigation, header, footer) and not a list
   * of links (a manual's tables of contents and sidebars repeat its terms in its own order).
   */
  static boolean article(Block b) {
    return !b.chrome() && b.linkDensity() <= MAX_LINK_DENSITY;
  }

  /** A page's facts: the bottom-{@value #SAMPLE} sample of its distinct content words. */
  public static Facts of(Page page, PageWords words) {
    // in small methods, one loop each: the page's facts are computed once per page, and the JIT's
    // time to compile one large method with all these loops (and to compile it again on the stack)
    // was of the order of the loops' own time over thousands of pages
    int n = words.size();
    Buffers buffers = Buffers.get(n);
    List<Block> blocks = page.blocks();
    int k = sampledKinds(words, blocks, buffers.all);
    int m = shingles(words, blocks, buffers.shingles);
    long[] shingleSample = smallestDistinct(buffers.shingles, m, SHINGLES, SHINGLE_SELECT_SPARE,
        buffers);
    long[] sample = smallestDistinct(buffers.all, k, SAMPLE + 1, SELECT_SPARE, buffers);
    long cutoff = sample.length > SAMPLE ? sample[SAMPLE - 1] : Long.MAX_VALUE;
    sample = Arrays.copyOf(sample, Math.min(sample.length, SAMPLE));
    Places places = new Places(sample);
    short[] rank = new short[sample.length];
    int spelled = Math.min(sample.length, SPELLED);
    long[] spelledHashes = Arrays.copyOf(sample, spelled);
    String[] spellings = new String[spelled];
    rankAndSpell(words, sample, places, rank, spellings);
    long[] profile = profile(words);
    long[] prose = new long[(sample.length + 63) >>> 6];
    long[] lines = new long[LINES];
    long[] lineBits = new long[sample.length];
    int lineCount = sample.length == 0 ? 0
        : linesAndProse(words, blocks, sample, places, profile, lines, lineBits, prose);
    return new Facts(sample, cutoff, rank, spelledHashes, spellings, shingleSample, profile,
        Arrays.copyOf(lines, lineCount), lineBits, prose);
  }

  /** Whether word {@code i} is of the kinds a page's sample holds: a content word or a number. */
  private static boolean sampledKind(PageWords words, int i) {
    return words.isContent(i) || words.hasDigit(i) && words.length(i) > 1;
  }

  /** The hashes of the sampled kinds of words of the page's article blocks, in page order. */
  private static int sampledKinds(PageWords words, List<Block> blocks, long[] out) {
    int k = 0;
    for (int b = 0; b < words.blockCount() && b < blocks.size(); b++) {
      if (article(blocks.get(b))) {
        for (int i = words.blockStart(b), end = words.blockEnd(b); i < end; i++) {
          if (sampledKind(words, i)) {
            out[k++] = words.hash(i);
          }
        }
      }
    }
    return k;
  }

  /** The hashes of the word {@value #SHINGLE}-shingles within the page's article blocks. */
  private static int shingles(PageWords words, List<Block> blocks, long[] out) {
    int m = 0;
    for (int b = 0; b < words.blockCount() && b < blocks.size(); b++) {
      if (article(blocks.get(b))) {
        for (int i = words.blockStart(b), last = words.blockEnd(b) - SHINGLE; i <= last; i++) {
          long h = 0;
          for (int j = i; j < i + SHINGLE; j++) {
            h = h * 0x9E3779B97F4A7C15L + words.hash(j);
          }
          out[m++] = Mix.fmix64(h);
        }
      }
    }
    return m;
  }

  /**
   * One pass over the page gives each sampled word its rank by first place (-1 if it has none) and
   * the first {@code spellings.length} sampled words their spelling (they are the sample's first, by
   * hash).
   */
  private static void rankAndSpell(PageWords words, long[] sample, Places places, short[] rank,
      String[] spellings) {
    Arrays.fill(rank, (short) -1);
    if (sample.length == 0) {
      return;
    }
    int spelled = spellings.length;
    long lastSpelled = spelled > 0 ? sample[spelled - 1] : Long.MIN_VALUE;
    long last = sample[sample.length - 1];
    int unspelled = spelled;
    short next = 0;
    for (int i = 0, n = words.size(); i < n && (next < sample.length || unspelled > 0); i++) {
      long h = words.hash(i);
      if (h <= last) {
        int at = places.of(h);
        if (at >= 0 && rank[at] < 0) {
          rank[at] = next++;
        }
        if (h <= lastSpelled && at >= 0 && at < spelled && spellings[at] == null) {
          spellings[at] = words.word(i);
          unspelled--;
        }
      }
    }
  }

  /**
   * The page's first {@value #LINES} distinct short article blocks (lines that may be navigation)
   * into {@code lines}, returning their number; per sampled word the lines it stands in as bits
   * (0 when it also stands in a longer block) and whether it stands in a sentence ({@link #prose}).
   */
  private static int linesAndProse(PageWords words, List<Block> blocks, long[] sample,
      Places places, long[] profile, long[] lines, long[] lineBits, long[] prose) {
    int lineCount = 0;
    boolean[] inText = new boolean[sample.length];
    long last = sample[sample.length - 1];
    for (int b = 0; b < words.blockCount() && b < blocks.size(); b++) {
      if (!article(blocks.get(b))) {
        continue;
      }
      int from = words.blockStart(b);
      int end = words.blockEnd(b);
      int line = -1;
      if (end - from <= LINE_WORDS) {
        long h = lineHash(words, from, end);
        for (int l = 0; l < lineCount && line < 0; l++) {
          line = lines[l] == h ? l : -1;
        }
        if (line < 0 && lineCount < LINES) {
          lines[lineCount] = h;
          line = lineCount++;
        }
      }
      for (int i = from; i < end; i++) {
        if (!sampledKind(words, i)) {
          continue;
        }
        long h = words.hash(i);
        int at = h <= last ? places.of(h) : -1;
        if (at >= 0) {
          if (line < 0) {
            inText[at] = true;
            if ((prose[at >>> 6] & 1L << at) == 0 && prose(words, i, from, end, profile)) {
              prose[at >>> 6] |= 1L << at;
            }
          } else {
            lineBits[at] |= 1L << line;
          }
        }
      }
    }
    for (int i = 0; i < sample.length; i++) {
      if (inText[i]) {
        lineBits[i] = 0;
      }
    }
    return lineCount;
  }

  /** The hash of the words of {@code [from, end)}, in order. */
  private static long lineHash(PageWords words, int from, int end) {
    long h = 0;
    for (int i = from; i < end; i++) {
      h = h * 0x9E3779B97F4A7C15L + words.hash(i);
    }
    return Mix.fmix64(h);
  }

  /**
   * The place of each hash of a page's sample, in an open-addressing table (linear probing, at most
   * half full): the per-page loops look up every word of the page below the sample's cut, one or two
   * probes each where a binary search over {@value #SAMPLE} hashes takes eight.
   */
  static final class Places {
    private final long[] keys;
    /** Per slot, the place + 1 of its key; 0 for an empty slot. */
    private final short[] at;
    private final int shift;

    Places(long[] sample) {
      int bits = 32 - Integer.numberOfLeadingZeros(Math.max(1, sample.length * 2 - 1));
      keys = new long[1 << bits];
      at = new short[1 << bits];
      shift = 64 - bits;
      for (int i = 0; i < sample.length; i++) {
        int s = slot(sample[i]);
        while (at[s] != 0) {
          s = (s + 1) & (at.length - 1);
        }
        keys[s] = sample[i];
        at[s] = (short) (i + 1);
      }
    }

    private int slot(long h) {
      return (int) ((h * 0x9E3779B97F4A7C15L) >>> shift);
    }

    /** The place of {@code h} in the sample, or -1. */
    int of(long h) {
      for (int s = slot(h); at[s] != 0; s = (s + 1) & (at.length - 1)) {
        if (keys[s] == h) {
          return at[s] - 1;
        }
      }
      return -1;
    }
  }

  /**
   * Whether word {@code i} of block {@code [from, end)} stands in a sentence: it is not part of a
   * token joined by punctuation (an identifier, option or path: {@link PageWords#joined}) and a
   * neighbour is a function word (a stop word, or one of the page's profile words, its own language's
   * most frequent short words). Option lists, directive indexes and list entries put terms next to
   * terms; prose puts them between articles and prepositions.
   */
  static boolean prose(PageWords words, int i, int from, int end, long[] profile) {
    if (words.joined(i)) {
      return false;
    }
    return i > from && function(words, i - 1, profile) || i + 1 < end && function(words, i + 1, profile);
  }

  private static boolean function(PageWords words, int i, long[] profile) {
    if (words.isStop(i)) {
      return true;
    }
    long h = words.hash(i);
    for (long p : profile) {
      if (p == h) {
        return true;
      }
    }
    return false;
  }

  /**
   * The {@code k} smallest distinct of {@code values[0 .. length)}, ascending; the array is reordered.
   * Hashes are uniform, so the k smallest distinct of a long page are almost always among the values
   * below a cut that {@value #SELECT_SPARE} x k of them are expected under: those few are sorted, not
   * the page (the whole array only when repeats leave fewer than k distinct below the cut).
   */
  static long[] smallestDistinct(long[] values, int length, int k) {
    return smallestDistinct(values, length, k, SELECT_SPARE);
  }

  /**
   * As {@link #smallestDistinct(long[], int, int)}, with {@code spare} x k values expected below the
   * cut.
   */
  static long[] smallestDistinct(long[] values, int length, int k, int spare) {
    return smallestDistinct(values, length, k, spare, new Buffers(length));
  }

  private static long[] smallestDistinct(long[] values, int length, int k, int spare,
      Buffers buffers) {
    if (length > spare * k) {
      // signed cut at a share spare * k / length of the hash range, from Long.MIN_VALUE
      double share = (double) spare * k / length;
      long cut = Long.MIN_VALUE + (long) (share * 0x1p63) * 2;
      long[] below = buffers.below;
      int b = 0;
      for (int i = 0; i < length; i++) {
        if (values[i] < cut) {
          below[b++] = values[i];
        }
      }
      long[] out = sortedDistinctPrefix(below, b, k, buffers);
      if (out.length == k) {
        return out;
      }
    }
    return sortedDistinctPrefix(values, length, k, buffers);
  }

  private static long[] sortedDistinctPrefix(long[] values, int length, int k, Buffers buffers) {
    sortHashes(values, length, buffers);
    int d = 0;
    for (int i = 0; i < length && d < k; i++) {
      if (d == 0 || values[d - 1] != values[i]) {
        values[d++] = values[i];
      }
    }
    return Arrays.copyOf(values, d);
  }

  /** Longest run of one bucket that {@link #sortHashes} sorts by insertion. */
  private static final int INSERTION_RUN = 16;

  /**
   * Sorts {@code values[0, length)} ascending as signed longs. The values are hashes (uniform), so one
   * counting pass over their top bits puts them in buckets of two to four values on average, in order,
   * and each bucket is then sorted on its own: two passes over the values, where the radix sort of
   * {@link LongSets#sort} makes nine and clears 2,048 counters per call (most pages hold a few hundred
   * content words; a sampled page's words were sorted that way). A bucket longer than {@value
   * #INSERTION_RUN} (repeats, or crafted hashes) is sorted by {@link Arrays#sort}, so the worst case
   * stays n log n.
   */
  static void sortHashes(long[] values, int length, Buffers buffers) {
    if (length < 2) {
      return;
    }
    int bits = Math.max(1, 31 - Integer.numberOfLeadingZeros(length) - 1);
    int buckets = 1 << bits;
    int shift = 64 - bits;
    int[] counts = buffers.counts(buckets + 1);
    Arrays.fill(counts, 0, buckets + 1, 0);
    for (int i = 0; i < length; i++) {
      counts[(int) ((values[i] ^ Long.MIN_VALUE) >>> shift) + 1]++;
    }
    for (int b = 0; b < buckets; b++) {
      counts[b + 1] += counts[b];
    }
    long[] to = buffers.to;
    for (int i = 0; i < length; i++) {
      long v = values[i];
      to[counts[(int) ((v ^ Long.MIN_VALUE) >>> shift)]++] = v;
    }
    // counts[b] is now the end of bucket b, the start of bucket b + 1
    int from = 0;
    for (int b = 0; b < buckets; b++) {
      int end = counts[b];
      if (end - from > INSERTION_RUN) {
        Arrays.sort(to, from, end);
      } else {
        for (int i = from + 1; i < end; i++) {
          long v = to[i];
          int j = i - 1;
          while (j >= from && to[j] > v) {
            to[j + 1] = to[j];
            j--;
          }
          to[j + 1] = v;
        }
      }
      from = end;
    }
    System.arraycopy(to, 0, values, 0, length);
  }

  /**
   * Arrays of {@link #of} for a page's words, kept per thread for pages of at most {@value
   * #KEEP_WORDS} words (a scan calls it once per page; the arrays were a share of the stage's
   * allocation, and so of the collector's work).
   */
  static final class Buffers {
    /** Most words a page may have for the kept arrays to serve it. */
    static final int KEEP_WORDS = 1 << 15;
    private static final ThreadLocal<Buffers> KEPT = ThreadLocal.withInitial(() -> new Buffers(1024));

    long[] all;
    long[] shingles;
    long[] below;
    long[] to;
    private int[] counts = new int[0];

    Buffers(int words) {
      all = new long[words];
      shingles = new long[words];
      below = new long[words];
      to = new long[words];
    }

    /** Buffers for {@code words} words: this thread's kept ones, or new ones for a longer page. */
    static Buffers get(int words) {
      if (words > KEEP_WORDS) {
        return new Buffers(words);
      }
      Buffers kept = KEPT.get();
      if (kept.all.length < words) {
        int size = Math.min(KEEP_WORDS, Math.max(words, 2 * kept.all.length));
        kept.all = new long[size];
        kept.shingles = new long[size];
        kept.below = new long[size];
        kept.to = new long[size];
      }
      return kept;
    }

    int[] counts(int size) {
      if (counts.length < size) {
        counts = new int[size];
      }
      return counts;
    }
  }

  /**
   * Per page, the bits of its lines that are navigation: lines that stand on at least {@value
   * #NAVIGATION_PAGES} pages of the page's host (counted once per page).
   */
  static long[] navigation(List<Facts> facts, int[] host) {
    int n = facts.size();
    int total = 0;
    for (Facts f : facts) {
      total += f == null ? 0 : f.lines().length;
    }
    long[] keys = new long[total];
    int k = 0;
    for (int p = 0; p < n; p++) {
      Facts f = facts.get(p);
      if (f != null) {
        for (long h : LongSets.sortedDistinct(f.lines().clone(), f.lines().length)) {
          keys[k++] = onHost(h, host[p]);
        }
      }
    }
    Arrays.sort(keys, 0, k);
    // the keys that stand on NAVIGATION_PAGES or more pages, once each, in one pass over the runs
    // (looking each page's lines up in the runs themselves walked a run per lookup: quadratic in the
    // pages a line stands on, and a footer of a one-host scan stands on most of its pages)
    int common = 0;
    for (int i = 0; i < k; ) {
      int end = i + 1;
      while (end < k && keys[end] == keys[i]) {
        end++;
      }
      if (end - i >= NAVIGATION_PAGES) {
        keys[common++] = keys[i];
      }
      i = end;
    }
    long[] bits = new long[n];
    for (int p = 0; p < n && common > 0; p++) {
      Facts f = facts.get(p);
      for (int l = 0; f != null && l < f.lines().length; l++) {
        if (Arrays.binarySearch(keys, 0, common, onHost(f.lines()[l], host[p])) >= 0) {
          bits[p] |= 1L << l;
        }
      }
    }
    return bits;
  }

  /**
   * Per (profile word, sampled word), the pages that have both, for words on enough pages to be common
   * in a language; {@code languagePages} gets per profile word the pages with it in their profile.
   * {@code dfs} holds per page each sampled word's document frequency (null for a page of fewer than
   * {@value #MIN_WORDS} words).
   */
  static LongCounts languageCounts(List<Facts> facts, int[][] dfs, LongCounts languagePages) {
    for (Facts f : facts) {
      if (f != null && f.words().length >= MIN_WORDS) {
        for (long l : f.profile()) {
          languagePages.increment(l);
        }
      }
    }
    // only a word on enough pages over all can be on the share of one language's pages: counting
    // just those keeps the table to a small language's pages (a large language has few such words)
    LongCounts counts = new LongCounts(1 << 12);
    for (int p = 0; p < facts.size(); p++) {
      Facts f = facts.get(p);
      if (f == null || f.words().length < MIN_WORDS) {
        continue;
      }
      long[] profile = f.profile();
      int[] least = new int[profile.length];
      int fewest = Integer.MAX_VALUE;
      for (int l = 0; l < profile.length; l++) {
        int pages = languagePages.get(profile[l]);
        least[l] = pages < MIN_LANGUAGE_PAGES ? Integer.MAX_VALUE
            : (int) Math.ceil(LANGUAGE_COMMON_SHARE * pages);
        fewest = Math.min(fewest, least[l]);
      }
      if (fewest == Integer.MAX_VALUE) {
        continue;
      }
      long[] words = f.words();
      for (int i = 0; i < words.length; i++) {
        long w = words[i];
        int d = dfs[p][i];
        for (int l = 0; l < profile.length && d >= fewest; l++) {
          if (d >= least[l]) {
            counts.increment(inLanguage(profile[l], w));
          }
        }
      }
    }
    return counts;
  }


  /**
   * Whether a word on {@code df} pages stands on a large share of the pages of one of the page's
   * languages: on {@code least[l]} or more of the pages of profile word l ({@link #leastCommon}). A
   * word stands on at most df pages of a language, so a language it is too rare for needs no lookup.
   */
  static boolean commonInLanguage(long[] profile, int[] least, long word, int df,
      LongCounts inLanguage) {
    for (int l = 0; l < profile.length; l++) {
      if (df >= least[l] && inLanguage.get(inLanguage(profile[l], word)) >= least[l]) {
        return true;
      }
    }
    return false;
  }

  /**
   * Per profile word of a page, the fewest pages of its language a word must stand on to be common
   * there (a share {@value #LANGUAGE_COMMON_SHARE} of them), or Integer.MAX_VALUE for a language of
   * fewer than {@value #MIN_LANGUAGE_PAGES} pages.
   */
  static int[] leastCommon(long[] profile, LongCounts languagePages) {
    int[] least = new int[profile.length];
    for (int l = 0; l < profile.length; l++) {
      int pages = languagePages.get(profile[l]);
      least[l] = pages < MIN_LANGUAGE_PAGES ? Integer.MAX_VALUE
          : (int) Math.ceil(LANGUAGE_COMMON_SHARE * pages);
    }
    return least;
  }

  private static long inLanguage(long profileWord, long word) {
    return Mix.fmix64(profileWord * 0x9E3779B97F4A7C15L + word);
  }

  private static long onHost(long line, int host) {
    return Mix.fmix64(line + 0x9E3779B97F4A7C15L * (host + 1));
  }



  /**
   * The hashes of a page's {@value #PROFILE} most frequent words of at most {@value
   * #PROFILE_WORD_LENGTH} chars without digits (its function words, in whatever language), sorted;
   * ties go to the smaller hash, so the profile does not depend on word order.
   */
  static long[] profile(PageWords words) {
    int n = words.size();
    // counted in a small table (a page has a few hundred distinct short words), not sorted
    LongCounts counts = new LongCounts(64);
    long[] distinct = new long[16];
    int d = 0;
    for (int i = 0; i < n; i++) {
      if (words.length(i) <= PROFILE_WORD_LENGTH && !words.hasDigit(i)) {
        long h = words.hash(i);
        if (counts.increment(h) == 1) {
          if (d == distinct.length) {
            distinct = Arrays.copyOf(distinct, 2 * d);
          }
          distinct[d++] = h;
        }
      }
    }
    // the top PROFILE distinct short words by count, then by smaller hash
    long[] top = new long[PROFILE];
    int[] topCount = new int[PROFILE];
    int kept = 0;
    for (int x = 0; x < d; x++) {
      long h = distinct[x];
      int count = counts.get(h);
      if (kept < PROFILE || above(count, h, topCount[kept - 1], top[kept - 1])) {
        int at = Math.min(kept, PROFILE - 1);
        while (at > 0 && above(count, h, topCount[at - 1], top[at - 1])) {
          top[at] = top[at - 1];
          topCount[at] = topCount[at - 1];
          at--;
        }
        top[at] = h;
        topCount[at] = count;
        kept = Math.min(kept + 1, PROFILE);
      }
    }
    top = Arrays.copyOf(top, kept);
    Arrays.sort(top);
    return top;
  }

  /** Whether a word counted {@code count} times with hash {@code h} ranks above another. */
  private static boolean above(int count, long h, int otherCount, long other) {
    return count > otherCount || count == otherCount && h < other;
  }

  /**
   * Whether two pages are in one language: they share {@value #MIN_SHARED_PROFILE} of their profile
   * words, or all of the shorter profile when a page has fewer.
   */
  static boolean oneLanguage(long[] a, long[] b) {
    int shared = LongSets.intersectionSize(a, a.length, b, b.length);
    return shared >= Math.min(MIN_SHARED_PROFILE, Math.min(a.length, b.length));
  }

  /**
   * A spun pair, a &lt; b.
   *
   * @param similarity weighted Jaccard of their sampled content words
   * @param evidence shared rare words, rarest first
   */
  public record Pair(int a, int b, double similarity, List<String> evidence) {}

  /**
   * @param pairs spun pairs in (a, b) order
   * @param copies pairs that passed every spun test but share {@value #COPY_SHINGLES} or more of
   *     their word shingles: copies, not spins (no cluster, no signal), in (a, b) order
   * @param clusterOf per page, its cluster number (1 ..) or 0
   * @param closest per page, the page of its most similar spun pair, or -1
   * @param closestSimilarity its similarity, or 0
   * @param candidates pairs measured
   * @param sharedPassages pairs that reached the threshold but were dropped as explained by a
   *     stronger pair and a passage shared by two pages of one host ({@link SiblingPassages})
   */
  public record Result(List<Pair> pairs, List<Pair> copies, int[] clusterOf, int[] closest, double[] closestSimilarity,
      long candidates, int sharedPassages) {}

  /**
   * Finds spun pairs among pages. Pages in one group of {@code sameGroup} (exact or near duplicates,
   * already reported as such) are not paired.
   *
   * @param facts per page, or null for a page without content
   * @param sameGroup per page, its duplicate group (0 when none)
   * @param host per page, a number of its host
   * @param threshold least similarity of a pair across hosts
   * @param sameHostThreshold least similarity of a pair on one host
   */
  public static Result find(List<Facts> facts, int[] sameGroup, int[] host, double threshold,
      double sameHostThreshold) {
    if (!(sameHostThreshold > 0 && sameHostThreshold <= 1)) {
      throw new IllegalArgumentException("spun same-host threshold must be in (0, 1]: "
          + sameHostThreshold);
    }
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("spun threshold must be in (0, 1]: " + threshold);
    }
    int n = facts.size();
    if (n < MIN_PAGES) {
      int[] none = new int[n];
      Arrays.fill(none, -1);
      return new Result(List.of(), List.of(), new int[n], none, new double[n], 0, 0);
    }
    // the join in small methods, a loop or a page each: it runs once per scan, so the JIT compiles
    // its loops while they run, and its time to compile one method holding all of them was of the
    // order of the loops' own time
    Join join = new Join(facts, sameGroup, host, threshold, sameHostThreshold);
    join.weigh();
    join.postings();
    List<Pair> pairs = new ArrayList<>();
    long candidates = 0;
    for (int p = 0; p < n; p++) {
      candidates += join.measure(p, pairs);
    }
    List<Pair> copies = new ArrayList<>();
    int verified = pairs.size();
    pairs = SiblingPassages.unexplained(pairs, facts, sameGroup, host);
    int unexplained = pairs.size();
    // the pairs that share most of their shingles are copies (templated pages, one page on two
    // sites): taken out after the shared-passage rule, which they still inform as kept pairs
    List<Pair> spun = new ArrayList<>();
    for (Pair pr : pairs) {
      boolean copy = shingleJaccard(facts.get(pr.a()).shingles(), facts.get(pr.b()).shingles())
          >= COPY_SHINGLES;
      (copy ? copies : spun).add(pr);
    }
    pairs = spun;
    int[] closest = new int[n];
    double[] closestSimilarity = new double[n];
    Arrays.fill(closest, -1);
    UnionFind groups = new UnionFind(n);
    for (Pair pr : pairs) {
      groups.union(pr.a(), pr.b());
      for (int[] e : new int[][] {{pr.a(), pr.b()}, {pr.b(), pr.a()}}) {
        if (pr.similarity() > closestSimilarity[e[0]]) {
          closestSimilarity[e[0]] = pr.similarity();
          closest[e[0]] = e[1];
        }
      }
    }
    int[] clusterOf = new int[n];
    int[] number = new int[n];
    int clusters = 0;
    for (int p = 0; p < n; p++) {
      if (closest[p] >= 0) {
        int r = groups.find(p);
        if (number[r] == 0) {
          number[r] = ++clusters;
        }
        clusterOf[p] = number[r];
      }
    }
    return new Result(List.copyOf(pairs), List.copyOf(copies), clusterOf, closest,
        closestSimilarity, candidates, verified - unexplained);
  }

  /** The state of one {@link #find}: per page its words' places, dfs, weights and probes; postings. */
  private static final class Join {
    final List<Facts> facts;
    final int[] sameGroup;
    final int[] host;
    final double threshold;
    final double sameHostThreshold;
    final int n;
    final Vocabulary vocab;
    /** Per page (null for a page of fewer than {@value SpunVariants#MIN_WORDS} sampled words): */
    final int[][] wordAt;
    /**
     * each sampled word's df, read once per page here (the vocabulary is too large for the cache: the
     * language counts, weights and postings read these per-page arrays instead),
     */
    final int[][] dfs;
    final double[][] weight;
    /** its rarest words of weight (sample indices), and how many of them a same-host pair needs. */
    final int[][] probes;
    final int[] sameHostProbes;
    final Keys[] keys;
    /** Postings: a word's pages at postings[start[v] .. start[v + 1]), v its vocabulary place. */
    int[] start;
    int[] postings;
    final int[] seenBy;
    final int[] hits;
    final int[] others;
    final Scratch scratch = new Scratch();

    Join(List<Facts> facts, int[] sameGroup, int[] host, double threshold,
        double sameHostThreshold) {
      this.facts = facts;
      this.sameGroup = sameGroup;
      this.host = host;
      this.threshold = threshold;
      this.sameHostThreshold = sameHostThreshold;
      n = facts.size();
      // document frequencies over the samples
      List<long[]> samples = new ArrayList<>(n);
      for (Facts f : facts) {
        samples.add(f == null ? null : f.words());
      }
      vocab = Vocabulary.of(samples);
      wordAt = new int[n][];
      dfs = new int[n][];
      weight = new double[n][];
      probes = new int[n][];
      sameHostProbes = new int[n];
      keys = new Keys[n];
      for (int p = 0; p < n; p++) {
        Facts f = facts.get(p);
        if (f != null && f.words().length >= MIN_WORDS) {
          place(p, f.words());
        }
      }
      seenBy = new int[n];
      hits = new int[n];
      others = new int[n];
    }

    private void place(int p, long[] w) {
      int[] at = new int[w.length];
      int[] df = new int[w.length];
      for (int i = 0; i < w.length; i++) {
        at[i] = vocab.placeOf(w[i]);
        df[i] = vocab.df(at[i]);
      }
      wordAt[p] = at;
      dfs[p] = df;
    }

    /** Each page's weights, probes and keys. */
    void weigh() {
      long[] navigation = navigation(facts, host);
      LongCounts languagePages = new LongCounts(64);
      LongCounts inLanguage = languageCounts(facts, dfs, languagePages);
      // a word's weight depends on its df only: ln(N / df) once per df, not once per sampled word
      double[] idf = new double[n + 1];
      for (int d = 1; d <= n; d++) {
        idf[d] = Math.log((double) n / d);
      }
      long[] order = new long[SAMPLE];
      for (int p = 0; p < n; p++) {
        if (dfs[p] != null) {
          order = weigh(p, navigation[p], languagePages, inLanguage, idf, order);
        }
      }
    }

    private long[] weigh(int p, long navigation, LongCounts languagePages, LongCounts inLanguage,
        double[] idf, long[] order) {
      Facts f = facts.get(p);
      long[] w = f.words();
      int[] df = dfs[p];
      int[] least = leastCommon(f.profile(), languagePages);
      int leastCommon = Integer.MAX_VALUE;
      for (int l : least) {
        leastCommon = Math.min(leastCommon, l);
      }
      double[] wp = new double[w.length];
      if (order.length < w.length) {
        order = new long[w.length];
      }
      // the words that can probe (on 2..MAX_POSTING pages, of weight), rarest first, then by hash
      // (a word's sample index is its hash order: the sample is sorted)
      int eligible = 0;
      long[] lineBits = f.lineBits();
      for (int i = 0; i < w.length; i++) {
        int d = df[i];
        // a word on one page only can never be shared: spinner synonyms mostly are such words, and
        // counting them in the union would measure the spinner's vocabulary, not the article's
        // a word that stands only in its host's navigation lines is the site's, not the article's
        long bits = lineBits[i];
        boolean nav = bits != 0 && (bits & ~navigation) == 0;
        wp[i] = d < 2 || nav
            || d >= leastCommon && commonInLanguage(f.profile(), least, w[i], d, inLanguage)
            ? 0 : idf[d];
        if (d <= MAX_POSTING && wp[i] > 0) {
          order[eligible++] = (long) d << 32 | i;
        }
      }
      Arrays.sort(order, 0, eligible);
      int[] chosen = new int[Math.min(PROBES, eligible)];
      for (int c = 0; c < chosen.length; c++) {
        chosen[c] = (int) order[c];
      }
      weight[p] = wp;
      probes[p] = chosen;
      keys[p] = new Keys(wordAt[p], wp,
          f.cutoff() == Long.MAX_VALUE ? Integer.MAX_VALUE : vocab.placeOf(f.cutoff()), f);
      sameHostProbes[p] = prefix(chosen, wp, sameHostThreshold);
      return order;
    }

    /**
     * Postings of the words on 2..MAX_POSTING pages, pages ascending, in two flat arrays, not boxed
     * lists.
     */
    void postings() {
      int distinct = vocab.size();
      start = new int[distinct + 1];
      for (int p = 0; p < n; p++) {
        count(wordAt[p], dfs[p], start);
      }
      for (int v = 0; v < distinct; v++) {
        start[v + 1] += start[v];
      }
      postings = new int[start[distinct]];
      int[] fill = Arrays.copyOf(start, distinct);
      for (int p = 0; p < n; p++) {
        post(p, wordAt[p], dfs[p], fill);
      }
    }

    private static void count(int[] at, int[] df, int[] start) {
      for (int i = 0; at != null && i < at.length; i++) {
        if (df[i] >= 2 && df[i] <= MAX_POSTING) {
          start[at[i] + 1]++;
        }
      }
    }

    private void post(int p, int[] at, int[] df, int[] fill) {
      for (int i = 0; at != null && i < at.length; i++) {
        if (df[i] >= 2 && df[i] <= MAX_POSTING) {
          postings[fill[at[i]]++] = p;
        }
      }
    }

    /**
     * Measures page p against the later pages its probes reach, adding the spun pairs (before the
     * shared-passage rule) to {@code pairs}; returns the number of candidates measured.
     */
    int measure(int p, List<Pair> pairs) {
      if (probes[p] == null) {
        return 0;
      }
      int found = reached(p);
      int candidates = 0;
      for (int o = 0; o < found; o++) {
        int q = others[o];
        if (hits[q] < MIN_SHARED_PROBES || sameGroup[p] != 0 && sameGroup[p] == sameGroup[q]
            || !keys[p].oneLanguage(keys[q])) {
          continue;
        }
        candidates++;
        double needed = host[p] == host[q] ? sameHostThreshold : threshold;
        double s = similarity(facts.get(p), keys[p], facts.get(q), keys[q], needed,
            MIN_SHARED_WORDS, MIN_SHARED_PROSE_WORDS, scratch);
        if (s >= needed && scratch.sharedWords >= MIN_SHARED_WORDS
            && scratch.sharedProseWords >= MIN_SHARED_PROSE_WORDS
            && s * scratch.union >= ORDERED_SHARE * scratch.sharedWeight
            && shingleJaccard(facts.get(p).shingles(), facts.get(q).shingles()) < COPY_RATIO * s) {
          pairs.add(new Pair(p, q, s, evidence(facts.get(p), weight[p], facts.get(q))));
        }
      }
      return candidates;
    }

    /**
     * The distinct later pages on p's postings into {@link #others} (ascending; returns their
     * number), marked in a stamp array (not a set of boxed pages: a page's probes reach up to PROBES
     * x MAX_POSTING pages, most of them repeats), each with the number of p's probes it holds in
     * {@link #hits}; a page of p's host only when one of the same-host prefix reached it (the prefix
     * comes first).
     */
    private int reached(int p) {
      int found = 0;
      int[] pr = probes[p];
      for (int i = 0; i < pr.length; i++) {
        boolean sameHostToo = i < sameHostProbes[p];
        int v = wordAt[p][pr[i]];
        for (int x = start[v]; x < start[v + 1]; x++) {
          int q = postings[x];
          if (q <= p) {
            continue;
          }
          if (seenBy[q] == p + 1) {
            hits[q]++;
          } else if (sameHostToo || host[q] != host[p]) {
            seenBy[q] = p + 1;
            hits[q] = 1;
            others[found++] = q;
          }
        }
      }
      Arrays.sort(others, 0, found);
      return found;
    }
  }

  /**
   * How many of a page's probes (rarest first) a pair at {@code threshold} must share one of: the
   * fewest whose weight exceeds (1 - threshold) of the page's weight, since a pair at that measure
   * shares at least threshold x the page's weight (prefix filtering, Chaudhuri et al., ICDE 2006). On
   * one host (threshold 0.95) that is one or two probes instead of {@value #PROBES}: a site's pages
   * share its rare terms, and its own pairs were most of the candidates measured (apache2: 220,812).
   */
  static int prefix(int[] probes, double[] weight, double threshold) {
    double total = 0;
    for (double w : weight) {
      total += w;
    }
    double sum = 0;
    for (int i = 0; i < probes.length; i++) {
      sum += weight[probes[i]];
      if (sum > (1 - threshold) * total) {
        return i + 1;
      }
    }
    return probes.length;
  }

  /**
   * The words of a page that the measure merges: those of weight on the page (a word on one page
   * only, or navigation, or common in the page's language, weighs 0 and adds nothing to either sum),
   * ascending by their place in the scan's vocabulary (which is hash order), with their weights and
   * places in the page's sample. A candidate's merge then reads a few hundred bytes of ints and
   * weights in order, not its 256 hashes and weights through an index array (the pages' samples do
   * not fit the cache, and most candidates are refused after the merge).
   */
  static final class Keys {
    /**
     * Bit of {@link #at} set when the word stands in a sentence ({@link Facts#prose}); sample places
     * are below {@value SpunVariants#SAMPLE}, which must stay at most this bit.
     */
    static final int PROSE_SHIFT = 8;
    static final int PROSE = 1 << PROSE_SHIFT;

    final int[] word;
    final double[] weight;
    /** Per word, its place in the sample (below {@value #SAMPLE}), or'ed with {@link #PROSE}. */
    final short[] at;
    /** The vocabulary place of the page's largest kept hash, Integer.MAX_VALUE when it kept all. */
    final int cut;
    /** The page's language profile ({@link Facts#profile}), held here as the join reads it per pair. */
    private final long[] profile;

    Keys(int[] wordAt, double[] w, int cut, Facts f) {
      profile = f.profile();
      int k = 0;
      for (double x : w) {
        k += x > 0 ? 1 : 0;
      }
      word = new int[k];
      weight = new double[k];
      at = new short[k];
      k = 0;
      for (int i = 0; i < w.length; i++) {
        if (w[i] > 0) {
          word[k] = wordAt[i];
          weight[k] = w[i];
          at[k++] = (short) (i | (int) (f.prose()[i >>> 6] >>> i & 1) << PROSE_SHIFT);
        }
      }
      this.cut = cut;
    }

    /** {@link SpunVariants#oneLanguage} of the two pages' profiles. */
    boolean oneLanguage(Keys other) {
      return SpunVariants.oneLanguage(profile, other.profile);
    }

    /** How many of the words are at most {@code place}. */
    int within(int place) {
      if (place == Integer.MAX_VALUE) {
        return word.length;
      }
      int lo = 0;
      int hi = word.length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (word[mid] <= place) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }
  }

  /** Arrays of one measurement, reused from pair to pair (sized for {@value #SAMPLE} words). */
  static final class Scratch {
    final int[] sharedA = new int[SAMPLE];
    final int[] sharedB = new int[SAMPLE];
    final double[] sharedWeights = new double[SAMPLE];
    final int[] byRankA = new int[SAMPLE];
    final double[] tree = new double[SAMPLE + 1];
    /**
     * Of the last measurement: shared words of weight, those of them that stand in sentences on both
     * pages, their weight, and the union's weight.
     */
    int sharedWords;
    int sharedProseWords;
    double sharedWeight;
    double union;
  }

  /**
   * Ordered weighted Jaccard of two samples over the hash range both cover: the weight of the shared
   * words that appear in the same order on both pages (the heaviest common subsequence of the shared
   * words, by first place), over the weight of all words of either page (a shared word counts its
   * smaller weight in the shared part and its larger in the union: it weighs 0 on a page where it is
   * navigation). A spinner swaps neighbouring sentences and moves a paragraph, which breaks little of the
   * order of an article's rare words; pages of one manual that share terms use them in another order.
   *
   * @param ka the words of weight of a ({@link Keys})
   * @param kb the same for b
   * @param leastShared fewest shared words of weight a pair needs, at least 1: with fewer the
   *     ordered measure is not computed (the pair is refused whatever it is) and the unordered one,
   *     its upper bound, is returned
   * @param leastProse the same for the shared words that stand in sentences on both pages
   */
  static double similarity(Facts a, Keys ka, Facts b, Keys kb, double needed, int leastShared,
      int leastProse, Scratch scratch) {
    int cut = Math.min(ka.cut, kb.cut);
    int[] x = ka.word;
    int[] y = kb.word;
    double[] wa = ka.weight;
    double[] wb = kb.weight;
    double union = 0;
    double sharedWeight = 0;
    int[] sharedA = scratch.sharedA;
    int[] sharedB = scratch.sharedB;
    double[] sharedWeights = scratch.sharedWeights;
    int prose = 0;
    int k = 0;
    int u = 0;
    int v = 0;
    int endA = ka.within(cut);
    int endB = kb.within(cut);
    // the sums add the same terms in the same (hash) order as a merge of the whole samples would:
    // the words left out weigh 0 on their page and would add max(0, w) = w where shared, or 0
    while (u < endA && v < endB) {
      int i = x[u];
      int j = y[v];
      if (i == j) {
        double min = Math.min(wa[u], wb[v]);
        union += Math.max(wa[u], wb[v]);
        sharedWeight += min;
        int sa = ka.at[u];
        int sb = kb.at[v];
        sharedA[k] = sa & (Keys.PROSE - 1);
        sharedB[k] = sb & (Keys.PROSE - 1);
        sharedWeights[k++] = min;
        prose += (sa & sb) >>> Keys.PROSE_SHIFT;
        u++;
        v++;
      } else if (i < j) {
        union += wa[u++];
      } else {
        union += wb[v++];
      }
    }
    while (u < endA) {
      union += wa[u++];
    }
    while (v < endB) {
      union += wb[v++];
    }
    scratch.sharedWords = k;
    scratch.sharedProseWords = prose;
    scratch.sharedWeight = sharedWeight;
    scratch.union = union;
    if (union == 0 || k < Math.max(1, leastShared) || prose < leastProse
        || sharedWeight < needed * union) {
      // the ordered share is at most this, and the pair is refused anyway: on real text most
      // candidates (71% of 57,177 on 5,000 pages as 5 hosts) share fewer than MIN_SHARED_WORDS
      return union == 0 ? 0 : sharedWeight / union;
    }
    // heaviest increasing subsequence of b's ranks in a's rank order: a max Fenwick tree over b's
    // ranks (< SAMPLE) gives the best chain ending below a rank in O(log SAMPLE)
    short[] ra = a.rank();
    short[] rb = b.rank();
    int[] byRankA = scratch.byRankA;
    Arrays.fill(byRankA, 0, ra.length, -1);
    for (int t = 0; t < k; t++) {
      byRankA[ra[sharedA[t]]] = t;
    }
    double[] tree = scratch.tree;
    Arrays.fill(tree, 0, rb.length + 1, 0);
    int size = rb.length + 1;
    double heaviest = 0;
    for (int r = 0; r < ra.length; r++) {
      int t = byRankA[r];
      if (t < 0) {
        continue;
      }
      int rank = rb[sharedB[t]];
      double before = 0;
      for (int f = rank; f > 0; f -= f & -f) {
        before = Math.max(before, tree[f]);
      }
      double chain = before + sharedWeights[t];
      for (int f = rank + 1; f < size; f += f & -f) {
        tree[f] = Math.max(tree[f], chain);
      }
      heaviest = Math.max(heaviest, chain);
    }
    return heaviest / union;
  }

  /** Jaccard estimate of two bottom-k samples: shared hashes among the k smallest of the union. */
  static double shingleJaccard(long[] x, long[] y) {
    int k = Math.min(SHINGLES, Math.max(x.length, y.length));
    int i = 0;
    int j = 0;
    int seen = 0;
    int shared = 0;
    while (seen < k && (i < x.length || j < y.length)) {
      if (i < x.length && j < y.length && x[i] == y[j]) {
        shared++;
        i++;
        j++;
      } else if (j >= y.length || i < x.length && x[i] < y[j]) {
        i++;
      } else {
        j++;
      }
      seen++;
    }
    return seen == 0 ? 0 : (double) shared / seen;
  }

  /** Spelled words both pages share, highest weight first, then by spelling. */
  static List<String> evidence(Facts a, double[] wa, Facts b) {
    List<String> words = new ArrayList<>();
    List<Double> weights = new ArrayList<>();
    long[] h = a.spelledHashes();
    for (int i = 0; i < h.length; i++) {
      if (a.spellings()[i] != null && Arrays.binarySearch(b.spelledHashes(), h[i]) >= 0) {
        words.add(a.spellings()[i]);
        weights.add(wa[Arrays.binarySearch(a.words(), h[i])]);
      }
    }
    Integer[] order = new Integer[words.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (x, y) -> weights.get(x).equals(weights.get(y))
        ? words.get(x).compareTo(words.get(y)) : Double.compare(weights.get(y), weights.get(x)));
    List<String> out = new ArrayList<>();
    for (int i = 0; i < order.length && i < EVIDENCE; i++) {
      out.add(words.get(order[i]));
    }
    return out;
  }

}
