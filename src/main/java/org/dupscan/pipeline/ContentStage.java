package org.dupscan.pipeline;

import java.util.Locale;
import org.dupscan.detect.NearDuplicateFinder;
import org.dupscan.detect.Signals;

/**
 * Signals from what the engine measured of each page's content: the share of its words in
 * boilerplate, its closest duplicate, and whether it is thin. Its columns (boilerplate_share,
 * content_words) are the engine's own, written beside the spam score.
 */
public final class ContentStage implements CorpusStage {

  /** Share of the page's words in boilerplate (0..1). */
  public static final String BOILERPLATE = "boilerplate";
  /** Similarity to the closest duplicate (0..1; 1 for an exact copy). */
  public static final String NEAR_DUPLICATE = "near_duplicate";
  /** Fewer content words than --thin-words. */
  public static final String THIN = "thin";

  @Override
  public String name() {
    return "content";
  }

  @Override
  public Result run(Corpus corpus) {
    int n = corpus.size();
    double[] share = new double[n];
    double[] nearSimilarity = new double[n];
    String[] nearOf = new String[n];
    boolean[] thin = new boolean[n];
    NearDuplicateFinder.Result near = corpus.near();
    int thinWords = corpus.settings().thinWords();
    for (int i = 0; i < n; i++) {
      int exact = near.exactOf()[i];
      int closest = near.closest()[i];
      share[i] = corpus.boilerplateShare(i);
      nearSimilarity[i] = exact >= 0 ? 1.0 : closest >= 0 ? near.closestSimilarity()[i] : 0.0;
      nearOf[i] = exact >= 0 ? corpus.id(exact) : closest >= 0 ? corpus.id(closest) : "";
      thin[i] = corpus.contentWords(i) < thinWords;
    }
    return new Result(share, nearSimilarity, nearOf, thin);
  }

  /** A boilerplate share, as a signal. */
  public static void boilerplate(Signals.Builder out, double share) {
    out.add(BOILERPLATE, share, () -> String.format(Locale.ROOT, "%.0f%% boilerplate", 100 * share));
  }

  /** Similarity {@code similarity} to page {@code of} (1 for an exact copy), as a signal. */
  public static void nearDuplicate(Signals.Builder out, double similarity, String of) {
    out.add(NEAR_DUPLICATE, similarity, () -> similarity >= 1.0 ? "exact copy of " + of
        : String.format(Locale.ROOT, "near-duplicate of %s at %.2f", of, similarity));
  }

  /** A thin page, as a signal. */
  public static void thin(Signals.Builder out, boolean thin) {
    out.add(THIN, thin ? 1 : 0, "thin page");
  }

  /**
   * Per page, in id order.
   *
   * @param boilerplateShare share of its words in boilerplate
   * @param nearSimilarity similarity to its closest duplicate, 1 for an exact copy, else 0
   * @param nearOf the id of that duplicate, or ""
   * @param thin whether it is thin
   */
  public record Result(double[] boilerplateShare, double[] nearSimilarity, String[] nearOf,
      boolean[] thin) implements StageResult {

    @Override
    public void signals(int page, Signals.Builder out) {
      ContentStage.boilerplate(out, boilerplateShare[page]);
      ContentStage.nearDuplicate(out, nearSimilarity[page], nearOf[page]);
      ContentStage.thin(out, thin[page]);
    }
  }
}
