package org.dupscan.pipeline;

import java.util.List;

/**
 * A report file of a stage: its name, header and rows of typed cells, in a fixed order.
 *
 * @param file the file name, such as "titles.csv"
 * @param header the column names
 * @param rows the rows, each with one cell per column
 */
public record Table(String file, List<String> header, List<List<Cell>> rows) {

  public Table {
    header = List.copyOf(header);
    for (List<Cell> row : rows) {
      if (row.size() != header.size()) {
        throw new IllegalArgumentException(file + ": a row has " + row.size() + " cells for "
            + header.size() + " columns: " + row);
      }
    }
  }
}
