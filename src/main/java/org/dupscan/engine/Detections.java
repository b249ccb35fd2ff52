package org.dupscan.engine;

import java.util.List;
import org.dupscan.detect.BoilerplateMiner;
import org.dupscan.detect.CaptionDetector;
import org.dupscan.detect.TitleGroups;

/**
 * The spam detectors' findings over a scan.
 *
 * @param boilerplate mined boilerplate blocks
 * @param titles duplicate, variant, archive and re-inserted titles
 * @param captions injected captions
 * @param pages per page, in the order of {@link ScanResult#pages()}
 * @param titleComparisonsSkipped comparisons the title-variant search left out at its bound
 *     ({@link TitleGroups.Result#comparisonsSkipped()}); 0 when it was exact
 */
public record Detections(BoilerplateMiner.Result boilerplate, List<TitleGroups.Row> titles,
    List<CaptionDetector.Caption> captions, List<PageFindings> pages, long titleComparisonsSkipped) {

  public Detections {
    titles = List.copyOf(titles);
    captions = List.copyOf(captions);
    pages = List.copyOf(pages);
  }
}
