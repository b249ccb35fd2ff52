package org.dupscan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import org.dupscan.corpus.TestWarcs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fault matrix: each fault is a bad input (or option) put beside a small control page, and a scan
 * of both must end with the stated exit code and stderr line, read the control page and list the bad
 * input in skipped.csv with its reason; a run that fails must leave the previous reports as they were.
 * To add a case, add a {@link Fault} to {@link #faults}: how to make it, and what the run must say.
 * Faults that need a JVM of their own (out of memory, a signal, a file-size limit) are the tests
 * after the matrix; they fork {@code java} with this test's class path.
 */
class FaultMatrixTest {

  @TempDir
  Path tmp;

  /** Makes a fault in the scanned folder {@code in} (beside {@code tmp}); returns extra arguments. */
  interface Setup {
    List<String> make(Path in, Path tmp) throws Exception;
  }

  /** What a finished run must also satisfy (reports in {@code out}). */
  interface Check {
    void check(Path out, CliRunner.Run run) throws Exception;
  }

  /**
   * One case of the matrix.
   *
   * @param name what goes wrong
   * @param setup makes the fault
   * @param exit the exit code
   * @param stderr a part of stderr ("" for any)
   * @param listed a part of the skipped.csv source of the bad input, or null when nothing is listed
   * @param reason a part of its reason
   * @param rows how many skipped.csv rows name {@code listed}, or -1 for any number
   * @param alsoRead ids documents.csv must hold besides the control page
   * @param check further checks, or null
   */
  record Fault(String name, Setup setup, int exit, String stderr, String listed, String reason, int rows,
      List<String> alsoRead, Check check) {

    static Fault listed(String name, Setup setup, String listed, String reason) {
      return new Fault(name, setup, ExitCode.OK, "", listed, reason, -1, List.of(), null);
    }

    static Fault read(String name, Setup setup, String... ids) {
      return new Fault(name, setup, ExitCode.OK, "", null, null, -1, List.of(ids), null);
    }

    static Fault refused(String name, Setup setup, int exit, String stderr) {
      return new Fault(name, setup, exit, stderr, null, null, -1, List.of(), null);
    }

    Fault alsoReading(String... ids) {
      return new Fault(name, setup, exit, stderr, listed, reason, rows, List.of(ids), check);
    }

    Fault rows(int n) {
      return new Fault(name, setup, exit, stderr, listed, reason, n, alsoRead, check);
    }

    Fault checking(Check c) {
      return new Fault(name, setup, exit, stderr, listed, reason, rows, alsoRead, c);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  static final String CONTROL = "control.txt";

  static Stream<Fault> faults() {
    return Stream.of(
        Fault.listed("a page whose text is over the per-page budget", (in, tmp) -> {
          Fixtures.write(in.resolve("huge.txt"), "Huge\n\n" + "abcdefg ".repeat(140_000));
          return List.of();
        }, "huge.txt", "page text over 1000000 characters"),
        Fault.listed("a FIFO in a scanned folder", (in, tmp) -> {
          mkfifo(in.resolve("pipe.html"));
          return List.of();
        }, "pipe.html", "not a regular file or folder: a FIFO"),
        Fault.listed("a FIFO given as a path", (in, tmp) -> {
          Path p = tmp.resolve("p.html");
          mkfifo(p);
          return List.of(p.toString());
        }, "p.html", "not opened"),
        Fault.listed("a FIFO given in an @list", (in, tmp) -> {
          Path p = tmp.resolve("q.html");
          mkfifo(p);
          Path list = tmp.resolve("list.txt");
          Files.writeString(list, p + "\n");
          return List.of("@" + list);
        }, "q.html", "not opened"),
        Fault.listed("a plain WARC record whose Content-Length is too long", (in, tmp) -> {
          Path warc = in.resolve("crawl.warc");
          threePages(warc);
          setSecondLength(warc, +30);
          return List.of();
        }, "crawl.warc#", "does not end at a record boundary").rows(1)
            .alsoReading("http://a.example/1", "http://a.example/3"),
        Fault.listed("a WARC record with a Content-Length of 10^15", (in, tmp) -> {
          Path warc = in.resolve("crawl.warc");
          threePages(warc);
          setSecondLength(warc, 1_000_000_000_000_000L);
          return List.of();
        }, "crawl.warc#", "runs past the end of the file").rows(1)
            .alsoReading("http://a.example/1", "http://a.example/3"),
        Fault.read("a close-delimited HTTP response (no Content-Length)", (in, tmp) -> {
          try (TestWarcs w = new TestWarcs(in.resolve("close.warc"), false)) {
            w.rawResponse("http://a.example/close", Instant.parse("2026-03-01T10:00:00Z"),
                ("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\n\r\n<title>Close</title>"
                    + "<p>" + Fixtures.article(7, 80) + "</p>").getBytes(StandardCharsets.UTF_8));
          }
          return List.of();
        }, "http://a.example/close"),
        Fault.read("a JSON Lines record without a title", (in, tmp) -> {
          // One line of text, as C4 and RedPajama records often are: all body, no title.
          Files.writeString(in.resolve("c4.jsonl"), "{\"id\":\"a\",\"text\":\""
              + Fixtures.article(8, 60).replace('\n', ' ') + "\"}\n");
          return List.of();
        }, "a"),
        Fault.read("UTF-16 text with a byte order mark", (in, tmp) -> {
          byte[] text = ("Sixteen\n\n" + Fixtures.article(9, 60)).getBytes(StandardCharsets.UTF_16LE);
          byte[] all = new byte[text.length + 2];
          all[0] = (byte) 0xFF;
          all[1] = (byte) 0xFE;
          System.arraycopy(text, 0, all, 2, text.length);
          Files.write(in.resolve("utf16.txt"), all);
          return List.of();
        }, "utf16.txt"),
        Fault.read("a symbolic link to a folder outside the scanned one", (in, tmp) -> {
          Fixtures.write(tmp.resolve("elsewhere/sub/page.txt"), "Elsewhere\n\n" + Fixtures.article(10, 60));
          Files.createSymbolicLink(in.resolve("linked"), tmp.resolve("elsewhere"));
          return List.of();
        }, "linked/sub/page.txt"),
        Fault.listed("a dangling symbolic link", (in, tmp) -> {
          Files.createSymbolicLink(in.resolve("gone.txt"), tmp.resolve("no-such-file"));
          return List.of();
        }, "gone.txt", "dangling symbolic link"),
        Fault.listed("a symbolic link to a folder that holds it", (in, tmp) -> {
          Files.createSymbolicLink(in.resolve("up"), in);
          return List.of();
        }, "up", "symbolic link loop").rows(1),
        Fault.listed("two symbolic links that point at each other", (in, tmp) -> {
          Files.createSymbolicLink(in.resolve("l1"), in.resolve("l2"));
          Files.createSymbolicLink(in.resolve("l2"), in.resolve("l1"));
          return List.of();
        }, "l1", "symbolic link loop"),
        Fault.read("a negative seed", (in, tmp) -> List.of("--seed", "-5"))
            .checking((out, run) -> assertTrue(Files.readAllLines(out.resolve("run.csv")).contains("seed,-5"),
                Files.readString(out.resolve("run.csv")))),
        Fault.refused("--temp-dir that does not exist",
            (in, tmp) -> List.of("--temp-dir", tmp.resolve("no-temp").toString()),
            ExitCode.USAGE, "no-temp: no such folder"),
        Fault.refused("--bands without --rows", (in, tmp) -> List.of("--bands", "16"),
            ExitCode.USAGE, "--bands 16 needs --rows too"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("faults")
  void eachFaultIsListedOrRefusedAndTheControlPageIsRead(Fault f) throws Exception {
    Path in = tmp.resolve("in");
    Fixtures.write(in.resolve(CONTROL), "Control page\n\n" + Fixtures.article(42, 120));
    Path out = tmp.resolve("out");
    Fixtures.write(out.resolve("documents.csv"), "previous reports");
    List<String> args = new ArrayList<>(List.of("scan", in.toString()));
    args.addAll(f.setup().make(in, tmp));
    args.addAll(List.of("--out", out.toString(), "--threads", "2"));
    CliRunner.Run run = CliRunner.run(args.toArray(new String[0]));
    assertEquals(f.exit(), run.exitCode(), run.err());
    assertTrue(run.err().contains(f.stderr()), run.err());
    if (f.exit() != ExitCode.OK) {
      assertEquals(1, run.err().strip().lines().count(), run.err());
      assertEquals("previous reports", Files.readString(out.resolve("documents.csv")));
      return;
    }
    List<String> ids = new ArrayList<>();
    for (CSVRecord r : CliRunner.rows(out.resolve("documents.csv"))) {
      ids.add(r.get("id"));
    }
    assertTrue(ids.contains(CONTROL), ids.toString());
    assertTrue(ids.containsAll(f.alsoRead()), ids + " lacks some of " + f.alsoRead());
    List<CSVRecord> skipped = CliRunner.rows(out.resolve("skipped.csv"));
    if (f.listed() != null) {
      List<CSVRecord> rows = skipped.stream().filter(r -> r.get("source").contains(f.listed())).toList();
      assertTrue(rows.stream().anyMatch(r -> r.get("reason").contains(f.reason())), rows.toString());
      if (f.rows() >= 0) {
        assertEquals(f.rows(), rows.size(), rows.toString());
      }
    }
    if (f.check() != null) {
      f.check().check(out, run);
    }
  }

  private static void mkfifo(Path p) throws Exception {
    assumeTrue(new ProcessBuilder("mkfifo", p.toString()).start().waitFor() == 0, "mkfifo works here");
  }

  private static void threePages(Path warc) throws IOException {
    Instant t = Instant.parse("2026-03-01T10:00:00Z");
    try (TestWarcs w = new TestWarcs(warc, false)) {
      for (int i = 1; i <= 3; i++) {
        w.html("http://a.example/" + i, t, "<title>Page " + i + "</title><p>" + Fixtures.article(i + 20, 80)
            + "</p>");
      }
    }
  }

  /** Sets the Content-Length of the second record: {@code delta} more when small, else that value. */
  private static void setSecondLength(Path warc, long value) throws IOException {
    String s = new String(Files.readAllBytes(warc), StandardCharsets.ISO_8859_1);
    int second = s.indexOf("WARC/1.", s.indexOf("http://a.example/1"));
    int cl = s.indexOf("Content-Length: ", second) + "Content-Length: ".length();
    int eol = s.indexOf('\r', cl);
    long now = Long.parseLong(s.substring(cl, eol));
    long length = value < 1000 ? now + value : value;
    Files.write(warc, (s.substring(0, cl) + length + s.substring(eol)).getBytes(StandardCharsets.ISO_8859_1));
  }

  // ---- Faults beside the matrix: they need a lock held, or a JVM of their own. ----

  @Test
  void aScanThatReadsNoPageSaysSo() throws Exception {
    Path in = tmp.resolve("in");
    Fixtures.write(in.resolve("photo.jpg"), "not a page");
    CliRunner.Run run = CliRunner.run("scan", in.toString(), "--out", tmp.resolve("out").toString(), "-q");
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    assertEquals(1, run.err().strip().lines().count(), run.err());
    assertTrue(run.err().contains("no page was read (1 inputs skipped"), run.err());
  }

  @Test
  void aSecondScanOfTheSameOutputFolderIsRefused() throws Exception {
    Path in = tmp.resolve("in");
    Fixtures.write(in.resolve(CONTROL), "Control page\n\n" + Fixtures.article(42, 120));
    Path out = tmp.resolve("out");
    Fixtures.write(out.resolve("documents.csv"), "previous reports");
    Path lockFile = OutputLock.lockFile(out.toAbsolutePath());
    try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock held = ch.lock()) {
      CliRunner.Run run = CliRunner.run("scan", in.toString(), "--out", out.toString());
      assertEquals(ExitCode.BUSY, run.exitCode(), run.err());
      assertEquals(1, run.err().strip().lines().count(), run.err());
      assertTrue(run.err().contains("another scan is writing reports to " + out), run.err());
      assertEquals("previous reports", Files.readString(out.resolve("documents.csv")));
    }
    assertEquals(ExitCode.OK, CliRunner.run("scan", in.toString(), "--out", out.toString(), "-q").exitCode());
  }

  @Test
  void leftoversOfKilledRunsAreRemovedAtTheNextStart() throws Exception {
    long dead = deadPid();
    Path in = tmp.resolve("in");
    Fixtures.write(in.resolve(CONTROL), "Control page\n\n" + Fixtures.article(42, 120));
    Path out = tmp.resolve("out");
    Path staging = tmp.resolve(".out.dupscan-staging-" + dead + "-1f");
    Fixtures.write(staging.resolve("documents.csv"), "half written");
    Path legacy = out.resolve(".dupscan-staging-123456");
    Fixtures.write(legacy.resolve("documents.csv"), "half written by an older version");
    Path temp = Files.createDirectories(tmp.resolve("temp"));
    Path spill = temp.resolve("dupscan-words-pid" + dead + "-99.spill");
    Files.write(spill, new byte[4096]);
    Path alive = temp.resolve("dupscan-words-pid" + ProcessHandle.current().pid() + "-98.spill");
    Files.write(alive, new byte[16]);
    CliRunner.Run run = CliRunner.run("scan", in.toString(), "--out", out.toString(), "--temp-dir",
        temp.toString());
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    assertFalse(Files.exists(staging), run.err());
    assertFalse(Files.exists(legacy), run.err());
    assertFalse(Files.exists(spill));
    assertTrue(Files.exists(alive), "a running process's file is left alone");
    assertTrue(run.err().contains("removed " + staging.toAbsolutePath()), run.err());
    try (Stream<Path> left = Files.list(temp)) {
      assertEquals(List.of(alive), left.toList(), "the run's own spill file is gone");
    }
  }

  @Test
  void aRunKilledBetweenTheTwoRenamesGetsItsPreviousReportsBackAtTheNextStart() throws Exception {
    long dead = deadPid();
    Path in = tmp.resolve("in");
    Fixtures.write(in.resolve(CONTROL), "Control page\n\n" + Fixtures.article(42, 120));
    Path out = tmp.resolve("out");
    Path old = tmp.resolve(".out.dupscan-old-" + dead + "-5");
    Fixtures.write(old.resolve("documents.csv"), "previous reports");
    // The state a kill between "OUT -> old" and "staging -> OUT" leaves: no OUT, the old set aside.
    // The run repairs it on taking the lock, before its settings are checked (and refused here).
    CliRunner.Run run = CliRunner.run("scan", in.toString(), "--out", out.toString(), "--threshold", "2");
    assertEquals(ExitCode.USAGE, run.exitCode(), run.err());
    assertEquals("previous reports", Files.readString(out.resolve("documents.csv")), run.err());
    assertTrue(run.err().contains("restored the previous reports"), run.err());
    assertFalse(Files.exists(old));
  }

  /** The id of a process that has ended. */
  private static long deadPid() throws Exception {
    Process p = new ProcessBuilder("true").start();
    p.waitFor();
    long pid = p.pid();
    assumeTrue(ProcessHandle.of(pid).isEmpty(), "pid not reused yet");
    return pid;
  }

  /** Runs dupscan in a JVM of its own with {@code jvm} options, {@code shell} commands before it. */
  private static Process fork(String shell, List<String> jvm, String... args) throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(jvm);
    cmd.addAll(List.of("-cp", ChildClassPath.get(), Main.class.getName()));
    cmd.addAll(List.of(args));
    if (shell != null) {
      StringBuilder sh = new StringBuilder(shell).append("; exec");
      for (String c : cmd) {
        sh.append(" '").append(c.replace("'", "'\\''")).append('\'');
      }
      cmd = List.of("sh", "-c", sh.toString());
    }
    return new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
  }

  private static String stderr(Process p) throws Exception {
    try (InputStream err = p.getErrorStream()) {
      String s = new String(err.readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(p.waitFor(60, TimeUnit.SECONDS));
      return s;
    }
  }

  @Test
  void runningOutOfMemoryFailsWithOneLineAndLeavesThePreviousReports() throws Exception {
    Path in = tmp.resolve("in");
    Fixtures.write(in.resolve(CONTROL), "Control page\n\n" + Fixtures.article(42, 120));
    // 9 MB of text on one page: under the page cap, and more than a 16 MB heap can decode.
    Fixtures.write(in.resolve("huge.txt"), "Huge\n\n" + "abcdefg ".repeat(1_150_000));
    Path out = tmp.resolve("out");
    Fixtures.write(out.resolve("documents.csv"), "previous reports");
    Process p = fork(null, List.of("-Xmx16m", "-XX:TieredStopAtLevel=1"), "scan", in.toString(), "--out",
        out.toString(), "--threads", "1");
    String err = stderr(p);
    assertEquals(ExitCode.SOFTWARE, p.exitValue(), err);
    assertEquals(1, err.strip().lines().count(), err);
    assertTrue(err.startsWith("dupscan scan: out of memory (Java heap ") && err.contains("raise DUPSCAN_HEAP"),
        err);
    assertEquals("previous reports", Files.readString(out.resolve("documents.csv")));
  }

  @Test
  void aTemporaryFolderThatCannotTakeTheSpillIsOneLineAndExitFour() throws Exception {
    Path in = tmp.resolve("in");
    Fixtures.write(in.resolve(CONTROL), "Control page\n\n" + Fixtures.article(42, 120));
    Path out = tmp.resolve("out");
    Fixtures.write(out.resolve("documents.csv"), "previous reports");
    Fixtures.write(in.resolve("long.txt"), "Long page\n\n" + Fixtures.article(43, 30_000));
    Path temp = Files.createDirectories(tmp.resolve("temp"));
    // A file-size limit of 64 KB makes the first 1 MB spill write fail as a full disk would (EFBIG
    // rather than ENOSPC; the JVM ignores SIGXFSZ); the reports are far smaller than the limit.
    Process p = fork("ulimit -f 128", List.of("-XX:TieredStopAtLevel=1"), "scan",
        in.toString(), "--out", out.toString(), "--temp-dir", temp.toString(), "-q");
    String err = stderr(p);
    assertEquals(ExitCode.CANT_WRITE, p.exitValue(), err);
    assertEquals(1, err.strip().lines().count(), err);
    assertTrue(err.startsWith("dupscan scan: cannot write temporary files in " + temp), err);
    assertEquals("previous reports", Files.readString(out.resolve("documents.csv")));
  }

  @Test
  void aSignalEndsTheRunWithOneLineAndThePreviousReportsUnchanged() throws Exception {
    long dead = deadPid();
    Path out = tmp.resolve("out");
    Fixtures.write(out.resolve("documents.csv"), "previous reports");
    Path staging = tmp.resolve(".out.dupscan-staging-" + dead + "-1f");
    Files.createDirectories(staging);
    // The path list on stdin keeps the run waiting; the line about the leftover says it has started.
    Process p = fork(null, List.of("-XX:TieredStopAtLevel=1"), "scan", "-", "--out", out.toString());
    try (var r = new java.io.BufferedReader(new java.io.InputStreamReader(p.getErrorStream(),
        StandardCharsets.UTF_8))) {
      String first = r.readLine();
      assertTrue(first != null && first.contains("removed " + staging), first);
      // SIGTERM from outside: Process.destroy would also close the streams this test reads.
      assertEquals(0, new ProcessBuilder("kill", "-TERM", Long.toString(p.pid())).start().waitFor());
      String rest = String.join("\n", r.lines().toList());
      assertTrue(p.waitFor(30, TimeUnit.SECONDS));
      assertEquals("dupscan scan: interrupted; the previous reports in " + out + " are unchanged",
          rest.strip());
    }
    assertEquals(143, p.exitValue());
    assertEquals("previous reports", Files.readString(out.resolve("documents.csv")));
  }
}
