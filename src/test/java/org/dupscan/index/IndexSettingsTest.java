package org.dupscan.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dupscan.engine.ScanSettings;
import org.junit.jupiter.api.Test;

class IndexSettingsTest {

  private static final List<Path> IN = List.of(Path.of("in"));

  /** The names an index stored its settings under while ScanSettings was one flat record. */
  private static final Set<String> FLAT_NAMES = Set.of("shingleSize", "permutations", "seed", "threshold",
      "bands", "rows", "clusterPairCap", "maxPageBytes", "site", "keepBoilerplate", "detectors",
      "maxRecordBytes", "jsonlFields");

  @Test
  void storesTheSettingNamesEarlierIndexesStored() {
    Map<String, String> s = IndexSettings.of(ScanSettings.defaults(IN));
    assertEquals(FLAT_NAMES, s.keySet());
    assertEquals("42", s.get("seed"));
    assertEquals("5", s.get("shingleSize"));
    assertEquals("null", s.get("site"));
    assertEquals("null", s.get("bands"));
    assertTrue(s.get("detectors").startsWith("DetectorSettings["), s.get("detectors"));
  }

  @Test
  void ignoresThreadsAndTheTemporaryFolder() {
    ScanSettings one = ScanSettings.builder(IN).threads(1).tempDir(Path.of("a")).build();
    ScanSettings four = ScanSettings.builder(List.of(Path.of("other"))).threads(4).tempDir(Path.of("b"))
        .build();
    assertNull(IndexSettings.difference(IndexSettings.of(one), IndexSettings.of(four)));
  }

  @Test
  void namesASettingThatDiffers() {
    Map<String, String> stored = IndexSettings.of(ScanSettings.defaults(IN));
    Map<String, String> run = IndexSettings.of(ScanSettings.builder(IN).seed(7).build());
    assertEquals("seed was 42, this run has 7", IndexSettings.difference(stored, run));
  }
}
