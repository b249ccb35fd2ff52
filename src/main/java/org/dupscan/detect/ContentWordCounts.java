package org.dupscan.detect;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dupscan.extract.Block;
import org.dupscan.extract.BlockKind;
import org.dupscan.extract.Page;
import org.dupscan.internal.LongCounts;
import org.dupscan.internal.LongSets;
import org.dupscan.text.PageWords;
import org.dupscan.text.ShingleHasher;

/**
 * For each content word of a page ({@link PageWords#isContent}: not a stop word, not a number, longer
 * than one char), in how many of its blocks it stands (page furniture left out), plus each occurrence
 * in the post title; and the share of a text's content words the page repeats ({@link #overlap}).
 *
 * <p>Words are their 64-bit word hashes, as everywhere on a page's words: two distinct words of one page
 * share a hash with probability about 2^-64, so the counts are those of the words themselves in
 * practice, and no string is made for a block's words (counting them as strings, a set per block, was
 * the caption detector's largest cost on real pages with many short blocks).
 *
 * <p>Not thread-safe. Internal.
 */
final class ContentWordCounts {

  /** Longest word, in chars, that {@link #ownGrammar} may hold: closed-class words are short. */
  static final int MAX_GRAMMAR_CHARS = 3;
  /** Least prose paragraphs of a page from which its own grammar words are read. */
  static final int MIN_GRAMMAR_PARAGRAPHS = 4;

  private final PageWords words;
  private final LongCounts blocksWith;
  private final Page page;
  private Set<Long> ownGrammar;

  private ContentWordCounts(PageWords words, LongCounts blocksWith, Page page) {
    this.words = words;
    this.blocksWith = blocksWith;
    this.page = page;
  }

  /**
   * Counts the content words of a page's blocks that are not furniture ({@link TitleFacts#isFurniture}),
   * once per block they stand in, and of {@code postTitle}, once per occurrence.
   */
  static ContentWordCounts of(Page page, PageWords words, String postTitle) {
    return of(page, words, postTitle, java.util.Set.of());
  }

  /**
   * As {@link #of(Page, PageWords, String)}, leaving out the blocks {@code skipped} as well (the items
   * of a gallery, whose words would otherwise make each other's topic).
   */
  static ContentWordCounts of(Page page, PageWords words, String postTitle,
      java.util.Set<Integer> skipped) {
    LongCounts blocksWith = new LongCounts(words.size() + 16);
    LongCounts lastBlock = new LongCounts(words.size() + 16);
    for (Block b : page.blocks()) {
      if (TitleFacts.isFurniture(b) || !skipped.isEmpty() && skipped.contains(b.index())) {
        continue;
      }
      int tag = b.index() + 1;
      for (int i = words.blockStart(b.index()), end = words.blockEnd(b.index()); i < end; i++) {
        if (words.isContent(i) && lastBlock.exchange(words.hash(i), tag) != tag) {
          blocksWith.increment(words.hash(i));
        }
      }
    }
    ShingleHasher hasher = words.hasher();
    for (String w : Words.content(postTitle)) {
      blocksWith.increment(hasher.wordHash(w));
    }
    return new ContentWordCounts(words, blocksWith, page);
  }

  /** The hashes of block {@code b}'s content words, in order. */
  long[] block(int b) {
    int from = words.blockStart(b);
    int to = words.blockEnd(b);
    long[] out = new long[to - from];
    int n = 0;
    for (int i = from; i < to; i++) {
      if (words.isContent(i)) {
        out[n++] = words.hash(i);
      }
    }
    return java.util.Arrays.copyOf(out, n);
  }

  /** The hashes of normalised content words (such as {@link Words#content} of an alt text). */
  long[] of(List<String> contentWords) {
    ShingleHasher hasher = words.hasher();
    long[] out = new long[contentWords.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = hasher.wordHash(contentWords.get(i));
    }
    return out;
  }

  /** {@link #overlap(long[], int, boolean)}, grammar words left out as the caption detector's phrases. */
  double overlap(long[] content, int least) {
    return overlap(content, least, CaptionDetector.OTHER_LANGUAGE_PHRASES);
  }

  /**
   * Fraction of the distinct words of {@code content} (hashes) counted at least {@code least} times on
   * the page, other languages' grammar words ({@link CaptionDetector#OTHER_GRAMMAR_WORDS}) left out
   * when {@code withoutGrammar}; 1 when there are none.
   */
  double overlap(long[] content, int least, boolean withoutGrammar) {
    long[] distinct = LongSets.sortedDistinct(content.clone(), content.length);
    Set<Long> grammar = withoutGrammar ? grammar() : Set.of();
    int words = 0;
    int shared = 0;
    for (long h : distinct) {
      if (withoutGrammar && (grammar.contains(h) || ownGrammar().contains(h))) {
        continue; // an article or preposition of German, Spanish, Swedish ...: no topic
      }
      words++;
      if (blocksWith.get(h) >= least) {
        shared++;
      }
    }
    return words == 0 ? 1.0 : (double) shared / words;
  }

  private Set<Long> grammar;

  /**
   * The page's own grammar words, in any language: content words of at most {@value
   * #MAX_GRAMMAR_CHARS} chars that stand in at least half of its prose paragraphs ({@link
   * TitleFacts#isOwnProse}), when it has at least {@value #MIN_GRAMMAR_PARAGRAPHS}. Closed-class words
   * are the short and the frequent ones (Zipf's law of abbreviation, Zipf 1935): a Swedish page's
   * "och", "med", "som" stand in nearly every paragraph, and would put a pasted Swedish description
   * ("Modernt k\u00f6k med vita sk\u00e5p och marmorb\u00e4nk") on the page's subject. A topic word
   * that short and that frequent is rare.
   */
  private Set<Long> ownGrammar() {
    if (ownGrammar != null) {
      return ownGrammar;
    }
    LongCounts paragraphsWith = null;
    LongCounts lastBlock = null;
    int paragraphs = 0;
    Set<Long> shortWords = new HashSet<>();
    for (Block b : page.blocks()) {
      if (TitleFacts.isFurniture(b) || b.kind() == BlockKind.HEADING
          || !TitleFacts.isOwnProse(b, words)) {
        continue;
      }
      paragraphs++;
      int tag = b.index() + 1;
      for (int i = words.blockStart(b.index()), end = words.blockEnd(b.index()); i < end; i++) {
        if (words.isContent(i) && words.length(i) <= MAX_GRAMMAR_CHARS) {
          if (paragraphsWith == null) {
            paragraphsWith = new LongCounts(64);
            lastBlock = new LongCounts(64);
          }
          if (lastBlock.exchange(words.hash(i), tag) != tag) {
            paragraphsWith.increment(words.hash(i));
            shortWords.add(words.hash(i));
          }
        }
      }
    }
    Set<Long> out = new HashSet<>();
    if (paragraphs >= MIN_GRAMMAR_PARAGRAPHS && paragraphsWith != null) {
      for (long h : shortWords) {
        if (2 * paragraphsWith.get(h) >= paragraphs) {
          out.add(h);
        }
      }
    }
    ownGrammar = out;
    return out;
  }

  /** The hashes of {@link CaptionDetector#OTHER_GRAMMAR_WORDS}, made once per page that needs them. */
  private Set<Long> grammar() {
    if (grammar == null) {
      ShingleHasher hasher = words.hasher();
      Set<Long> out = new HashSet<>();
      for (String w : CaptionDetector.OTHER_GRAMMAR_WORDS) {
        out.add(hasher.wordHash(w));
      }
      grammar = out;
    }
    return grammar;
  }
}
