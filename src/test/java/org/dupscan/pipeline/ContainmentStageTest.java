package org.dupscan.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.dupscan.engine.ScanEngine;
import org.dupscan.engine.ScanResult;
import org.dupscan.engine.ScanSettings;
import org.dupscan.report.ScanReports;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Containment in a whole scan, on a generated blog: tag pages and a monthly archive holding whole posts,
 * print versions of posts that have comments, pages sharing only the template, and an unrelated site.
 */
class ContainmentStageTest {

  private static final String HOST = "blog.example";
  private static final int POSTS = 24;
  private static final int TAGS = 6;
  /** Posts 0..PRINTED-1 have comments and a print version. */
  private static final int PRINTED = 3;
  /** The archive page holds posts 0..ARCHIVED-1. */
  private static final int ARCHIVED = 8;

  @TempDir
  static Path tmp;
  static Path root;
  static ScanResult result;
  static List<String> found;

  @BeforeAll
  static void scanTheBlog() throws IOException {
    root = tmp.resolve("in");
    writeBlog(root);
    result = new ScanEngine(ScanSettings.defaults(List.of(root)).withThreads(2)).scan();
    found = new ArrayList<>();
    for (List<Cell> row : table(result).rows()) {
      found.add(text(row.get(0)) + " > " + text(row.get(1)));
    }
  }

  @Test
  void findsEveryPostTheTagAndArchivePagesHoldAndEveryPrintVersion() {
    TreeSet<String> expected = new TreeSet<>();
    for (int t = 0; t < TAGS; t++) {
      for (int p = t; p < POSTS; p += TAGS) {
        expected.add(page("tag-" + t) + " > " + page(p < PRINTED ? "print-" + p : "post-" + p));
      }
    }
    for (int p = 0; p < ARCHIVED; p++) {
      expected.add(page("archive-2024-01") + " > " + page(p < PRINTED ? "print-" + p : "post-" + p));
    }
    for (int p = 0; p < PRINTED; p++) {
      expected.add(page("post-" + p) + " > " + page("print-" + p));
    }
    assertEquals(new ArrayList<>(expected), found,
        "posts with comments are not held whole by their tag page (their comments are not on it); "
            + "their print versions are");
  }

  @Test
  void findsNothingBetweenPagesSharingOnlyTheTemplateOrUnrelated() {
    for (String pair : found) {
      assertTrue(!pair.contains("about") && !pair.contains("contact") && !pair.contains("privacy")
          && !pair.contains("other.example"), pair);
    }
  }

  @Test
  void writesContainedCsvTheCountAndTheColumn() throws IOException {
    Path out = tmp.resolve("out");
    ScanReports.write(result, out);
    List<String> csv = Files.readAllLines(out.resolve("contained.csv"), StandardCharsets.UTF_8);
    assertEquals("container,contained,containment,similarity", csv.get(0));
    assertEquals(found.size() + 1, csv.size());
    assertTrue(csv.get(1).startsWith(page("archive-2024-01") + "," + page("post-3") + ",1.0000,"),
        csv.get(1));
    List<String> run = Files.readAllLines(out.resolve("run.csv"), StandardCharsets.UTF_8);
    assertTrue(run.contains("contained," + found.size()), String.join("\n", run));
    assertTrue(run.contains("containment,0.8000"), "the threshold used is recorded: " + run);
    String documents = Files.readString(out.resolve("documents.csv"), StandardCharsets.UTF_8);
    assertTrue(documents.lines().findFirst().orElseThrow().contains(",contained_in,"));
    // print-0 is held by its post, its tag page and the archive
    String print0 = documents.lines().filter(l -> l.startsWith(page("print-0") + ",")).findFirst()
        .orElseThrow();
    assertTrue(print0.contains(",3,"), print0);
  }

  @Test
  void aHigherThresholdDropsTheLooselyHeldPages() throws IOException {
    ScanResult strict = new ScanEngine(ScanSettings.defaults(List.of(root)).withThreads(2),
        Stages.withContainmentThreshold(Stages.standard(), 0.999)).scan();
    for (List<Cell> row : table(strict).rows()) {
      assertEquals("1.0000", String.format(java.util.Locale.ROOT, "%.4f",
          ((Cell.Decimal) row.get(2)).value()), row.toString());
      assertTrue(!text(row.get(1)).contains("print"), "a print version has its own footer line: " + row);
    }
    assertTrue(table(strict).rows().size() >= POSTS - PRINTED, "posts held whole stay");
  }

  private static Table table(ScanResult r) {
    for (StageOutput s : r.detections().stages()) {
      if (s.stage() instanceof ContainmentStage) {
        return s.result().tables().get(0);
      }
    }
    throw new AssertionError("no containment stage ran");
  }

  private static String text(Cell c) {
    return ((Cell.Text) c).value();
  }

  private static String page(String name) {
    return HOST + "/" + name + ".html";
  }

  // ---- the generated blog ----

  private static final String[] SYLLABLES = {"ka", "lo", "mi", "nu", "pe", "ra", "si", "to", "ve", "zu",
      "ba", "de", "fi", "go", "hu", "ja", "ke", "ly", "mo", "ne"};

  private static String words(SplittableRandom r, int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        sb.append(i % 30 == 0 ? ". " : " ");
      }
      int syllables = 2 + r.nextInt(2);
      for (int s = 0; s < syllables; s++) {
        sb.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
      }
    }
    return sb.append('.').toString();
  }

  private static String paragraphs(SplittableRandom r, int count, int words) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < count; i++) {
      sb.append("<p>").append(words(r, words)).append("</p>\n");
    }
    return sb.toString();
  }

  private static final String NAV = "<header><p class=\"site\">The Example Blog</p><nav><a href=\"/\">Home</a> "
      + "<a href=\"/garden/\">Garden</a> <a href=\"/kitchen/\">Kitchen</a> <a href=\"/about.html\">About</a>"
      + "</nav></header>\n";

  private static String sidebar() {
    return "<aside><h3>About this blog</h3><p>" + words(new SplittableRandom(99), 40) + "</p></aside>\n";
  }

  private static String footer() {
    return "<footer><p>" + words(new SplittableRandom(98), 25) + "</p></footer>\n";
  }

  private static String templated(String title, String main) {
    return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body>\n"
        + NAV + "<main>\n" + main + "</main>\n" + sidebar() + footer() + "</body></html>\n";
  }

  private static void write(Path file, String html) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, html, StandardCharsets.UTF_8);
  }

  static void writeBlog(Path root) throws IOException {
    Path site = root.resolve(HOST);
    String[] titles = new String[POSTS];
    String[] bodies = new String[POSTS];
    for (int p = 0; p < POSTS; p++) {
      SplittableRandom r = new SplittableRandom(1000 + p);
      titles[p] = "Post " + p + " " + words(r, 4).replace(".", "");
      bodies[p] = paragraphs(r, 5 + p % 4, 55);
      String comments = p < PRINTED
          ? "<section class=\"comments\"><h2>Comments</h2>" + paragraphs(r, 4, 45) + "</section>\n" : "";
      write(site.resolve("post-" + p + ".html"), templated(titles[p],
          "<article><h1>" + titles[p] + "</h1>\n" + bodies[p] + "</article>\n" + comments));
      if (p < PRINTED) {
        write(site.resolve("print-" + p + ".html"), "<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
            + "<title>" + titles[p] + " (print)</title></head><body><h1>" + titles[p] + "</h1>\n" + bodies[p]
            + "<p>Printed from The Example Blog at blog dot example.</p></body></html>\n");
      }
    }
    for (int t = 0; t < TAGS; t++) {
      StringBuilder main = new StringBuilder("<h1>Tag: topic " + t + "</h1>\n");
      for (int p = t; p < POSTS; p += TAGS) {
        main.append("<article><h2>").append(titles[p]).append("</h2>\n").append(bodies[p])
            .append("</article>\n");
      }
      write(site.resolve("tag-" + t + ".html"), templated("Tag: topic " + t, main.toString()));
    }
    StringBuilder archive = new StringBuilder("<h1>January 2024</h1>\n");
    for (int p = 0; p < ARCHIVED; p++) {
      archive.append("<article><h2>").append(titles[p]).append("</h2>\n").append(bodies[p]).append("</article>\n");
    }
    write(site.resolve("archive-2024-01.html"), templated("January 2024", archive.toString()));
    int seed = 5000;
    for (String name : new String[] {"about", "contact", "privacy"}) {
      write(site.resolve(name + ".html"), templated(name, "<h1>" + name + "</h1>\n"
          + paragraphs(new SplittableRandom(seed++), 2, 45)));
    }
    for (int p = 0; p < 10; p++) {
      SplittableRandom r = new SplittableRandom(7000 + p);
      write(root.resolve("other.example").resolve("story-" + p + ".html"), "<!DOCTYPE html><html><head>"
          + "<title>Story " + p + "</title></head><body><h1>Story " + p + "</h1>\n" + paragraphs(r, 6, 50)
          + "</body></html>\n");
    }
  }
}
