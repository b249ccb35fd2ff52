package org.dupscan.cli;

import org.dupscan.engine.ScanSettings;
import org.dupscan.minhash.MinHasher;
import org.dupscan.text.HashSeed;
import org.dupscan.text.ShingleHasher;
import picocli.CommandLine.Option;

/**
 * The options {@code scan} and {@code compare} share, as a picocli mixin: how a page is reduced to
 * shingles and a MinHash signature. One definition, so {@code compare} explains a pair exactly as
 * {@code scan} with the same options sees it.
 */
final class HashingOptions {

  @Option(names = "--shingle-size", paramLabel = "K", description = "Words per shingle (default: ${DEFAULT-VALUE}).")
  int shingleSize = ShingleHasher.DEFAULT_SHINGLE_SIZE;

  @Option(names = "--permutations", paramLabel = "N", description = "MinHash permutations (default: ${DEFAULT-VALUE}).")
  int permutations = MinHasher.DEFAULT_PERMUTATIONS;

  @Option(names = "--seed", description = "Seed of the shingle hash and MinHash permutations (default: ${DEFAULT-VALUE}).")
  long seed = HashSeed.DEFAULT;

  @Option(names = "--keep-boilerplate",
      description = "Compare whole pages, page furniture (nav, site header and footer) and mined "
          + "boilerplate included. Off by default: only each page's content is compared.")
  boolean keepBoilerplate;

  /** Puts these options into {@code settings}; values are checked when it builds. */
  ScanSettings.Builder applyTo(ScanSettings.Builder settings) {
    return settings.shingleSize(shingleSize).permutations(permutations).seed(seed)
        .keepBoilerplate(keepBoilerplate);
  }

  /** These options as settings; throws IllegalArgumentException naming a bad value. */
  ScanSettings.Hashing settings() {
    return new ScanSettings.Hashing(shingleSize, permutations, seed, keepBoilerplate);
  }
}
