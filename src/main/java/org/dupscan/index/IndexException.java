package org.dupscan.index;

/** An index that cannot be used by this run; the message is one line saying why and what to do. */
public final class IndexException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final boolean busy;

  public IndexException(String message) {
    this(message, false);
  }

  /** @param busy whether another run holds the index (try again later), not that it is unusable */
  public IndexException(String message, boolean busy) {
    super(message);
    this.busy = busy;
  }

  /** Whether another run holds the index: the run may be tried again once that one ends. */
  public boolean busy() {
    return busy;
  }
}
