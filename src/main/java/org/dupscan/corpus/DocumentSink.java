package org.dupscan.corpus;

/** Receives what a reader finds, in the reader's stable order. */
public interface DocumentSink {

  void document(PendingDocument document);

  void skipped(SkippedInput skipped);
}
