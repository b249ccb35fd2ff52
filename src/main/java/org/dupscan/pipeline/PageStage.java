package org.dupscan.pipeline;

import java.util.List;

/**
 * The per-page part of a detector: runs in the scan's first pass, on any worker thread, while the
 * extracted page and its words are in memory. It returns a small finding that the scan keeps for the
 * cross-page part (no body text: at a million pages every byte kept per page is a megabyte of heap).
 * Stages are shared by all workers, so {@link #detect} must not change the stage's own state.
 *
 * @param <F> the finding kept per page (a record); null is allowed and kept as null
 */
public interface PageStage<F> extends Stage {

  /**
   * The per-page stages whose findings {@link #detect} reads ({@link PageInput#finding}): they must
   * stand before this one in the list, which the engine checks when it is built.
   */
  default List<Class<?>> needs() {
    return List.of();
  }

  /** The finding of one page. A RuntimeException skips the page (listed in skipped.csv). */
  F detect(PageInput page);
}
