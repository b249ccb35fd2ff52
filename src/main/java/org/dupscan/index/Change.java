package org.dupscan.index;

import java.util.Comparator;

/**
 * One row of changes.csv: one thing that differs from the index's previous run.
 *
 * @param kind what changed (see {@link Kind})
 * @param page the page concerned (the first page of a pair)
 * @param other the second page of a pair, the kind of a title row, the block of a caption; "" if none
 * @param detail the similarity of a pair, the reasons of a flag, the title, the caption text; "" if none
 */
record Change(Kind kind, String page, String other, String detail) {

  /** The kinds of change, in the order changes.csv lists them. */
  public enum Kind {
    PAGE_ADDED, PAGE_CHANGED, PAGE_REMOVED, PAIR_NEW, PAIR_GONE, FLAGGED, UNFLAGGED, TITLE_NEW,
    TITLE_GONE, CAPTION_NEW, CAPTION_GONE;

    /** The name written in changes.csv: lower case. */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** changes.csv order: by kind, then page, then other. */
  public static final Comparator<Change> ORDER = Comparator.comparing(Change::kind)
      .thenComparing(Change::page).thenComparing(Change::other);
}
