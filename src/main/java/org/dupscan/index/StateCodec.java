package org.dupscan.index;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.dupscan.detect.BoilerplateMiner;
import org.dupscan.engine.ComparedText;
import org.dupscan.engine.PageState;
import org.dupscan.engine.PairComparison;
import org.dupscan.engine.PairPassages;
import org.dupscan.engine.SignedContent;

/**
 * A page's pass-1 state ({@link PageState}) to bytes and back, losslessly: what the index stores so
 * that a held page skips pass 1. Findings are written with a type tag per value (records by class
 * name and components, lists, arrays, strings, boxed numbers; doubles by their bits, so a decoded
 * finding is equal to the one written), so a per-page stage needs no codec of its own; a stage whose
 * finding holds another type is refused when the page is stored, naming the type. Deflate at its
 * fastest level over the whole. Any change to the layout must raise {@link PageIndex#FORMAT}.
 */
final class StateCodec {

  private static final byte NULL = 0;
  private static final byte STRING = 1;
  private static final byte INT = 2;
  private static final byte LONG = 3;
  private static final byte DOUBLE = 4;
  private static final byte BOOLEAN = 5;
  private static final byte LONGS = 6;
  private static final byte INTS = 7;
  private static final byte DOUBLES = 8;
  private static final byte SHORTS = 9;
  private static final byte STRINGS = 10;
  private static final byte BOOLEANS = 11;
  private static final byte LIST = 12;
  private static final byte RECORD = 13;

  /** Only records of dupscan's own packages are made again from a stored class name. */
  private static final String OWN_PACKAGE = "org.dupscan.";

  /** Canonical constructors of finding records, by class name. */
  private static final Map<String, Constructor<?>> CONSTRUCTORS = new ConcurrentHashMap<>();

  private StateCodec() {}

  /**
   * A page's state without its word hashes ({@link #encodeWords} writes those): a held page is read
   * back with only the head of its analysed longs ({@link PageState#wordsHeld}), so the nightly read
   * of every held page inflates its blocks, findings and samples, not its words (97% of the longs of
   * generated pages).
   */
  static byte[] encode(PageState s) {
    long[] head = s.wordsHeld() ? s.analysed() : PageState.head(s.analysed(), s.words());
    Out out = new Out(256 + head.length * 8);
    out.string(s.id());
    out.string(s.url());
    out.string(s.host());
    out.string(s.title());
    out.putInt(s.words());
    out.putInt(s.bytes());
    out.string(s.charset());
    out.putInt(s.hiddenWords());
    out.longs(head);
    out.putInt(s.findings().length);
    for (Object f : s.findings()) {
      out.value(f);
    }
    out.putInt(s.samples().size());
    for (BoilerplateMiner.BlockSample b : s.samples()) {
      out.putLong(b.fingerprint());
      out.putInt(b.words());
      out.string(b.text());
      out.flags((b.shallow() ? 1 : 0) | (b.caption() ? 2 : 0));
    }
    return deflate(out.buf.array(), out.buf.position());
  }

  /** A page's word hashes, the part of its analysed longs {@link #encode(PageState)} leaves out. */
  static byte[] encodeWords(PageState s) {
    if (s.wordsHeld()) {
      throw new IllegalArgumentException("page " + s.id() + " was given without its word hashes");
    }
    long[] words = PageState.wordHashes(s.analysed(), s.words());
    Out out = new Out(4 + words.length * 8);
    out.longs(words);
    return deflate(out.buf.array(), out.buf.position());
  }

  /** The word hashes {@link #encodeWords} wrote. */
  static long[] decodeWords(byte[] data) {
    return longs(ByteBuffer.wrap(inflate(data)));
  }

  /**
   * What the shingle step made of a page: kept blocks, minima, content key, shingle count, then the
   * containment sample's length (-1 for none) and its values.
   */
  static byte[] encode(SignedContent c) {
    int[] sample = c.sample();
    ByteBuffer out = ByteBuffer.allocate(4 + c.kept().length + 4 + c.minima().length * 4 + 20 + 4
        + (sample == null ? 0 : sample.length * 4));
    out.putInt(c.kept().length);
    for (boolean k : c.kept()) {
      out.put((byte) (k ? 1 : 0));
    }
    out.putInt(c.minima().length);
    for (int m : c.minima()) {
      out.putInt(m);
    }
    out.putLong(c.keyHi());
    out.putLong(c.keyLo());
    out.putInt(c.shingles());
    out.putInt(sample == null ? -1 : sample.length);
    if (sample != null) {
      for (int v : sample) {
        out.putInt(v);
      }
    }
    return out.array();
  }

  /** A pair's passages: both ids, then each side's segments (shared flag, text as UTF-16 units). */
  static byte[] encode(PairPassages p) {
    Out out = new Out(1024);
    out.string(p.a());
    out.string(p.b());
    for (List<PairComparison.Segment> side : List.of(p.sideA(), p.sideB())) {
      out.putInt(side.size());
      for (PairComparison.Segment g : side) {
        out.flags(g.shared() ? 1 : 0);
        out.chars(g.text()); // UTF-16 units as they are: a segment cut inside a pair reads back the same
      }
    }
    return deflate(out.buf.array(), out.buf.position());
  }

  /**
   * A page's compared text: its blocks, each as UTF-8, or as UTF-16 units when it holds a lone
   * surrogate (which UTF-8 cannot carry), so that every text reads back unit for unit. Most crawled
   * text is ASCII, which UTF-8 stores in half the bytes: the stored texts come out about a quarter
   * smaller after Deflate (docs/nightly.md).
   */
  static byte[] encode(ComparedText t) {
    Out out = new Out(64 + (int) Math.min(Integer.MAX_VALUE / 4, t.chars() * 2));
    out.putInt(t.blocks().size());
    for (String b : t.blocks()) {
      if (wellFormed(b)) {
        out.flags(0);
        out.string(b);
      } else {
        out.flags(1);
        out.chars(b);
      }
    }
    return deflate(out.buf.array(), out.buf.position());
  }

  static ComparedText decodeText(byte[] data) {
    ByteBuffer in = ByteBuffer.wrap(inflate(data));
    int n = in.getInt();
    List<String> blocks = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      if (in.get() == 0) {
        blocks.add(string(in));
      } else {
        char[] text = new char[in.getInt()];
        in.asCharBuffer().get(text);
        in.position(in.position() + text.length * 2);
        blocks.add(new String(text));
      }
    }
    return new ComparedText(blocks);
  }

  /** Whether every surrogate of {@code s} is in a pair (then UTF-8 carries it exactly). */
  private static boolean wellFormed(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  static PairPassages decodePassages(byte[] data) {
    ByteBuffer in = ByteBuffer.wrap(inflate(data));
    String a = string(in);
    String b = string(in);
    List<List<PairComparison.Segment>> sides = new ArrayList<>(2);
    for (int s = 0; s < 2; s++) {
      int n = in.getInt();
      List<PairComparison.Segment> side = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        boolean shared = in.get() != 0;
        char[] text = new char[in.getInt()];
        in.asCharBuffer().get(text);
        in.position(in.position() + text.length * 2);
        side.add(new PairComparison.Segment(shared, new String(text)));
      }
      sides.add(side);
    }
    return new PairPassages(a, b, sides.get(0), sides.get(1));
  }

  static SignedContent signed(byte[] data) {
    ByteBuffer in = ByteBuffer.wrap(data);
    boolean[] kept = new boolean[in.getInt()];
    for (int i = 0; i < kept.length; i++) {
      kept[i] = in.get() != 0;
    }
    int[] minima = new int[in.getInt()];
    for (int i = 0; i < minima.length; i++) {
      minima[i] = in.getInt();
    }
    long keyHi = in.getLong();
    long keyLo = in.getLong();
    int shingles = in.getInt();
    int length = in.getInt();
    int[] sample = length < 0 ? null : new int[length];
    for (int i = 0; i < length; i++) {
      sample[i] = in.getInt();
    }
    return new SignedContent(kept, minima, keyHi, keyLo, shingles, sample);
  }

  /** A stored state, with what the shingle step made of it ({@code sig}, null when not stored). */
  static PageState decode(byte[] data, byte[] sig) {
    ByteBuffer in = ByteBuffer.wrap(inflate(data));
    String id = string(in);
    String url = string(in);
    String host = string(in);
    String title = string(in);
    int words = in.getInt();
    int bytes = in.getInt();
    String charset = string(in);
    int hidden = in.getInt();
    long[] analysed = longs(in);
    Object[] findings = new Object[in.getInt()];
    for (int i = 0; i < findings.length; i++) {
      findings[i] = value(in);
    }
    int n = in.getInt();
    List<BoilerplateMiner.BlockSample> samples = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      long fp = in.getLong();
      int w = in.getInt();
      String text = string(in);
      byte flags = in.get();
      samples.add(new BoilerplateMiner.BlockSample(fp, w, text, (flags & 1) != 0, (flags & 2) != 0));
    }
    return new PageState(id, url, host, title, words, bytes, charset, hidden, analysed, findings,
        Collections.unmodifiableList(samples), sig == null ? null : signed(sig));
  }

  /** A growing buffer. */
  private static final class Out {
    ByteBuffer buf;

    Out(int capacity) {
      buf = ByteBuffer.allocate(capacity);
    }

    private void room(int n) {
      if (buf.remaining() < n) {
        ByteBuffer bigger = ByteBuffer.allocate(Math.max(buf.capacity() * 2, buf.position() + n));
        buf.flip();
        bigger.put(buf);
        buf = bigger;
      }
    }

    void putInt(int v) {
      room(4);
      buf.putInt(v);
    }

    void putLong(long v) {
      room(8);
      buf.putLong(v);
    }

    void flags(int v) {
      room(1);
      buf.put((byte) v);
    }

    void string(String s) {
      if (s == null) {
        putInt(-1);
        return;
      }
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      putInt(b.length);
      room(b.length);
      buf.put(b);
    }

    void chars(String s) {
      putInt(s.length());
      room(s.length() * 2);
      buf.asCharBuffer().put(s);
      buf.position(buf.position() + s.length() * 2);
    }

    void longs(long[] a) {
      putInt(a.length);
      room(a.length * 8);
      buf.asLongBuffer().put(a);
      buf.position(buf.position() + a.length * 8);
    }

    void value(Object v) {
      room(1);
      if (v == null) {
        buf.put(NULL);
      } else if (v instanceof String s) {
        buf.put(STRING);
        string(s);
      } else if (v instanceof Integer i) {
        buf.put(INT);
        putInt(i);
      } else if (v instanceof Long l) {
        buf.put(LONG);
        putLong(l);
      } else if (v instanceof Double d) {
        buf.put(DOUBLE);
        putLong(Double.doubleToRawLongBits(d));
      } else if (v instanceof Boolean b) {
        buf.put(BOOLEAN);
        room(1);
        buf.put((byte) (b ? 1 : 0));
      } else if (v instanceof long[] a) {
        buf.put(LONGS);
        longs(a);
      } else if (v instanceof int[] a) {
        buf.put(INTS);
        putInt(a.length);
        for (int x : a) {
          putInt(x);
        }
      } else if (v instanceof double[] a) {
        buf.put(DOUBLES);
        putInt(a.length);
        for (double x : a) {
          putLong(Double.doubleToRawLongBits(x));
        }
      } else if (v instanceof short[] a) {
        buf.put(SHORTS);
        putInt(a.length);
        room(a.length * 2);
        for (short x : a) {
          buf.putShort(x);
        }
      } else if (v instanceof String[] a) {
        buf.put(STRINGS);
        putInt(a.length);
        for (String x : a) {
          string(x);
        }
      } else if (v instanceof boolean[] a) {
        buf.put(BOOLEANS);
        putInt(a.length);
        room(a.length);
        for (boolean x : a) {
          buf.put((byte) (x ? 1 : 0));
        }
      } else if (v instanceof List<?> list) {
        buf.put(LIST);
        putInt(list.size());
        for (Object x : list) {
          value(x);
        }
      } else if (v instanceof Record r && r.getClass().getName().startsWith(OWN_PACKAGE)) {
        buf.put(RECORD);
        string(r.getClass().getName());
        RecordComponent[] parts = r.getClass().getRecordComponents();
        putInt(parts.length);
        for (RecordComponent c : parts) {
          try {
            value(c.getAccessor().invoke(r));
          } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + c.getName() + " of " + r.getClass(), e);
          }
        }
      } else {
        throw new IllegalArgumentException("a per-page finding holds a " + v.getClass().getName()
            + ", which the index cannot store");
      }
    }
  }

  private static String string(ByteBuffer in) {
    int n = in.getInt();
    if (n < 0) {
      return null;
    }
    String s = new String(in.array(), in.position(), n, StandardCharsets.UTF_8);
    in.position(in.position() + n);
    return s;
  }

  private static long[] longs(ByteBuffer in) {
    long[] a = new long[in.getInt()];
    in.asLongBuffer().get(a);
    in.position(in.position() + a.length * 8);
    return a;
  }

  private static Object value(ByteBuffer in) {
    byte tag = in.get();
    switch (tag) {
      case NULL:
        return null;
      case STRING:
        return string(in);
      case INT:
        return in.getInt();
      case LONG:
        return in.getLong();
      case DOUBLE:
        return Double.longBitsToDouble(in.getLong());
      case BOOLEAN:
        return in.get() != 0;
      case LONGS:
        return longs(in);
      case INTS: {
        int[] a = new int[in.getInt()];
        for (int i = 0; i < a.length; i++) {
          a[i] = in.getInt();
        }
        return a;
      }
      case DOUBLES: {
        double[] a = new double[in.getInt()];
        for (int i = 0; i < a.length; i++) {
          a[i] = Double.longBitsToDouble(in.getLong());
        }
        return a;
      }
      case SHORTS: {
        short[] a = new short[in.getInt()];
        for (int i = 0; i < a.length; i++) {
          a[i] = in.getShort();
        }
        return a;
      }
      case STRINGS: {
        String[] a = new String[in.getInt()];
        for (int i = 0; i < a.length; i++) {
          a[i] = string(in);
        }
        return a;
      }
      case BOOLEANS: {
        boolean[] a = new boolean[in.getInt()];
        for (int i = 0; i < a.length; i++) {
          a[i] = in.get() != 0;
        }
        return a;
      }
      case LIST: {
        int n = in.getInt();
        List<Object> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
          list.add(value(in));
        }
        return Collections.unmodifiableList(list);
      }
      case RECORD:
        return record(in);
      default:
        throw new IllegalArgumentException("stored page state has an unknown value tag " + tag);
    }
  }

  private static Object record(ByteBuffer in) {
    String name = string(in);
    Constructor<?> ctor = CONSTRUCTORS.computeIfAbsent(name, StateCodec::canonical);
    Object[] args = new Object[in.getInt()];
    if (args.length != ctor.getParameterCount()) {
      throw new IllegalArgumentException("stored " + name + " has " + args.length
          + " components, this version's has " + ctor.getParameterCount());
    }
    for (int i = 0; i < args.length; i++) {
      args[i] = value(in);
    }
    try {
      return ctor.newInstance(args);
    } catch (ReflectiveOperationException e) {
      throw new IllegalArgumentException("cannot make a stored " + name + " again: " + e, e);
    }
  }

  private static Constructor<?> canonical(String name) {
    if (!name.startsWith(OWN_PACKAGE)) {
      throw new IllegalArgumentException("stored page state names a foreign class " + name);
    }
    try {
      Class<?> c = Class.forName(name, false, StateCodec.class.getClassLoader());
      RecordComponent[] parts = c.getRecordComponents();
      if (parts == null) {
        throw new IllegalArgumentException("stored page state names " + name + ", not a record");
      }
      Class<?>[] types = new Class<?>[parts.length];
      for (int i = 0; i < parts.length; i++) {
        types[i] = parts[i].getType();
      }
      Constructor<?> ctor = c.getDeclaredConstructor(types);
      ctor.setAccessible(true);
      return ctor;
    } catch (ClassNotFoundException | NoSuchMethodException e) {
      throw new IllegalArgumentException("stored page state names " + name + ", unknown to this version",
          e);
    }
  }

  private static byte[] deflate(byte[] raw, int length) {
    Deflater d = new Deflater(Deflater.BEST_SPEED);
    try {
      d.setInput(raw, 0, length);
      d.finish();
      byte[] out = new byte[length + length / 100 + 64 + 4];
      ByteBuffer.wrap(out).putInt(length);
      int n = 4;
      while (!d.finished()) {
        if (n == out.length) {
          out = java.util.Arrays.copyOf(out, out.length * 2);
        }
        n += d.deflate(out, n, out.length - n);
      }
      return java.util.Arrays.copyOf(out, n);
    } finally {
      d.end();
    }
  }

  private static byte[] inflate(byte[] data) {
    int length = ByteBuffer.wrap(data).getInt();
    Inflater inf = new Inflater();
    try {
      inf.setInput(data, 4, data.length - 4);
      byte[] raw = new byte[length];
      int n = 0;
      while (n < length && !inf.finished()) {
        int k = inf.inflate(raw, n, length - n);
        if (k == 0 && (inf.needsInput() || inf.needsDictionary())) {
          break;
        }
        n += k;
      }
      if (n != length) {
        throw new IllegalArgumentException("stored page state is cut short (" + n + " of " + length
            + " bytes)");
      }
      return raw;
    } catch (DataFormatException e) {
      throw new IllegalArgumentException("stored page state is damaged: " + e.getMessage(), e);
    } finally {
      inf.end();
    }
  }
}
