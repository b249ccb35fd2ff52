package org.dupscan.engine;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.dupscan.corpus.FolderReader;
import org.dupscan.corpus.JsonlFields;
import org.dupscan.corpus.ReaderSettings;
import org.dupscan.detect.DetectorSettings;
import org.dupscan.detect.NearDuplicateFinder;
import org.dupscan.lsh.Banding;
import org.dupscan.minhash.MinHasher;
import org.dupscan.text.ShingleHasher;

/**
 * The settings of one scan, as plain values (the CLI builds this; the engine never sees picocli).
 * The constructor rejects bad values with a message that shows them.
 *
 * @param inputs folders and files to scan
 * @param shingleSize words per shingle
 * @param permutations MinHash permutations
 * @param seed seed of the shingle hash and the permutation family
 * @param threshold least Jaccard similarity for a near duplicate
 * @param bands LSH bands, or null to choose them for the threshold (then rows must be null too)
 * @param rows LSH rows per band, or null
 * @param clusterPairCap largest cluster whose every pair is listed
 * @param maxPageBytes largest page read
 * @param site host to give every page, or null to infer it from folder names
 * @param keepBoilerplate compare whole pages, page furniture and boilerplate included (off by default:
 *     only the content area is compared)
 * @param threads worker threads
 * @param tempDir where temporary spill files go
 * @param detectors thresholds of the spam detectors
 * @param maxRecordBytes largest WARC or JSON Lines record read (after decompression)
 * @param jsonlFields field names of JSON Lines records
 */
public record ScanSettings(List<Path> inputs, int shingleSize, int permutations, long seed,
    double threshold, Integer bands, Integer rows, int clusterPairCap, long maxPageBytes, String site,
    boolean keepBoilerplate, int threads, Path tempDir, DetectorSettings detectors, long maxRecordBytes,
    JsonlFields jsonlFields) {

  public ScanSettings {
    inputs = List.copyOf(inputs);
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("no input paths given");
    }
    new ShingleHasher(shingleSize, (int) seed); // validates the shingle size
    new MinHasher(permutations, seed).permutations(); // validates permutations
    if (!(threshold > 0.0 && threshold <= 1.0)) {
      throw new IllegalArgumentException("threshold must be in (0, 1] but was " + threshold);
    }
    if ((bands == null) != (rows == null)) {
      throw new IllegalArgumentException("bands and rows go together: bands=" + bands + ", rows=" + rows);
    }
    if (bands != null && (long) bands * rows > permutations) {
      throw new IllegalArgumentException("bands x rows must not exceed permutations but " + bands + " x "
          + rows + " = " + ((long) bands * rows) + " > " + permutations);
    }
    if (bands != null) {
      new Banding(bands, rows);
    }
    if (clusterPairCap < 2) {
      throw new IllegalArgumentException("cluster pair cap must be at least 2 but was " + clusterPairCap);
    }
    if (maxPageBytes < 1) {
      throw new IllegalArgumentException("max page bytes must be positive but was " + maxPageBytes);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1 but was " + threads);
    }
    if (site != null && site.isBlank()) {
      throw new IllegalArgumentException("site must not be blank");
    }
    if (detectors == null) {
      detectors = DetectorSettings.defaults();
    }
    if (maxRecordBytes < 1) {
      throw new IllegalArgumentException("max record bytes must be positive but was " + maxRecordBytes);
    }
    Objects.requireNonNull(jsonlFields, "jsonlFields");
  }

  /** Settings with every default, for the given inputs. */
  public static ScanSettings defaults(List<Path> inputs) {
    return new ScanSettings(inputs, ShingleHasher.DEFAULT_SHINGLE_SIZE, MinHasher.DEFAULT_PERMUTATIONS,
        MinHasher.DEFAULT_SEED, NearDuplicateFinder.DEFAULT_THRESHOLD, null, null,
        NearDuplicateFinder.DEFAULT_CLUSTER_PAIR_CAP, FolderReader.DEFAULT_MAX_PAGE_BYTES, null, false,
        Runtime.getRuntime().availableProcessors(), Path.of(System.getProperty("java.io.tmpdir")),
        DetectorSettings.defaults(), ReaderSettings.DEFAULT_MAX_RECORD_BYTES, JsonlFields.DEFAULT);
  }

  public ScanSettings withThreads(int n) {
    return new ScanSettings(inputs, shingleSize, permutations, seed, threshold, bands, rows,
        clusterPairCap, maxPageBytes, site, keepBoilerplate, n, tempDir, detectors, maxRecordBytes,
        jsonlFields);
  }

  public ScanSettings withKeepBoilerplate(boolean keep) {
    return new ScanSettings(inputs, shingleSize, permutations, seed, threshold, bands, rows,
        clusterPairCap, maxPageBytes, site, keep, threads, tempDir, detectors, maxRecordBytes,
        jsonlFields);
  }

  /** The banding in force: as set, or chosen for the threshold. */
  public Banding banding() {
    return bands != null ? new Banding(bands, rows)
        : Banding.forThreshold(threshold, permutations, Banding.DEFAULT_RECALL_AT_THRESHOLD);
  }
}
