package org.dupscan.text;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.text.Normalizer;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Normalises text before tokenising: Unicode NFKC, full case folding (approximated as
 * upper-then-lower in the root locale, which maps {@code ß} to {@code ss}, plus the foldings that round
 * trip misses: capital {@code ẞ} to {@code ss}, final sigma to sigma), and folding of typographic quotes
 * and dashes to their ASCII forms, so that a page re-typeset with curly quotes hashes the same. The
 * result is NFKC again after case mapping, so normalising twice changes nothing.
 *
 * <p>Stateless and thread-safe. Pure-ASCII input takes a single-pass path that only lower-cases. Other
 * text is cut into segments at <em>boundaries</em>: chars before which none of the steps looks back (a
 * starter that no canonical composition takes as its second part, whose NFKC and case-mapped forms
 * start with such a char too; see UAX #15, "Detecting Normalization Forms" and "Stable Code Points").
 * Every step then works segment by segment, so the result is the concatenation of each segment's
 * result. A segment of one char (nearly every char of real text: letters of alphabets, curly quotes,
 * dashes, no-break spaces) is looked up in a table made once from the full chain; only a segment of
 * several chars (a letter with combining marks, conjoining jamo, a supplementary char) goes through
 * the JDK's {@link Normalizer}. {@link #normalizeFully} is the chain itself, which the table is built
 * from and which tests compare against.
 */
public final class TextNormalizer {

  /**
   * Boundary chars between two segments that are still merged into one JDK call: in scripts written
   * with many marks (Devanagari, Thai, Arabic with vowel signs) one call per run is cheaper than one per
   * syllable. Merging segments never changes the result.
   */
  private static final int MERGE_GAP = 8;

  private TextNormalizer() {}

  /** Returns the normalised form of {@code text}; never null. */
  public static String normalize(String text) {
    // The chars are read from a copy, not through String.charAt: a loop compiled on charAt speculates
    // on the encoding (Latin-1 or UTF-16) of the strings seen so far, and real text, which mixes both,
    // deoptimised this loop (and every caller it was inlined into) once per change of encoding, up to
    // C2's limit of four traps a site (JFR jdk.Deoptimization, reason "profile_predicate").
    char[] in = text.toCharArray();
    int n = in.length;
    int i = 0;
    while (i < n && in[i] < 0x80) {
      i++;
    }
    if (i == n) {
      return asciiLower(text, in);
    }
    return Table.normalize(in, i);
  }

  /**
   * The whole chain on {@code text}, with no table: NFKC, upper then lower case in the root locale,
   * sharp s to "ss", NFKC again where case mapping undid it, then the quote, dash and sigma folds.
   * {@link #normalize} gives the same result.
   */
  static String normalizeFully(String text) {
    if (text.isEmpty()) {
      return text;
    }
    String s = Normalizer.isNormalized(text, Normalizer.Form.NFKC)
        ? text : Normalizer.normalize(text, Normalizer.Form.NFKC);
    s = s.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    if (s.indexOf('\u00DF') >= 0) {
      // Capital sharp s (U+1E9E) upper-cases to itself and lower-cases to ß, which survives the round
      // trip; Unicode full case folding maps both to "ss" (CaseFolding.txt), as the round trip does for ß.
      s = s.replace("\u00DF", "ss");
    }
    if (!Normalizer.isNormalized(s, Normalizer.Form.NFKC)) {
      // Case mapping can undo normalisation (ᾳ upper-cases to ΑΙ, whose ι then composes with a following
      // accent), so normalise again, as Unicode's NFKC_Casefold does; keeps normalize idempotent.
      s = Normalizer.normalize(s, Normalizer.Form.NFKC);
    }
    return foldPunctuation(s);
  }

  /** {@code s} lower-cased, {@code chars} being its chars, all ASCII; {@code chars} is changed. */
  private static String asciiLower(String s, char[] chars) {
    boolean changed = false;
    for (int i = 0; i < chars.length; i++) {
      char c = chars[i];
      if (c >= 'A' && c <= 'Z') {
        chars[i] = (char) (c + 32);
        changed = true;
      }
    }
    return changed ? new String(chars) : s;
  }

  /**
   * Folds the quote and dash characters typesetters and spinners substitute for ASCII ones, and the one
   * single-character case folding that upper-then-lower misses (final sigma).
   */
  static String foldPunctuation(String s) {
    StringBuilder sb = null;
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      char f = fold(c);
      if (f != c) {
        if (sb == null) {
          sb = new StringBuilder(s);
        }
        sb.setCharAt(i, f);
      }
    }
    return sb == null ? s : sb.toString();
  }

  private static char fold(char c) {
    switch (c) {
      case '\u2018': case '\u2019': case '\u201A': case '\u201B': case '\u2032': case '\u00B4':
        return '\'';
      case '\u201C': case '\u201D': case '\u201E': case '\u201F': case '\u2033': case '\u00AB':
      case '\u00BB':
        return '"';
      case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2014': case '\u2015':
      case '\u2212':
        return '-';
      case '\u00A0':
        return ' ';
      case '\u03C2':
        // Final sigma folds to sigma (CaseFolding.txt). Java lower-cases capital sigma to ς or σ by
        // context, and the context changes once quotes are folded, so without this a second pass differs.
        return '\u03C3';
      default:
        return c;
    }
  }

  /**
   * The per-char table of {@link #normalizeFully}'s results (a holder class, so pure-ASCII runs never
   * load it). It is read from a resource made from the full chain on the Java release whose Unicode
   * data it holds ({@link Built}); on another release it is made again at start-up from that release's
   * {@link Normalizer}. Making it calls the JDK normaliser about 200,000 times: on a fresh JVM that took
   * 0.2 s of CPU and made C2 compile the JDK's normaliser (its {@code compose} four times over, about
   * 50 KB of code each), which real text, where a char needs the normaliser about once in 1,500, never
   * needed compiled.
   */
  static final class Table {

    /** Kind: a boundary char whose result is the one char in {@link #MAP}. */
    static final byte SINGLE = 0;
    /** Kind: a boundary char whose result is the string in {@link #EXPAND} (ß, …, ligatures). */
    static final byte MULTI = 1;
    /** Kind: not a boundary (a mark, a composition's second part, a surrogate). */
    static final byte JOINS = 2;

    private static final byte[] KIND;
    private static final char[] MAP;
    private static final String[] EXPAND;

    static {
      Built table = Built.read();
      if (table == null) {
        table = Built.compute();
      }
      KIND = table.kind;
      MAP = table.map;
      EXPAND = table.expand;
    }

    private Table() {}

    /** The kind of char {@code c}: {@link #SINGLE}, {@link #MULTI} or {@link #JOINS}. */
    static byte kind(char c) {
      return KIND[c];
    }

    /**
     * Normalises the text whose chars are {@code in} (a copy, left unchanged), the first
     * {@code asciiPrefix} of them ASCII. Reads the copy, not {@link String#charAt}: on a string that
     * may hold Latin-1 or UTF-16 each {@code charAt} compiles to both, and this loop, compiled with
     * both at every read and with the JDK normaliser inlined, made the largest and most often
     * recompiled method of a scan of real text. The segments that need the JDK normaliser go through
     * {@link #segment}, kept out of the loop.
     */
    static String normalize(char[] in, int asciiPrefix) {
      int n = in.length;
      char[] out = new char[n + 16];
      int o = 0;
      for (int i = 0; i < asciiPrefix; i++) {
        out[o++] = MAP[in[i]];
      }
      // The last ASCII char may begin a segment with the non-ASCII char after it (e + U+0301).
      int i = asciiPrefix;
      if (i > 0 && KIND[in[i]] == JOINS) {
        i--;
        o--;
      }
      while (i < n) {
        char c = in[i];
        byte kind = KIND[c];
        if (kind == JOINS || i + 1 < n && KIND[in[i + 1]] == JOINS) {
          int end = segmentEnd(in, i + 1);
          String full = segment(in, i, end);
          out = ensure(out, o, full.length(), n - end);
          full.getChars(0, full.length(), out, o);
          o += full.length();
          i = end;
        } else if (kind == SINGLE) {
          if (o == out.length) {
            out = ensure(out, o, 1, n - i);
          }
          out[o++] = MAP[c];
          i++;
        } else {
          String e = EXPAND[c];
          out = ensure(out, o, e.length(), n - i);
          e.getChars(0, e.length(), out, o);
          o += e.length();
          i++;
        }
      }
      return new String(out, 0, o);
    }

    /** The normalised form of {@code in[from, end)}, a segment or merged run of segments. */
    private static String segment(char[] in, int from, int end) {
      return normalizeFully(new String(in, from, end - from));
    }

    /**
     * The end of the segment (or merged run of segments) that continues at {@code from}: the next
     * boundary char that is not followed within {@link #MERGE_GAP} chars by another joining char.
     */
    private static int segmentEnd(char[] in, int from) {
      int n = in.length;
      int j = from;
      while (true) {
        while (j < n && KIND[in[j]] == JOINS) {
          j++;
        }
        int limit = Math.min(n, j + MERGE_GAP);
        int k = j;
        while (k < limit && KIND[in[k]] != JOINS) {
          k++;
        }
        if (k == limit) {
          return j;
        }
        j = k;
      }
    }

    private static char[] ensure(char[] out, int used, int adding, int remaining) {
      if (used + adding <= out.length) {
        return out;
      }
      return java.util.Arrays.copyOf(out, Math.max(out.length * 2, used + adding + remaining + 16));
    }
  }

  /**
   * The table's three arrays for every BMP char, made from the full chain ({@link #compute}) or read
   * from the resource {@link #RESOURCE} that {@link #write} made. The resource records the Java feature
   * release it was made on: Unicode data, and so the table, change only between feature releases, and
   * on any other release the table is computed. {@code TextNormalizerTest} checks that the resource
   * equals what {@link #compute} gives on the running release.
   */
  static final class Built {

    /** Resource name, beside this class; rewrite it with {@code NormalizerTableWriter} (tests). */
    static final String RESOURCE = "nfkc-casefold-table.bin.gz";
    private static final int MAGIC = 0x444E4654; // "DNFT"
    private static final int FORMAT = 1;
    /** Longest expansion of one char kept in the resource (the longest, U+FDFA, is 18 chars). */
    private static final int MAX_EXPANSION = 64;

    final byte[] kind;
    final char[] map;
    final String[] expand;

    private Built(byte[] kind, char[] map, String[] expand) {
      this.kind = kind;
      this.map = map;
      this.expand = expand;
    }

    /** The table made from {@link #normalizeFully}, char by char. */
    static Built compute() {
      byte[] kind = new byte[0x10000];
      char[] map = new char[0x10000];
      String[] expand = new String[0x10000];
      boolean[] second = new boolean[0x10000];
      for (int c = 0x80; c < 0x10000; c++) {
        if (Character.isSurrogate((char) c)) {
          continue;
        }
        String d = Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFD);
        for (int k = 1; k < d.length(); k++) {
          second[d.charAt(k)] = true; // a char a canonical composition may take after a starter
        }
      }
      for (int c = 0; c < 0x10000; c++) {
        char ch = (char) c;
        String s = String.valueOf(ch);
        if (Character.isSurrogate(ch) || !startsSegment(s, second)) {
          kind[c] = Table.JOINS;
          continue;
        }
        String nfkc = Normalizer.normalize(s, Normalizer.Form.NFKC);
        String full = normalizeFully(s);
        if (!startsSegment(nfkc, second)
            || !startsSegment(nfkc.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT), second)
            || !startsSegment(full, second)) {
          kind[c] = Table.JOINS;
        } else if (full.length() == 1) {
          kind[c] = Table.SINGLE;
          map[c] = full.charAt(0);
        } else {
          kind[c] = Table.MULTI;
          expand[c] = full;
        }
      }
      return new Built(kind, map, expand);
    }

    /** Whether {@code s} starts with a char no step can join to what stands before it. */
    private static boolean startsSegment(String s, boolean[] second) {
      char c = s.charAt(0);
      if (Character.isSurrogate(c) || second[c]) {
        return false;
      }
      int type = Character.getType(c);
      return type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK
          && type != Character.ENCLOSING_MARK;
    }

    /**
     * The table in the resource, or null when there is none, it is damaged, or it was made on another
     * Java feature release than the running one.
     */
    static Built read() {
      try (InputStream raw = TextNormalizer.class.getResourceAsStream(RESOURCE)) {
        if (raw == null) {
          return null;
        }
        DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw)));
        if (in.readInt() != MAGIC || in.readInt() != FORMAT
            || in.readInt() != Runtime.version().feature()) {
          return null;
        }
        byte[] kind = new byte[0x10000];
        in.readFully(kind);
        char[] map = new char[0x10000];
        String[] expand = new String[0x10000];
        for (int c = 0; c < 0x10000; c++) {
          byte k = kind[c];
          if (k == Table.SINGLE) {
            // Stored as the difference from the char itself: nearly always 0, so the file packs small.
            map[c] = (char) (c + in.readChar());
          } else if (k == Table.MULTI) {
            int len = in.readUnsignedByte();
            if (len < 2 || len > MAX_EXPANSION) {
              return null;
            }
            char[] e = new char[len];
            for (int j = 0; j < len; j++) {
              e[j] = in.readChar();
            }
            expand[c] = new String(e);
          } else if (k != Table.JOINS) {
            return null;
          }
        }
        return in.read() == -1 ? new Built(kind, map, expand) : null;
      } catch (IOException e) {
        return null;
      }
    }

    /** Writes this table as {@link #read} reads it, for the running Java feature release. */
    void write(OutputStream target) throws IOException {
      try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(target)))) {
        out.writeInt(MAGIC);
        out.writeInt(FORMAT);
        out.writeInt(Runtime.version().feature());
        out.write(kind);
        for (int c = 0; c < 0x10000; c++) {
          if (kind[c] == Table.SINGLE) {
            out.writeChar((char) (map[c] - c));
          } else if (kind[c] == Table.MULTI) {
            if (expand[c].length() > MAX_EXPANSION) {
              throw new IOException("expansion of U+" + Integer.toHexString(c) + " is "
                  + expand[c].length() + " chars, over " + MAX_EXPANSION);
            }
            out.writeByte(expand[c].length());
            out.writeChars(expand[c]);
          }
        }
      }
    }
  }
}
