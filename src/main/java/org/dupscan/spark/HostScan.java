package org.dupscan.spark;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.dupscan.cli.ScanArguments;
import org.dupscan.detect.BoilerplateMiner;
import org.dupscan.detect.CaptionDetector;
import org.dupscan.detect.TitleFacts;
import org.dupscan.detect.TitleGroups;
import org.dupscan.engine.PageHistory;
import org.dupscan.engine.PageState;
import org.dupscan.engine.PageSummary;
import org.dupscan.engine.ScanEngine;
import org.dupscan.engine.ScanResult;
import org.dupscan.engine.ScanSettings;
import org.dupscan.pipeline.CaptionStage;
import org.dupscan.pipeline.PageStage;
import org.dupscan.pipeline.Stage;
import org.dupscan.pipeline.TextQualityStage;
import org.dupscan.pipeline.Cell;
import org.dupscan.engine.PageFindings;
import org.dupscan.detect.TextQuality;
import org.dupscan.pipeline.TitleStage;
import org.dupscan.report.ReportDirectory;
import org.dupscan.report.ScanReports;

/**
 * The per-host step: the CLI's engine run over one host's pages, in one task and one thread. Its
 * per-page stages, boilerplate mining (with the fingerprints' host counts of the whole scan, so that
 * cross-host widgets are found as the CLI finds them), content shingles and signatures are the CLI's;
 * each page's content data goes on to the corpus-wide duplicate search, and its boilerplate blocks,
 * which depend on nothing outside the host but those counts, are boilerplate.csv's rows for the host.
 */
final class HostScan {

  private HostScan() {}

  /**
   * What the engine made of one host.
   *
   * @param contents each page's content data, for the duplicate search
   * @param boilerplate the host's boilerplate.csv lines, in the CLI's order within a host
   * @param captions the caption candidates of its pages, for the recurrence count across hosts
   * @param titles its pages' titles, for the title groups across hosts
   * @param pages what documents.csv says of each page that depends on the host alone
   * @param bytesRead bytes of the host's pages scanned (run.csv's bytes_read)
   */
  record Result(List<PageContent> contents, List<String> boilerplate, List<CaptionItem> captions,
      List<TitleItem> titles, List<PageFacts> pages, long bytesRead) implements Serializable {}

  static Result scan(Iterable<ReadItem> pages, Map<Long, Integer> hostCounts,
      ScanArguments args) throws IOException {
    Path empty = Files.createTempDirectory("dupscan-spark-host-");
    try {
      ScanSettings settings = args.settings(List.of(empty), 1);
      ScanEngine engine = new ScanEngine(settings, args.stages());
      Map<String, PageContent> content = Collections.synchronizedMap(new HashMap<>());
      int captionStage = findingIndex(engine, CaptionStage.class);
      int titleStage = findingIndex(engine, TitleStage.class);
      List<List<CaptionDetector.Candidate>> candidates = new ArrayList<>();
      List<TitleFacts> titleFacts = new ArrayList<>();
      ScanResult result = engine.scanPart(carrying(engine, pages, state -> {
        if (captionStage >= 0) {
          @SuppressWarnings("unchecked")
          List<CaptionDetector.Candidate> found =
              (List<CaptionDetector.Candidate>) state.findings()[captionStage];
          candidates.add(found);
        }
        if (titleStage >= 0) {
          titleFacts.add((TitleFacts) state.findings()[titleStage]);
        }
      }), hostCounts,
          (id, signature, hi, lo, shingles) -> content.put(id,
              new PageContent(id, signature.clone(), hi, lo, shingles)));
      List<PageContent> out = new ArrayList<>(result.pages().size());
      for (PageSummary p : result.pages()) {
        out.add(content.getOrDefault(p.id(), new PageContent(p.id(), null, 0, 0, null)));
      }
      List<String> boilerplate = new ArrayList<>();
      for (BoilerplateMiner.Block b : result.detections().boilerplate().blocks()) {
        boilerplate.add(ReportDirectory.csvLine(ScanReports.boilerplateRow(b)));
      }
      List<CaptionItem> captions = new ArrayList<>();
      Map<String, Set<Long>> templates = result.detections().boilerplate().fingerprintsByHost();
      for (List<CaptionDetector.Candidate> page : candidates) {
        for (int k = 0; k < page.size(); k++) {
          CaptionDetector.Candidate c = page.get(k);
          Set<Long> template = templates.getOrDefault(c.host(), Set.of());
          captions.add(new CaptionItem(c, k,
              Arrays.stream(c.prose()).filter(h -> !template.contains(h)).toArray()));
        }
      }
      // TitleStage.run's facts: repeats after the host's template left out; keys need only the host.
      List<TitleFacts> facts = new ArrayList<>(titleFacts.size());
      for (TitleFacts f : titleFacts) {
        facts.add(f.withoutTemplate(templates.getOrDefault(f.host(), Set.of())));
      }
      String[] keys = TitleGroups.keys(facts);
      List<TitleItem> titles = new ArrayList<>(facts.size());
      for (int i = 0; i < keys.length; i++) {
        titles.add(new TitleItem(facts.get(i), keys[i]));
      }
      return new Result(out, boilerplate, captions, titles, pageFacts(result),
          result.bytesRead());
    } finally {
      Files.deleteIfExists(empty);
    }
  }

  /** Each page's host-bound documents.csv facts, in the host's id order. */
  private static List<PageFacts> pageFacts(ScanResult result) {
    // The stage's facts, in id order, already have the host's template repeats left out.
    List<TitleFacts> titles = result.detections().result(TitleStage.Result.class).facts();
    TextQualityStage.Result quality = result.detections().result(TextQualityStage.Result.class);
    List<PageFacts> out = new ArrayList<>(result.pages().size());
    List<Cell> cells = new ArrayList<>();
    for (int i = 0; i < result.pages().size(); i++) {
      PageFindings f = result.detections().pages().get(i);
      TitleFacts t = titles.get(i);
      TextQuality.Figures q = quality.figures().get(i);
      cells.clear();
      quality.cells(i, cells);
      String[] formatted = new String[cells.size()];
      for (int k = 0; k < formatted.length; k++) {
        formatted[k] = ScanReports.format(cells.get(k));
      }
      out.add(new PageFacts(result.pages().get(i), f.boilerplateShare(), f.contentWords(),
          t.repeatedAt().isEmpty() ? -1 : t.repeatedAt().get(0), t.archive(),
          q.repeatedParagraphs(), q.stuffed(), formatted));
    }
    return out;
  }

  /** The place of {@code stage}'s finding among a page's findings (page stages in order), or -1. */
  private static int findingIndex(ScanEngine engine, Class<?> stage) {
    int k = 0;
    for (Stage s : engine.stages()) {
      if (s instanceof PageStage<?>) {
        if (stage.isInstance(s)) {
          return k;
        }
        k++;
      }
    }
    return -1;
  }

  /**
   * A history that hands the engine {@code pages} to take in, as an index hands it stored pages. Each
   * is analysed here, on the task's thread (the task is the unit of parallelism); a page without
   * words is left out, as the CLI leaves it out of its pages.
   */
  private static PageHistory carrying(ScanEngine engine, Iterable<ReadItem> pages,
      Consumer<PageState> analysed) {
    return new PageHistory() {
      @Override
      public void carried(Set<String> read, Consumer<Supplier<PageState>> sink) {
        for (ReadItem item : pages) {
          PageState state = engine.analysePage(item.page());
          if (state != null) {
            analysed.accept(state);
            sink.accept(() -> state);
          }
        }
      }
    };
  }
}
