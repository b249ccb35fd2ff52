package org.dupscan.report.html;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Renders {@code index.html} from the CSV files of a report folder: one self-contained file (styles,
 * script and data inline, nothing loaded from the network), the same bytes for the same CSVs.
 *
 * <p>Crawled text reaches the page only inside a JSON data block, escaped so that it cannot end the
 * block (see {@link Json}), and the script puts it on the page only as text nodes. A Content Security
 * Policy allows no network access and runs only the one script whose SHA-256 hash it names, so even
 * markup that got in some other way could neither run nor load anything.
 */
public final class HtmlReport {

  /** The file written into the report folder. */
  public static final String FILE = "index.html";
  /**
   * The most bytes the page can reach: eight tables of at most {@link ReportData#TABLE_BUDGET_BYTES}
   * each (17.6 MB), the side-by-side view's passages within {@link Passages#BUDGET_BYTES} (2 MB), plus
   * charts, summary and script, which are small and bounded.
   */
  public static final long MAX_BYTES = 20_000_000;

  private static final String RESOURCES = "/org/dupscan/report/html/";

  private HtmlReport() {}

  /** Writes {@code dir/index.html} from the CSVs in {@code dir}, replacing it atomically. */
  public static Path write(Path dir) throws IOException {
    String html = render(dir);
    Path target = dir.resolve(FILE);
    // A plain file (not createTempFile, which makes it owner-only), so the page keeps the folder's
    // usual permissions once moved into place.
    Path tmp = dir.resolve("." + FILE + ".partial");
    try {
      Files.writeString(tmp, html, StandardCharsets.UTF_8);
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
    return target;
  }

  /** The page for the report folder {@code dir}. */
  public static String render(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IOException(dir + ": not a report folder");
    }
    String data = ReportData.read(dir);
    String script = resource("report.js");
    String style = resource("report.css");
    StringBuilder sb = new StringBuilder(data.length() + script.length() + style.length() + 2048);
    sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
        .append("style-src 'unsafe-inline'; img-src data:; script-src '").append(sha256(script))
        .append("'\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"dupscan\">\n<title>dupscan report</title>\n<style>\n")
        .append(style).append("</style>\n</head>\n<body>\n")
        .append("<header><h1>dupscan report</h1><p>Duplicate content and SEO spam found by dupscan. ")
        .append("Everything here is read from the CSV files in the same folder as this page; ")
        .append("they hold every finding, this page the top ones.</p></header>\n")
        .append("<pre id=\"errors\" hidden></pre>\n")
        .append("<noscript><p>This report draws its tables and charts with JavaScript; without it, ")
        .append("open the CSV files in this folder.</p></noscript>\n<main id=\"app\"></main>\n")
        .append("<script id=\"report-data\" type=\"application/json\">").append(data).append("</script>\n")
        .append("<script>").append(script).append("</script>\n</body>\n</html>\n");
    return sb.toString();
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = HtmlReport.class.getResourceAsStream(RESOURCES + name)) {
      if (in == null) {
        throw new IOException("missing resource " + RESOURCES + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String sha256(String script) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(h);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
