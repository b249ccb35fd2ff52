package org.dupscan.engine;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.dupscan.corpus.PendingDocument;
import org.dupscan.corpus.SourceDocument;

/**
 * Where pass 1's pages come from besides tonight's inputs: pages analysed on earlier runs and kept
 * (an index), as {@link PageState}s. The engine asks it, for each document read, whether the same
 * bytes were analysed before (then the stored state is taken as it is: no parse, no per-page stage),
 * hands it each page analysed anew, and after reading takes from it the stored pages not read tonight.
 * A stored state is what pass 1 made of the same bytes, so every later stage runs unchanged over the
 * whole held corpus and gives the answers a fresh scan of those pages gives.
 *
 * <p>{@link #recall}, {@link #recallUnloaded}, {@link #extracted} and {@link #signed} are called from
 * worker threads. Every method defaults to a history that holds nothing, so that a history overrides
 * only what it keeps.
 */
public interface PageHistory {

  /** No history: every page is read from the inputs. */
  PageHistory NONE = new PageHistory() {};

  /**
   * The state stored for this document's id when its bytes are unchanged since, else null.
   * {@code payloadKey}: the document's {@link PendingDocument#payloadKey}, or null, to store with it.
   */
  default PageState recall(SourceDocument document, String payloadKey) throws IOException {
    return null;
  }

  /**
   * The state stored for {@code id} when it was stored with this payload key (the container vouches
   * that the bytes are those of the stored page, so they need not be loaded), else null.
   */
  default PageState recallUnloaded(String id, String payloadKey) throws IOException {
    return null;
  }

  /**
   * A page analysed tonight (new or changed), {@code order} its place in the reader's order,
   * {@code payloadKey} its document's {@link PendingDocument#payloadKey} or null, {@code text} what
   * the side-by-side view compares of it.
   */
  default void extracted(long order, SourceDocument document, String payloadKey, PageState page,
      ComparedText text) throws IOException {}

  /**
   * The read of tonight's inputs starts again from the first (a URL was captured twice, and only now
   * is its latest capture known): forget every document {@link #recall}, {@link #recallUnloaded} and
   * {@link #extracted} were given so far, as if none had been read. Called on the scanning thread,
   * once no worker is reading.
   */
  default void restart() throws IOException {}

  /**
   * Gives {@code sink}, on the calling thread, each stored page to take into tonight's scan: those
   * whose id is not among {@code read} (the ids read tonight) and that the history keeps. Each comes
   * as a supplier that decodes it, so that decoding runs on the engine's workers.
   */
  default void carried(Set<String> read, Consumer<Supplier<PageState>> sink) throws IOException {}

  /**
   * The word hashes of page {@code id} as stored (the part of {@link AnalyzedPage#toLongs} after its
   * head), for a page this history gave without them ({@link PageState#wordsHeld}). Called from worker
   * threads, during the scan, only for such pages.
   */
  default long[] words(String id) throws IOException {
    throw new IllegalStateException("this history gives every page with its words, so none of "
        + id + "'s is kept apart");
  }

  /**
   * Gives {@code sink} the exact similarities of page pairs kept by {@link #keepSimilarities} on the
   * last run, in any order; the engine takes those of pages whose content is as stored.
   */
  default void similarities(Consumer<PairSimilarity> sink) throws IOException {}

  /**
   * The exact similarities that hold for tonight's pages as they now are (kept from the last run or
   * computed tonight), to give back on the next run. Called once, after the pairs are found.
   */
  default void keepSimilarities(List<PairSimilarity> pairs) throws IOException {}

  /**
   * Gives {@code sink} the intersection sizes of containment's candidate pairs kept by
   * {@link #keepIntersections} on the last run, in any order; the engine takes those of pages whose
   * content is as stored.
   */
  default void intersections(Consumer<PairIntersection> sink) throws IOException {}

  /**
   * The intersection sizes of tonight's containment candidate pairs (kept from the last run or
   * computed tonight), to give back on the next run. Called once, after the corpus stages ran.
   */
  default void keepIntersections(List<PairIntersection> pairs) throws IOException {}

  /**
   * What the shingle step made of each held page as the last run left it (a page signed again
   * tonight gives its last run's), for every held page but those {@code skip} accepts; none for a
   * page with no stored signature.
   */
  default void storedSignatures(java.util.function.Predicate<String> skip,
      java.util.function.BiConsumer<String, SignedContent> sink) throws IOException {}

  /** The near-duplicate clusters of the last run, each as its pages' ids. */
  default void storedClusters(Consumer<List<String>> sink) throws IOException {}

  /**
   * The passages kept for the pair ({@code a}, {@code b}) by {@link #keepPassages} on the last run,
   * when both pages are held tonight with the bytes they were made from; else null. Called after the
   * scan, on one thread.
   */
  default PairPassages passages(String a, String b) throws IOException {
    return null;
  }

  /**
   * The compared text of page {@code id} as tonight's scan holds it (kept by {@link #extracted} tonight
   * or on an earlier run with the same bytes), or null when the history has none; then the page is
   * read again from the inputs. Called after the scan, on one thread.
   */
  default ComparedText text(String id) throws IOException {
    return null;
  }

  /** The passages of tonight's top pairs (kept or made tonight), to give back on the next run. */
  default void keepPassages(List<PairPassages> passages) throws IOException {}

  /**
   * What the shingle step made of page {@code id}'s content tonight, for a page whose stored state had
   * none or one made with other kept blocks. Called from worker threads.
   */
  default void signed(String id, SignedContent content) throws IOException {}

  /**
   * What the last run's title search kept ({@link org.dupscan.detect.TitleNights.Memory}), or null
   * when this history has none of the last run. Called on one thread, while the stages run.
   */
  default org.dupscan.detect.TitleNights.Memory titleMemory() throws IOException {
    return null;
  }

  /** What tonight's title search made, to give back on the next run. */
  default void keepTitleMemory(org.dupscan.detect.TitleNights.Memory memory) throws IOException {}
}
