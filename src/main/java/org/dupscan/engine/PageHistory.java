package org.dupscan.engine;

import java.io.IOException;
import java.util.Set;
import java.util.function.Consumer;
import org.dupscan.corpus.SourceDocument;
import org.dupscan.extract.Page;

/**
 * Where pass 1's pages come from besides tonight's inputs: pages extracted on earlier runs and kept
 * (an index). The engine asks it, for each document read, whether the same bytes were extracted before
 * (then the stored page is analysed, not parsed again), hands it each page extracted anew, and after
 * reading takes from it the stored pages not read tonight. Those go through the same per-page analysis
 * as tonight's pages, so every later stage runs unchanged over the whole held corpus and gives the
 * answers a fresh scan of those pages gives.
 *
 * <p>{@link #recall} and {@link #extracted} are called from worker threads.
 */
public interface PageHistory {

  /** No history: every page is read from the inputs. */
  PageHistory NONE = new PageHistory() {
    @Override
    public Page recall(SourceDocument document) {
      return null;
    }

    @Override
    public void extracted(long order, SourceDocument document, Page page) {}

    @Override
    public void carried(Set<String> read, Consumer<Page> sink) {}
  };

  /** The page stored for this document's id when its bytes are unchanged since, else null. */
  Page recall(SourceDocument document) throws IOException;

  /** A page extracted tonight (new or changed), {@code order} its place in the reader's order. */
  void extracted(long order, SourceDocument document, Page page) throws IOException;

  /**
   * Gives {@code sink}, on the calling thread, each stored page to analyse with tonight's: those whose
   * id is not among {@code read} (the ids read tonight) and that the history keeps.
   */
  void carried(Set<String> read, Consumer<Page> sink) throws IOException;
}
