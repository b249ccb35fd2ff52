package org.dupscan.report.html;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads passages.csv (the shared passages of the scan's top pairs, written by the scan) into the JSON
 * the page's side-by-side view draws: one entry a pair, {@code [kind, doc_a, doc_b, "a", segments,
 * "b", segments]}, each side's segments a list of {@code [shared, text]} in page order. Pairs are kept in file order until
 * {@link #BUDGET_BYTES} of JSON; a folder without passages.csv (written before it existed) has none.
 */
final class Passages {

  /** The file read. */
  static final String FILE = "passages.csv";
  /**
   * The most bytes of JSON the passages may put on the page: the scan keeps at most 400 pairs of two
   * 2,000-character sides (about 1.6 MB of text), so this budget holds them all unless the text needs
   * much escaping.
   */
  static final long BUDGET_BYTES = 2_000_000;

  private Passages() {}

  /** The passages JSON of the report folder {@code dir}, and a note when some were left out. */
  record Read(String json, String note) {}

  static Read read(Path dir) throws IOException {
    List<StringBuilder> pairs = new ArrayList<>();
    String[] key = {null};
    StringBuilder[] current = {null};
    String[] side = {null};
    org.dupscan.report.ReportRows.forEach(dir.resolve(FILE), r -> {
      String k = r.get("kind") + '\u0000' + r.get("doc_a") + '\u0000' + r.get("doc_b");
      if (!k.equals(key[0])) {
        if (current[0] != null) {
          current[0].append("]]");
        }
        key[0] = k;
        side[0] = null;
        current[0] = new StringBuilder();
        Json.strings(current[0], List.of(r.get("kind"), r.get("doc_a"), r.get("doc_b")));
        current[0].setLength(current[0].length() - 1); // reopen the list after the three ids
        pairs.add(current[0]);
      }
      StringBuilder sb = current[0];
      String s = r.get("side");
      if (!s.equals(side[0])) {
        Json.string(sb.append(side[0] == null ? "," : "],"), s).append(",[");
        side[0] = s;
      } else {
        sb.append(',');
      }
      sb.append('[').append(r.get("shared").equals("1") ? 1 : 0).append(',');
      Json.string(sb, plain(r.get("text"))).append(']');
    });
    if (current[0] != null) {
      current[0].append("]]");
    }
    StringBuilder json = new StringBuilder("[");
    long bytes = 0;
    int kept = 0;
    for (StringBuilder p : pairs) {
      long n = Json.utf8Length(p) + 1;
      if (bytes + n > BUDGET_BYTES) {
        break;
      }
      json.append(kept++ > 0 ? "," : "").append(p);
      bytes += n;
    }
    String note = kept == pairs.size() ? "" : String.format(Locale.ROOT,
        "Side by side: the shared passages of %,d of %,d pairs left out to keep the page small; "
            + "passages.csv holds them all.", pairs.size() - kept, pairs.size());
    return new Read(json.append(']').toString(), note);
  }

  /**
   * A text cell as the page shows it: without the apostrophe the CSV writer puts before text that a
   * spreadsheet would take for a formula (CsvCells.text).
   */
  static String plain(String cell) {
    if (cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@\t\r".indexOf(cell.charAt(1)) >= 0) {
      return cell.substring(1);
    }
    return cell;
  }
}
