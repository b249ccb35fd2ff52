package org.dupscan.engine;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An append-only temporary file of long arrays, so that per-page data the engine needs again later
 * (word hashes, shingle sets) lives on disk rather than on the heap. Appends from many threads reserve
 * their range atomically and write positionally; reads are positional, so both are thread-safe. The
 * file is deleted on close.
 *
 * <p>Internal.
 */
final class LongSpill implements Closeable {

  private final Path file;
  private final FileChannel channel;
  private final AtomicLong end = new AtomicLong();

  LongSpill(Path dir, String prefix) throws IOException {
    this.file = Files.createTempFile(dir, prefix, ".spill");
    this.file.toFile().deleteOnExit();
    this.channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
  }

  /**
   * Each thread's direct buffer, in native byte order (the file lives only as long as the scan): the
   * channel writes and reads a direct buffer without the extra copy it makes of a heap buffer.
   */
  private static final ThreadLocal<ByteBuffer[]> BUFFER = ThreadLocal.withInitial(() -> new ByteBuffer[1]);

  private static ByteBuffer buffer(int bytes) {
    ByteBuffer[] holder = BUFFER.get();
    ByteBuffer buf = holder[0];
    if (buf == null || buf.capacity() < bytes) {
      buf = ByteBuffer.allocateDirect(Math.max(bytes, 64 * 1024)).order(ByteOrder.nativeOrder());
      holder[0] = buf;
    }
    buf.clear().limit(bytes);
    return buf;
  }

  /** Appends {@code data} and returns its byte offset. */
  long append(long[] data) {
    int bytes = data.length * Long.BYTES;
    long at = end.getAndAdd(bytes);
    ByteBuffer buf = buffer(bytes);
    buf.asLongBuffer().put(data);
    try {
      long pos = at;
      while (buf.hasRemaining()) {
        pos += channel.write(buf, pos);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write temporary file " + file, e);
    }
    return at;
  }

  /** Reads {@code length} longs stored at byte offset {@code offset}. */
  long[] read(long offset, int length) {
    ByteBuffer buf = buffer(length * Long.BYTES);
    try {
      long pos = offset;
      while (buf.hasRemaining()) {
        int n = channel.read(buf, pos);
        if (n < 0) {
          throw new IOException("unexpected end of temporary file " + file);
        }
        pos += n;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read temporary file " + file, e);
    }
    buf.flip();
    long[] out = new long[length];
    buf.asLongBuffer().get(out);
    return out;
  }

  long bytes() {
    return end.get();
  }

  @Override
  public void close() throws IOException {
    try {
      channel.close();
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
