package org.dupscan.corpus;

import java.util.Objects;

/**
 * How readers read: caps and naming. The constructor rejects bad values with a message that shows them.
 *
 * @param site the host to give every page, or null to infer it (from folder names or URLs)
 * @param maxPageBytes largest single page file read (after gzip decompression)
 * @param maxRecordBytes largest record read from a WARC or JSON Lines file (after decompression)
 * @param jsonlFields the field names of JSON Lines records
 */
public record ReaderSettings(String site, long maxPageBytes, long maxRecordBytes, JsonlFields jsonlFields) {

  /**
   * Default cap on one WARC or JSON Lines record, after decompression: far above a typical HTML page
   * (tens of KB), and above the payload limits big crawlers truncate at (such records carry
   * WARC-Truncated and are still read).
   */
  public static final long DEFAULT_MAX_RECORD_BYTES = 5L * 1024 * 1024;

  public ReaderSettings {
    if (site != null && site.isBlank()) {
      throw new IllegalArgumentException("site must not be blank");
    }
    if (maxPageBytes < 1) {
      throw new IllegalArgumentException("max page bytes must be positive but was " + maxPageBytes);
    }
    if (maxRecordBytes < 1) {
      throw new IllegalArgumentException("max record bytes must be positive but was " + maxRecordBytes);
    }
    Objects.requireNonNull(jsonlFields, "jsonlFields");
  }

  /** Default caps and field names, hosts inferred. */
  public static ReaderSettings defaults() {
    return new ReaderSettings(null, FolderReader.DEFAULT_MAX_PAGE_BYTES, DEFAULT_MAX_RECORD_BYTES,
        JsonlFields.DEFAULT);
  }
}
