package org.dupscan.corpus;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/**
 * Decodes an HTTP/1.1 chunked body (RFC 9112 section 7.1) strictly: a body that ends before its last
 * (zero-size) chunk throws, so a capture cut short is skipped rather than read as a shorter page.
 * Chunk extensions and trailers are read and ignored. Internal.
 */
final class ChunkedInput extends InputStream {

  /** Longest chunk-size line accepted (size, extensions): a guard against a runaway line. */
  private static final int MAX_LINE = 4096;

  private final InputStream in;
  private long left; // bytes left in the current chunk
  private boolean done;

  ChunkedInput(InputStream in) {
    this.in = in;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (done) {
      return -1;
    }
    if (len == 0) {
      return 0;
    }
    if (left == 0) {
      left = nextChunkSize();
      if (left == 0) {
        // Trailer fields until an empty line.
        while (!line().isEmpty()) {
          // ignored
        }
        done = true;
        return -1;
      }
    }
    int n = in.read(b, off, (int) Math.min(len, left));
    if (n < 0) {
      throw new EOFException("chunked body ends early (" + left + " bytes of a chunk missing)");
    }
    left -= n;
    if (left == 0) {
      String crlf = line();
      if (!crlf.isEmpty()) {
        throw new IOException("chunked body: no line end after a chunk");
      }
    }
    return n;
  }

  private long nextChunkSize() throws IOException {
    String line = line();
    int end = 0;
    while (end < line.length() && Character.digit(line.charAt(end), 16) >= 0) {
      end++;
    }
    if (end == 0 || end > 15) {
      throw new IOException("chunked body: bad chunk size line '" + Records.clip(line) + "'");
    }
    return Long.parseLong(line.substring(0, end), 16);
  }

  /** Reads a line ending in LF (CR before it dropped); throws at end of input. */
  private String line() throws IOException {
    StringBuilder sb = new StringBuilder();
    while (true) {
      int c = in.read();
      if (c < 0) {
        throw new EOFException("chunked body ends early");
      }
      if (c == '\n') {
        int n = sb.length();
        if (n > 0 && sb.charAt(n - 1) == '\r') {
          sb.setLength(n - 1);
        }
        return sb.toString();
      }
      if (sb.length() >= MAX_LINE) {
        throw new IOException("chunked body: chunk size line too long");
      }
      sb.append((char) c);
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
