package org.dupscan.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads JSON Lines ({@code .jsonl}, {@code .ndjson}, gzip-compressed or not): one page per line, an
 * object with a URL or id, an optional title, and a text or HTML body (field names in
 * {@link JsonlFields}). A record's title is its title field, else it has none: its text is all body
 * (C4, RedPajama and Dolma records are just {@code {url, text}}). A line that is not a JSON object,
 * lacks a body, or is over the record cap is skipped as {@code file:line} with its reason; a stream
 * that breaks off (a truncated gzip) ends the file with a skip entry, keeping every line read before.
 *
 * <p>Lines are split from the stream a buffer at a time; a line over the cap is counted to its end
 * and dropped as it streams past, never held, decoded or parsed. A line within the cap is parsed from
 * its bytes by Jackson's streaming parser with the nesting depth capped, keeping only the fields
 * named in {@link JsonlFields}.
 */
final class JsonlReader {

  /** Deepest nesting of arrays and objects accepted in a record (a guard against stack exhaustion). */
  public static final int MAX_DEPTH = 64;

  private static final int BUFFER = 64 * 1024;

  private final ReaderSettings settings;
  private final JsonFactory json;
  /** The member names kept; other members are skipped without being decoded. */
  private final Set<String> wanted;

  public JsonlReader(ReaderSettings settings) {
    this.settings = settings;
    long cap = Math.min(settings.maxRecordBytes(), Bounded.MAX_ARRAY - 1);
    this.json = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(MAX_DEPTH)
            .maxDocumentLength(cap)
            .maxStringLength((int) Math.min(cap, Integer.MAX_VALUE))
            .build())
        .build();
    JsonlFields f = settings.jsonlFields();
    this.wanted = Set.copyOf(Arrays.asList(f.id(), f.url(), f.title(), f.text(), f.html()));
  }

  /**
   * Reads the lines of {@code in}; {@code name} names the file in origins; {@code fallbackHost} is the
   * host of records without a URL.
   */
  public void read(InputStream in, String name, String fallbackHost, DocumentSink sink) {
    long cap = Math.min(settings.maxRecordBytes(), Bounded.MAX_ARRAY - 1);
    byte[] buf = new byte[BUFFER];
    int pos = 0;
    int lim = 0;
    byte[] line = new byte[8192];
    int n = 0; // bytes of the line held (at most cap)
    long total = 0; // bytes of the line seen
    long lineNo = 0;
    try {
      while (true) {
        if (pos == lim) {
          lim = in.read(buf, 0, buf.length);
          pos = 0;
          if (lim < 0) {
            if (total > 0) {
              lineNo++;
              line(line, n, total, cap, name + ":" + lineNo, fallbackHost, sink);
            }
            return;
          }
          continue;
        }
        int nl = newline(buf, pos, lim);
        int len = nl - pos;
        if (total + len <= cap) {
          if (n + len > line.length) {
            line = Arrays.copyOf(line, (int) Math.min(cap, Math.max((long) n + len, 2L * line.length)));
          }
          System.arraycopy(buf, pos, line, n, len);
          n += len;
        }
        total += len;
        pos = nl;
        if (nl < lim) { // the line ends here
          pos++;
          lineNo++;
          line(line, n, total, cap, name + ":" + lineNo, fallbackHost, sink);
          n = 0;
          total = 0;
          if (line.length > 1 << 20) {
            line = new byte[8192]; // a long line's buffer is not kept for the rest of the file
          }
        }
      }
    } catch (IOException e) {
      sink.skipped(new SkippedInput(name + ":" + (lineNo + 1),
          "stream broken off, rest of file not read: " + FolderReader.describe(e)));
    }
  }

  /** A byte array read as little-endian longs, for the eight-at-a-time newline search. */
  private static final java.lang.invoke.VarHandle LONGS = java.lang.invoke.MethodHandles
      .byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
  private static final long NEWLINES = 0x0a0a0a0a0a0a0a0aL;

  /**
   * The index of the first '\n' in {@code b[from, to)}, or {@code to}: eight bytes at a time while
   * none is a newline (x ^ NEWLINES has a zero byte exactly where x has a newline; Anderson, "Bit
   * Twiddling Hacks", "Determine if a word has a byte equal to n"), so a line of a gigabyte streams past
   * at memory speed.
   */
  static int newline(byte[] b, int from, int to) {
    int i = from;
    for (; i + 8 <= to; i += 8) {
      long w = (long) LONGS.get(b, i) ^ NEWLINES;
      if (((w - 0x0101010101010101L) & ~w & 0x8080808080808080L) != 0) {
        break;
      }
    }
    while (i < to && b[i] != '\n') {
      i++;
    }
    return i;
  }

  private void line(byte[] line, int n, long total, long cap, String origin, String fallbackHost,
      DocumentSink sink) {
    if (total > cap) {
      sink.skipped(new SkippedInput(origin, "line over size cap (" + total + " bytes > " + cap + ")"));
      return;
    }
    if (isBlank(line, n)) {
      return; // blank lines (a trailing newline, a separator) are not records
    }
    Map<String, String> fields;
    try {
      fields = parseObject(line, n);
    } catch (JacksonException e) {
      sink.skipped(new SkippedInput(origin, "not JSON: " + describe(e)));
      return;
    } catch (NotAnObject e) {
      sink.skipped(new SkippedInput(origin, "not JSON: " + e.getMessage()));
      return;
    }
    record(fields, origin, fallbackHost, sink);
  }

  /**
   * The wanted top-level members of the object in {@code line}: strings as is, other scalars as
   * written, first occurrence kept.
   */
  private Map<String, String> parseObject(byte[] line, int n) throws NotAnObject {
    Map<String, String> out = new HashMap<>();
    try (JsonParser p = json.createParser(ObjectReadContext.empty(), line, 0, n)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new NotAnObject("not a JSON object");
      }
      JsonToken t;
      while ((t = p.nextToken()) == JsonToken.PROPERTY_NAME) {
        String key = p.currentName();
        JsonToken v = p.nextToken();
        if (v == JsonToken.START_OBJECT || v == JsonToken.START_ARRAY) {
          p.skipChildren();
        } else if (v != JsonToken.VALUE_NULL && wanted.contains(key) && !out.containsKey(key)) {
          out.put(key, p.getString());
        }
      }
      if (t != JsonToken.END_OBJECT) {
        throw new IllegalStateException("parser ended an object on " + t);
      }
      if (p.nextToken() != null) {
        throw new NotAnObject("unexpected text after the object");
      }
    }
    return out;
  }

  /** Well-formed JSON that is not one object. */
  private static final class NotAnObject extends Exception {
    private static final long serialVersionUID = 1L;

    NotAnObject(String message) {
      super(message);
    }
  }

  /** Jackson's message without its source excerpt, and the column. */
  private static String describe(JacksonException e) {
    String m = e.getOriginalMessage();
    if (m == null) {
      m = e.getClass().getSimpleName();
    }
    // Jackson's messages may span lines (a hint after the first): the first line says what.
    int nl = m.indexOf('\n');
    String what = Records.clip(nl < 0 ? m : m.substring(0, nl));
    var at = e.getLocation();
    return at == null || at.getColumnNr() < 1 ? what : what + " at column " + at.getColumnNr();
  }

  private static boolean isBlank(byte[] b, int n) {
    for (int i = 0; i < n; i++) {
      if (b[i] != ' ' && b[i] != '\t' && b[i] != '\r') {
        return false;
      }
    }
    return true;
  }

  private void record(Map<String, String> fields, String origin, String fallbackHost,
      DocumentSink sink) {
    JsonlFields f = settings.jsonlFields();
    String url = nonBlank(fields.get(f.url()));
    String id = nonBlank(fields.get(f.id()));
    if (id == null) {
      id = url != null ? url : origin;
    }
    if (url == null) {
      url = id;
    }
    String title = nonBlank(fields.get(f.title()));
    String html = nonBlank(fields.get(f.html()));
    String body = nonBlank(fields.get(f.text()));
    if (html == null && body == null) {
      sink.skipped(new SkippedInput(origin, "no '" + f.text() + "' or '" + f.html() + "' field"));
      return;
    }
    String host = settings.site();
    if (host == null) {
      host = Records.hostOf(url);
    }
    if (host == null) {
      host = fallbackHost;
    }
    Format format;
    String content;
    if (html != null) {
      format = Format.HTML;
      content = title == null ? html : "<title>" + escape(title) + "</title>" + html;
    } else if (title == null) {
      format = Format.BODY_TEXT; // no title field: every line of the text is body
      content = body;
    } else {
      format = Format.TEXT;
      // The text extractor takes the first line as the title, as for a .txt file.
      content = title.replace('\n', ' ') + "\n\n" + body;
    }
    sink.document(Records.loaded(new SourceDocument(id, url, host, origin, format,
        content.getBytes(StandardCharsets.UTF_8), "UTF-8"), null));
  }

  private static String nonBlank(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  private static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
