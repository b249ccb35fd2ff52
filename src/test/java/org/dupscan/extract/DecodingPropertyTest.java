package org.dupscan.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The hand-written fast paths of {@link Decoding} against the JDK's strict decoder and a plain loop. */
class DecodingPropertyTest {

  /** Bytes near every boundary of UTF-8's table of well-formed sequences. */
  private static final int[] EDGES = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1,
      0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFE, 0xFF};

  @Test
  void validatesUtf8ExactlyAsTheJdksStrictDecoder() {
    Random random = new Random(20261122);
    for (int trial = 0; trial < 200_000; trial++) {
      byte[] bytes = new byte[random.nextInt(7)];
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = (byte) (random.nextInt(4) == 0 ? random.nextInt(256) : EDGES[random.nextInt(EDGES.length)]);
      }
      assertEquals(strictlyDecodes(bytes), Decoding.isUtf8(bytes), () -> hex(bytes));
    }
    String text = "Plain ASCII, café, ẞ, 日本語, 😀 and a surrogate pair";
    assertEquals(true, Decoding.isUtf8(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void validatesLongTextWithAsciiRunsAsTheJdksStrictDecoder() {
    // Long enough for the eight-ASCII-bytes-at-a-time path, with edge bytes at every alignment.
    Random random = new Random(20261201);
    for (int trial = 0; trial < 100_000; trial++) {
      byte[] bytes = new byte[random.nextInt(40)];
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = (byte) (random.nextInt(12) == 0 ? EDGES[random.nextInt(EDGES.length)] : 'a' + random.nextInt(26));
      }
      assertEquals(strictlyDecodes(bytes), Decoding.isUtf8(bytes), () -> hex(bytes));
    }
  }

  @Test
  void findsTheFirstNulInTheSniffedPrefixAsAByteLoopDoes() {
    Random random = new Random(8);
    byte[] alphabet = {'a', ' ', 0x01, (byte) 0x80, (byte) 0xFF, (byte) 0xC3, 0x7F};
    for (int trial = 0; trial < 20_000; trial++) {
      int n = trial % 100 == 0 ? 8_000 + random.nextInt(400) : random.nextInt(64);
      byte[] bytes = new byte[n];
      for (int i = 0; i < n; i++) {
        bytes[i] = alphabet[random.nextInt(alphabet.length)];
      }
      int nuls = random.nextInt(3);
      for (int k = 0; k < nuls && n > 0; k++) {
        bytes[random.nextInt(n)] = 0;
      }
      int first = -1;
      for (int i = 0; i < Math.min(n, Decoding.BINARY_SNIFF_BYTES) && first < 0; i++) {
        first = bytes[i] == 0 ? i : -1;
      }
      String expected = first < 0 ? null : "binary content (NUL byte at offset " + first + ")";
      String actual = null;
      try {
        Decoding.rejectBinary(bytes);
      } catch (ExtractException e) {
        actual = e.getMessage();
      }
      assertEquals(expected, actual, () -> hex(bytes));
    }
  }

  @Test
  void collapsesWhitespaceAsAPlainLoopDoes() {
    Random random = new Random(3);
    char[] alphabet = {'a', 'b', ' ', ' ', '\t', '\n', '\u00A0', '\u2003', '\u0001', 'é'};
    for (int trial = 0; trial < 50_000; trial++) {
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(10);
      for (int i = 0; i < n; i++) {
        sb.append(alphabet[random.nextInt(alphabet.length)]);
      }
      String s = sb.toString();
      assertEquals(reference(s), Decoding.collapseWhitespace(s), () -> s.chars().mapToObj(Integer::toHexString).toList().toString());
    }
  }

  /** The obvious loop: a run of whitespace (or NBSP) becomes one space, none at either end. */
  private static String reference(String s) {
    StringBuilder sb = new StringBuilder();
    boolean space = false;
    for (char c : s.toCharArray()) {
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

  private static boolean strictlyDecodes(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static String hex(byte[] bytes) {
    StringBuilder sb = new StringBuilder();
    for (byte b : bytes) {
      sb.append(String.format("%02X ", b & 0xFF));
    }
    return sb.toString();
  }
}
