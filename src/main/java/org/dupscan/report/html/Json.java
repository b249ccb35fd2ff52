package org.dupscan.report.html;

/**
 * Writes JSON values for embedding inside an HTML {@code <script>} element. Besides JSON's own escapes,
 * {@code <}, {@code >} and {@code &} are written as {@code \}{@code u} escapes, so crawled text can never
 * close the script element ({@code </script>}) or open a comment; U+2028 and U+2029 are escaped too
 * (they end a line in older JavaScript parsers).
 */
final class Json {

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private Json() {}

  /** Appends {@code s} as a JSON string literal. */
  static StringBuilder string(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029'
              || Character.isSurrogate(c) && !pairedSurrogate(s, i)) {
            // A lone surrogate cannot be encoded in UTF-8; as an escape it stays valid JSON.
            sb.append("\\u").append(HEX[c >> 12 & 15]).append(HEX[c >> 8 & 15]).append(HEX[c >> 4 & 15])
                .append(HEX[c & 15]);
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"');
  }

  private static boolean pairedSurrogate(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
  }

  /** Appends a JSON array of strings. */
  static StringBuilder strings(StringBuilder sb, Iterable<String> values) {
    sb.append('[');
    boolean first = true;
    for (String v : values) {
      if (!first) {
        sb.append(',');
      }
      first = false;
      string(sb, v);
    }
    return sb.append(']');
  }

  /** The UTF-8 length of {@code s} (JSON output here never holds lone surrogates). */
  static long utf8Length(CharSequence s) {
    long n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        n++;
      } else if (c < 0x800) {
        n += 2;
      } else if (Character.isHighSurrogate(c)) {
        n += 4;
        i++;
      } else {
        n += 3;
      }
    }
    return n;
  }
}
