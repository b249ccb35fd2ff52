package org.dupscan.text;

import java.nio.charset.StandardCharsets;
import org.apache.commons.codec.digest.MurmurHash3;
import org.dupscan.internal.LongSets;
import org.dupscan.internal.Mix;
import org.dupscan.internal.Murmur3;

/**
 * Hashes words and word k-shingles to 64 bits, seeded.
 *
 * <p>Each word is hashed once: {@code word(w) = h1(MurmurHash3_x64_128(utf8(w), seed))} (Commons Codec).
 * A shingle of m words (m = k, or fewer for a text shorter than one shingle) combines their word hashes
 * by multilinear hashing (Lemire and Kaser, "Strongly universal string hashing is fast", Computer
 * Journal 2014) finished with MurmurHash3's fmix64:
 * {@code shingle(w1..wm) = Mix.fmix64(c0 + m*c(k+1) + c1*word(w1) + ... + cm*word(wm))}, all mod 2^64,
 * with odd coefficients c drawn from SplitMix64(seed); both take the low 32 bits of the scan's seed
 * ({@link HashSeed#wordSeed}). Position-dependent coefficients keep the hash order-sensitive (a sum or
 * xor of word hashes would make "a b" equal "b a"), and the cost per shingle is k multiplications,
 * independent of word length: hashing each word once and combining is what makes shingling cheap
 * (about 6x faster than re-hashing the k words' bytes with Murmur here).
 *
 * <p>Stateless apart from its settings, and thread-safe.
 */
public final class ShingleHasher {

  /** Default shingle size: 5 words, as in Broder et al. 1997 and Fetterly et al. 2005. */
  public static final int DEFAULT_SHINGLE_SIZE = 5;
  /** Largest shingle size accepted. */
  public static final int MAX_SHINGLE_SIZE = 32;

  private final int shingleSize;
  private final long seed;
  /** The 32 bits of the seed that MurmurHash3 and the coefficients take ({@link HashSeed#wordSeed}). */
  private final int wordSeed;
  /** c0, c1..ck, c(k+1): see the class comment. */
  private final long[] coefficients;

  /** A hasher of {@code shingleSize}-word shingles, seeded by {@code seed} (see {@link HashSeed}). */
  public ShingleHasher(int shingleSize, long seed) {
    if (shingleSize < 1 || shingleSize > MAX_SHINGLE_SIZE) {
      throw new IllegalArgumentException(
          "shingle size must be between 1 and " + MAX_SHINGLE_SIZE + " but was " + shingleSize);
    }
    this.shingleSize = shingleSize;
    this.seed = seed;
    this.wordSeed = HashSeed.wordSeed(seed);
    this.coefficients = new long[shingleSize + 2];
    Mix.SplitMix64 random = new Mix.SplitMix64(wordSeed);
    for (int i = 0; i < coefficients.length; i++) {
      coefficients[i] = random.next() | 1L;
    }
  }

  public int shingleSize() {
    return shingleSize;
  }

  public long seed() {
    return seed;
  }

  /** The 32 bits of the seed the word hash takes. */
  public int wordSeed() {
    return wordSeed;
  }

  /** Per-thread buffer for a word's UTF-8 bytes: at most 4 bytes a code point, 2 chars per 4 bytes. */
  private static final ThreadLocal<byte[]> WORD_BYTES =
      ThreadLocal.withInitial(() -> new byte[4 * WordTokenizer.MAX_WORD_CHARS]);

  /**
   * The 64-bit hash of one (already normalised) word: the first half of MurmurHash3_x64_128 of its
   * UTF-8 bytes. The bytes are encoded into a reused buffer (exactly as {@code String.getBytes(UTF_8)}
   * would, an unpaired surrogate becoming '?'), so hashing a word allocates no string.
   */
  public long wordHash(CharSequence text, int start, int end) {
    byte[] buf = WORD_BYTES.get();
    if ((end - start) * 3 > buf.length) {
      byte[] bytes = text.subSequence(start, end).toString().getBytes(StandardCharsets.UTF_8);
      return MurmurHash3.hash128x64(bytes, 0, bytes.length, wordSeed)[0];
    }
    int n = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        buf[n++] = (byte) c;
      } else if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text.charAt(i + 1))) {
        n = putUtf8(buf, n, Character.toCodePoint(c, text.charAt(++i)));
      } else {
        n = putUtf8(buf, n, c);
      }
    }
    return Murmur3.hash64(buf, n, wordSeed);
  }

  /**
   * {@link #wordHash(CharSequence, int, int)} of the word in {@code text[start, end)}: the same
   * encoding read from a char array, for a scanner that copies each block once rather than calling
   * {@code charAt} on strings of both encodings ({@link PageWords}).
   */
  public long wordHash(char[] text, int start, int end) {
    byte[] buf = WORD_BYTES.get();
    if ((end - start) * 3 > buf.length) {
      byte[] bytes = new String(text, start, end - start).getBytes(StandardCharsets.UTF_8);
      return MurmurHash3.hash128x64(bytes, 0, bytes.length, wordSeed)[0];
    }
    int n = 0;
    for (int i = start; i < end; i++) {
      char c = text[i];
      if (c < 0x80) {
        buf[n++] = (byte) c;
      } else if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text[i + 1])) {
        n = putUtf8(buf, n, Character.toCodePoint(c, text[++i]));
      } else {
        n = putUtf8(buf, n, c);
      }
    }
    return Murmur3.hash64(buf, n, wordSeed);
  }

  /**
   * Writes a non-ASCII code point as UTF-8 into {@code buf} at {@code n} and returns the new length; a
   * lone surrogate becomes '?', as {@code String.getBytes(UTF_8)} writes it. Shared by both
   * {@code wordHash} loops, which keep the ASCII case inline.
   */
  private static int putUtf8(byte[] buf, int n, int cp) {
    if (cp < 0x800) {
      buf[n++] = (byte) (0xC0 | (cp >> 6));
      buf[n++] = (byte) (0x80 | (cp & 0x3F));
    } else if (cp >= 0x10000) {
      buf[n++] = (byte) (0xF0 | (cp >> 18));
      buf[n++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
      buf[n++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
      buf[n++] = (byte) (0x80 | (cp & 0x3F));
    } else if (Character.isSurrogate((char) cp)) {
      buf[n++] = '?';
    } else {
      buf[n++] = (byte) (0xE0 | (cp >> 12));
      buf[n++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
      buf[n++] = (byte) (0x80 | (cp & 0x3F));
    }
    return n;
  }

  /** The 64-bit hash of one (already normalised) word. */
  public long wordHash(String word) {
    return wordHash(word, 0, word.length());
  }

  /**
   * Hashes the shingle made of {@code count} word hashes starting at {@code from}. {@code count} is
   * the shingle size, or fewer for a text shorter than one shingle.
   */
  public long shingleHash(long[] wordHashes, int from, int count) {
    long[] c = coefficients;
    long h = c[0] + count * c[shingleSize + 1];
    for (int j = 0; j < count; j++) {
      h += c[j + 1] * wordHashes[from + j];
    }
    return Mix.fmix64(h);
  }


  /**
   * Returns the shingle hashes of a word-hash sequence in text order, repeats included: what MinHash
   * needs (a repeat cannot change a minimum), without the cost of sorting. A text shorter than the
   * shingle size gets one shingle of all its words; an empty text gets none.
   */
  public long[] shingles(long[] wordHashes, int length) {
    if (length == 0) {
      return new long[0];
    }
    int count = Math.max(1, length - shingleSize + 1);
    int width = Math.min(shingleSize, length);
    long[] out = new long[count];
    for (int i = 0; i < count; i++) {
      out[i] = shingleHash(wordHashes, i, width);
    }
    return out;
  }

  /**
   * Returns the distinct shingle hashes of a word-hash sequence, sorted ascending. A text shorter than
   * the shingle size gets one shingle of all its words; an empty text gets none.
   */
  public long[] shingleSet(long[] wordHashes, int length) {
    if (length == 0) {
      return new long[0];
    }
    long[] out = shingles(wordHashes, length);
    return LongSets.sortedDistinct(out, out.length);
  }
}
