package org.dupscan.engine;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An append-only temporary file of long arrays, so that per-page data the engine needs again later
 * (each page's word hashes, its containment sample) lives on disk rather than on the heap. The file
 * is deleted on close.
 *
 * <p>Appends are buffered per thread: each thread fills a region of the file it reserved for itself
 * ({@link #REGION_BYTES}) in a buffer of its own, and writes the region when it is full, so a hundred
 * thousand pages cost a few hundred writes rather than one each. The unused tail of a region stays a hole in the
 * file. {@link #flush} writes what the threads still hold; reads come after it, and are positional.
 * Appends from many threads and reads from many threads are each thread-safe; a read must not race an
 * append's flush.
 *
 * <p>Internal.
 */
final class LongSpill implements Closeable {

  /** Bytes a thread reserves and buffers at a time; larger arrays are written straight through. */
  static final int REGION_BYTES = 1 << 20;

  private final Path file;
  private final FileChannel channel;
  private final AtomicLong end = new AtomicLong();
  /** Every thread's writer, for {@link #flush}. */
  private final List<Writer> writers = new ArrayList<>();
  private final ThreadLocal<Writer> writer = ThreadLocal.withInitial(this::newWriter);

  /** Name of a spill file: {@code prefix} + this + the process id + "-" + random + {@link #SUFFIX}. */
  static final String PID_MARK = "pid";
  static final String SUFFIX = ".spill";

  private final Path dir;
  /** Whether the file's name is already gone (unlinked while open). */
  private final boolean unlinked;

  /**
   * Creates the spill file in {@code dir}. Where the file system allows it (POSIX) its name is removed
   * at once while the open channel keeps the data, so even a run killed with SIGKILL leaves nothing
   * behind; elsewhere the name carries the process id, and {@link #removeStale} deletes the files of
   * processes that are gone.
   *
   * @throws TempFolderException when the folder cannot take the file
   */
  LongSpill(Path dir, String prefix) {
    this.dir = dir;
    try {
      this.file = Files.createTempFile(dir, prefix + PID_MARK + ProcessHandle.current().pid() + "-",
          SUFFIX);
      this.channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new TempFolderException(dir, e);
    }
    boolean gone;
    try {
      Files.delete(file);
      gone = true;
    } catch (IOException e) {
      file.toFile().deleteOnExit();
      gone = false;
    }
    this.unlinked = gone;
  }

  /**
   * Deletes spill files in {@code dir} (named with {@code prefix}) left by processes that are no longer
   * running; returns how many. Files of running processes, and names this class did not make, are
   * left alone.
   */
  static int removeStale(Path dir, String prefix) {
    int removed = 0;
    String start = prefix + PID_MARK;
    try (java.nio.file.DirectoryStream<Path> files = Files.newDirectoryStream(dir, start + "*" + SUFFIX)) {
      for (Path f : files) {
        String rest = f.getFileName().toString().substring(start.length());
        int dash = rest.indexOf('-');
        long pid;
        try {
          pid = Long.parseLong(dash < 0 ? rest : rest.substring(0, dash));
        } catch (NumberFormatException e) {
          continue;
        }
        if (!ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false) && Files.deleteIfExists(f)) {
          removed++;
        }
      }
    } catch (IOException | RuntimeException e) {
      // a folder that cannot be listed holds nothing to remove; creating the spill reports the fault
    }
    return removed;
  }

  /** One thread's region: its file offset and the bytes filled so far, in a native-order buffer. */
  private final class Writer {
    /** Direct, so that the channel writes it without copying it first. */
    final ByteBuffer buffer = ByteBuffer.allocateDirect(REGION_BYTES).order(ByteOrder.nativeOrder());
    long base = -1;

    long append(long[] data, int bytes) {
      if (base < 0 || buffer.remaining() < bytes) {
        flush();
        base = end.getAndAdd(REGION_BYTES);
      }
      int position = buffer.position();
      buffer.asLongBuffer().put(data); // a view from the position: one bulk copy
      buffer.position(position + bytes);
      return base + position;
    }

    void flush() {
      if (base >= 0 && buffer.position() > 0) {
        buffer.flip();
        write(buffer, base);
      }
      buffer.clear();
      base = -1;
    }
  }

  private synchronized Writer newWriter() {
    Writer w = new Writer();
    writers.add(w);
    return w;
  }

  /** Each thread's direct buffer for reads and for arrays too big to buffer. */
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

  /** Appends {@code data} and returns its byte offset; readable after {@link #flush}. */
  long append(long[] data) {
    int bytes = data.length * Long.BYTES;
    if (bytes > REGION_BYTES / 4) {
      long at = end.getAndAdd(bytes);
      ByteBuffer buf = buffer(bytes);
      buf.asLongBuffer().put(data);
      write(buf, at);
      return at;
    }
    return writer.get().append(data, bytes);
  }

  /**
   * Appends {@code data}, two ints to a long, and returns its byte offset for {@link #readInts};
   * readable after {@link #flush}.
   */
  long appendInts(int[] data) {
    long[] packed = new long[(data.length + 1) / 2];
    for (int i = 0; i < data.length; i++) {
      packed[i >> 1] |= (data[i] & 0xFFFF_FFFFL) << ((i & 1) * Integer.SIZE);
    }
    return append(packed);
  }

  /** Reads {@code length} ints stored by {@link #appendInts} at byte offset {@code offset}. */
  int[] readInts(long offset, int length) {
    long[] packed = read(offset, (length + 1) / 2);
    int[] out = new int[length];
    for (int i = 0; i < length; i++) {
      out[i] = (int) (packed[i >> 1] >>> ((i & 1) * Integer.SIZE));
    }
    return out;
  }

  private void write(ByteBuffer buf, long at) {
    try {
      long pos = at;
      while (buf.hasRemaining()) {
        pos += channel.write(buf, pos);
      }
    } catch (IOException e) {
      throw new TempFolderException(dir, e);
    }
  }

  /**
   * Writes what every thread still buffers. Call it once the appending threads are done (after their
   * pool has terminated, which orders their appends before this call), and before reading.
   */
  synchronized void flush() {
    for (Writer w : writers) {
      w.flush();
    }
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
      throw new TempFolderException(dir, e);
    }
    buf.flip();
    long[] out = new long[length];
    buf.asLongBuffer().get(out);
    return out;
  }

  @Override
  public void close() throws IOException {
    try {
      channel.close();
    } finally {
      if (!unlinked) {
        Files.deleteIfExists(file);
      }
    }
  }
}
