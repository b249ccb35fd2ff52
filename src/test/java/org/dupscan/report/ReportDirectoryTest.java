package org.dupscan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportDirectoryTest {

  @TempDir
  Path tmp;

  @Test
  void aCrashBeforeCommitLeavesTheOldReportsAsTheyWere() throws IOException {
    Files.writeString(tmp.resolve("a.csv"), "old a\r\n");
    Files.writeString(tmp.resolve("keep.txt"), "not ours");
    assertThrows(IllegalStateException.class, () -> {
      try (ReportDirectory dir = new ReportDirectory(tmp)) {
        try (CSVPrinter p = dir.open("a.csv", "x")) {
          p.printRecord("new");
        }
        throw new IllegalStateException("simulated crash while writing b.csv");
      }
    });
    assertEquals("old a\r\n", Files.readString(tmp.resolve("a.csv")));
    assertEquals("not ours", Files.readString(tmp.resolve("keep.txt")));
    try (var files = Files.list(tmp)) {
      assertEquals(2, files.count(), "the staging folder is removed");
    }
  }

  @Test
  void commitReplacesEveryReportAndLeavesOtherFilesAlone() throws IOException {
    Files.writeString(tmp.resolve("a.csv"), "old a\r\n");
    Files.writeString(tmp.resolve("keep.txt"), "not ours");
    try (ReportDirectory dir = new ReportDirectory(tmp)) {
      try (CSVPrinter p = dir.open("a.csv", "x")) {
        p.printRecord("new");
      }
      try (CSVPrinter p = dir.open("run.csv", "parameter", "value")) {
        p.printRecord("k", "v");
      }
      dir.commit("run.csv");
      assertTrue(dir.committed());
    }
    assertEquals("x\r\nnew\r\n", Files.readString(tmp.resolve("a.csv")));
    assertEquals("parameter,value\r\nk,v\r\n", Files.readString(tmp.resolve("run.csv")));
    assertEquals("not ours", Files.readString(tmp.resolve("keep.txt")));
    try (var files = Files.list(tmp)) {
      assertFalse(files.anyMatch(f -> f.getFileName().toString().startsWith(".dupscan-")));
    }
  }
}
