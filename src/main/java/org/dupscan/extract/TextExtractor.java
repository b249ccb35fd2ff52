package org.dupscan.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns plain text or Markdown into a title and blocks: the first non-empty line is the title, blank
 * lines separate blocks, and a block's lines are joined with spaces. In Markdown, a line starting with
 * one to six {@code #} and a space is a one-line heading block, its marks stripped; in both, a line that
 * starts with a bullet ({@code •}, {@code -}, {@code *}) and a space starts a list item.
 *
 * <p>Internal: used through {@link PageExtractor}.
 */
final class TextExtractor {

  private TextExtractor() {}

  static Page extract(String id, String url, String host, byte[] bytes, String declaredCharset,
      boolean markdown) {
    return extract(id, url, host, bytes, declaredCharset, markdown, true);
  }

  /** Plain text that is all body: no line is taken for the title (a JSON Lines record's text). */
  static Page extractBody(String id, String url, String host, byte[] bytes, String declaredCharset) {
    return extract(id, url, host, bytes, declaredCharset, false, false);
  }

  private static Page extract(String id, String url, String host, byte[] bytes, String declaredCharset,
      boolean markdown, boolean titleLine) {
    Decoding.Decoded decoded = Decoding.decode(bytes, declaredCharset, false);
    String text = decoded.text();
    List<Block> blocks = new ArrayList<>();
    String title = titleLine ? null : ""; // "" : the title is settled, every line is body
    BlockText current = new BlockText();
    BlockKind currentKind = null;
    int n = text.length();
    int lineStart = 0;
    LineBreaks breaks = new LineBreaks();
    while (lineStart <= n) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = n;
      }
      // The line's bounds without leading and trailing whitespace, as String.strip() would cut it,
      // found in place: most lines are paragraphs, copied once, straight into their block.
      int from = lineStart;
      int s = lineStart;
      int e = lineEnd;
      lineStart = lineEnd + 1;
      while (s < e && Character.isWhitespace(text.charAt(s))) {
        s++;
      }
      while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      if (s == e) {
        if (current.open()) {
          add(blocks, current, currentKind);
          currentKind = null;
        }
        continue;
      }
      char first = text.charAt(s);
      if (title != null && first != '#' && !isBulletMark(first)) {
        // A plain line: neither a heading nor a list item, whatever follows its first char.
        breaks.line(text, from, s, e, current.open(), blocks.size());
        if (!current.open()) {
          currentKind = BlockKind.PARAGRAPH;
        }
        current.append(text, s, e);
        continue;
      }
      String line = text.substring(s, e);
      boolean heading = markdown && isHeading(line);
      if (title == null) {
        title = Decoding.collapseWhitespace(heading ? stripHeading(line) : line);
        continue;
      }
      boolean bullet = isBullet(line);
      if (current.open() && (heading || bullet)) {
        // A bullet starts the next list item and a Markdown heading is one line, blank line or not.
        add(blocks, current, currentKind);
      }
      breaks.line(text, from, s, e, current.open(), blocks.size());
      if (!current.open()) {
        currentKind = BlockKind.PARAGRAPH;
        if (heading) {
          currentKind = BlockKind.HEADING;
          line = stripHeading(line);
        } else if (bullet) {
          currentKind = BlockKind.LIST_ITEM;
          line = line.substring(1).strip();
        }
      }
      current.append(line, 0, line.length());
      if (heading) {
        add(blocks, current, currentKind);
        currentKind = null;
      }
    }
    if (current.open()) {
      add(blocks, current, currentKind);
    }
    breaks.mark(blocks);
    return new Page(id, url, host, title == null ? "" : title, blocks, List.of(), false, bytes.length,
        List.of(), decoded.charset());
  }

  /**
   * A block's text as its lines come: lines joined by a space and every run of whitespace (NBSP
   * included) collapsed to one space, none at either end, as {@link Decoding#collapseWhitespace} of the
   * joined lines would give, in the same pass that copies the chars.
   */
  private static final class BlockText {
    private final StringBuilder sb = new StringBuilder();
    private boolean open;
    private boolean space;

    /** Whether a line was added since the last {@link #take}. */
    boolean open() {
      return open;
    }

    /** Adds chars {@code from} to {@code to} of {@code text} as the next line. */
    void append(String text, int from, int to) {
      if (open) {
        space = sb.length() > 0; // the space that joins two lines
      }
      open = true;
      int i = from;
      while (i < to) {
        if (isSpace(text.charAt(i))) {
          space = sb.length() > 0;
          i++;
          continue;
        }
        int run = i + 1; // through single ' ' between words: that text is already collapsed
        while (run < to) {
          char c = text.charAt(run);
          if (!isSpace(c)) {
            run++;
          } else if (c == ' ' && run + 1 < to && !isSpace(text.charAt(run + 1))) {
            run += 2;
          } else {
            break;
          }
        }
        if (space) {
          sb.append(' ');
          space = false;
        }
        sb.append(text, i, run); // a bulk copy: a word, or a run of words joined by single spaces
        i = run;
      }
    }

    private static boolean isSpace(char c) {
      return (c <= ' ' || c >= 0x80) && Decoding.isSpace(c);
    }

    /** The block's text; empties the builder. */
    String take() {
      String s = sb.toString();
      sb.setLength(0);
      open = false;
      space = false;
      return s;
    }
  }

  /**
   * The line ends inside blocks that come before the page's wrap width, its longest line: where the
   * next line's first word would have fit on the line, the line was ended by hand (a table's rows, an
   * image's alt text printed over its caption, an address), not wrapped. Each break inside a block is
   * kept as its block and its fill (the line, a space and the next word) until the width is known.
   */
  private static final class LineBreaks {
    private int width;
    private int previous;
    private int count;
    private int[] block = new int[16];
    private int[] fill = new int[16];

    /**
     * A body line: chars {@code from} (its start, indentation included) to {@code end}, its text from
     * {@code start}; {@code continues} when it goes on the open block, numbered {@code at}.
     */
    void line(String text, int from, int start, int end, boolean continues, int at) {
      int length = end - from;
      if (hasSpace(text, start, end)) {
        // A line of one token (an image's file name as w3m prints it, "[stock-a-young-couple-...]", a
        // long URL) is never wrapped and may pass the wrap width: it does not tell the width.
        width = Math.max(width, length);
      }
      if (continues) {
        int word = start;
        while (word < end && !Character.isWhitespace(text.charAt(word))) {
          word++;
        }
        if (count == block.length) {
          block = java.util.Arrays.copyOf(block, 2 * count);
          fill = java.util.Arrays.copyOf(fill, 2 * count);
        }
        block[count] = at;
        fill[count++] = previous + 1 + (word - start);
      }
      previous = length;
    }

    /** Whether a space stands in {@code text} between {@code from} and {@code to}. */
    private static boolean hasSpace(String text, int from, int to) {
      for (int i = from; i < to; i++) {
        if (text.charAt(i) == ' ') {
          return true;
        }
      }
      return false;
    }

    /** Sets the blocks' {@link Block#lineBreaks} once the page's width is known. */
    void mark(List<Block> blocks) {
      int i = 0;
      while (i < count) {
        int at = block[i];
        int hard = 0;
        for (; i < count && block[i] == at; i++) {
          hard += fill[i] <= width ? 1 : 0;
        }
        if (hard > 0 && at < blocks.size()) {
          Block b = blocks.get(at);
          blocks.set(at, new Block(b.index(), b.kind(), b.text(), b.chrome(), b.linkChars(), hard));
        }
      }
    }
  }

  private static void add(List<Block> blocks, BlockText current, BlockKind kind) {
    String s = current.take();
    if (!s.isEmpty()) {
      blocks.add(new Block(blocks.size(), kind == null ? BlockKind.PARAGRAPH : kind, s, false, 0));
    }
  }

  static boolean isBullet(String line) {
    return line.length() >= 2 && isBulletMark(line.charAt(0)) && Character.isWhitespace(line.charAt(1));
  }

  private static boolean isBulletMark(char c) {
    return c == '\u2022' || c == '-' || c == '*' || c == '\u25CF' || c == '\u25E6';
  }

  /** An ATX heading: one to six {@code #} then a space or the end of the line ("#hashtag" is text). */
  static boolean isHeading(String line) {
    int i = 0;
    while (i < line.length() && line.charAt(i) == '#') {
      i++;
    }
    return i >= 1 && i <= 6 && (i == line.length() || Character.isWhitespace(line.charAt(i)));
  }

  static String stripHeading(String line) {
    int i = 0;
    while (i < line.length() && line.charAt(i) == '#') {
      i++;
    }
    return line.substring(i).strip();
  }
}
