package org.dupscan.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/** Reads a stream into memory, refusing to hold more than a cap. Internal. */
final class Bounded {

  /** The largest byte array the JVM reliably allocates. */
  static final int MAX_ARRAY = Integer.MAX_VALUE - 16;

  private Bounded() {}

  /** Thrown when a stream holds more than the cap; nothing past the cap was read. */
  static final class OverCapException extends IOException {
    private static final long serialVersionUID = 1L;

    OverCapException(String what, long cap) {
      super(what + " over size cap (more than " + cap + " bytes)");
    }
  }

  /**
   * Reads all of {@code in}, at most {@code cap} bytes: one byte more and it throws, so a decompression
   * bomb costs {@code cap} bytes of memory, never more.
   */
  static byte[] readAll(InputStream in, long cap, String what) throws IOException {
    cap = Math.min(cap, MAX_ARRAY - 1); // a Java array cannot hold more, whatever the setting
    byte[] buf = new byte[(int) Math.min(cap + 1, 64 * 1024)];
    int n = 0;
    while (true) {
      if (n == buf.length) {
        if (n > cap) {
          throw new OverCapException(what, cap);
        }
        buf = Arrays.copyOf(buf, (int) Math.min(cap + 1, Math.max(64 * 1024, (long) n * 2)));
      }
      int r = in.read(buf, n, buf.length - n);
      if (r < 0) {
        break;
      }
      n += r;
      if (n > cap) {
        throw new OverCapException(what, cap);
      }
    }
    return n == buf.length ? buf : Arrays.copyOf(buf, n);
  }
}
