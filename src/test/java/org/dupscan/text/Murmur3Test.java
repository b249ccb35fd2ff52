package org.dupscan.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.apache.commons.codec.digest.MurmurHash3;
import org.junit.jupiter.api.Test;

/** Our allocation-free MurmurHash3 h1 against Commons Codec, the reference, on seeded random inputs. */
class Murmur3Test {

  private static final int[] SEEDS = {0, 1, 0x5eed, -1, Integer.MIN_VALUE, 0x9747b28c};

  @Test
  void equalsCommonsCodecOnRandomBytesOfEveryLengthUpTo100() {
    Random random = new Random(20261122);
    for (int seed : SEEDS) {
      for (int n = 0; n <= 100; n++) {
        for (int trial = 0; trial < 5; trial++) {
          byte[] bytes = new byte[n];
          random.nextBytes(bytes);
          assertEquals(MurmurHash3.hash128x64(bytes, 0, n, seed)[0], Murmur3.hash64(bytes, n, seed),
              "length " + n + ", seed " + seed);
        }
      }
    }
  }

  @Test
  void hash128OfLongsEqualsCommonsCodecOnTheirBigEndianBytes() {
    java.util.SplittableRandom rnd = new java.util.SplittableRandom(3);
    for (int seed : new int[] {0, 0x6b6579, -1}) {
      for (int n = 0; n <= 40; n++) {
        long[] values = rnd.longs(n).toArray();
        java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate(n * Long.BYTES);
        buf.asLongBuffer().put(values);
        org.junit.jupiter.api.Assertions.assertArrayEquals(
            org.apache.commons.codec.digest.MurmurHash3.hash128x64(buf.array(), 0, buf.capacity(), seed),
            Murmur3.hash128(values, seed), "n=" + n + " seed=" + seed);
      }
    }
  }
}
