package org.dupscan.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
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
    org.netpreserve.jwarc.WarcReader reader;
    try {
      reader = new org.netpreserve.jwarc.WarcReader(ch);
    } catch (IOException | RuntimeException e) {
      // jwarc reads the first bytes to tell gzip from plain: a head this broken is a broken record.
      long resume = nextStart(ch, start + 1, gzip);
      if (start == 0) {
        sink.skipped(new SkippedInput(name + "#" + start, "broken record: " + oneLine(e)
            + (resume < 0 ? "; no record after it" : "; resumed at #" + resume)));
      }
      return resume;
    }
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
      if (!gzip) {
        String wrongLength = checkBlockEnd(ch, rec);
        if (wrongLength != null) {
          // The header's Content-Length is wrong: reading its block would swallow the records after
          // it, or stop inside one. Skip the record and resynchronise on the next record boundary.
          long resume = nextBoundary(ch, rec.position() + 1);
          sink.skipped(new SkippedInput(origin, "broken record: " + wrongLength
              + (resume < 0 ? "; no record after it" : "; resumed at #" + resume) + target(rec)));
          return resume;
        }
      }
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
      drain(rec);
      notPages.merge(type, 1, Integer::sum);
      return;
    }
    WarcTargetRecord target = (WarcTargetRecord) rec;
    String url = target.target();
    String scheme = schemeOf(url);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      drain(rec);
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
    // The whole record block is read (capped) before anything is parsed from it, so a block cut short
    // is an error here rather than a shorter page later.
    byte[] block;
    try (InputStream in = rec.body().stream()) {
      block = Bounded.readAll(in, cap, "record");
    }
    if (block.length != size) {
      throw new java.io.EOFException("record block ends early (" + block.length + " of " + size
          + " bytes)");
    }
    MediaType type1;
    InputStream body;
    Format format;
    HttpResponse http = null;
    if (rec instanceof WarcResponse) {
      int headerEnd = headerEnd(block);
      if (headerEnd < 0) {
        throw new org.netpreserve.jwarc.ParsingException("HTTP header without an end");
      }
      // The header alone: the payload is the rest of the WARC block, whatever the HTTP header says
      // of its length (a close-delimited HTTP/1.x response has no Content-Length at all).
      http = HttpResponse.parseWithoutBody(java.nio.channels.Channels.newChannel(
          new java.io.ByteArrayInputStream(block, 0, headerEnd)), null);
      int status = http.status();
      if (status != 200) {
        String kind = status >= 300 && status < 400 ? "redirect (HTTP " + status + " to "
            + Records.clip(http.headers().first("Location").orElse("?")) + ")" : "HTTP status " + status;
        sink.skipped(new SkippedInput(origin, kind + target(rec)));
        return;
      }
      type1 = http.contentType();
      body = decoded(http, new java.io.ByteArrayInputStream(block, headerEnd, block.length - headerEnd),
          origin, rec, sink);
      if (body == null) {
        return;
      }
    } else {
      type1 = rec.contentType();
      body = new java.io.ByteArrayInputStream(block);
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
    try (InputStream in = body) {
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
        format, bytes, charset), date, payloadKey(rec, type1, http)));
  }

  /** Longest payload key kept; a record whose headers make a longer one has none (it is loaded). */
  static final int MAX_PAYLOAD_KEY_CHARS = 2_000;

  /**
   * The record's WARC-Payload-Digest with what turns its payload into a page: record type, content
   * type and (of a response) the HTTP codings; null without a digest. The page's id, URL and host come
   * from the target URI, the same for every record of one id.
   */
  private static String payloadKey(WarcRecord rec, MediaType type, HttpResponse http) {
    String digest = rec.headers().first("WARC-Payload-Digest").orElse(null);
    if (digest == null || digest.isBlank()) {
      return null;
    }
    StringBuilder key = new StringBuilder(digest.strip()).append('\n').append(rec.type())
        .append('\n').append(type == null ? "" : type.toString());
    if (http != null) {
      for (String h : List.of("Transfer-Encoding", "Content-Encoding")) {
        key.append('\n').append(String.join(",", http.headers().all(h)));
      }
    }
    return key.length() > MAX_PAYLOAD_KEY_CHARS ? null : key.toString();
  }

  /**
   * The HTTP payload with its transfer coding (chunked, decoded strictly so that a body cut short is an
   * error) and content coding (gzip, deflate) undone; null, with the record listed, for a coding this
   * reader does not know. Decompressed bytes are capped by the caller.
   */
  private static InputStream decoded(HttpResponse http, InputStream raw, String origin, WarcRecord rec,
      DocumentSink sink) throws IOException {
    InputStream in = raw;
    for (String te : http.headers().all("Transfer-Encoding")) {
      for (String coding : te.split(",")) {
        String c = coding.trim().toLowerCase(Locale.ROOT);
        if (c.equals("chunked")) {
          in = new ChunkedInput(in);
        } else if (!c.isEmpty() && !c.equals("identity")) {
          sink.skipped(new SkippedInput(origin, "unsupported transfer coding (" + Records.clip(c) + ")"
              + target(rec)));
          return null;
        }
      }
    }
    for (String ce : http.headers().all("Content-Encoding")) {
      for (String coding : ce.split(",")) {
        String c = coding.trim().toLowerCase(Locale.ROOT);
        switch (c) {
          case "gzip", "x-gzip" -> in = new GZIPInputStream(in, 8192);
          case "deflate" -> in = new InflaterInputStream(in);
          case "", "identity" -> { }
          default -> {
            sink.skipped(new SkippedInput(origin, "unsupported content coding (" + Records.clip(c) + ")"
                + target(rec)));
            return null;
          }
        }
      }
    }
    return in;
  }

  /** Reads a record's block to its end, so that a block cut short is seen even in records not kept. */
  private static void drain(WarcRecord rec) throws IOException {
    long size = rec.body().size();
    long got = 0;
    byte[] buf = new byte[8192];
    try (InputStream in = rec.body().stream()) {
      int n;
      while ((n = in.read(buf)) > 0) {
        got += n;
      }
    }
    if (got != size) {
      throw new java.io.EOFException("record block ends early (" + got + " of " + size + " bytes)");
    }
  }

  /** The offset just after the blank line that ends an HTTP header (CRLF CRLF, or bare LF LF), or -1. */
  static int headerEnd(byte[] b) {
    for (int i = 0; i < b.length; i++) {
      if (b[i] != '\n') {
        continue;
      }
      if (i + 1 < b.length && b[i + 1] == '\n') {
        return i + 2;
      }
      if (i + 2 < b.length && b[i + 1] == '\r' && b[i + 2] == '\n') {
        return i + 3;
      }
    }
    return -1;
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

  /** Most bytes of a WARC header looked at to find its end; a longer header is not checked. */
  private static final int MAX_HEADER = 64 * 1024;
  private static final byte[] BOUNDARY =
      "\r\n\r\nWARC/1.".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  /**
   * Why the block of plain record {@code rec} does not end where its Content-Length says (at the end
   * of the file, or before the next {@code WARC/1.} line, after the CRLF CRLF that closes a record),
   * or null when it does. Line ends after the block are taken loosely (any run of CR and LF, or a file
   * that ends inside them), as writers differ.
   */
  private static String checkBlockEnd(FileChannel ch, WarcRecord rec) throws IOException {
    long start = rec.position();
    long length = rec.headers().first("Content-Length").map(WarcReader::parseLength).orElse(-1L);
    if (length < 0) {
      return null; // jwarc reports it
    }
    // Most headers are a few hundred bytes: 4 KB is read first, 64 KB only for a longer one.
    int end = -1;
    for (int want = 4096; end < 0 && want <= MAX_HEADER; want *= 16) {
      ByteBuffer head = ByteBuffer.allocate((int) Math.min(want, ch.size() - start));
      while (head.hasRemaining() && ch.read(head, start + head.position()) > 0) {
        // read the header's bytes
      }
      end = headerEnd(head.position() == head.capacity() ? head.array()
          : Arrays.copyOf(head.array(), head.position()));
      if (head.position() < want) {
        break; // the file ends within it
      }
    }
    if (end < 0) {
      return null;
    }
    long blockEnd = start + end + length;
    long size = ch.size();
    if (blockEnd > size) {
      return "Content-Length " + length + " runs past the end of the file (" + (size - start - end)
          + " bytes after the header)";
    }
    ByteBuffer after = ByteBuffer.allocate((int) Math.min(32, size - blockEnd));
    while (after.hasRemaining() && ch.read(after, blockEnd + after.position()) > 0) {
      // read what follows the block
    }
    byte[] a = after.array();
    int got = after.position();
    // CRLF CRLF closes a record (some writers use LF LF); then the next record or the end of the file,
    // either of which may come cut short (a file cut at any byte loses no record before the cut).
    int close = startsWith(a, got, CLOSE_CRLF) ? 4 : startsWith(a, got, CLOSE_LF) ? 2 : 0;
    if (close == 0) {
      return got < 4 && blockEnd + got == size && (prefixOf(a, got, CLOSE_CRLF) || prefixOf(a, got, CLOSE_LF))
          ? null : "Content-Length " + length + " does not end at a record boundary";
    }
    int i = close;
    while (i < got && (a[i] == '\r' || a[i] == '\n')) {
      i++;
    }
    int rest = got - i;
    byte[] tail = Arrays.copyOfRange(a, i, got);
    if (rest >= WARC_START.length ? startsWith(tail, rest, WARC_START)
        : blockEnd + got == size && prefixOf(tail, rest, WARC_START)) {
      return null;
    }
    return "Content-Length " + length + " does not end at a record boundary";
  }

  private static long parseLength(String s) {
    try {
      return Long.parseLong(s.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static final byte[] CLOSE_CRLF = {'\r', '\n', '\r', '\n'};
  private static final byte[] CLOSE_LF = {'\n', '\n'};
  private static final byte[] WARC_START = {'W', 'A', 'R', 'C', '/', '1', '.'};

  /** Whether the first {@code n} bytes of {@code a} start with {@code p}. */
  private static boolean startsWith(byte[] a, int n, byte[] p) {
    return n >= p.length && prefixOf(a, p.length, p);
  }

  /** Whether the first {@code n} bytes of {@code a} are a prefix of {@code p}. */
  private static boolean prefixOf(byte[] a, int n, byte[] p) {
    if (n > p.length) {
      return false;
    }
    for (int k = 0; k < n; k++) {
      if (a[k] != p[k]) {
        return false;
      }
    }
    return true;
  }

  /**
   * The first record start after {@code from} in a plain WARC that follows the CRLF CRLF closing a
   * record, or failing that any {@code WARC/1.} line; -1 if none.
   */
  private static long nextBoundary(FileChannel ch, long from) throws IOException {
    long at = find(ch, from, BOUNDARY);
    return at >= 0 ? at + 4 : nextStart(ch, from, false);
  }

  /** The first offset at or after {@code from} where {@code pattern} starts, or -1. */
  private static long find(FileChannel ch, long from, byte[] pattern) throws IOException {
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
          return pos + i;
        }
      }
      if (n < pattern.length) {
        return -1;
      }
      pos += n - pattern.length + 1;
    }
    return -1;
  }

  /** The first offset at or after {@code from} where a record may start, or -1. */
  private static long nextStart(FileChannel ch, long from, boolean gzip) throws IOException {
    long at = find(ch, from, gzip ? GZIP_MEMBER : WARC_LINE);
    return at < 0 || gzip ? at : at + 1; // a WARC line starts after its newline
  }

  private static boolean startsWith(FileChannel ch, long at, byte[] prefix) throws IOException {
    ByteBuffer buf = ByteBuffer.allocate(prefix.length);
    while (buf.hasRemaining()) {
      if (ch.read(buf, at + buf.position()) < 0) {
        return false;
      }
    }
    return Arrays.equals(buf.array(), prefix);
  }
}
