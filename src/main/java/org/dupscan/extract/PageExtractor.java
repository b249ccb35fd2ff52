package org.dupscan.extract;

import org.dupscan.corpus.SourceDocument;

/**
 * Turns a source document into a {@link Page}: decoding, parsing and block splitting. Refuses binary
 * content and documents without text, each with a one-line reason. Bytes are decoded with the charset
 * the container declared, else (HTML) a meta charset, else UTF-8 when valid, else windows-1252; bytes
 * invalid in that charset are replaced, never fatal. The charset used is {@link Page#charset()}.
 */
public final class PageExtractor {

  private PageExtractor() {}

  public static Page extract(SourceDocument doc) throws ExtractException {
    byte[] bytes = doc.content();
    if (bytes.length == 0) {
      throw new ExtractException("empty file");
    }
    Decoding.rejectBinary(bytes);
    Page page = switch (doc.format()) {
      case HTML -> HtmlExtractor.extract(doc.id(), doc.url(), doc.host(), bytes, doc.charset());
      case TEXT -> TextExtractor.extract(doc.id(), doc.url(), doc.host(), bytes, doc.charset(), false);
      case MARKDOWN -> TextExtractor.extract(doc.id(), doc.url(), doc.host(), bytes, doc.charset(), true);
      case BODY_TEXT -> TextExtractor.extractBody(doc.id(), doc.url(), doc.host(), bytes, doc.charset());
    };
    if (page.blocks().isEmpty()) {
      throw new ExtractException(page.title().isEmpty() ? "no text" : "no body text (title only)");
    }
    return page;
  }
}
