package org.dupscan.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.dupscan.engine.Progress;

/**
 * Shows scan progress on stderr: on a terminal, one line redrawn in place (a bar when the total is
 * known: pages, MB, pages/s, ETA); elsewhere (a log file, CI), a plain line every
 * {@link #LOG_INTERVAL_NANOS}. Redraws are rate-limited so that a million pages do not mean a million
 * writes.
 */
final class ConsoleProgress implements Progress {

  /** Least time between two redraws on a terminal. */
  static final long TERMINAL_INTERVAL_NANOS = 200_000_000L;
  /** Least time between two plain lines when stderr is not a terminal. */
  static final long LOG_INTERVAL_NANOS = 10_000_000_000L;
  private static final int BAR_WIDTH = 24;

  private final PrintWriter err;
  private final boolean terminal;
  private final LongSupplier clock;
  private final AtomicLong done = new AtomicLong();
  private final AtomicLong bytes = new AtomicLong();
  private volatile long total = -1;
  private volatile String phase = "";
  private volatile long phaseStart;
  private volatile long lastDraw;
  private boolean drawn;

  ConsoleProgress(PrintWriter err, boolean terminal, LongSupplier clock) {
    this.err = err;
    this.terminal = terminal;
    this.clock = clock;
  }

  static ConsoleProgress forStderr(PrintWriter err) {
    return new ConsoleProgress(err, System.console() != null, System::nanoTime);
  }

  @Override
  public synchronized void phase(String name, long expected) {
    finishLine();
    phase = name;
    total = expected;
    done.set(0);
    bytes.set(0);
    phaseStart = clock.getAsLong();
    lastDraw = phaseStart;
  }

  @Override
  public void advance(long b) {
    done.incrementAndGet();
    bytes.addAndGet(b);
    long now = clock.getAsLong();
    if (now - lastDraw >= (terminal ? TERMINAL_INTERVAL_NANOS : LOG_INTERVAL_NANOS)) {
      draw(now);
    }
  }

  @Override
  public synchronized void done() {
    finishLine();
  }

  private synchronized void draw(long now) {
    if (now - lastDraw < (terminal ? TERMINAL_INTERVAL_NANOS : LOG_INTERVAL_NANOS)) {
      return; // another thread drew meanwhile
    }
    lastDraw = now;
    String line = line(now);
    if (terminal) {
      err.print("\r" + line + "\u001b[K");
      drawn = true;
    } else {
      err.println(line);
    }
    err.flush();
  }

  /** The status line for the current phase at time {@code now}. */
  String line(long now) {
    long n = done.get();
    long t = total;
    double seconds = Math.max(1e-9, (now - phaseStart) / 1e9);
    double rate = n / seconds;
    double mb = bytes.get() / 1e6;
    StringBuilder sb = new StringBuilder("dupscan ").append(phase).append(": ");
    if (t > 0) {
      int filled = (int) Math.min(BAR_WIDTH, BAR_WIDTH * n / t);
      sb.append('[').append("#".repeat(filled)).append(".".repeat(BAR_WIDTH - filled)).append("] ");
      sb.append(String.format(Locale.ROOT, "%d/%d pages", n, t));
    } else {
      sb.append(n).append(" pages");
    }
    sb.append(String.format(Locale.ROOT, ", %.1f MB, %.0f pages/s, %.1f MB/s", mb, rate, mb / seconds));
    if (t > 0 && rate > 0 && n < t) {
      long eta = (long) ((t - n) / rate);
      sb.append(String.format(Locale.ROOT, ", ETA %d:%02d", eta / 60, eta % 60));
    }
    return sb.toString();
  }

  private void finishLine() {
    if (terminal && drawn) {
      err.print("\r\u001b[K");
      err.flush();
      drawn = false;
    }
  }
}
