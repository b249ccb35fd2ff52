package org.dupscan.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GzipPageTest {

  @TempDir
  Path tmp;

  private static void gzip(Path f, byte[] data, int times) throws IOException {
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(f))) {
      for (int i = 0; i < times; i++) {
        out.write(data);
      }
    }
  }

  @Test
  void readsGzipPagesByTheirInnerName() throws IOException {
    Path site = tmp.resolve("site.example");
    Files.createDirectories(site);
    gzip(site.resolve("page.html.gz"), "<title>T</title><p>hello there</p>".getBytes(StandardCharsets.UTF_8), 1);
    gzip(site.resolve("notes.txt.gz"), "Notes\n\nsome notes".getBytes(StandardCharsets.UTF_8), 1);
    Collected c = Collected.read(tmp, ReaderSettings.defaults());
    assertEquals(List.of("site.example/notes.txt.gz", "site.example/page.html.gz"), c.ids(), c.reasons());
    assertEquals(Format.TEXT, c.docs.get(0).format());
    assertEquals(Format.HTML, c.docs.get(1).format());
    assertEquals("site.example", c.docs.get(1).host());
    assertEquals("Notes\n\nsome notes", new String(c.docs.get(0).content(), StandardCharsets.UTF_8));
  }

  @Test
  void stopsADecompressionBombAtTheCap() throws IOException {
    Path bomb = tmp.resolve("bomb.html.gz");
    gzip(bomb, new byte[1 << 20], 24); // 24 MiB of zeros in about 24 KB
    assertTrue(Files.size(bomb) < 1_000_000);
    Collected c = new Collected();
    new FolderReader(List.of(bomb), new ReaderSettings(null, 1 << 20, 1 << 20, JsonlFields.DEFAULT)).read(c);
    assertEquals(List.of(), c.docs);
    assertEquals(1, c.loadErrors.size());
    assertTrue(c.loadErrors.get(0).contains("over size cap (more than 1048576 bytes)"), c.loadErrors.toString());
  }

  @Test
  void stopsADecompressionBombInsideAWarcResponse() throws IOException {
    java.io.ByteArrayOutputStream z = new java.io.ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(z)) {
      for (int i = 0; i < 24; i++) {
        out.write(new byte[1 << 20]);
      }
    }
    byte[] body = z.toByteArray();
    byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\nContent-Length: "
        + body.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
    byte[] all = new byte[head.length + body.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(body, 0, all, head.length, body.length);
    Path f = tmp.resolve("bomb.warc.gz");
    try (TestWarcs w = new TestWarcs(f, true)) {
      w.rawResponse("http://a.example/bomb", Instant.parse("2026-01-01T00:00:00Z"), all);
      w.html("http://a.example/next", Instant.parse("2026-01-01T00:00:00Z"), "<p>next</p>");
    }
    Collected c = Collected.read(f, new ReaderSettings(null, 1 << 20, 1 << 20, JsonlFields.DEFAULT));
    assertEquals(List.of("http://a.example/next"), c.ids(), c.reasons());
    assertTrue(c.reasons().contains("record over size cap"), c.reasons());
  }

  @Test
  void boundedReadRefusesOneByteOverTheCap() throws IOException {
    byte[] ten = new byte[10];
    assertEquals(10, Bounded.readAll(new java.io.ByteArrayInputStream(ten), 10, "x").length);
    assertThrows(Bounded.OverCapException.class,
        () -> Bounded.readAll(new java.io.ByteArrayInputStream(ten), 9, "x"));
  }
}
