package org.dupscan.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.dupscan.detect.SpamScore;
import org.dupscan.detect.Signals;
import org.dupscan.pipeline.CaptionStage;
import org.dupscan.report.CsvCells;
import org.dupscan.pipeline.ContainmentStage;
import org.dupscan.pipeline.ContentStage;
import org.dupscan.pipeline.CorpusStage;
import org.dupscan.pipeline.Stage;
import org.dupscan.pipeline.TextQualityStage;
import org.dupscan.pipeline.TitleStage;
import org.dupscan.report.ReportDirectory;
import org.dupscan.report.ScanReports;
import scala.Tuple2;

/**
 * A page's documents.csv line from its host-bound facts and the cross-host cells joined to them: each
 * cross-page stage's signals and cells, in the stage list's order, through the stages' own signal
 * methods, then the spam score ({@link SpamScore#of}), as the CLI's engine scores a page.
 */
final class DocumentRows implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The cross-page stages, in list order (their classes: the job sends no stage objects). */
  private final List<Class<? extends Stage>> stages;
  private final int thinWords;
  private final double flagScore;

  /**
   * @param stages the scan's stages
   * @param thinWords the --thin-words setting
   * @param flagScore the --flag-score setting
   * @throws IllegalArgumentException for a cross-page stage whose cells the job cannot make (spun
   *     variants: their search is not distributed)
   */
  DocumentRows(List<Stage> stages, int thinWords, double flagScore) {
    List<Class<? extends Stage>> corpus = new ArrayList<>();
    for (Stage s : stages) {
      if (s instanceof CorpusStage) {
        if (!(s instanceof TitleStage || s instanceof CaptionStage || s instanceof TextQualityStage
            || s instanceof ContentStage || s instanceof ContainmentStage)) {
          throw new IllegalArgumentException("the Spark job does not run the " + s.name() + " stage");
        }
        corpus.add(s.getClass());
      }
    }
    this.stages = List.copyOf(corpus);
    this.thinWords = thinWords;
    this.flagScore = flagScore;
  }

  /** documents.csv's header for these stages. */
  static List<String> header(List<Stage> stages) {
    List<CorpusStage> corpus = new ArrayList<>();
    for (Stage s : stages) {
      if (s instanceof CorpusStage c) {
        corpus.add(c);
      }
    }
    return ScanReports.documentColumns(corpus);
  }

  /**
   * The page's line, and whether its spam score reaches the flag score (run.csv's pages_flagged).
   *
   * @param near its duplicates ({@link NearCells#NONE} outside clusters)
   * @param sharedTitle whether its title is in a duplicate or variant group
   * @param captions its captions in captions.csv
   * @param captionPages the most pages any of its captions' texts stands on
   * @param containedIn how many pages contain it
   */
  Tuple2<String, Boolean> line(PageFacts p, NearCells near, boolean sharedTitle, int captions, int captionPages,
      int containedIn) {
    Signals.Builder signals = Signals.builder();
    List<Object> cells = new ArrayList<>();
    for (Class<? extends Stage> s : stages) {
      if (s == TitleStage.class) {
        TitleStage.repeated(signals, p.titleRepeatedAt());
        TitleStage.archive(signals, p.archive());
        TitleStage.shared(signals, sharedTitle);
      } else if (s == CaptionStage.class) {
        CaptionStage.signal(signals, captions, captionPages);
        cells.add(CsvCells.number(captions));
      } else if (s == TextQualityStage.class) {
        TextQualityStage.repetition(signals, p.repeatedParagraphs());
        TextQualityStage.stuffing(signals, p.stuffed());
        cells.addAll(List.of(p.textQualityCells()));
      } else if (s == ContentStage.class) {
        boolean exact = !near.exactOf().isEmpty();
        boolean close = !near.closest().isEmpty();
        ContentStage.boilerplate(signals, p.boilerplateShare());
        ContentStage.nearDuplicate(signals, exact ? 1.0 : close ? near.closestSimilarity() : 0.0,
            exact ? near.exactOf() : close ? near.closest() : "");
        ContentStage.thin(signals, p.contentWords() < thinWords);
      } else if (s == ContainmentStage.class) {
        cells.add(CsvCells.number(containedIn));
      }
    }
    SpamScore.Score score = SpamScore.of(signals.build());
    List<Object> row = new ArrayList<>(ScanReports.pageCells(p.summary(), near.exactOf(),
        near.cluster(), near.closest(), near.closestSimilarity(), near.nearCount()));
    row.addAll(ScanReports.detectionCells(p.boilerplateShare(), p.contentWords(), score.score(),
        score.reasons()));
    row.addAll(cells);
    row.addAll(ScanReports.tailCells(p.summary()));
    return new Tuple2<>(ReportDirectory.csvLine(row.toArray()), score.score() >= flagScore);
  }
}
