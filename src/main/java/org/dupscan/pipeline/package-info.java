/**
 * The detector pipeline: the interfaces a spam detector implements to run inside a scan, and the
 * list of detectors a scan runs ({@link org.dupscan.pipeline.Stages#standard()}).
 *
 * <p>A detector has up to two parts. Its per-page part ({@link org.dupscan.pipeline.PageStage}) runs
 * in the scan's first pass on each page while the page is in memory, and returns a small finding that
 * the scan keeps (no body text). Its cross-page part ({@link org.dupscan.pipeline.CorpusStage}) runs
 * after the first pass on every page's kept findings in id order, with what the engine measured
 * ({@link org.dupscan.pipeline.Corpus}: hosts, mined boilerplate, near duplicates, content words), and
 * returns a {@link org.dupscan.pipeline.StageResult}: named signals per page for the spam score,
 * cells for its own documents.csv columns, rows of its own report files and run.csv counts. Cells are
 * typed values ({@link org.dupscan.pipeline.Cell}); the report package formats them, so no detector
 * knows about CSV or input readers.
 */
package org.dupscan.pipeline;
