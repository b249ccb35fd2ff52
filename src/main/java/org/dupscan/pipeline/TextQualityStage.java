package org.dupscan.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.dupscan.detect.Restatement;
import org.dupscan.detect.Signals;
import org.dupscan.detect.TextQuality;

/**
 * Repetition and keyword stuffing: per page the {@link TextQuality} figures, reported as they are,
 * except for the candidate {@linkplain Restatement restatements}: one is counted only when none of
 * its paragraphs stands on another page of the host (a note that reference documentation repeats
 * within its pages stands on many of them; an article's lead is its own).
 */
public final class TextQualityStage implements PageStage<TextQuality.Figures>, CorpusStage {

  /** Paragraphs restating the page (at most 2 count). */
  public static final String REPETITION = "repetition";
  /** Keyword stuffing over Gopher's limits. */
  public static final String STUFFING = "stuffing";
  /** Most restating paragraphs a page's signal counts. */
  static final int MAX_COUNTED = 2;

  @Override
  public String name() {
    return "text_quality";
  }

  @Override
  public TextQuality.Figures detect(PageInput page) {
    return TextQuality.measure(page.page(), page.words(), page.blockFingerprints(),
        page.settings().restatedShare(), page.settings().compressionRatio());
  }

  @Override
  public List<String> columns() {
    return List.of("repeated_paragraphs", "repeated_word_share", "top_2gram_share", "top_3gram_share",
        "top_4gram_share", "top_word", "top_word_density", "compression_ratio");
  }

  @Override
  public Result run(Corpus corpus) {
    List<TextQuality.Figures> found = corpus.findings(TextQualityStage.class);
    List<TextQuality.Figures> out = new ArrayList<>(found.size());
    for (int page = 0; page < found.size(); page++) {
      TextQuality.Figures f = found.get(page);
      out.add(f == null || f.restatements().isEmpty() ? f : f.withRestatements(own(corpus, page, f)));
    }
    return new Result(out);
  }

  /** The page's restatements none of whose paragraphs stands on another page of its host. */
  static List<Restatement> own(Corpus corpus, int page, TextQuality.Figures f) {
    List<Restatement> kept = new ArrayList<>(f.restatements().size());
    for (Restatement r : f.restatements()) {
      boolean own = true;
      for (long fp : r.fingerprints()) {
        own &= !corpus.recursOnHost(page, fp);
      }
      if (own) {
        kept.add(r);
      }
    }
    return kept;
  }

  /** {@code paragraphs} restating paragraphs, as a signal. */
  public static void repetition(Signals.Builder out, int paragraphs) {
    out.add(REPETITION, Math.min(paragraphs, MAX_COUNTED), () -> paragraphs + " paragraph"
        + (paragraphs == 1 ? "" : "s") + " restating the page");
  }

  /** Keyword stuffing, as a signal. */
  public static void stuffing(Signals.Builder out, boolean stuffed) {
    out.add(STUFFING, stuffed ? 1 : 0, "keyword stuffing");
  }

  /**
   * Each page's figures.
   *
   * @param figures per page in id order
   */
  public record Result(List<TextQuality.Figures> figures) implements StageResult {

    @Override
    public void signals(int page, Signals.Builder out) {
      TextQuality.Figures q = figures.get(page);
      repetition(out, q.repeatedParagraphs());
      stuffing(out, q.stuffed());
    }

    @Override
    public void cells(int page, List<Cell> out) {
      TextQuality.Figures q = figures.get(page);
      out.add(Cell.whole(q.repeatedParagraphs()));
      out.add(Cell.ratio(q.repeatedWordShare()));
      out.add(Cell.ratio(q.topNgramShare()[0]));
      out.add(Cell.ratio(q.topNgramShare()[1]));
      out.add(Cell.ratio(q.topNgramShare()[2]));
      out.add(Cell.text(q.topWord()));
      out.add(Cell.ratio(q.topWordDensity()));
      out.add(Double.isNaN(q.compressionRatio()) ? Cell.EMPTY : Cell.ratio(q.compressionRatio()));
    }
  }
}
