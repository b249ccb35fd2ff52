package org.dupscan.index;

import java.util.ArrayList;
import java.util.List;
import org.dupscan.pipeline.Cell;
import org.dupscan.pipeline.Table;


/** Writes changes.csv: one row per change since the index's previous run, in {@link Change#ORDER}. */
public final class ChangesReport {

  /** The report's file name. */
  public static final String FILE = "changes.csv";

  private ChangesReport() {}

  /**
   * changes.csv as a report table, written with the scan's other reports so that it switches with
   * them (see ReportDirectory).
   */
  public static Table table(PageIndex.RunChanges changes) {
    List<List<Cell>> rows = new ArrayList<>(changes.changes().size());
    for (Change c : changes.changes()) {
      rows.add(List.of(Cell.whole(changes.run()), Cell.text(c.kind().label()), Cell.text(c.page()),
          Cell.text(c.other()), Cell.text(c.detail())));
    }
    return new Table(FILE, List.of("run", "change", "page", "other", "detail"), rows);
  }
}
