package org.dupscan.internal;

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

  @Test
  void aShortPageAfterALongOneUsesATableOfItsOwnSize() {
    Random random = new Random(3);
    LongCounts counts = new LongCounts(16);
    counts.reset(30_000);
    for (int i = 0; i < 30_000; i++) {
      counts.increment(random.nextLong());
    }
    assertEquals(65_536, counts.slots());
    for (int page = 0; page < 50; page++) {
      counts.reset(500);
      assertEquals(1024, counts.slots());
      Map<Long, Integer> expected = new HashMap<>();
      for (int i = 0; i < 500; i++) {
        long key = random.nextInt(300);
        int c = expected.merge(key, 1, Integer::sum);
        assertEquals(c, counts.increment(key), "page " + page + " key " + key);
      }
      for (Map.Entry<Long, Integer> e : expected.entrySet()) {
        assertEquals(e.getValue(), counts.get(e.getKey()));
      }
      assertEquals(0, counts.get(1_000_000L + page), "a key of no page");
    }
    // growing past the page's own size keeps every count
    counts.reset(4);
    for (long k = 0; k < 5_000; k++) {
      counts.increment(k);
      counts.increment(k);
    }
    for (long k = 0; k < 5_000; k++) {
      assertEquals(2, counts.get(k));
    }
  }
}
