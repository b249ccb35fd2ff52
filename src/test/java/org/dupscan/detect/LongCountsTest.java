package org.dupscan.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LongCountsTest {

  @Test
  void countsAsAHashMapDoesWhileGrowingFromTheSmallestTable() {
    Random random = new Random(1);
    LongCounts counts = new LongCounts(1);
    Map<Long, Integer> expected = new HashMap<>();
    for (int i = 0; i < 100_000; i++) {
      long key = random.nextInt(20_000) * 0x9E3779B97F4A7C15L; // includes 0
      int c = expected.merge(key, 1, Integer::sum);
      assertEquals(c, counts.increment(key), "key " + key);
    }
    for (Map.Entry<Long, Integer> e : expected.entrySet()) {
      assertEquals(e.getValue(), counts.get(e.getKey()));
    }
  }

  @Test
  void exchangesValuesAndKeepsThemAcrossGrowth() {
    LongCounts map = new LongCounts(1);
    for (long k = 0; k < 5_000; k++) {
      assertEquals(0, map.exchange(k * 31, (int) k + 1));
    }
    for (long k = 0; k < 5_000; k++) {
      assertEquals(k + 1, map.exchange(k * 31, 7));
    }
    map.clear();
    assertEquals(0, map.get(31));
  }
}
