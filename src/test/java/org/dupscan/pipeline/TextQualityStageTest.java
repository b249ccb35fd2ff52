package org.dupscan.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dupscan.detect.BoilerplateMiner;
import org.dupscan.detect.DetectorSettings;
import org.dupscan.detect.NearDuplicateFinder;
import org.dupscan.detect.Restatement;
import org.dupscan.detect.TextQuality;
import org.junit.jupiter.api.Test;

class TextQualityStageTest {

  /** One page on host "h", whose page findings are {@code figures}; blocks {@code recurring} recur. */
  private static Corpus corpus(TextQuality.Figures figures, Set<Long> recurring) {
    return new Corpus() {
      @Override
      public int size() {
        return 1;
      }

      @Override
      public String id(int page) {
        return "h/p.txt";
      }

      @Override
      public String host(int page) {
        return "h";
      }

      @Override
      public int index(String id) {
        return 0;
      }

      @Override
      @SuppressWarnings("unchecked")
      public <F> List<F> findings(Class<? extends PageStage<F>> stage) {
        return (List<F>) List.of(figures);
      }

      @Override
      public BoilerplateMiner.Result boilerplate() {
        return new BoilerplateMiner.Result(List.of(), Map.of("h", 1));
      }

      @Override
      public boolean recursOnHost(int page, long fingerprint) {
        return recurring.contains(fingerprint);
      }

      @Override
      public NearDuplicateFinder.Result near() {
        throw new UnsupportedOperationException();
      }

      @Override
      public int contentWords(int page) {
        return 0;
      }

      @Override
      public double boilerplateShare(int page) {
        return 0;
      }

      @Override
      public int shingles(int page) {
        return 0;
      }

      @Override
      public long[] contentShingles(int page) {
        return new long[0];
      }

      @Override
      public DetectorSettings settings() {
        throw new UnsupportedOperationException();
      }
    };
  }

  private static TextQuality.Figures figures(List<Restatement> restatements) {
    return new TextQuality.Figures(200, 1, 0.25, new double[] {0.1, 0.05, 0.02}, "word", 0.02, Double.NaN,
        new int[] {1, 1, 1}, 5, 0, 0, 0, 0, restatements);
  }

  @Test
  void countsARestatementWhoseParagraphStandsOnNoOtherPageOfTheHost() {
    Restatement own = new Restatement(9, 30, Restatement.LEAD, new long[] {11L});
    TextQuality.Figures f = new TextQualityStage().run(corpus(figures(List.of(own)), Set.of())).figures().get(0);
    assertEquals(2, f.repeatedParagraphs());
    assertEquals((50 + 30) / 200.0, f.repeatedWordShare(), 1e-12);
  }

  @Test
  void dropsARestatementWhoseParagraphTheHostRepeats() {
    // A note of reference documentation said again within a page stands on many pages of the host.
    Restatement note = new Restatement(9, 30, Restatement.LEAD, new long[] {11L});
    TextQuality.Figures in = figures(List.of(note));
    TextQuality.Figures f = new TextQualityStage().run(corpus(in, Set.of(11L))).figures().get(0);
    assertSame(in, f);
    assertEquals(1, f.repeatedParagraphs());
  }
}
