package org.dupscan.extract;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Byte-level checks and charset decoding. Internal.
 *
 * <p>The charset is chosen as browsers do (WHATWG HTML, "determining the character encoding"): a byte
 * order mark wins, then the charset the container declared (HTTP Content-Type), then for HTML a
 * {@code <meta>} declaration in the first bytes, then a sniff: valid UTF-8 is UTF-8, anything else is
 * windows-1252, the web's de-facto default. Labels are mapped as the WHATWG Encoding standard maps them
 * (iso-8859-1 and us-ascii mean windows-1252). Bytes invalid in the chosen charset become U+FFFD:
 * decoding never fails.
 */
final class Decoding {

  /** How far into a document to look for NUL bytes that mark binary content. */
  static final int BINARY_SNIFF_BYTES = 8192;
  /** A byte array read as little-endian longs, for the eight-at-a-time scans. */
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  /** How far into an HTML document to look for a meta charset (the WHATWG prescan looks at 1024). */
  static final int META_SNIFF_BYTES = 4096;

  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** Text and the charset it was decoded with. */
  record Decoded(String text, String charset) {}

  /**
   * Decodes {@code bytes}: BOM, then {@code declared}, then (for HTML) a meta charset, then the sniff.
   * Never throws; invalid bytes become U+FFFD.
   */
  static Decoded decode(byte[] bytes, String declared, boolean html) {
    int n = bytes.length;
    if (n >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      return new Decoded(new String(bytes, 3, n - 3, StandardCharsets.UTF_8), "UTF-8");
    }
    if (n >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return new Decoded(new String(bytes, 2, n - 2, StandardCharsets.UTF_16BE), "UTF-16BE");
    }
    if (n >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return new Decoded(new String(bytes, 2, n - 2, StandardCharsets.UTF_16LE), "UTF-16LE");
    }
    Charset cs = declared == null ? null : charsetForLabel(declared);
    if (cs == null && html) {
      String meta = metaCharset(bytes);
      cs = meta == null ? null : charsetForLabel(meta);
      // A meta tag is read as ASCII, so it cannot truthfully declare UTF-16 (WHATWG: use UTF-8).
      if (cs != null && cs.name().startsWith("UTF-16")) {
        cs = StandardCharsets.UTF_8;
      }
    }
    if (cs == null) {
      cs = isUtf8(bytes) ? StandardCharsets.UTF_8 : WINDOWS_1252;
    }
    return new Decoded(new String(bytes, cs), cs.name());
  }

  /** The Java charset for a charset label, or null when the label is unknown or unsupported. */
  static Charset charsetForLabel(String label) {
    String name = label.trim();
    if (name.length() >= 2 && (name.charAt(0) == '"' || name.charAt(0) == '\'')) {
      name = name.substring(1, name.length() - 1).trim();
    }
    String lower = name.toLowerCase(Locale.ROOT);
    switch (lower) {
      case "iso-8859-1": case "iso8859-1": case "latin1": case "l1": case "us-ascii": case "ascii":
      case "iso_8859-1": case "cp1252": case "x-cp1252":
        return WINDOWS_1252;
      case "utf8": case "unicode-1-1-utf-8":
        return StandardCharsets.UTF_8;
      default:
        break;
    }
    if (name.isEmpty() || name.length() > 40) {
      return null;
    }
    try {
      return Charset.forName(name);
    } catch (RuntimeException e) {
      return null;
    }
  }

  /**
   * The charset named by the first {@code <meta charset=...>} or {@code <meta http-equiv
   * content="...; charset=...">} in the first {@link #META_SNIFF_BYTES} bytes, or null. A linear scan
   * over ASCII bytes, no regex.
   */
  static String metaCharset(byte[] bytes) {
    int n = Math.min(bytes.length, META_SNIFF_BYTES);
    for (int i = 0; i + 5 < n; i++) {
      if (bytes[i] != '<' || !asciiMatch(bytes, i + 1, n, "meta")) {
        continue;
      }
      int end = i + 5;
      while (end < n && bytes[end] != '>') {
        end++;
      }
      for (int j = i + 5; j + 7 <= end; j++) {
        if (!asciiMatch(bytes, j, end, "charset")) {
          continue;
        }
        int k = j + 7;
        while (k < end && (bytes[k] == ' ' || bytes[k] == '\t')) {
          k++;
        }
        if (k >= end || bytes[k] != '=') {
          continue;
        }
        k++;
        while (k < end && (bytes[k] == ' ' || bytes[k] == '\t' || bytes[k] == '"' || bytes[k] == '\'')) {
          k++;
        }
        int start = k;
        while (k < end && bytes[k] != '"' && bytes[k] != '\'' && bytes[k] != ';' && bytes[k] != ' '
            && bytes[k] != '/' && bytes[k] != '\t') {
          k++;
        }
        if (k > start) {
          return new String(bytes, start, k - start, StandardCharsets.US_ASCII);
        }
      }
      i = end;
    }
    return null;
  }

  private static boolean asciiMatch(byte[] bytes, int at, int limit, String word) {
    if (at + word.length() > limit) {
      return false;
    }
    for (int k = 0; k < word.length(); k++) {
      int b = bytes[at + k] | 0x20; // ASCII lower case
      if (b != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private Decoding() {}

  /**
   * Throws when the first bytes hold a NUL: text formats never do, binaries nearly always. UTF-16 text
   * is half NULs, so a UTF-16 byte order mark, looked at first, exempts the document ({@link #decode}
   * honours it).
   */
  static void rejectBinary(byte[] bytes) throws ExtractException {
    if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
        || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
      return;
    }
    int n = Math.min(bytes.length, BINARY_SNIFF_BYTES);
    int i = 0;
    // Eight bytes at a time while none is 0 ((w - 0x01..) & ~w & 0x80.. is non-zero exactly when
    // some byte of w is 0: Anderson, "Bit Twiddling Hacks", "Determine if a word has a zero byte");
    // the byte loop below then finds the offset. A byte loop with an early exit is not vectorised.
    for (; i + 8 <= n; i += 8) {
      long w = (long) LONGS.get(bytes, i);
      if (((w - 0x0101010101010101L) & ~w & 0x8080808080808080L) != 0) {
        break;
      }
    }
    for (; i < n; i++) {
      if (bytes[i] == 0) {
        throw new ExtractException("binary content (NUL byte at offset " + i + ")");
      }
    }
  }

  /** Decodes UTF-8, refusing malformed input with the offset of the first bad byte; drops a BOM. */
  static String utf8Strict(byte[] bytes) throws ExtractException {
    int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult r = decoder.decode(in, out, true);
    if (r.isError()) {
      throw new ExtractException("invalid UTF-8 at byte " + in.position());
    }
    r = decoder.flush(out);
    if (r.isError()) {
      throw new ExtractException("invalid UTF-8 at end of input");
    }
    out.flip();
    return out.toString();
  }

  /**
   * True when the bytes are well-formed UTF-8 (Unicode 15, table 3-7: no overlong forms, no
   * surrogates, nothing above U+10FFFF), as a strict decoder would accept them. Checked in place, with
   * an ASCII fast path, rather than by decoding into a buffer that is then thrown away.
   */
  static boolean isUtf8(byte[] bytes) {
    int n = bytes.length;
    int i = 0;
    while (i < n) {
      if (i + 8 <= n && ((long) LONGS.get(bytes, i) & 0x8080808080808080L) == 0) {
        i += 8; // eight ASCII bytes
        continue;
      }
      int b = bytes[i];
      if (b >= 0) {
        i++;
        continue;
      }
      b &= 0xFF;
      if (b >= 0xC2 && b <= 0xDF) {
        if (i + 1 >= n || !continuation(bytes[i + 1])) {
          return false;
        }
        i += 2;
      } else if (b >= 0xE0 && b <= 0xEF) {
        if (i + 2 >= n || !continuation(bytes[i + 2])) {
          return false;
        }
        int b1 = bytes[i + 1] & 0xFF;
        int lo = b == 0xE0 ? 0xA0 : 0x80; // E0 80..9F would be overlong
        int hi = b == 0xED ? 0x9F : 0xBF; // ED A0..BF would be a surrogate
        if (b1 < lo || b1 > hi) {
          return false;
        }
        i += 3;
      } else if (b >= 0xF0 && b <= 0xF4) {
        if (i + 3 >= n || !continuation(bytes[i + 2]) || !continuation(bytes[i + 3])) {
          return false;
        }
        int b1 = bytes[i + 1] & 0xFF;
        int lo = b == 0xF0 ? 0x90 : 0x80; // F0 80..8F would be overlong
        int hi = b == 0xF4 ? 0x8F : 0xBF; // F4 90.. would pass U+10FFFF
        if (b1 < lo || b1 > hi) {
          return false;
        }
        i += 4;
      } else {
        return false; // a stray continuation byte, C0, C1 or F5..FF
      }
    }
    return true;
  }

  private static boolean continuation(byte b) {
    return (b & 0xC0) == 0x80;
  }

  /** Collapses runs of whitespace to one space and trims; linear, no regex. */
  static String collapseWhitespace(CharSequence text) {
    // Read as a String: the walker passes its StringBuilder, whose charAt checks bounds and coder on
    // every call (2% of a WARC scan's samples), and a clean text is returned as this copy anyway.
    String s = text.toString();
    int n = s.length();
    // Most blocks need nothing done (their lines were stripped and joined by single spaces): check
    // first, and copy only when a run, a tab or an edge space needs collapsing.
    boolean clean = n == 0 || !isSpace(s.charAt(0)) && !isSpace(s.charAt(n - 1));
    for (int i = 0; clean && i < n; i++) {
      char c = s.charAt(i);
      if (c <= ' ' || c == '\u00A0' || c >= 0x80 && isSpace(c)) {
        clean = c == ' ' && s.charAt(i + 1) != ' ' && !isSpace(s.charAt(i + 1));
      }
    }
    if (clean) {
      return s;
    }
    char[] out = new char[n];
    int w = 0;
    boolean space = false;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (isSpace(c)) {
        space = w > 0;
      } else {
        if (space) {
          out[w++] = ' ';
          space = false;
        }
        out[w++] = c;
      }
    }
    return new String(out, 0, w);
  }

  /** Whitespace as the extractors collapse it: Java's whitespace and the no-break space. */
  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00A0';
  }
}
