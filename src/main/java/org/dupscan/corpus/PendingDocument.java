package org.dupscan.corpus;

import java.io.IOException;
import java.time.Instant;

/**
 * A document found by a reader whose bytes are read on demand, so that a worker thread rather than the
 * reader's thread pays for the I/O.
 */
public interface PendingDocument {

  /** Where the document is, for messages and skip lists. */
  String origin();

  /** Reads the document. */
  SourceDocument load() throws IOException;

  /**
   * Bytes the document holds in memory until it is loaded (a record read with its file, a page
   * file's head), so that a caller queueing documents can bound what the queue holds; 0 if none.
   */
  default long heldBytes() {
    return 0;
  }

  /**
   * When the document was captured (a WARC-Date), or null when unknown. Of several documents with one
   * id, the latest capture counts (unknown counts as oldest); on equal dates the one read last, as a
   * crawler appends a later capture after an earlier one.
   */
  default Instant captured() {
    return null;
  }

  /**
   * The document's id when the reader knows it without loading (records of WARC and JSON Lines files,
   * which may repeat a URL), else null (a folder page, whose id is unique in a run).
   */
  default String id() {
    return null;
  }

  /**
   * What the container says of the document's bytes without their being read: for a WARC record its
   * {@code WARC-Payload-Digest} with the headers that decide what page the payload makes (record type,
   * content type, codings); null when it says nothing. Two documents of one id with equal keys make the
   * same page.
   */
  default String payloadKey() {
    return null;
  }
}
