package org.dupscan.engine;

import java.util.List;
import org.dupscan.detect.BoilerplateMiner;
import org.dupscan.detect.CaptionDetector;
import org.dupscan.detect.TitleGroups;
import org.dupscan.pipeline.CaptionStage;
import org.dupscan.pipeline.StageOutput;
import org.dupscan.pipeline.StageResult;
import org.dupscan.pipeline.TitleStage;

/**
 * The spam detectors' findings over a scan.
 *
 * @param boilerplate mined boilerplate blocks
 * @param pages per page, in the order of {@link ScanResult#pages()}
 * @param stages each cross-page stage of the pipeline with its result, in list order
 */
public record Detections(BoilerplateMiner.Result boilerplate, List<PageFindings> pages,
    List<StageOutput> stages) {

  public Detections {
    pages = List.copyOf(pages);
    stages = List.copyOf(stages);
  }

  /** The result of the stage whose result has this type; IllegalArgumentException when none ran. */
  public <R extends StageResult> R result(Class<R> type) {
    for (StageOutput s : stages) {
      if (type.isInstance(s.result())) {
        return type.cast(s.result());
      }
    }
    throw new IllegalArgumentException("no stage gave a " + type.getSimpleName());
  }

  /** Duplicate, variant, archive and re-inserted titles (of {@link TitleStage}). */
  public List<TitleGroups.Row> titles() {
    return result(TitleStage.Result.class).rows();
  }

  /** Injected captions (of {@link CaptionStage}). */
  public List<CaptionDetector.Caption> captions() {
    return result(CaptionStage.Result.class).captions();
  }
}
