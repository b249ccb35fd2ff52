package org.dupscan.spark;

import java.io.Serializable;
import org.dupscan.extract.Page;

/**
 * What a read task makes of one document: an extracted page with its capture facts and the
 * fingerprints of its blocks that can be template, or a skipped input.
 *
 * @param page the page, or null when skipped
 * @param order its place in the reader order (file number, then record), for ties between captures
 * @param captured its WARC-Date in epoch milliseconds, or {@link Long#MIN_VALUE} when unknown
 * @param minable fingerprints of its blocks that boilerplate mining counts ({@code
 *     BoilerplateMiner.minable}), distinct
 * @param skippedSource the skipped input's origin, or null
 * @param skippedReason why it was skipped, or null
 */
public record ReadItem(Page page, long order, long captured, long[] minable, String skippedSource,
    String skippedReason) implements Serializable {

  /** Of two captures of one id, the one that counts: the latest date, then the one read last. */
  static ReadItem latest(ReadItem a, ReadItem b) {
    if (a.captured != b.captured) {
      return a.captured > b.captured ? a : b;
    }
    return a.order > b.order ? a : b;
  }
}
