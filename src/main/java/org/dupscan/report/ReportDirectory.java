package org.dupscan.report;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a set of reports atomically: every file is written into a fresh temporary folder inside the
 * output folder, and only when all are complete are they moved over the old ones, each by an atomic
 * rename. A run that fails while writing leaves every previous report untouched, and no reader ever
 * sees half a file. Files in the output folder that are not reports of this run are left alone.
 */
public final class ReportDirectory implements Closeable {

  /** CSV dialect: RFC 4180 with a header row, CRLF line ends, as spreadsheets expect. */
  static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

  private final Path out;
  private final Path staging;
  private final List<String> written = new ArrayList<>();
  private boolean committed;

  /** Creates the output folder if needed and a staging folder inside it. */
  public ReportDirectory(Path out) throws IOException {
    this.out = out;
    Files.createDirectories(out);
    this.staging = Files.createTempDirectory(out, ".dupscan-staging-");
  }

  /** Opens a CSV report in the staging folder with the given header. */
  public CSVPrinter open(String name, String... header) throws IOException {
    written.add(name);
    BufferedWriter w = new BufferedWriter(new OutputStreamWriter(
        Files.newOutputStream(staging.resolve(name)), StandardCharsets.UTF_8), 1 << 16);
    return new CSVPrinter(w, FORMAT.builder().setHeader(header).get());
  }

  /**
   * Moves every staged report into the output folder; {@code last} goes last, so that its presence
   * with a new timestamp marks a complete set.
   */
  public void commit(String last) throws IOException {
    List<String> order = new ArrayList<>(written);
    if (order.remove(last)) {
      order.add(last);
    }
    for (String name : order) {
      Path target = out.resolve(name);
      try {
        Files.move(staging.resolve(name), target, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(staging.resolve(name), target, StandardCopyOption.REPLACE_EXISTING);
      }
    }
    committed = true;
  }

  /** Deletes the staging folder and anything left in it (everything, when not committed). */
  @Override
  public void close() throws IOException {
    if (!Files.exists(staging)) {
      return;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(staging)) {
      for (Path f : files) {
        Files.deleteIfExists(f);
      }
    }
    Files.deleteIfExists(staging);
  }

  public boolean committed() {
    return committed;
  }
}
