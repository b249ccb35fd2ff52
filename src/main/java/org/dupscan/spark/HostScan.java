package org.dupscan.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.dupscan.cli.ScanArguments;
import org.dupscan.corpus.SourceDocument;
import org.dupscan.engine.PageHistory;
import org.dupscan.engine.PageState;
import org.dupscan.engine.PageSummary;
import org.dupscan.engine.ScanEngine;
import org.dupscan.engine.ScanResult;
import org.dupscan.engine.ScanSettings;
import org.dupscan.engine.SignedContent;
import org.dupscan.pipeline.Stages;

/**
 * The per-host step: the CLI's engine run over one host's pages, in one task and one thread. Its
 * per-page stages, boilerplate mining (with the fingerprints' host counts of the whole scan, so that
 * cross-host widgets are found as the CLI finds them), content shingles and signatures are the CLI's;
 * each page's content data goes on to the corpus-wide duplicate search.
 */
final class HostScan {

  private HostScan() {}

  static List<PageContent> scan(Iterable<ReadItem> pages, Map<Long, Integer> hostCounts,
      ScanArguments args) throws IOException {
    Path empty = Files.createTempDirectory("dupscan-spark-host-");
    try {
      ScanSettings settings = args.settings(List.of(empty), 1);
      ScanEngine engine = new ScanEngine(settings,
          args.spun() ? Stages.withSpunVariants() : Stages.standard());
      Map<String, PageContent> content = Collections.synchronizedMap(new HashMap<>());
      ScanResult result = engine.scanPart(carrying(engine, pages), hostCounts,
          (id, signature, hi, lo, shingles) -> content.put(id,
              new PageContent(id, signature.clone(), hi, lo, shingles)));
      List<PageContent> out = new ArrayList<>(result.pages().size());
      for (PageSummary p : result.pages()) {
        out.add(content.getOrDefault(p.id(), new PageContent(p.id(), null, 0, 0, null)));
      }
      return out;
    } finally {
      Files.deleteIfExists(empty);
    }
  }

  /**
   * A history that hands the engine {@code pages} to take in, as an index hands it stored pages. Each
   * is analysed here, on the task's thread (the task is the unit of parallelism); a page without
   * words is left out, as the CLI leaves it out of its pages.
   */
  private static PageHistory carrying(ScanEngine engine, Iterable<ReadItem> pages) {
    return new PageHistory() {
      @Override
      public PageState recall(SourceDocument document, String payloadKey) {
        return null;
      }

      @Override
      public void extracted(long order, SourceDocument document, String payloadKey, PageState page) {}

      @Override
      public void carried(Set<String> read, Consumer<Supplier<PageState>> sink) {
        for (ReadItem item : pages) {
          PageState state = engine.analysePage(item.page());
          if (state != null) {
            sink.accept(() -> state);
          }
        }
      }

      @Override
      public void signed(String id, SignedContent content) {}
    };
  }
}
