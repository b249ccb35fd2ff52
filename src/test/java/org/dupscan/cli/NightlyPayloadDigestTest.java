package org.dupscan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.dupscan.engine.ScanEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * WARC records whose WARC-Payload-Digest the index holds for their URL are taken from the index
 * without being loaded or parsed, and counted in runtime.csv.
 */
class NightlyPayloadDigestTest {

  @TempDir
  Path tmp;

  private static final Instant DATE = Instant.parse("2026-06-01T00:00:00Z");

  @Test
  void recordsWithAStoredPayloadDigestAreTakenUnloadedAndReportAsAFreshScan() throws IOException {
    Path warc = tmp.resolve("crawl.warc.gz");
    Path index = tmp.resolve("index");
    write(warc, List.of(body(0), body(1), body(2), body(3)), List.of("d0", "d1", "d2", "d3"));
    assertEquals(List.of("4", "0"), night(warc, index, tmp.resolve("n1")).subList(0, 2));
    // The same crawl again: every record is vouched for by its digest.
    List<String> n2 = night(warc, index, tmp.resolve("n2"));
    assertEquals("4", n2.get(1));
    CliRunner.Run fresh = CliRunner.run("scan", warc.toString(), "--out", tmp.resolve("fresh").toString(),
        "-q");
    assertEquals(0, fresh.exitCode(), fresh.err());
    try (Stream<Path> files = Files.list(tmp.resolve("fresh"))) {
      for (Path f : files.sorted().toList()) {
        String name = f.getFileName().toString();
        if (!name.equals("runtime.csv")) {
          assertEquals(Files.readString(f), Files.readString(tmp.resolve("n2").resolve(name)), name);
        }
      }
    }
    // Page 0 changes with its digest; page 1's bytes change under its old digest, which is trusted:
    // it is not loaded, so it is no changed page.
    write(warc, List.of(body(0) + "<p>An added paragraph about the river.</p>",
        body(1) + "<p>An unseen paragraph.</p>", body(2), body(3)), List.of("e0", "d1", "d2", "d3"));
    List<String> n3 = night(warc, index, tmp.resolve("n3"));
    assertEquals("3", n3.get(1));
    String changes = n3.get(2);
    assertTrue(changes.contains("page_changed,https://site.example/p0"), changes);
    assertFalse(changes.contains("page_changed,https://site.example/p1"), changes);
  }

  @Test
  void aRepeatedCaptureReadInOneNightLeavesTheLatestCapturesPayloadKeyInTheIndex() throws IOException {
    Path warc = tmp.resolve("crawl.warc.gz");
    Path index = tmp.resolve("index");
    write(warc, List.of(body(0), body(1), body(2)), List.of("d0", "d1", "d2"));
    night(warc, index, tmp.resolve("n1"));
    // Page 0 twice: first with its stored bytes under a new digest (taken from the index by its
    // SHA-256, its new key noted), then a later capture with a new paragraph, which counts. The first
    // read of the WARC stops at the repeat and a second one scans: what the first noted is forgotten.
    String edited = body(0) + "<p>An added paragraph about the lock keeper.</p>";
    write(warc, List.of(
        new Rec(0, body(0), "k0", DATE), new Rec(1, body(1), "d1", DATE), new Rec(2, body(2), "d2", DATE),
        new Rec(0, edited, "e0", DATE.plusSeconds(3600))));
    assertTrue(night(warc, index, tmp.resolve("n2")).get(2).contains("page_changed,https://site.example/p0"));
    // Tonight page 0 comes back with the bytes and digest of the superseded capture: the index holds
    // the edited page under key e0, so it must load the record and find it changed.
    write(warc, List.of(body(0), body(1), body(2)), List.of("k0", "d1", "d2"));
    List<String> n3 = night(warc, index, tmp.resolve("n3"));
    assertEquals("2", n3.get(1));
    assertTrue(n3.get(2).contains("page_changed,https://site.example/p0"), n3.get(2));
  }

  /** Runs one night; returns pages read, pages taken by payload digest, and changes.csv. */
  private static List<String> night(Path warc, Path index, Path out) throws IOException {
    CliRunner.Run r = CliRunner.run("scan", warc.toString(), "--index", index.toString(), "--out",
        out.toString(), "-q");
    assertEquals(0, r.exitCode(), r.err());
    return List.of(value(out.resolve("run.csv"), "pages_read"),
        value(out.resolve("runtime.csv"), ScanEngine.UNLOADED_PAGES),
        Files.readString(out.resolve("changes.csv")));
  }

  private static String value(Path csv, String parameter) throws IOException {
    return Files.readAllLines(csv).stream().filter(l -> l.startsWith(parameter + ","))
        .map(l -> l.substring(parameter.length() + 1)).findFirst().orElse("0");
  }

  private static String body(int i) {
    return "<html><head><title>Page " + i + " of the river guide</title></head><body><p>Stretch " + i
        + " of the river runs past " + (i * 7 + 3) + " mills, two bridges and a weir built of stone "
        + "in the year " + (1800 + i * 13) + ", where the towpath turns north.</p></body></html>";
  }

  /** A WARC record: page {@code page}'s body with WARC-Payload-Digest sha1:digest, captured at date. */
  private record Rec(int page, String body, String digest, Instant date) {}

  /** A WARC of responses, record i at https://site.example/pi with WARC-Payload-Digest sha1:digest_i. */
  private static void write(Path warc, List<String> bodies, List<String> digests) throws IOException {
    List<Rec> recs = new java.util.ArrayList<>();
    for (int i = 0; i < bodies.size(); i++) {
      recs.add(new Rec(i, bodies.get(i), digests.get(i), DATE));
    }
    write(warc, recs);
  }

  private static void write(Path warc, List<Rec> records) throws IOException {
    try (WarcWriter w = new WarcWriter(java.nio.channels.FileChannel.open(warc,
        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE,
        java.nio.file.StandardOpenOption.TRUNCATE_EXISTING), WarcCompression.GZIP)) {
      for (Rec r : records) {
        byte[] body = r.body().getBytes(StandardCharsets.UTF_8);
        byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
            + body.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[head.length + body.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        w.write(new WarcResponse.Builder(URI.create("https://site.example/p" + r.page())).date(r.date())
            .addHeader("WARC-Payload-Digest", "sha1:" + r.digest().toUpperCase(java.util.Locale.ROOT))
            .body(MediaType.HTTP_RESPONSE, all).build());
      }
    }
  }
}
