package org.dupscan.extract;

/**
 * Text attached to an image ({@code img} or AMP's {@code amp-img}): its alt or title attribute, a
 * {@code figcaption}, the text of a list item that holds an image (an item of a gallery list), the
 * block that stands with an image in the image's own box, or the alt text of an image that stands as a
 * line of its own. Candidates for the injected-caption detector.
 *
 * @param text the text, whitespace collapsed
 * @param attribute where it came from: "alt", "title", "figcaption", {@value #ITEM}, {@value #BESIDE}
 *     or {@value #LINE}
 * @param beforeBlock the index of the first block after the image (its position in the body); for an
 *     {@value #ITEM} text, the index of the item's block, or where the image stands when the item has
 *     no text of its own and the text is the image's alt; for a {@value #BESIDE} text, its block's index
 */
public record ImageText(String text, String attribute, int beforeBlock)
    implements java.io.Serializable {

  /** The attribute of a list item's text when the item holds an image. */
  public static final String ITEM = "item";

  /**
   * The attribute of the one block that stands with an image in a box of their own: a {@code figure},
   * {@code div} or other block element whose text starts after the image and is that block alone
   * ({@code <div class="wp-caption"><img ...><p class="wp-caption-text">...</p></div>}, a forum's
   * attachment box, a figure and its caption). A text browser prints the image's mark above it, as
   * the line it belongs to.
   */
  public static final String BESIDE = "beside";

  /**
   * The attribute of an image's alt text when the image stands as a line of its own: no text before
   * or after it in its block, and no other image beside it. A text browser prints the alt text there
   * as a line between the blocks around it ({@code <p><img alt="..."></p>} between paragraphs).
   */
  public static final String LINE = "line";
}
