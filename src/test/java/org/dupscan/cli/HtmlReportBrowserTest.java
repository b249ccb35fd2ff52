package org.dupscan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the HTML report in headless Chromium (Debian's {@code chromium}) and checks that the script
 * drew every chart and table with no script error or console message. Outside CI the test is skipped
 * when Chromium is missing; in CI (environment variable CI=true) a missing browser fails it.
 */
class HtmlReportBrowserTest {

  /** Where the screenshot of the corpus report is kept as a build artefact. */
  static final Path SCREENSHOT = Path.of("target", "html-report", "corpus-report.png");

  private static String chromium;

  @TempDir
  Path tmp;

  @BeforeAll
  static void findChromium() {
    chromium = onPath("chromium");
    if (chromium == null) {
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail("chromium is not installed, and CI=true: the browser test must run in CI "
            + "(.ci/run installs it: apt-get install -y chromium)");
      }
      String why = "chromium is not installed: browser test of the HTML report skipped "
          + "(apt-get install -y chromium to run it)";
      // Surefire does not print why a whole class was skipped; the console should say it.
      System.err.println("HtmlReportBrowserTest: " + why);
      Assumptions.abort(why);
    }
  }

  private static String onPath(String name) {
    String path = System.getenv("PATH");
    for (String d : (path == null ? "" : path).split(File.pathSeparator)) {
      File f = new File(d, name);
      if (f.isFile() && f.canExecute()) {
        return f.getPath();
      }
    }
    return null;
  }

  @Test
  void corpusReportDrawsEveryChartAndTableWithoutScriptErrors() throws Exception {
    Path out = tmp.resolve("reports");
    CliRunner.Run run = CliRunner.run("scan", "corpus", "--out", out.toString(), "--quiet");
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    Browser b = open(out.resolve("index.html"));
    assertEquals("ok", attr(b.body, "data-rendered"), b.body + "\n" + b.console);
    assertEquals(null, attr(b.body, "data-script-error"));
    assertEquals("6", attr(b.body, "data-charts"), "every chart drawn");
    assertEquals("8", attr(b.body, "data-tables"));
    assertTrue(b.console.isEmpty(), "console: " + b.console);
    assertTrue(count(b.dom, "<rect ") >= 20, "bars drawn");
    for (String table : List.of("flagged", "pairs", "clusters", "contained", "titles", "captions", "boilerplate")) {
      assertTrue(b.dom.contains("id=\"table-" + table + "\""), table);
    }
    assertTrue(count(b.dom, "<tr") > 100, "table rows drawn");
    assertTrue(b.dom.contains("Side by side: similarity"), "the first pair is shown side by side");
    assertTrue(b.dom.contains("<mark>"), "shared title words marked");
    // The first near-duplicate and the first contained pair are shown with their texts (passages.csv),
    // each page in its column, the passages the two pages share marked on both sides.
    assertEquals(4, count(b.dom, "<div class=\"pair-text\">"), "a text column for each page of two pairs");
    for (String table : List.of("pairs", "contained")) {
      String section = section(b.dom, table);
      assertTrue(section.contains("Side by side:"), table + ": its first pair shown");
      int split = section.indexOf("<div class=\"pair-text\">", section.indexOf("<div class=\"pair-text\">") + 1);
      assertTrue(split > 0, table + ": two text columns");
      assertTrue(section.substring(0, split).contains("<mark class=\"shared\">")
          && section.substring(split).contains("<mark class=\"shared\">"), table + ": shared passages marked on both sides");
    }

    Files.createDirectories(SCREENSHOT.getParent());
    chrome(List.of("--hide-scrollbars", "--window-size=1280,1600", "--screenshot=" + SCREENSHOT.toAbsolutePath()),
        out.resolve("index.html"));
    assertTrue(Files.size(SCREENSHOT) > 10_000, "screenshot written");
  }

  @Test
  void hostileTitleShowsAsTextAndRunsNothing() throws Exception {
    Path dir = tmp.resolve("hostile");
    Files.createDirectories(dir);
    String title = "</script><img src=x onerror=\"document.body.setAttribute('data-pwned','1')\">";
    Files.writeString(dir.resolve("documents.csv"), "id,host,title,spam_score,reasons\r\n"
        + "h/1,h,\"" + title.replace("\"", "\"\"") + "\",99.0,thin page\r\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("near_duplicates.csv"), "doc_a,doc_b,similarity\r\nh/1,h/2,0.9\r\n",
        StandardCharsets.UTF_8);
    CliRunner.Run run = CliRunner.run("report", dir.toString());
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    Browser b = open(dir.resolve("index.html"));
    assertEquals("ok", attr(b.body, "data-rendered"), b.body + "\n" + b.console);
    assertEquals(null, attr(b.body, "data-pwned"));
    assertFalse(b.dom.contains("<img"), "no element made from crawled text");
    assertTrue(b.dom.contains("&lt;/script&gt;&lt;img src=x onerror="), "the title is shown as text");
    assertTrue(b.console.isEmpty(), "console: " + b.console);
  }

  record Browser(String dom, String body, List<String> console) {}

  private Browser open(Path page) throws Exception {
    String[] io = chrome(List.of("--enable-logging=stderr", "--v=0", "--dump-dom"), page);
    Matcher m = Pattern.compile("<body[^>]*>").matcher(io[0]);
    String body = m.find() ? m.group() : "";
    List<String> console = new ArrayList<>();
    for (String line : io[1].split("\n")) {
      if (line.contains(":CONSOLE")) {
        console.add(line);
      }
    }
    return new Browser(io[0], body, console);
  }

  /** Runs headless Chromium on {@code page}; returns its standard output and standard error. */
  private String[] chrome(List<String> extra, Path page) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + Files.createTempDirectory(tmp, "chromium-")));
    cmd.addAll(extra);
    cmd.add(page.toAbsolutePath().toUri().toString());
    Path stdout = Files.createTempFile(tmp, "dom-", ".html");
    Path stderr = Files.createTempFile(tmp, "err-", ".txt");
    Process p = new ProcessBuilder(cmd).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("chromium did not finish in 120 s: " + cmd);
    }
    return new String[] {Files.readString(stdout, StandardCharsets.UTF_8),
        Files.readString(stderr, StandardCharsets.UTF_8)};
  }

  private static String attr(String tag, String name) {
    Matcher m = Pattern.compile(" " + Pattern.quote(name) + "=\"([^\"]*)\"").matcher(tag);
    return m.find() ? m.group(1) : null;
  }

  /** The markup of the table section {@code id} (up to the next section). */
  private static String section(String dom, String id) {
    int from = dom.indexOf("id=\"table-" + id + "\"");
    assertTrue(from >= 0, "no table " + id);
    int to = dom.indexOf("<section", from);
    return dom.substring(from, to < 0 ? dom.length() : to);
  }

  private static int count(String s, String what) {
    int n = 0;
    for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
      n++;
    }
    return n;
  }
}
