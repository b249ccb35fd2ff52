package org.dupscan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every exit path of --fail-on and --baseline, on scan and on report. */
class GateCommandTest {

  @TempDir
  Path tmp;

  private CliRunner.Run scan(Path in, Path out, String... gate) {
    String[] args = new String[5 + gate.length];
    args[0] = "scan";
    args[1] = in.toString();
    args[2] = "--out";
    args[3] = out.toString();
    args[4] = "--quiet";
    System.arraycopy(gate, 0, args, 5, gate.length);
    return CliRunner.run(args);
  }

  @Test
  void passesWhenNoRuleHolds() throws IOException {
    Path in = Fixtures.smallSite(tmp.resolve("in"));
    CliRunner.Run run = scan(in, tmp.resolve("out"), "--fail-on", "near_duplicates>3,flagged>1000,skipped>0");
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    assertEquals("", run.err());
  }

  @Test
  void failsWithOneLinePerFailedRuleAfterWritingTheReports() throws IOException {
    Path in = Fixtures.smallSite(tmp.resolve("in"));
    Path out = tmp.resolve("out");
    CliRunner.Run run = scan(in, out, "--fail-on", "near_duplicates>0,clusters>=1,skipped>0,pages=5");
    assertEquals(ExitCode.GATE_FAILED, run.exitCode(), run.err());
    assertEquals("dupscan: failed near_duplicates>0: 3 near_duplicates\n"
        + "dupscan: failed clusters>=1: 1 clusters\n"
        + "dupscan: failed pages=5: 5 pages\n", run.err().replace("\r\n", "\n"));
    assertTrue(Files.exists(out.resolve("near_duplicates.csv")), "reports written before the gate");
    assertTrue(Files.exists(out.resolve("index.html")));
  }

  @Test
  void gatesOnPagesHeldByOthersAndOnlyOnNewOnesAgainstTheBaseline() throws IOException {
    Path in = tmp.resolve("in");
    Path site = in.resolve("blog.example");
    String[] posts = {Fixtures.article(11, 300), Fixtures.article(12, 300), Fixtures.article(13, 300)};
    for (int i = 0; i < posts.length; i++) {
      Fixtures.write(site.resolve("post-" + i + ".txt"), "Post " + i + "\n\n" + posts[i]);
    }
    Fixtures.write(site.resolve("tag-a.txt"), "Tag: a\n\n" + posts[0] + "\n\n" + posts[1]);
    Path before = tmp.resolve("before");
    CliRunner.Run first = scan(in, before, "--fail-on", "contained>0");
    assertEquals(ExitCode.GATE_FAILED, first.exitCode(), first.err());
    assertEquals("dupscan: failed contained>0: 2 contained\n", first.err().replace("\r\n", "\n"));

    CliRunner.Run same = scan(in, tmp.resolve("same"), "--fail-on", "contained>0", "--baseline",
        before.toString());
    assertEquals(ExitCode.OK, same.exitCode(), "nothing new: " + same.err());

    Fixtures.write(site.resolve("tag-b.txt"), "Tag: b\n\n" + posts[2] + "\n\n" + Fixtures.article(14, 100));
    CliRunner.Run grown = scan(in, tmp.resolve("grown"), "--fail-on", "contained>0", "--baseline",
        before.toString());
    assertEquals(ExitCode.GATE_FAILED, grown.exitCode(), grown.err());
    assertTrue(grown.err().startsWith("dupscan: failed contained>0: 1 contained new against the baseline"),
        grown.err());
  }

  @Test
  void rejectsABadRuleBeforeScanning() throws IOException {
    Path in = Fixtures.smallSite(tmp.resolve("in"));
    Path out = tmp.resolve("out");
    CliRunner.Run run = scan(in, out, "--fail-on", "near_duplicates>0,flaged>0");
    assertEquals(ExitCode.USAGE, run.exitCode());
    assertTrue(run.err().contains("bad rule 'flaged>0'"), run.err());
    assertFalse(Files.exists(out.resolve("documents.csv")), "nothing scanned");
  }

  @Test
  void countsOnlyFindingsNewAgainstTheBaseline() throws IOException {
    Path in = Fixtures.smallSite(tmp.resolve("in"));
    Path before = tmp.resolve("before");
    assertEquals(ExitCode.OK, scan(in, before).exitCode());
    String rules = "near_duplicates>0,clusters>0,pages>0";
    CliRunner.Run same = scan(in, tmp.resolve("same"), "--fail-on", rules, "--baseline", before.toString());
    assertEquals(ExitCode.OK, same.exitCode(), "nothing new: " + same.err());

    // A new copy of post-2: two new pairs and a grown cluster, one new page.
    Fixtures.write(in.resolve("site-a.example/post-2-copy.txt"),
        Files.readString(in.resolve("site-a.example/post-2.txt")));
    CliRunner.Run grown = scan(in, tmp.resolve("grown"), "--fail-on", rules, "--baseline", before.toString());
    assertEquals(ExitCode.GATE_FAILED, grown.exitCode(), grown.err());
    String err = grown.err().replace("\r\n", "\n");
    assertTrue(err.contains("dupscan: failed near_duplicates>0: 3 near_duplicates new against the baseline"),
        err);
    assertTrue(err.contains("dupscan: failed clusters>0: 1 clusters new against the baseline"), err);
    assertTrue(err.contains("dupscan: failed pages>0: 1 pages new against the baseline"), err);
  }

  @Test
  void baselineNeedsRulesAndAReportFolder() throws IOException {
    Path in = Fixtures.smallSite(tmp.resolve("in"));
    CliRunner.Run noRules = scan(in, tmp.resolve("a"), "--baseline", in.toString());
    assertEquals(ExitCode.USAGE, noRules.exitCode());
    assertTrue(noRules.err().contains("--baseline needs --fail-on"), noRules.err());
    CliRunner.Run notReports = scan(in, tmp.resolve("b"), "--fail-on", "flagged>0", "--baseline", in.toString());
    assertEquals(ExitCode.NO_INPUT, notReports.exitCode());
    assertTrue(notReports.err().contains("not a report folder"), notReports.err());
  }

  @Test
  void reportCommandRendersAndGatesExistingReports() throws IOException {
    Path in = Fixtures.smallSite(tmp.resolve("in"));
    Path out = tmp.resolve("out");
    assertEquals(ExitCode.OK, scan(in, out).exitCode());
    Files.delete(out.resolve("index.html"));
    assertEquals(ExitCode.OK, CliRunner.run("report", out.toString()).exitCode());
    assertTrue(Files.exists(out.resolve("index.html")));
    CliRunner.Run gate = CliRunner.run("report", out.toString(), "--fail-on", "near_duplicates>2");
    assertEquals(ExitCode.GATE_FAILED, gate.exitCode());
    assertTrue(gate.err().contains("dupscan: failed near_duplicates>2: 3 near_duplicates"), gate.err());
    CliRunner.Run missing = CliRunner.run("report", tmp.resolve("none").toString());
    assertEquals(ExitCode.NO_INPUT, missing.exitCode());
    assertTrue(missing.err().contains("not a report folder"), missing.err());
  }
}
