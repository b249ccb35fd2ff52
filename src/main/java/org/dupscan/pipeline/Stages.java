package org.dupscan.pipeline;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The detectors a scan runs, in order. Per-page parts run in this order on each page (a stage may
 * read the finding of one before it: captions read titles); cross-page parts run in this order after
 * the first pass, and their documents.csv columns follow in this order. Adding a detector is one
 * class and one line here (and a weight in {@link org.dupscan.detect.SpamScore#WEIGHTS} if its signal
 * should count).
 */
public final class Stages {

  private Stages() {}

  /** The standard detectors. */
  public static List<Stage> standard() {
    return List.of(
        new TitleStage(),
        new CaptionStage(),
        new TextQualityStage(),
        new ContentStage(),
        new ContainmentStage());
  }

  /**
   * {@code stages} with the containment stage's threshold set to {@code threshold}.
   *
   * @throws IllegalArgumentException when the threshold is not in (0, 1], showing it
   */
  public static List<Stage> withContainmentThreshold(List<Stage> stages, double threshold) {
    ContainmentStage replacement = new ContainmentStage(threshold);
    List<Stage> out = new java.util.ArrayList<>(stages.size());
    for (Stage s : stages) {
      out.add(s instanceof ContainmentStage ? replacement : s);
    }
    return List.copyOf(out);
  }

  /**
   * The standard detectors and the spun-variant search (scan --spun). Opt-in for now: it keeps about
   * 3.5 KB a page in memory and costs up to a third more scan time on multilingual sites, and its
   * recall and held-out precision are still below their targets (docs/spun.md).
   */
  public static List<Stage> withSpunVariants() {
    List<Stage> stages = new java.util.ArrayList<>(standard());
    stages.add(new SpunStage());
    return List.copyOf(stages);
  }

  /**
   * Checks a stage list: no two stages of one class (findings are looked up by class), each per-page
   * stage after the stages it {@linkplain PageStage#needs() needs}, and no column named twice, nor
   * named as one of {@code reserved}. The message names the stage at fault.
   */
  public static List<Stage> checked(List<Stage> stages, List<String> reserved) {
    Set<Class<?>> classes = new HashSet<>();
    Set<String> columns = new HashSet<>(reserved);
    for (Stage s : stages) {
      if (!(s instanceof PageStage<?>) && !(s instanceof CorpusStage)) {
        throw new IllegalArgumentException("stage " + s.name() + " is neither a page nor a corpus stage");
      }
      if (s instanceof PageStage<?> p) {
        for (Class<?> needed : p.needs()) {
          if (!classes.contains(needed)) {
            throw new IllegalArgumentException("stage " + s.name() + " needs "
                + needed.getSimpleName() + " before it in the list");
          }
        }
      }
      if (!classes.add(s.getClass())) {
        throw new IllegalArgumentException("stage " + s.getClass().getName() + " is listed twice");
      }
      if (s instanceof CorpusStage c) {
        for (String col : c.columns()) {
          if (!columns.add(col)) {
            throw new IllegalArgumentException("column " + col + " of stage " + s.name()
                + " is named twice");
          }
        }
      }
    }
    return List.copyOf(stages);
  }
}
