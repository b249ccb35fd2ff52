package org.dupscan.internal;

/**
 * MurmurHash3_x64_128 (Austin Appleby, SMHasher, public domain), written out where Commons Codec's
 * allocations or byte arrays would cost: the first 64 bits for the word hash's hot path (it allocates
 * nothing, and {@link PageWords} runs its block step on an ASCII word's chars as it scans them), and
 * {@link #hash128} of a long array for the engine's page keys. Its values equal Commons Codec's
 * {@code hash128x64}, which the tests check on random inputs; Commons Codec stays the reference
 * implementation.
 *
 * <p>Internal: public only for {@link #hash128}.
 */
public final class Murmur3 {

  private static final long C1 = 0x87c37b91114253d5L;
  private static final long C2 = 0x4cf5ad432745937fL;

  private Murmur3() {}

  /** h1 of MurmurHash3_x64_128 of {@code bytes[0, n)}, seeded as Commons Codec seeds it. */
  public static long hash64(byte[] bytes, int n, int seed) {
    long h1 = seed & 0xFFFFFFFFL;
    long h2 = h1;
    int blocks = n >>> 4;
    for (int b = 0; b < blocks; b++) {
      int i = b << 4;
      h1 = h1After(h1, h2, littleEndian(bytes, i, 8));
      h2 = h2After(h1, h2, littleEndian(bytes, i + 8, 8));
    }
    int tail = blocks << 4;
    int rem = n - tail;
    if (rem > 8) {
      h2 ^= mixK2(littleEndian(bytes, tail + 8, rem - 8));
    }
    if (rem > 0) {
      h1 ^= mixK1(littleEndian(bytes, tail, Math.min(rem, 8)));
    }
    return finish(h1, h2, n);
  }

  /**
   * MurmurHash3_x64_128 of {@code values} as big-endian bytes, {h1, h2}: the value of Commons Codec's
   * {@code hash128x64} on {@code ByteBuffer.allocate(8 n).asLongBuffer().put(values)}'s array, without
   * making that array (the engine keys every page's word sequence this way).
   */
  public static long[] hash128(long[] values, int seed) {
    long h1 = seed & 0xFFFFFFFFL;
    long h2 = h1;
    int n = values.length;
    int pairs = n >>> 1;
    for (int b = 0; b < pairs; b++) {
      // A 16-byte block read little-endian is the two big-endian longs with their bytes reversed.
      h1 = h1After(h1, h2, Long.reverseBytes(values[2 * b]));
      h2 = h2After(h1, h2, Long.reverseBytes(values[2 * b + 1]));
    }
    if ((n & 1) != 0) {
      h1 ^= mixK1(Long.reverseBytes(values[n - 1]));
    }
    long length = (long) n * Long.BYTES;
    long first = finish(h1, h2, length);
    // The second half adds to the first the mixed h2 of finish's last step.
    long h2Final = (h2 ^ length) + (h1 ^ length) + (h2 ^ length);
    return new long[] {first, first + Mix.fmix64(h2Final)};
  }

  /** The state after one 16-byte block {@code (k1, k2)}: returns the new h1; see {@link #h2After}. */
  public static long h1After(long h1, long h2, long k1) {
    h1 ^= mixK1(k1);
    h1 = Long.rotateLeft(h1, 27) + h2;
    return h1 * 5 + 0x52dce729;
  }

  /** The new h2 after a block, given the new h1 from {@link #h1After}. */
  public static long h2After(long h1, long h2, long k2) {
    h2 ^= mixK2(k2);
    h2 = Long.rotateLeft(h2, 31) + h1;
    return h2 * 5 + 0x38495ab5;
  }

  public static long mixK1(long k1) {
    return Long.rotateLeft(k1 * C1, 31) * C2;
  }

  public static long mixK2(long k2) {
    return Long.rotateLeft(k2 * C2, 33) * C1;
  }

  /** The first 64 bits of the hash of {@code n} bytes that left the state {@code (h1, h2)}. */
  public static long finish(long h1, long h2, long n) {
    h1 ^= n;
    h2 ^= n;
    h1 += h2;
    h2 += h1;
    h1 = Mix.fmix64(h1);
    h2 = Mix.fmix64(h2);
    return h1 + h2;
  }

  /** {@code count} (1..8) bytes from {@code at}, little-endian. */
  private static long littleEndian(byte[] bytes, int at, int count) {
    long k = 0;
    for (int j = count - 1; j >= 0; j--) {
      k = (k << 8) | (bytes[at + j] & 0xFFL);
    }
    return k;
  }
}
