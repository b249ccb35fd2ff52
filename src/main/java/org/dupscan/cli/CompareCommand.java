package org.dupscan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dupscan.corpus.FolderReader;
import org.dupscan.corpus.Format;
import org.dupscan.corpus.SourceDocument;
import org.dupscan.engine.PairComparison;
import org.dupscan.engine.ScanSettings;
import org.dupscan.extract.ExtractException;
import org.dupscan.extract.Page;
import org.dupscan.extract.PageExtractor;
import org.dupscan.minhash.MinHasher;
import org.dupscan.text.HashSeed;
import org.dupscan.text.ShingleHasher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dupscan compare A B}: explains one pair. */
@Command(name = "compare", mixinStandardHelpOptions = true,
    description = "Explains one pair of pages: exact Jaccard of their word shingles, the MinHash "
        + "estimate, and the passages they share, longest first.")
final class CompareCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "A", description = "First page (.html, .htm, .txt, .md).")
  Path a;

  @Parameters(index = "1", paramLabel = "B", description = "Second page.")
  Path b;

  @Option(names = "--shingle-size", paramLabel = "K", description = "Words per shingle (default: ${DEFAULT-VALUE}).")
  int shingleSize = ShingleHasher.DEFAULT_SHINGLE_SIZE;

  @Option(names = "--permutations", paramLabel = "N", description = "MinHash permutations (default: ${DEFAULT-VALUE}).")
  int permutations = MinHasher.DEFAULT_PERMUTATIONS;

  @Option(names = "--seed", description = "Hash seed (default: ${DEFAULT-VALUE}).")
  long seed = HashSeed.DEFAULT;

  @Option(names = "--passages", paramLabel = "N", description = "Shared passages to show (default: ${DEFAULT-VALUE}).")
  int passages = 10;

  @Option(names = "--keep-boilerplate", description = "Compare whole pages, page furniture included.")
  boolean keepBoilerplate;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ScanSettings.Hashing hashing;
    try {
      hashing = new ScanSettings.Hashing(shingleSize, permutations, seed, keepBoilerplate);
    } catch (IllegalArgumentException e) {
      err.println("dupscan compare: " + e.getMessage());
      return ExitCode.USAGE;
    }
    Page pa;
    Page pb;
    try {
      pa = load(a);
      pb = load(b);
    } catch (InputError e) {
      err.println("dupscan compare: " + e.getMessage());
      return ExitCode.NO_INPUT;
    }
    PairComparison c = PairComparison.compare(pa, pb, hashing);
    out.printf(Locale.ROOT, "A: %s (%d words, %d shingles)%n", a, c.wordsA(), c.shinglesA());
    out.printf(Locale.ROOT, "B: %s (%d words, %d shingles)%n", b, c.wordsB(), c.shinglesB());
    out.printf(Locale.ROOT, "similarity (exact Jaccard of %d-word shingles): %.4f%n", shingleSize, c.similarity());
    out.printf(Locale.ROOT, "estimated (MinHash, %d permutations): %.4f%n", permutations, c.estimated());
    out.printf(Locale.ROOT, "shared shingles: %d%n", c.sharedShingles());
    out.printf(Locale.ROOT, "shared passages: %d%n", c.passages().size());
    int shown = 0;
    for (PairComparison.Passage p : c.passages()) {
      if (shown++ == passages) {
        break;
      }
      out.printf(Locale.ROOT, "  [%d] %d words at word %d: %s%n", shown, p.words(), p.start(), p.text());
    }
    out.flush();
    return ExitCode.OK;
  }

  private static final class InputError extends Exception {
    private static final long serialVersionUID = 1L;

    InputError(String m) {
      super(m);
    }
  }

  private static Page load(Path file) throws InputError {
    if (!Files.isRegularFile(file)) {
      throw new InputError(file + ": no such file");
    }
    Format format = FolderReader.formatOf(file.getFileName().toString());
    if (format == null) {
      throw new InputError(file + ": unsupported file type (expected .html, .htm, .txt or .md)");
    }
    try {
      byte[] bytes = Files.readAllBytes(file);
      String id = file.toString();
      return PageExtractor.extract(new SourceDocument(id, id, "local", id, format, bytes, null));
    } catch (IOException e) {
      throw new InputError(file + ": unreadable: " + FolderReader.describe(e));
    } catch (ExtractException e) {
      throw new InputError(file + ": " + e.getMessage());
    }
  }
}
