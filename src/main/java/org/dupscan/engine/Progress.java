package org.dupscan.engine;

/**
 * Receives progress of a scan, phase by phase. Called from worker threads: implementations must be
 * thread-safe and cheap (the engine calls {@link #advance} once per page).
 */
public interface Progress {

  /** A phase begins: {@code total} units (pages) are expected, or -1 when unknown. */
  void phase(String name, long total);

  /** One more unit of the current phase is done, with {@code bytes} of input. */
  void advance(long bytes);


  /** The scan is over. */
  void done();

  /** Progress that goes nowhere. */
  Progress NONE = new Progress() {
    @Override
    public void phase(String name, long total) {}

    @Override
    public void advance(long bytes) {}


    @Override
    public void done() {}
  };
}
