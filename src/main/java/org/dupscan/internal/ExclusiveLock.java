package org.dupscan.internal;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive operating-system lock on a file ({@link FileChannel#tryLock}), held until closed. The
 * OS releases it when the process ends, however it ends, so a killed run never leaves a stale lock;
 * the empty lock file stays (deleting it would let two runs lock two different files). Used for the
 * report folder and the index, so that two runs never write either at once.
 *
 * <p>Internal.
 */
public final class ExclusiveLock implements Closeable {

  private final FileChannel channel;
  private final FileLock lock;

  private ExclusiveLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /** Takes the lock on {@code file} (created if missing), or returns null when another run holds it. */
  public static ExclusiveLock tryTake(Path file) throws IOException {
    FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    try {
      FileLock lock = ch.tryLock();
      if (lock == null) {
        ch.close();
        return null;
      }
      return new ExclusiveLock(ch, lock);
    } catch (OverlappingFileLockException e) {
      ch.close(); // held by another run in this JVM
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
