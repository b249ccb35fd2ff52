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
    Decoding.Decoded decoded = Decoding.decode(bytes, declaredCharset, false);
    String text = decoded.text();
    List<Block> blocks = new ArrayList<>();
    String title = null;
    BlockText current = new BlockText();
    BlockKind currentKind = null;
    int n = text.length();
    int lineStart = 0;
    while (lineStart <= n) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = n;
      }
      String line = text.substring(lineStart, lineEnd).strip();
      lineStart = lineEnd + 1;
      if (line.isEmpty()) {
        if (current.open()) {
          add(blocks, current, currentKind);
          currentKind = null;
        }
        continue;
      }
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
      current.append(line);
      if (heading) {
        add(blocks, current, currentKind);
        currentKind = null;
      }
    }
    if (current.open()) {
      add(blocks, current, currentKind);
    }
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

    void append(String line) {
      if (open) {
        space = sb.length() > 0; // the space that joins two lines
      }
      open = true;
      for (int i = 0, n = line.length(); i < n; i++) {
        char c = line.charAt(i);
        if ((c <= ' ' || c >= 0x80) && Decoding.isSpace(c)) {
          space = sb.length() > 0;
        } else {
          if (space) {
            sb.append(' ');
            space = false;
          }
          sb.append(c);
        }
      }
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

  private static void add(List<Block> blocks, BlockText current, BlockKind kind) {
    String s = current.take();
    if (!s.isEmpty()) {
      blocks.add(new Block(blocks.size(), kind == null ? BlockKind.PARAGRAPH : kind, s, false, 0));
    }
  }

  static boolean isBullet(String line) {
    if (line.length() < 2) {
      return false;
    }
    char c = line.charAt(0);
    return (c == '\u2022' || c == '-' || c == '*' || c == '\u25CF' || c == '\u25E6')
        && Character.isWhitespace(line.charAt(1));
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
