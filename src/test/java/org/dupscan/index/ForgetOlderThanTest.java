package org.dupscan.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.dupscan.engine.PageSummary;
import org.dupscan.engine.Progress;
import org.dupscan.engine.ScanEngine;
import org.dupscan.engine.ScanResult;
import org.dupscan.engine.ScanSettings;
import org.dupscan.pipeline.Stages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForgetOlderThanTest {

  @TempDir
  Path tmp;

  private static final Instant DAY_ONE = Instant.parse("2026-01-01T02:00:00Z");

  @Test
  void dropsPagesNoRunHasReadForLongerThanTheLimit() throws IOException {
    Path index = tmp.resolve("index");
    write("a", "old.txt", "An old page about harbour cranes and the tides of the northern sea coast.");
    assertEquals(List.of("a/old.txt"), night(index, DAY_ONE, null));
    clear();
    write("a", "new.txt", "A new page about mountain huts, their wardens and the winter routes between them.");
    assertEquals(List.of("a/new.txt", "a/old.txt"), night(index, DAY_ONE.plus(Duration.ofDays(20)),
        Duration.ofDays(30)));
    // Day 41: old.txt was last read on day 1, more than 30 days ago; new.txt on day 21.
    clear();
    write("b", "other.txt", "Another host's page about river barges, locks and the canal towpaths.");
    assertEquals(List.of("a/new.txt", "b/other.txt"), night(index, DAY_ONE.plus(Duration.ofDays(40)),
        Duration.ofDays(30)));
  }

  /** One run over the input folder; returns the ids the index then holds. */
  private List<String> night(Path index, Instant now, Duration forget) throws IOException {
    ScanSettings settings = ScanSettings.defaults(List.of(tmp.resolve("in"))).withThreads(1);
    try (PageIndex pages = PageIndex.open(index, settings, Stages.standard(), PageIndex.Mode.ACCUMULATE, false, forget, now)) {
      ScanResult result = new ScanEngine(settings).scan(Progress.NONE, pages);
      pages.update(result);
      pages.commit();
      return result.pages().stream().map(PageSummary::id).toList();
    }
  }

  private void write(String host, String name, String text) throws IOException {
    Path f = tmp.resolve("in").resolve(host).resolve(name);
    Files.createDirectories(f.getParent());
    Files.writeString(f, name + "\n\n" + text + "\n"); // a text page's first line is its title
  }

  private void clear() throws IOException {
    try (var files = Files.walk(tmp.resolve("in"))) {
      for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(f);
      }
    }
  }
}
