package org.dupscan.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dupscan.detect.Signals;
import org.dupscan.detect.SpamScore;
import org.dupscan.engine.Detections;
import org.dupscan.engine.ScanEngine;
import org.dupscan.engine.ScanResult;
import org.dupscan.engine.ScanSettings;
import org.dupscan.extract.Block;
import org.dupscan.report.ScanReports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The detector pipeline as a new detector meets it: one class, one line in the list. */
class PipelineTest {

  /** A detector written only for this test: counts the exclamation marks of each page. */
  static final class ExclamationStage implements PageStage<Integer>, CorpusStage {

    @Override
    public String name() {
      return "exclamations";
    }

    @Override
    public Integer detect(PageInput page) {
      int n = 0;
      for (Block b : page.page().blocks()) {
        n += (int) b.text().chars().filter(c -> c == '!').count();
      }
      return n;
    }

    @Override
    public List<String> columns() {
      return List.of("exclamations");
    }

    @Override
    public StageResult run(Corpus corpus) {
      List<Integer> counts = corpus.findings(ExclamationStage.class);
      return new StageResult() {
        @Override
        public void signals(int page, Signals.Builder out) {
          out.add("exclamations", counts.get(page), () -> counts.get(page) + " exclamations");
        }

        @Override
        public void cells(int page, List<Cell> out) {
          out.add(Cell.whole(counts.get(page)));
        }

        @Override
        public List<Table> tables() {
          List<List<Cell>> rows = new ArrayList<>();
          for (int i = 0; i < corpus.size(); i++) {
            if (counts.get(i) > 0) {
              rows.add(List.of(Cell.text(corpus.id(i)), Cell.whole(counts.get(i))));
            }
          }
          return List.of(new Table("exclamations.csv", List.of("page", "count"), rows));
        }

        @Override
        public List<Count> counts() {
          return List.of(new Count("pages_exclaiming",
              counts.stream().filter(c -> c > 0).count()));
        }
      };
    }
  }

  private static Path site(Path dir) throws IOException {
    String[] bodies = {
        "The harbour ferry now runs every twenty minutes on weekdays and hourly on Sundays!",
        "Council members agreed to repaint the old lighthouse before the summer festival begins.",
        "Tickets for the autumn concert sold out in an hour! Extra seats go on sale Friday!"};
    for (int i = 0; i < bodies.length; i++) {
      Path f = dir.resolve("harbour.example").resolve("news-" + i + ".html");
      Files.createDirectories(f.getParent());
      Files.writeString(f, "<html><head><title>Harbour news " + i + "</title></head><body><article><p>"
          + bodies[i] + "</p></article></body></html>");
    }
    return dir;
  }

  @Test
  void addsADetectorsColumnSignalFileAndCountFromOneClassInTheList(@TempDir Path dir)
      throws IOException {
    List<Stage> stages = new ArrayList<>(Stages.standard());
    stages.add(new ExclamationStage());
    ScanSettings settings = ScanSettings.defaults(List.of(site(dir.resolve("in")))).withThreads(2);
    ScanResult r = new ScanEngine(settings, stages).scan();
    ScanReports.write(r, dir.resolve("out"));

    List<String> documents = Files.readAllLines(dir.resolve("out/documents.csv"), StandardCharsets.UTF_8);
    assertTrue(documents.get(0).endsWith(",compression_ratio,contained_in,exclamations,charset,hidden_words"),
        documents.get(0));
    assertTrue(documents.get(3).endsWith(",2,UTF-8,0"), documents.get(3));
    assertEquals(List.of("page,count", "harbour.example/news-0.html,1", "harbour.example/news-2.html,2"),
        Files.readAllLines(dir.resolve("out/exclamations.csv"), StandardCharsets.UTF_8));
    assertTrue(Files.readAllLines(dir.resolve("out/run.csv")).contains("pages_exclaiming,2"));
    Signals s = r.detections().pages().get(2).signals();
    assertEquals(2.0, s.value("exclamations"));
  }

  @Test
  void leavesTheScoreAloneForASignalTheWeightsDoNotName(@TempDir Path dir) throws IOException {
    List<Stage> stages = new ArrayList<>(Stages.standard());
    stages.add(new ExclamationStage());
    ScanSettings settings = ScanSettings.defaults(List.of(site(dir))).withThreads(1);
    Detections with = new ScanEngine(settings, stages).scan().detections();
    Detections without = new ScanEngine(settings).scan().detections();
    for (int i = 0; i < with.pages().size(); i++) {
      assertEquals(without.pages().get(i).spamScore(), with.pages().get(i).spamScore());
      assertEquals(without.pages().get(i).reasons(), with.pages().get(i).reasons());
    }
  }

  @Test
  void everyWeighedSignalComesFromAStandardStage() throws IOException {
    // The standard stages with the opt-in ones (scan --spun): together they give every weighed signal.
    ScanResult r = new ScanEngine(ScanSettings.defaults(List.of(Path.of("corpus"))).withThreads(2),
        Stages.withSpunVariants()).scan();
    for (int i = 0; i < r.pages().size(); i++) {
      Signals s = r.detections().pages().get(i).signals();
      for (String name : SpamScore.NAMES) {
        assertTrue(s.has(name), r.pages().get(i).id() + " has no signal " + name + ": " + s);
      }
    }
  }
}
