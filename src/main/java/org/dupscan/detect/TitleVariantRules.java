package org.dupscan.detect;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The rules of {@link TitleGroups#variants}' join for a caller that runs its steps elsewhere (a
 * distributed run): each title's views, its prefix words, and a pair's similarity, exactly as the
 * join makes them, with words as strings (the join numbers words in their spelling's order, so the
 * order of strings is the order of its numbers).
 */
public final class TitleVariantRules {

  /** Most earlier titles a title is compared with through one prefix word. */
  public static final int WINDOW = TitleGroups.POSTING_WINDOW;

  private TitleVariantRules() {}

  /**
   * A title's word sets, sorted and distinct.
   *
   * @param full the content words of its key
   * @param main the content words of its main part (before ": ") when that has enough, else full
   */
  public record Views(String[] full, String[] main) implements Serializable {

    /** Whether the title takes part in the join (enough content words). */
    public boolean eligible() {
      return full.length >= TitleGroups.MIN_CONTENT_WORDS;
    }

    /** View {@code v}: 0 full, 1 main. */
    public String[] view(int v) {
      return v == 0 ? full : main;
    }
  }

  /** The views of the title of key {@code key} whose first page's post title is {@code title}. */
  public static Views views(String key, String title) {
    String[] full = sortedDistinct(Words.content(key));
    int colon = title.indexOf(": ");
    String[] main = colon < 0 ? full : sortedDistinct(Words.content(title.substring(0, colon)));
    return new Views(full, main.length >= TitleGroups.MIN_MAIN_WORDS ? main : full);
  }

  /**
   * The prefix words of {@code set} (a view), rarest first: {@code frequency} gives each word's
   * number of titles whose full view holds it (1 for a word of main views only).
   */
  public static String[] prefix(String[] set, Map<String, Integer> frequency, double threshold) {
    long[] local = new long[set.length];
    int[] f = new int[set.length];
    for (int i = 0; i < set.length; i++) {
      local[i] = i; // the set is in spelling order: local numbers keep the join's tie order
      f[i] = Math.max(1, frequency.getOrDefault(set[i], 0));
    }
    int[] prefix = SimilarityJoin.prefix(local, f, threshold);
    String[] out = new String[prefix.length];
    for (int i = 0; i < prefix.length; i++) {
      out[i] = set[prefix[i]];
    }
    return out;
  }

  /** A pair's similarity: the highest Jaccard similarity over the views (0 for two empty sets). */
  public static double similarity(Views a, Views b) {
    return Math.max(jaccard(a.full(), b.full()), jaccard(a.main(), b.main()));
  }

  /** Jaccard similarity of two sorted, distinct word sets (0 for two empty sets). */
  static double jaccard(String[] a, String[] b) {
    if (a.length == 0 && b.length == 0) {
      return 0.0;
    }
    int inter = 0;
    for (int i = 0, j = 0; i < a.length && j < b.length; ) {
      int c = a[i].compareTo(b[j]);
      if (c == 0) {
        inter++;
        i++;
        j++;
      } else if (c < 0) {
        i++;
      } else {
        j++;
      }
    }
    return (double) inter / (a.length + b.length - inter);
  }

  private static String[] sortedDistinct(List<String> words) {
    return words.stream().distinct().sorted().toArray(String[]::new);
  }
}
