package org.dupscan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.dupscan.engine.ScanSettings;
import org.dupscan.index.PageIndex;
import org.dupscan.pipeline.Stages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed with SIGKILL at any moment leaves the index at its last commit, unlocked, and the next
 * run goes on from there; a second run while one holds the index is refused with one line.
 */
class NightlyCrashTest {

  @TempDir
  Path tmp;

  /** Moments (ms after start) at which the forked run is killed: JVM start, reading, writing, done. */
  private static final long[] KILL_AFTER_MS = {150, 600, 1200, 1800, 2600};

  @Test
  void aKilledRunLeavesTheIndexAtItsLastCommit() throws Exception {
    Path index = tmp.resolve("index");
    Path first = copyCorpus(tmp.resolve("first"), 0);
    Path second = copyCorpus(tmp.resolve("second"), 1);
    assertEquals(0, CliRunner.run("scan", first.toString(), "--index", index.toString(), "--out",
        tmp.resolve("out").toString(), "-q").exitCode());
    for (long ms : KILL_AFTER_MS) {
      int before = runs(index);
      Process p = new ProcessBuilder(javaCommand(second, index, tmp.resolve("killed")))
          .redirectErrorStream(true).redirectOutput(tmp.resolve("killed.log").toFile()).start();
      boolean ended = p.waitFor(ms, TimeUnit.MILLISECONDS);
      if (!ended) {
        p.destroyForcibly(); // SIGKILL: no shutdown hook, no finally
        p.waitFor();
      }
      int after = runs(index);
      assertTrue(after == before || after == before + 1, "runs " + before + " -> " + after);
    }
    // The next run goes on from whatever was committed, and reports what a fresh scan reports.
    CliRunner.Run r = CliRunner.run("scan", second.toString(), "--index", index.toString(), "--out",
        tmp.resolve("next").toString(), "-q");
    assertEquals(0, r.exitCode(), r.err());
    Path all = copyCorpus(tmp.resolve("all"), -1);
    assertEquals(0, CliRunner.run("scan", all.toString(), "--out", tmp.resolve("fresh").toString(), "-q")
        .exitCode());
    assertEquals(Files.readString(tmp.resolve("fresh/documents.csv")),
        Files.readString(tmp.resolve("next/documents.csv")));
    assertEquals(Files.readString(tmp.resolve("fresh/near_duplicates.csv")),
        Files.readString(tmp.resolve("next/near_duplicates.csv")));
  }

  @Test
  void aSecondRunOnAnIndexInUseIsRefusedWithOneLine() throws IOException {
    Path index = tmp.resolve("index");
    Path in = copyCorpus(tmp.resolve("in"), -1);
    try (PageIndex held = PageIndex.open(index, ScanSettings.defaults(List.of(in)), Stages.standard(),
        PageIndex.Mode.ACCUMULATE, false, null, Instant.now())) {
      CliRunner.Run r = CliRunner.run("scan", in.toString(), "--index", index.toString(), "--out",
          tmp.resolve("out").toString(), "-q");
      assertEquals(ExitCode.BUSY, r.exitCode());
      assertTrue(r.err().contains("is in use by another run"), r.err());
      assertEquals(1, r.err().strip().lines().count(), r.err());
    }
  }

  /** The number of committed runs in the index. */
  private static int runs(Path index) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + index.resolve(PageIndex.DATABASE));
        Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM run")) {
      return rs.next() ? rs.getInt(1) : 0;
    }
  }

  private static List<String> javaCommand(Path in, Path index, Path out) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-cp");
    cmd.add(ChildClassPath.get());
    cmd.add("org.dupscan.cli.Main");
    cmd.addAll(List.of("scan", in.toString(), "--index", index.toString(), "--out", out.toString(), "-q",
        "--threads", "1"));
    return cmd;
  }

  /**
   * The repository's corpus into {@code dir}: pages of even rank (part 0), odd rank (part 1), or all
   * (-1), so that the second part adds pages to an index holding the first.
   */
  private static Path copyCorpus(Path dir, int part) throws IOException {
    Path root = Path.of("corpus");
    List<Path> files;
    try (Stream<Path> s = Files.walk(root)) {
      files = s.filter(Files::isRegularFile).sorted(Comparator.naturalOrder()).toList();
    }
    for (int i = 0; i < files.size(); i++) {
      if (part < 0 || i % 2 == part) {
        Path target = dir.resolve(root.relativize(files.get(i)).toString().replace(File.separatorChar, '/'));
        Files.createDirectories(target.getParent());
        Files.copy(files.get(i), target);
      }
    }
    return dir;
  }
}
