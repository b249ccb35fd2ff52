package org.dupscan.index;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock on an index folder for the length of a run, held by the operating system (so a
 * killed run leaves no stale lock behind): a second run on the same index is refused, not interleaved.
 */
final class IndexLock implements AutoCloseable {

  /** The lock file inside the index folder. */
  static final String FILE = "dupscan.lock";

  private final FileChannel channel;
  private final FileLock lock;

  private IndexLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /** Takes the lock of {@code dir}, or throws {@link IndexException} when another run holds it. */
  static IndexLock take(Path dir) throws IOException {
    Path file = dir.resolve(FILE);
    FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null;
    }
    if (lock == null) {
      channel.close();
      throw new IndexException("index " + dir + " is in use by another run (" + file
          + " is locked); try again when it has finished", true);
    }
    return new IndexLock(channel, lock);
  }

  @Override
  public void close() throws IOException {
    try {
      lock.release();
    } finally {
      channel.close();
    }
  }
}
