package org.dupscan.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class PairMemoryTest {

  /** A history that holds only stored similarities. */
  private static PageHistory storing(List<PairSimilarity> stored) {
    return new PageHistory() {
      @Override
      public void similarities(Consumer<PairSimilarity> sink) {
        stored.forEach(sink);
      }
    };
  }

  @Test
  void onlyPairsOfTwoPagesWithTheirStoredContentAreKnownAndKept() throws IOException {
    String[] ids = {"a", "b", "c", "d"};
    boolean[] asStored = {true, true, false, true}; // c changed tonight
    PairMemory m = PairMemory.of(storing(List.of(new PairSimilarity("a", "b", 0.5),
        new PairSimilarity("a", "c", 0.9), new PairSimilarity("b", "d", 0.25),
        new PairSimilarity("a", "gone", 0.7))), ids, asStored);
    assertEquals(0.5, m.known(0, 1));
    assertEquals(0.25, m.known(1, 3));
    assertTrue(Double.isNaN(m.known(0, 2)), "a pair with a changed page is compared again");
    assertTrue(Double.isNaN(m.known(2, 3)));
    assertEquals(2, m.stored());
    m.computed(0, 2, 0.75);
    List<PairSimilarity> kept = m.kept().stream().sorted(Comparator.comparing(PairSimilarity::first)
        .thenComparing(PairSimilarity::second)).toList();
    assertEquals(List.of(new PairSimilarity("a", "b", 0.5), new PairSimilarity("a", "c", 0.75),
        new PairSimilarity("b", "d", 0.25)), kept);
  }
}
