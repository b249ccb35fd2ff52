package org.dupscan.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LongSpillTest {

  @TempDir
  Path dir;

  @Test
  void readsBackWhatManyThreadsAppendedOnceFlushed() throws Exception {
    int arrays = 20_000;
    long[][] data = new long[arrays][];
    SplittableRandom rnd = new SplittableRandom(5);
    for (int i = 0; i < arrays; i++) {
      // Mostly page-sized arrays; some empty, some past the buffered size, written straight through.
      int n = i % 997 == 0 ? LongSpill.REGION_BYTES / Long.BYTES + 3 : i % 101 == 0 ? 0
          : rnd.nextInt(1, 2000);
      data[i] = rnd.longs(n).toArray();
    }
    long[] offsets = new long[arrays];
    try (LongSpill spill = new LongSpill(dir, "test-")) {
      ExecutorService pool = Executors.newFixedThreadPool(4);
      for (int i = 0; i < arrays; i++) {
        int k = i;
        pool.execute(() -> offsets[k] = spill.append(data[k]));
      }
      pool.shutdown();
      assertEquals(true, pool.awaitTermination(1, TimeUnit.MINUTES));
      spill.flush();
      for (int i = arrays - 1; i >= 0; i--) {
        assertArrayEquals(data[i], spill.read(offsets[i], data[i].length), "array " + i);
      }
    }
  }

  @Test
  void readsBackIntArraysOfOddAndEvenLengthsBesideLongOnes() throws Exception {
    SplittableRandom rnd = new SplittableRandom(7);
    int arrays = 500;
    int[][] ints = new int[arrays][];
    long[][] longs = new long[arrays][];
    long[] intAt = new long[arrays];
    long[] longAt = new long[arrays];
    try (LongSpill spill = new LongSpill(dir, "test-")) {
      for (int i = 0; i < arrays; i++) {
        // negative ints too: the low half of a long must not carry a sign into the high half
        ints[i] = rnd.ints(i % 7 == 0 ? 0 : rnd.nextInt(1, 300)).toArray();
        longs[i] = rnd.longs(rnd.nextInt(0, 50)).toArray();
        intAt[i] = spill.appendInts(ints[i]);
        longAt[i] = spill.append(longs[i]);
      }
      spill.flush();
      for (int i = 0; i < arrays; i++) {
        assertArrayEquals(ints[i], spill.readInts(intAt[i], ints[i].length), "ints " + i);
        assertArrayEquals(longs[i], spill.read(longAt[i], longs[i].length), "longs " + i);
      }
    }
  }
}
