package org.dupscan.index;

import java.io.IOException;
import java.nio.file.Path;
import org.dupscan.internal.ExclusiveLock;


/**
 * The lock of an index folder for the length of a run (an {@link ExclusiveLock} on
 * {@code DIR/dupscan.lock}): a second run on the same index is refused, not interleaved.
 */
final class IndexLock {

  /** The lock file inside the index folder. */
  static final String FILE = "dupscan.lock";

  private IndexLock() {}

  /** Takes the lock of {@code dir}, or throws {@link IndexException} when another run holds it. */
  static ExclusiveLock take(Path dir) throws IOException {
    Path file = dir.resolve(FILE);
    ExclusiveLock lock = ExclusiveLock.tryTake(file);
    if (lock == null) {
      throw new IndexException("index " + dir + " is in use by another run (" + file
          + " is locked); try again when it has finished", true);
    }
    return lock;
  }
}
