package org.dupscan.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** A sink that loads and keeps everything, for tests. */
final class Collected implements DocumentSink {
  final List<SourceDocument> docs = new ArrayList<>();
  final List<PendingDocument> pending = new ArrayList<>();
  final List<SkippedInput> skipped = new ArrayList<>();
  final List<String> loadErrors = new ArrayList<>();

  @Override
  public void document(PendingDocument document) {
    pending.add(document);
    try {
      docs.add(document.load());
    } catch (IOException e) {
      loadErrors.add(document.origin() + ": " + e.getMessage());
    }
  }

  @Override
  public void skipped(SkippedInput s) {
    skipped.add(s);
  }

  List<String> ids() {
    List<String> ids = new ArrayList<>();
    for (SourceDocument d : docs) {
      ids.add(d.id());
    }
    return ids;
  }

  String reasons() {
    StringBuilder sb = new StringBuilder();
    for (SkippedInput s : skipped) {
      sb.append(s.source()).append(" -> ").append(s.reason()).append('\n');
    }
    return sb.toString();
  }

  static Collected read(java.nio.file.Path file, ReaderSettings settings) {
    Collected c = new Collected();
    try {
      new FolderReader(List.of(file), settings).read(c);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return c;
  }
}
