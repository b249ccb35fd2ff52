package org.dupscan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {

  @TempDir
  Path tmp;

  @Test
  void explainsAPairWithSimilarityAndSharedPassages() throws IOException {
    String text = Fixtures.article(1, 200);
    Path a = tmp.resolve("a.txt");
    Path b = tmp.resolve("b.html");
    Fixtures.write(a, "A\n\n" + text);
    Fixtures.write(b, Fixtures.html("B", Fixtures.edit(text, 100)));
    CliRunner.Run run = CliRunner.run("compare", a.toString(), b.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("similarity (exact Jaccard of 5-word shingles): 0.9"), run.out());
    // Two edited words cut the text into three shared passages; the h1 repeating the title is not text.
    assertTrue(run.out().contains("A: " + a + " (200 words, 196 shingles)"), run.out());
    assertTrue(run.out().contains("B: " + b + " (200 words, 196 shingles)"), run.out());
    assertTrue(run.out().contains("shared passages: 3"), run.out());
    assertTrue(run.out().contains("[1] "), run.out());
  }

  @Test
  void showsSharedPassagesAsPageAWritesThem() throws IOException {
    String shared = "Swaddling, done well, CALMS a newborn: keep the hips loose and the chest snug.";
    Path a = tmp.resolve("a.txt");
    Path b = tmp.resolve("b.txt");
    Fixtures.write(a, "A\n\n" + shared + "\n\nSomething else entirely about gardens and sheds.");
    Fixtures.write(b, "B\n\nA different opening line here.\n\n" + shared.toLowerCase(java.util.Locale.ROOT));
    CliRunner.Run run = CliRunner.run("compare", a.toString(), b.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("Swaddling, done well, CALMS a newborn: keep the hips loose and the chest snug"),
        run.out());
  }

  @Test
  void agreesWithScanOnThePairsSimilarityWhenBothSeeTheSameContent() throws IOException {
    // Two plain-text pages of one site with no template: scan and compare see the same words, so the
    // exact Jaccard that scan lists must be the one compare prints.
    StringBuilder text = new StringBuilder();
    String[] words = ("river stone meadow lantern harbour willow copper thistle orchard kestrel "
        + "granite bramble lichen heron quarry furrow").split(" ");
    java.util.SplittableRandom random = new java.util.SplittableRandom(11);
    for (int w = 0; w < 400; w++) {
      text.append(words[random.nextInt(words.length)]).append(w % 20 == 19 ? ".\n\n" : " ");
    }
    String a = "A walk by the river\n\n" + text;
    String b = "A walk by the river again\n\n" + text.toString().replaceFirst("copper", "silver")
        .replaceFirst("heron", "egret");
    Path site = tmp.resolve("in").resolve("walks.example");
    java.nio.file.Files.createDirectories(site);
    java.nio.file.Files.writeString(site.resolve("a.txt"), a);
    java.nio.file.Files.writeString(site.resolve("b.txt"), b);
    Path out = tmp.resolve("out");
    CliRunner.Run scan = CliRunner.run("scan", tmp.resolve("in").toString(), "--out", out.toString(), "-q");
    assertEquals(ExitCode.OK, scan.exitCode(), scan.err());
    var pairs = CliRunner.rows(out.resolve("near_duplicates.csv"));
    assertEquals(1, pairs.size(), pairs.toString());
    CliRunner.Run compare = CliRunner.run("compare", site.resolve("a.txt").toString(),
        site.resolve("b.txt").toString());
    assertEquals(ExitCode.OK, compare.exitCode(), compare.err());
    String line = compare.out().lines().filter(l -> l.startsWith("similarity")).findFirst().orElseThrow();
    assertEquals(pairs.get(0).get("similarity"), line.substring(line.lastIndexOf(' ') + 1), compare.out());
  }

  @Test
  void aMissingFileIsOneClearLine() throws IOException {
    Path a = tmp.resolve("a.txt");
    Fixtures.write(a, "A\n\nsome words here");
    CliRunner.Run run = CliRunner.run("compare", a.toString(), tmp.resolve("nope.txt").toString());
    assertEquals(ExitCode.NO_INPUT, run.exitCode());
    assertTrue(run.err().contains("nope.txt: no such file"), run.err());
  }
}
