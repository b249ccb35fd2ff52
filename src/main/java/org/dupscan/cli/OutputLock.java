package org.dupscan.cli;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock on an output folder, so that two scans never write one set of reports at once.
 * The lock is an OS file lock ({@link FileChannel#tryLock}) on {@code .OUT.dupscan-lock} beside the
 * folder, not inside it, since the folder itself is replaced when reports are committed. The OS
 * releases the lock when the process ends, however it ends, so a killed run never leaves the folder
 * locked; the empty lock file stays (deleting it would let two runs lock two different files).
 */
final class OutputLock implements Closeable {

  private final FileChannel channel;
  private final FileLock lock;

  private OutputLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /** The lock file of output folder {@code out} (absolute). */
  static Path lockFile(Path out) {
    return out.resolveSibling("." + out.getFileName() + ".dupscan-lock");
  }

  /** Takes the lock of {@code out}, or returns null when another scan holds it. */
  static OutputLock tryTake(Path out) throws IOException {
    FileChannel ch = FileChannel.open(lockFile(out), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    try {
      FileLock lock = ch.tryLock();
      if (lock == null) {
        ch.close();
        return null;
      }
      return new OutputLock(ch, lock);
    } catch (OverlappingFileLockException e) {
      ch.close(); // held by another scan in this JVM
      return null;
    } catch (IOException | RuntimeException e) {
      ch.close();
      throw e;
    }
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
