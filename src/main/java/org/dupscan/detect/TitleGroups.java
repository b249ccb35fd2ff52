package org.dupscan.detect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.dupscan.internal.LongSets;

/**
 * Groups pages by title: exact duplicates after normalisation and after stripping a site name
 * ("Title | Site", "Site - Title", by {@link SiteNames}), near-identical variants (found by a
 * {@link SimilarityJoin}) by the Jaccard similarity of their content
 * words (stop words left out, so that "How to Choose a X" templates do not match), of the whole titles
 * or of their main parts before a colon, whichever is higher; archive
 * titles ("Tag: X"), and titles re-inserted in the body. Pure: the same facts in give the same rows out.
 */
public final class TitleGroups {

  /** Prefix of duplicate groups' ids. */
  public static final String DUPLICATES = "T";
  /** Prefix of variant groups' ids. */
  public static final String VARIANTS = "V";
  /** Default least word Jaccard similarity of two title variants. */
  public static final double DEFAULT_VARIANT_SIMILARITY = 0.7;
  /** Separators between a title and a site name ({@link SiteNames#SEPARATORS}). */
  static final List<String> SEPARATORS = SiteNames.SEPARATORS;
  /** Longest site name, in words ({@link SiteNames#MAX_SITE_WORDS}). */
  static final int MAX_SITE_WORDS = SiteNames.MAX_SITE_WORDS;
  /**
   * Through each of its prefix words, a title is compared with at most this many titles: those just
   * before it in the word's posting list (titles in key order). That keeps the step linear in the
   * titles even when one word is common to every title, and exact while no posting list is longer;
   * {@link Result#comparisonsSkipped} counts what the window leaves out (docs/design.md has the
   * figures at a million pages).
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
    return searched(facts, variantSimilarity, window, null).result();
  }

  /**
   * A search and what it made on the way, for a night to keep ({@link TitleNights}).
   *
   * @param result the rows and the comparisons skipped
   * @param pages the facts in id order
   * @param keyOf each page's key, in id order
   * @param byKey the pages of each non-empty key, keys in their natural order, pages in id order
   * @param joined the variant join over {@code byKey}'s keys, in that order
   */
  record Searched(Result result, List<TitleFacts> pages, String[] keyOf,
      Map<String, List<TitleFacts>> byKey, Variants joined) {}

  /**
   * {@link #search(List, double, int)}, keeping what it made; {@code affixes}, when not null, is
   * filled with each page's affixes in id order ({@link SiteNames#affixes}).
   */
  static Searched searched(List<TitleFacts> facts, double variantSimilarity, int window,
      List<List<String>> affixes) {
    if (!(variantSimilarity > 0.0 && variantSimilarity < 1.0)) {
      throw new IllegalArgumentException("title variant similarity must be in (0, 1) but was "
          + variantSimilarity);
    }
    List<TitleFacts> pages = new ArrayList<>(facts);
    pages.sort(Comparator.comparing(TitleFacts::page));
    String[] keyOf = keys(pages, affixes);
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
    addGroups(dups, DUPLICATES, TitleGroups::duplicateRow, rows);
    Variants joined = variants(byKey, variantSimilarity, window, rows);
    for (TitleFacts f : pages) {
      rows.addAll(ownRows(f));
    }
    return new Searched(new Result(rows, joined.comparisonsSkipped()), pages, keyOf, byKey, joined);
  }

  /**
   * Each title's key (normalised, its site name stripped), in the order of {@code facts}; "" for a
   * title with no words. A site name is one that recurs on its host's titles ({@link SiteNames}), so
   * the keys of a host's titles depend on that host's titles alone: a scan split by host (SparkScan)
   * gives the keys of the whole scan.
   */
  public static String[] keys(List<TitleFacts> facts) {
    return keys(facts, null);
  }

  /** {@link #keys(List)}, filling {@code affixes} (when not null) with each title's affixes. */
  private static String[] keys(List<TitleFacts> facts, List<List<String>> affixes) {
    List<String> hosts = new ArrayList<>(facts.size());
    List<List<String>> affixesOf = new ArrayList<>(java.util.Collections.nCopies(facts.size(), null));
    for (TitleFacts f : facts) {
      hosts.add(f.host());
    }
    IntStream.range(0, facts.size()).parallel()
        .forEach(i -> affixesOf.set(i, SiteNames.affixes(facts.get(i).postTitle())));
    SiteNames sites = SiteNames.counted(affixesOf, hosts);
    if (affixes != null) {
      affixes.addAll(affixesOf);
    }
    // Each title's key, in parallel (string work, a few microseconds a title).
    String[] keyOf = new String[facts.size()];
    IntStream.range(0, facts.size()).parallel().forEach(i -> {
      TitleFacts f = facts.get(i);
      keyOf[i] = Words.key(sites.strip(f.postTitle(), f.host()));
    });
    return keyOf;
  }

  /** The rows of one page that need no other page: its archive title and re-inserted titles. */
  public static List<Row> ownRows(TitleFacts f) {
    List<Row> rows = new ArrayList<>(f.repeatedAt().size() + 1);
    if (f.archive()) {
      rows.add(new Row("archive", "", f.page(), f.title(), Double.NaN, -1));
    }
    for (int p : f.repeatedAt()) {
      rows.add(new Row("repeated_in_body", "", f.page(), f.postTitle(), Double.NaN, p));
    }
    return rows;
  }

  /**
   * The variant search over distinct title keys.
   *
   * @param root per key, the smallest key index of its group of variants (itself when it has none)
   * @param best per key, its best similarity to another key of its group
   * @param comparisonsSkipped comparisons the posting window left out
   */
  public record Variants(int[] root, double[] best, long comparisonsSkipped) {}

  /**
   * Joins titles by content words: {@code keys} are distinct title keys in their natural order,
   * {@code titles} the post title ({@link TitleFacts#postTitle}) of each key's first page by id. Keys whose root is
   * shared by another key are variants.
   */
  public static Variants variants(List<String> keys, List<String> titles, double min) {
    return variants(keys, titles, min, POSTING_WINDOW);
  }

  /**
   * Numbers {@code groups} in order of their first page ({@code prefix}00001, ...) and adds a row per
   * member, made by {@code row} from the group id and the member.
   */
  static void addGroups(List<List<TitleFacts>> groups, String prefix,
      java.util.function.BiFunction<String, TitleFacts, Row> row, List<Row> rows) {
    groups.sort(Comparator.comparing(g -> g.get(0).page()));
    int n = 0;
    for (List<TitleFacts> g : groups) {
      String id = groupId(prefix, ++n);
      for (TitleFacts f : g) {
        rows.add(row.apply(id, f));
      }
    }
  }

  /** The id of group {@code n} (from 1, in order of first page) of {@link #DUPLICATES} or {@link #VARIANTS}. */
  public static String groupId(String prefix, int n) {
    return String.format(Locale.ROOT, "%s%05d", prefix, n);
  }

  /** The row of a member of duplicate group {@code id}. */
  public static Row duplicateRow(String id, TitleFacts f) {
    return new Row("duplicate", id, f.page(), f.title(), 1.0, -1);
  }

  /** The row of a member of variant group {@code id}, at its best similarity in the group. */
  public static Row variantRow(String id, TitleFacts f, double similarity) {
    return new Row("variant", id, f.page(), f.postTitle(), similarity, -1);
  }

  /** {@link SimilarityJoin#bits}. */
  static long bits(long[] set) {
    return SimilarityJoin.bits(set);
  }

  /** {@link SimilarityJoin#maxDifference}. */
  static int[] maxDifference(double t, int maxSum) {
    return SimilarityJoin.maxDifference(t, maxSum);
  }

  /** {@link SimilarityJoin#jaccard}. */
  static double jaccard(long[] a, long[] b) {
    return SimilarityJoin.jaccard(a, b);
  }

  /**
   * Adds the variant rows: titles (one per key) whose content-word sets, whole or main part, reach
   * {@code min} by {@link SimilarityJoin}. Returns the join (its comparisons the window left out).
   */
  private static Variants variants(Map<String, List<TitleFacts>> byKey, double min, int window,
      List<Row> rows) {
    List<String> keys = new ArrayList<>(byKey.keySet());
    int k = keys.size();
    List<String> titles = new ArrayList<>(k);
    for (String key : keys) {
      titles.add(byKey.get(key).get(0).postTitle());
    }
    Variants joined = variants(keys, titles, min, window);
    // The variant rows: groups of two or more titles, numbered in order of their first page.
    Map<Integer, List<Integer>> groups = new TreeMap<>();
    for (int i = 0; i < k; i++) {
      groups.computeIfAbsent(joined.root()[i], x -> new ArrayList<>()).add(i);
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
          sim.put(f.page(), joined.best()[i]);
        }
      }
      members.sort(Comparator.comparing(TitleFacts::page));
      out.add(members);
    }
    addGroups(out, VARIANTS, (id, f) -> variantRow(id, f, sim.get(f.page())), rows);
    return joined;
  }

  private static Variants variants(List<String> keys, List<String> titles, double min, int window) {
    int k = keys.size();
    // Each title's content-word sets as sorted arrays of word numbers, made straight from its words:
    // comparing two titles is a merge of a few ints, and a million titles keep two small arrays each
    // rather than two hash sets of strings (which, at a million pages, filled most of a 2 GB heap).
    List<List<String>> fullWords = new ArrayList<>(java.util.Collections.nCopies(k, null));
    List<List<String>> mainWords = new ArrayList<>(java.util.Collections.nCopies(k, null));
    IntStream.range(0, k).parallel().forEach(i -> {
      String key = keys.get(i);
      fullWords.set(i, Words.content(key));
      String title = titles.get(i);
      int colon = title.indexOf(": ");
      mainWords.set(i, colon < 0 ? null : Words.content(title.substring(0, colon)));
    });
    // Words numbered in their spelling's order: the join breaks ties of rarity by number, so the
    // order of prefixes, and the result under the window, do not depend on the order titles came in.
    Set<String> distinct = new HashSet<>();
    for (int i = 0; i < k; i++) {
      distinct.addAll(fullWords.get(i));
      if (mainWords.get(i) != null) {
        distinct.addAll(mainWords.get(i));
      }
    }
    String[] vocabulary = distinct.toArray(new String[0]);
    Arrays.sort(vocabulary);
    Map<String, Integer> numbers = new HashMap<>(vocabulary.length * 2);
    for (int w = 0; w < vocabulary.length; w++) {
      numbers.put(vocabulary[w], w);
    }
    long[][] fullIds = new long[k][];
    long[][] mainIds = new long[k][];
    boolean[] eligible = new boolean[k];
    for (int i = 0; i < k; i++) {
      fullIds[i] = numbered(fullWords.get(i), numbers);
      long[] m = mainWords.get(i) == null ? fullIds[i] : numbered(mainWords.get(i), numbers);
      mainIds[i] = m.length >= MIN_MAIN_WORDS ? m : fullIds[i];
      eligible[i] = fullIds[i].length >= MIN_CONTENT_WORDS;
      fullWords.set(i, null);
      mainWords.set(i, null);
    }
    // Rarity counts whole titles; a word only of main parts counts as rare.
    int[] frequency = new int[vocabulary.length];
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
    SimilarityJoin.Result joined = new SimilarityJoin(min, window)
        .join(new long[][][] {fullIds, mainIds}, eligible, frequency);
    return new Variants(joined.root(), joined.best(), joined.comparisonsSkipped());
  }

  /** The distinct words of {@code words} as sorted word numbers. */
  private static long[] numbered(List<String> words, Map<String, Integer> numbers) {
    long[] out = new long[words.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = numbers.get(words.get(i));
    }
    return LongSets.sortedDistinct(out, out.length);
  }
}
