package org.dupscan.lsh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BandingTest {

  @ParameterizedTest
  @ValueSource(ints = {64, 128, 256})
  void pairAtThresholdBecomesCandidateWithProbabilityAtLeast99Percent(int permutations) {
    for (int t = 50; t <= 95; t += 5) {
      double threshold = t / 100.0;
      Banding b = Banding.forThreshold(threshold, permutations, Banding.DEFAULT_RECALL_AT_THRESHOLD);
      assertTrue(b.candidateProbability(threshold) >= 0.99,
          b + " at " + threshold + ": P = " + b.candidateProbability(threshold));
      assertTrue(b.slotsUsed() <= permutations, b + " uses more than " + permutations + " slots");
      // The 50% point lies below the threshold: a pair at the threshold is found, not a coin toss.
      assertTrue(b.halfwaySimilarity() < threshold, b + " halfway " + b.halfwaySimilarity());
    }
  }

  @Test
  void defaultThresholdIsNotDatasketchBanding() {
    Banding b = Banding.forThreshold(0.8, 128, Banding.DEFAULT_RECALL_AT_THRESHOLD);
    Banding datasketch = new Banding(9, 13);
    assertNotEquals(datasketch, b);
    assertEquals(new Banding(16, 6), b, "the banding documented in Banding.forThreshold");
    // datasketch's choice finds a pair at 0.8 well under half the time.
    assertTrue(datasketch.candidateProbability(0.8) < 0.45);
    assertTrue(b.candidateProbability(0.8) >= 0.99);
  }

  @Test
  void choosesTheLeastFalsePositiveAreaAmongBandingsThatReachTheRecall() {
    double threshold = 0.8;
    int permutations = 64;
    Banding chosen = Banding.forThreshold(threshold, permutations, 0.99);
    for (int r = 1; r <= permutations; r++) {
      for (int b = 1; b * r <= permutations; b++) {
        Banding other = new Banding(b, r);
        if (other.candidateProbability(threshold) >= 0.99) {
          assertTrue(chosen.falsePositiveArea(threshold) <= other.falsePositiveArea(threshold) + 1e-12,
              chosen + " vs " + other);
        }
      }
    }
  }

  @Test
  void higherRecallNeverLowersProbabilityAtThreshold() {
    Banding b99 = Banding.forThreshold(0.8, 128, 0.99);
    Banding b999 = Banding.forThreshold(0.8, 128, 0.999);
    assertTrue(b999.candidateProbability(0.8) >= 0.999);
    assertTrue(b999.candidateProbability(0.8) >= b99.candidateProbability(0.8));
  }

  @Test
  void candidateProbabilityMatchesTheFormula() {
    int[][] settings = {{1, 1}, {16, 8}, {9, 13}, {20, 5}, {128, 1}, {1, 128}};
    for (int[] br : settings) {
      Banding banding = new Banding(br[0], br[1]);
      for (int i = 0; i <= 20; i++) {
        double s = i / 20.0;
        double expected = 1.0 - Math.pow(1.0 - Math.pow(s, br[1]), br[0]);
        assertEquals(expected, banding.candidateProbability(s), 1e-12, banding + " at " + s);
      }
      assertEquals(0.0, banding.candidateProbability(0.0), 0.0);
      assertEquals(1.0, banding.candidateProbability(1.0), 0.0);
    }
    // A value worked by hand: 20 bands of 5 rows at 0.8: 1 - (1 - 0.32768)^20 = 0.99965...
    assertEquals(0.9996439421, new Banding(20, 5).candidateProbability(0.8), 1e-9);
  }

  @Test
  void candidateProbabilityIsMonotone() {
    Banding b = new Banding(16, 8);
    double previous = -1;
    for (int i = 0; i <= 1000; i++) {
      double p = b.candidateProbability(i / 1000.0);
      assertTrue(p >= previous, "at " + i / 1000.0);
      previous = p;
    }
  }

  @Test
  void halfwaySimilaritySolvesProbabilityOneHalf() {
    int[][] settings = {{1, 1}, {16, 8}, {9, 13}, {20, 5}, {128, 1}, {1, 128}, {35, 3}};
    for (int[] br : settings) {
      Banding b = new Banding(br[0], br[1]);
      assertEquals(0.5, b.candidateProbability(b.halfwaySimilarity()), 1e-9, b.toString());
    }
    // One band of one row: P(s) = s.
    assertEquals(0.5, new Banding(1, 1).halfwaySimilarity(), 1e-12);
  }

  @Test
  void slotsUsedIsBandsTimesRows() {
    assertEquals(126, new Banding(21, 6).slotsUsed());
  }

  @Test
  void rejectsBadBandsAndRowsWithTheValue() {
    assertMessage("bands must be at least 1 but was 0", () -> new Banding(0, 4));
    assertMessage("rows must be at least 1 but was -2", () -> new Banding(4, -2));
  }

  @Test
  void rejectsBadThresholdSettingsWithTheValue() {
    assertMessage("threshold must be in (0, 1] but was 1.5", () -> Banding.forThreshold(1.5, 128, 0.99));
    assertMessage("threshold must be in (0, 1] but was 0.0", () -> Banding.forThreshold(0.0, 128, 0.99));
    assertMessage("threshold must be in (0, 1] but was NaN", () -> Banding.forThreshold(Double.NaN, 128, 0.99));
    assertMessage("permutations must be at least 1 but was 0", () -> Banding.forThreshold(0.8, 0, 0.99));
    assertMessage("recall at threshold must be in (0, 1) but was 1.0", () -> Banding.forThreshold(0.8, 128, 1.0));
    assertMessage("recall at threshold must be in (0, 1) but was 0.0", () -> Banding.forThreshold(0.8, 128, 0.0));
  }

  @Test
  void thresholdOneIsAccepted() {
    Banding b = Banding.forThreshold(1.0, 128, 0.99);
    assertEquals(1.0, b.candidateProbability(1.0), 0.0);
  }

  private static void assertMessage(String expected, org.junit.jupiter.api.function.Executable call) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    assertEquals(expected, e.getMessage());
  }
}
