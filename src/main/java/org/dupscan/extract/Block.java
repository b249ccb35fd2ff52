package org.dupscan.extract;

/**
 * One block of a page's body text, in document order.
 *
 * @param index position among the page's blocks, from 0
 * @param kind the element it came from
 * @param text the visible text, whitespace collapsed, not otherwise normalised
 * @param chrome true when the block stands inside nav, aside, or a header or footer outside the
 *     article: page furniture rather than content, a hint for the boilerplate detector
 * @param linkChars how many of its characters are link text (for link density, as in boilerpipe)
 * @param lineBreaks plain text only: how many of its line ends come before the page's wrap width (its
 *     longest line), where the next line's first word would have fit. A wrapped paragraph has none; a
 *     table's rows, an image's alt text over its caption or an address are lines of their own
 */
public record Block(int index, BlockKind kind, String text, boolean chrome, int linkChars,
    int lineBreaks) implements java.io.Serializable {

  /** A block without hand-made line breaks: any HTML block, or one line or a wrapped paragraph. */
  public Block(int index, BlockKind kind, String text, boolean chrome, int linkChars) {
    this(index, kind, text, chrome, linkChars, 0);
  }

  /** Fraction of the block's characters that are link text. */
  public double linkDensity() {
    return text.isEmpty() ? 0.0 : Math.min(1.0, (double) linkChars / text.length());
  }

  /** The texts of {@code blocks}, in order: what the text chain tokenises. */
  public static java.util.List<String> texts(java.util.List<Block> blocks) {
    java.util.List<String> texts = new java.util.ArrayList<>(blocks.size());
    for (Block b : blocks) {
      texts.add(b.text());
    }
    return texts;
  }
}
