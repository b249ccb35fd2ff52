package org.dupscan.index;

import java.util.Comparator;

/**
 * One row of changes.csv: one thing that differs from the index's previous run.
 *
 * @param kind what changed (see {@link Kind})
 * @param page the page concerned (the first page of a pair, of a cluster or of a title group)
 * @param other the second page of a pair, the kind of a title row, the block of a caption, the first
 *     pages of the groups merged or split into; "" if none
 * @param detail the similarity of a pair, the reasons of a flag, the title, the caption text, a
 *     group's pages or the pages it gained and lost; "" if none
 */
record Change(Kind kind, String page, String other, String detail) {

  /** The kinds of change, in the order changes.csv lists them. */
  public enum Kind {
    PAGE_ADDED, PAGE_CHANGED, PAGE_REMOVED, PAIR_NEW, PAIR_GONE, CLUSTER_NEW, CLUSTER_GROWN,
    CLUSTER_SHRUNK, CLUSTER_MERGED, CLUSTER_SPLIT, CLUSTER_GONE, FLAGGED, UNFLAGGED, TITLE_NEW,
    TITLE_GONE, TITLE_GROUP_NEW, TITLE_GROUP_GROWN, TITLE_GROUP_SHRUNK, TITLE_GROUP_MERGED,
    TITLE_GROUP_SPLIT, TITLE_GROUP_GONE, CAPTION_NEW, CAPTION_GONE;

    /** The name written in changes.csv: lower case. */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** changes.csv order: by kind, then page, then other. */
  public static final Comparator<Change> ORDER = Comparator.comparing(Change::kind)
      .thenComparing(Change::page).thenComparing(Change::other);
}
