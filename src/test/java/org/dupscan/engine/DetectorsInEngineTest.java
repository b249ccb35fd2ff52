package org.dupscan.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dupscan.detect.CaptionDetector;
import org.dupscan.detect.NearDuplicateFinder;
import org.dupscan.detect.TextQuality;
import org.dupscan.detect.TitleGroups;
import org.dupscan.pipeline.TextQualityStage;
import org.dupscan.report.ScanReports;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The spam detectors run inside a scan: on the sample corpus, on templates, across thread counts. */
class DetectorsInEngineTest {

  static ScanResult sample;
  static Map<String, String> labels;

  @BeforeAll
  static void scanSample() throws IOException {
    sample = new ScanEngine(ScanSettings.defaults(List.of(Path.of("corpus"))).withThreads(2)).scan();
    labels = new HashMap<>();
    try (InputStream in = DetectorsInEngineTest.class.getResourceAsStream("/corpus-labels.csv")) {
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      for (int i = 1; i < lines.length; i++) {
        String line = lines[i].strip();
        if (!line.isEmpty()) {
          labels.put(line.substring(0, line.indexOf(',')), line.substring(line.indexOf(',') + 1));
        }
      }
    }
  }

  @Test
  void flagsNoCleanPageOfTheSampleCorpus() {
    Set<String> titled = new HashSet<>();
    for (TitleGroups.Row r : sample.detections().titles()) {
      titled.add(r.page());
    }
    Set<String> captioned = new HashSet<>();
    for (CaptionDetector.Caption c : sample.detections().captions()) {
      captioned.add(c.page());
    }
    double flag = sample.settings().detectors().flagScore();
    int clean = 0;
    for (int i = 0; i < sample.pages().size(); i++) {
      String id = sample.pages().get(i).id();
      if (!labels.get(id).startsWith("clean")) {
        continue;
      }
      clean++;
      PageFindings f = sample.detections().pages().get(i);
      TextQuality.Figures q = sample.detections().result(TextQualityStage.Result.class).figures().get(i);
      assertTrue(f.spamScore() < flag, id + " scored " + f.spamScore() + ": " + f.reasons());
      assertFalse(captioned.contains(id), id + " has a caption finding");
      assertFalse(titled.contains(id), id + " has a title finding");
      assertFalse(q.stuffed(), id + " is marked as stuffed");
      assertEquals(0, q.repeatedParagraphs(), id + " has restating paragraphs");
    }
    assertEquals(20, clean);
  }

  @Test
  void findsTheLabelledCaptionsOfTheSampleCorpus() {
    Set<String> found = new HashSet<>();
    for (CaptionDetector.Caption c : sample.detections().captions()) {
      found.add(c.page() + " :: " + c.text());
    }
    Set<String> truth = new HashSet<>();
    for (Map.Entry<String, String> e : labels.entrySet()) {
      for (String l : e.getValue().split(";")) {
        if (l.startsWith("caption:")) {
          truth.add(e.getKey() + " :: " + l.substring("caption:".length()));
        }
      }
    }
    assertEquals(truth, found);
  }

  @Test
  void flagsEveryPageLabelledWithACaptionOrRepeatedTitle() {
    double flag = sample.settings().detectors().flagScore();
    for (int i = 0; i < sample.pages().size(); i++) {
      String id = sample.pages().get(i).id();
      String l = labels.get(id);
      if (l.contains("caption:") || l.contains("title_in_body") || l.contains("stuffing")) {
        PageFindings f = sample.detections().pages().get(i);
        assertTrue(f.spamScore() >= flag, id + " scored only " + f.spamScore());
      }
    }
  }

  @Test
  void ignoresASharedTemplateWhenComparingShortPages(@TempDir Path dir) throws IOException {
    // A large template of varied widget text (menus, offers, sign-up forms), as a CMS theme has.
    String[] words = ("newsletter offers partners competitions events community weekly members "
        + "gallery archive podcast classifieds weather traffic letters puzzles obituaries property "
        + "motors jobs dating travel recipes gardening schools sport results fixtures tickets").split(" ");
    java.util.Random rnd = new java.util.Random(42);
    StringBuilder template = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      template.append("<div class=\"widget\">");
      for (int w = 0; w < 30; w++) {
        template.append(words[rnd.nextInt(words.length)]).append(' ');
      }
      template.append("</div>\n");
    }
    String[] bodies = {
        "Oak Street will close for resurfacing from Monday, and buses will divert along Mill Lane.",
        "The swimming pool reopens on Saturday with a new learner pool and longer opening hours.",
        "Volunteers planted forty fruit trees in the park behind the old railway station today.",
        "The library now lends telescopes, seed packets and sewing machines to card holders."};
    for (int i = 0; i < bodies.length; i++) {
      Path f = dir.resolve("weekly.example").resolve("news-" + i + ".html");
      Files.createDirectories(f.getParent());
      Files.writeString(f, "<html><head><title>News " + i + "</title></head><body><article><p>"
          + bodies[i] + "</p></article>\n" + template + "</body></html>");
    }
    ScanSettings settings = ScanSettings.defaults(List.of(dir)).withThreads(1);
    ScanResult without = new ScanEngine(settings).scan();
    assertTrue(without.near().pairs().isEmpty(), "pairs: " + without.near().pairs());
    assertTrue(without.detections().pages().get(0).boilerplateShare() > 0.8);
    ScanResult with = new ScanEngine(settings.withKeepBoilerplate(true)).scan();
    List<NearDuplicateFinder.Pair> pairs = with.near().pairs();
    assertEquals(6, pairs.size(), "every pair shares the template: " + pairs);
  }

  @Test
  void writesTheSameReportsWhateverTheThreadCount(@TempDir Path dir) throws IOException {
    ScanSettings s = ScanSettings.defaults(List.of(Path.of("corpus")));
    ScanReports.write(new ScanEngine(s.withThreads(1)).scan(), dir.resolve("one"));
    ScanReports.write(new ScanEngine(s.withThreads(3)).scan(), dir.resolve("three"));
    List<String> names = new ArrayList<>(List.of("documents.csv", "boilerplate.csv", "titles.csv",
        "captions.csv", "near_duplicates.csv"));
    for (String name : names) {
      assertArrayEquals(Files.readAllBytes(dir.resolve("one").resolve(name)),
          Files.readAllBytes(dir.resolve("three").resolve(name)), name);
    }
  }

  @Test
  void timesEachCrossPageStageInRuntimeRows() {
    Map<String, Long> timings = sample.timings();
    for (String stage : List.of("titles", "captions", "text_quality", "content", "containment")) {
      Long ms = timings.get(ScanEngine.STAGE_TIME_PREFIX + stage + "_ms");
      assertTrue(ms != null && ms >= 0, stage + " has no time: " + timings.keySet());
    }
  }
}
