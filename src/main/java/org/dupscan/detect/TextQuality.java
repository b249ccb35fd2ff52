package org.dupscan.detect;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.Deflater;
import org.dupscan.extract.Block;
import org.dupscan.extract.BlockKind;
import org.dupscan.extract.Page;
import org.dupscan.internal.LongCounts;
import org.dupscan.internal.Mix;
import org.dupscan.text.PageWords;

/**
 * Measures a page's text for in-page repetition and keyword stuffing, from its content blocks (page
 * furniture and link-dense blocks left out: a site map repeating the product name in every link is no
 * stuffing):
 * <ul>
 *   <li>repetition: paragraphs that restate the rest of the page (a "Summary:" re-telling the article).
 *       A prose paragraph (not a heading, not code) of at least {@link #MIN_PARAGRAPH_WORDS} words
 *       restates the page when at least {@link #DEFAULT_RESTATED_SHARE} of its content-word bigrams
 *       (stop words skipped) already occur earlier on the page, drawn from at least
 *       {@link #MIN_SOURCES} earlier blocks with no more than {@link #MAX_SOURCE_SHARE} of them from any
 *       one, it draws on at least {@link #MIN_COVERAGE} of the page's earlier prose paragraphs (and
 *       {@link #MIN_PRIOR_PARAGRAPHS}), it stands in the last {@link #CLOSING_SHARE} of them, and it
 *       opens as a conclusion does ("In summary", "Summary:", "Key takeaways:" ...: a
 *       {@linkplain #SUMMARY_CUES cue} or a short label and a colon). A summary paragraph is normal
 *       writing, and reference documentation restates itself all the time (parallel entries, a
 *       directive's last notes, "In summary this means: ..." closing one section of a long page); what
 *       the spam seeds' summaries do that documentation does not is re-tell the whole page as its close:
 *       on the real documentation sites no cued paragraph draws on a third of its page's paragraphs,
 *       while every generated and seed summary does (docs/detectors.md has the distributions). Also
 *       the page's lead said again word for word, or a box of sentences each said again later
 *       ({@link Restatement}): candidates here, counted by the cross-page stage when the host does
 *       not repeat the paragraph elsewhere. The page's figure is the share of its words in
 *       restating paragraphs;
 *   <li>stuffing, as in Gopher's quality filters (Rae et al. 2021): the share of word characters of
 *       running text (no lists, tables, headings or code) covered by the most frequent word 2-, 3- and
 *       4-gram, over limits 0.20, 0.18 and 0.16 by more than {@link #STUFFING_MARGIN};
 *   <li>the density of the most frequent content word, and the compression ratio of the text (raw
 *       bytes over Deflate bytes; Ntoulas et al. 2006 found spam pages compress far better).
 * </ul>
 */
public final class TextQuality {

  public static final int MIN_PARAGRAPH_WORDS = 25;
  /** Default least share of a paragraph's content bigrams found elsewhere for it to be a restatement. */
  public static final double DEFAULT_RESTATED_SHARE = 0.4;
  /**
   * Most of a restating paragraph's shared bigrams that may come from one earlier block: a summary
   * draws on several paragraphs, while reference documentation's parallel entries ("Returns the index
   * of the first object ...", "... of the last object ...") mirror one.
   */
  public static final double MAX_SOURCE_SHARE = 0.7;
  /** Fewest earlier blocks a restating paragraph's shared bigrams come from. */
  public static final int MIN_SOURCES = 3;
  /**
   * Least share of the page's earlier prose paragraphs a restating paragraph draws on: it re-tells the
   * page, not one section. On the real documentation sites the cued paragraphs at share 0.4 draw on
   * at most 0.37 of theirs, and none of those above 0.2 closes its page (developers-reference's "In
   * summary this means:" draws on 0.013); the generated and seed summaries draw on 0.375 and more
   * (docs/detectors.md).
   */
  public static final double MIN_COVERAGE = 1.0 / 3;
  /** Fewest earlier prose paragraphs a page needs for one to restate it: a summary needs a text. */
  public static final int MIN_PRIOR_PARAGRAPHS = 3;
  /**
   * A restating paragraph stands in this last share of the page's prose paragraphs: a summary closes
   * the page (a share, not "the last one", so that an author box or a comment after it does not hide it).
   */
  public static final double CLOSING_SHARE = 0.25;
  /** Most words of a label that opens a summary ("Key takeaways:", "The short version:"). */
  static final int MAX_LABEL_WORDS = 3;
  /**
   * How far over a Gopher limit a page's top n-gram share must go to count as stuffing. Gopher's limits
   * were set for filtering web text in bulk; on real documentation a licence page or an index of
   * attributes goes over them by up to 0.125, while the generated stuffed pages go over by 0.188 and
   * more (docs/detectors.md).
   */
  public static final double STUFFING_MARGIN = 0.05;
  /** Least share of a page's running-text blocks its stuffed n-gram must stand in. */
  public static final double MIN_STUFFED_SHARE = 1.0 / 3;
  /**
   * How far over its Gopher limit the top n-gram must go within the paragraphs it is packed into
   * (stuffing concentrated in a few paragraphs rather than sown through the page). On the real sites
   * this packed excess reaches 0.081 (9 of 4,836 pages above 0), the generated stuffed pages' 0.133 and
   * more. Single paragraphs of real pages go over by up to 0.35 (an XML listing, a contributors list),
   * which is why two are required.
   */
  public static final double DENSE_MARGIN = 0.1;
  /** Fewest paragraphs the top n-gram must be packed into, each holding it {@link #MIN_PACKED} times. */
  public static final int MIN_DENSE_BLOCKS = 2;
  /**
   * Fewest times a paragraph holds the top n-gram to count as packed with it. Twice is chance in a
   * paragraph of reference text ("the request ... the request"); the generated stuffed paragraphs hold
   * their phrase eight times and more.
   */
  public static final int MIN_PACKED = 3;
  /** Fewest words of running text in those paragraphs together. */
  public static final int MIN_DENSE_WORDS = 100;
  /** Fewest words of a paragraph judged for keyword phrases on its own. */
  public static final int MIN_PHRASED_WORDS = 50;
  /**
   * Fewest sentences of a paragraph judged for keyword phrases: stuffing is written as sentences,
   * while a listing of paths or a macro's code lines repeats its tokens without any.
   */
  public static final int MIN_PHRASED_SENTENCES = 4;
  /**
   * Least rate of a keyword phrase among a paragraph's content-word bigrams: three times is a phrase
   * worked into a paragraph of 60 words, and chance in one of 2,000 (a source file dumped as one
   * block).
   */
  public static final double MIN_PHRASE_RATE = 1.0 / 20;
  /**
   * Fewest of a paragraph's keyword phrases (bigrams) a label line must name for the paragraph to be
   * stuffed: a page that tags itself with the phrases its paragraph is made of.
   */
  public static final int MIN_NAMED_PHRASES = 2;
  /** Most words of a label line that names keyword phrases (a tag line, not a paragraph). */
  static final int MAX_NAMING_WORDS = 60;
  /** Fewest times a content-word bigram stands in one paragraph to count as its keyword phrase. */
  public static final int MIN_PHRASE_REPEATS = 3;
  /** Least share of a paragraph's content-word bigrams in its keyword phrases for it to be stuffed. */
  public static final double MIN_PHRASED_SHARE = 0.25;
  /**
   * Fewest items of one keyword line ("Tags: ...", comma-separated short phrases) that hold one
   * keyword phrase for the page to be stuffed: a tag line listing variants of one phrase. On real
   * pages such a line holds at most 5 (docs/detectors.md).
   */
  public static final int MIN_KEYWORD_VARIANTS = 6;
  /**
   * Fewest running-text paragraphs holding a sentence with one keyword phrase standing in it
   * {@link KeywordPhrases#MIN_SENTENCE_REPEATS} times for the page to be stuffed (docs/detectors.md).
   */
  public static final int MIN_STUFFED_BLOCKS = 3;
  /** Openings of a paragraph that sums the page up, normalised. */
  static final List<String> SUMMARY_CUES = List.of("summary", "in summary", "to summarize",
      "to summarise", "in conclusion", "to conclude", "conclusion", "to sum up", "in short",
      "all in all", "overall", "in a nutshell", "key takeaways", "final thoughts", "tl dr",
      "the bottom line", "in brief", "to recap", "recap");
  /** Gopher's limits on the character share of the top 2-, 3- and 4-gram. */
  public static final double[] GOPHER_TOP_NGRAM_LIMITS = {0.20, 0.18, 0.16};
  /** Least share of a block's tokens with a code mark for it to {@linkplain #readsAsCode read as code}. */
  static final double MIN_CODE_TOKEN_SHARE = 0.3;
  /** Chars that mark a token as code wherever they stand. */
  private static final String CODE_MARKS = "{}[];=<>";
  /**
   * Fewest short text blocks in a row, each {@linkplain ListRuns#alike alike} the one before it (no
   * heading, list item or other block between them), that make a list written as lines: a help
   * system's menu entries ("Choose Format - Align Text - Left."), a trait's "impl Sync for …" rows,
   * a page's closing fields. A text dump does not mark such lists, and each line names the same menu
   * or type; the stuffing measures count running-text paragraphs only. Short sentences that are not
   * alike (keyword phrases written a sentence a line) stay running text.
   */
  public static final int MIN_LIST_LINES = 3;
  /** Pages with fewer words than this are not judged for stuffing: a short text repeats by chance. */
  public static final int MIN_STUFFING_WORDS = 100;
  /** Text compressed for the ratio is cut to this many characters. */
  static final int MAX_COMPRESSED_CHARS = 200_000;

  /**
   * A page's figures.
   *
   * @param words words in its content blocks
   * @param repeatedParagraphs paragraphs that restate the rest of the page
   * @param repeatedWordShare share of the words in those paragraphs
   * @param topNgramShare character share of the top 2-, 3- and 4-gram
   * @param topWord the most frequent content word
   * @param topWordDensity its count over all words
   * @param compressionRatio raw bytes / deflated bytes; NaN when not measured
   * @param topNgramBlocks the running-text blocks each top n-gram stands in
   * @param textBlocks the page's running-text blocks (a short line repeating an earlier one left out)
   * @param denseExcess how far the top n-gram goes over its Gopher limit within the paragraphs it is
   *     packed into (the worst n; 0 when it is packed into fewer than {@link #MIN_DENSE_BLOCKS})
   * @param phrasedShare of the running-text paragraphs written as sentences ({@link
   *     #MIN_PHRASED_WORDS} words and {@link #MIN_PHRASED_SENTENCES} sentences or more), the largest
   *     share of one's content-word bigrams that are its keyword phrases (each standing in it {@link
   *     #MIN_PHRASE_REPEATS} times or more, and once in 1 / {@link #MIN_PHRASE_RATE} bigrams)
   * @param keywordVariants the most items of one keyword line holding one keyword phrase ({@link
   *     KeywordPhrases#keywordVariants})
   * @param stuffedBlocks the most running-text paragraphs holding a sentence stuffed with one
   *     keyword phrase ({@link KeywordPhrases#stuffedBlocks}), or closing with a sentence appended
   *     to name the title's keyword ({@link KeywordPhrases#appendedBlocks}), whichever is more
   * @param restatements the page's candidate {@linkplain Restatement restatements} (a lead or a box
   *     said again word for word), not counted in {@code repeatedParagraphs}: the cross-page stage
   *     counts those whose paragraphs stand on no other page of the host ({@link #withRestatements})
   */
  public record Figures(int words, int repeatedParagraphs, double repeatedWordShare,
      double[] topNgramShare, String topWord, double topWordDensity, double compressionRatio,
      int[] topNgramBlocks, int textBlocks, double denseExcess, double phrasedShare,
      int keywordVariants, int stuffedBlocks, List<Restatement> restatements) {

    public Figures {
      restatements = List.copyOf(restatements);
    }

    public Figures(int words, int repeatedParagraphs, double repeatedWordShare,
        double[] topNgramShare, String topWord, double topWordDensity, double compressionRatio,
        int[] topNgramBlocks, int textBlocks, double denseExcess, double phrasedShare,
        int keywordVariants, int stuffedBlocks) {
      this(words, repeatedParagraphs, repeatedWordShare, topNgramShare, topWord, topWordDensity,
          compressionRatio, topNgramBlocks, textBlocks, denseExcess, phrasedShare, keywordVariants,
          stuffedBlocks, List.of());
    }

    /**
     * These figures with {@code kept} (of {@link #restatements}, those the host does not repeat)
     * counted among the restating paragraphs.
     */
    public Figures withRestatements(List<Restatement> kept) {
      if (kept.isEmpty()) {
        return this;
      }
      int repeatedWords = (int) Math.round(repeatedWordShare * words);
      for (Restatement r : kept) {
        repeatedWords += r.words();
      }
      return new Figures(words, repeatedParagraphs + kept.size(),
          words == 0 ? 0 : (double) repeatedWords / words, topNgramShare, topWord, topWordDensity,
          compressionRatio, topNgramBlocks, textBlocks, denseExcess, phrasedShare, keywordVariants,
          stuffedBlocks, restatements);
    }

    public Figures(int words, int repeatedParagraphs, double repeatedWordShare,
        double[] topNgramShare, String topWord, double topWordDensity, double compressionRatio) {
      this(words, repeatedParagraphs, repeatedWordShare, topNgramShare, topWord, topWordDensity,
          compressionRatio, new int[] {Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE}, 0, 0, 0,
          0, 0);
    }

    /** How far the worst top-n-gram share goes over its Gopher limit (0 when within all limits). */
    public double stuffingExcess() {
      if (words < MIN_STUFFING_WORDS) {
        return 0.0;
      }
      double worst = 0;
      for (int i = 0; i < 3; i++) {
        worst = Math.max(worst, topNgramShare[i] - GOPHER_TOP_NGRAM_LIMITS[i]);
      }
      return worst;
    }

    /**
     * Whether the page is stuffed, sown or packed:
     * <ul>
     *   <li>sown: its worst top n-gram goes over its limit by more than {@link #STUFFING_MARGIN} over
     *       the page and stands in at least {@link #MIN_STUFFED_SHARE} of the page's running-text
     *       blocks (and two). A licence notice naming its licence in a few of a title page's many lines
     *       is not stuffing;
     *   <li>packed: within the paragraphs it is packed into (at least {@link #MIN_DENSE_BLOCKS}, each
     *       holding it {@link #MIN_PACKED} times or more, {@link #MIN_DENSE_WORDS} words together) it
     *       goes over its limit by more than {@link #DENSE_MARGIN}: a keyword phrase worked into every
     *       sentence of two paragraphs of an otherwise clean article is diluted below the limit over
     *       the whole page;
     *   <li>phrased: one paragraph written as sentences is made of keyword phrases, at least {@link
     *       #MIN_PHRASED_SHARE} of its content-word bigrams ({@link #phrasedShare}). A stuffed
     *       paragraph varies its phrases ("Looking for cheap prams? ... cheap buggies ... pram
     *       deals"), so no one n-gram goes over a limit, while together they make up the paragraph;
     *   <li>tagged: a keyword line lists {@link #MIN_KEYWORD_VARIANTS} or more variants of one
     *       phrase ("Tags: puppy teething tips, puppy teething tips 2026, ...");
     *   <li>stuffed sentences: {@link #MIN_STUFFED_BLOCKS} or more running-text paragraphs each hold
     *       a sentence made of one phrase said three times, or {@link
     *       KeywordPhrases#MIN_APPENDED_BLOCKS} or more close with a short sentence appended to name
     *       the title's keyword ({@link KeywordPhrases}).
     * </ul>
     */
    public boolean stuffed() {
      if (denseExcess > DENSE_MARGIN || phrasedShare >= MIN_PHRASED_SHARE
          || keywordVariants >= MIN_KEYWORD_VARIANTS || stuffedBlocks >= MIN_STUFFED_BLOCKS) {
        return true;
      }
      if (stuffingExcess() <= STUFFING_MARGIN) {
        return false;
      }
      int worst = 0;
      for (int i = 1; i < 3; i++) {
        if (topNgramShare[i] - GOPHER_TOP_NGRAM_LIMITS[i]
            > topNgramShare[worst] - GOPHER_TOP_NGRAM_LIMITS[worst]) {
          worst = i;
        }
      }
      return topNgramBlocks[worst] >= Math.max(2, MIN_STUFFED_SHARE * textBlocks);
    }
  }

  private TextQuality() {}

  /** Measures a page, tokenising it with the default word hash; computes the compression ratio. */
  public static Figures measure(Page page, double restatedShare) {
    return measure(page, Words.tokenize(page), restatedShare, true);
  }

  /** Measures a page from its words, without the blocks' fingerprints (made from the words). */
  public static Figures measure(Page page, PageWords words, double restatedShare, boolean compression) {
    return measure(page, words, null, restatedShare, compression);
  }

  /**
   * Measures a page from its words, tokenised once for all stages.
   *
   * @param compression whether to compute the compression ratio: Deflate costs more than all the
   *     other measures together (about 50 us for a 3 KB page), and the spam score gives it no weight,
   *     so a scan computes it only when asked; {@link Figures#compressionRatio} is NaN otherwise
   */
  public static Figures measure(Page page, PageWords words, long[] fingerprints, double restatedShare,
      boolean compression) {
    // Word identity is the 64-bit word hash, and an n-gram's key a mix of its words' hashes: two
    // distinct words or n-grams of one page collide with probability about 2^-64, so the counts are
    // exact in practice, and no string or boxed key is made (this detector runs on every page).
    // A short line that repeats an earlier line of the page (numbers folded: "See the 3.2 release
    // notes", "See the 3.1 release notes") is left out of the running text: a repeated line is
    // duplication, which Gopher filters by its own rule, not stuffing; reference pages repeat a label
    // or a cross-reference per entry.
    boolean[] running = runningText(page, words);
    boolean[] nearCopies = nearCopies(page, words, running);
    int total = 0;
    for (Block b : page.blocks()) {
      if (running[b.index()] && !nearCopies[b.index()]) {
        total += words.count(b.index());
      }
    }
    int[] all = new int[total]; // indexes into words of the running text's words, in order
    int[] blockOf = new int[total]; // the block of each of them
    int textBlocks = 0;
    int at = 0;
    // Repetition: a paragraph restates the page when its content bigrams were mostly said before it.
    // Only earlier text counts, so the restating paragraph is found and not the one it restates. The
    // table maps each bigram to 1 + the last block it was seen in: one probe tells a bigram new to the
    // page, one seen in an earlier block (shared), and a repeat within this block (not counted again).
    Scratch scratch = Scratch.get(total);
    LongCounts lastBlock = scratch.bigrams;
    lastBlock.reset(total);
    int blocks = page.blocks().size();
    scratch.fitBlocks(blocks);
    int[] sourceCount = scratch.sourceCounts; // per earlier block, this paragraph's bigrams from it
    int[] sourceStamp = scratch.sourceStamps; // per earlier block, 1 + the paragraph that counted it
    boolean[] prose = scratch.prose; // per block, whether it is a prose paragraph of the page's own
    java.util.Arrays.fill(prose, 0, blocks, false);
    boolean[] mirrors = scratch.mirrors; // per prose paragraph, whether it mirrors one earlier block
    java.util.Arrays.fill(mirrors, 0, blocks, false);
    java.util.Arrays.fill(sourceStamp, 0, blocks, 0);
    int proseSoFar = 0;
    List<int[]> candidates = new java.util.ArrayList<>(); // {prose ordinal, words}
    double phrased = 0; // the most phrase-packed running-text paragraph's share
    scratch.ngrams.reset(total);
    StringBuilder text = compression ? new StringBuilder() : null;
    for (Block b : page.blocks()) {
      if (TitleFacts.isFurniture(b)) {
        continue; // furniture and link lists (a site map, a contents page) are not the page's text
      }
      int block = b.index() + 1;
      int from = words.blockStart(b.index());
      int to = words.blockEnd(b.index());
      if (running[b.index()] && !nearCopies[b.index()]) {
        textBlocks += to > from ? 1 : 0;
        for (int i = from; i < to; i++) {
          blockOf[at] = b.index();
          all[at++] = i;
        }
      }
      if (text != null && text.length() < MAX_COMPRESSED_CHARS) {
        text.append(b.text()).append('\n');
      }
      int distinct = 0;
      int shared = 0;
      int sources = 0; // distinct earlier blocks the shared bigrams were last seen in
      int maxFromOne = 0;
      int coveredProse = 0; // of them, the page's own prose paragraphs
      long prev = 0;
      boolean hasPrev = false;
      for (int i = from; i < to; i++) {
        if (!words.isContent(i)) {
          continue;
        }
        long h = words.hash(i);
        if (hasPrev) {
          int was = lastBlock.exchange(pair(prev, h), block);
          if (was != block) {
            distinct++;
            if (was != 0) {
              shared++;
              int src = was - 1;
              if (sourceStamp[src] != block) {
                sourceStamp[src] = block;
                sourceCount[src] = 0;
                sources++;
                coveredProse += prose[src] ? 1 : 0;
              }
              maxFromOne = Math.max(maxFromOne, ++sourceCount[src]);
            }
          }
        }
        prev = h;
        hasPrev = true;
      }
      int n = to - from;
      if (running[b.index()] && n >= MIN_PHRASED_WORDS
          && sentences(b.text()) >= MIN_PHRASED_SENTENCES) {
        double share = phrasedShare(words, from, to, b.index(), scratch.ngrams);
        if (share >= MIN_PHRASED_SHARE && share > phrased
            && named(page, words, b.index(), scratch.ngrams)) {
          phrased = share;
        }
      }
      if (judged(b, n) && !TitleFacts.isInterface(b, words)) {
        if (distinct > 0 && (double) shared / distinct >= restatedShare && sources >= MIN_SOURCES
            && maxFromOne <= MAX_SOURCE_SHARE * shared && proseSoFar >= MIN_PRIOR_PARAGRAPHS
            && coveredProse >= MIN_COVERAGE * proseSoFar && opensAsConclusion(b.text())) {
          candidates.add(new int[] {proseSoFar, n, b.index()});
        }
        prose[b.index()] = true;
        mirrors[b.index()] = shared > 0 && maxFromOne >= Restatement.MIRROR_SHARE * distinct;
        proseSoFar++;
      }
    }
    int repeated = 0;
    int repeatedWords = 0;
    java.util.Set<Integer> counted = new java.util.HashSet<>();
    for (int[] c : candidates) {
      if (proseSoFar - 1 - c[0] <= CLOSING_SHARE * proseSoFar) {
        repeated++;
        repeatedWords += c[1];
        counted.add(c[2]);
      }
    }
    List<Restatement> restatements = new java.util.ArrayList<>(0);
    for (Restatement r : Restatement.find(page, words, prose, mirrors, fingerprints, lastBlock)) {
      if (!counted.contains(r.block())) {
        restatements.add(r);
      }
    }
    int stuffedBlocks = Math.max(KeywordPhrases.stuffedBlocks(page, words, running, scratch.ngrams),
        KeywordPhrases.appendedBlocks(page, running));
    Ngrams ngrams = ngrams(all, blockOf, words, scratch);
    int top = ngrams.topWord();
    return new Figures(total, repeated, total == 0 ? 0 : (double) repeatedWords / total,
        ngrams.topShares(), top < 0 ? "" : words.word(top),
        top < 0 ? 0 : (double) ngrams.topWordCount() / total,
        text == null ? Double.NaN : compressionRatio(text.toString()), ngrams.blocks(), textBlocks,
        ngrams.denseExcess(), phrased, KeywordPhrases.keywordVariants(page, words), stuffedBlocks,
        restatements);
  }

  /**
   * Whether a block reads as code: at least {@link #MIN_CODE_TOKEN_SHARE} of its space-separated
   * tokens hold a code mark ({@code ::}, a brace or square bracket, {@code ;}, {@code =}, {@code <},
   * {@code >}, a call's {@code (} right after a name, or a {@code .} or {@code _} between letters). A text dump (w3m's, or a page kept as .txt) does not mark
   * its code blocks, and an API page's examples name the type in every line: structure, not stuffing.
   * Prose holds such tokens now and then ("(see above)", "e.g."), far below that share.
   */
  static boolean readsAsCode(String text) {
    int tokens = 0;
    int code = 0;
    boolean inToken = false;
    boolean marked = false;
    int n = text.length();
    for (int i = 0; i <= n; i++) {
      char c = i < n ? text.charAt(i) : ' ';
      if (Character.isWhitespace(c)) {
        if (inToken) {
          tokens++;
          code += marked ? 1 : 0;
        }
        inToken = false;
        marked = false;
        continue;
      }
      inToken = true;
      if (!marked) {
        marked = CODE_MARKS.indexOf(c) >= 0
            || c == '(' && i > 0 && (Character.isLetterOrDigit(text.charAt(i - 1))
                || text.charAt(i - 1) == '_')
            || c == ':' && i + 1 < n && text.charAt(i + 1) == ':'
            || (c == '.' || c == '_') && i > 0 && i + 1 < n
                && Character.isLetter(text.charAt(i - 1)) && Character.isLetter(text.charAt(i + 1));
      }
    }
    return tokens > 0 && code >= MIN_CODE_TOKEN_SHARE * tokens;
  }

  /**
   * Which blocks are running text for the stuffing and word measures: {@linkplain #isText text} that
   * is not furniture, does not {@linkplain #readsAsCode read as code}, is not {@linkplain
   * #unreadable unreadable}, does not stand in a
   * {@linkplain ListRuns run} of {@link #MIN_LIST_LINES} or more list lines, and is not a short
   * line (under {@link #MIN_PARAGRAPH_WORDS} words) repeating an earlier running-text line of the page
   * with numbers folded.
   */
  private static boolean[] runningText(Page page, PageWords words) {
    boolean[] out = new boolean[page.blocks().size()];
    boolean[] listed = ListRuns.runs(page.blocks(), words,
        b -> !TitleFacts.isFurniture(b) && isText(b), MIN_LIST_LINES);
    java.util.Set<Long> lines = null;
    for (Block b : page.blocks()) {
      if (TitleFacts.isFurniture(b) || !isText(b) || listed[b.index()] || readsAsCode(b.text())
          || unreadable(b.text())) {
        continue;
      }
      int from = words.blockStart(b.index());
      int to = words.blockEnd(b.index());
      if (to - from < MIN_PARAGRAPH_WORDS) {
        long key = 0x5DEECE66DL;
        for (int i = from; i < to; i++) {
          key = Mix.fmix64(key * 0x9E3779B97F4A7C15L + (words.hasDigit(i) ? 0x2545F491L : words.hash(i)));
        }
        if (lines == null) {
          lines = new java.util.HashSet<>();
        }
        if (!lines.add(key)) {
          continue;
        }
      }
      out[b.index()] = true;
    }
    return out;
  }

  /**
   * Least share of the larger block's words (numbers folded, counted with their repeats) that two
   * blocks share for the later to be a {@linkplain #nearCopy near copy} of the earlier. Reference
   * entries repeat one template with a slot changed: Rust's intrinsics ("Compare packed unsigned
   * 16-bit integers in a and b for not-equal, and store the results in mask vector k." and again for
   * 32-bit, signed, less-than), LibreOffice's menu paths per application ("Choose Format - Align -
   * Top (LibreOffice Writer, LibreOffice Calc)."), a wizard's fields "principale" and "secondario"
   * swapped, a program's output printed twice. Counted as running text, the template's words went
   * over Gopher's limits in 22 of the 47 stuffing flags of real text 100k (docs/detectors.md). A
   * near copy is duplication, as an exact repeat is; keyword stuffing varies its sentences.
   */
  static final double NEAR_COPY_SHARE = 0.75;
  /** How many earlier running-text blocks a block is compared with for a near copy. */
  static final int NEAR_WINDOW = 8;
  /**
   * Fewest words of a block compared for a near copy: with fewer, one word in three changed is
   * already a different line ("Al centro", "A la izquierda"). A line with its slot changed counts
   * from 4 words ("Press Command Ctrl+I." and "Press Command Ctrl+U." in LibreOffice's help).
   */
  static final int MIN_NEAR_WORDS = 4;

  /**
   * Which running-text blocks ({@link #MIN_NEAR_WORDS} words or more) are {@linkplain #nearCopy
   * near copies} of one of the {@link #NEAR_WINDOW} running-text blocks before them: left out of
   * Gopher's n-gram measures, as an exact repeat of a short line is. The keyword measures
   * ({@link KeywordPhrases}, {@link #phrasedShare}) still read them: a stuffed sentence appended to
   * paragraphs that differ in one word is still stuffing.
   */
  private static boolean[] nearCopies(Page page, PageWords words, boolean[] running) {
    boolean[] out = new boolean[running.length];
    long[][] recent = new long[NEAR_WINDOW][]; // the last paragraphs' folded word keys, sorted
    int seen = 0;
    for (Block b : page.blocks()) {
      int from = words.blockStart(b.index());
      int to = words.blockEnd(b.index());
      if (!running[b.index()] || to - from < MIN_NEAR_WORDS) {
        continue;
      }
      long[] keys = foldedKeys(words, from, to);
      for (int k = 0; k < Math.min(seen, NEAR_WINDOW) && !out[b.index()]; k++) {
        out[b.index()] = nearCopy(keys, recent[k]);
      }
      recent[seen++ % NEAR_WINDOW] = keys;
    }
    return out;
  }

  /** A block's word keys, numbers folded to one key, sorted. */
  private static long[] foldedKeys(PageWords words, int from, int to) {
    long[] keys = new long[to - from];
    for (int i = from; i < to; i++) {
      keys[i - from] = words.hasDigit(i) ? 0x2545F491L : words.hash(i);
    }
    java.util.Arrays.sort(keys);
    return keys;
  }

  /**
   * Whether two blocks' sorted word keys share {@link #NEAR_COPY_SHARE} of the larger's words or more,
   * each word counted as often as both hold it.
   */
  static boolean nearCopy(long[] a, long[] b) {
    int larger = Math.max(a.length, b.length);
    int need = (int) Math.ceil(NEAR_COPY_SHARE * larger);
    if (Math.min(a.length, b.length) < need) {
      return false;
    }
    int shared = 0;
    for (int i = 0, j = 0; i < a.length && j < b.length; ) {
      if (a[i] == b[j]) {
        shared++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return shared >= need;
  }

  /**
   * Least share of a block's non-space characters that are U+FFFD (bytes that could not be decoded)
   * for it to be unreadable. A page kept with its text lost that way (Apache's Korean pages in the
   * real-text corpus: 1,265 of 5,780 characters) still has its Latin identifiers
   * ("mod_charset_lite", "CharsetDefault"), and counted alone they went over Gopher's limits as if
   * stuffed. A Latin-1 page read as UTF-8 loses its accented letters only, far below this share.
   */
  static final double MIN_UNREADABLE_SHARE = 1.0 / 3;

  /** Whether {@link #MIN_UNREADABLE_SHARE} or more of a text's non-space characters are U+FFFD. */
  static boolean unreadable(String text) {
    int lost = 0;
    int chars = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c)) {
        chars++;
        lost += c == '\uFFFD' ? 1 : 0;
      }
    }
    return lost > 0 && lost >= MIN_UNREADABLE_SHARE * chars;
  }

  /**
   * One thread's working tables, reused from page to page so that they stay in its cache: allocating
   * fresh ones per page made the first probes of each slot cache misses (JMH: KernelBenchmarks.textQuality).
   * A page too big for the kept tables gets tables of its own, so a huge page does not pin memory.
   */
  private static final class Scratch {
    /** Most words a page may have for the kept tables to serve it. */
    static final int KEEP_WORDS = 1 << 15;
    private static final ThreadLocal<Scratch> KEPT = ThreadLocal.withInitial(() -> new Scratch(1024));

    final LongCounts bigrams;
    final LongCounts ngrams;
    int[] sourceCounts = new int[64];
    int[] sourceStamps = new int[64];
    boolean[] prose = new boolean[64];
    boolean[] mirrors = new boolean[64];
    long[] keys;
    int[] slots;
    int[] repeats;

    private Scratch(int words) {
      bigrams = new LongCounts(words);
      ngrams = new LongCounts(words);
      keys = new long[words];
      slots = new int[words];
      repeats = new int[words];
    }

    static Scratch get(int words) {
      return words <= KEEP_WORDS ? KEPT.get() : new Scratch(words);
    }

    void fitBlocks(int blocks) {
      if (prose.length < blocks) {
        sourceCounts = new int[blocks];
        sourceStamps = new int[blocks];
        prose = new boolean[blocks];
        mirrors = new boolean[blocks];
      }
    }

    void fit(int words) {
      if (keys.length < words) {
        keys = new long[words];
        slots = new int[words];
        repeats = new int[words];
      }
    }
  }

  /**
   * Whether a block is running text, whose words the stuffing and word-density measures count: not a
   * heading, list item, table cell or code. Reference pages repeat their subject's name in every
   * entry of a list or table ("Django 3.2.1 release notes", "Module: core"), which is structure, not
   * stuffing; stuffing is written into paragraphs.
   */
  private static boolean isText(Block b) {
    return b.kind() == BlockKind.PARAGRAPH || b.kind() == BlockKind.OTHER
        || b.kind() == BlockKind.QUOTE || b.kind() == BlockKind.CAPTION;
  }

  /** Whether a block is a paragraph long enough to be judged for restating: prose, not code. */
  private static boolean judged(Block b, int words) {
    return !b.chrome() && words >= MIN_PARAGRAPH_WORDS && (b.kind() == BlockKind.PARAGRAPH
        || b.kind() == BlockKind.OTHER || b.kind() == BlockKind.QUOTE);
  }

  /**
   * Whether a paragraph opens as a conclusion: with a {@linkplain #hasSummaryCue summary cue}, or with
   * a short label and a colon ("Key takeaways:", "The short version:", "Bottom line:"), the way
   * content templates head the recap that closes an article.
   */
  static boolean opensAsConclusion(String text) {
    return hasSummaryCue(text) || opensWithLabel(text);
  }

  /**
   * Fewest letters of a label that opens a summary: "P:" heading a line of a Rust signature's bounds
   * is no label of a recap.
   */
  static final int MIN_LABEL_LETTERS = 3;

  /**
   * Whether the text opens with 1..{@link #MAX_LABEL_WORDS} words of letters, a colon and a space,
   * the first word capitalised, as a label heading a recap is ("Key takeaways:", "The short
   * version:"), and {@link #MIN_LABEL_LETTERS} letters or more. A lower-case word before a colon is
   * an identifier of reference documentation: a parameter described ("sheetname: The name of the
   * sheet ...", "wholerow : si défini sur False ..." in LibreOffice's ScriptForge help) or a
   * compiler's diagnostic level ("warning: ...", "error: ..." in the rustc book's lint examples),
   * which restate the entry above them and, with "P:" opening a Rust signature's bounds, were all 8
   * restating pages of 20,000 real-text pages (docs/detectors.md).
   */
  static boolean opensWithLabel(String text) {
    if (text.isEmpty() || !Character.isUpperCase(text.charAt(0))) {
      return false;
    }
    int n = Math.min(text.length(), 40);
    int words = 0;
    int letters = 0;
    boolean inWord = false;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == ':') {
        return words > 0 && words <= MAX_LABEL_WORDS && letters >= MIN_LABEL_LETTERS
            && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1));
      }
      letters += Character.isLetter(c) ? 1 : 0;
      if (Character.isLetter(c) || ((c == '\'' || c == '’' || c == '-') && inWord)) {
        words += inWord ? 0 : 1;
        inWord = true;
      } else if (c == ' ' && i > 0) {
        inWord = false;
      } else {
        return false; // a digit, a mark or a link: not a label
      }
    }
    return false;
  }

  /** Longest identifier read before a colon ({@link #opensWithIdentifier}), in chars. */
  static final int MAX_IDENTIFIER_CHARS = 40;

  /**
   * Whether the text opens with an identifier, a colon and a space: one token of letters, digits and
   * {@code _ . -}, with {@link #MIN_LABEL_LETTERS} letters or more, that starts in lower case or
   * holds a capital, a digit or an underscore inside ("macroexecution:", "destinationcell:",
   * "FileName:", "max_connections:"). That is a definition list's entry of reference documentation:
   * a parameter, an option or a field described under its name. A capitalised word before a colon
   * ("Update:", "Note:") is a label of prose ({@link #opensWithLabel}), not an identifier.
   */
  static boolean opensWithIdentifier(String text) {
    int n = Math.min(text.length(), MAX_IDENTIFIER_CHARS + 1);
    int letters = 0;
    boolean inner = false;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == ':') {
        return i > 0 && letters >= MIN_LABEL_LETTERS && i + 1 < text.length()
            && Character.isWhitespace(text.charAt(i + 1))
            && (Character.isLowerCase(text.charAt(0)) || inner);
      }
      if (Character.isLetter(c)) {
        letters++;
        inner |= i > 0 && Character.isUpperCase(c);
      } else if (Character.isDigit(c) || c == '_') {
        inner |= i > 0;
      } else if (c != '.' && c != '-' || i == 0) {
        return false; // a space, a mark: more than one token, or none
      }
    }
    return false;
  }

  /** Whether the text opens with a summary cue ("In summary,", "Summary:", "In conclusion"). */
  static boolean hasSummaryCue(String text) {
    List<String> w = Words.of(text.length() > 60 ? text.substring(0, 60) : text);
    for (String cue : SUMMARY_CUES) {
      String[] c = cue.split(" ");
      if (c.length <= w.size()) {
        boolean match = true;
        for (int i = 0; i < c.length && match; i++) {
          match = c[i].equals(w.get(i));
        }
        if (match) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The share of a paragraph's content-word bigrams (stop words skipped, as for repetition) that
   * stand in it {@link #MIN_PHRASE_REPEATS} times or more. Keys carry the block, so one table serves
   * the page without clearing.
   */
  private static double phrasedShare(PageWords words, int from, int to, int block, LongCounts counts) {
    long salt = Mix.fmix64(block + 1L);
    int bigrams = 0;
    long prev = 0;
    boolean hasPrev = false;
    for (int i = from; i < to; i++) {
      if (!words.isContent(i)) {
        continue;
      }
      long h = words.hash(i);
      if (hasPrev) {
        counts.increment(pair(prev, h) ^ salt);
        bigrams++;
      }
      prev = h;
      hasPrev = true;
    }
    if (bigrams == 0) {
      return 0;
    }
    int least = Math.max(MIN_PHRASE_REPEATS, (int) Math.ceil(bigrams * MIN_PHRASE_RATE));
    int phrased = 0;
    hasPrev = false;
    for (int i = from; i < to; i++) {
      if (!words.isContent(i)) {
        continue;
      }
      long h = words.hash(i);
      if (hasPrev && counts.get(pair(prev, h) ^ salt) >= least) {
        phrased++;
      }
      prev = h;
      hasPrev = true;
    }
    return (double) phrased / bigrams;
  }

  /**
   * Counts the sentences of a text: a stop ({@code .}, {@code ?}, {@code !}) before a space and a
   * capital (or an opening "¿", "¡" or quote), and the text's own end.
   */
  static int sentences(String text) {
    int count = Words.endsSentence(text) ? 1 : 0;
    int n = text.length();
    for (int i = 0; i + 2 < n; i++) {
      char c = text.charAt(i);
      if ((c == '.' || c == '?' || c == '!') && text.charAt(i + 1) == ' ') {
        char next = text.charAt(i + 2);
        if (Character.isUpperCase(next) || next == '¿' || next == '¡' || next == '"' || next == '“'
            || next == '«') {
          count++;
        }
      }
    }
    return count;
  }

  /**
   * Whether a label line of the page ("Tags: ...", "Keywords: ...", "Categories: ...", furniture
   * too) names at least {@link #MIN_NAMED_PHRASES} of the keyword phrases of a paragraph, whose
   * bigrams {@link #phrasedShare} has just counted.
   */
  private static boolean named(Page page, PageWords words, int block, LongCounts counts) {
    int from = words.blockStart(block);
    int to = words.blockEnd(block);
    int bigrams = 0;
    boolean hasPrev = false;
    for (int i = from; i < to; i++) {
      if (words.isContent(i)) {
        bigrams += hasPrev ? 1 : 0;
        hasPrev = true;
      }
    }
    int least = Math.max(MIN_PHRASE_REPEATS, (int) Math.ceil(bigrams * MIN_PHRASE_RATE));
    long salt = Mix.fmix64(block + 1L);
    for (Block b : page.blocks()) {
      if (b.index() == block || words.count(b.index()) > MAX_NAMING_WORDS || !opensWithLabel(b.text())) {
        continue;
      }
      int named = 0;
      long prev = 0;
      hasPrev = false;
      for (int i = words.blockStart(b.index()); i < words.blockEnd(b.index()); i++) {
        if (!words.isContent(i)) {
          continue;
        }
        long h = words.hash(i);
        if (hasPrev && counts.get(pair(prev, h) ^ salt) >= least && ++named >= MIN_NAMED_PHRASES) {
          return true;
        }
        prev = h;
        hasPrev = true;
      }
    }
    return false;
  }

  /** An order-sensitive key of two word hashes. */
  static long pair(long a, long b) {
    return Mix.fmix64(a * 0x9E3779B97F4A7C15L + b);
  }

  /**
   * The word and n-gram counts of a page's content words.
   *
   * @param topShares Gopher's top 2-, 3- and 4-gram character shares
   * @param topWord index (into the page's words) of an occurrence of the most frequent content word,
   *     ties going to the alphabetically first; -1 when there is no content word
   * @param topWordCount its count
   * @param blocks per n, the running-text blocks the top n-gram stands in
   * @param denseExcess the worst excess over its Gopher limit of a top n-gram within the blocks that
   *     hold it {@link #MIN_PACKED} times or more, when there are {@link #MIN_DENSE_BLOCKS} of
   *     {@link #MIN_DENSE_WORDS} words together; 0 otherwise
   */
  record Ngrams(double[] topShares, int topWord, int topWordCount, int[] blocks, double denseExcess) {}

  /**
   * Counts words, then 2-, 3- and 4-grams, for Gopher's measure: characters of the most frequent
   * n-gram's occurrences over all word characters; among n-grams of equal count the one that reached it
   * first in reading order counts.
   *
   * <p>An n-gram that occurs twice has both its (n-1)-gram parts occurring twice, so each pass counts
   * only the positions where both parts repeat: in ordinary prose the 3- and 4-gram passes see a few
   * percent of the positions. The count of every n-gram that occurs more than once, and so the answer,
   * is unchanged. The tables are sized so that they never grow, and each position keeps its slot, so
   * final counts are read without probing again.
   */
  static Ngrams ngrams(int[] all, PageWords words) {
    return ngrams(all, new int[all.length], words, Scratch.get(all.length));
  }

  // The loops below are one small method each: as one 800-byte method, called once a page with
  // loops of hundreds of positions, it was compiled by C2 on stack replacement once per loop (five
  // OSR compilations in a scan of 20,000 real pages, besides the ordinary ones; -XX:+PrintCompilation).
  private static Ngrams ngrams(int[] all, int[] blockOf, PageWords words, Scratch scratch) {
    int m = all.length;
    scratch.fit(m);
    LongCounts counts = scratch.ngrams;
    counts.reset(m);
    long chars = countWords(all, words, scratch, m);
    // Words: the top content word, ties to the alphabetically first (compared in place, among ties).
    int topCount = topWordCount(all, words, scratch, m);
    int top = topWord(all, words, scratch, m, topCount);
    leaveOutIdentifiers(all, words, scratch, m);
    double[] out = new double[3];
    int[] blocks = new int[3];
    double dense = 0;
    if (chars == 0) {
      return new Ngrams(out, top, topCount, blocks, dense);
    }
    for (int n = 2; n <= 4; n++) {
      int best = countPass(n, all, words, scratch, m);
      int bestCount = best < 0 ? 0 : scratch.repeats[best];
      if (bestCount < 2) {
        break; // no n-gram repeats, so no longer one does
      }
      int gramChars = 0;
      for (int j = best; j < best + n; j++) {
        gramChars += words.length(all[j]);
      }
      Packing packing = packing(all, blockOf, words, scratch, m, m - n, scratch.keys[best]);
      blocks[n - 2] = packing.blocks;
      out[n - 2] = Math.min(1.0, (double) bestCount * gramChars / chars);
      if (packing.packedBlocks >= MIN_DENSE_BLOCKS && packing.packedWords >= MIN_DENSE_WORDS) {
        dense = Math.max(dense, Math.min(1.0, (double) packing.packedCount * gramChars
            / packing.packedChars) - GOPHER_TOP_NGRAM_LIMITS[n - 2]);
      }
    }
    return new Ngrams(out, top, topCount, blocks, dense);
  }

  /**
   * Takes the parts of identifiers, paths and addresses ({@link PageWords#identifierPart}) out of the
   * n-gram passes, as if they occurred once: their words still count as characters of the text, but
   * no n-gram holds them. A macro's example lines in a text dump ("MsgBox SF_String.Represent(...)"
   * seven times in one block, ScriptForge's help in every language) name the service in every call,
   * and their quoted strings keep the block under the {@linkplain #readsAsCode code} share; Gopher
   * measures words of prose, and a keyword phrase is written as words.
   */
  private static void leaveOutIdentifiers(int[] all, PageWords words, Scratch scratch, int m) {
    int[] repeats = scratch.repeats;
    for (int i = 0; i < m; i++) {
      if (repeats[i] >= 2 && words.identifierPart(all[i])) {
        repeats[i] = 1;
      }
    }
  }

  /** Counts each word: its key and slot per position; returns the words' chars. */
  private static long countWords(int[] all, PageWords words, Scratch scratch, int m) {
    long[] keys = scratch.keys; // keys[i]: the key of the n-gram at i, extended a word each pass
    int[] slots = scratch.slots;
    LongCounts counts = scratch.ngrams;
    long chars = 0;
    for (int i = 0; i < m; i++) {
      chars += words.length(all[i]);
      keys[i] = words.hash(all[i]);
      slots[i] = counts.incrementAt(keys[i]);
    }
    return chars;
  }

  /** Sets each position's final word count; returns the top count of a content word. */
  private static int topWordCount(int[] all, PageWords words, Scratch scratch, int m) {
    int[] slots = scratch.slots;
    int[] repeats = scratch.repeats; // after a pass: the final count of the n-gram at i, 0 if not counted
    LongCounts counts = scratch.ngrams;
    int topCount = 0;
    for (int i = 0; i < m; i++) {
      repeats[i] = counts.countAt(slots[i]);
      if (words.isContent(all[i])) {
        topCount = Math.max(topCount, repeats[i]);
      }
    }
    return topCount;
  }

  /**
   * The top content word, ties to the alphabetically first. Each tied word is compared once, at its
   * first occurrence: its slot is then marked (the table is cleared for the n-gram passes). When the
   * top count is low, many words tie; comparing at every occurrence, each comparison searching both
   * words' blocks, was 3.5% of a 100k scan's samples (JFR).
   */
  private static int topWord(int[] all, PageWords words, Scratch scratch, int m, int topCount) {
    int[] slots = scratch.slots;
    LongCounts counts = scratch.ngrams;
    int top = -1;
    for (int i = 0; i < m; i++) {
      int s = slots[i];
      if (counts.countAt(s) == topCount && words.isContent(all[i])) {
        counts.markAt(s);
        if (top < 0 || words.compareWords(all[i], top) < 0) {
          top = all[i];
        }
      }
    }
    return top;
  }

  /**
   * Counts the n-grams at the positions where both (n-1)-gram parts repeat and leaves each counted
   * position's final count in {@code repeats} (0 elsewhere); returns the position of the top n-gram,
   * the one that reached the top count first, or -1 when none was counted.
   */
  private static int countPass(int n, int[] all, PageWords words, Scratch scratch, int m) {
    long[] keys = scratch.keys;
    int[] slots = scratch.slots;
    int[] repeats = scratch.repeats;
    LongCounts counts = scratch.ngrams;
    counts.clear();
    int best = -1;
    int bestCount = 0;
    int last = m - n; // last start position of an n-gram
    for (int i = 0; i <= last; i++) {
      if (repeats[i] < 2 || repeats[i + 1] < 2) {
        repeats[i] = 0;
        continue;
      }
      keys[i] = Mix.fmix64(keys[i] * 0x9E3779B97F4A7C15L + words.hash(all[i + n - 1]));
      slots[i] = counts.incrementAt(keys[i]);
      repeats[i] = -1; // counted in this pass
      int c = counts.countAt(slots[i]);
      if (c > bestCount) {
        bestCount = c;
        best = i;
      }
    }
    for (int i = 0; i <= last; i++) {
      if (repeats[i] == -1) {
        repeats[i] = counts.countAt(slots[i]);
      }
    }
    if (last + 1 < m) {
      repeats[last + 1] = 0;
    }
    // The n-gram at best holds the top count: a later occurrence of it would have counted past it.
    return best;
  }

  /**
   * The blocks the top n-gram (key {@code bestKey}) stands in, and those that hold it
   * {@link #MIN_PACKED} times or more (packed): positions run in reading order, so blocks only grow.
   */
  private static Packing packing(int[] all, int[] blockOf, PageWords words, Scratch scratch, int m,
      int last, long bestKey) {
    long[] keys = scratch.keys;
    int[] repeats = scratch.repeats;
    int block = -1;
    int inBlock = 0;
    long blockChars = 0;
    int blockWords = 0;
    Packing packing = new Packing();
    // The loop stops before m and the last block is closed after it. The loop to m it replaces read
    // blockOf[i] only below m, and C2 (seeing the i == m exit rarely) hoisted a check over the whole
    // loop that then failed: JFR logged a "predicate" deoptimisation at that loop in each of three
    // recordings, and the method ran interpreted while C2 compiled it again (in one scan of 20,000
    // real pages, 87 of its 107 samples).
    for (int i = 0; i < m; i++) {
      if (blockOf[i] != block) {
        packing.close(inBlock, blockChars, blockWords);
        block = blockOf[i];
        inBlock = 0;
        blockChars = 0;
        blockWords = 0;
      }
      blockChars += words.length(all[i]);
      blockWords++;
      if (i <= last && repeats[i] >= 2 && keys[i] == bestKey) {
        inBlock++;
      }
    }
    packing.close(inBlock, blockChars, blockWords);
    return packing;
  }

  /** The blocks holding a top n-gram and those packed with it, counted as each block closes. */
  private static final class Packing {
    int blocks;
    int packedBlocks;
    int packedCount;
    long packedChars;
    int packedWords;

    void close(int inBlock, long blockChars, int blockWords) {
      if (inBlock > 0) {
        blocks++;
      }
      if (inBlock >= MIN_PACKED) {
        packedBlocks++;
        packedCount += inBlock;
        packedChars += blockChars;
        packedWords += blockWords;
      }
    }
  }

  /**
   * Raw UTF-8 bytes over Deflate-compressed bytes (Ntoulas et al. 2006, "compressibility"), at zlib's
   * fastest level: about twice the speed of the default level for ratios about 6% lower, and the measure
   * ranks pages; it is not compared with other tools' figures.
   */
  static double compressionRatio(String text) {
    byte[] raw = text.getBytes(StandardCharsets.UTF_8);
    if (raw.length == 0) {
      return 0;
    }
    Deflater d = new Deflater(Deflater.BEST_SPEED);
    try {
      d.setInput(raw);
      d.finish();
      byte[] buf = new byte[8192];
      long out = 0;
      while (!d.finished()) {
        out += d.deflate(buf);
      }
      return (double) raw.length / Math.max(1, out);
    } finally {
      d.end();
    }
  }
}
