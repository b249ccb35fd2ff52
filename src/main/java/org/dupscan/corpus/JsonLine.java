package org.dupscan.corpus;

import java.util.HashMap;
import java.util.Map;

/**
 * A strict, hand-written parser for one JSON object (RFC 8259) on one line, keeping its top-level
 * scalar members as strings. Hand-written rather than a library because only flat string fields are
 * needed, a scanner of a few hundred lines has no dependency to keep up to date, and it is linear in the
 * line (no backtracking) with an explicit nesting cap. Internal.
 */
final class JsonLine {

  /** Deepest nesting of arrays and objects accepted (a guard against stack exhaustion). */
  static final int MAX_DEPTH = 64;

  /** Not JSON; the message says what and where. */
  static final class JsonException extends Exception {
    private static final long serialVersionUID = 1L;

    JsonException(String message, int at) {
      super(message + " at column " + (at + 1));
    }
  }

  private final String s;
  private int i;

  private JsonLine(String s) {
    this.s = s;
  }

  /** The top-level members of the object on {@code line}: strings as is, other scalars as written. */
  static Map<String, String> parseObject(String line) throws JsonException {
    JsonLine p = new JsonLine(line);
    p.skipSpace();
    if (p.i >= line.length() || line.charAt(p.i) != '{') {
      throw new JsonException("not a JSON object", p.i);
    }
    Map<String, String> out = new HashMap<>();
    p.object(out, 1);
    p.skipSpace();
    if (p.i < line.length()) {
      throw new JsonException("unexpected text after the object", p.i);
    }
    return out;
  }

  /** Parses an object at {@code i}; fills {@code out} with scalar members when it is not null. */
  private void object(Map<String, String> out, int depth) throws JsonException {
    if (depth > MAX_DEPTH) {
      throw new JsonException("nested deeper than " + MAX_DEPTH, i);
    }
    i++; // {
    skipSpace();
    if (peek() == '}') {
      i++;
      return;
    }
    while (true) {
      skipSpace();
      if (peek() != '"') {
        throw new JsonException("expected a member name", i);
      }
      String name = string();
      skipSpace();
      if (peek() != ':') {
        throw new JsonException("expected ':'", i);
      }
      i++;
      skipSpace();
      String value = value(depth);
      if (out != null && value != null) {
        out.putIfAbsent(name, value);
      }
      skipSpace();
      char c = peek();
      if (c == ',') {
        i++;
      } else if (c == '}') {
        i++;
        return;
      } else {
        throw new JsonException("expected ',' or '}'", i);
      }
    }
  }

  private void array(int depth) throws JsonException {
    if (depth > MAX_DEPTH) {
      throw new JsonException("nested deeper than " + MAX_DEPTH, i);
    }
    i++; // [
    skipSpace();
    if (peek() == ']') {
      i++;
      return;
    }
    while (true) {
      skipSpace();
      value(depth);
      skipSpace();
      char c = peek();
      if (c == ',') {
        i++;
      } else if (c == ']') {
        i++;
        return;
      } else {
        throw new JsonException("expected ',' or ']'", i);
      }
    }
  }

  /** Parses a value; returns scalars as text, null for JSON null, objects and arrays. */
  private String value(int depth) throws JsonException {
    char c = peek();
    switch (c) {
      case '"':
        return string();
      case '{':
        object(null, depth + 1);
        return null;
      case '[':
        array(depth + 1);
        return null;
      case 't':
        literal("true");
        return "true";
      case 'f':
        literal("false");
        return "false";
      case 'n':
        literal("null");
        return null;
      default:
        if (c == '-' || (c >= '0' && c <= '9')) {
          return number();
        }
        throw new JsonException("unexpected " + (i >= s.length() ? "end of line" : "'" + c + "'"), i);
    }
  }

  private void literal(String word) throws JsonException {
    if (!s.startsWith(word, i)) {
      throw new JsonException("expected " + word, i);
    }
    i += word.length();
  }

  private String number() throws JsonException {
    int start = i;
    if (peek() == '-') {
      i++;
    }
    if (peek() == '0') {
      i++;
    } else if (digits() == 0) {
      throw new JsonException("bad number", start);
    }
    if (peek() == '.') {
      i++;
      if (digits() == 0) {
        throw new JsonException("bad number", start);
      }
    }
    if (peek() == 'e' || peek() == 'E') {
      i++;
      if (peek() == '+' || peek() == '-') {
        i++;
      }
      if (digits() == 0) {
        throw new JsonException("bad number", start);
      }
    }
    return s.substring(start, i);
  }

  private int digits() {
    int start = i;
    while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
    }
    return i - start;
  }

  private String string() throws JsonException {
    int start = i;
    i++; // opening quote
    StringBuilder sb = new StringBuilder();
    while (true) {
      if (i >= s.length()) {
        throw new JsonException("unterminated string", start);
      }
      char c = s.charAt(i++);
      if (c == '"') {
        return sb.toString();
      }
      if (c < 0x20) {
        throw new JsonException("control character in string", i - 1);
      }
      if (c != '\\') {
        sb.append(c);
        continue;
      }
      if (i >= s.length()) {
        throw new JsonException("unterminated string", start);
      }
      char e = s.charAt(i++);
      switch (e) {
        case '"', '\\', '/' -> sb.append(e);
        case 'b' -> sb.append('\b');
        case 'f' -> sb.append('\f');
        case 'n' -> sb.append('\n');
        case 'r' -> sb.append('\r');
        case 't' -> sb.append('\t');
        case 'u' -> {
          if (i + 4 > s.length()) {
            throw new JsonException("bad \\u escape", i - 2);
          }
          int v = 0;
          for (int k = 0; k < 4; k++) {
            int d = Character.digit(s.charAt(i + k), 16);
            if (d < 0) {
              throw new JsonException("bad \\u escape", i - 2);
            }
            v = v * 16 + d;
          }
          i += 4;
          sb.append((char) v); // lone surrogates pass through; the decoder downstream tolerates them
        }
        default -> throw new JsonException("bad escape '\\" + e + "'", i - 2);
      }
    }
  }

  private char peek() {
    return i < s.length() ? s.charAt(i) : '\0';
  }

  private void skipSpace() {
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
        return;
      }
      i++;
    }
  }
}
