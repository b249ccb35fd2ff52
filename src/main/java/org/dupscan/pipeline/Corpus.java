package org.dupscan.pipeline;

import java.util.List;
import org.dupscan.detect.BoilerplateMiner;
import org.dupscan.detect.DetectorSettings;
import org.dupscan.detect.NearDuplicateFinder;

/**
 * What a {@link CorpusStage} sees of the whole scan: every page's kept findings in id order, and
 * what the engine measured of each page. Page numbers are indexes in id order, as in the reports.
 */
public interface Corpus {

  /** Pages read. */
  int size();

  /** The id of page {@code page}. */
  String id(int page);

  /** The host of page {@code page}. */
  String host(int page);

  /** The number of the page with this id; IllegalArgumentException when there is none. */
  int index(String id);

  /** The findings of a per-page stage of the list, one per page in id order. */
  <F> List<F> findings(Class<? extends PageStage<F>> stage);

  /** Mined boilerplate of every host (recurring content already dropped). */
  BoilerplateMiner.Result boilerplate();

  /** Exact and near duplicates, by page number. */
  NearDuplicateFinder.Result near();

  /** Words of the page left after furniture and mined template blocks are removed. */
  int contentWords(int page);

  /** Share of the page's words in furniture or mined template blocks. */
  double boilerplateShare(int page);

  /** Distinct content shingles of the page: those near-duplicate similarity compares. */
  int shingles(int page);

  /**
   * The page's content shingles (the set near-duplicate similarity compares: furniture and mined
   * template left out), sorted and distinct. Made again from the scan's spilled words at each call, so
   * it costs a read of the page's words and a sort: ask for each page once, or for a few.
   */
  long[] contentShingles(int page);

  /**
   * The page's containment sample ({@code Containment.sample} of its content shingles) when the scan
   * made it while shingling the page for MinHash, else null (ask {@link #contentShingles}).
   */
  default int[] containmentSample(int page) {
    return null;
  }

  /**
   * Containment's candidate pairs whose intersection size is known without making their sets (a
   * nightly index keeps those of pages whose content is unchanged), told of the sizes computed.
   */
  default org.dupscan.detect.Containment.Intersections intersections() {
    return org.dupscan.detect.Containment.Intersections.NONE;
  }

  /**
   * Where the title stage finds the last run's title search and leaves tonight's (a nightly index
   * keeps them, so that a night joins again only the titles that changed).
   */
  default org.dupscan.detect.TitleNights.History titles() {
    return org.dupscan.detect.TitleNights.History.NONE;
  }

  /**
   * Whether a block with this fingerprint stands on another page of the page's host too. Here: when
   * the host's mined template holds it; a scan that counted every block of every page says so of any
   * block on two or more of the host's pages.
   */
  default boolean recursOnHost(int page, long fingerprint) {
    return boilerplate().fingerprintsByHost().getOrDefault(host(page), java.util.Set.of())
        .contains(fingerprint);
  }

  /** The detectors' settings of this scan. */
  DetectorSettings settings();
}
