package org.dupscan.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dupscan.detect.Signals;
import org.dupscan.detect.SpunVariants;

/**
 * Spun variants ({@link SpunVariants}): per page a bounded sample of its content words; across pages
 * the pairs whose IDF-weighted word overlap shows one article rewritten by a spinner. Pairs already
 * grouped as exact or near duplicates are left to that report. Writes spun_variants.csv and gives each
 * page of a pair the signal spun_variant: 1 when its variant is on another host (one article spun
 * across sites), 0.5 on the same host.
 */
public final class SpunStage implements PageStage<SpunVariants.Facts>, CorpusStage {

  /** A spun variant of another page (1 across hosts, 0.5 on one host). */
  public static final String SPUN_VARIANT = "spun_variant";
  /** Kind of a spun_variants.csv row: a spun pair. */
  public static final String KIND_SPUN = "spun";
  /**
   * Kind of a spun_variants.csv row: a pair that shares {@value SpunVariants#COPY_SHINGLES} or more
   * of its word shingles, one text copied (templated pages, a page on two sites) that the
   * near-duplicate threshold did not group; no cluster and no spun signal.
   */
  public static final String KIND_COPY = "copy";
  /** The signal of a page whose variant is on its own host. */
  static final double SAME_HOST = 0.5;

  private final double threshold;

  public SpunStage() {
    this(SpunVariants.DEFAULT_THRESHOLD);
  }

  /** @param threshold least weighted Jaccard similarity of a spun pair, in (0, 1] */
  public SpunStage(double threshold) {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("spun threshold must be in (0, 1]: " + threshold);
    }
    this.threshold = threshold;
  }

  @Override
  public String name() {
    return "spun";
  }

  @Override
  public java.util.Map<String, Cell> settings() {
    java.util.Map<String, Cell> m = new java.util.LinkedHashMap<>();
    m.put("spun_threshold", Cell.ratio(threshold));
    m.put("spun_same_host_threshold", Cell.ratio(SpunVariants.SAME_HOST_THRESHOLD));
    return m;
  }

  @Override
  public SpunVariants.Facts detect(PageInput page) {
    return SpunVariants.of(page.page(), page.words());
  }

  @Override
  public Result run(Corpus corpus) {
    int n = corpus.size();
    int[] host = new int[n];
    java.util.Map<String, Integer> hosts = new java.util.HashMap<>();
    for (int p = 0; p < n; p++) {
      host[p] = hosts.computeIfAbsent(corpus.host(p), h -> hosts.size());
    }
    SpunVariants.Result r = SpunVariants.find(corpus.findings(SpunStage.class),
        corpus.near().clusterOf(), host, threshold, SpunVariants.SAME_HOST_THRESHOLD);
    double[] value = new double[n];
    String[] of = new String[n];
    double[] similarity = new double[n];
    for (int p = 0; p < n; p++) {
      int q = r.closest()[p];
      if (q >= 0) {
        value[p] = corpus.host(p).equals(corpus.host(q)) ? SAME_HOST : 1.0;
        of[p] = corpus.id(q);
        similarity[p] = r.closestSimilarity()[p];
      }
    }
    // spun pairs and copies merged in one (a, b) order (each list is in it); a copy has no cluster
    List<SpunVariants.Pair> spun = r.pairs();
    List<SpunVariants.Pair> copies = r.copies();
    List<List<Cell>> rows = new ArrayList<>();
    for (int i = 0, j = 0; i < spun.size() || j < copies.size(); ) {
      boolean copy = i == spun.size() || j < copies.size() && before(copies.get(j), spun.get(i));
      SpunVariants.Pair pair = copy ? copies.get(j++) : spun.get(i++);
      rows.add(List.of(Cell.text(corpus.id(pair.a())), Cell.text(corpus.id(pair.b())),
          Cell.ratio(pair.similarity()), Cell.text(String.join(" ", pair.evidence())),
          Cell.text(copy ? "" : String.format(Locale.ROOT, "S%05d", r.clusterOf()[pair.a()])),
          Cell.text(corpus.host(pair.a()).equals(corpus.host(pair.b())) ? "no" : "yes"),
          Cell.text(copy ? KIND_COPY : KIND_SPUN)));
    }
    Table table = new Table("spun_variants.csv", List.of("page_a", "page_b", "measure",
        "shared_rare_words", "cluster", "cross_host", "kind"), rows);
    return new Result(value, of, similarity, table,
        List.of(new Count("spun_pairs", r.pairs().size()), new Count("spun_candidates", r.candidates()),
            new Count("spun_shared_passage_pairs", r.sharedPassages()),
            new Count("spun_copy_pairs", r.copies().size())));
  }

  private static boolean before(SpunVariants.Pair x, SpunVariants.Pair y) {
    return x.a() != y.a() ? x.a() < y.a() : x.b() < y.b();
  }

  /** A spun-variant signal: {@code value} 1 across hosts, 0.5 on one host, 0 for none. */
  public static void signal(Signals.Builder out, double value, String of, double similarity) {
    out.add(SPUN_VARIANT, value, () -> String.format(Locale.ROOT, "spun variant of %s%s at %.2f", of,
        value >= 1.0 ? " (another host)" : "", similarity));
  }

  /** Per page in id order: its signal, the page it is a spun variant of, and their similarity. */
  public record Result(double[] value, String[] of, double[] similarity, Table table,
      List<Count> counts) implements StageResult {

    @Override
    public void signals(int page, Signals.Builder out) {
      SpunStage.signal(out, value[page], of[page], similarity[page]);
    }

    @Override
    public List<Table> tables() {
      return List.of(table);
    }
  }
}
