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
import org.dupscan.text.HashSeed;
import org.dupscan.text.ShingleHasher;

/**
 * The settings of one scan, as plain values grouped by the part of the scan they steer (the CLI builds
 * this through {@link #builder}; the engine never sees picocli). Each group's constructor rejects bad
 * values with a message that shows them; this one checks what crosses groups.
 *
 * @param inputs folders and files to scan
 * @param reader how pages are read: site, size caps, JSON Lines field names
 * @param hashing what each page is reduced to: shingles, MinHash signature, seed
 * @param lsh how near-duplicate pairs are found and listed
 * @param detectors thresholds of the spam detectors
 * @param execution how the scan runs: threads and temporary folder (never changes what it finds)
 */
public record ScanSettings(List<Path> inputs, ReaderSettings reader, Hashing hashing, Lsh lsh,
    DetectorSettings detectors, Execution execution) {

  /**
   * What each page is reduced to.
   *
   * @param shingleSize words per shingle
   * @param permutations MinHash permutations
   * @param seed the one seed of the word and shingle hashes and of the permutation family
   *     ({@link HashSeed})
   * @param keepBoilerplate compare whole pages, page furniture and boilerplate included (off by
   *     default: only the content area is compared)
   */
  public record Hashing(int shingleSize, int permutations, long seed, boolean keepBoilerplate) {

    public Hashing {
      if (shingleSize < 1 || shingleSize > ShingleHasher.MAX_SHINGLE_SIZE) {
        throw new IllegalArgumentException("shingle size must be between 1 and "
            + ShingleHasher.MAX_SHINGLE_SIZE + " but was " + shingleSize);
      }
      if (permutations < 1 || permutations > MinHasher.MAX_PERMUTATIONS) {
        throw new IllegalArgumentException("permutations must be between 1 and "
            + MinHasher.MAX_PERMUTATIONS + " but was " + permutations);
      }
    }

    /** 5-word shingles, 128 permutations, the default seed, content only. */
    public static Hashing defaults() {
      return new Hashing(ShingleHasher.DEFAULT_SHINGLE_SIZE, MinHasher.DEFAULT_PERMUTATIONS,
          HashSeed.DEFAULT, false);
    }

    /** The word and shingle hasher these settings name. */
    public ShingleHasher shingleHasher() {
      return new ShingleHasher(shingleSize, seed);
    }

    /** The MinHash hasher these settings name. */
    public MinHasher minHasher() {
      return new MinHasher(permutations, seed);
    }
  }

  /**
   * How near-duplicate pairs are found and listed.
   *
   * @param threshold least Jaccard similarity for a near duplicate, in (0, 1]
   * @param bands LSH bands, or null to choose them for the threshold (then rows must be null too)
   * @param rows LSH rows per band, or null
   * @param clusterPairCap largest cluster whose every pair is listed
   */
  public record Lsh(double threshold, Integer bands, Integer rows, int clusterPairCap) {

    public Lsh {
      if (!(threshold > 0.0 && threshold <= 1.0)) {
        throw new IllegalArgumentException("threshold must be in (0, 1] but was " + threshold);
      }
      if ((bands == null) != (rows == null)) {
        throw new IllegalArgumentException("bands and rows go together: bands=" + bands + ", rows=" + rows);
      }
      if (bands != null) {
        new Banding(bands, rows); // rejects a band or row count below 1
      }
      if (clusterPairCap < 2) {
        throw new IllegalArgumentException("cluster pair cap must be at least 2 but was " + clusterPairCap);
      }
    }

    /** The default threshold, banding chosen for it, the default pair cap. */
    public static Lsh defaults() {
      return new Lsh(NearDuplicateFinder.DEFAULT_THRESHOLD, null, null,
          NearDuplicateFinder.DEFAULT_CLUSTER_PAIR_CAP);
    }
  }

  /**
   * How the scan runs; nothing here changes what it finds.
   *
   * @param threads worker threads
   * @param tempDir where temporary spill files go
   */
  public record Execution(int threads, Path tempDir) {

    public Execution {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be at least 1 but was " + threads);
      }
      Objects.requireNonNull(tempDir, "tempDir");
    }

    /** One thread per core, the system's temporary folder. */
    public static Execution defaults() {
      return new Execution(Runtime.getRuntime().availableProcessors(),
          Path.of(System.getProperty("java.io.tmpdir")));
    }
  }

  public ScanSettings {
    inputs = checkedInputs(inputs);
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(hashing, "hashing");
    Objects.requireNonNull(lsh, "lsh");
    Objects.requireNonNull(detectors, "detectors");
    Objects.requireNonNull(execution, "execution");
    if (lsh.bands() != null && (long) lsh.bands() * lsh.rows() > hashing.permutations()) {
      throw new IllegalArgumentException("bands x rows must not exceed permutations but " + lsh.bands()
          + " x " + lsh.rows() + " = " + ((long) lsh.bands() * lsh.rows()) + " > "
          + hashing.permutations());
    }
  }

  private static List<Path> checkedInputs(List<Path> inputs) {
    List<Path> copy = List.copyOf(inputs);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("no input paths given");
    }
    return copy;
  }

  /** Settings with every default, for the given inputs. */
  public static ScanSettings defaults(List<Path> inputs) {
    return builder(inputs).build();
  }

  /** A builder holding every default, for the given inputs. */
  public static Builder builder(List<Path> inputs) {
    return new Builder(inputs);
  }

  /** A builder holding these settings. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** These settings with {@code n} worker threads. */
  public ScanSettings withThreads(int n) {
    return toBuilder().threads(n).build();
  }

  /** These settings, comparing whole pages or only their content. */
  public ScanSettings withKeepBoilerplate(boolean keep) {
    return toBuilder().keepBoilerplate(keep).build();
  }

  /** The banding in force: as set, or chosen for the threshold. */
  public Banding banding() {
    return lsh.bands() != null ? new Banding(lsh.bands(), lsh.rows())
        : Banding.forThreshold(lsh.threshold(), hashing.permutations(), Banding.DEFAULT_RECALL_AT_THRESHOLD);
  }

  /**
   * Builds {@link ScanSettings} one setting at a time, starting from the defaults. Values are checked
   * when {@link #build} makes the groups, so settings may be given in any order.
   */
  public static final class Builder {
    private final List<Path> inputs;
    private String site;
    private long maxPageBytes = FolderReader.DEFAULT_MAX_PAGE_BYTES;
    private long maxRecordBytes = ReaderSettings.DEFAULT_MAX_RECORD_BYTES;
    private JsonlFields jsonlFields = JsonlFields.DEFAULT;
    private int shingleSize = ShingleHasher.DEFAULT_SHINGLE_SIZE;
    private int permutations = MinHasher.DEFAULT_PERMUTATIONS;
    private long seed = HashSeed.DEFAULT;
    private boolean keepBoilerplate;
    private double threshold = NearDuplicateFinder.DEFAULT_THRESHOLD;
    private Integer bands;
    private Integer rows;
    private int clusterPairCap = NearDuplicateFinder.DEFAULT_CLUSTER_PAIR_CAP;
    private DetectorSettings detectors = DetectorSettings.defaults();
    private int threads;
    private Path tempDir;

    private Builder(List<Path> inputs) {
      this.inputs = inputs;
      Execution e = Execution.defaults();
      this.threads = e.threads();
      this.tempDir = e.tempDir();
    }

    private Builder(ScanSettings s) {
      this.inputs = s.inputs();
      reader(s.reader());
      this.shingleSize = s.hashing().shingleSize();
      this.permutations = s.hashing().permutations();
      this.seed = s.hashing().seed();
      this.keepBoilerplate = s.hashing().keepBoilerplate();
      this.threshold = s.lsh().threshold();
      this.bands = s.lsh().bands();
      this.rows = s.lsh().rows();
      this.clusterPairCap = s.lsh().clusterPairCap();
      this.detectors = s.detectors();
      this.threads = s.execution().threads();
      this.tempDir = s.execution().tempDir();
    }

    /** Every reader setting at once. */
    public Builder reader(ReaderSettings r) {
      this.site = r.site();
      this.maxPageBytes = r.maxPageBytes();
      this.maxRecordBytes = r.maxRecordBytes();
      this.jsonlFields = r.jsonlFields();
      return this;
    }

    /** Host to give every page, or null to infer it from folder names. */
    public Builder site(String site) {
      this.site = site;
      return this;
    }

    /** Largest page read. */
    public Builder maxPageBytes(long maxPageBytes) {
      this.maxPageBytes = maxPageBytes;
      return this;
    }

    /** Largest WARC or JSON Lines record read (after decompression). */
    public Builder maxRecordBytes(long maxRecordBytes) {
      this.maxRecordBytes = maxRecordBytes;
      return this;
    }

    /** Field names of JSON Lines records. */
    public Builder jsonlFields(JsonlFields jsonlFields) {
      this.jsonlFields = jsonlFields;
      return this;
    }

    /** Words per shingle. */
    public Builder shingleSize(int shingleSize) {
      this.shingleSize = shingleSize;
      return this;
    }

    /** MinHash permutations. */
    public Builder permutations(int permutations) {
      this.permutations = permutations;
      return this;
    }

    /** The one hash seed. */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /** Compare whole pages, boilerplate included. */
    public Builder keepBoilerplate(boolean keepBoilerplate) {
      this.keepBoilerplate = keepBoilerplate;
      return this;
    }

    /** Least Jaccard similarity for a near duplicate. */
    public Builder threshold(double threshold) {
      this.threshold = threshold;
      return this;
    }

    /** LSH bands and rows per band, both or neither (null: chosen for the threshold). */
    public Builder banding(Integer bands, Integer rows) {
      this.bands = bands;
      this.rows = rows;
      return this;
    }

    /** Largest cluster whose every pair is listed. */
    public Builder clusterPairCap(int clusterPairCap) {
      this.clusterPairCap = clusterPairCap;
      return this;
    }

    /** Thresholds of the spam detectors. */
    public Builder detectors(DetectorSettings detectors) {
      this.detectors = detectors;
      return this;
    }

    /** Worker threads. */
    public Builder threads(int threads) {
      this.threads = threads;
      return this;
    }

    /** Where temporary spill files go. */
    public Builder tempDir(Path tempDir) {
      this.tempDir = tempDir;
      return this;
    }

    /** The settings, checked; throws IllegalArgumentException naming the first bad value. */
    public ScanSettings build() {
      checkedInputs(inputs); // the first fault named, as before any other setting is looked at
      return new ScanSettings(inputs, new ReaderSettings(site, maxPageBytes, maxRecordBytes, jsonlFields),
          new Hashing(shingleSize, permutations, seed, keepBoilerplate),
          new Lsh(threshold, bands, rows, clusterPairCap), detectors, new Execution(threads, tempDir));
    }
  }
}
