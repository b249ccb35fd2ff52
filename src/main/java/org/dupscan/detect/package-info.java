/**
 * Detectors: each sees extracted pages or their numeric summaries and reports findings as records;
 * none knows about input readers or report formats.
 */
package org.dupscan.detect;
