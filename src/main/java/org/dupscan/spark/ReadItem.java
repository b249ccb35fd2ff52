package org.dupscan.spark;

import java.io.Serializable;
import java.time.Instant;
import org.dupscan.engine.ScanEngine;
import org.dupscan.extract.Page;

/**
 * What a read task makes of one document: an extracted page with its capture facts and the
 * fingerprints of its blocks that can be template, or a skipped input.
 *
 * @param page the page, or null when skipped
 * @param order its place in the CLI's reader order: page files first, then crawl files' records
 *     ({@link #RECORDS}), each by file number, then record
 * @param captured its WARC-Date, or null when unknown
 * @param minable fingerprints of its blocks that boilerplate mining counts ({@code
 *     BoilerplateMiner.minable}), distinct; null when skipped
 * @param origin where it was read, as the CLI names it (file, or file and record)
 * @param reason why it was skipped, or null
 * @param key the id its reader knew before loading (a crawl record's URL), or null
 * @param fileId a page file's id below its input (what the CLI checks for repeats across inputs),
 *     or null for crawl records and skipped files
 */
public record ReadItem(Page page, long order, Instant captured, long[] minable, String origin,
    String reason, String key, String fileId) implements Serializable {

  /** Bit of {@link #order} set on crawl files' records: the CLI reads them after every page file. */
  static final long RECORDS = 1L << 62;

  /** An input skipped for {@code reason}. */
  static ReadItem skipped(String origin, String reason) {
    return new ReadItem(null, 0, null, null, origin, reason, null, null);
  }

  /** This item as skipped for {@code why}, its order kept. */
  ReadItem skippedFor(String why) {
    return skippedFor(why, origin);
  }

  /** This item as skipped for {@code why}, listed as {@code source}. */
  ReadItem skippedFor(String why, String source) {
    return new ReadItem(null, order, captured, null, source, why, null, null);
  }

  /** Whether this capture counts over {@code other}, by the engine's rule ({@link ScanEngine#compareCaptures}). */
  boolean newerThan(ReadItem other) {
    return ScanEngine.compareCaptures(captured, order, other.captured, other.order) > 0;
  }

  /**
   * How the CLI names this page in "superseded by" lines of captures it compares after loading: a
   * record by its origin, a page file by its id.
   */
  String shownAs() {
    return key != null ? origin : page.id();
  }
}
