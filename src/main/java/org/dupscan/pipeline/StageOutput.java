package org.dupscan.pipeline;

/**
 * A cross-page stage and what it found in one scan.
 *
 * @param stage the stage
 * @param result its result
 */
public record StageOutput(CorpusStage stage, StageResult result) {}
