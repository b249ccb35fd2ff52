package org.dupscan.pipeline;

import java.util.List;
import java.util.Map;

/**
 * The cross-page part of a detector: runs once after the first pass (and after the engine's
 * boilerplate mining and near-duplicate search), on every page's kept findings in id order, inside the
 * scan's thread pool (a parallel stream in {@link #run} uses the scan's --threads). Its result gives
 * each page's named signals for the spam score, the cells of its {@link #columns()}, and its report
 * files and counts.
 */
public interface CorpusStage extends Stage {

  /**
   * The documents.csv columns this stage fills, in order; documents.csv holds the stages' columns in
   * the order of the stage list. Names must be unique over the list.
   */
  default List<String> columns() {
    return List.of();
  }

  /**
   * The stage's own settings, as run.csv rows after the detectors' settings (name, value), in order;
   * names must not clash with run.csv's other rows.
   */
  default Map<String, Cell> settings() {
    return Map.of();
  }

  /** Runs over the whole scan. Must give the same result whatever the thread count. */
  StageResult run(Corpus corpus);
}
