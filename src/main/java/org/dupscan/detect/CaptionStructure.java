package org.dupscan.detect;

import java.util.Locale;
import java.util.Set;

/**
 * Shapes of a picture's text that say it is the author's own figure, not a pasted picture's
 * description, whatever its place: kept apart from {@link CaptionCues} (the cues of a pasted
 * caption's wording) so that the structural rules of issue 11 stay in one place.
 */
final class CaptionStructure {

  private CaptionStructure() {}

  /**
   * Units of measure a product's or a material's specification gives its figures in (SI and imperial
   * symbols, lower case). A unit glued to a slash or a square ("kg/m\u00b2") counts by its first part.
   */
  static final Set<String> UNITS = Set.of("mm", "cm", "m", "km", "g", "kg", "ml", "cl", "l", "w",
      "kw", "v", "h", "min", "in", "ft", "oz", "lb", "lbs", "m\u00b2", "m\u00b3", "cm\u00b2");
  /** Least measurements that make a specification; one suffices with a dimension sign ("30 \u00d7 20 cm"). */
  static final int MIN_MEASUREMENTS = 2;
  /** The dimension sign between two figures ("80 \u00d7 25 cm"). */
  static final char TIMES = '\u00d7';

  /**
   * Whether the text gives measurements as a specification does: at least {@value #MIN_MEASUREMENTS}
   * figures each followed by a {@linkplain #UNITS unit} ("Zahnkelle 8 mm, Wasserwaage 60 cm"), or one
   * and a dimension sign ("Stacking bins, 30 \u00d7 20 \u00d7 15 cm, set of 4"). A caption of the
   * author's product or material states its sizes; a stock picture's description states a scene.
   * Read token by token, no regular expression.
   */
  static boolean isSpecification(String text) {
    if (text.length() > 400) {
      return false;
    }
    String[] tokens = text.strip().split(" ");
    int measurements = 0;
    boolean dimension = false;
    for (int i = 0; i < tokens.length; i++) {
      String t = trim(tokens[i]);
      if (t.length() == 1 && t.charAt(0) == TIMES && i > 0 && i + 1 < tokens.length
          && isFigure(trim(tokens[i - 1])) && isFigure(trim(tokens[i + 1]))) {
        dimension = true;
      }
      if (isFigure(t) && i + 1 < tokens.length && isUnit(trim(tokens[i + 1]))) {
        measurements++;
      }
    }
    return measurements >= MIN_MEASUREMENTS || dimension && measurements >= 1;
  }

  private static boolean isUnit(String w) {
    int slash = w.indexOf('/');
    String u = (slash > 0 ? w.substring(0, slash) : w).toLowerCase(Locale.ROOT);
    return UNITS.contains(u);
  }

  /** Whether a token is a figure: digits, with one decimal point or comma between digits. */
  private static boolean isFigure(String w) {
    if (w.isEmpty() || !Character.isDigit(w.charAt(0)) || !Character.isDigit(w.charAt(w.length() - 1))) {
      return false;
    }
    int marks = 0;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c == '.' || c == ',') {
        marks++;
      } else if (!Character.isDigit(c)) {
        return false;
      }
    }
    return marks <= 1;
  }

  private static String trim(String w) {
    int from = 0;
    int to = w.length();
    while (from < to && isEdge(w.charAt(from))) {
      from++;
    }
    while (to > from && isEdge(w.charAt(to - 1))) {
      to--;
    }
    return w.substring(from, to);
  }

  private static boolean isEdge(char c) {
    return c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '.';
  }
}
