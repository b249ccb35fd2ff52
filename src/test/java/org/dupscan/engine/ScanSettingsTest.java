package org.dupscan.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.dupscan.text.HashSeed;
import org.junit.jupiter.api.Test;

class ScanSettingsTest {

  private static final List<Path> IN = List.of(Path.of("in"));

  private static String rejected(ScanSettings.Builder b) {
    return assertThrows(IllegalArgumentException.class, b::build).getMessage();
  }

  @Test
  void defaultsUseTheOneSeed() {
    ScanSettings s = ScanSettings.defaults(IN);
    assertEquals(HashSeed.DEFAULT, s.hashing().seed());
    assertEquals(HashSeed.DEFAULT, s.hashing().shingleHasher().seed());
    assertEquals(HashSeed.DEFAULT, s.hashing().minHasher().seed());
  }

  @Test
  void rejectsBadValuesShowingThem() {
    assertEquals("shingle size must be between 1 and 32 but was 0", rejected(ScanSettings.builder(IN)
        .shingleSize(0)));
    assertEquals("permutations must be between 1 and 4096 but was 5000", rejected(ScanSettings.builder(IN)
        .permutations(5000)));
    assertEquals("threshold must be in (0, 1] but was 1.5", rejected(ScanSettings.builder(IN)
        .threshold(1.5)));
    assertEquals("bands and rows go together: bands=4, rows=null", rejected(ScanSettings.builder(IN)
        .banding(4, null)));
    assertEquals("bands x rows must not exceed permutations but 20 x 10 = 200 > 128",
        rejected(ScanSettings.builder(IN).banding(20, 10)));
    assertEquals("cluster pair cap must be at least 2 but was 1", rejected(ScanSettings.builder(IN)
        .clusterPairCap(1)));
    assertEquals("threads must be at least 1 but was 0", rejected(ScanSettings.builder(IN).threads(0)));
    assertEquals("max page bytes must be positive but was 0", rejected(ScanSettings.builder(IN)
        .maxPageBytes(0)));
    assertEquals("site must not be blank", rejected(ScanSettings.builder(IN).site(" ")));
    assertEquals("no input paths given", rejected(ScanSettings.builder(List.of()).threads(0)));
  }

  @Test
  void builderFromSettingsChangesOnlyWhatItIsTold() {
    ScanSettings s = ScanSettings.builder(IN).seed(7).shingleSize(3).site("example.org").build();
    ScanSettings t = s.withThreads(3);
    assertEquals(3, t.execution().threads());
    assertEquals(s.hashing(), t.hashing());
    assertEquals(s.reader(), t.reader());
    assertEquals(s.lsh(), t.lsh());
    assertEquals(s.detectors(), t.detectors());
    assertEquals(s, t.withThreads(s.execution().threads()));
  }
}
