package org.dupscan.corpus;

import java.util.Objects;

/**
 * One document as an input reader found it, before extraction: where it came from and its raw bytes.
 *
 * @param id stable identifier: the path relative to the root it was found under, or its URL
 * @param url the page's URL, or its id when it has none
 * @param host the site it belongs to
 * @param origin where the bytes were read, for messages: a file path, or a file and record offset
 * @param format how the bytes are to be read
 * @param content the raw bytes (possibly not UTF-8)
 * @param charset a charset declared by the container (an HTTP header), or null
 */
public record SourceDocument(String id, String url, String host, String origin, Format format,
    byte[] content, String charset) {

  public SourceDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(content, "content");
  }
}
