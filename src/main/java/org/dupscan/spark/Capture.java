package org.dupscan.spark;

import java.io.Serializable;
import java.time.Instant;
import org.dupscan.engine.ScanEngine;

/**
 * What choosing the captures that count needs of a read document: its ids, date and origin, without
 * its page. {@link Captures} decides on these alone, so that the pages themselves are shuffled once,
 * by host, with the verdicts joined on there.
 *
 * @param order its place in the CLI's reader order ({@link ReadItem#order})
 * @param captured its WARC-Date, or null when unknown
 * @param origin where it was read, or, once it lost to another capture, where the CLI lists it
 * @param reason why it is not scanned, or null for a page that is (so far) scanned
 * @param key the id its reader knew before loading (a crawl record's URL), or null
 * @param fileId a page file's id below its input, or null
 * @param pageId the id of its page, or null when it was skipped when read
 * @param host the host of its page, or null when it was skipped when read; kept when the page loses,
 *     so that the loss can be joined onto the host's pages
 */
record Capture(long order, Instant captured, String origin, String reason, String key, String fileId,
    String pageId, String host) implements Serializable {

  /** Whether this is a page that is scanned, unless a later rule takes it out. */
  boolean scanned() {
    return reason == null;
  }

  /** Whether this is a page read that a capture rule took out. */
  boolean lostPage() {
    return reason != null && host != null;
  }

  /** This capture as skipped for {@code why}, listed as {@code source}; order, page id and host kept. */
  Capture lost(String why, String source) {
    return new Capture(order, captured, source, why, null, null, pageId, host);
  }

  /** Whether this capture counts over {@code other}, by the engine's rule ({@link ScanEngine#compareCaptures}). */
  boolean newerThan(Capture other) {
    return ScanEngine.compareCaptures(captured, order, other.captured, other.order) > 0;
  }

  /**
   * How the CLI names this page in "superseded by" lines of captures it compares after loading: a
   * record by its origin, a page file by its id.
   */
  String shownAs() {
    return key != null ? origin : pageId;
  }
}
