package org.dupscan.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dupscan.detect.CaptionDetector;
import org.dupscan.detect.Signals;
import org.dupscan.detect.TitleFacts;
import org.dupscan.extract.Block;

/**
 * Injected image captions: per page the {@link CaptionDetector} candidates (needs {@link TitleStage}
 * before it, since a caption that repeats the title is no caption); over the scan the candidates
 * that score high enough, counting how many pages and hosts carry the same text. Writes captions.csv
 * and the captions column.
 */
public final class CaptionStage implements PageStage<List<CaptionDetector.Candidate>>, CorpusStage {

  /** Injected captions on the page (at most 2 count). */
  public static final String SIGNAL = "caption";
  /** The stage's report. */
  public static final String FILE = "captions.csv";
  /** Its columns. */
  public static final List<String> HEADER = List.of("page", "block", "text", "score", "reasons",
      "pages_with_same_text", "hosts_with_same_text");

  /** One captions.csv row. */
  public static List<Cell> row(CaptionDetector.Caption c) {
    return List.of(Cell.text(c.page()), Cell.whole(c.block()), Cell.text(c.text()),
        Cell.ratio(c.score()), Cell.text(c.reasons()), Cell.whole(c.pagesWithSameText()),
        Cell.whole(c.hostsWithSameText()));
  }

  /** Most captions a page's signal counts. */
  static final int MAX_COUNTED = 2;

  @Override
  public String name() {
    return "captions";
  }

  @Override
  public List<Class<?>> needs() {
    return List.of(TitleStage.class);
  }

  @Override
  public List<CaptionDetector.Candidate> detect(PageInput page) {
    TitleFacts title = page.finding(TitleStage.class);
    List<CaptionDetector.Candidate> found =
        List.copyOf(CaptionDetector.candidates(page.page(), page.words(), title,
            page.blockFingerprints()));
    // Held from boilerplate mining: the candidates that are blocks of the page's own (an alt text's
    // candidate names the block after its image) and stand inside the article, between paragraphs or
    // before the re-inserted title. A short line of the page's frame (a byline, a forum's "who is
    // online" line) may be a candidate on every page and is the template all the same.
    List<Block> blocks = page.page().blocks();
    for (CaptionDetector.Candidate c : found) {
      if (c.placed() && c.block() < blocks.size() && blocks.get(c.block()).text().equals(c.text())) {
        page.hold(c.block());
      }
    }
    return found;
  }

  @Override
  public List<String> columns() {
    return List.of("captions");
  }

  @Override
  public Result run(Corpus corpus) {
    List<CaptionDetector.Candidate> candidates = new ArrayList<>();
    for (List<CaptionDetector.Candidate> page : corpus.findings(CaptionStage.class)) {
      candidates.addAll(page);
    }
    // Near-duplicate clusters relate their pages: edited copies of one page carry its short lines.
    Map<String, Integer> related = new HashMap<>();
    int[] clusterOf = corpus.near().clusterOf();
    for (CaptionDetector.Candidate c : candidates) {
      int cluster = clusterOf[corpus.index(c.page())];
      if (cluster != 0) {
        related.put(c.page(), cluster);
      }
    }
    List<CaptionDetector.Caption> captions =
        CaptionDetector.finish(candidates, corpus.settings().captionScore(),
            corpus.boilerplate().fingerprintsByHost(), related);
    int[] count = new int[corpus.size()];
    int[] pages = new int[corpus.size()];
    for (CaptionDetector.Caption c : captions) {
      int i = corpus.index(c.page());
      count[i]++;
      pages[i] = Math.max(pages[i], c.pagesWithSameText());
    }
    return new Result(captions, count, pages);
  }

  /** {@code captions} captions on a page, the most recurring on {@code pages} pages, as a signal. */
  public static void signal(Signals.Builder out, int captions, int pages) {
    out.add(SIGNAL, Math.min(captions, MAX_COUNTED), () -> "caption x" + captions
        + (pages >= 2 ? " recurring on " + pages + " pages" : ""));
  }

  /**
   * The captions of a scan.
   *
   * @param captions the reported captions, in a fixed order
   * @param count per page, its captions
   * @param pages per page, the most pages any of its captions stands on
   */
  public record Result(List<CaptionDetector.Caption> captions, int[] count, int[] pages)
      implements StageResult {

    @Override
    public void signals(int page, Signals.Builder out) {
      signal(out, count[page], pages[page]);
    }

    @Override
    public void cells(int page, List<Cell> out) {
      out.add(Cell.whole(count[page]));
    }

    @Override
    public List<Table> tables() {
      List<List<Cell>> rows = new ArrayList<>(captions.size());
      for (CaptionDetector.Caption c : captions) {
        rows.add(row(c));
      }
      return List.of(new Table(FILE, HEADER, rows));
    }

    @Override
    public List<Count> counts() {
      return List.of(new Count("captions", captions.size()));
    }
  }
}
