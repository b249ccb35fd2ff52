package org.dupscan.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SplitMix64Test {

  /** The reference sequence (Steele, Lea and Flood 2014; Vigna's splitmix64.c) for seed 0. */
  @Test
  void matchesReferenceOutputForSeedZero() {
    Mix.SplitMix64 r = new Mix.SplitMix64(0L);
    assertEquals(0xe220a8397b1dcdafL, r.next());
    assertEquals(0x6e789e6aa1b965f4L, r.next());
    assertEquals(0x06c45d188009454fL, r.next());
    assertEquals(0xf88bb8a8724c81ecL, r.next());
  }

  @Test
  void sameSeedGivesSameSequence() {
    Mix.SplitMix64 a = new Mix.SplitMix64(-17L);
    Mix.SplitMix64 b = new Mix.SplitMix64(-17L);
    for (int i = 0; i < 100; i++) {
      assertEquals(a.next(), b.next());
    }
  }
}
