package org.dupscan.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.dupscan.internal.ExclusiveLock;


/**
 * The lock of an output folder, so that two scans never write one set of reports at once: an
 * {@link ExclusiveLock} on {@code .OUT.dupscan-lock} beside the folder, not inside it, since the folder
 * itself is replaced when reports are committed.
 */
final class OutputLock {

  private OutputLock() {}

  /** The lock file of output folder {@code out} (absolute). */
  static Path lockFile(Path out) {
    return out.resolveSibling("." + out.getFileName() + ".dupscan-lock");
  }

  /** Takes the lock of {@code out}, or returns null when another scan holds it. */
  static ExclusiveLock tryTake(Path out) throws IOException {
    return ExclusiveLock.tryTake(lockFile(out));
  }
}
