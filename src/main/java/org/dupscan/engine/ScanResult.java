package org.dupscan.engine;

import java.util.List;
import java.util.Map;
import org.dupscan.corpus.SkippedInput;
import org.dupscan.detect.NearDuplicateFinder;
import org.dupscan.lsh.Banding;

/**
 * Everything a scan found, ready for reports.
 *
 * @param settings the settings used
 * @param banding the LSH banding used
 * @param pages pages read, ordered by id; their index is the document number used in {@code near}
 * @param skipped inputs not read, ordered by source
 * @param near exact and near duplicates
 * @param bytesRead bytes of the pages read
 * @param timings elapsed milliseconds per phase, in phase order; with a page history, then the
 *     pages it gave by payload key ({@link ScanEngine#UNLOADED_PAGES}, a count)
 * @param detections the detector stages' findings
 */
public record ScanResult(ScanSettings settings, Banding banding, List<PageSummary> pages,
    List<SkippedInput> skipped, NearDuplicateFinder.Result near, long bytesRead,
    Map<String, Long> timings, Detections detections) {

  public ScanResult {
    java.util.Objects.requireNonNull(detections, "detections");
  }
}
