package org.dupscan.report.html;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {

  static final String HOSTILE = "</script><img src=x onerror=alert(1)><!-- & \u2028";

  @TempDir
  Path tmp;

  /** A small report folder written by hand, as a scan would, with a hostile title. */
  static Path folder(Path dir) throws IOException {
    Files.createDirectories(dir);
    write(dir, "documents.csv", "id,url,host,title,words,exact_duplicate_of,cluster_id,boilerplate_share,"
        + "spam_score,reasons\r\n"
        + "a.example/1,https://a.example/blog/1,a.example,\"" + HOSTILE.replace("\"", "\"\"")
        + "\",100,,C00001,0.2000,90.0,near-duplicate of a.example/2 at 0.91; thin page\r\n"
        + "a.example/2,https://a.example/blog/2,a.example,Second page,120,,C00001,0.1000,80.0,"
        + "near-duplicate of a.example/1 at 0.91\r\n"
        + "b.example/3,https://b.example/3,b.example,Third,300,,,0.0000,10.0,\r\n");
    write(dir, "near_duplicates.csv", "doc_a,doc_b,similarity,estimated,cluster_id\r\n"
        + "a.example/1,a.example/2,0.9100,0.9000,C00001\r\n");
    write(dir, "clusters.csv", "cluster_id,kind,size,representative,members,pairs_not_listed\r\n"
        + "C00001,near,2,a.example/1,a.example/1; a.example/2,0\r\n");
    write(dir, "titles.csv", "kind,group_id,page,title,similarity,position\r\n");
    write(dir, "captions.csv", "page,block,text,score,reasons,pages_with_same_text,hosts_with_same_text\r\n");
    write(dir, "boilerplate.csv", "host,block_id,method,pages,share_of_host_pages,hosts,confidence,sample_text,"
        + "first_page\r\n");
    write(dir, "skipped.csv", "source,reason\r\n");
    write(dir, "run.csv", "parameter,value\r\nflag_score,50.0\r\nruntime.total_ms,123\r\n");
    return dir;
  }

  static void write(Path dir, String name, String content) throws IOException {
    Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  @Test
  void crawledTextCannotCloseTheDataBlockOrAddMarkup() throws IOException {
    String html = HtmlReport.render(folder(tmp.resolve("r")));
    assertFalse(html.contains("<img"), "no markup from crawled text");
    assertTrue(html.contains("\\u003c/script\\u003e\\u003cimg src=x onerror=alert(1)\\u003e"), html);
    // Exactly the page's own two script elements, both closed where the page closes them.
    Matcher m = Pattern.compile("</script>").matcher(html);
    int closes = 0;
    while (m.find()) {
      closes++;
    }
    assertEquals(2, closes);
    assertFalse(html.contains("\u2028"), "line separators escaped");
  }

  @Test
  void runsOnlyItsOwnScriptAndLoadsNothing() throws IOException {
    String html = HtmlReport.render(folder(tmp.resolve("r")));
    assertTrue(html.contains("default-src 'none'"), "no network at view time");
    assertTrue(html.contains("script-src 'sha256-"), "only the page's own script runs");
    for (String load : new String[] {"src=\"http", "href=\"http", "url(", "@import", "fetch(", "XMLHttpRequest"}) {
      assertFalse(html.contains(load), "nothing loaded from a server: " + load);
    }
  }

  @Test
  void sameCsvFilesGiveTheSameBytesAndTimingsAreLeftOut() throws IOException {
    Path a = folder(tmp.resolve("a"));
    Path b = folder(tmp.resolve("b"));
    write(b, "run.csv", "parameter,value\r\nflag_score,50.0\r\nruntime.total_ms,999\r\n");
    HtmlReport.write(a);
    HtmlReport.write(b);
    assertArrayEquals(Files.readAllBytes(a.resolve("index.html")), Files.readAllBytes(b.resolve("index.html")));
    assertFalse(Files.readString(a.resolve("index.html")).contains("runtime.total_ms"));
  }

  @Test
  void toleratesUnknownAndMissingColumnsAndMissingFiles() throws IOException {
    Path dir = tmp.resolve("odd");
    Files.createDirectories(dir);
    write(dir, "documents.csv", "new_column,id,title,spam_score\r\nx,p/1,Only page,70.0\r\n");
    Files.delete(folder(tmp.resolve("unused")).resolve("run.csv"));
    String html = HtmlReport.render(dir);
    assertTrue(html.contains("\"Only page\""), "rows read by header name");
    assertTrue(html.contains("[\"Pages flagged\",\"1\""), "flagged at the default score");
  }

  @Test
  void capsEmbeddedRowsAndSaysWhatWasLeftOut() throws IOException {
    Path dir = folder(tmp.resolve("big"));
    StringBuilder sb = new StringBuilder("doc_a,doc_b,similarity,estimated,cluster_id,extra\r\n");
    int n = ReportData.MAX_TABLE_ROWS + 250;
    for (int i = 0; i < n; i++) {
      sb.append("p/").append(i).append(",q/").append(i).append(",0.").append(8000 + i % 2000)
          .append(",0.8,C1,z\r\n");
    }
    write(dir, "near_duplicates.csv", sb.toString());
    String html = HtmlReport.render(dir);
    assertTrue(html.contains(String.format(java.util.Locale.ROOT,
        "Showing 5,000 of %,d rows (highest similarity first); the full list is in near_duplicates.csv.", n)),
        "the page names what it left out and where the rest is");
    assertTrue(html.contains("\"p/1999\""), "the most similar pair is kept");
    assertFalse(html.contains("\"p/2000\""), "a least similar pair is left out");
  }

  @Test
  void reasonsAreCountedWithoutTheirNumbersAndPages() {
    assertEquals("near-duplicate", ReportData.reasonKey("near-duplicate of a.example/2 at 0.91"));
    assertEquals("caption recurring on pages", ReportData.reasonKey("caption x1 recurring on 3 pages"));
    assertEquals("paragraph restating the page", ReportData.reasonKey("1 paragraph restating the page"));
  }

  @Test
  void sectionIsHostAndFirstPathSegment() {
    assertEquals("a.example/blog/", ReportData.section("https://a.example/blog/post/1"));
    assertEquals("a.example/", ReportData.section("https://a.example/post"));
    assertEquals("a.example/", ReportData.section("a.example"));
  }

  @Test
  void keepsTheBestRowsInFileOrderOnTies() {
    TopRows<Integer> top = new TopRows<>(3, (a, b) -> Integer.compare(b / 10, a / 10));
    for (int x : new int[] {5, 31, 12, 33, 32, 7, 34}) {
      top.offer(x);
    }
    assertEquals(java.util.List.of(31, 33, 32), top.best());
    assertEquals(7, top.seen());
    assertThrows(IllegalArgumentException.class, () -> new TopRows<Integer>(0, Integer::compare));
  }

  @Test
  void refusesAFolderThatDoesNotExist() {
    IOException e = assertThrows(IOException.class, () -> HtmlReport.render(tmp.resolve("none")));
    assertTrue(e.getMessage().contains("none"), e.getMessage());
  }
}
