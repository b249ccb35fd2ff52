package org.dupscan.corpus;

import java.io.IOException;

/**
 * A document found by a reader whose bytes are read on demand, so that a worker thread rather than the
 * reader's thread pays for the I/O.
 */
public interface PendingDocument {

  /** Where the document is, for messages and skip lists. */
  String origin();

  /** Reads the document. */
  SourceDocument load() throws IOException;
}
