package org.dupscan.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

/**
 * Reads JSON Lines ({@code .jsonl}, {@code .ndjson}, gzip-compressed or not): one page per line, an
 * object with a URL or id, an optional title, and a text or HTML body (field names in
 * {@link JsonlFields}). A line that is not a JSON object, lacks a body, or is over the record cap is
 * skipped as {@code file:line} with its reason; a stream that breaks off (a truncated gzip) ends the file
 * with a skip entry, keeping every line read before.
 */
public final class JsonlReader {

  private final ReaderSettings settings;

  public JsonlReader(ReaderSettings settings) {
    this.settings = settings;
  }

  /**
   * Reads the lines of {@code in}; {@code name} names the file in origins; {@code fallbackHost} is the
   * host of records without a URL.
   */
  public void read(InputStream in, String name, String fallbackHost, DocumentSink sink) {
    long cap = Math.min(settings.maxRecordBytes(), Bounded.MAX_ARRAY - 1);
    byte[] line = new byte[8192];
    long lineNo = 0;
    try {
      while (true) {
        // Read one line, keeping at most cap bytes; the rest of a longer line is read and dropped.
        int n = 0;
        long total = 0;
        int b;
        boolean any = false;
        while ((b = in.read()) >= 0 && b != '\n') {
          any = true;
          total++;
          if (total <= cap) {
            if (n == line.length) {
              line = Arrays.copyOf(line, (int) Math.min(cap, (long) n * 2));
            }
            line[n++] = (byte) b;
          }
        }
        if (b < 0 && !any) {
          return;
        }
        lineNo++;
        String origin = name + ":" + lineNo;
        if (total > cap) {
          sink.skipped(new SkippedInput(origin, "line over size cap (" + total + " bytes > " + cap + ")"));
        } else {
          record(new String(line, 0, n, StandardCharsets.UTF_8), origin, fallbackHost, sink);
        }
        if (b < 0) {
          return;
        }
      }
    } catch (IOException e) {
      sink.skipped(new SkippedInput(name + ":" + (lineNo + 1),
          "stream broken off, rest of file not read: " + FolderReader.describe(e)));
    }
  }

  private void record(String text, String origin, String fallbackHost, DocumentSink sink) {
    if (text.isBlank()) {
      return; // blank lines (a trailing newline, a separator) are not records
    }
    Map<String, String> fields;
    try {
      fields = JsonLine.parseObject(text);
    } catch (JsonLine.JsonException e) {
      sink.skipped(new SkippedInput(origin, "not JSON: " + e.getMessage()));
      return;
    }
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
    } else {
      format = Format.TEXT;
      // The text extractor takes the first line as the title, as for a .txt file.
      content = title == null ? body : title.replace('\n', ' ') + "\n\n" + body;
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
