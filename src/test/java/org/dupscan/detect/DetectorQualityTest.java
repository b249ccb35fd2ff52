package org.dupscan.detect;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dupscan.engine.PageFindings;
import org.dupscan.engine.PageSummary;
import org.dupscan.engine.ScanEngine;
import org.dupscan.engine.ScanResult;
import org.dupscan.engine.ScanSettings;
import org.dupscan.pipeline.TextQualityStage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Measures every detector on the generated labelled corpus (see {@link LabelledCorpus}) through the
 * whole engine, and asserts precision >= 0.95 and recall >= 0.90 for each. Prints the figures.
 */
class DetectorQualityTest {

  static final double MIN_PRECISION = 0.95;
  static final double MIN_RECALL = 0.90;

  @TempDir
  static Path dir;
  static LabelledCorpus corpus;
  static ScanResult result;

  @BeforeAll
  static void scan() throws IOException {
    corpus = new LabelledCorpus(20261122L).write(dir);
    result = new ScanEngine(ScanSettings.defaults(List.of(dir)).withThreads(2)).scan();
  }

  /** Precision and recall of {@code found} against {@code truth}; prints and checks them. */
  static void check(String name, Set<String> found, Set<String> truth) {
    int tp = 0;
    for (String f : found) {
      if (truth.contains(f)) {
        tp++;
      }
    }
    double precision = found.isEmpty() ? 1.0 : (double) tp / found.size();
    double recall = truth.isEmpty() ? 1.0 : (double) tp / truth.size();
    System.out.printf(Locale.ROOT, "quality %-18s precision %.3f recall %.3f (found %d, true %d)%n",
        name, precision, recall, found.size(), truth.size());
    Set<String> fp = new HashSet<>(found);
    fp.removeAll(truth);
    Set<String> fn = new HashSet<>(truth);
    fn.removeAll(found);
    if (!fp.isEmpty() || !fn.isEmpty()) {
      System.out.println("  " + name + " false positives " + fp + "; missed " + fn);
    }
    assertTrue(precision >= MIN_PRECISION && recall >= MIN_RECALL, name + ": precision " + precision
        + ", recall " + recall + "; false positives " + fp + "; missed " + fn);
  }

  @Test
  void findsInjectedCaptions() {
    Set<String> found = new HashSet<>();
    for (CaptionDetector.Caption c : result.detections().captions()) {
      found.add(c.page() + " :: " + c.text());
    }
    Set<String> truth = new HashSet<>();
    for (LabelledCorpus.Labels l : corpus.pages.values()) {
      for (String c : l.captions) {
        truth.add(l.id + " :: " + c);
      }
    }
    check("captions", found, truth);
  }

  @Test
  void findsTitlesRepeatedInTheBody() {
    check("title_in_body", pagesOf("repeated_in_body"), corpus.ids(l -> l.titleRepeated));
  }

  @Test
  void findsSharedTitles() {
    check("shared_titles", pagesOf("duplicate"), corpus.ids(l -> l.sharedTitle));
  }

  @Test
  void findsTitleVariants() {
    Set<String> truth = corpus.ids(l -> l.variantTitle);
    // A variant group also lists the pages that share the varied title exactly.
    Set<String> found = pagesOf("variant");
    Set<String> sharedWithVariant = new HashSet<>(found);
    sharedWithVariant.retainAll(corpus.ids(l -> l.sharedTitle));
    truth.addAll(sharedWithVariant);
    check("title_variants", found, truth);
  }

  @Test
  void recognisesArchivePages() {
    check("archive_titles", pagesOf("archive"), corpus.ids(l -> l.archive));
  }

  @Test
  void findsSummariesRestatingThePage() {
    check("repetition", qualityWhere(q -> q.repeatedParagraphs() > 0),
        corpus.ids(l -> l.summary));
  }

  @Test
  void findsKeywordStuffing() {
    check("stuffing", qualityWhere(TextQuality.Figures::stuffed), corpus.ids(l -> l.stuffing));
  }

  @Test
  void minesEachHostsBoilerplate() {
    Set<String> found = new HashSet<>();
    for (BoilerplateMiner.Block b : result.detections().boilerplate().blocks()) {
      found.add(b.host() + " :: " + dateFolded(b.sample()));
    }
    Set<String> truth = new HashSet<>();
    for (Map.Entry<String, Set<String>> e : corpus.boilerplate.entrySet()) {
      for (String t : e.getValue()) {
        truth.add(e.getKey() + " :: " + dateFolded(t.replace("{DATE}", "1 May")));
      }
      if (!e.getKey().startsWith("zeta")) {
        truth.add(e.getKey() + " :: home about"); // the generator's nav bar
      }
    }
    // The two-page host's interface text, found by the shallow per-page method.
    for (String t : List.of("Post a comment", "Lost your password?", "Back to top")) {
      truth.add("zeta-forum.example :: " + Words.key(t));
    }
    check("boilerplate", found, truth);
  }

  /** Normalised words with "posted on 3 june" folded, as the block fingerprint folds them. */
  private static String dateFolded(String text) {
    StringBuilder sb = new StringBuilder();
    for (String w : Words.of(text)) {
      boolean date = Words.isNumber(w) || List.of("may", "june", "july", "march").contains(w);
      sb.append(sb.length() > 0 ? " " : "").append(date ? "#" : w);
    }
    return sb.toString();
  }

  @Test
  void flagsSpamPagesByScore() {
    double flag = result.settings().detectors().flagScore();
    check("spam_score", pagesWhere(f -> f.spamScore() >= flag), corpus.ids(LabelledCorpus.Labels::spam));
  }

  private static Set<String> pagesOf(String kind) {
    Set<String> out = new HashSet<>();
    for (TitleGroups.Row r : result.detections().titles()) {
      if (r.kind().equals(kind)) {
        out.add(r.page());
      }
    }
    return out;
  }

  private static Set<String> qualityWhere(java.util.function.Predicate<TextQuality.Figures> p) {
    Set<String> out = new HashSet<>();
    List<PageSummary> pages = result.pages();
    List<TextQuality.Figures> figures =
        result.detections().result(TextQualityStage.Result.class).figures();
    for (int i = 0; i < pages.size(); i++) {
      if (p.test(figures.get(i))) {
        out.add(pages.get(i).id());
      }
    }
    return out;
  }

  private static Set<String> pagesWhere(java.util.function.Predicate<PageFindings> p) {
    Set<String> out = new HashSet<>();
    List<PageSummary> pages = result.pages();
    for (int i = 0; i < pages.size(); i++) {
      if (p.test(result.detections().pages().get(i))) {
        out.add(pages.get(i).id());
      }
    }
    return out;
  }
}
