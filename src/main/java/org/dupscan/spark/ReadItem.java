package org.dupscan.spark;

import java.io.Serializable;
import java.time.Instant;
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

  /** What the capture rules need of this item ({@link Captures}): everything but the page's content. */
  Capture capture() {
    return new Capture(order, captured, origin, reason, key, fileId, page == null ? null : page.id(),
        page == null ? null : page.host());
  }
}
