package org.dupscan.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dupscan.engine.ScanSettings;
import org.dupscan.pipeline.Stages;
import org.junit.jupiter.api.Test;

class IndexSettingsTest {

  private static final List<Path> IN = List.of(Path.of("in"));

  /** The names an index stored its settings under while ScanSettings was one flat record. */
  private static final Set<String> FLAT_NAMES = Set.of("shingleSize", "permutations", "seed", "threshold",
      "bands", "rows", "clusterPairCap", "maxPageBytes", "site", "keepBoilerplate", "detectors",
      "maxRecordBytes", "jsonlFields");

  @Test
  void storesTheSettingNamesEarlierIndexesStored() {
    Map<String, String> s = IndexSettings.of(ScanSettings.defaults(IN), Stages.standard());
    Set<String> names = new java.util.HashSet<>(FLAT_NAMES);
    names.add("stages"); // since index format 2: stored pages hold the stages' findings
    assertEquals(names, s.keySet());
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
    assertNull(IndexSettings.difference(IndexSettings.of(one, Stages.standard()),
        IndexSettings.of(four, Stages.standard())));
  }

  @Test
  void namesASettingThatDiffers() {
    Map<String, String> stored = IndexSettings.of(ScanSettings.defaults(IN), Stages.standard());
    Map<String, String> run = IndexSettings.of(ScanSettings.builder(IN).seed(7).build(), Stages.standard());
    assertEquals("seed was 42, this run has 7", IndexSettings.difference(stored, run));
  }

  @Test
  void namesTheStageListWhenItDiffers() {
    Map<String, String> stored = IndexSettings.of(ScanSettings.defaults(IN), Stages.standard());
    Map<String, String> run = IndexSettings.of(ScanSettings.defaults(IN), Stages.withSpunVariants());
    assertTrue(IndexSettings.difference(stored, run).startsWith("stages was "),
        IndexSettings.difference(stored, run));
  }
}
