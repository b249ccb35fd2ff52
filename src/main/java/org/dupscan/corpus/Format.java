package org.dupscan.corpus;

/** How a document's bytes are to be read. */
public enum Format {
  HTML,
  /** Plain text whose first non-blank line is the title (a .txt page). */
  TEXT,
  MARKDOWN,
  /**
   * Plain text that is all body, no title line: a record's text field (JSON Lines), whose title, if
   * any, is a field of its own.
   */
  BODY_TEXT
}
