package org.dupscan.report;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a report CSV of a report folder row by row, cells addressed by header name. Columns the reader
 * does not ask for are ignored and columns it asks for but the file lacks read as empty, so readers of
 * reports (the HTML report, the CI gate) keep working when a later version adds or moves columns.
 */
public final class ReportRows {

  /** One row: cells by column name. */
  public static final class Row {
    private final CSVRecord record;

    Row(CSVRecord record) {
      this.record = record;
    }

    /** The cell of {@code column}, or "" when the file has no such column or the row is short. */
    public String get(String column) {
      return record.isSet(column) ? record.get(column) : "";
    }

    /** The cell of {@code column} as a number, or {@code fallback} when empty or not a number. */
    public double number(String column, double fallback) {
      String s = get(column);
      if (s.isEmpty()) {
        return fallback;
      }
      try {
        return Double.parseDouble(s);
      } catch (NumberFormatException e) {
        return fallback;
      }
    }

    /** The 1-based record number in the file (the header not counted). */
    public long number() {
      return record.getRecordNumber();
    }
  }

  /** Receives each row of a report. */
  @FunctionalInterface
  public interface Handler {
    void row(Row row) throws IOException;
  }

  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
      .setAllowMissingColumnNames(true).get();

  private ReportRows() {}

  /**
   * Calls {@code handler} for every row of {@code file}, in file order. Returns false, reading nothing,
   * when the file does not exist (a report folder from an older version may lack a report).
   *
   * @throws IOException when the file cannot be read or is not valid CSV, naming the file and record
   */
  public static boolean forEach(Path file, Handler handler) throws IOException {
    if (!Files.exists(file)) {
      return false;
    }
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = FORMAT.parse(in)) {
      long n = 0;
      try {
        for (CSVRecord r : parser) {
          n = r.getRecordNumber();
          handler.row(new Row(r));
        }
      } catch (UncheckedIOException | IllegalStateException e) {
        String why = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
        throw new IOException(file + ": record " + (n + 1) + ": not valid CSV: " + why, e);
      }
    } catch (IllegalArgumentException e) {
      throw new IOException(file + ": bad header: " + e.getMessage(), e);
    }
    return true;
  }
}
