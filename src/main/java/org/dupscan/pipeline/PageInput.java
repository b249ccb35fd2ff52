package org.dupscan.pipeline;

import org.dupscan.detect.DetectorSettings;
import org.dupscan.extract.Page;
import org.dupscan.text.PageWords;

/** What a {@link PageStage} sees of one page in the first pass. */
public interface PageInput {

  /** The extracted page: its blocks, title, host and id. */
  Page page();

  /** The page's words, tokenised once for all stages. */
  PageWords words();

  /** For block i, a hash of its words with numbers and dates folded (the boilerplate fingerprint). */
  long[] blockFingerprints();

  /** The detectors' settings of this scan. */
  DetectorSettings settings();

  /**
   * The finding an earlier per-page stage of the list made on this page.
   *
   * @throws IllegalStateException when no stage of that class runs before the caller
   */
  <F> F finding(Class<? extends PageStage<F>> stage);

  /**
   * Marks a block as held for possible spam content (an injected caption): boilerplate mining never
   * takes such a block for a cross-host widget, since a stock caption pasted on many hosts is spam.
   */
  void hold(int block);
}
