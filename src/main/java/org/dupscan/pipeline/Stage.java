package org.dupscan.pipeline;

/**
 * One detector of the pipeline. It implements {@link PageStage}, {@link CorpusStage} or both; the
 * scan runs the per-page parts in list order on each page, then the cross-page parts in list order.
 */
public interface Stage {

  /** A short lower-case name, for messages and timings. */
  String name();
}
