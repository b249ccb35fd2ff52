package org.dupscan.pipeline;

import java.util.List;
import org.dupscan.detect.Signals;

/**
 * What a {@link CorpusStage} found: asked page by page (from several threads at once, so read-only)
 * for signals and cells, and once for report files and counts.
 */
public interface StageResult {

  /** Adds page {@code page}'s signals, by name (see {@link org.dupscan.detect.SpamScore#WEIGHTS}). */
  default void signals(int page, Signals.Builder out) {}

  /** Adds page {@code page}'s cells, one per column of the stage, in order. */
  default void cells(int page, List<Cell> out) {}

  /** Report files this stage writes (titles.csv, captions.csv ...). */
  default List<Table> tables() {
    return List.of();
  }

  /** Rows this stage adds to run.csv, in order. */
  default List<Count> counts() {
    return List.of();
  }
}
