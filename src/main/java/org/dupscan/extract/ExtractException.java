package org.dupscan.extract;

/** A document that cannot be turned into a page; the message is a one-line reason. */
public final class ExtractException extends Exception {
  private static final long serialVersionUID = 1L;

  public ExtractException(String reason) {
    super(reason);
  }
}
