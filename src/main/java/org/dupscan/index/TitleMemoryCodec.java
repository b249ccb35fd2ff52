package org.dupscan.index;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import org.dupscan.detect.TitleNights;

/**
 * Writes and reads the title stage's memory ({@link TitleNights.Memory}) as one Deflate blob. Strings
 * go as modified UTF-8 ({@link DataOutputStream#writeUTF}, which writes each UTF-16 unit, a lone
 * surrogate too, so that every string reads back unit for unit), in pieces under its 64 KB limit;
 * hosts and content words go once each and are then named by number.
 */
final class TitleMemoryCodec {

  /** The blob's first int: a memory written another way is not read. */
  static final int VERSION = 1;
  /** Characters a {@code writeUTF} piece holds at most (three bytes each stay under 64 KB). */
  private static final int PIECE = 16_384;

  private TitleMemoryCodec() {}

  static byte[] encode(TitleNights.Memory m) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
    try (DataOutputStream out = new DataOutputStream(new DeflaterOutputStream(bytes,
        new Deflater(Deflater.BEST_SPEED), 1 << 16))) {
      out.writeInt(VERSION);
      out.writeDouble(m.similarity());
      out.writeLong(m.skipped());
      int n = m.pages().length;
      out.writeInt(n);
      Map<String, Integer> hosts = new HashMap<>();
      for (int i = 0; i < n; i++) {
        string(out, m.pages()[i]);
        named(out, m.hosts()[i], hosts);
        string(out, m.titles()[i]);
        string(out, m.keys()[i]);
        strings(out, m.affixes()[i], null);
      }
      int k = m.itemPage().length;
      out.writeInt(k);
      Map<String, Integer> words = new HashMap<>();
      for (int i = 0; i < k; i++) {
        out.writeInt(m.itemPage()[i]);
        strings(out, m.full()[i], words);
        strings(out, m.main()[i], words);
        out.writeInt(m.component()[i]);
        out.writeLong(Double.doubleToRawLongBits(m.best()[i]));
      }
    }
    return bytes.toByteArray();
  }

  /** The memory in {@code data}, or null when it was written in another layout. */
  static TitleNights.Memory decode(byte[] data) throws IOException {
    try (DataInputStream in = new DataInputStream(new InflaterInputStream(
        new ByteArrayInputStream(data), new java.util.zip.Inflater(), 1 << 16))) {
      if (in.readInt() != VERSION) {
        return null;
      }
      double similarity = in.readDouble();
      long skipped = in.readLong();
      int n = in.readInt();
      String[] pages = new String[n];
      String[] hostOf = new String[n];
      String[] titles = new String[n];
      String[] keys = new String[n];
      String[][] affixes = new String[n][];
      java.util.List<String> hosts = new java.util.ArrayList<>();
      for (int i = 0; i < n; i++) {
        pages[i] = string(in);
        hostOf[i] = named(in, hosts);
        titles[i] = string(in);
        keys[i] = string(in);
        affixes[i] = strings(in, null);
      }
      int k = in.readInt();
      int[] itemPage = new int[k];
      String[][] full = new String[k][];
      String[][] main = new String[k][];
      int[] component = new int[k];
      double[] best = new double[k];
      java.util.List<String> words = new java.util.ArrayList<>();
      for (int i = 0; i < k; i++) {
        itemPage[i] = in.readInt();
        full[i] = strings(in, words);
        main[i] = strings(in, words);
        component[i] = in.readInt();
        best[i] = Double.longBitsToDouble(in.readLong());
      }
      return new TitleNights.Memory(similarity, skipped, pages, hostOf, titles, keys, affixes,
          itemPage, full, main, component, best);
    }
  }

  /** A string, or null as length -1. */
  private static void string(DataOutputStream out, String s) throws IOException {
    if (s == null) {
      out.writeInt(-1);
      return;
    }
    out.writeInt(s.length());
    for (int from = 0; from < s.length(); from += PIECE) {
      out.writeUTF(s.substring(from, Math.min(s.length(), from + PIECE)));
    }
  }

  private static String string(DataInputStream in) throws IOException {
    int length = in.readInt();
    if (length < 0) {
      return null;
    }
    if (length == 0) {
      return "";
    }
    if (length <= PIECE) {
      return in.readUTF();
    }
    StringBuilder sb = new StringBuilder(length);
    while (sb.length() < length) {
      sb.append(in.readUTF());
    }
    return sb.toString();
  }

  /** A string of a small set: its number once seen, else -1 and the string ({@code -2}: null). */
  private static void named(DataOutputStream out, String s, Map<String, Integer> seen)
      throws IOException {
    if (s == null) {
      out.writeInt(-2);
      return;
    }
    Integer number = seen.get(s);
    if (number != null) {
      out.writeInt(number);
    } else {
      seen.put(s, seen.size());
      out.writeInt(-1);
      string(out, s);
    }
  }

  private static String named(DataInputStream in, java.util.List<String> seen) throws IOException {
    int number = in.readInt();
    if (number == -2) {
      return null;
    }
    if (number >= 0) {
      return seen.get(number);
    }
    String s = string(in);
    seen.add(s);
    return s;
  }

  /** An array of strings (null as -1), each by {@link #named} when {@code seen} is given. */
  private static void strings(DataOutputStream out, String[] a, Map<String, Integer> seen)
      throws IOException {
    if (a == null) {
      out.writeInt(-1);
      return;
    }
    out.writeInt(a.length);
    for (String s : a) {
      if (seen == null) {
        string(out, s);
      } else {
        named(out, s, seen);
      }
    }
  }

  private static String[] strings(DataInputStream in, java.util.List<String> seen)
      throws IOException {
    int length = in.readInt();
    if (length < 0) {
      return null;
    }
    String[] a = new String[length];
    for (int i = 0; i < length; i++) {
      a[i] = seen == null ? string(in) : named(in, seen);
    }
    return a;
  }
}
