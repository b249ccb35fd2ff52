package org.dupscan.text;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.dupscan.internal.Murmur3;

/**
 * The words of a page's blocks, tokenised once for every stage that needs them: each word's hash,
 * length and class, and where each block starts. The similarity stages use the hashes; the per-page
 * detectors count, compare and measure on them too, and ask for a word's string only where they report
 * it. Tokenising a 3 KB page once instead of once per detector is what keeps them off the critical path.
 *
 * <p>Words are those of {@link WordTokenizer} over {@link TextNormalizer#normalize} of each block, hashed
 * by {@link ShingleHasher#wordHash}. A pure-ASCII block (the common case in crawls) is scanned in place:
 * its normalised form is its lower case, so it is hashed lower-cased on the fly and never copied.
 *
 * <p>Not thread-safe while built; immutable after {@link #tokenize}.
 */
public final class PageWords {

  /** Class flag: the word is in the stop set given to {@link #tokenize}. */
  private static final int STOP = 1 << 8;
  /** Class flag: every char is a digit. */
  private static final int DIGITS = 1 << 9;
  /** Class flag: some char is a digit. */
  private static final int HAS_DIGIT = 1 << 10;
  private static final int LENGTH = 0xFF;
  /**
   * A word's block index is kept in its class word, above the flags, so that comparing or spelling a
   * word finds its block text without a search (the top-word tie-break compares hundreds of words on
   * some pages). A block index too large for the field is stored as {@link #BLOCK_UNKNOWN} and searched.
   */
  private static final int BLOCK_SHIFT = 11;
  private static final int BLOCK_UNKNOWN = -1 >>> BLOCK_SHIFT;

  /** ASCII word chars ({@link WordTokenizer#isWordChar} below 0x80): letters and digits. */
  private static final boolean[] ASCII_WORD = new boolean[128];

  static {
    for (int c = 0; c < 128; c++) {
      ASCII_WORD[c] = WordTokenizer.isWordChar(c);
    }
  }

  private final ShingleHasher hasher;
  private final String[] texts;
  /** For block b, whether texts[b] is the block as written (pure ASCII) and words need lower-casing. */
  private final boolean[] raw;
  private final int[] blockStarts;
  private long[] hashes;
  private int[] info;
  private int[] offsets;
  private int size;

  private PageWords(ShingleHasher hasher, int blocks, int expectedWords) {
    this.hasher = hasher;
    this.texts = new String[blocks];
    this.raw = new boolean[blocks];
    this.blockStarts = new int[blocks + 1];
    int cap = Math.max(16, expectedWords);
    this.hashes = new long[cap];
    this.info = new int[cap];
    this.offsets = new int[cap];
  }

  /**
   * Tokenises the texts of a page's blocks, in order.
   *
   * @param blockTexts each block's text as written
   * @param hasher the word hash
   * @param stop words to flag as stop words ({@link #isStop})
   */
  public static PageWords tokenize(List<String> blockTexts, ShingleHasher hasher, WordSet stop) {
    int chars = 0;
    for (String t : blockTexts) {
      chars += t.length();
    }
    // English prose runs at about 5.5 to 6 chars a word, spaces included: a guess of five rarely
    // falls short (growing copied all three arrays on most pages of the generated corpus).
    PageWords p = new PageWords(hasher, blockTexts.size(), chars / 5 + 16);
    // Each block is scanned in a char[] copy, not through String.charAt: real pages mix Latin-1 and
    // UTF-16 strings, and a loop compiled on charAt reads both encodings and speculates on the one it
    // saw; the other then deoptimised the scan, and C2 compiled it (36 KB of code) again and again.
    char[] buf = new char[Math.min(Math.max(64, chars), 1 << 16)];
    for (int b = 0; b < blockTexts.size(); b++) {
      p.blockStarts[b] = p.size;
      String text = blockTexts.get(b);
      int tag = blockTag(b);
      buf = charsOf(text, buf);
      int resume = p.scan(buf, text.length(), 0, false, stop, tag);
      if (resume < 0) {
        p.texts[b] = text;
        p.raw[b] = true;
      } else {
        // The words before the resume point are ASCII and end before it, and the char there is an
        // ASCII letter or digit, a boundary of TextNormalizer: its output up to that point is the
        // input lower-cased, so those words stand at the same offsets and keep their hashes.
        String normalized = TextNormalizer.normalize(text);
        p.texts[b] = normalized;
        buf = charsOf(normalized, buf);
        p.scan(buf, normalized.length(), resume, true, stop, tag);
      }
    }
    p.blockStarts[blockTexts.size()] = p.size;
    return p;
  }

  /**
   * {@link WordTokenizer#scan} fused with the word hash: one pass over the chars finds a word,
   * lower-cases it, classes it and feeds its bytes to MurmurHash3 eight at a time, with the same value
   * as {@link ShingleHasher#wordHash} of the word. A word with a non-ASCII char is hashed by
   * {@link ShingleHasher#wordHash}.
   *
   * <p>On text as written ({@code normalized} false) it stops at the first non-ASCII char, having
   * dropped the word it was in or the last word before it, and returns where to resume on the
   * normalised text: the start of that word (an ASCII letter or digit) or {@code from}. Returns -1
   * when the whole text was scanned.
   */
  private int scan(char[] text, int n, int from, boolean normalized, WordSet stop, int blockTag) {
    int first = size;
    long seed = hasher.wordSeed() & 0xFFFFFFFFL;
    int i = from;
    while (i < n) {
      char c = text[i];
      if (c >= 0x80) {
        if (!normalized) {
          return dropLastWord(first, from);
        }
        int cp = Character.codePointAt(text, i, n);
        if (WordTokenizer.isWordChar(cp)) {
          i = addWord(text, n, i, stop, blockTag);
        } else {
          i += Character.charCount(cp);
        }
        continue;
      }
      if (!ASCII_WORD[c]) {
        i++;
        continue;
      }
      int start = i;
      int cut = Math.min(n, start + WordTokenizer.MAX_WORD_CHARS);
      long h1 = seed;
      long h2 = seed;
      long k1 = 0; // the first eight bytes of the current block, once full
      long lane = 0; // bytes of the current eight, little-endian
      int len = 0;
      int digits = 0;
      while (i < cut && (c = text[i]) < 0x80 && ASCII_WORD[c]) {
        if (c <= '9') {
          digits++;
        } else if (c <= 'Z') {
          c += 32;
        }
        lane |= (long) c << ((len & 7) << 3);
        len++;
        i++;
        if ((len & 7) == 0) {
          if ((len & 15) == 8) {
            k1 = lane;
          } else {
            h1 = Murmur3.h1After(h1, h2, k1);
            h2 = Murmur3.h2After(h1, h2, lane);
          }
          lane = 0;
        }
      }
      if (i < n && text[i] >= 0x80) {
        if (!normalized) {
          return start; // the word in progress was not added
        }
        if (WordTokenizer.isWordChar(Character.codePointAt(text, i, n))) {
          if (i < cut) {
            i = addWord(text, n, start, stop, blockTag); // a word with non-ASCII chars
            continue;
          }
          i = WordTokenizer.runEnd(text, i, n); // the rest of an over-long run is dropped
        }
      } else if (i == cut) {
        while (i < n && (c = text[i]) < 0x80 && ASCII_WORD[c]) {
          i++; // the rest of an over-long run is dropped
        }
        if (i < n && c >= 0x80) {
          if (!normalized) {
            return start;
          }
          i = WordTokenizer.runEnd(text, i, n);
        }
      }
      int rem = len & 15;
      if (rem > 8) {
        h2 ^= Murmur3.mixK2(lane);
        h1 ^= Murmur3.mixK1(k1);
      } else if (rem == 8) {
        h1 ^= Murmur3.mixK1(k1);
      } else if (rem > 0) {
        h1 ^= Murmur3.mixK1(lane);
      }
      long hash = Murmur3.finish(h1, h2, len);
      if (size == hashes.length) {
        growArrays();
      }
      hashes[size] = hash;
      info[size] = len | (digits == len ? DIGITS : 0) | (digits > 0 ? HAS_DIGIT : 0)
          | (stop.contains(hash) ? STOP : 0) | blockTag;
      offsets[size] = start;
      size++;
    }
    return -1;
  }

  /**
   * At a non-ASCII char outside a word: drops this block's last word, which may have ended at an
   * ASCII char that joins the non-ASCII one under normalisation, and returns its start (or
   * {@code from} when the block has no word yet).
   */
  private int dropLastWord(int first, int from) {
    if (size == first) {
      return from;
    }
    size--;
    return offsets[size];
  }

  /** Adds the word of normalised {@code text} that starts at {@code start}; returns where its run ends. */
  private int addWord(char[] text, int n, int start, WordSet stop, int blockTag) {
    int i = WordTokenizer.runEnd(text, start, n);
    int end = Math.min(i, start + WordTokenizer.MAX_WORD_CHARS);
    if (end < i && Character.isHighSurrogate(text[end - 1])) {
      end--; // never split a surrogate pair
    }
    add(hasher.wordHash(text, start, end), text, start, end, stop, blockTag);
    return i;
  }

  /** The chars of {@code text} at the start of {@code buf}, or of a larger buffer if it is too small. */
  private static char[] charsOf(String text, char[] buf) {
    char[] out = buf.length >= text.length() ? buf : new char[Math.max(text.length(), 2 * buf.length)];
    text.getChars(0, text.length(), out, 0);
    return out;
  }

  /** Block {@code b}'s index as kept in its words' class words. */
  private static int blockTag(int b) {
    return Math.min(b, BLOCK_UNKNOWN) << BLOCK_SHIFT;
  }

  private void growArrays() {
    int cap = size * 2;
    hashes = Arrays.copyOf(hashes, cap);
    info = Arrays.copyOf(info, cap);
    offsets = Arrays.copyOf(offsets, cap);
  }

  private void add(long hash, char[] text, int start, int end, WordSet stop, int blockTag) {
    if (size == hashes.length) {
      growArrays();
    }
    int digits = 0;
    for (int i = start; i < end; i++) {
      char c = text[i];
      if (c >= '0' && c <= '9' || c >= 0x80 && Character.isDigit(c)) {
        digits++;
      }
    }
    int len = end - start;
    int flags = len | (digits == len ? DIGITS : 0) | (digits > 0 ? HAS_DIGIT : 0)
        | (stop.contains(hash) ? STOP : 0) | blockTag;
    hashes[size] = hash;
    info[size] = flags;
    offsets[size] = start;
    size++;
  }

  /** Words in all blocks. */
  public int size() {
    return size;
  }

  public int blockCount() {
    return texts.length;
  }

  /** Index of block {@code b}'s first word. */
  public int blockStart(int b) {
    return blockStarts[b];
  }

  /** Index after block {@code b}'s last word. */
  public int blockEnd(int b) {
    return blockStarts[b + 1];
  }

  /** Words in block {@code b}. */
  public int count(int b) {
    return blockStarts[b + 1] - blockStarts[b];
  }

  /** Word {@code i}'s hash ({@link ShingleHasher#wordHash} of the normalised word). */
  public long hash(int i) {
    return hashes[i];
  }

  /** The hashes of all words, in order (a copy). */
  public long[] hashes() {
    return Arrays.copyOf(hashes, size);
  }

  /** Word {@code i}'s length in chars (UTF-16 units) of its normalised form. */
  public int length(int i) {
    return info[i] & LENGTH;
  }

  public boolean isStop(int i) {
    return (info[i] & STOP) != 0;
  }

  /**
   * Whether word {@code i} carries content: more than one char, not a stop word, not all digits (the
   * detectors' content words), tested on one read of its class.
   */
  public boolean isContent(int i) {
    int f = info[i];
    return (f & LENGTH) > 1 && (f & (STOP | DIGITS)) == 0;
  }

  /**
   * Compares words {@code i} and {@code j} as {@code word(i).compareTo(word(j))} would, without
   * making either string.
   */
  public int compareWords(int i, int j) {
    int bi = blockOf(i);
    int bj = blockOf(j);
    String ti = texts[bi];
    String tj = texts[bj];
    int oi = offsets[i];
    int oj = offsets[j];
    int li = length(i);
    int lj = length(j);
    for (int k = 0, n = Math.min(li, lj); k < n; k++) {
      char a = ti.charAt(oi + k);
      char b = tj.charAt(oj + k);
      if (raw[bi] && a >= 'A' && a <= 'Z') {
        a += 32; // an ASCII block's words are lower-cased as read (word(i) does it with toLowerCase)
      }
      if (raw[bj] && b >= 'A' && b <= 'Z') {
        b += 32;
      }
      if (a != b) {
        return a - b;
      }
    }
    return li - lj;
  }

  /** Whether word {@code i} is all digits. */
  public boolean isNumber(int i) {
    return (info[i] & DIGITS) != 0;
  }

  public boolean hasDigit(int i) {
    return (info[i] & HAS_DIGIT) != 0;
  }

  /**
   * Whether word {@code i} is part of a token joined by punctuation rather than a word of prose: the
   * char right before it is one of {@code _ - . / : = @ # $ \ < >}, or the char right after it is
   * one of {@code _ / : = @ # $ \ ( < >}, or a {@code .} or {@code -} followed by a letter or digit.
   * Identifiers, options, paths and addresses ({@code mod_authz_dbd}, {@code --stat}, {@code os.path},
   * {@code git-diff}) split into such words;
   * a sentence's words stand between spaces and sentence punctuation.
   */
  public boolean joined(int i) {
    return joined(i, true);
  }

  /**
   * Whether word {@code i} is part of an identifier, a path or an address: {@linkplain #joined joined}
   * by a mark other than a hyphen ({@code SF_String.Represent(}, {@code os.path}, {@code --stat}'s
   * word is joined by its dashes before it). A hyphen alone also joins the words of prose
   * ("double-precision", "anti-aging"), which a keyword phrase may be written with.
   */
  public boolean identifierPart(int i) {
    return joined(i, false);
  }

  private boolean joined(int i, boolean hyphens) {
    String t = texts[blockOf(i)];
    int from = offsets[i];
    int to = from + length(i);
    if (from > 0 && JOIN_BEFORE.indexOf(t.charAt(from - 1)) >= 0
        && (hyphens || t.charAt(from - 1) != '-' || from > 1 && t.charAt(from - 2) == '-')) {
      return true;
    }
    if (to < t.length()) {
      char c = t.charAt(to);
      if (JOIN_AFTER.indexOf(c) >= 0) {
        return true;
      }
      if ((c == '.' || c == '-' && hyphens) && to + 1 < t.length()
          && Character.isLetterOrDigit(t.charAt(to + 1))) {
        return true;
      }
    }
    return false;
  }

  /** Chars that join a word to what stands before it (see {@link #joined}). */
  private static final String JOIN_BEFORE = "_-./:=@#$\\<>";
  /** Chars that join a word to what stands after it (see {@link #joined}). */
  private static final String JOIN_AFTER = "_/:=@#$\\(<>";

  /** Word {@code i}, normalised. Made on demand: a string per call. */
  public String word(int i) {
    int b = blockOf(i);
    String w = texts[b].substring(offsets[i], offsets[i] + length(i));
    return raw[b] ? w.toLowerCase(Locale.ROOT) : w;
  }

  /** The block word {@code i} stands in. */
  private int blockOf(int i) {
    int b = info[i] >>> BLOCK_SHIFT;
    return b != BLOCK_UNKNOWN ? b : searchBlock(i);
  }

  private int searchBlock(int i) {
    int b = Arrays.binarySearch(blockStarts, i);
    if (b < 0) {
      b = -b - 2;
    } else {
      while (b + 1 < blockStarts.length && blockStarts[b + 1] == i) {
        b++; // skip empty blocks that start at the same index
      }
    }
    return b;
  }

  /** The words of block {@code b}, normalised; strings made on access. */
  public List<String> words(int b) {
    int from = blockStarts[b];
    int n = count(b);
    return new AbstractList<>() {
      @Override
      public String get(int index) {
        if (index < 0 || index >= n) {
          throw new IndexOutOfBoundsException(index);
        }
        return word(from + index);
      }

      @Override
      public int size() {
        return n;
      }
    };
  }

  /** The hasher the words were hashed with. */
  public ShingleHasher hasher() {
    return hasher;
  }
}
