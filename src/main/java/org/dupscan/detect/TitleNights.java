package org.dupscan.detect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;
import org.dupscan.internal.IntList;
import org.dupscan.internal.UnionFind;

/**
 * The title groups of a nightly run, made from what the last run's search kept ({@link Memory}) and
 * tonight's titles, with the rows of a fresh {@link TitleGroups#search} of tonight's pages.
 *
 * <p>Why the night may reuse the last run: a page's key depends only on its post title, its host and
 * whether each of its own affixes recurs on its host ({@link SiteNames#strip} looks up nothing else),
 * so a page whose title and host are as stored keeps its stored key unless one of its affixes crossed
 * {@link SiteNames#MIN_RECURRING}. A key's word sets depend only on the key and the post title of its
 * first page. While the join compares every pair that shares a prefix word (no posting list longer
 * than the window, {@link TitleGroups.Result#comparisonsSkipped} 0), its groups are the connected
 * components of the pairs at or above the threshold and each key's best similarity the highest over
 * its pairs: prefix filtering misses no such pair under any word order (Chaudhuri, Ganti and Kaushik,
 * ICDE 2006). So tonight's graph is last run's without the keys that went (or whose word sets
 * changed) and with the pairs of the keys that came: the components that lost a key are joined again
 * from their remaining keys, the new keys are looked up by their prefix words among all keys, and every
 * other component and best similarity stands. The comparisons the window would skip tonight are counted
 * from every key's prefix under tonight's word frequencies; when that is not 0, or the last run's was
 * not, the night runs the whole search.
 */
public final class TitleNights {

  private TitleNights() {}

  /**
   * What a title search keeps for the next night.
   *
   * @param similarity the variant threshold the search ran with
   * @param skipped the comparisons its join skipped (its groups are exact only when 0)
   * @param pages the page ids, in id order
   * @param hosts each page's host
   * @param titles each page's post title ({@link TitleFacts#postTitle})
   * @param keys each page's key ("" for a title with no words)
   * @param affixes each page's affixes ({@link SiteNames#affixes}), null when it has none
   * @param itemPage per distinct non-empty key (an item of the join), the index of its first page
   * @param full per item, its content words, sorted and distinct
   * @param main per item, the content words of its main part when they are its other view, else null
   * @param component per item, the label of its variant group: an item of the group, the same for
   *     all of them (itself when it has none)
   * @param best per item, its best similarity to another item of its group, else 0
   */
  public record Memory(double similarity, long skipped, String[] pages, String[] hosts,
      String[] titles, String[] keys, String[][] affixes, int[] itemPage, String[][] full,
      String[][] main, int[] component, double[] best) {

    public Memory {
      int n = pages.length;
      if (hosts.length != n || titles.length != n || keys.length != n || affixes.length != n) {
        throw new IllegalArgumentException("title memory of " + n + " pages has " + hosts.length
            + " hosts, " + titles.length + " titles, " + keys.length + " keys, " + affixes.length
            + " affix lists");
      }
      int k = itemPage.length;
      if (full.length != k || main.length != k || component.length != k || best.length != k) {
        throw new IllegalArgumentException("title memory of " + k + " keys has " + full.length
            + " full sets, " + main.length + " main sets, " + component.length + " components, "
            + best.length + " similarities");
      }
    }
  }

  /** Where a night's search finds the last run's memory and leaves tonight's. */
  public interface History {

    /** A scan without an index: the plain search, nothing kept. */
    History NONE = new History() {
      @Override
      public Memory last() {
        return null;
      }

      @Override
      public void keep(Memory tonight, int keysJoinedAgain) {}
    };

    /** The last run's memory, or null when there is none. */
    Memory last();

    /**
     * Tonight's memory, to keep for the next run (null: none to keep); {@code keysJoinedAgain} is how
     * many keys the night looked up or joined again (-1 when it ran the whole search).
     */
    void keep(Memory tonight, int keysJoinedAgain);
  }

  /** The title groups of {@code facts}: the rows of {@link TitleGroups#search}, the same by any path. */
  public static TitleGroups.Result search(List<TitleFacts> facts, double similarity,
      History history) {
    if (history == History.NONE) {
      return TitleGroups.search(facts, similarity);
    }
    Memory last = history.last();
    Night night = null;
    if (last != null && last.similarity() == similarity && last.skipped() == 0
        && !facts.contains(null)) {
      List<TitleFacts> pages = new ArrayList<>(facts);
      pages.sort(Comparator.comparing(TitleFacts::page));
      night = incremental(pages, similarity, last, TitleGroups.POSTING_WINDOW);
    }
    if (night == null) {
      night = full(facts, similarity);
    }
    history.keep(night.memory(), night.keysJoinedAgain());
    return night.result();
  }

  /**
   * A night's rows, its memory (null when it has none to keep), and how many keys it joined again
   * (-1: the whole search ran).
   */
  record Night(TitleGroups.Result result, Memory memory, int keysJoinedAgain) {}

  /**
   * The whole search, and what it made as a memory; none when its join skipped comparisons (its
   * groups are then not the components a night could start from).
   */
  static Night full(List<TitleFacts> facts, double similarity) {
    List<List<String>> affixList = new ArrayList<>();
    TitleGroups.Searched s = TitleGroups.searched(facts, similarity, TitleGroups.POSTING_WINDOW,
        affixList);
    if (s.result().comparisonsSkipped() > 0) {
      return new Night(s.result(), null, -1);
    }
    List<TitleFacts> pages = s.pages();
    int n = pages.size();
    String[] ids = new String[n];
    String[] hosts = new String[n];
    String[] titles = new String[n];
    String[][] affixes = new String[n][];
    Map<String, Integer> firstPage = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      TitleFacts f = pages.get(i);
      ids[i] = f.page();
      hosts[i] = f.host();
      titles[i] = f.postTitle();
      List<String> a = affixList.get(i);
      affixes[i] = a == null ? null : a.toArray(new String[0]);
      firstPage.putIfAbsent(s.keyOf()[i], i);
    }
    List<String> itemKeys = new ArrayList<>(s.byKey().keySet());
    int k = itemKeys.size();
    int[] itemPage = new int[k];
    String[][] full = new String[k][];
    String[][] main = new String[k][];
    IntStream.range(0, k).parallel().forEach(m -> {
      itemPage[m] = firstPage.get(itemKeys.get(m));
      TitleVariantRules.Views views = TitleVariantRules.views(itemKeys.get(m), titles[itemPage[m]]);
      full[m] = views.full();
      main[m] = views.main() == views.full() ? null : views.main();
    });
    Memory memory = new Memory(similarity, s.result().comparisonsSkipped(), ids, hosts, titles,
        s.keyOf(), affixes, itemPage, full, main, s.joined().root().clone(), s.joined().best().clone());
    return new Night(s.result(), memory, -1);
  }

  /**
   * Tonight's groups from the last run's memory, or null when tonight's join would skip comparisons
   * (then only the whole search gives its rows).
   *
   * @param pages tonight's facts, in id order
   */
  static Night incremental(List<TitleFacts> pages, double t, Memory last, int window) {
    int n = pages.size();
    String[] ids = new String[n];
    String[] hosts = new String[n];
    String[] titles = new String[n];
    int[] from = new int[n]; // the last run's page with this id, host and post title, else -1
    for (int i = 0, j = 0; i < n; i++) {
      TitleFacts f = pages.get(i);
      ids[i] = f.page();
      hosts[i] = f.host();
      titles[i] = f.postTitle();
      while (j < last.pages().length && last.pages()[j].compareTo(ids[i]) < 0) {
        j++;
      }
      from[i] = j < last.pages().length && last.pages()[j].equals(ids[i])
          && Objects.equals(last.hosts()[j], hosts[i]) && last.titles()[j].equals(titles[i]) ? j : -1;
    }
    String[][] affixes = new String[n][];
    IntStream.range(0, n).parallel().forEach(i -> {
      if (from[i] >= 0) {
        affixes[i] = last.affixes()[from[i]];
      } else {
        List<String> a = SiteNames.affixes(titles[i]);
        affixes[i] = a == null ? null : a.toArray(new String[0]);
      }
    });
    // A stored key stands while none of its title's affixes crossed the recurring count.
    Map<String, Map<String, Integer>> before = counts(last.hosts(), last.affixes());
    Map<String, Map<String, Integer>> after = counts(hosts, affixes);
    Map<String, Set<String>> moved = moved(before, after);
    String[] keys = new String[n];
    IntStream.range(0, n).parallel().forEach(i -> {
      if (from[i] >= 0 && !touches(moved.get(hosts[i]), affixes[i])) {
        keys[i] = last.keys()[from[i]];
      } else {
        keys[i] = Words.key(SiteNames.strip(titles[i], hosts[i], after.get(hosts[i])));
      }
    });

    // Items: distinct non-empty keys, in order of their first page.
    Map<String, Integer> itemOf = new HashMap<>(n * 2);
    int[] itemOfPage = new int[n];
    IntList itemPages = new IntList();
    for (int i = 0; i < n; i++) {
      if (keys[i].isEmpty()) {
        itemOfPage[i] = -1;
        continue;
      }
      Integer m = itemOf.putIfAbsent(keys[i], itemPages.size());
      if (m == null) {
        itemOfPage[i] = itemPages.size();
        itemPages.add(i);
      } else {
        itemOfPage[i] = m;
      }
    }
    int k = itemPages.size();
    int[] itemPage = itemPages.toArray();
    Map<String, Integer> lastItem = new HashMap<>(last.itemPage().length * 2);
    for (int o = 0; o < last.itemPage().length; o++) {
      lastItem.put(last.keys()[last.itemPage()[o]], o);
    }
    int[] reused = new int[k]; // the last run's item with this key and word sets, else -1
    String[][] full = new String[k][];
    String[][] main = new String[k][];
    IntStream.range(0, k).parallel().forEach(m -> {
      String key = keys[itemPage[m]];
      String title = titles[itemPage[m]];
      Integer o = lastItem.get(key);
      if (o != null && last.titles()[last.itemPage()[o]].equals(title)) {
        reused[m] = o;
        full[m] = last.full()[o];
        main[m] = last.main()[o];
      } else {
        reused[m] = -1;
        TitleVariantRules.Views views = TitleVariantRules.views(key, title);
        full[m] = views.full();
        main[m] = views.main() == views.full() ? null : views.main();
      }
    });

    // Tonight's word order (rarest first, as the join's) and each eligible item's prefixes.
    Map<String, int[]> frequency = new HashMap<>();
    for (int m = 0; m < k; m++) {
      for (String w : full[m]) {
        frequency.computeIfAbsent(w, x -> new int[1])[0]++;
      }
    }
    for (int m = 0; m < k; m++) {
      if (main[m] != null) {
        for (String w : main[m]) {
          frequency.computeIfAbsent(w, x -> new int[] {1}); // a word of main parts only counts as rare
        }
      }
    }
    boolean[] eligible = new boolean[k];
    String[][][] prefix = new String[2][k][];
    IntStream.range(0, k).parallel().forEach(m -> {
      eligible[m] = full[m].length >= TitleGroups.MIN_CONTENT_WORDS;
      if (eligible[m]) {
        prefix[0][m] = prefix(full[m], frequency, t);
        prefix[1][m] = main[m] == null ? prefix[0][m] : prefix(main[m], frequency, t);
      }
    });
    if (skipped(prefix, eligible, full, main, window) > 0) {
      return null;
    }

    // Components: those that lost no key stand; the keys of the others and the new keys are joined
    // again, against every key through their prefix words.
    int lastK = last.itemPage().length;
    boolean[] lastKept = new boolean[lastK];
    for (int m = 0; m < k; m++) {
      if (reused[m] >= 0) {
        lastKept[reused[m]] = true;
      }
    }
    boolean[] dirty = new boolean[lastK]; // by component label
    for (int o = 0; o < lastK; o++) {
      if (!lastKept[o]) {
        dirty[last.component()[o]] = true;
      }
    }
    UnionFind groups = new UnionFind(k);
    double[] best = new double[k];
    boolean[] again = new boolean[k];
    int[] firstOf = new int[lastK];
    Arrays.fill(firstOf, -1);
    int joinedAgain = 0;
    for (int m = 0; m < k; m++) {
      int o = reused[m];
      again[m] = o < 0 || dirty[last.component()[o]];
      if (again[m]) {
        joinedAgain++;
        continue;
      }
      best[m] = last.best()[o];
      int c = last.component()[o];
      if (firstOf[c] < 0) {
        firstOf[c] = m;
      } else {
        groups.union(firstOf[c], m);
      }
    }
    link(prefix, eligible, again, full, main, t, groups, best);

    List<TitleGroups.Row> rows = rows(pages, itemOfPage, itemPage, groups, best);
    int[] component = new int[k];
    for (int m = 0; m < k; m++) {
      component[m] = groups.find(m);
    }
    Memory memory = new Memory(t, 0, ids, hosts, titles, keys, affixes, itemPage, full, main,
        component, best);
    return new Night(new TitleGroups.Result(rows, 0), memory, joinedAgain);
  }

  /** Per host, how many of its titles carry each affix. */
  private static Map<String, Map<String, Integer>> counts(String[] hosts, String[][] affixes) {
    Map<String, Map<String, Integer>> out = new HashMap<>();
    for (int i = 0; i < hosts.length; i++) {
      if (affixes[i] != null) {
        Map<String, Integer> m = out.computeIfAbsent(hosts[i], h -> new HashMap<>());
        for (String a : affixes[i]) {
          m.merge(a, 1, Integer::sum);
        }
      }
    }
    return out;
  }

  /** Per host, the affixes that recur on one side and not on the other. */
  private static Map<String, Set<String>> moved(Map<String, Map<String, Integer>> before,
      Map<String, Map<String, Integer>> after) {
    Map<String, Set<String>> out = new HashMap<>();
    Set<String> hosts = new HashSet<>(before.keySet());
    hosts.addAll(after.keySet());
    for (String h : hosts) {
      Map<String, Integer> b = before.getOrDefault(h, Map.of());
      Map<String, Integer> a = after.getOrDefault(h, Map.of());
      Set<String> affixes = new HashSet<>(b.keySet());
      affixes.addAll(a.keySet());
      for (String x : affixes) {
        if ((b.getOrDefault(x, 0) >= SiteNames.MIN_RECURRING)
            != (a.getOrDefault(x, 0) >= SiteNames.MIN_RECURRING)) {
          out.computeIfAbsent(h, y -> new HashSet<>()).add(x);
        }
      }
    }
    return out;
  }

  private static boolean touches(Set<String> moved, String[] affixes) {
    if (moved == null || affixes == null) {
      return false;
    }
    for (String a : affixes) {
      if (moved.contains(a)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The prefix words of {@code set} (sorted by spelling) under the join's order: rarest first, ties
   * by spelling, as {@link SimilarityJoin#prefix} orders word numbers given in spelling order.
   */
  private static String[] prefix(String[] set, Map<String, int[]> frequency, double t) {
    int[] f = new int[set.length];
    long[] local = new long[set.length];
    for (int i = 0; i < set.length; i++) {
      f[i] = frequency.get(set[i])[0];
      local[i] = i;
    }
    int[] p = SimilarityJoin.prefix(local, f, t);
    String[] out = new String[p.length];
    for (int i = 0; i < p.length; i++) {
      out[i] = set[p[i]];
    }
    return out;
  }

  /**
   * The comparisons the join's window would skip over these prefixes: a posting list of L items
   * skips (L - 1 - window)(L - window) / 2. Items with equal views are indexed once (the join joins
   * them outright), so lists are counted over distinct views, and only when some list could be long.
   */
  private static long skipped(String[][][] prefix, boolean[] eligible, String[][] full,
      String[][] main, int window) {
    long skipped = 0;
    for (boolean distinct : new boolean[] {false, true}) {
      Set<List<List<String>>> seen = distinct ? new HashSet<>() : null;
      List<Map<String, int[]>> lengths = List.of(new HashMap<>(), new HashMap<>());
      for (int m = 0; m < eligible.length; m++) {
        if (!eligible[m] || (distinct && !seen.add(List.of(Arrays.asList(full[m]),
            main[m] == null ? Arrays.asList(full[m]) : Arrays.asList(main[m]))))) {
          continue;
        }
        for (int v = 0; v < 2; v++) {
          for (String w : prefix[v][m]) {
            lengths.get(v).computeIfAbsent(w, x -> new int[1])[0]++;
          }
        }
      }
      skipped = 0;
      for (Map<String, int[]> view : lengths) {
        for (int[] l : view.values()) {
          long over = l[0] - 1L - window;
          if (over > 0) {
            skipped += over * (over + 1) / 2;
          }
        }
      }
      if (skipped == 0) {
        return 0; // no list longer than the window even counting equal views apart
      }
    }
    return skipped;
  }

  /**
   * Every pair at or above {@code t} with an item to join again: such a pair shares a prefix word in
   * some view, so the items to join again are indexed by their prefix words and every item looks up
   * its own.
   */
  private static void link(String[][][] prefix, boolean[] eligible, boolean[] again, String[][] full,
      String[][] main, double t, UnionFind groups, double[] best) {
    int k = eligible.length;
    List<Map<String, IntList>> index = List.of(new HashMap<>(), new HashMap<>());
    for (int m = 0; m < k; m++) {
      if (again[m] && eligible[m]) {
        for (int v = 0; v < 2; v++) {
          for (String w : prefix[v][m]) {
            index.get(v).computeIfAbsent(w, x -> new IntList()).add(m);
          }
        }
      }
    }
    if (index.get(0).isEmpty() && index.get(1).isEmpty()) {
      return;
    }
    int[] stamp = new int[k];
    for (int x = 0; x < k; x++) {
      if (!eligible[x]) {
        continue;
      }
      for (int v = 0; v < 2; v++) {
        for (String w : prefix[v][x]) {
          IntList qs = index.get(v).get(w);
          if (qs == null) {
            continue;
          }
          for (int e = 0; e < qs.size(); e++) {
            int q = qs.get(e);
            // A pair of two items to join again is met from the later one's side.
            if (q == x || (again[x] && q > x) || stamp[q] == x + 1) {
              continue;
            }
            stamp[q] = x + 1;
            double sim = Math.max(TitleVariantRules.jaccard(full[x], full[q]),
                TitleVariantRules.jaccard(main[x] == null ? full[x] : main[x], main[q] == null ? full[q] : main[q]));
            if (sim >= t) {
              groups.union(x, q);
              best[x] = Math.max(best[x], sim);
              best[q] = Math.max(best[q], sim);
            }
          }
        }
      }
    }
  }

  /** The rows of titles.csv, in {@link TitleGroups#search}'s order. */
  private static List<TitleGroups.Row> rows(List<TitleFacts> pages, int[] itemOfPage, int[] itemPage,
      UnionFind groups, double[] best) {
    int n = pages.size();
    int k = itemPage.length;
    int[] size = new int[k];
    for (int i = 0; i < n; i++) {
      if (itemOfPage[i] >= 0) {
        size[itemOfPage[i]]++;
      }
    }
    List<TitleGroups.Row> rows = new ArrayList<>();
    // Duplicates: items come in order of their first page, so the groups are numbered as they come.
    List<List<TitleFacts>> dups = new ArrayList<>();
    Map<Integer, List<TitleFacts>> dupOf = new HashMap<>();
    // Variant groups: the pages of every item of a component of two or more items.
    int[] items = new int[k];
    for (int m = 0; m < k; m++) {
      items[groups.find(m)]++;
    }
    Map<Integer, List<TitleFacts>> variantOf = new HashMap<>();
    Map<String, Double> sim = new HashMap<>();
    for (int i = 0; i < n; i++) {
      int m = itemOfPage[i];
      if (m < 0) {
        continue;
      }
      TitleFacts f = pages.get(i);
      if (size[m] >= 2) {
        dupOf.computeIfAbsent(m, x -> {
          List<TitleFacts> g = new ArrayList<>();
          dups.add(g);
          return g;
        }).add(f);
      }
      int root = groups.find(m);
      if (items[root] >= 2) {
        variantOf.computeIfAbsent(root, x -> new ArrayList<>()).add(f);
        sim.put(f.page(), best[m]);
      }
    }
    TitleGroups.addGroups(dups, TitleGroups.DUPLICATES, TitleGroups::duplicateRow, rows);
    TitleGroups.addGroups(new ArrayList<>(variantOf.values()), TitleGroups.VARIANTS,
        (id, f) -> TitleGroups.variantRow(id, f, sim.get(f.page())), rows);
    for (TitleFacts f : pages) {
      rows.addAll(TitleGroups.ownRows(f));
    }
    return rows;
  }
}
