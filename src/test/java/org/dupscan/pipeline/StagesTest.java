package org.dupscan.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StagesTest {

  @Test
  void acceptsTheStandardList() {
    assertEquals(Stages.standard().size(), Stages.checked(Stages.standard(), List.of()).size());
  }

  @Test
  void rejectsAStageListedTwice() {
    List<Stage> stages = new ArrayList<>(Stages.standard());
    stages.add(new TextQualityStage());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Stages.checked(stages, List.of()));
    assertTrue(e.getMessage().contains("TextQualityStage is listed twice"), e.getMessage());
  }

  @Test
  void rejectsCaptionsBeforeTheTitlesTheyRead() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Stages.checked(List.of(new CaptionStage(), new TitleStage()), List.of()));
    assertEquals("stage captions needs TitleStage before it in the list", e.getMessage());
  }

  @Test
  void rejectsAColumnTheEngineWritesItself() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Stages.checked(Stages.standard(), List.of("captions")));
    assertEquals("column captions of stage captions is named twice", e.getMessage());
  }
}
