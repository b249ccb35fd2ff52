package org.dupscan.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.io.IOUtils;
import org.dupscan.report.ReportDirectory;
import org.dupscan.report.ScanReports;
import org.dupscan.report.html.HtmlReport;

/**
 * The job's reports written by the driver: run.csv (a few dozen rows) and index.html, rendered by
 * {@link HtmlReport} as the CLI renders it.
 */
final class ReportOutput {

  private ReportOutput() {}

  /** Writes run.csv's {@code rows} into the report folder {@code out}. */
  static void writeRun(List<String[]> rows, String out, Configuration conf) throws IOException {
    org.apache.hadoop.fs.Path target = new org.apache.hadoop.fs.Path(out, ScanReports.RUN);
    try (OutputStream o = target.getFileSystem(conf).create(target, true)) {
      o.write(ReportDirectory.csvLine("parameter", "value").getBytes(StandardCharsets.UTF_8));
      for (String[] row : rows) {
        o.write(ScanReports.runLine(row).getBytes(StandardCharsets.UTF_8));
      }
    }
  }

  /**
   * Writes index.html into {@code out} from the CSV reports there. {@link HtmlReport} reads local
   * files, so the driver streams the reports into a local temporary folder first: its memory stays
   * bounded (the page keeps top rows only), its local disk holds one copy of the reports while the page
   * is made.
   */
  static void writeHtml(String out, Configuration conf) throws IOException {
    org.apache.hadoop.fs.Path dir = new org.apache.hadoop.fs.Path(out);
    FileSystem fs = dir.getFileSystem(conf);
    Path local = Files.createTempDirectory("dupscan-spark-html-");
    try {
      for (FileStatus f : fs.listStatus(dir, p -> p.getName().endsWith(".csv"))) {
        try (InputStream in = fs.open(f.getPath());
            OutputStream o = Files.newOutputStream(local.resolve(f.getPath().getName()))) {
          IOUtils.copyBytes(in, o, 1 << 16, false);
        }
      }
      String html = HtmlReport.render(local);
      org.apache.hadoop.fs.Path target = new org.apache.hadoop.fs.Path(dir, HtmlReport.FILE);
      try (OutputStream o = fs.create(target, true)) {
        o.write(html.getBytes(StandardCharsets.UTF_8));
      }
    } finally {
      try (Stream<Path> files = Files.walk(local)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }
}
