package org.dupscan.extract;

/**
 * Text attached to an image: an {@code img} alt or title attribute, or a {@code figcaption}.
 * Candidates for the injected-caption detector.
 *
 * @param text the text, whitespace collapsed
 * @param attribute where it came from: "alt", "title" or "figcaption"
 * @param beforeBlock the index of the first block after the image (its position in the body)
 */
public record ImageText(String text, String attribute, int beforeBlock)
    implements java.io.Serializable {}
