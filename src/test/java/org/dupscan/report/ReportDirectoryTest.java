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

  @Test
  void aCommitThatFailsPartWayLeavesNoMixOfOldAndNewReports() throws IOException {
    Path out = tmp.resolve("out");
    Files.createDirectories(out.resolve("run.csv").resolve("in-the-way")); // a rename of run.csv fails
    Files.writeString(out.resolve("a.csv"), "old a\r\n");
    try (ReportDirectory dir = new ReportDirectory(out)) {
      try (CSVPrinter p = dir.open("a.csv", "x")) {
        p.printRecord("new");
      }
      try (CSVPrinter p = dir.open("run.csv", "parameter", "value")) {
        p.printRecord("k", "v");
      }
      try {
        dir.commit("run.csv");
      } catch (IOException e) {
        // a failed commit is allowed; a mix is not
      }
    }
    boolean aIsNew = Files.readString(out.resolve("a.csv")).equals("x\r\nnew\r\n");
    boolean runIsNew = Files.isRegularFile(out.resolve("run.csv"));
    assertEquals(aIsNew, runIsNew, "a.csv new: " + aIsNew + ", run.csv new: " + runIsNew);
  }

  @Test
  void theOldSetPutAsideByAKilledSwapIsRestoredAndStaleStagingRemoved() throws Exception {
    Process gone = new ProcessBuilder("true").start();
    gone.waitFor();
    long dead = gone.pid();
    Path out = tmp.resolve("out");
    Path old = tmp.resolve(".out" + ReportDirectory.OLD + dead + "-7");
    Files.createDirectories(old);
    Files.writeString(old.resolve("a.csv"), "old a\r\n");
    Path staging = tmp.resolve(".out" + ReportDirectory.STAGING + dead + "-8");
    Files.createDirectories(staging);
    Path running = tmp.resolve(".out" + ReportDirectory.STAGING + ProcessHandle.current().pid() + "-9");
    Files.createDirectories(running);
    java.util.List<String> done = ReportDirectory.recover(out);
    assertEquals(2, done.size(), done.toString());
    assertEquals("old a\r\n", Files.readString(out.resolve("a.csv")));
    assertFalse(Files.exists(old));
    assertFalse(Files.exists(staging));
    assertTrue(Files.exists(running), "a running process's staging folder is left alone");
  }

  @Test
  void aCommittedSetIsSwappedInWholeAndTheStagingAndOldFoldersAreGone() throws IOException {
    Path out = tmp.resolve("out");
    Files.createDirectories(out.resolve("notes"));
    Files.writeString(out.resolve("notes").resolve("mine.txt"), "kept");
    Files.writeString(out.resolve("a.csv"), "old a\r\n");
    try (ReportDirectory dir = new ReportDirectory(out)) {
      try (CSVPrinter p = dir.open("a.csv", "x")) {
        p.printRecord("new");
      }
      dir.commit("a.csv");
    }
    assertEquals("x\r\nnew\r\n", Files.readString(out.resolve("a.csv")));
    assertEquals("kept", Files.readString(out.resolve("notes").resolve("mine.txt")));
    try (var files = Files.list(tmp)) {
      assertEquals(java.util.List.of(out), files.toList());
    }
  }
}
