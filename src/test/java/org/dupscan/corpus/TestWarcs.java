package org.dupscan.corpus;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/** Writes WARC files with jwarc's own WarcWriter, for tests and the throughput measurement. */
public final class TestWarcs implements AutoCloseable {

  private final WarcWriter writer;

  public TestWarcs(Path file, boolean gzip) throws IOException {
    this.writer = new WarcWriter(java.nio.channels.FileChannel.open(file,
        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE,
        java.nio.file.StandardOpenOption.TRUNCATE_EXISTING), gzip ? WarcCompression.GZIP : WarcCompression.NONE);
  }

  public TestWarcs warcinfo() throws IOException {
    writer.write(new Warcinfo.Builder().date(Instant.parse("2026-01-01T00:00:00Z"))
        .fields(java.util.Map.of("software", java.util.List.of("dupscan tests"))).build());
    return this;
  }

  /** A response record holding {@code http}, a whole HTTP response (status line, headers, body). */
  public TestWarcs rawResponse(String url, Instant date, byte[] http) throws IOException {
    writer.write(new WarcResponse.Builder(URI.create(url)).date(date)
        .body(MediaType.HTTP_RESPONSE, http).build());
    return this;
  }

  /** A 200 response with a Content-Type header and a Content-Length. */
  public TestWarcs response(String url, Instant date, String contentType, byte[] body) throws IOException {
    byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\nContent-Length: " + body.length
        + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
    byte[] all = new byte[head.length + body.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(body, 0, all, head.length, body.length);
    return rawResponse(url, date, all);
  }

  public TestWarcs html(String url, Instant date, String html) throws IOException {
    return response(url, date, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
  }

  public TestWarcs resource(String url, Instant date, String contentType, String body) throws IOException {
    writer.write(new WarcResource.Builder(URI.create(url)).date(date)
        .body(MediaType.parse(contentType), body.getBytes(StandardCharsets.UTF_8)).build());
    return this;
  }

  /** A WET conversion record (plain text), as Common Crawl writes them. */
  public TestWarcs conversion(String url, Instant date, String text) throws IOException {
    writer.write(new WarcConversion.Builder().date(date).addHeader("WARC-Target-URI", url)
        .body(MediaType.PLAIN_TEXT, text.getBytes(StandardCharsets.UTF_8)).build());
    return this;
  }

  public TestWarcs revisit(String url, Instant date) throws IOException {
    writer.write(new WarcRevisit.Builder(URI.create(url)).date(date).build());
    return this;
  }

  @Override
  public void close() throws IOException {
    writer.close();
  }
}
