package org.dupscan.detect;

import java.util.List;
import java.util.function.Predicate;
import org.dupscan.extract.Block;
import org.dupscan.text.PageWords;

/**
 * Runs of list lines: a list written as lines, which a text dump (w3m's, or a page kept as .txt) does
 * not mark as a list. A run is at least two consecutive short lines (under {@link #MAX_LINE_WORDS}
 * + 1 words) of parallel shape, each {@linkplain #alike alike} the one before it:
 * <ul>
 *   <li>label lines: neither ends as a sentence does ("Table of Contents", "Bugfixes", a menu path
 *       "Format - Align Text - Left", "impl Sync for Vec");
 *   <li>fields: both are "Label: value" (a label of up to {@link TextQuality#MAX_LABEL_WORDS} words
 *       and a colon);
 *   <li>marked entries: both open with the same bullet or dash, or with a digit;
 *   <li>entries of one pattern: both have the same {@linkplain #skeleton skeleton} of marks, and it
 *       holds more than the closing stop (a help page's "Choose Format - Align Text - Left." over
 *       "Open context menu - choose Align Text - Left."), both open with the same two words ("In a
 *       database file window, choose ...", "Het geselecteerde element wordt vervangen door ..."), or
 *       both open with one word and hold marks besides the closing stop ("Choose Format - Arrange
 *       (Writer, Calc).", "Choose Shape - Arrange (Draw).").
 * </ul>
 * A line alike the line two before it stands in the run too: terms and their definitions, a line
 * each ("Knop", "Het geselecteerde element wordt vervangen door een knop.").
 * Short sentences that merely stand one after another are no run: keyword phrases written as
 * sentences ("Looking for cheap flights? Our guide ...", "Compare cheap flights and ...") end each
 * with a stop and vary their marks and openings, which is what stuffing looks like and what a list
 * does not.
 *
 * <p>Both the stuffing measure ({@link TextQuality}, which counts running text only) and the title
 * and caption rules ({@link TitleFacts#headsRun}, a title line over a run of entries is a contents
 * list's entry, not a re-insertion) read runs here, so that one list is one list for both.
 */
final class ListRuns {

  /** Most words of a list line: a block of {@link TextQuality#MIN_PARAGRAPH_WORDS} is a paragraph. */
  static final int MAX_LINE_WORDS = TextQuality.MIN_PARAGRAPH_WORDS - 1;
  /** Words of a line's {@linkplain #opening opening} compared. */
  static final int OPENING_WORDS = 2;
  /** Most marks of a line's {@linkplain #skeleton skeleton} compared. */
  static final int MAX_SKELETON = 16;
  /** Characters that open a list entry as a mark: bullets and dashes. */
  private static final String MARKS = "•·◦▪▸►‣*-–—+>";

  private ListRuns() {}

  /** Whether a block is short enough to be a list line. */
  static boolean isLine(Block b, PageWords words) {
    return words.count(b.index()) <= MAX_LINE_WORDS;
  }

  /**
   * Whether two list lines are of parallel shape: both label lines (no sentence's end), both
   * "Label: value" fields, both opening with the same mark (a bullet, a dash, a digit), or both with
   * the same {@linkplain #skeleton skeleton} of marks holding more than a closing stop.
   */
  static boolean alike(String a, String b) {
    String x = a.strip();
    String y = b.strip();
    if (x.isEmpty() || y.isEmpty()) {
      return false;
    }
    if (!Words.endsSentence(x) && !Words.endsSentence(y)) {
      return true;
    }
    if (TextQuality.opensWithLabel(x) && TextQuality.opensWithLabel(y)) {
      return true;
    }
    int shape = opening(x.charAt(0));
    if (shape != 0 && shape == opening(y.charAt(0))) {
      return true;
    }
    String sx = skeleton(x);
    String sy = skeleton(y);
    if (sx.length() > 1 && sx.equals(sy)) {
      return true;
    }
    String ox = opening(x, OPENING_WORDS);
    if (!ox.isEmpty() && ox.equals(opening(y, OPENING_WORDS))) {
      return true;
    }
    // Menu paths with their own notes: "Choose Format - Arrange (Writer, Calc)." over "Choose Shape
    // - Arrange (Draw)." open alike and both hold marks inside, where a sentence ends with its stop.
    String fx = opening(x, 1);
    return sx.length() > 1 && sy.length() > 1 && !fx.isEmpty() && fx.equals(opening(y, 1));
  }

  /**
   * A line's first {@code wanted} words, lower-cased and joined by a space, when it has more words
   * than that; empty otherwise.
   */
  static String opening(String text, int wanted) {
    StringBuilder out = new StringBuilder();
    int words = 0;
    int i = 0;
    int n = text.length();
    while (i < n) {
      while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      if (i == n) {
        break;
      }
      int start = i;
      while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      if (++words <= wanted) {
        out.append(words > 1 ? " " : "").append(text, start, i);
      } else {
        return out.toString().toLowerCase(java.util.Locale.ROOT);
      }
    }
    return "";
  }

  /**
   * The marks of a line in order, up to {@link #MAX_SKELETON}, leaving out those inside a word
   * ("don't", "e-mail", "3.2"): a help page's menu paths all read "- - ." ("Choose Format - Align
   * Text - Left.", "Open context menu - choose Align Text - Right."), while sentences written around
   * a keyword vary theirs ("? , .", ".", ", : .").
   */
  static String skeleton(String text) {
    StringBuilder out = new StringBuilder();
    int n = text.length();
    for (int i = 0; i < n && out.length() < MAX_SKELETON; i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c) || Character.isWhitespace(c)) {
        continue;
      }
      boolean inWord = i > 0 && i + 1 < n && Character.isLetterOrDigit(text.charAt(i - 1))
          && Character.isLetterOrDigit(text.charAt(i + 1));
      if (!inWord) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Which blocks stand in a run of at least {@code minRun} list lines, read over the blocks that
   * {@code member} accepts: any other block (a heading, a paragraph, a table cell) ends a run, and a
   * line not alike the one before it starts a new one.
   */
  static boolean[] runs(List<Block> blocks, PageWords words, Predicate<Block> member, int minRun) {
    if (minRun < 2) {
      throw new IllegalArgumentException("a run has at least 2 lines: " + minRun);
    }
    boolean[] out = new boolean[blocks.size()];
    boolean[] lines = new boolean[blocks.size()];
    int runStart = 0;
    for (int i = 0; i <= blocks.size(); i++) {
      boolean inRun = false;
      boolean line = false;
      if (i < blocks.size()) {
        Block b = blocks.get(i);
        line = member.test(b) && isLine(b, words);
        inRun = line && i > runStart && alike(blocks.get(i - 1).text(), b.text());
        if (line && !inRun && i >= 2 && lines[i - 1] && lines[i - 2]
            && alike(blocks.get(i - 2).text(), b.text())) {
          // Terms and their definitions, a line each: every other line is alike.
          inRun = true;
          runStart = Math.min(runStart, i - 2);
        }
        lines[i] = line;
      }
      if (!inRun) {
        if (i - runStart >= minRun) {
          java.util.Arrays.fill(out, runStart, i, true);
        }
        runStart = line ? i : i + 1;
      }
    }
    return out;
  }

  /**
   * Whether the {@code entries} blocks after {@code b} (furniture aside) are a run of list lines:
   * {@code b} heads a list (a contents list, an icon table's labels, a "Related topics" list, a
   * help page's closing "Help content debug info:" fields) rather than standing between paragraphs.
   */
  static boolean headsRun(List<Block> blocks, Block b, PageWords words, int entries) {
    Block previous = null;
    int seen = 0;
    for (int i = b.index() + 1; i < blocks.size() && seen < entries; i++) {
      Block next = blocks.get(i);
      if (TitleFacts.isFurniture(next)) {
        continue;
      }
      if (!isLine(next, words)) {
        return false;
      }
      if (previous == null) {
        // The first entry has no line before it to be alike: it is an entry when it is a label
        // line, or when the entries after it share its shape.
        if (entries == 1 && Words.endsSentence(next.text())) {
          return false;
        }
      } else if (!alike(previous.text(), next.text())) {
        return false;
      }
      previous = next;
      seen++;
    }
    return seen == entries;
  }

  /** The shape of a line's first char: the mark itself, -1 for a digit, 0 for anything else. */
  private static int opening(char c) {
    if (Character.isDigit(c)) {
      return -1;
    }
    return MARKS.indexOf(c) >= 0 ? c : 0;
  }
}
