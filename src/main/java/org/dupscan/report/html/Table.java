package org.dupscan.report.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One table of the HTML report: its columns, the best rows kept so far, and how many rows the CSV held.
 * Rows are cut to a row cap while reading and to a byte budget when written, so no report folder can
 * make the page grow past its stated size.
 */
final class Table {

  /** The most characters of one cell put on the page; longer text is cut with an ellipsis. */
  static final int MAX_CELL = 300;

  final String id;
  final String title;
  final String file;
  final String order;
  final List<String> columns;
  final List<Boolean> numeric;
  final int visible;
  /** A row with its sort key, parsed once rather than at every comparison of the selection. */
  private record Keyed(String[] cells, double key) {}

  private final int keyColumn;
  private final TopRows<Keyed> rows;
  private List<String[]> finalRows;

  /**
   * @param order how rows were chosen and sorted, for the page's note ("highest similarity first")
   * @param visible how many leading columns the table shows; the rest are details of a row
   * @param keyColumn the column whose number ranks rows, highest first; -1 keeps file order
   */
  Table(String id, String title, String file, String order, List<String> columns, List<Boolean> numeric,
      int visible, int maxRows, int keyColumn) {
    if (columns.size() != numeric.size()) {
      throw new IllegalArgumentException("columns and numeric flags differ in number: " + columns.size()
          + " and " + numeric.size());
    }
    this.id = id;
    this.title = title;
    this.file = file;
    this.order = order;
    this.columns = List.copyOf(columns);
    this.numeric = List.copyOf(numeric);
    this.visible = visible;
    this.keyColumn = keyColumn;
    this.rows = new TopRows<>(maxRows, Comparator.comparingDouble(Keyed::key).reversed());
  }

  void offer(String[] cells) {
    for (int i = 0; i < cells.length; i++) {
      cells[i] = cut(cells[i]);
    }
    rows.offer(new Keyed(cells, keyColumn < 0 ? 0 : num(cells[keyColumn])));
  }

  long total() {
    return rows.seen();
  }

  List<String[]> kept() {
    if (finalRows != null) {
      return finalRows;
    }
    List<String[]> out = new ArrayList<>();
    for (Keyed k : rows.best()) {
      out.add(k.cells());
    }
    return out;
  }

  /** Replaces the kept rows (after details were joined to them). */
  void replaceRows(List<String[]> rows) {
    this.finalRows = new ArrayList<>(rows);
  }

  static String cut(String s) {
    if (s == null) {
      return "";
    }
    if (s.length() <= MAX_CELL) {
      return s;
    }
    int end = Character.isHighSurrogate(s.charAt(MAX_CELL - 1)) ? MAX_CELL - 1 : MAX_CELL;
    return s.substring(0, end) + "\u2026";
  }

  static double num(String s) {
    if (s == null || s.isEmpty()) {
      return Double.NEGATIVE_INFINITY;
    }
    try {
      return Double.parseDouble(s);
    } catch (NumberFormatException e) {
      return Double.NEGATIVE_INFINITY;
    }
  }

  /**
   * Appends the table as JSON, rows best first until {@code budget} bytes; returns the note saying
   * what was left out (empty when nothing was).
   */
  String appendJson(StringBuilder sb, long budget) {
    List<String[]> all = kept();
    sb.append("{\"id\":");
    Json.string(sb, id).append(",\"title\":");
    Json.string(sb, title).append(",\"file\":");
    Json.string(sb, file).append(",\"columns\":");
    Json.strings(sb, columns).append(",\"numeric\":[");
    for (int i = 0; i < numeric.size(); i++) {
      sb.append(i > 0 ? "," : "").append(numeric.get(i));
    }
    sb.append("],\"visible\":").append(visible).append(",\"rows\":[");
    long used = 0;
    int shown = 0;
    StringBuilder row = new StringBuilder();
    for (String[] cells : all) {
      row.setLength(0);
      row.append(shown > 0 ? "," : "");
      Json.strings(row, java.util.Arrays.asList(cells));
      long bytes = Json.utf8Length(row);
      if (used + bytes > budget) {
        break;
      }
      used += bytes;
      sb.append(row);
      shown++;
    }
    String note = "";
    if (shown < total()) {
      note = String.format(java.util.Locale.ROOT, "Showing %,d of %,d rows (%s); the full list is in %s.",
          shown, total(), order, file);
    }
    sb.append("],\"total\":").append(total()).append(",\"shown\":").append(shown).append(",\"note\":");
    Json.string(sb, note).append('}');
    return note;
  }
}
