package org.dupscan.extract;

/**
 * Text attached to an image: an {@code img} alt or title attribute, a {@code figcaption}, or the text
 * of a list item that holds an image (an item of a gallery list). Candidates for the injected-caption
 * detector.
 *
 * @param text the text, whitespace collapsed
 * @param attribute where it came from: "alt", "title", "figcaption" or {@value #ITEM}
 * @param beforeBlock the index of the first block after the image (its position in the body); for an
 *     {@value #ITEM} text, the index of the item's block, or where the image stands when the item has
 *     no text of its own and the text is the image's alt
 */
public record ImageText(String text, String attribute, int beforeBlock)
    implements java.io.Serializable {

  /** The attribute of a list item's text when the item holds an image. */
  public static final String ITEM = "item";
}
