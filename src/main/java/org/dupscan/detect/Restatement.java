package org.dupscan.detect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dupscan.extract.Block;
import org.dupscan.extract.Page;
import org.dupscan.internal.LongCounts;
import org.dupscan.internal.Mix;
import org.dupscan.text.PageWords;

/**
 * A paragraph that says again, word for word, what the page says elsewhere: a candidate found on one
 * page in pass 1, kept only when the cross-page stage finds none of its paragraphs on other pages of
 * the host ({@code TextQualityStage}). Two forms:
 * <ul>
 *   <li>{@link #LEAD}: the page's first prose paragraph (its lead) stands again further down, its
 *       sentences in any order, after at most {@link #MAX_LEAD_IN_WORDS} words of lead-in ("In short,",
 *       "To recap:", "Kortom,"), with {@link #MIN_BETWEEN} or more prose paragraphs between, within
 *       {@link #MAX_SPAN} paragraphs of the lead, and only once;
 *   <li>{@link #BOX}: one of the page's first {@link #BOX_POSITIONS} prose paragraphs is made of
 *       {@link #MIN_BOX_SENTENCES} or more sentences (the first after a label of at most
 *       {@link #MAX_BOX_LABEL_WORDS} words: "Key takeaways", "Our verdict at a glance") each standing
 *       word for word in a different later prose paragraph.
 * </ul>
 * Reference documentation repeats notes word for word within a page too (LibreOffice's "This
 * function is not part of the Open Document Format ...", Rust's "The key may be any borrowed form of
 * the map's key type ..."): those notes stand on many pages of their host, which is what the
 * cross-page drop reads, as {@link TitleFacts#withoutTemplate} does for titles. An article's lead is
 * its own.
 *
 * @param block the restating block (for {@link #BOX}, the box)
 * @param words its words
 * @param form {@link #LEAD} or {@link #BOX}
 * @param fingerprints the block fingerprints of the paragraphs that must stand on no other page of
 *     the host: the restating one (the lead of a generated article may be template text)
 */
public record Restatement(int block, int words, String form, long[] fingerprints)
    implements java.io.Serializable {

  /** The lead said again. */
  public static final String LEAD = "lead";
  /** A box of sentences each said again later. */
  public static final String BOX = "box";
  /**
   * Fewest prose paragraphs between the lead and its restatement: a summary follows a text. Two more
   * tests keep reference documentation out: no other prose paragraph of the page mirrors an earlier
   * block ({@link #MIRROR_SHARE}), and no block of the {@link #NEIGHBOURS} before the lead stands
   * among those before its restatement (LibreOffice's "Load Basic code" option described under both
   * its Word and its Excel heading; Django's "See also" note under both Tags and Filters).
   */
  public static final int MIN_BETWEEN = 3;
  /**
   * Most prose paragraphs between the lead and its restatement. A summary closes an article, while
   * a reference page restates its opening warning under the directive it concerns a hundred
   * paragraphs down (Apache's mod_proxy, docs/detectors.md).
   */
  public static final int MAX_SPAN = 30;
  /** Most words before the lead's sentences in its restatement ("In short,", "Para recapitular:"). */
  public static final int MAX_LEAD_IN_WORDS = 4;
  /** The box stands among the page's first this many prose paragraphs. */
  public static final int BOX_POSITIONS = 2;
  /** Fewest sentences of a box, each found in a different later paragraph. */
  public static final int MIN_BOX_SENTENCES = 3;
  /** Most words of the label before the box's first sentence. */
  public static final int MAX_BOX_LABEL_WORDS = 6;
  /** Fewest words of a sentence of a box: a short sentence ("See below.") recurs by chance. */
  public static final int MIN_SENTENCE_WORDS = 4;
  /**
   * Least share of a box's content bigrams that stand again later on the page for its sentences to
   * be compared (a cheap test on the bigram table before any text is split).
   */
  static final double MIN_BOX_LATER_SHARE = 0.6;
  /**
   * Least share of a paragraph's content bigrams from one earlier block for it to mirror that block.
   * Reference documentation's parallel entries mirror each other ("If interactive is True, ..." under
   * both of Django's migration signals, with their other arguments; a LibreOffice procedure's steps
   * under each of two templates); a page with a mirrored paragraph besides the restatement has no
   * lead restatement.
   */
  public static final double MIRROR_SHARE = 0.5;
  /**
   * Blocks before a restatement and before what it restates that are compared for a shared one. One
   * was not enough: Apache's parallel directive entries put a field row ("event, worker, prefork, ...")
   * two blocks before each description, and ScriptForge's parameter lists the parameter before.
   */
  public static final int NEIGHBOURS = 3;

  public Restatement {
    fingerprints = fingerprints.clone();
  }

  @Override
  public long[] fingerprints() {
    return fingerprints.clone();
  }

  /**
   * The page's candidate restatements.
   *
   * @param prose per block, whether it is one of the page's own prose paragraphs (judged for
   *     restating: long enough, not furniture, heading, list, code or interface)
   * @param mirrors per prose paragraph, whether {@link #MIRROR_SHARE} of its content bigrams stand
   *     in one earlier block
   * @param fingerprints per block, its fingerprint (numbers and dates folded), or null to make them
   *     from the words
   * @param lastBlock each content bigram's 1 + the last block it stands in ({@link TextQuality}'s
   *     table, filled for the whole page)
   */
  static List<Restatement> find(Page page, PageWords words, boolean[] prose, boolean[] mirrors,
      long[] fingerprints, LongCounts lastBlock) {
    List<Integer> paragraphs = new ArrayList<>();
    for (Block b : page.blocks()) {
      if (prose[b.index()]) {
        paragraphs.add(b.index());
      }
    }
    if (paragraphs.size() < MIN_BETWEEN + 2) {
      return List.of();
    }
    List<Restatement> out = new ArrayList<>(1);
    Restatement lead = lead(page, words, paragraphs, mirrors, fingerprints);
    if (lead != null) {
      out.add(lead);
    }
    for (int k = 0; k < BOX_POSITIONS && k < paragraphs.size() - MIN_BOX_SENTENCES; k++) {
      int b = paragraphs.get(k);
      if (lead != null && lead.block() == b) {
        continue;
      }
      if (laterShare(words, b, lastBlock) >= MIN_BOX_LATER_SHARE
          && isBox(page, words, fingerprints, paragraphs.subList(k, paragraphs.size()))) {
        out.add(new Restatement(b, words.count(b), BOX, new long[] {fingerprint(words, fingerprints, b)}));
        break;
      }
    }
    return out;
  }

  /** The lead's one restatement, or null. */
  private static Restatement lead(Page page, PageWords words, List<Integer> paragraphs,
      boolean[] mirrors, long[] fingerprints) {
    int lead = paragraphs.get(0);
    if (TextQuality.opensWithIdentifier(page.blocks().get(lead).text())) {
      return null; // a definition list's entry ("macroexecution: If 0, ..."), not a text's opening
    }
    int n = words.count(lead);
    long sum = wordSum(words, words.blockStart(lead), words.blockEnd(lead));
    int found = -1;
    for (int k = 1; k < paragraphs.size(); k++) {
      int b = paragraphs.get(k);
      int extra = words.count(b) - n;
      if (extra > MAX_LEAD_IN_WORDS
          && wordSum(words, words.blockStart(b), words.blockStart(b) + n) == sum) {
        // A later paragraph opens with the lead's words and goes on: the lead is a note that
        // reference documentation repeats per entry (Apache's "This directive gives the server
        // administrator greater control ..." opening the description of each LimitRequest*
        // directive, once alone and once with a sentence of the entry's own), not a text's opening.
        return null;
      }
      if (extra < 0 || extra > MAX_LEAD_IN_WORDS
          || wordSum(words, words.blockEnd(b) - n, words.blockEnd(b)) != sum) {
        continue;
      }
      if (found >= 0 || k <= MIN_BETWEEN || k - 1 > MAX_SPAN) {
        return null; // a note repeated per entry, or too close or too far to sum the page up
      }
      found = k;
    }
    if (found < 0) {
      return null;
    }
    int b = paragraphs.get(found);
    for (int p : paragraphs) {
      if (p != b && mirrors[p]) {
        return null; // parallel entries: the page repeats other paragraphs too
      }
    }
    if (sharesNeighbour(page, words, fingerprints, lead, b)) {
      return null; // the same entry under the same heading or label: a section repeated
    }
    List<String> leadSentences = sentences(page.blocks().get(lead).text());
    List<String> again = sentences(page.blocks().get(b).text());
    if (again.isEmpty() || leadSentences.size() != again.size()) {
      return null;
    }
    int extra = words.count(b) - n;
    // The lead-in stands before the first sentence: the restatement's sentences, that one without
    // its first words, are the lead's.
    List<String> rest = new ArrayList<>(again);
    rest.set(0, dropWords(again.get(0), extra));
    List<String> a = new ArrayList<>(leadSentences);
    a.sort(null);
    rest.sort(null);
    if (!a.equals(rest)) {
      return null;
    }
    return new Restatement(b, words.count(b), LEAD, new long[] {fingerprint(words, fingerprints, b)});
  }

  /**
   * Whether the first paragraph is made of sentences of as many later paragraphs, each its own, none
   * of them standing under a block that stands just before the box too.
   */
  private static boolean isBox(Page page, PageWords words, long[] fingerprints,
      List<Integer> paragraphs) {
    List<String> box = sentences(page.blocks().get(paragraphs.get(0)).text());
    if (box.size() < MIN_BOX_SENTENCES) {
      return false;
    }
    Map<String, Integer> later = new HashMap<>();
    for (int k = paragraphs.size() - 1; k >= 1; k--) {
      for (String s : sentences(page.blocks().get(paragraphs.get(k)).text())) {
        later.put(s, k); // the first paragraph holding it wins
      }
    }
    java.util.Set<Integer> sources = new java.util.HashSet<>();
    for (int i = 0; i < box.size(); i++) {
      String s = box.get(i);
      Integer at = later.get(s);
      for (int drop = 1; at == null && i == 0 && drop <= MAX_BOX_LABEL_WORDS; drop++) {
        at = later.get(dropWords(s, drop)); // the label before the first sentence
      }
      if (at == null || !sources.add(at)
          || sharesNeighbour(page, words, fingerprints, paragraphs.get(0), paragraphs.get(at))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether one of the {@link #NEIGHBOURS} blocks before block {@code a} (with words) is equal,
   * numbers folded, to one of those before the later block {@code b}: the same entry's heading, label
   * or field row before both, as in parallel entries of reference documentation. The page's title
   * is no such block: a spam page repeats its title in the body too (TitleFacts reports that).
   */
  private static boolean sharesNeighbour(Page page, PageWords words, long[] fingerprints, int a,
      int b) {
    for (int i = Math.max(0, a - NEIGHBOURS); i < a; i++) {
      if (words.count(i) == 0) {
        continue;
      }
      long f = fingerprint(words, fingerprints, i);
      for (int j = Math.max(a + 1, b - NEIGHBOURS); j < b; j++) {
        if (words.count(j) > 0 && fingerprint(words, fingerprints, j) == f
            && !inTitle(page, page.blocks().get(j).text())) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether a block's normalised words stand in the page's title. */
  private static boolean inTitle(Page page, String text) {
    String block = String.join(" ", Words.of(text));
    return !block.isEmpty() && String.join(" ", Words.of(page.title())).contains(block);
  }

  /** The share of a block's distinct content bigrams that stand again in a later block. */
  private static double laterShare(PageWords words, int block, LongCounts lastBlock) {
    int bigrams = 0;
    int later = 0;
    long prev = 0;
    boolean hasPrev = false;
    for (int i = words.blockStart(block); i < words.blockEnd(block); i++) {
      if (!words.isContent(i)) {
        continue;
      }
      long h = words.hash(i);
      if (hasPrev) {
        bigrams++;
        later += lastBlock.get(TextQuality.pair(prev, h)) - 1 > block ? 1 : 0;
      }
      prev = h;
      hasPrev = true;
    }
    return bigrams == 0 ? 0 : (double) later / bigrams;
  }

  /** An order-free sum of the words' hashes: equal for the same words in any order. */
  private static long wordSum(PageWords words, int from, int to) {
    long sum = 0;
    for (int i = from; i < to; i++) {
      sum += Mix.fmix64(words.hash(i));
    }
    return sum;
  }

  private static long fingerprint(PageWords words, long[] fingerprints, int block) {
    if (fingerprints != null && block < fingerprints.length) {
      return fingerprints[block];
    }
    long h = 0x5DEECE66DL;
    for (int i = words.blockStart(block); i < words.blockEnd(block); i++) {
      h = Mix.fmix64(h * 0x9E3779B97F4A7C15L + words.hash(i));
    }
    return h;
  }

  /**
   * A text's sentences, each as its normalised words joined by spaces; sentences of fewer than
   * {@link #MIN_SENTENCE_WORDS} words are joined to the next. A sentence ends at a stop ({@code .},
   * {@code ?}, {@code !}, the CJK full stop) before a space, or at the text's end.
   */
  static List<String> sentences(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder pending = new StringBuilder();
    int start = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      boolean stop = (c == '.' || c == '?' || c == '!' || c == '\u3002')
          && (i + 1 == n || Character.isWhitespace(text.charAt(i + 1)));
      if (stop || i + 1 == n) {
        List<String> w = Words.of(text.substring(start, i + 1));
        if (!w.isEmpty()) {
          pending.append(pending.length() == 0 ? "" : " ").append(String.join(" ", w));
          if (pending.chars().filter(ch -> ch == ' ').count() + 1 >= MIN_SENTENCE_WORDS) {
            out.add(pending.toString());
            pending.setLength(0);
          }
        }
        start = i + 1;
      }
    }
    if (pending.length() > 0) {
      if (out.isEmpty()) {
        out.add(pending.toString());
      } else {
        out.set(out.size() - 1, out.get(out.size() - 1) + " " + pending);
      }
    }
    return out;
  }

  /** A sentence without its first {@code count} words ("" when it has no more). */
  private static String dropWords(String sentence, int count) {
    int at = 0;
    for (int i = 0; i < count; i++) {
      at = sentence.indexOf(' ', at);
      if (at < 0) {
        return "";
      }
      at++;
    }
    return sentence.substring(at);
  }
}
