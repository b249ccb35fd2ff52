package org.dupscan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExitCodeTest {

  @Test
  void mapsEachFailureToTheCodeThatNamesIt() {
    assertEquals(ExitCode.USAGE, ExitCode.MAPPER.getExitCode(CommandFailure.usage("u")));
    assertEquals(ExitCode.NO_INPUT, ExitCode.MAPPER.getExitCode(CommandFailure.noInput("n")));
    assertEquals(ExitCode.CANT_WRITE, ExitCode.MAPPER.getExitCode(CommandFailure.cantWrite("c")));
    assertEquals(ExitCode.BUSY, ExitCode.MAPPER.getExitCode(CommandFailure.busy("b")));
    assertEquals(ExitCode.SOFTWARE, ExitCode.MAPPER.getExitCode(CommandFailure.software("s")));
  }

  @Test
  void mapsAnyOtherThrowableToSoftware() {
    assertEquals(ExitCode.SOFTWARE, ExitCode.MAPPER.getExitCode(new IllegalStateException("bug")));
  }

  @Test
  void printsOneLineAfterTheCommandsName(@TempDir Path dir) {
    CliRunner.Run run = CliRunner.run("compare", "--shingle-size", "0", dir.resolve("a.txt").toString(),
        dir.resolve("b.txt").toString());
    assertEquals(ExitCode.USAGE, run.exitCode());
    assertEquals("dupscan compare: shingle size must be between 1 and 32 but was 0" + System.lineSeparator(),
        run.err());
  }

  @Test
  void saysNothingMoreWhenTheReasonWasSaidAlready() {
    assertTrue(!CommandFailure.software(null).hasReason());
    assertTrue(CommandFailure.busy("held").hasReason());
  }
}
