package org.dupscan.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.dupscan.detect.Containment;
import org.dupscan.detect.NearDuplicateFinder;

/**
 * Contained pages ({@link Containment}): pages whose content holds most of another page's, such as a
 * tag or archive page holding whole posts, or a print version. Writes contained.csv (container,
 * contained, containment, similarity; by container, then contained, each pair once; pairs of one
 * near-duplicate cluster left to that report), the run.csv counts {@code contained} and
 * {@code containment_candidates}, and the documents.csv column {@code contained_in}: how many pages
 * hold this page. It gives no spam signal: a tag page holding posts is how many sites are built, a
 * finding for the site's owner rather than a sign of spam.
 */
public final class ContainmentStage implements CorpusStage {

  /** The report file. */
  public static final String FILE = "contained.csv";
  /** Its columns. */
  public static final List<String> HEADER = List.of("container", "contained", "containment",
      "similarity");

  private final double threshold;

  /** One contained.csv row. */
  public static List<Cell> row(String container, String contained, double containment,
      double similarity) {
    return List.of(Cell.text(container), Cell.text(contained), Cell.ratio(containment),
        Cell.ratio(similarity));
  }

  public ContainmentStage() {
    this(Containment.DEFAULT_THRESHOLD);
  }

  /** @param threshold least containment of a reported pair, in (0, 1] */
  public ContainmentStage(double threshold) {
    new Containment.Settings(threshold, Containment.DEFAULT_MIN_SHINGLES, false); // checks it
    this.threshold = threshold;
  }

  /** The least containment of a reported pair. */
  @Override
  public java.util.Map<String, Cell> settings() {
    return java.util.Map.of("containment", Cell.ratio(threshold));
  }

  public double threshold() {
    return threshold;
  }

  @Override
  public String name() {
    return "containment";
  }

  @Override
  public List<String> columns() {
    return List.of("contained_in");
  }

  @Override
  public Result run(Corpus corpus) {
    int n = corpus.size();
    int[] shingles = new int[n];
    for (int p = 0; p < n; p++) {
      shingles[p] = corpus.shingles(p);
    }
    NearDuplicateFinder.Result near = corpus.near();
    Containment.Result r = Containment.find(shingles, near.exactOf(), near.clusterOf(),
        corpus::contentShingles, corpus::containmentSample, corpus.intersections(),
        new Containment.Settings(threshold, Containment.DEFAULT_MIN_SHINGLES, true));
    List<List<Cell>> rows = new ArrayList<>(r.pairs().size());
    for (Containment.Pair pair : r.pairs()) {
      rows.add(row(corpus.id(pair.container()), corpus.id(pair.contained()), pair.containment(),
          pair.similarity()));
    }
    return new Result(r.containedIn(), new Table(FILE, HEADER, rows),
        List.of(new Count("contained", r.pairs().size()),
            new Count("containment_candidates", r.candidates())));
  }

  /** Per page in id order, how many pages contain it; the report and its counts. */
  public record Result(int[] containedIn, Table table, List<Count> counts) implements StageResult {

    @Override
    public void cells(int page, List<Cell> out) {
      out.add(Cell.whole(containedIn[page]));
    }

    @Override
    public List<Table> tables() {
      return List.of(table);
    }
  }
}
