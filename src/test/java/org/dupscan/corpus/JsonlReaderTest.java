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
    assertTrue(r.contains(f + ":3 -> not JSON: Unrecognized token 'not'"), r);
    assertTrue(r.contains(f + ":4 -> not JSON: Unexpected end-of-input"), r);
    assertTrue(r.contains(f + ":7 -> no 'text' or 'html' field"), r);
    assertTrue(r.contains(f + ":8 -> not JSON: Unrecognized token 'trailing'"), r);
    assertTrue(r.lines().allMatch(l -> !l.contains("\n") && l.length() < 400), r);
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
  void rejectsNestingDeeperThanTheCapWithoutOverflowingTheStack() throws IOException {
    Path f = tmp.resolve("deep.jsonl");
    String deep = "{\"a\":" + "[".repeat(100_000) + "]".repeat(100_000) + ",\"text\":\"x\"}";
    String ok = "{\"a\":" + "[".repeat(JsonlReader.MAX_DEPTH - 2) + "]".repeat(JsonlReader.MAX_DEPTH - 2)
        + ",\"id\":\"ok\",\"text\":\"fine\"}";
    Files.writeString(f, deep + "\n" + ok + "\n");
    Collected c = Collected.read(f, ReaderSettings.defaults());
    assertEquals(List.of("ok"), c.ids(), c.reasons());
    assertTrue(c.reasons().contains(f + ":1 -> not JSON: Document nesting depth"), c.reasons());
    assertTrue(c.reasons().contains("exceeds the maximum allowed (" + JsonlReader.MAX_DEPTH), c.reasons());
  }

  @Test
  void aRecordWithoutATitleIsAllBody() throws Exception {
    Path f = tmp.resolve("c4.jsonl");
    Files.writeString(f, "{\"id\":\"a\",\"text\":\"one line of body text\"}\n"
        + "{\"url\":\"https://x.example/b\",\"text\":\"first line\\nsecond line\\n\\nthird\"}\n"
        + "{\"id\":\"c\",\"title\":\"Titled\",\"text\":\"body\"}\n");
    Collected c = Collected.read(f, ReaderSettings.defaults());
    assertEquals(List.of("a", "https://x.example/b", "c"), c.ids(), c.reasons());
    org.dupscan.extract.Page a = org.dupscan.extract.PageExtractor.extract(c.docs.get(0));
    assertEquals("", a.title());
    assertEquals("one line of body text", a.blocks().get(0).text());
    org.dupscan.extract.Page b = org.dupscan.extract.PageExtractor.extract(c.docs.get(1));
    assertEquals("", b.title());
    assertEquals(List.of("first line second line", "third"),
        b.blocks().stream().map(org.dupscan.extract.Block::text).toList());
    org.dupscan.extract.Page t = org.dupscan.extract.PageExtractor.extract(c.docs.get(2));
    assertEquals("Titled", t.title());
    assertEquals("body", t.blocks().get(0).text());
  }

  @Test
  void aHugeLineStreamsPastWithoutBeingHeld() {
    long size = 80L << 20; // 80 MB of one string, generated as it is read
    byte[] head = "{\"id\":\"huge\",\"text\":\"".getBytes(StandardCharsets.UTF_8);
    byte[] tail = "\"}\n{\"id\":\"control\",\"text\":\"small page\"}\n".getBytes(StandardCharsets.UTF_8);
    java.io.InputStream in = new java.io.InputStream() {
      long at;

      @Override
      public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        long end = head.length + size + tail.length;
        if (at >= end) {
          return -1;
        }
        int k = 0;
        while (k < len && at < end) {
          long i = at++;
          b[off + k++] = i < head.length ? head[(int) i]
              : i < head.length + size ? (byte) 'a' : tail[(int) (i - head.length - size)];
        }
        return k;
      }
    };
    Collected c = new Collected();
    new JsonlReader(new ReaderSettings(null, 1 << 20, 1 << 16, JsonlFields.DEFAULT)).read(in, "big.jsonl",
        "local", c);
    assertEquals(List.of("control"), c.ids(), c.reasons());
    assertEquals("big.jsonl:1 -> line over size cap (" + (head.length + size + 2) + " bytes > 65536)\n",
        c.reasons());
  }
}
