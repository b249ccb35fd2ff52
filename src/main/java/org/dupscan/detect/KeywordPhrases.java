package org.dupscan.detect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dupscan.extract.Block;
import org.dupscan.extract.BlockKind;
import org.dupscan.extract.Page;
import org.dupscan.internal.LongCounts;
import org.dupscan.internal.Mix;
import org.dupscan.text.PageWords;
import org.dupscan.text.TextNormalizer;
import org.dupscan.text.WordTokenizer;

/**
 * Three forms of keyword stuffing that stay under Gopher's limits over the page ({@link TextQuality}
 * reads them into its figures):
 * <ul>
 *   <li>a <em>keyword line</em>: a line of comma-separated short phrases ("Tags: puppy teething
 *       tips, puppy teething tips 2026, puppy teething tips online, ...") of which many are variants
 *       of one phrase: {@link #keywordVariants} counts the most items of one line holding one
 *       content-word bigram. A tag line or a keyword list of a real page names distinct things
 *       ("Tags: apache, proxy, ssl"); the real lists whose items share a word pair are lists of
 *       identifiers or formats ("FORECAST.ETS.ADD, FORECAST.ETS.MULT, ...", "DD/MM/YY, MM/DD/YY,
 *       ..."), whose joined tokens are no phrase (docs/detectors.md has the distribution on real
 *       pages). Items stand between commas, or between middle dots, bullets or bars as a
 *       "related searches" widget prints them ("Related searches: jazz brunch · jazz brunch tickets
 *       · near me jazz brunch · ..."); a head of one word counts when it is an item of its own too;
 *   <li><em>appended sentences</em>: a short sentence naming the page's keyword (a word pair of its
 *       title) that closes paragraph after paragraph in a frame of its own ("Compare nappy bags
 *       before you order.", "Köp vita väggar billigt online."): {@link #appendedBlocks};
 *   <li><em>stuffed sentences</em>: a sentence holding one phrase three times ("This easy sourdough
 *       focaccia recipe is the best easy sourdough focaccia recipe and my family's favourite easy
 *       sourdough focaccia recipe of all time."), appended to several paragraphs of an otherwise clean
 *       page: {@link #stuffedBlocks} counts the running-text paragraphs holding such a sentence for one
 *       content-word bigram. Prose names a thing three times in one sentence now and then ("the error
 *       log ... error_log ... error.log"), but not in sentence after sentence of paragraph after
 *       paragraph.
 * </ul>
 * Words are compared as {@link Words#of} normalises them, content words only (stop words and
 * numbers skipped), as the phrased-paragraph measure does.
 */
final class KeywordPhrases {

  /** Fewest times a content-word bigram stands in one sentence for the sentence to be stuffed. */
  static final int MIN_SENTENCE_REPEATS = 3;
  /** Most words of an item of a keyword line: a phrase, not a clause of a sentence. */
  static final int MAX_ITEM_WORDS = 10;
  /**
   * Least share of a keyword line's items that hold its phrase: a list of date formats shares "MM DD"
   * among half of its items.
   */
  static final double MIN_VARIANT_SHARE = 2.0 / 3;
  /**
   * Least share of a stuffed sentence's words covered by its phrase's occurrences: the phrase makes
   * up the sentence ("Click for homebrew yeast help, cheap homebrew yeast help, fast homebrew yeast
   * help."; the generated stuffed sentences cover 0.47 and more), while prose that names a thing
   * three times does so among other words ("Move the contents of the hidden cells into the first
   * cell: the actual contents of the hidden cells are ...", LibreOffice help: 0.18).
   */
  static final double MIN_SENTENCE_COVER = 0.4;
  /** Most words of a paragraph's closing sentence read as an appended keyword sentence. */
  static final int MAX_APPENDED_WORDS = 12;
  /** Fewest paragraphs closing with a sentence that names one keyword phrase. */
  static final int MIN_APPENDED_BLOCKS = 4;
  /**
   * Least share of a phrase's closing sentences with a word on each side of it that no other of
   * them has: the phrase is what repeats, its frame varies.
   */
  static final double MIN_FRAME_SHARE = 0.5;
  /** Most characters read back from a paragraph's end for its closing sentence (a cap). */
  static final int MAX_CLOSING_CHARS = 400;
  /** Fewest items of a keyword line. */
  static final int MIN_ITEMS = 4;
  /** Most words of a keyword line: longer blocks are not read as one (a cap on untrusted input). */
  static final int MAX_LINE_WORDS = 200;

  private KeywordPhrases() {}

  /**
   * The most items of one keyword line of the page that hold one content-word bigram; 0 when no
   * block is a keyword line. A keyword line is a block of at most {@link #MAX_LINE_WORDS} words that
   * does not {@linkplain TextQuality#readsAsCode read as code} (an enum's constants listed
   * "apache2.AUTHZ_DENIED, apache2.AUTHZ_GRANTED, ..." share theirs), is not preformatted, and after
   * a label ("Tags:", "Keywords:", "Etiquetas:") splits at {@linkplain #separatesItems separators}
   * (commas, middle dots, bullets, bars) into at least {@link #MIN_ITEMS}
   * items of at most {@link #MAX_ITEM_WORDS} words each. Furniture counts: a tag line is links.
   */
  static int keywordVariants(Page page, PageWords words) {
    int best = 0;
    for (Block b : page.blocks()) {
      int n = words.count(b.index());
      if (n >= MIN_HASHTAGS && b.text().length() <= MAX_HASHTAG_CHARS && b.text().indexOf('#') >= 0) {
        best = Math.max(best, hashtagVariants(b.text()));
      }
      if (n < 2 * MIN_ITEMS || n > MAX_LINE_WORDS || b.kind() == BlockKind.PREFORMATTED
          || separators(b.text()) < MIN_ITEMS - 1 || TextQuality.readsAsCode(b.text())) {
        continue;
      }
      best = Math.max(best, variants(b.text()));
    }
    return best;
  }

  /** Fewest hashtags of a line read as a hashtag run. */
  static final int MIN_HASHTAGS = 8;
  /** Least share of a line's tokens that are hashtags for it to be a hashtag run. */
  static final double MIN_HASHTAG_SHARE = 0.8;
  /** Longest line read as a hashtag run, in chars: a cap on the work per block. */
  static final int MAX_HASHTAG_CHARS = 1_500;
  /** Fewest chars of a hashtag that counts as a piece of another ("#for" in "#plotforrent"). */
  static final int MIN_PIECE_CHARS = 2;

  /**
   * In a hashtag run ({@link #MIN_HASHTAGS} hashtags or more, {@link #MIN_HASHTAG_SHARE} of the line's
   * tokens), how many tags are one phrase's variants: a tag written as two or more other tags of the
   * line run together ("#allotmentplot", "#plotfor", "#allotmentplotforrent", with a year after it
   * or not: "#allotmentplotforrent2026"), or a tag that is such a piece ("#allotment", "#plot").
   * Stuffed hashtag runs spell one keyword phrase every way; the tags of an ordinary post name
   * distinct things ("#python #django #webdev"), none made of the others.
   */
  static int hashtagVariants(String text) {
    // A text dump wraps a long run of tags after a "#" as well as before it ("#plotfor #" and
    // "forrent" on the next line), so a lone "#" tags the token after it.
    String[] tokens = text.trim().split("\\s+");
    java.util.Set<String> tags = new java.util.LinkedHashSet<>();
    int hashtags = 0;
    int items = 0;
    for (int k = 0; k < tokens.length; k++) {
      items++;
      String t = tokens[k];
      if (t.equals("#") && k + 1 < tokens.length) {
        t = "#" + tokens[++k];
      }
      if (t.length() > 1 && t.charAt(0) == '#') {
        hashtags++;
        int end = t.length();
        while (end > 1 && !Character.isLetterOrDigit(t.charAt(end - 1))) {
          end--;
        }
        if (end > 1) {
          tags.add(t.substring(1, end).toLowerCase(java.util.Locale.ROOT));
        }
      }
    }
    if (hashtags < MIN_HASHTAGS || hashtags < MIN_HASHTAG_SHARE * items) {
      return 0;
    }
    java.util.Set<String> variants = new java.util.HashSet<>();
    for (String tag : tags) {
      int end = tag.length();
      while (end > 0 && Character.isDigit(tag.charAt(end - 1))) {
        end--;
      }
      String stem = tag.substring(0, end);
      if (end < tag.length() && end > 0 && tags.contains(stem)) {
        variants.add(tag); // the phrase's tag with a year after it
        variants.add(stem);
      }
      List<String> pieces = pieces(stem, tag, tags);
      if (pieces.size() >= 2) {
        variants.add(tag);
        variants.addAll(pieces);
      }
    }
    return variants.size();
  }

  /**
   * The other tags of {@code tags} that {@code word} is written as, run together in order, or an
   * empty list when it is not made of them: the split with the fewest pieces, found by a walk over
   * the word's positions (each reached by the fewest pieces so far).
   */
  private static List<String> pieces(String word, String self, java.util.Set<String> tags) {
    int n = word.length();
    if (n < 2 * MIN_PIECE_CHARS) {
      return List.of();
    }
    int[] fewest = new int[n + 1];
    int[] from = new int[n + 1];
    java.util.Arrays.fill(fewest, Integer.MAX_VALUE);
    fewest[0] = 0;
    for (int i = 0; i < n; i++) {
      if (fewest[i] == Integer.MAX_VALUE) {
        continue;
      }
      for (int j = i + MIN_PIECE_CHARS; j <= n; j++) {
        String piece = word.substring(i, j);
        if (!piece.equals(self) && fewest[i] + 1 < fewest[j] && tags.contains(piece)) {
          fewest[j] = fewest[i] + 1;
          from[j] = i;
        }
      }
    }
    if (fewest[n] == Integer.MAX_VALUE || fewest[n] < 2) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (int j = n; j > 0; j = from[j]) {
      out.add(word.substring(from[j], j));
    }
    return out;
  }

  /**
   * Whether a character separates the items of a keyword line: a comma ("Tags: a, b, c"), a middle
   * dot or bullet ("Related searches: a · b · c", as search and tag widgets print them) or a bar.
   */
  static boolean separatesItems(char c) {
    return c == ',' || c == '·' || c == '•' || c == '|';
  }

  private static int separators(String text) {
    int c = 0;
    for (int i = 0; i < text.length(); i++) {
      c += separatesItems(text.charAt(i)) ? 1 : 0;
    }
    return c;
  }

  /** The items of a keyword line: its text split at each {@linkplain #separatesItems separator}. */
  private static List<String> items(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || separatesItems(text.charAt(i))) {
        out.add(text.substring(start, i));
        start = i + 1;
      }
    }
    return out;
  }

  /**
   * The most items of a keyword line holding its head phrase; 0 when it is no such line. The head is
   * a content-word bigram, or a single content word that is an item of its own and that other items
   * extend on both sides, as searches vary a keyword ("Taggar: bokhyllor, bokhyllor billigt, köpa
   * online bokhyllor, ..."). Names that share a word extend it in one direction: a syntax list
   * ("End, End Enum, End Function, End If, ...", LibreOffice Basic help), a struct's fields ("pub
   * sum: f64, pub min: f64, ...", Rust), a series ("Part 1: Requests and responses | Part 2: ...",
   * Django).
   */
  static int variants(String text) {
    String t = TextQuality.opensWithLabel(text) ? text.substring(text.indexOf(':') + 1) : text;
    // bigram, word, OPENS + word, CLOSES + word -> {items holding it, last item}
    Map<String, int[]> items = new HashMap<>();
    List<String> bare = null; // items that are one content word
    List<String> content = new ArrayList<>();
    int count = 0;
    int best = 0;
    for (String item : items(t)) {
      List<String> w = written(item);
      if (w.isEmpty()) {
        continue;
      }
      if (w.size() > MAX_ITEM_WORDS) {
        return 0;
      }
      count++;
      content.clear();
      String prev = null;
      for (String word : w) {
        if (word == null) {
          prev = null; // an identifier ("FORECAST.ETS.ADD", "DD/MM/YY"), not words of a phrase
          content.add(null);
          continue;
        }
        if (!Words.isContent(word)) {
          continue;
        }
        content.add(word);
        held(items, word, count);
        if (prev != null) {
          best = Math.max(best, held(items, prev + ' ' + word, count));
        }
        prev = word;
      }
      if (content.size() == 1 && content.get(0) != null) {
        bare = bare == null ? new ArrayList<>() : bare;
        bare.add(content.get(0));
      } else if (content.size() > 1) {
        String first = content.get(0);
        String last = content.get(content.size() - 1);
        if (first != null) {
          held(items, OPENS + first, count);
        }
        if (last != null) {
          held(items, CLOSES + last, count);
        }
      }
    }
    if (bare != null) {
      for (String word : bare) {
        if (items.containsKey(OPENS + word) && items.containsKey(CLOSES + word)) {
          best = Math.max(best, items.get(word)[0]);
        }
      }
    }
    return count >= MIN_ITEMS && best >= MIN_VARIANT_SHARE * count ? best : 0;
  }

  /** Marks a word that opens an item of a keyword line, and one that closes it, among its keys. */
  private static final String OPENS = "\u0002";
  private static final String CLOSES = "\u0003";

  /** Counts item {@code item} as holding {@code key} (once per item); returns the items holding it. */
  private static int held(Map<String, int[]> items, String key, int item) {
    int[] c = items.computeIfAbsent(key, k -> new int[] {0, -1});
    if (c[1] != item) {
      c[1] = item;
      c[0]++;
    }
    return c[0];
  }

  /**
   * The most running-text blocks that hold a sentence in which one content-word bigram stands
   * {@link #MIN_SENTENCE_REPEATS} times or more. Only blocks where some bigram stands that often at
   * all are split into sentences: the counts table (keys salted apart from other uses) tells them.
   *
   * @param running which blocks are running text
   * @param counts a table the caller may clear, sized for the page's words
   */
  static int stuffedBlocks(Page page, PageWords words, boolean[] running, LongCounts counts) {
    Map<String, int[]> blocks = null; // bigram -> {blocks, last block}
    int best = 0;
    for (Block b : page.blocks()) {
      if (!running[b.index()] || !repeatsABigram(words, b.index(), counts)) {
        continue;
      }
      if (blocks == null) {
        blocks = new HashMap<>();
      }
      String text = b.text();
      int start = 0;
      for (int end : sentenceEnds(text)) {
        List<String> phrases = stuffing(text.substring(start, end));
        start = end;
        for (String key : phrases) {
          int[] c = blocks.computeIfAbsent(key, k -> new int[] {0, -1});
          if (c[1] != b.index()) {
            c[1] = b.index();
            best = Math.max(best, ++c[0]);
          }
        }
      }
    }
    return best;
  }

  /**
   * The most running-text paragraphs whose closing sentence names one keyword phrase in a frame of
   * its own: an appended sentence ("Köp vita väggar billigt online.", "Compare nappy bags before you
   * order.") of at most {@link #MAX_APPENDED_WORDS} words, after at least one sentence of the
   * paragraph, the phrase standing in the closing sentences of {@link #MIN_APPENDED_BLOCKS}
   * paragraphs or more. Reference pages close paragraph after paragraph with one sentence too, but
   * it is a template with one slot ("Can be overridden by the GIT_SSL_CAINFO environment variable.",
   * "CSV is one import format that GnuCash supports.", git and GnuCash manuals): the words around
   * the repeated phrase are the same each time, and the slot is what varies. Appended keyword
   * sentences are the reverse: the phrase is what repeats, and the words on each side of it vary
   * (at least {@link #MIN_FRAME_SHARE} of the sentences have a word on that side that no other has).
   */
  static int appendedBlocks(Page page, boolean[] running) {
    List<List<String>> closings = null; // content words of each paragraph's closing sentence
    for (Block b : page.blocks()) {
      if (!running[b.index()]) {
        continue;
      }
      String text = b.text();
      int start = closingStart(text);
      if (start <= 0) {
        continue;
      }
      String last = text.substring(start);
      if (!Words.endsSentence(last)) {
        continue;
      }
      List<String> w = written(last);
      if (w.size() > MAX_APPENDED_WORDS) {
        continue;
      }
      List<String> content = new ArrayList<>(w.size() + 2);
      content.add(START);
      for (String word : w) {
        if (word == null || Words.isContent(word)) {
          content.add(word);
        }
      }
      content.add(END);
      if (closings == null) {
        closings = new ArrayList<>();
      }
      closings.add(content);
    }
    if (closings == null || closings.size() < MIN_APPENDED_BLOCKS) {
      return 0;
    }
    // Each bigram's first occurrence in each closing sentence: {closing, first word, second word}.
    Map<String, List<int[]>> at = new HashMap<>();
    for (int c = 0; c < closings.size(); c++) {
      List<String> w = closings.get(c);
      for (int i = 1; i + 2 < w.size(); i++) {
        if (w.get(i) == null || w.get(i + 1) == null) {
          continue;
        }
        List<int[]> spans = at.computeIfAbsent(w.get(i) + ' ' + w.get(i + 1), k -> new ArrayList<>());
        if (spans.isEmpty() || spans.get(spans.size() - 1)[0] != c) {
          spans.add(new int[] {c, i, i + 1}); // its first occurrence in a closing sentence
        }
      }
    }
    Set<String> titled = new HashSet<>(written(page.title() == null ? "" : page.title()));
    int best = 0;
    for (Map.Entry<String, List<int[]>> e : at.entrySet()) {
      List<int[]> spans = e.getValue();
      if (spans.size() < MIN_APPENDED_BLOCKS || spans.size() <= best) {
        continue;
      }
      List<String> w = closings.get(spans.get(0)[0]);
      String first = w.get(spans.get(0)[1]);
      String second = w.get(spans.get(0)[2]);
      if (titled.contains(first) && titled.contains(second) && framed(closings, spans)) {
        best = spans.size();
      }
    }
    return best;
  }

  /** Stands for the start and the end of a closing sentence among its words. */
  private static final String START = "\u0002";
  private static final String END = "\u0003";

  /**
   * Whether the occurrences of a phrase (a bigram widened while the words on a side are the same at
   * every occurrence) stand in varied frames: on each side, at least {@link #MIN_FRAME_SHARE} of the
   * occurrences have a neighbour that no other occurrence has. An identifier (a null) is the same
   * neighbour as any other identifier: a slot.
   */
  private static boolean framed(List<List<String>> closings, List<int[]> spans) {
    for (int side = -1; side <= 1; side += 2) {
      for (int d = 1; ; d++) {
        String same = null;
        boolean all = true;
        for (int[] s : spans) {
          String word = neighbour(closings.get(s[0]), side < 0 ? s[1] - d : s[2] + d);
          if (same != null && !same.equals(word)) {
            all = false;
            break;
          }
          same = word;
        }
        if (!all) {
          Map<String, Integer> seen = new HashMap<>();
          for (int[] s : spans) {
            seen.merge(neighbour(closings.get(s[0]), side < 0 ? s[1] - d : s[2] + d), 1, Integer::sum);
          }
          int alone = 0;
          for (int n : seen.values()) {
            alone += n == 1 ? 1 : 0;
          }
          if (alone < MIN_FRAME_SHARE * spans.size()) {
            return false;
          }
          break;
        }
        if (same.equals(START) || same.equals(END)) {
          return false; // the whole sentence is one phrase said again: a repeated line
        }
      }
    }
    return true;
  }

  private static String neighbour(List<String> w, int i) {
    if (i < 0 || i >= w.size()) {
      return i < 0 ? START : END;
    }
    String word = w.get(i);
    return word == null ? "\u0001" : word;
  }

  /**
   * Where a text's closing sentence starts: after the last stop ({@code .}, {@code ?}, {@code !})
   * before a space and a capital (or an opening "¿", "¡" or quote), as {@link #sentenceEnds} reads
   * them; 0 when the text is one sentence. Scans from the end, so only the closing sentence is read.
   */
  static int closingStart(String text) {
    int n = text.length();
    int scanned = 0;
    for (int i = n - 3; i >= 0 && scanned < MAX_CLOSING_CHARS; i--, scanned++) {
      char c = text.charAt(i);
      if ((c == '.' || c == '?' || c == '!') && text.charAt(i + 1) == ' ') {
        char next = text.charAt(i + 2);
        if (Character.isUpperCase(next) || next == '¿' || next == '¡' || next == '"' || next == '“'
            || next == '«') {
          return i + 2;
        }
      }
    }
    return 0;
  }

  /**
   * The content-word bigrams a sentence is stuffed with, when it ends as a sentence does: each
   * stands in it {@link
   * #MIN_SENTENCE_REPEATS} times or more, and its phrase (the bigram with the words around it that
   * are the same at every occurrence: "easy sourdough focaccia recipe") covers {@link
   * #MIN_SENTENCE_COVER} of the sentence's words or more; empty when there is none.
   */
  static List<String> stuffing(String sentence) {
    if (!Words.endsSentence(sentence)) {
      return List.of(); // a shell session's or a code example's line ("$ git diff HEAD^ HEAD <3>")
    }
    List<String> w = written(sentence);
    Map<String, List<int[]>> at = null; // bigram -> {first word, second word} per occurrence
    List<String> repeated = null;
    int prev = -1;
    for (int i = 0; i < w.size(); i++) {
      String word = w.get(i);
      if (word == null) {
        prev = -1;
        continue;
      }
      if (!Words.isContent(word)) {
        continue;
      }
      if (prev >= 0) {
        at = at == null ? new HashMap<>() : at;
        String key = w.get(prev) + ' ' + word;
        List<int[]> spans = at.computeIfAbsent(key, k -> new ArrayList<>());
        spans.add(new int[] {prev, i});
        if (spans.size() == MIN_SENTENCE_REPEATS) {
          repeated = repeated == null ? new ArrayList<>() : repeated;
          repeated.add(key);
        }
      }
      prev = i;
    }
    if (repeated == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String key : repeated) {
      if (phraseWords(w, at.get(key)) >= MIN_SENTENCE_COVER * w.size()) {
        out.add(key);
      }
    }
    return out;
  }

  /**
   * The words of a sentence covered by the occurrences of a bigram's phrase: each occurrence's span,
   * widened on both sides while the words there are the same at every occurrence.
   */
  private static int phraseWords(List<String> w, List<int[]> spans) {
    int covered = 0;
    for (int[] s : spans) {
      covered += s[1] - s[0] + 1;
    }
    for (int side = -1; side <= 1; side += 2) {
      for (int d = 1; ; d++) {
        String same = null;
        boolean all = true;
        for (int[] s : spans) {
          int i = side < 0 ? s[0] - d : s[1] + d;
          String word = i >= 0 && i < w.size() ? w.get(i) : null;
          if (word == null || (same != null && !same.equals(word))) {
            all = false;
            break;
          }
          same = word;
        }
        if (!all) {
          break;
        }
        covered += spans.size();
      }
    }
    return covered;
  }

  /**
   * The normalised words of a text as written: a token joining several words ("SF_String.Justify",
   * "TM_WORLD_BORDERS-0.3.shp", "FORECAST.ETS.ADD") is an identifier, not words of a phrase, and
   * stands as a null that no pair spans.
   */
  static List<String> written(String text) {
    List<String> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      while (i < n && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && !Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      if (i > start) {
        List<String> w = words(text.substring(start, i));
        if (w.size() == 1) {
          out.add(w.get(0));
        } else if (w.size() > 1) {
          out.add(null);
        }
      }
    }
    return out;
  }

  /**
   * The normalised words of a text, not through {@link Words#of}'s cache: sentences and items are
   * fresh strings, which would push the page's block texts out of it.
   */
  private static List<String> words(String text) {
    return WordTokenizer.wordList(TextNormalizer.normalize(text));
  }

  /** Whether some content-word bigram stands {@link #MIN_SENTENCE_REPEATS} times in a block. */
  private static boolean repeatsABigram(PageWords words, int block, LongCounts counts) {
    int from = words.blockStart(block);
    int to = words.blockEnd(block);
    if (to - from < 2 * MIN_SENTENCE_REPEATS) {
      return false;
    }
    long salt = Mix.fmix64(~(long) block);
    long prev = 0;
    boolean hasPrev = false;
    for (int i = from; i < to; i++) {
      if (!words.isContent(i)) {
        continue;
      }
      long h = words.hash(i);
      if (hasPrev && counts.increment(Mix.fmix64(prev * 0x9E3779B97F4A7C15L + h) ^ salt)
          >= MIN_SENTENCE_REPEATS) {
        return true;
      }
      prev = h;
      hasPrev = true;
    }
    return false;
  }

  /**
   * The ends of a text's sentences, the text's end last: after a stop ({@code .}, {@code ?},
   * {@code !}) before a space and a capital (or an opening "¿", "¡" or quote), as {@link
   * TextQuality#sentences} counts them.
   */
  static int[] sentenceEnds(String text) {
    int[] out = new int[8];
    int k = 0;
    int n = text.length();
    for (int i = 0; i + 2 < n; i++) {
      char c = text.charAt(i);
      if ((c == '.' || c == '?' || c == '!') && text.charAt(i + 1) == ' ') {
        char next = text.charAt(i + 2);
        if (Character.isUpperCase(next) || next == '¿' || next == '¡' || next == '"' || next == '“'
            || next == '«') {
          if (k == out.length) {
            out = java.util.Arrays.copyOf(out, 2 * k);
          }
          out[k++] = i + 1;
        }
      }
    }
    out = java.util.Arrays.copyOf(out, k + 1);
    out[k] = n;
    return out;
  }
}
