package org.dupscan.extract;

import java.util.List;

/**
 * A page after extraction: what the detectors see. Nothing here knows where the page was read from
 * beyond its id, url and host.
 *
 * @param id stable identifier (relative path or URL)
 * @param url the URL (or id)
 * @param host the site
 * @param title the title, or "" when the page has none
 * @param blocks the body blocks in document order; the title is not among them
 * @param images image alt/title texts and figure captions
 * @param html whether the page was HTML (image texts and chrome marks exist only then)
 * @param bytes size of the raw input
 * @param hiddenTexts text the page hides from readers (display:none, visibility:hidden, the hidden
 *     attribute, noscript), one entry per outermost hidden element, kept out of the body: hidden text is
 *     itself a spam signal
 * @param charset the charset the bytes were decoded with
 */
public record Page(String id, String url, String host, String title, List<Block> blocks,
    List<ImageText> images, boolean html, int bytes, List<String> hiddenTexts, String charset)
    implements java.io.Serializable {

  public Page {
    blocks = frozen(blocks);
    images = frozen(images);
    hiddenTexts = frozen(hiddenTexts);
  }

  /**
   * An unmodifiable copy, without nulls, of one list class whatever the size. {@code List.copyOf} picks
   * a class by size (one for one or two elements, another for more), and every detector iterates the
   * blocks of every page: the first short page after the JIT compiled them for the other class sent
   * each of them back to be compiled again, seconds of compile time per scan on two cores.
   */
  private static <T> List<T> frozen(List<T> list) {
    List<T> copy = new java.util.ArrayList<>(list);
    for (T t : copy) {
      java.util.Objects.requireNonNull(t);
    }
    return java.util.Collections.unmodifiableList(copy);
  }

  /** A page without hidden text, decoded as UTF-8. */
  public Page(String id, String url, String host, String title, List<Block> blocks,
      List<ImageText> images, boolean html, int bytes) {
    this(id, url, host, title, blocks, images, html, bytes, List.of(), "UTF-8");
  }
}
