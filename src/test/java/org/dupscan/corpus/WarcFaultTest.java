package org.dupscan.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcRecord;

class WarcFaultTest {

  @TempDir
  Path tmp;

  /** Start offsets of every record of a WARC file, and its length as a last boundary. */
  private static List<Long> boundaries(Path file) throws IOException {
    List<Long> b = new ArrayList<>();
    try (org.netpreserve.jwarc.WarcReader r = new org.netpreserve.jwarc.WarcReader(file)) {
      for (WarcRecord rec : r) {
        b.add(rec.position());
      }
    }
    b.add(Files.size(file));
    return b;
  }

  /**
   * Cuts {@code file} at record boundaries, one byte either side, and at seeded random offsets; every
   * page whose record lies wholly before the cut must be read, with its full content, and nothing
   * read may differ from the uncut file's reading.
   */
  private void checkCuts(Path file, String suffix, int randomCuts) throws IOException {
    checkCuts(file, suffix, randomCuts, false);
  }

  private void checkCuts(Path file, String suffix, int randomCuts, boolean everyByte)
      throws IOException {
    Collected full = Collected.read(file, ReaderSettings.defaults());
    Map<Long, byte[]> contentAt = new HashMap<>();
    for (SourceDocument d : full.docs) {
      contentAt.put(offsetOf(d.origin()), d.content());
    }
    List<Long> bounds = boundaries(file);
    byte[] bytes = Files.readAllBytes(file);
    TreeSet<Integer> cuts = new TreeSet<>();
    for (long b : bounds) {
      for (int d = -1; d <= 1; d++) {
        if (b + d > 0 && b + d < bytes.length) {
          cuts.add((int) (b + d));
        }
      }
    }
    Random random = new Random(42);
    for (int i = 0; i < randomCuts; i++) {
      cuts.add(1 + random.nextInt(bytes.length - 1));
    }
    for (int cut = 1; everyByte && cut < bytes.length; cut++) {
      cuts.add(cut);
    }
    Path cutFile = tmp.resolve("cut" + suffix);
    for (int cut : cuts) {
      Files.write(cutFile, java.util.Arrays.copyOf(bytes, cut));
      Collected c = Collected.read(cutFile, ReaderSettings.defaults());
      Map<Long, byte[]> got = new HashMap<>();
      for (SourceDocument d : c.docs) {
        got.put(offsetOf(d.origin()), d.content());
      }
      for (int k = 0; k + 1 < bounds.size(); k++) {
        long start = bounds.get(k);
        long end = bounds.get(k + 1);
        if (end <= cut && contentAt.containsKey(start)) {
          assertTrue(got.containsKey(start), "cut at " + cut + " lost the record at " + start + "\n"
              + c.reasons());
        }
      }
      for (Map.Entry<Long, byte[]> e : got.entrySet()) {
        assertArrayEquals(contentAt.get(e.getKey()), e.getValue(), "cut at " + cut + ": record at "
            + e.getKey() + " read differently");
      }
      // A cut inside the CRLF CRLF that ends a plain record loses nothing and need not be reported.
      if (cut < bytes.length && bounds.stream().noneMatch(b -> b - 4 <= cut && cut <= b)) {
        assertTrue(c.reasons().contains("broken record"), "cut at " + cut + " not reported\n"
            + c.reasons());
      }
    }
  }

  private static long offsetOf(String origin) {
    return Long.parseLong(origin.substring(origin.lastIndexOf('#') + 1));
  }

  @Test
  void keepsEveryRecordBeforeACutInAGzipWarc() throws IOException {
    checkCuts(WarcReaderTest.FIXTURE, ".warc.gz", 100);
  }

  @Test
  void keepsEveryRecordBeforeACutInAPlainWarc() throws IOException {
    Path plain = tmp.resolve("plain.warc");
    try (InputStream in = new GZIPInputStream(Files.newInputStream(WarcReaderTest.FIXTURE))) {
      Files.write(plain, in.readAllBytes());
    }
    checkCuts(plain, ".warc", 100);
  }

  /** Byte by byte: a small WARC written by jwarc, cut at every offset, gzipped and plain. */
  @Test
  void keepsEveryRecordBeforeACutAtEveryByteOfASmallWarc() throws IOException {
    checkCuts(threePages(true), ".warc.gz", 0, true);
    checkCuts(threePages(false), ".warc", 0, true);
  }

  private Path threePages(boolean gzip) throws IOException {
    Path f = tmp.resolve(gzip ? "three.warc.gz" : "three.warc");
    Instant t = Instant.parse("2026-03-01T10:00:00Z");
    try (TestWarcs w = new TestWarcs(f, gzip)) {
      w.html("http://a.example/1", t, "<title>One</title><p>first page text here</p>");
      w.html("http://a.example/2", t, "<title>Two</title><p>second page text here</p>");
      w.html("http://a.example/3", t, "<title>Three</title><p>third page text here</p>");
    }
    return f;
  }

  @Test
  void skipsARecordWithABrokenHeaderAndReadsTheNext() throws IOException {
    Path f = threePages(false);
    byte[] b = Files.readAllBytes(f);
    String s = new String(b, StandardCharsets.ISO_8859_1);
    int second = s.indexOf("WARC/1.", s.indexOf("http://a.example/1"));
    int colon = s.indexOf("WARC-Date:", second);
    b[colon + 4] = '\n'; // a header line without a colon
    Files.write(f, b);
    Collected c = Collected.read(f, ReaderSettings.defaults());
    assertEquals(List.of("http://a.example/1", "http://a.example/3"), c.ids(), c.reasons());
    assertTrue(c.reasons().contains(f + "#" + second + " -> broken record"), c.reasons());
  }

  @Test
  void skipsARecordWithABrokenHeaderInAGzipWarc() throws IOException {
    Path f = threePages(true);
    List<Long> bounds = boundaries(f);
    byte[] b = Files.readAllBytes(f);
    b[(int) (bounds.get(1) + 20)] ^= 0x55; // corrupt the deflate stream of the second record
    Files.write(f, b);
    Collected c = Collected.read(f, ReaderSettings.defaults());
    assertEquals(List.of("http://a.example/1", "http://a.example/3"), c.ids(), c.reasons());
    assertTrue(c.reasons().contains("broken record"), c.reasons());
  }

  @Test
  void skipsAChunkedBodyThatEndsEarly() throws IOException {
    Path f = tmp.resolve("chunked.warc.gz");
    Instant t = Instant.parse("2026-03-01T10:00:00Z");
    try (TestWarcs w = new TestWarcs(f, true)) {
      w.rawResponse("http://a.example/chunked", t, ("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
          + "Transfer-Encoding: chunked\r\n\r\n10\r\n<p>0123456789ab\r\n100\r\n<p>short")
          .getBytes(StandardCharsets.ISO_8859_1));
      w.html("http://a.example/after", t, "<p>after the broken one</p>");
    }
    Collected c = Collected.read(f, ReaderSettings.defaults());
    assertEquals(List.of("http://a.example/after"), c.ids(), c.reasons());
    assertTrue(c.reasons().contains("broken record") && c.reasons().contains("http://a.example/chunked"),
        c.reasons());
  }

  @Test
  void skipsAResponseWithABrokenHttpHeaderAndReadsTheNext() throws IOException {
    Path f = tmp.resolve("badhttp.warc.gz");
    Instant t = Instant.parse("2026-03-01T10:00:00Z");
    try (TestWarcs w = new TestWarcs(f, true)) {
      w.rawResponse("http://a.example/bad", t, "HTTP/1.1 OK-ish\r\n\r\n<p>x".getBytes(StandardCharsets.ISO_8859_1));
      w.rawResponse("http://a.example/endless", t, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n<p>no blank line"
          .getBytes(StandardCharsets.ISO_8859_1));
      w.html("http://a.example/good", t, "<p>good</p>");
    }
    Collected c = Collected.read(f, ReaderSettings.defaults());
    assertEquals(List.of("http://a.example/good"), c.ids(), c.reasons());
    assertTrue(c.reasons().contains("broken record: ParsingException") && c.reasons().contains("http://a.example/bad")
        && c.reasons().contains("http://a.example/endless"), c.reasons());
  }

  @Test
  void readsAChunkedBodyThatIsWhole() throws IOException {
    Path f = tmp.resolve("chunked-ok.warc");
    try (TestWarcs w = new TestWarcs(f, false)) {
      w.rawResponse("http://a.example/c", Instant.parse("2026-03-01T10:00:00Z"), ("HTTP/1.1 200 OK\r\n"
          + "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n<p>ab\r\n3\r\ncd!\r\n0\r\n\r\n")
          .getBytes(StandardCharsets.ISO_8859_1));
    }
    Collected c = Collected.read(f, ReaderSettings.defaults());
    assertEquals(1, c.docs.size(), c.reasons());
    assertEquals("<p>abcd!", new String(c.docs.get(0).content(), StandardCharsets.UTF_8));
  }

  /** The three-page plain WARC with the second record's Content-Length set to {@code length}. */
  private Path secondLength(String length) throws IOException {
    Path f = threePages(false);
    String s = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
    int second = s.indexOf("WARC/1.", s.indexOf("http://a.example/1"));
    int cl = s.indexOf("Content-Length: ", second) + "Content-Length: ".length();
    int eol = s.indexOf('\r', cl);
    Files.write(f, (s.substring(0, cl) + length + s.substring(eol)).getBytes(StandardCharsets.ISO_8859_1));
    return f;
  }

  private static int recordAt(Path f, String url) throws IOException {
    String s = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
    return s.lastIndexOf("WARC/1.", s.indexOf("WARC-Target-URI: " + url));
  }

  @Test
  void resynchronisesAfterAContentLengthThatIsTooLong() throws IOException {
    for (int extra : new int[] {1, 30, 300}) {
      Path f = threePages(false);
      String s = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
      int second = recordAt(f, "http://a.example/2");
      int cl = s.indexOf("Content-Length: ", second) + "Content-Length: ".length();
      int eol = s.indexOf('\r', cl);
      f = secondLength(String.valueOf(Long.parseLong(s.substring(cl, eol)) + extra));
      Collected c = Collected.read(f, ReaderSettings.defaults());
      assertEquals(List.of("http://a.example/1", "http://a.example/3"), c.ids(), extra + "\n" + c.reasons());
      assertEquals(f + "#" + recordAt(f, "http://a.example/3"), c.docs.get(1).origin(), c.reasons());
      assertTrue(new String(c.docs.get(1).content(), StandardCharsets.UTF_8).contains("third page text"));
      assertEquals(1, c.skipped.size(), c.reasons());
      assertTrue(c.reasons().startsWith(f + "#" + recordAt(f, "http://a.example/2") + " -> broken record: "
          + "Content-Length"), c.reasons());
    }
  }

  @Test
  void aContentLengthOfAPetabyteIsOneSkippedRow() throws IOException {
    Path f = secondLength("1000000000000000");
    Collected c = Collected.read(f, ReaderSettings.defaults());
    assertEquals(List.of("http://a.example/1", "http://a.example/3"), c.ids(), c.reasons());
    assertEquals(1, c.skipped.size(), c.reasons());
    assertTrue(c.reasons().contains("runs past the end of the file"), c.reasons());
  }

  @Test
  void readsACloseDelimitedResponseToTheEndOfItsBlock() throws IOException {
    Path f = tmp.resolve("close.warc");
    try (TestWarcs w = new TestWarcs(f, false)) {
      w.rawResponse("http://a.example/close", Instant.parse("2026-03-01T10:00:00Z"), ("HTTP/1.0 200 OK\r\n"
          + "Content-Type: text/html\r\nConnection: close\r\n\r\n<p>no length given</p>")
          .getBytes(StandardCharsets.ISO_8859_1));
    }
    Collected c = Collected.read(f, ReaderSettings.defaults());
    assertEquals(List.of("http://a.example/close"), c.ids(), c.reasons());
    assertEquals("<p>no length given</p>", new String(c.docs.get(0).content(), StandardCharsets.UTF_8));
  }
}
