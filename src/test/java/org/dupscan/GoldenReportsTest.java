package org.dupscan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dupscan.engine.ScanEngine;
import org.dupscan.engine.ScanResult;
import org.dupscan.engine.ScanSettings;
import org.dupscan.engine.SharedPassages;
import org.dupscan.report.ScanReports;
import org.dupscan.report.html.HtmlReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed sample reports in reports/ must equal a fresh run over corpus/, byte for byte; only
 * runtime.csv (threads and timings) is left out, and it is not committed. When a change alters them on purpose, regenerate them with the README's first command and
 * commit them with the change.
 */
class GoldenReportsTest {

  @TempDir
  Path tmp;

  @Test
  void committedSampleReportsEqualAFreshRunOverTheCorpus() throws IOException {
    Path committed = Path.of("reports");
    assertTrue(Files.isDirectory(committed), "reports/ is missing; run the README's first command");
    ScanResult result = new ScanEngine(ScanSettings.defaults(List.of(Path.of("corpus")))).scan();
    ScanReports.write(result, tmp, List.of(SharedPassages.table(result))); // as the CLI writes them
    List<String> names = new ArrayList<>();
    try (Stream<Path> files = Files.list(tmp)) {
      files.filter(f -> f.toString().endsWith(".csv"))
          .filter(f -> !f.getFileName().toString().equals(ScanReports.RUNTIME)).sorted().forEach(f -> names.add(f.getFileName().toString()));
    }
    assertTrue(names.size() >= 5, names.toString());
    for (String name : names) {
      Path golden = committed.resolve(name);
      assertTrue(Files.exists(golden), "reports/" + name + " is missing; regenerate the sample reports");
      assertEquals(Files.readString(golden, StandardCharsets.UTF_8),
          Files.readString(tmp.resolve(name), StandardCharsets.UTF_8), "reports/" + name
          + " differs from a fresh run over corpus/; regenerate the sample reports if the change is intended");
    }
    // The HTML report holds no timings, so it must match byte for byte.
    assertEquals(Files.readString(committed.resolve(HtmlReport.FILE), StandardCharsets.UTF_8),
        Files.readString(tmp.resolve(HtmlReport.FILE), StandardCharsets.UTF_8),
        "reports/index.html differs from a fresh run over corpus/; regenerate the sample reports");
  }
}
