package org.dupscan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ScanInputsTest {

  @TempDir
  Path tmp;

  private int run(String stdin, String... args) {
    CommandLine cl = Main.commandLine();
    CommandLine scan = cl.getSubcommands().get("scan");
    ((ScanCommand) scan.getCommand()).stdin = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
    cl.setErr(new PrintWriter(new StringWriter()));
    return cl.execute(args);
  }

  private static long documents(Path out) throws IOException {
    return Files.readAllLines(out.resolve("documents.csv")).size() - 1;
  }

  @Test
  void readsPathsFromAListFileAndFromStandardInput() throws IOException {
    Path list = tmp.resolve("inputs list.txt");
    Files.writeString(list, "# crawl and a folder\nsrc/test/resources/warc/bloom-baby.warc.gz\n\n"
        + "corpus/city-gazette.example\n");
    Path out1 = tmp.resolve("r1");
    assertEquals(0, run("", "scan", "-q", "@" + list, "--out", out1.toString()));
    Path out2 = tmp.resolve("r2");
    assertEquals(0, run("src/test/resources/warc/bloom-baby.warc.gz\ncorpus/city-gazette.example\n",
        "scan", "-q", "-", "--out", out2.toString()));
    assertEquals(14 + 9, documents(out1));
    assertEquals(Files.readString(out1.resolve("documents.csv")), Files.readString(out2.resolve("documents.csv")));
    List<String> header = List.of(Files.readAllLines(out1.resolve("documents.csv")).get(0).split(","));
    assertTrue(header.contains("charset"), header.toString());
  }

  @Test
  void reportsAMissingListFile() {
    assertEquals(ExitCode.NO_INPUT, run("", "scan", "-q", "@" + tmp.resolve("none.txt"), "--out",
        tmp.resolve("r").toString()));
  }

  @Test
  void rejectsABadJsonlFieldMapping() {
    int code = run("", "scan", "-q", "corpus", "--jsonl-fields", "body=content", "--out",
        tmp.resolve("r").toString());
    assertEquals(ExitCode.USAGE, code);
    assertTrue(Files.notExists(tmp.resolve("r").resolve("run.csv")));
  }
}
