package org.dupscan.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVRecord;
import org.dupscan.cli.Main;
import picocli.CommandLine;

/** Scans a held-out set's folder as a user would: the CLI's scan command with its default settings. */
final class HeldOutScan {

  private HeldOutScan() {}

  /** Scans {@code pages} into {@code out}, failing the test with the CLI's messages unless it exits 0. */
  static Path scan(Path pages, Path out) {
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute("scan", pages.toString(), "--out", out.toString(), "--quiet");
    assertEquals(0, code, err.toString());
    return out;
  }

  /** The caption and title rows of a held-out set's two forms, by form ("text", "html"). */
  record Forms(Map<String, List<CSVRecord>> captions, Map<String, List<CSVRecord>> titles) {}

  /**
   * Scans {@code dir/text} and {@code dir/html} into {@code dir/out-text} and {@code dir/out-html},
   * checks that each form's documents are exactly the pages {@code keys} names, and reads captions.csv
   * and titles.csv.
   */
  static Forms scanForms(Path dir, Collection<String> keys) throws IOException {
    Forms forms = new Forms(new TreeMap<>(), new TreeMap<>());
    for (String form : List.of("text", "html")) {
      Path out = scan(dir.resolve(form), dir.resolve("out-" + form));
      List<CSVRecord> docs = HeldOutQualityTest.rows(out.resolve("documents.csv"));
      assertEquals(keys.size(), docs.size(), form + ": pages read");
      for (CSVRecord d : docs) {
        assertTrue(keys.contains(HeldOutQualityTest.key(d.get("id"))), form + ": unknown page " + d.get("id"));
      }
      forms.captions().put(form, HeldOutQualityTest.rows(out.resolve("captions.csv")));
      forms.titles().put(form, HeldOutQualityTest.rows(out.resolve("titles.csv")));
    }
    return forms;
  }

  /** Asserts that both forms of every page hold the same text under {@code dir} and {@code again}. */
  static void assertSameForms(Path dir, Path again, Collection<String> keys) throws IOException {
    for (String k : keys) {
      for (String f : List.of("text/" + k + ".txt", "html/" + k + ".html")) {
        assertEquals(Files.readString(dir.resolve(f)), Files.readString(again.resolve(f)), f);
      }
    }
  }

  /** The plain-text form of page {@code key} of a set written under {@code dir}. */
  static String textForm(Path dir, String key) throws IOException {
    return Files.readString(dir.resolve("text").resolve(key + ".txt"), StandardCharsets.UTF_8);
  }

  /** The HTML form of page {@code key} of a set written under {@code dir}. */
  static String htmlForm(Path dir, String key) throws IOException {
    return Files.readString(dir.resolve("html").resolve(key + ".html"), StandardCharsets.UTF_8);
  }
}
