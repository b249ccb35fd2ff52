package org.dupscan.extract;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Byte-level checks and strict UTF-8 decoding. Internal. */
final class Decoding {

  /** How far into a document to look for NUL bytes that mark binary content. */
  static final int BINARY_SNIFF_BYTES = 8192;

  private Decoding() {}

  /** Throws when the first bytes hold a NUL: text formats never do, binaries nearly always. */
  static void rejectBinary(byte[] bytes) throws ExtractException {
    int n = Math.min(bytes.length, BINARY_SNIFF_BYTES);
    for (int i = 0; i < n; i++) {
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

  /** True when the bytes are valid UTF-8. */
  static boolean isUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /** Collapses runs of whitespace to one space and trims; linear, no regex. */
  static String collapseWhitespace(CharSequence s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00A0') {
        space = sb.length() > 0;
      } else {
        if (space) {
          sb.append(' ');
          space = false;
        }
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
