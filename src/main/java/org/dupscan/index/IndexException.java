package org.dupscan.index;

/** An index that cannot be used by this run; the message is one line saying why and what to do. */
public final class IndexException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public IndexException(String message) {
    super(message);
  }
}
