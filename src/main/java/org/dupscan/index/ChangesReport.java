package org.dupscan.index;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.commons.csv.CSVPrinter;
import org.dupscan.report.ReportDirectory;

/** Writes changes.csv: one row per change since the index's previous run, in {@link Change#ORDER}. */
public final class ChangesReport {

  /** The report's file name. */
  public static final String FILE = "changes.csv";

  private ChangesReport() {}

  public static void write(PageIndex.RunChanges changes, Path out) throws IOException {
    try (ReportDirectory dir = new ReportDirectory(out)) {
      try (CSVPrinter p = dir.open(FILE, "run", "change", "page", "other", "detail")) {
        for (Change c : changes.changes()) {
          p.printRecord(changes.run(), c.kind().label(), c.page(), c.other(), c.detail());
        }
      }
      dir.commit(FILE);
    }
  }
}
