package org.dupscan.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlReaderTest {

  @TempDir
  Path tmp;

  private static final String LINES = String.join("\n",
      "{\"url\":\"https://Site.Example/a\",\"title\":\"Alpha\",\"text\":\"alpha body \\u00e9\"}",
      "{\"url\":\"https://site.example/b\",\"html\":\"<title>B</title><p>bee</p>\",\"n\":1.5e3,\"x\":[1,{\"y\":null}]}",
      "not json at all",
      "{\"url\":\"https://site.example/c\",\"text\":\"unterminated}",
      "",
      "{\"id\":\"doc-4\",\"text\":\"four\"}",
      "{\"url\":\"https://site.example/notext\"}",
      "{\"url\":\"https://site.example/e\",\"text\":\"e\"} trailing") + "\n";

  @Test
  void readsGoodLinesAndListsBadOnesByLineNumber() throws IOException {
    Path f = tmp.resolve("pages.jsonl");
    Files.writeString(f, LINES);
    Collected c = Collected.read(f, ReaderSettings.defaults());
    assertEquals(List.of("https://Site.Example/a", "https://site.example/b", "doc-4"), c.ids(), c.reasons());
    assertEquals("site.example", c.docs.get(0).host());
    assertEquals(Format.TEXT, c.docs.get(0).format());
    assertEquals("Alpha\n\nalpha body \u00e9", new String(c.docs.get(0).content(), StandardCharsets.UTF_8));
    assertEquals(Format.HTML, c.docs.get(1).format());
    assertEquals(f + ":6", c.docs.get(2).origin());
    String r = c.reasons();
    assertTrue(r.contains(f + ":3 -> not JSON: not a JSON object at column 1"), r);
    assertTrue(r.contains(f + ":4 -> not JSON: unterminated string"), r);
    assertTrue(r.contains(f + ":7 -> no 'text' or 'html' field"), r);
    assertTrue(r.contains(f + ":8 -> not JSON: unexpected text after the object"), r);
    assertEquals(4, c.skipped.size(), r);
  }

  @Test
  void readsGzipJsonlAndNdjsonAndDetectsJsonlByContent() throws IOException {
    Path gz = tmp.resolve("pages.jsonl.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(LINES.getBytes(StandardCharsets.UTF_8));
    }
    assertEquals(3, Collected.read(gz, ReaderSettings.defaults()).docs.size());
    Path nd = tmp.resolve("pages.ndjson");
    Files.writeString(nd, LINES);
    assertEquals(3, Collected.read(nd, ReaderSettings.defaults()).docs.size());
    Path noName = tmp.resolve("export-2026");
    Files.writeString(noName, LINES);
    assertEquals(3, Collected.read(noName, ReaderSettings.defaults()).docs.size());
  }

  @Test
  void usesFieldNamesGivenByOption() throws IOException {
    Path f = tmp.resolve("custom.jsonl");
    Files.writeString(f, "{\"link\":\"https://x.example/p\",\"content\":\"body text\",\"text\":\"ignored\"}\n");
    ReaderSettings s = new ReaderSettings(null, 1 << 20, 1 << 20, JsonlFields.parse("url=link,text=content"));
    Collected c = Collected.read(f, s);
    assertEquals(List.of("https://x.example/p"), c.ids());
    assertEquals("body text", new String(c.docs.get(0).content(), StandardCharsets.UTF_8));
  }

  @Test
  void skipsALineOverTheRecordCapAndReadsTheNext() throws IOException {
    Path f = tmp.resolve("big.jsonl");
    char[] big = new char[5000];
    Arrays.fill(big, 'x');
    Files.writeString(f, "{\"id\":\"big\",\"text\":\"" + new String(big) + "\"}\n{\"id\":\"small\",\"text\":\"ok\"}\n");
    Collected c = Collected.read(f, new ReaderSettings(null, 1 << 20, 1000, JsonlFields.DEFAULT));
    assertEquals(List.of("small"), c.ids());
    assertTrue(c.reasons().contains(f + ":1 -> line over size cap (5022 bytes > 1000)"), c.reasons());
  }

  @Test
  void keepsLinesBeforeATruncatedGzipAndListsTheBreak() throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      sb.append("{\"id\":\"d").append(i).append("\",\"text\":\"line ").append(i * 7919L % 10007).append("\"}\n");
    }
    Path full = tmp.resolve("full.jsonl.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(full))) {
      out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
    }
    byte[] bytes = Files.readAllBytes(full);
    Path cut = tmp.resolve("cut.jsonl.gz");
    Files.write(cut, Arrays.copyOf(bytes, bytes.length / 2));
    Collected c = Collected.read(cut, ReaderSettings.defaults());
    assertTrue(c.docs.size() > 500 && c.docs.size() < 2000, "read " + c.docs.size());
    for (int i = 0; i < c.docs.size(); i++) {
      assertEquals("d" + i, c.docs.get(i).id());
    }
    assertTrue(c.reasons().contains("stream broken off"), c.reasons());
  }

  @Test
  void rejectsNestingDeeperThanTheCapWithoutOverflowingTheStack() {
    String deep = "{\"a\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
    JsonLine.JsonException e = org.junit.jupiter.api.Assertions.assertThrows(JsonLine.JsonException.class,
        () -> JsonLine.parseObject(deep));
    assertTrue(e.getMessage().contains("nested deeper than"), e.getMessage());
  }
}
