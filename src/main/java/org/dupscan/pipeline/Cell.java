package org.dupscan.pipeline;

/**
 * A typed report cell. Stages say what a value is; the report writer decides how it is written
 * (text made safe for spreadsheets, numbers in a fixed locale and precision).
 */
public sealed interface Cell {

  /** An empty cell. */
  Cell EMPTY = new Empty();

  /** Crawled or free text. */
  record Text(String value) implements Cell {}

  /** A number with a fixed count of decimals. */
  record Decimal(double value, int decimals) implements Cell {}

  /** A whole number. */
  record Whole(long value) implements Cell {}

  /** No value. */
  record Empty() implements Cell {}

  static Cell text(String value) {
    return new Text(value);
  }

  /** A share or similarity, with four decimals. */
  static Cell ratio(double value) {
    return new Decimal(value, 4);
  }

  static Cell fixed(double value, int decimals) {
    return new Decimal(value, decimals);
  }

  static Cell whole(long value) {
    return new Whole(value);
  }
}
