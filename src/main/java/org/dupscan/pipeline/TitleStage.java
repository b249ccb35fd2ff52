package org.dupscan.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dupscan.detect.Signals;
import org.dupscan.detect.TitleFacts;
import org.dupscan.detect.TitleGroups;
import org.dupscan.detect.TitleNights;

/**
 * Titles: per page its {@link TitleFacts} (archive title, where the title is re-inserted in the
 * body); over the scan the duplicate and variant groups of {@link TitleGroups}. Writes titles.csv.
 */
public final class TitleStage implements PageStage<TitleFacts>, CorpusStage {

  /** The title re-inserted in the body, after prose. */
  public static final String REPEATED = "title_repeated";
  /** An archive title ("Tag: X"). */
  public static final String ARCHIVE = "archive";
  /** The title shared with, or a near variant of, another page's. */
  public static final String SHARED = "shared_title";

  /** The report file. */
  public static final String FILE = "titles.csv";
  /** Its columns. */
  public static final List<String> HEADER =
      List.of("kind", "group_id", "page", "title", "similarity", "position");

  /** One row of titles.csv as cells. */
  public static List<Cell> row(TitleGroups.Row t) {
    return List.of(Cell.text(t.kind()), Cell.text(t.groupId()), Cell.text(t.page()),
        Cell.text(t.title()), Double.isNaN(t.similarity()) ? Cell.EMPTY : Cell.ratio(t.similarity()),
        t.position() < 0 ? Cell.EMPTY : Cell.whole(t.position()));
  }

  @Override
  public String name() {
    return "titles";
  }

  @Override
  public TitleFacts detect(PageInput page) {
    return TitleFacts.of(page.page(), page.words(), page.blockFingerprints());
  }

  @Override
  public Result run(Corpus corpus) {
    // Repeats that came only after the host's mined template are the site's, not the page's (pass 1
    // ran before mining, so the facts kept the prose before each repeat for this).
    Map<String, Set<Long>> template = corpus.boilerplate().fingerprintsByHost();
    List<TitleFacts> facts = new ArrayList<>(corpus.size());
    for (TitleFacts f : corpus.findings(TitleStage.class)) {
      facts.add(f == null ? null : f.withoutTemplate(template.getOrDefault(f.host(), Set.of())));
    }
    TitleGroups.Result groups = TitleNights.search(facts, corpus.settings().titleSimilarity(),
        corpus.titles());
    return new Result(facts, groups, shared(corpus, groups.rows()));
  }

  /**
   * Per page, whether it is in a duplicate or variant group. The members' ids, sorted, are walked
   * beside the pages in id order: a binary search over the pages' ids per member was a sixth of the
   * stage on real text, where most titles are in a group.
   */
  static boolean[] shared(Corpus corpus, List<TitleGroups.Row> rows) {
    List<String> members = new ArrayList<>();
    for (TitleGroups.Row r : rows) {
      if (r.kind().equals("duplicate") || r.kind().equals("variant")) {
        members.add(r.page());
      }
    }
    String[] ids = members.toArray(new String[0]);
    java.util.Arrays.sort(ids);
    boolean[] shared = new boolean[corpus.size()];
    int page = 0;
    for (String id : ids) {
      while (page < shared.length && corpus.id(page).compareTo(id) < 0) {
        page++;
      }
      if (page == shared.length || !corpus.id(page).equals(id)) {
        shared[corpus.index(id)] = true; // not in id order: the search says which page, or that none is
      } else {
        shared[page] = true;
      }
    }
    return shared;
  }

  /** The title re-inserted at {@code block} (-1: not re-inserted), as a signal. */
  public static void repeated(Signals.Builder out, int block) {
    out.add(REPEATED, block >= 0 ? 1 : 0, () -> "title repeated at block " + block);
  }

  /** An archive title, as a signal. */
  public static void archive(Signals.Builder out, boolean archive) {
    out.add(ARCHIVE, archive ? 1 : 0, "archive title");
  }

  /** A shared title, as a signal. */
  public static void shared(Signals.Builder out, boolean shared) {
    out.add(SHARED, shared ? 1 : 0, "shared title");
  }

  /**
   * The title groups of a scan.
   *
   * @param facts each page's title facts, in id order
   * @param groups the rows of titles.csv and how bounded the search was
   * @param shared per page, whether its title is in a duplicate or variant group
   */
  public record Result(List<TitleFacts> facts, TitleGroups.Result groups, boolean[] shared)
      implements StageResult {

    /** The rows of titles.csv. */
    public List<TitleGroups.Row> rows() {
      return groups.rows();
    }

    @Override
    public void signals(int page, Signals.Builder out) {
      TitleFacts f = facts.get(page);
      List<Integer> at = f.repeatedAt();
      repeated(out, at.isEmpty() ? -1 : at.get(0));
      archive(out, f.archive());
      TitleStage.shared(out, shared[page]);
    }

    @Override
    public List<Table> tables() {
      List<List<Cell>> rows = new ArrayList<>(groups.rows().size());
      for (TitleGroups.Row t : groups.rows()) {
        rows.add(row(t));
      }
      return List.of(new Table(FILE, HEADER, rows));
    }

    @Override
    public List<Count> counts() {
      return List.of(new Count("title_rows", groups.rows().size()),
          new Count("title_comparisons_skipped", groups.comparisonsSkipped()));
    }
  }
}
