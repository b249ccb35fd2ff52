package org.dupscan.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import org.dupscan.corpus.SkippedInput;
import org.dupscan.corpus.TestWarcs;
import org.dupscan.detect.NearDuplicateFinder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrawlInputScanTest {

  @TempDir
  Path tmp;

  private static ScanResult scan(Path... inputs) throws IOException {
    return new ScanEngine(ScanSettings.defaults(List.of(inputs)).withThreads(2)).scan();
  }

  /** Pairs and clusters as sorted strings of ids mapped by {@code name}. */
  private static List<String> findings(ScanResult r, Function<String, String> name) {
    List<String> out = new ArrayList<>();
    List<PageSummary> pages = r.pages();
    for (NearDuplicateFinder.Pair p : r.near().pairs()) {
      TreeSet<String> two = new TreeSet<>(List.of(name.apply(pages.get(p.a()).id()),
          name.apply(pages.get(p.b()).id())));
      out.add("pair " + two + " " + p.similarity());
    }
    for (NearDuplicateFinder.Cluster c : r.near().clusters()) {
      TreeSet<String> members = new TreeSet<>();
      for (int m : c.members()) {
        members.add(name.apply(pages.get(m).id()));
      }
      out.add((c.exact() ? "exact " : "near ") + members);
    }
    out.sort(null);
    return out;
  }

  @Test
  void findsTheSameDuplicatesInTheWgetWarcAsInTheFolderItWasMadeFrom() throws IOException {
    ScanResult folder = scan(Path.of("corpus/bloom-baby.example"));
    ScanResult warc = scan(Path.of("src/test/resources/warc/bloom-baby.warc.gz"));
    assertEquals(14, folder.pages().size());
    assertEquals(14, warc.pages().size());
    List<String> fromFolder = findings(folder, id -> id);
    List<String> fromWarc = findings(warc, id -> id.substring("http://127.0.0.1:8765/".length()));
    assertFalse(fromFolder.isEmpty());
    assertEquals(fromFolder, fromWarc);
    for (PageSummary p : warc.pages()) {
      assertEquals("UTF-8", p.charset());
    }
  }

  @Test
  void aSiteCapturedTwiceGivesTheSameFindingsAsOneCapture() throws IOException {
    // Superseded captures must not reach the detectors: counted twice, every block of the site would
    // "recur" on two pages and look like template.
    Path once = Path.of("src/test/resources/warc/bloom-baby.warc.gz");
    Path again = tmp.resolve("again.warc.gz");
    java.nio.file.Files.copy(once, again);
    Path outOnce = tmp.resolve("once");
    Path outTwice = tmp.resolve("twice");
    org.dupscan.report.ScanReports.write(scan(once), outOnce);
    ScanResult twice = scan(once, again);
    org.dupscan.report.ScanReports.write(twice, outTwice);
    try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(outOnce)) {
      for (Path f : files.sorted().toList()) {
        String name = f.getFileName().toString();
        if (!name.equals("skipped.csv") && !name.equals("run.csv") && !name.equals("runtime.csv")
            && !name.equals("index.html")) {
          assertEquals(java.nio.file.Files.readString(f), java.nio.file.Files.readString(outTwice.resolve(name)),
              name);
        }
      }
    }
    long superseded = twice.skipped().stream().filter(s -> s.reason().startsWith("superseded by " + again))
        .count();
    assertEquals(14, superseded);
  }

  @Test
  void keepsTheLatestCaptureOfAUrlAndListsTheOthers() throws IOException {
    Instant jan = Instant.parse("2026-01-01T00:00:00Z");
    Instant feb = Instant.parse("2026-02-01T00:00:00Z");
    Path a = tmp.resolve("a.warc.gz");
    Path b = tmp.resolve("b.warc");
    try (TestWarcs w = new TestWarcs(a, true)) {
      w.warcinfo();
      w.html("http://s.example/page", feb, "<title>February</title><p>the february version of it</p>");
      w.html("http://s.example/same-date", jan, "<title>First</title><p>written first on that day</p>");
      w.html("http://s.example/same-date", jan, "<title>Second</title><p>written second on that day</p>");
      w.revisit("http://s.example/page", feb);
    }
    try (TestWarcs w = new TestWarcs(b, false)) {
      w.html("http://s.example/page", jan, "<title>January</title><p>the january version of it</p>");
      w.conversion("http://s.example/wet", jan, "Wet Title\n\nplain text from a WET conversion record");
      w.resource("http://s.example/res", jan, "text/html", "<title>Res</title><p>a resource record</p>");
    }
    for (Path[] order : new Path[][] {{a, b}, {b, a}}) {
      ScanResult r = scan(order);
      List<String> titles = new ArrayList<>();
      for (PageSummary p : r.pages()) {
        titles.add(p.id() + "=" + p.title());
      }
      assertEquals(List.of("http://s.example/page=February", "http://s.example/res=Res",
          "http://s.example/same-date=Second", "http://s.example/wet=Wet Title"), titles);
      List<String> skips = new ArrayList<>();
      for (SkippedInput s : r.skipped()) {
        skips.add(s.source() + " " + s.reason());
      }
      String all = String.join("\n", skips);
      assertTrue(all.contains(b + "#0 superseded by " + a + "#"), all);
      assertTrue(all.contains("1 revisit record (not pages)"), all);
      assertTrue(all.contains("1 warcinfo record (not pages)"), all);
      assertEquals(2, all.split("superseded by", -1).length - 1, all);
    }
  }

  @Test
  void countsTheLaterDateThenTheLaterReadWithUnknownDatesOldest() {
    Instant ancient = Instant.parse("1600-01-01T00:00:00Z");
    Instant older = Instant.parse("1500-01-01T00:00:00Z");
    Instant far = Instant.parse("2300-01-01T00:00:00Z");
    // Dates outside the years a long of nanoseconds holds (1678-2262) still order as dates.
    assertTrue(ScanEngine.compareCaptures(ancient, 0, older, 1) > 0);
    assertTrue(ScanEngine.compareCaptures(far, 0, Instant.parse("2290-01-01T00:00:00Z"), 1) > 0);
    assertTrue(ScanEngine.compareCaptures(older, 0, null, 1) > 0);
    assertTrue(ScanEngine.compareCaptures(null, 5, older, 1) < 0);
    assertTrue(ScanEngine.compareCaptures(null, 5, null, 1) > 0);
    assertTrue(ScanEngine.compareCaptures(far, 1, far, 5) < 0);
  }
}
