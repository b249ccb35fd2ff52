package org.dupscan.corpus;

/** How a document's bytes are to be read. */
public enum Format {
  HTML,
  TEXT,
  MARKDOWN
}
