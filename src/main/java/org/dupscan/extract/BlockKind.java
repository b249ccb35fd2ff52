package org.dupscan.extract;

/** What kind of element a text block came from. */
public enum BlockKind {
  HEADING,
  PARAGRAPH,
  LIST_ITEM,
  QUOTE,
  TABLE_CELL,
  CAPTION,
  PREFORMATTED,
  /** Text directly inside a generic container (div, section, form ...). */
  OTHER
}
