package org.dupscan.corpus;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * What a file holds, from its first bytes: gzip-compressed or not, and (after decompression) a WARC
 * file or a JSON object. Internal.
 *
 * @param gzip the file starts with the gzip magic 1f 8b
 * @param warc the (decompressed) content starts with {@code WARC/1.}
 * @param jsonObject the (decompressed) content's first non-blank byte is '{'
 */
record Sniffed(boolean gzip, boolean warc, boolean jsonObject) {

  private static final int PEEK = 64;

  /** Sniffs a file from its first bytes ({@code head}, at least 64 unless the file is shorter). */
  static Sniffed of(Path file, byte[] head) throws IOException {
    byte[] peek = head;
    boolean gzip = peek.length >= 2 && (peek[0] & 0xFF) == 0x1f && (peek[1] & 0xFF) == 0x8b;
    if (gzip) {
      try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
        peek = in.readNBytes(PEEK);
      } catch (IOException e) {
        return new Sniffed(true, false, false); // a broken gzip: its reader reports the fault
      }
    }
    boolean warc = startsWith(peek, "WARC/1.");
    int i = 0;
    if (peek.length >= 3 && (peek[0] & 0xFF) == 0xEF && (peek[1] & 0xFF) == 0xBB && (peek[2] & 0xFF) == 0xBF) {
      i = 3;
    }
    while (i < peek.length && (peek[i] == ' ' || peek[i] == '\t' || peek[i] == '\r' || peek[i] == '\n')) {
      i++;
    }
    return new Sniffed(gzip, warc, i < peek.length && peek[i] == '{');
  }

  /** Opens the file, decompressing it when it is gzip (all members, as {@code zcat} does). */
  InputStream open(Path file) throws IOException {
    InputStream in = Files.newInputStream(file);
    try {
      return new BufferedInputStream(gzip ? new GZIPInputStream(in, 64 * 1024) : in, 64 * 1024);
    } catch (IOException e) {
      in.close();
      throw e;
    }
  }

  /**
   * Opens the file like {@link #open} but without a buffer on top: for readers that read large
   * blocks themselves. A buffered stream's bulk read keeps reading while more is "available", and a
   * gzip stream that breaks off throws away what that read had gathered; this one returns it first.
   */
  InputStream openUnbuffered(Path file) throws IOException {
    InputStream in = Files.newInputStream(file);
    try {
      return gzip ? new GZIPInputStream(in, 64 * 1024) : in;
    } catch (IOException e) {
      in.close();
      throw e;
    }
  }

  static String stripGz(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".gz")) {
      return name.substring(0, name.length() - 3);
    }
    if (lower.endsWith(".tgz")) {
      return name.substring(0, name.length() - 4) + ".tar";
    }
    return name;
  }

  static boolean isJsonlName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".jsonl") || lower.endsWith(".ndjson") || lower.endsWith(".json");
  }

  static boolean isWarcName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".warc") || lower.endsWith(".wet") || lower.endsWith(".wat");
  }

  private static boolean startsWith(byte[] b, String prefix) {
    if (b.length < prefix.length()) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      if (b[i] != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
