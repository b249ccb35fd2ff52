package org.dupscan.detect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.dupscan.text.LongSets;

/**
 * Groups pages by title: exact duplicates after normalisation and after stripping a site name
 * ("Title | Site", "Site - Title"), near-identical variants by the Jaccard similarity of their content
 * words (stop words left out, so that "How to Choose a X" templates do not match), of the whole titles
 * or of their main parts before a colon, whichever is higher; archive
 * titles ("Tag: X"), and titles re-inserted in the body. Pure: the same facts in give the same rows out.
 */
public final class TitleGroups {

  /** Default least word Jaccard similarity of two title variants. */
  public static final double DEFAULT_VARIANT_SIMILARITY = 0.7;
  /** Separators between a title and a site name, tried in this order. */
  static final List<String> SEPARATORS = List.of(" | ", " - ", " \u2013 ", " \u2014 ", " \u00B7 ",
      " :: ", " \u00BB ", " / ");
  /** Longest site name, in words. */
  static final int MAX_SITE_WORDS = 6;
  /**
   * Through each of its prefix words, a title is compared with at most this many titles: those just
   * before it in the word's posting list (titles in key order). The title step then costs at most
   * this many comparisons per prefix entry, linear in the titles even when a small vocabulary makes
   * one word common to every title, and it finds every pair at the threshold while no posting list is
   * longer. At a million generated pages (10,812 distinct title words) the longest list held under
   * 1,024 titles, so the search there is exact. The previous bound, comparing only the first 256 titles
   * of a list and none after them, skipped 218,990 posting entries there and missed 11,029 of 81,568
   * variant rows; the window made the titles phase 12.5-13.4 s against 10.5-11.2 s (one run each,
   * in a 1M-page scan of 82-101 s). {@link Result#comparisonsSkipped} counts what the window leaves out.
   */
  static final int POSTING_WINDOW = 1024;
  /** The main part of a title ("Main: subtitle") is compared too when it has at least this many words. */
  static final int MIN_MAIN_WORDS = 3;
  /** Titles with fewer content words than this are too short to call variants. */
  static final int MIN_CONTENT_WORDS = 3;

  /**
   * One row of titles.csv.
   *
   * @param kind "duplicate", "variant", "repeated_in_body" or "archive"
   * @param groupId the group (T00001 for duplicates, V00001 for variants), or ""
   * @param page the page id
   * @param title the title as written
   * @param similarity for a variant, its best similarity to another member; 1 for a duplicate; else NaN
   * @param position for a title re-inserted in the body, the block index; else -1
   */
  public record Row(String kind, String groupId, String page, String title, double similarity,
      int position) {}

  private TitleGroups() {}

  /**
   * The rows of a title search, and how bounded it was.
   *
   * @param rows the rows, in a fixed order
   * @param comparisonsSkipped title comparisons the variant search left out because a prefix word was
   *     shared by more than {@link #POSTING_WINDOW} earlier titles; 0 when the search was exact
   */
  public record Result(List<Row> rows, long comparisonsSkipped) {
    public Result {
      rows = List.copyOf(rows);
    }
  }

  /** Finds the groups among {@code facts} (any order; rows come out in a fixed order). */
  public static List<Row> find(List<TitleFacts> facts, double variantSimilarity) {
    return search(facts, variantSimilarity).rows();
  }

  /** {@link #find}, with the count of comparisons the bound left out. */
  public static Result search(List<TitleFacts> facts, double variantSimilarity) {
    return search(facts, variantSimilarity, POSTING_WINDOW);
  }

  /** {@link #search(List, double)} with another posting window (for tests of the bound). */
  static Result search(List<TitleFacts> facts, double variantSimilarity, int window) {
    if (!(variantSimilarity > 0.0 && variantSimilarity < 1.0)) {
      throw new IllegalArgumentException("title variant similarity must be in (0, 1) but was "
          + variantSimilarity);
    }
    List<TitleFacts> pages = new ArrayList<>(facts);
    pages.sort(Comparator.comparing(TitleFacts::page));
    Map<String, Map<String, Integer>> affixes = countAffixes(pages);
    // Each title's key, in parallel (string work, a few microseconds a title); grouped in page order.
    String[] keyOf = new String[pages.size()];
    IntStream.range(0, pages.size()).parallel().forEach(i -> {
      TitleFacts f = pages.get(i);
      keyOf[i] = Words.key(stripSite(f.postTitle(), f.host(), affixes.get(f.host())));
    });
    // Grouped by hash, then laid out in key order: a tree map of 100,000 keys spent more time in
    // string compares and rebalancing than the rest of the grouping (2.3% of a 100k scan's samples).
    Map<String, List<TitleFacts>> grouped = new HashMap<>();
    for (int i = 0; i < pages.size(); i++) {
      if (!keyOf[i].isEmpty()) {
        grouped.computeIfAbsent(keyOf[i], k -> new ArrayList<>()).add(pages.get(i));
      }
    }
    String[] keys = grouped.keySet().toArray(new String[0]);
    Arrays.parallelSort(keys);
    Map<String, List<TitleFacts>> byKey = new LinkedHashMap<>(keys.length * 2);
    for (String k : keys) {
      byKey.put(k, grouped.get(k));
    }
    List<Row> rows = new ArrayList<>();
    // Duplicates, numbered in order of their first page.
    List<List<TitleFacts>> dups = new ArrayList<>();
    for (List<TitleFacts> g : byKey.values()) {
      if (g.size() >= 2) {
        dups.add(g);
      }
    }
    addGroups(dups, "T", (id, f) -> new Row("duplicate", id, f.page(), f.title(), 1.0, -1), rows);
    long skipped = variants(byKey, variantSimilarity, window, rows);
    for (TitleFacts f : pages) {
      if (f.archive()) {
        rows.add(new Row("archive", "", f.page(), f.title(), Double.NaN, -1));
      }
      for (int p : f.repeatedAt()) {
        rows.add(new Row("repeated_in_body", "", f.page(), f.postTitle(), Double.NaN, p));
      }
    }
    return new Result(rows, skipped);
  }

  /**
   * Numbers {@code groups} in order of their first page ({@code prefix}00001, ...) and adds a row per
   * member, made by {@code row} from the group id and the member.
   */
  private static void addGroups(List<List<TitleFacts>> groups, String prefix,
      java.util.function.BiFunction<String, TitleFacts, Row> row, List<Row> rows) {
    groups.sort(Comparator.comparing(g -> g.get(0).page()));
    int n = 0;
    for (List<TitleFacts> g : groups) {
      String id = String.format(Locale.ROOT, "%s%05d", prefix, ++n);
      for (TitleFacts f : g) {
        rows.add(row.apply(id, f));
      }
    }
  }

  /** A posting entry: the title's number and the sizes of its full and main sets (capped). */
  private static long entry(int title, int fullSize, int mainSize) {
    return ((long) title << 32) | ((long) Math.min(fullSize, 0xFFFF) << 16) | Math.min(mainSize, 0xFFFF);
  }

  private static int title(long entry) {
    return (int) (entry >>> 32);
  }

  private static int fullSize(long entry) {
    return (int) (entry >>> 16) & 0xFFFF;
  }

  private static int mainSize(long entry) {
    return (int) entry & 0xFFFF;
  }

  /**
   * A posting list: per title its {@link #entry} and the {@link #bits} of its full and main sets, side
   * by side, so that the filters read one list in order and touch a title's arrays only when both pass.
   */
  private static final class Postings {
    private long[] values = new long[12];
    private int size;

    void add(long entry, long fullBits, long mainBits) {
      if (3 * size == values.length) {
        values = Arrays.copyOf(values, values.length * 2);
      }
      values[3 * size] = entry;
      values[3 * size + 1] = fullBits;
      values[3 * size + 2] = mainBits;
      size++;
    }

    long entry(int i) {
      return values[3 * i];
    }

    long fullBits(int i) {
      return values[3 * i + 1];
    }

    long mainBits(int i) {
      return values[3 * i + 2];
    }

    int size() {
      return size;
    }
  }

  /** A growable list of ints (title numbers). Internal. */
  private static final class IntList {
    private int[] values = new int[4];
    private int size;

    void add(int v) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }

    int get(int i) {
      return values[i];
    }

    int size() {
      return size;
    }
  }

  /**
   * A 64-bit bitmap of a word-number set, one bit per word (Sandes, Teodoro and Melo, "Bitmap filter:
   * speeding up exact set similarity joins", IEEE TKDE 2021): a bit set in one bitmap and not in the
   * other stands for a word in one set and not the other, and distinct bits for distinct words, so
   * {@code bitCount(bits(x) ^ bits(y)) <= |x xor y|}, a lower bound on the symmetric difference.
   */
  static long bits(long[] set) {
    long b = 0;
    for (long w : set) {
      b |= 1L << (org.dupscan.text.Mix.fmix64(w) & 63);
    }
    return b;
  }

  /**
   * For each sum of two set sizes s, the largest symmetric difference two sets of Jaccard >= t can
   * have: J >= t iff |x xor y| <= (|x| + |y|)(1 - t) / (1 + t), from J = o / (|x| + |y| - o).
   */
  static int[] maxDifference(double t, int maxSum) {
    int[] out = new int[maxSum + 1];
    for (int sum = 0; sum <= maxSum; sum++) {
      out[sum] = (int) Math.floor(sum * (1 - t) / (1 + t) + 1e-9);
    }
    return out;
  }

  /** Whether sets of sizes {@code a}, {@code b} and bitmaps {@code x}, {@code y} may reach t. */
  private static boolean mayReach(int a, int b, long x, long y, double t, int[] maxDifference) {
    if (!mayReach(a, b, t)) {
      return false;
    }
    int sum = a + b;
    return sum >= maxDifference.length || Long.bitCount(x ^ y) <= maxDifference[sum];
  }

  /** The length filter: J(a, b) <= min/max of the sizes, so smaller ratios cannot reach t. */
  static boolean mayReach(int a, int b, double t) {
    int lo = Math.min(a, b);
    int hi = Math.max(a, b);
    return hi > 0 && lo >= t * hi - 1e-9;
  }

  /** The distinct words of {@code words} as sorted word numbers, numbering new words as they come. */
  private static long[] numbered(List<String> words, Map<String, Integer> numbers,
      List<String> vocabulary) {
    long[] out = new long[words.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = numbers.computeIfAbsent(words.get(i), w -> {
        vocabulary.add(w);
        return vocabulary.size() - 1;
      });
    }
    return LongSets.sortedDistinct(out, out.length);
  }

  /** Two word-number sets as one map key, compared by content. */
  private record SetsKey(long[] full, long[] main) {
    @Override
    public boolean equals(Object o) {
      return o instanceof SetsKey other && Arrays.equals(full, other.full)
          && Arrays.equals(main, other.main);
    }

    @Override
    public int hashCode() {
      return 31 * Arrays.hashCode(full) + Arrays.hashCode(main);
    }
  }

  /** Jaccard similarity of two sorted word-number sets; 0 when both are empty, as for word sets. */
  static double jaccard(long[] a, long[] b) {
    return a.length == 0 && b.length == 0 ? 0.0 : LongSets.jaccard(a, b);
  }

  /**
   * The first |x| - ceil(t |x|) + 1 word numbers of {@code set}, rarest first (ties by the word
   * itself, so that the order does not depend on how words were numbered).
   */
  static int[] prefix(long[] set, int[] frequency, List<String> vocabulary, double t) {
    Integer[] words = new Integer[set.length];
    for (int i = 0; i < set.length; i++) {
      words[i] = (int) set[i];
    }
    Arrays.sort(words, (a, b) -> {
      int c = Integer.compare(frequency[a], frequency[b]);
      return c != 0 ? c : vocabulary.get(a).compareTo(vocabulary.get(b));
    });
    int length = Math.max(0, Math.min(set.length, set.length - (int) Math.ceil(t * set.length - 1e-9) + 1));
    int[] out = new int[length];
    for (int i = 0; i < length; i++) {
      out[i] = words[i];
    }
    return out;
  }

  /** Adds the variant rows; returns the comparisons the window left out. */
  private static long variants(Map<String, List<TitleFacts>> byKey, double min, int window,
      List<Row> rows) {
    VariantJoin join = new VariantJoin(byKey, min, window);
    join.joinEqualSets();
    long skipped = join.pass(join.fullIds);
    skipped += join.pass(join.mainIds);
    join.rows(rows);
    return skipped;
  }

  /**
   * One search for title variants, its steps as methods: each is compiled on its own, and the JIT no
   * longer recompiled one large method at each of its loops. Internal.
   */
  private static final class VariantJoin {
    final Map<String, List<TitleFacts>> byKey;
    final double min;
    final int window;
    final List<String> keys;
    final int k;
    final List<String> vocabulary = new ArrayList<>();
    final long[][] fullIds;
    final long[][] mainIds;
    final long[] fullBits;
    final long[] mainBits;
    final int[] frequency;
    final int[] parent;
    final double[] best;
    final boolean[] represented;
    final int[] maxDifference;

    VariantJoin(Map<String, List<TitleFacts>> byKey, double min, int window) {
      this.byKey = byKey;
      this.min = min;
      this.window = window;
      keys = new ArrayList<>(byKey.keySet());
      k = keys.size();
      fullIds = new long[k][];
      mainIds = new long[k][];
      // Each title's content-word sets as sorted arrays of word numbers, made straight from its words:
      // comparing two titles is a merge of a few ints, and a million titles keep two small arrays each
      // rather than two hash sets of strings (which, at a million pages, filled most of a 2 GB heap).
      Map<String, Integer> numbers = new HashMap<>();
      // The words in parallel; numbered in key order, so that numbers do not depend on the threads.
      List<List<String>> fullWords = new ArrayList<>(java.util.Collections.nCopies(k, null));
      List<List<String>> mainWords = new ArrayList<>(java.util.Collections.nCopies(k, null));
      IntStream.range(0, k).parallel().forEach(i -> {
        String key = keys.get(i);
        fullWords.set(i, Words.content(key));
        String title = byKey.get(key).get(0).postTitle();
        int colon = title.indexOf(": ");
        mainWords.set(i, colon < 0 ? null : Words.content(title.substring(0, colon)));
      });
      for (int i = 0; i < k; i++) {
        fullIds[i] = numbered(fullWords.get(i), numbers, vocabulary);
        long[] m = mainWords.get(i) == null ? fullIds[i]
            : numbered(mainWords.get(i), numbers, vocabulary);
        mainIds[i] = m.length >= MIN_MAIN_WORDS ? m : fullIds[i];
        fullWords.set(i, null);
        mainWords.set(i, null);
      }
      parent = new int[k];
      best = new double[k];
      for (int i = 0; i < k; i++) {
        parent[i] = i;
      }
      // Candidates by prefix filtering (Chaudhuri, Ganti and Kaushik, ICDE 2006; Bayardo, Ma and
      // Srikant's AllPairs, WWW 2007): with words ordered rarest first, two sets of Jaccard >= t share
      // a word among each one's first |x| - ceil(t |x|) + 1 words. Indexing only those prefixes finds
      // every pair at or above the threshold, by either measure, while comparing few pairs: the prefix
      // words are the rare ones. Linear in the titles for real data, never all pairs.
      frequency = new int[vocabulary.size()];
      for (long[] f : fullIds) {
        for (long w : f) {
          frequency[(int) w]++;
        }
      }
      for (long[] m : mainIds) {
        for (long w : m) {
          frequency[(int) w] = Math.max(1, frequency[(int) w]);
        }
      }
      represented = new boolean[k];
      fullBits = new long[k];
      mainBits = new long[k];
      for (int i = 0; i < k; i++) {
        fullBits[i] = bits(fullIds[i]);
        mainBits[i] = bits(mainIds[i]);
      }
      maxDifference = maxDifference(min, 512);
    }

    void joinEqualSets() {
      // Titles with the same word sets ("Page 2 of X", "Page 3 of X") are variants at 1.0 outright:
      // joined here, and only the first is indexed, so a thousand of them cost no comparisons.
      Map<SetsKey, Integer> firstWithSets = new HashMap<>();
      for (int i = 0; i < k; i++) {
        if (fullIds[i].length < MIN_CONTENT_WORDS) {
          continue;
        }
        Integer first = firstWithSets.putIfAbsent(new SetsKey(fullIds[i], mainIds[i]), i);
        if (first != null && min <= 1.0) {
          represented[i] = true;
          best[i] = 1.0;
          best[first] = 1.0;
          union(i, first);
        }
      }
    }

    /**
     * Finds the pairs at or above the threshold among titles whose {@code sets} share a prefix word;
     * returns the comparisons the window left out.
     */
    long pass(long[][] sets) {
      // Each title's prefix words, and its place in each word's posting list (titles in order).
      // A posting entry packs the title with the sizes of its two sets, so that the length filter
      // reads the posting list in order rather than each candidate's arrays at random: at a million
      // titles the filter rejects hundreds of millions of entries, and those reads were the cost.
      Postings[] postings = new Postings[vocabulary.size()];
      int[][] places = new int[k][]; // for title i: word, place, word, place, ...
      for (int i = 0; i < k; i++) {
        if (fullIds[i].length < MIN_CONTENT_WORDS || represented[i]) {
          continue;
        }
        int[] prefix = prefix(sets[i], frequency, vocabulary, min);
        int[] at = new int[2 * prefix.length];
        for (int q = 0; q < prefix.length; q++) {
          int w = prefix[q];
          if (postings[w] == null) {
            postings[w] = new Postings();
          }
          at[2 * q] = w;
          at[2 * q + 1] = postings[w].size();
          postings[w].add(entry(i, fullIds[i].length, mainIds[i].length), fullBits[i], mainBits[i]);
        }
        places[i] = at;
      }
      // Each title against the titles before it in its prefix words' postings: read-only, so in
      // parallel (on the caller's fork-join pool); the matches are applied in title order below.
      IntList[] matches = new IntList[k];
      double[][] similarities = new double[k][];
      long skipped = IntStream.range(0, k).parallel()
          .mapToLong(i -> compare(i, postings, places, matches, similarities)).sum();
      for (int i = 0; i < k; i++) {
        if (matches[i] == null) {
          continue;
        }
        for (int m = 0; m < matches[i].size(); m++) {
          int j = matches[i].get(m);
          double sim = similarities[i][m];
          best[i] = Math.max(best[i], sim);
          best[j] = Math.max(best[j], sim);
          union(i, j);
        }
      }
      return skipped;
    }

    /**
     * Title {@code i} against the earlier titles in its prefix words' postings; returns how many of
     * them lay outside the window.
     */
    private long compare(int i, Postings[] postings, int[][] places, IntList[] matches,
        double[][] similarities) {
      if (places[i] == null) {
        return 0;
      }
      long skipped = 0;
      IntList js = null; // the earlier titles it matches
      double[] ss = null;
      for (int q = 0; q < places[i].length; q += 2) {
        Postings p = postings[places[i][q]];
        int place = places[i][q + 1];
        // The titles just before it: bounded work rather than all pairs on a degenerate vocabulary.
        skipped += Math.max(0, place - window);
        for (int t = Math.max(0, place - window); t < place; t++) {
          long e = p.entry(t);
          // A pair met twice (through two shared prefix words) is merely compared again: the
          // union and the maxima below do not change, and no set of every pair is kept.
          int j = title(e);
          int fullJ = fullSize(e) < 0xFFFF ? fullSize(e) : fullIds[j].length; // capped in the entry
          int mainJ = mainSize(e) < 0xFFFF ? mainSize(e) : mainIds[j].length;
          // Length and bitmap filters, both exact: a pair they reject is below t by both measures.
          if (!mayReach(fullIds[i].length, fullJ, fullBits[i], p.fullBits(t), min, maxDifference)
              && !mayReach(mainIds[i].length, mainJ, mainBits[i], p.mainBits(t), min,
                  maxDifference)) {
            continue;
          }
          double sim = Math.max(jaccard(fullIds[i], fullIds[j]), jaccard(mainIds[i], mainIds[j]));
          if (sim >= min) {
            if (js == null) {
              js = new IntList();
              ss = new double[4];
            }
            if (js.size() == ss.length) {
              ss = Arrays.copyOf(ss, ss.length * 2);
            }
            ss[js.size()] = sim;
            js.add(j);
          }
        }
      }
      matches[i] = js;
      similarities[i] = ss;
      return skipped;
    }

    private void union(int i, int j) {
      int a = find(parent, i);
      int b = find(parent, j);
      if (a != b) {
        parent[Math.max(a, b)] = Math.min(a, b);
      }
    }

    /** The variant rows: groups of two or more titles, numbered in order of their first page. */
    void rows(List<Row> rows) {
      Map<Integer, List<Integer>> groups = new TreeMap<>();
      for (int i = 0; i < k; i++) {
        groups.computeIfAbsent(find(parent, i), x -> new ArrayList<>()).add(i);
      }
      List<List<TitleFacts>> out = new ArrayList<>();
      Map<String, Double> sim = new HashMap<>();
      for (List<Integer> g : groups.values()) {
        if (g.size() < 2) {
          continue;
        }
        List<TitleFacts> members = new ArrayList<>();
        for (int i : g) {
          for (TitleFacts f : byKey.get(keys.get(i))) {
            members.add(f);
            sim.put(f.page(), best[i]);
          }
        }
        members.sort(Comparator.comparing(TitleFacts::page));
        out.add(members);
      }
      addGroups(out, "V",
          (id, f) -> new Row("variant", id, f.page(), f.postTitle(), sim.get(f.page()), -1), rows);
    }
  }

  /** Per host, how many titles end with (suffix) or start with (prefix) each affix, normalised. */
  private static Map<String, Map<String, Integer>> countAffixes(List<TitleFacts> pages) {
    // Each title's distinct affixes, in parallel; most titles have none and keep no list.
    List<List<String>> affixesOf = new ArrayList<>(java.util.Collections.nCopies(pages.size(), null));
    IntStream.range(0, pages.size()).parallel().forEach(i -> {
      String title = pages.get(i).postTitle();
      List<String> seen = null;
      for (String sep : SEPARATORS) {
        int last = title.lastIndexOf(sep);
        int first = title.indexOf(sep);
        for (String affix : new String[] {
            last > 0 ? "s:" + Words.key(title.substring(last + sep.length())) : null,
            first > 0 ? "p:" + Words.key(title.substring(0, first)) : null}) {
          if (affix != null) {
            if (seen == null) {
              seen = new ArrayList<>(2);
            }
            if (!seen.contains(affix)) {
              seen.add(affix);
            }
          }
        }
      }
      affixesOf.set(i, seen);
    });
    Map<String, Map<String, Integer>> out = new HashMap<>();
    for (int i = 0; i < pages.size(); i++) {
      Map<String, Integer> m = out.computeIfAbsent(pages.get(i).host(), h -> new HashMap<>());
      if (affixesOf.get(i) != null) {
        for (String s : affixesOf.get(i)) {
          m.merge(s, 1, Integer::sum);
        }
      }
    }
    return out;
  }

  /**
   * Strips a site name from {@code title}: a short segment after the last (or before the first)
   * separator that recurs on the host's titles or spells the host name.
   */
  static String stripSite(String title, String host, Map<String, Integer> affixes) {
    String hostLetters = letters(host == null ? "" : host);
    for (String sep : SEPARATORS) {
      int last = title.lastIndexOf(sep);
      if (last > 0) {
        String suffix = title.substring(last + sep.length());
        if (isSite(suffix, "s:", hostLetters, affixes)) {
          return title.substring(0, last).strip();
        }
      }
      int first = title.indexOf(sep);
      if (first > 0) {
        String prefix = title.substring(0, first);
        if (isSite(prefix, "p:", hostLetters, affixes)) {
          return title.substring(first + sep.length()).strip();
        }
      }
    }
    return title;
  }

  private static boolean isSite(String part, String kind, String hostLetters,
      Map<String, Integer> affixes) {
    List<String> words = Words.of(part);
    if (words.isEmpty() || words.size() > MAX_SITE_WORDS) {
      return false;
    }
    String letters = letters(part);
    if (letters.length() >= 3 && hostLetters.contains(letters)) {
      return true;
    }
    return affixes != null && affixes.getOrDefault(kind + String.join(" ", words), 0) >= 2;
  }

  private static String letters(String s) {
    StringBuilder sb = new StringBuilder();
    for (String w : Words.of(s)) {
      sb.append(w);
    }
    return sb.toString();
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
