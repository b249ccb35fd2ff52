package org.dupscan.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.dupscan.detect.BoilerplateMiner;
import org.dupscan.detect.DetectorSettings;
import org.dupscan.detect.NearDuplicateFinder;
import org.dupscan.detect.TitleGroups;
import org.junit.jupiter.api.Test;

class TitleStageTest {

  /** A corpus of these ids and nothing else. */
  private static Corpus ids(String... ids) {
    return new Corpus() {
      @Override
      public int size() {
        return ids.length;
      }

      @Override
      public String id(int page) {
        return ids[page];
      }

      @Override
      public String host(int page) {
        throw new UnsupportedOperationException();
      }

      @Override
      public int index(String id) {
        for (int i = 0; i < ids.length; i++) {
          if (ids[i].equals(id)) {
            return i;
          }
        }
        throw new IllegalArgumentException("no page " + id);
      }

      @Override
      public <F> List<F> findings(Class<? extends PageStage<F>> stage) {
        throw new UnsupportedOperationException();
      }

      @Override
      public BoilerplateMiner.Result boilerplate() {
        throw new UnsupportedOperationException();
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

  private static TitleGroups.Row row(String kind, String page) {
    return new TitleGroups.Row(kind, "", page, "t", Double.NaN, -1);
  }

  @Test
  void marksTheMembersOfDuplicateAndVariantGroupsOnly() {
    Corpus corpus = ids("a", "b", "c", "d", "e");
    List<TitleGroups.Row> rows = List.of(row("variant", "e"), row("duplicate", "b"),
        row("archive", "a"), row("duplicate", "d"), row("repeated_in_body", "c"), row("variant", "b"));
    assertArrayEquals(new boolean[] {false, true, false, true, true}, TitleStage.shared(corpus, rows));
  }

  @Test
  void findsMembersOfACorpusNotInIdOrderAndRejectsAnUnknownPage() {
    Corpus corpus = ids("c", "a", "b");
    assertArrayEquals(new boolean[] {true, true, false},
        TitleStage.shared(corpus, List.of(row("duplicate", "a"), row("duplicate", "c"))));
    assertThrows(IllegalArgumentException.class,
        () -> TitleStage.shared(corpus, List.of(row("duplicate", "x"))));
  }
}
