package org.dupscan.detect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SignalsTest {

  @Test
  void readsSignalsByNameAndGivesTheWeighedOnesInTheTableOrder() {
    Signals s = Signals.builder().add("stuffing", 1, "keyword stuffing").add("unweighed", 7, "x")
        .add("caption", 2, "caption x2").build();
    assertEquals(7.0, s.value("unweighed"));
    assertEquals(0.0, s.value("archive"));
    double[] x = new double[SpamScore.NAMES.size()];
    x[SpamScore.NAMES.indexOf("caption")] = 2;
    x[SpamScore.NAMES.indexOf("stuffing")] = 1;
    assertArrayEquals(x, s.vector());
    assertEquals("caption x2; keyword stuffing", SpamScore.of(s).reasons());
  }

  @Test
  void makesAReasonOnlyWhenAsked() {
    int[] made = {0};
    Signals s = Signals.builder().add("archive", 0, () -> "archive title " + ++made[0]).build();
    assertEquals("", SpamScore.of(s).reasons());
    assertEquals(0, made[0]);
    assertEquals("", s.withoutReasons().reason("archive"));
  }

  @Test
  void rejectsASignalAddedTwice() {
    Signals.Builder b = Signals.builder().add("thin", 1, "thin page");
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> b.add("thin", 0, ""));
    assertEquals("signal thin added twice", e.getMessage());
  }

  @Test
  void rejectsAValueThatIsNotFinite() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Signals.builder().add("boilerplate", Double.NaN, ""));
    assertEquals("signal boilerplate must be finite but was NaN", e.getMessage());
  }
}
