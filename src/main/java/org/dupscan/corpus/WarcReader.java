package org.dupscan.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;

/**
 * Reads WARC 1.0/1.1 files, plain or gzip-compressed per record (as wget, Heritrix and Common Crawl
 * write them), streaming with jwarc.
 *
 * <p>Pages are {@code response} records with an HTTP 200 HTML or plain-text payload, {@code resource}
 * records of HTML or text, and WET {@code conversion} records (plain text). A page's id and url are its
 * WARC-Target-URI and its host that URI's host. Other responses (status other than 200, redirects,
 * non-text payloads, records over the record cap, non-web URIs) are skipped one by one as
 * {@code file#offset} with the reason; {@code request}, {@code metadata}, {@code warcinfo} and
 * {@code revisit} records are not pages and are counted, one skip line per file and type.
 *
 * <p>Faults: a record whose header or body is broken is skipped with the reason, and reading resumes at
 * the next record start found after it (the next gzip member, or the next {@code WARC/1.} line), so a
 * broken or truncated file loses only the broken record and nothing read before it.
 */
public final class WarcReader {

  /** The gzip magic and method (deflate), which start every record of a .warc.gz. */
  private static final byte[] GZIP_MEMBER = {0x1f, (byte) 0x8b, 0x08};
  private static final byte[] WARC_LINE = "\nWARC/1.".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  private final ReaderSettings settings;

  public WarcReader(ReaderSettings settings) {
    this.settings = settings;
  }

  /** Reads {@code file}; {@code name} names it in origins. */
  public void read(Path file, String name, DocumentSink sink) {
    Map<String, Integer> notPages = new TreeMap<>();
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      boolean gzip = startsWith(ch, 0, GZIP_MEMBER);
      long start = 0;
      long size = ch.size();
      while (start < size) {
        long resume = readFrom(ch, start, gzip, name, sink, notPages);
        if (resume < 0) {
          break;
        }
        start = resume;
      }
    } catch (IOException e) {
      sink.skipped(new SkippedInput(name, "unreadable: " + FolderReader.describe(e)));
    }
    for (Map.Entry<String, Integer> e : notPages.entrySet()) {
      sink.skipped(new SkippedInput(name, e.getValue() + " " + e.getKey() + " record"
          + (e.getValue() == 1 ? "" : "s") + " (not pages)"));
    }
  }

  /**
   * Reads records from {@code start} until the end (returns -1) or a fault (reports it and returns the
   * offset of the next record start candidate after it).
   */
  private long readFrom(FileChannel ch, long start, boolean gzip, String name, DocumentSink sink,
      Map<String, Integer> notPages) throws IOException {
    ch.position(start);
    org.netpreserve.jwarc.WarcReader reader = new org.netpreserve.jwarc.WarcReader(ch);
    long lastGood = -1;
    long brokenAt = -1; // a record already reported broken while its body was read
    while (true) {
      WarcRecord rec;
      try {
        Optional<WarcRecord> next = reader.next();
        if (next.isEmpty()) {
          return -1;
        }
        rec = next.get();
      } catch (IOException | RuntimeException e) {
        // The record starting here is broken (bad header, or the file ends inside it).
        long at = Math.max(reader.position(), start);
        long resume = nextStart(ch, Math.max(at, lastGood) + 1, gzip);
        if (at == brokenAt) {
          // already reported: its body broke off, and now the reader cannot get past it
        } else if (lastGood >= 0 || start == 0 || at > start) {
          sink.skipped(new SkippedInput(name + "#" + at, "broken record: " + oneLine(e)
              + (resume < 0 ? "; no record after it" : "; resumed at #" + resume)));
        } // else: a resume candidate that was not a record start (a gzip magic inside data)
        return resume;
      }
      lastGood = rec.position();
      String origin = name + "#" + rec.position();
      try {
        handle(rec, origin, sink, notPages);
      } catch (IOException | RuntimeException e) {
        sink.skipped(new SkippedInput(origin, "broken record: " + oneLine(e) + target(rec)));
        brokenAt = rec.position();
      }
    }
  }

  private void handle(WarcRecord rec, String origin, DocumentSink sink, Map<String, Integer> notPages)
      throws IOException {
    String type = rec.type().toLowerCase(Locale.ROOT);
    if (!(rec instanceof WarcResponse || rec instanceof WarcResource || rec instanceof WarcConversion)) {
      notPages.merge(type, 1, Integer::sum);
      return;
    }
    WarcTargetRecord target = (WarcTargetRecord) rec;
    String url = target.target();
    String scheme = schemeOf(url);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      notPages.merge(type + " (" + (scheme.isEmpty() ? "no" : scheme) + " URI)", 1, Integer::sum);
      return;
    }
    long cap = settings.maxRecordBytes();
    long size = rec.body().size();
    if (size > cap) {
      sink.skipped(new SkippedInput(origin, "record over size cap (" + size + " bytes > " + cap + ")"
          + target(rec)));
      return;
    }
    MediaType type1;
    MessageBody body;
    Format format;
    if (rec instanceof WarcResponse response) {
      HttpResponse http = response.http();
      int status = http.status();
      if (status != 200) {
        String kind = status >= 300 && status < 400 ? "redirect (HTTP " + status + " to "
            + Records.clip(http.headers().first("Location").orElse("?")) + ")" : "HTTP status " + status;
        sink.skipped(new SkippedInput(origin, kind + target(rec)));
        return;
      }
      type1 = http.contentType();
      body = http.bodyDecoded();
    } else {
      type1 = rec.contentType();
      body = rec.body();
    }
    if (rec instanceof WarcConversion) {
      format = Format.TEXT; // WET: extracted plain text, whatever the header says
    } else {
      format = formatOf(type1);
      if (format == null) {
        sink.skipped(new SkippedInput(origin, "non-text payload (" + Records.clip(
            type1 == null ? "no content type" : type1.base().toString()) + ")" + target(rec)));
        return;
      }
    }
    byte[] bytes;
    try (InputStream in = body.stream()) {
      bytes = Bounded.readAll(in, cap, "record");
    }
    String charset = type1 == null ? null : type1.parameters().get("charset");
    String host = settings.site() != null ? settings.site() : Records.hostOf(url);
    Instant date;
    try {
      date = rec.date();
    } catch (RuntimeException e) {
      date = null; // WARC-Date is mandatory, but a missing one should not cost the page
    }
    sink.document(Records.loaded(new SourceDocument(url, url, host == null ? "unknown" : host, origin,
        format, bytes, charset), date));
  }

  /** HTML and plain text (XHTML counts as HTML); null for anything else. */
  private static Format formatOf(MediaType t) {
    if (t == null || t.type() == null || t.subtype() == null) {
      return null;
    }
    String base = t.type().toLowerCase(Locale.ROOT) + "/" + t.subtype().toLowerCase(Locale.ROOT);
    switch (base) {
      case "text/html", "application/xhtml+xml" -> {
        return Format.HTML;
      }
      case "text/plain" -> {
        return Format.TEXT;
      }
      default -> {
        return null;
      }
    }
  }

  private static String schemeOf(String url) {
    int colon = url.indexOf(':');
    return colon <= 0 ? "" : url.substring(0, colon).toLowerCase(Locale.ROOT);
  }

  private static String target(WarcRecord rec) {
    return rec instanceof WarcTargetRecord t ? " " + Records.clip(t.target()) : "";
  }

  private static String oneLine(Throwable e) {
    String m = e.getMessage();
    return e.getClass().getSimpleName() + (m == null ? "" : ": " + Records.clip(m));
  }

  /** The first offset at or after {@code from} where a record may start, or -1. */
  private static long nextStart(FileChannel ch, long from, boolean gzip) throws IOException {
    byte[] pattern = gzip ? GZIP_MEMBER : WARC_LINE;
    ByteBuffer buf = ByteBuffer.allocate(64 * 1024);
    long pos = from;
    long size = ch.size();
    while (pos < size) {
      buf.clear();
      int n = ch.read(buf, pos);
      if (n <= 0) {
        return -1;
      }
      byte[] a = buf.array();
      for (int i = 0; i + pattern.length <= n; i++) {
        int k = 0;
        while (k < pattern.length && a[i + k] == pattern[k]) {
          k++;
        }
        if (k == pattern.length) {
          return gzip ? pos + i : pos + i + 1; // after the newline
        }
      }
      if (n < pattern.length) {
        return -1;
      }
      pos += n - pattern.length + 1;
    }
    return -1;
  }

  private static boolean startsWith(FileChannel ch, long at, byte[] prefix) throws IOException {
    ByteBuffer buf = ByteBuffer.allocate(prefix.length);
    while (buf.hasRemaining()) {
      if (ch.read(buf, at + buf.position()) < 0) {
        return false;
      }
    }
    return java.util.Arrays.equals(buf.array(), prefix);
  }
}
