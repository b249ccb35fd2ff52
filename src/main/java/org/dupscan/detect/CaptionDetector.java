package org.dupscan.detect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dupscan.extract.Block;
import org.dupscan.extract.BlockKind;
import org.dupscan.extract.ImageText;
import org.dupscan.extract.Page;
import org.dupscan.text.PageWords;

/**
 * Finds injected image captions: standalone body blocks that read as a picture description rather
 * than prose (stock-photo alt text pasted into the article). Per page, {@link #candidates} scores each
 * block from its own features; {@link #finish} adds the strongest evidence, the same caption recurring
 * on other pages or hosts, and keeps those at or above the score threshold.
 *
 * <p>Evidence and weights (points add up to the score, capped at 1): visual vocabulary (colours,
 * clothing, "background", "wearing", "holding") 0.12 per word up to 3; no terminal punctuation 0.15;
 * little overlap with the rest of the page's content words 0.2 (below 0.25) or 0.1 (below 0.5); the
 * page title re-inserted right after it 0.35; the text of an {@code img} alt/title repeated as a body
 * block 0.35; a short block standing alone between paragraphs 0.1; the same text on another page
 * 0.25, on another host 0.1 more. Headings, list items, bylines, blocks in page furniture, blocks
 * outside 4..30 words, blocks with fewer than two visual words, and figure captions that share the page's topic are never candidates.
 */
public final class CaptionDetector {

  /** Default least score of a reported caption. */
  public static final double DEFAULT_MIN_SCORE = 0.6;
  /** Least score for a block to be kept as a candidate before recurrence is counted. */
  public static final double CANDIDATE_SCORE = 0.25;
  public static final int MIN_WORDS = 4;
  public static final int MAX_WORDS = 30;
  /** Least visual words in a candidate: one colour word in a sentence of prose is not a picture. */
  public static final int MIN_VISUAL = 2;

  static final double W_VISUAL = 0.12;
  static final int MAX_VISUAL = 3;
  static final double W_NO_PUNCTUATION = 0.15;
  static final double W_LOW_OVERLAP = 0.2;
  static final double W_SOME_OVERLAP = 0.1;
  static final double W_TITLE_FOLLOWS = 0.35;
  static final double W_REPEATS_IMAGE_TEXT = 0.35;
  static final double W_STANDALONE = 0.1;
  static final double W_RECURS = 0.25;
  static final double W_OTHER_HOSTS = 0.1;

  /** Words that describe what a picture shows. */
  static final Set<String> VISUAL = Set.of("background", "backdrop", "wearing", "holding", "close",
      "closeup", "isolated", "smiling", "laughing", "sitting", "standing", "lying", "posing",
      "arranged", "wrapped", "against", "beside", "featuring", "features", "labeled", "labelled",
      "white", "black", "blue", "red", "green", "yellow", "orange", "pink", "purple", "teal",
      "mint", "cream", "beige", "grey", "gray", "brown", "golden", "pastel", "light", "dark", "soft",
      "bright", "pale", "striped", "knitted", "wooden", "sweater", "shirt", "dress", "onesie",
      "dungarees", "jeans", "hat", "blanket", "window", "table", "floor", "wall", "studio", "photo",
      "image", "stock", "portrait", "view", "overhead", "flat", "lay", "mockup", "eyes", "hands",
      "smile", "toddler", "woman", "man", "girl", "boy", "baby", "couple", "mother", "father",
      "sofa", "vase", "jar", "glass", "ceramic", "linen", "leather", "silver", "denim", "floral",
      "sunlit", "folded", "dried", "flowers", "mug", "cardigan", "raincoat", "pyjamas", "marble",
      "rustic", "vintage", "angle", "blurred", "bokeh", "silhouette");
  /** Starts of bylines and datelines, normalised. */
  static final List<String> BYLINES = List.of("by ", "posted ", "written by", "updated ",
      "published ", "photo by", "image via", "credit", "source");

  /**
   * A block that may be an injected caption, with its per-page evidence.
   *
   * @param page page id
   * @param host page host
   * @param block block index
   * @param text the block's text
   * @param key its normalised words, for recurrence
   * @param score per-page score
   * @param reasons per-page evidence, "; "-separated
   */
  public record Candidate(String page, String host, int block, String text, String key, double score,
      String reasons) {}

  /**
   * A reported caption.
   *
   * @param pagesWithSameText pages carrying the same text as a candidate
   * @param hostsWithSameText hosts carrying it
   */
  public record Caption(String page, String host, int block, String text, double score,
      String reasons, int pagesWithSameText, int hostsWithSameText) {}

  private CaptionDetector() {}

  /** Scores the blocks of one page; keeps those at or above {@link #CANDIDATE_SCORE}. */
  public static List<Candidate> candidates(Page page, TitleFacts title) {
    return candidates(page, Words.tokenize(page), title);
  }

  /** Scores the blocks of one page from its words; keeps those at or above {@link #CANDIDATE_SCORE}. */
  public static List<Candidate> candidates(Page page, PageWords pageWordList, TitleFacts title) {
    List<Block> blocks = page.blocks();
    Set<Integer> titleBlocks = new HashSet<>(title.repeatedAt());
    Set<String> imageTexts = new HashSet<>();
    for (ImageText t : page.images()) {
      if (!t.attribute().equals("figcaption")) {
        imageTexts.add(Words.key(t.text()));
      }
    }
    Map<String, Integer> pageWords = null;
    List<List<String>> blockWords = null;
    List<Candidate> out = new ArrayList<>();
    for (Block b : blocks) {
      if (b.chrome() || b.kind() == BlockKind.HEADING || b.kind() == BlockKind.LIST_ITEM
          || b.kind() == BlockKind.TABLE_CELL || b.kind() == BlockKind.PREFORMATTED) {
        continue;
      }
      int count = pageWordList.count(b.index());
      if (count < MIN_WORDS || count > MAX_WORDS || titleBlocks.contains(b.index())
          || isByline(b.text())) {
        continue;
      }
      List<String> words = Words.of(b.text());
      int visual = 0;
      for (String w : words) {
        if (VISUAL.contains(w)) {
          visual++;
        }
      }
      if (visual < MIN_VISUAL) {
        continue; // never a candidate: checked first, as most blocks of most pages stop here
      }
      if (pageWords == null) {
        // Content-word counts of the whole page, to measure each block's overlap with the rest.
        pageWords = new HashMap<>();
        blockWords = new ArrayList<>(blocks.size());
        for (Block x : blocks) {
          List<String> c = x.chrome() ? List.of() : Words.content(x.text());
          blockWords.add(c);
          for (String w : new HashSet<>(c)) {
            pageWords.merge(w, 1, Integer::sum);
          }
        }
        for (String w : Words.content(title.postTitle())) {
          pageWords.merge(w, 1, Integer::sum);
        }
      }
      Candidate c = score(page, b, visual, blockWords.get(b.index()), pageWords, titleBlocks,
          imageTexts, pageWordList);
      if (c != null) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * Scores block {@code b}, a candidate by its visual words (at least {@link #MIN_VISUAL}, which the
   * caller checked); null when it is a figure caption about the article's own subject or scores below
   * {@link #CANDIDATE_SCORE}. Kept apart from the loop over every block, where most blocks stop, so
   * that the JIT compiles the loop small.
   */
  private static Candidate score(Page page, Block b, int visual, List<String> content,
      Map<String, Integer> pageWords, Set<Integer> titleBlocks, Set<String> imageTexts,
      PageWords pageWordList) {
    List<Block> blocks = page.blocks();
    double overlap = overlap(content, pageWords);
    if (b.kind() == BlockKind.CAPTION && overlap >= 0.25) {
      return null; // a figure caption about the article's own subject
    }
    double score = 0;
    List<String> reasons = new ArrayList<>();
    if (visual > 0) {
      score += W_VISUAL * Math.min(visual, MAX_VISUAL);
      reasons.add("visual words " + visual);
    }
    if (!Words.endsSentence(b.text())) {
      score += W_NO_PUNCTUATION;
      reasons.add("no terminal punctuation");
    }
    if (overlap < 0.25) {
      score += W_LOW_OVERLAP;
      reasons.add(String.format(Locale.ROOT, "topic overlap %.2f", overlap));
    } else if (overlap < 0.5) {
      score += W_SOME_OVERLAP;
      reasons.add(String.format(Locale.ROOT, "topic overlap %.2f", overlap));
    }
    int next = b.index() + 1;
    if (titleBlocks.contains(next)) {
      score += W_TITLE_FOLLOWS;
      reasons.add("title repeated after it");
    }
    if (page.html() && imageTexts.contains(Words.key(b.text()))) {
      score += W_REPEATS_IMAGE_TEXT;
      reasons.add("repeats image alt text");
    }
    if (standsAlone(blocks, pageWordList, b.index())) {
      score += W_STANDALONE;
      reasons.add("stands alone between paragraphs");
    }
    if (score >= CANDIDATE_SCORE) {
      return new Candidate(page.id(), page.host(), b.index(), b.text(), Words.key(b.text()),
          Math.min(1.0, score), String.join("; ", reasons));
    }
    return null;
  }

  /**
   * Adds recurrence to the candidates of all pages and keeps those scoring at least {@code minScore}.
   * The result is ordered by page id, then block.
   */
  public static List<Caption> finish(List<Candidate> all, double minScore) {
    if (!(minScore > 0.0 && minScore <= 1.0)) {
      throw new IllegalArgumentException("caption score must be in (0, 1] but was " + minScore);
    }
    Map<String, Set<String>> pages = new HashMap<>();
    Map<String, Set<String>> hosts = new HashMap<>();
    for (Candidate c : all) {
      pages.computeIfAbsent(c.key(), k -> new HashSet<>()).add(c.page());
      hosts.computeIfAbsent(c.key(), k -> new HashSet<>()).add(c.host());
    }
    List<Caption> out = new ArrayList<>();
    for (Candidate c : all) {
      int p = pages.get(c.key()).size();
      int h = hosts.get(c.key()).size();
      double score = c.score();
      String reasons = c.reasons();
      if (p >= 2) {
        score += W_RECURS;
        reasons += "; recurs on " + p + " pages";
        if (h >= 2) {
          score += W_OTHER_HOSTS;
          reasons += " of " + h + " hosts";
        }
      }
      score = Math.min(1.0, score);
      if (score >= minScore) {
        out.add(new Caption(c.page(), c.host(), c.block(), c.text(), score, reasons, p, h));
      }
    }
    out.sort((a, b) -> a.page().equals(b.page()) ? Integer.compare(a.block(), b.block())
        : a.page().compareTo(b.page()));
    return out;
  }

  /** Fraction of the block's content words that occur in at least one other block (or the title). */
  static double overlap(List<String> content, Map<String, Integer> pageWords) {
    Set<String> distinct = new HashSet<>(content);
    if (distinct.isEmpty()) {
      return 1.0;
    }
    int shared = 0;
    for (String w : distinct) {
      if (pageWords.getOrDefault(w, 0) >= 2) {
        shared++;
      }
    }
    return (double) shared / distinct.size();
  }

  private static boolean isByline(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    for (String b : BYLINES) {
      if (t.startsWith(b)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the block has a longer prose block on each side (or a title repeat after it). */
  private static boolean standsAlone(List<Block> blocks, PageWords words, int i) {
    return i > 0 && i + 1 < blocks.size() && isProse(blocks.get(i - 1), words)
        && (isProse(blocks.get(i + 1), words) || blocks.get(i + 1).kind() == BlockKind.HEADING
            || words.count(i + 1) <= TitleFacts.MAX_TITLE_WORDS);
  }

  private static boolean isProse(Block b, PageWords words) {
    return !b.chrome() && b.kind() != BlockKind.HEADING
        && words.count(b.index()) >= TitleFacts.PROSE_WORDS;
  }
}
