package org.dupscan.bench.jmh;

import com.dynatrace.hash4j.similarity.ElementHashProvider;
import com.dynatrace.hash4j.similarity.SimilarityHashPolicy;
import com.dynatrace.hash4j.similarity.SimilarityHasher;
import com.dynatrace.hash4j.similarity.SimilarityHashing;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dupscan.bench.CorpusGenerator;
import org.dupscan.bench.Models;
import org.dupscan.lsh.Banding;
import org.dupscan.lsh.LshIndex;
import org.dupscan.minhash.MinHasher;
import org.dupscan.minhash.Signature;
import org.dupscan.corpus.Format;
import org.dupscan.corpus.SourceDocument;
import org.dupscan.detect.TextQuality;
import org.dupscan.extract.Page;
import org.dupscan.extract.PageExtractor;
import org.dupscan.text.HashSeed;
import org.dupscan.text.LongSets;
import org.dupscan.text.PageWords;
import org.dupscan.text.StopWords;
import org.dupscan.text.WordSet;
import org.dupscan.text.ShingleHasher;
import org.dupscan.text.TextNormalizer;
import org.dupscan.text.WordTokenizer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The engine's hot kernels, one generated ~3 KB page (about 500 words) per operation unless stated:
 * multiply ops/s by the mean page size printed at setup for bytes/s. Peers (hash4j) run on the same
 * shingle sets.
 *
 * <p>Run: {@code java -cp "target/classes:target/test-classes:$(cat target/bench.classpath)"
 * org.openjdk.jmh.Main KernelBenchmarks}; on real pages, add
 * {@code -jvmArgsAppend -Ddupscan.bench.pages=/tmp/dupscan-bench/real-100000-s1/pages}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class KernelBenchmarks {

  /**
   * System property naming a folder of text pages to measure on instead of generated ones; pass it
   * to the forked JVM: {@code -jvmArgsAppend -Ddupscan.bench.pages=DIR}.
   */
  public static final String PAGES_PROPERTY = "dupscan.bench.pages";
  /** Pages cycled through by the per-page kernels. */
  private static final int PAGES = 256;
  /** Pages whose signatures one LSH operation buckets. */
  private static final int LSH_PAGES = 10_000;

  private String[] texts;
  private String[] normalized;
  private long[][] wordHashes;
  private long[][] shingleSets;
  /** Each page's shingle set in a random order, as a page's shingles come before sorting. */
  private long[][] shuffledSets;
  private Signature[] lshSignatures;
  private long[] verifyPairs;
  private ShingleHasher hasher;
  private WordSet stop;
  private List<String>[] blockTexts;
  private Page[] pages;
  private byte[][] pageBytes;
  private PageWords[] pageWords;
  private MinHasher minHasher;
  private Banding banding;
  private SimilarityHasher superMinHash;
  private SimilarityHasher hash4jMinHash;
  private int next;

  @Setup(Level.Trial)
  public void setUp() throws IOException, org.dupscan.extract.ExtractException {
    hasher = new ShingleHasher(ShingleHasher.DEFAULT_SHINGLE_SIZE, HashSeed.DEFAULT);
    minHasher = new MinHasher(MinHasher.DEFAULT_PERMUTATIONS, HashSeed.DEFAULT);
    banding = Banding.forThreshold(0.8, MinHasher.DEFAULT_PERMUTATIONS, Banding.DEFAULT_RECALL_AT_THRESHOLD);
    SimilarityHashPolicy smh = SimilarityHashing.superMinHash(MinHasher.DEFAULT_PERMUTATIONS, 32);
    SimilarityHashPolicy mh = SimilarityHashing.minHash(MinHasher.DEFAULT_PERMUTATIONS, 32);
    superMinHash = smh.createHasher();
    hash4jMinHash = mh.createHasher();

    List<String> bodies = new ArrayList<>();
    String folder = System.getProperty(PAGES_PROPERTY);
    if (folder != null) {
      // Real pages (the real-text corpus of EndToEnd --real), in file-name order.
      try (var files = java.nio.file.Files.walk(java.nio.file.Path.of(folder))) {
        for (java.nio.file.Path f : files.filter(java.nio.file.Files::isRegularFile).sorted().limit(LSH_PAGES)
            .toList()) {
          String t = java.nio.file.Files.readString(f);
          bodies.add(t.substring(t.indexOf('\n') + 1));
        }
      }
      if (bodies.size() < LSH_PAGES) {
        throw new IllegalArgumentException(PAGES_PROPERTY + " must name a folder of at least " + LSH_PAGES
            + " pages but " + folder + " holds " + bodies.size());
      }
    } else {
      org.dupscan.bench.TextModel model = Models.standard();
      new CorpusGenerator(CorpusGenerator.Settings.of(LSH_PAGES, 1), model).generate(p -> {
        String t = p.text();
        bodies.add(t.substring(t.indexOf('\n') + 1));
      });
    }
    texts = bodies.subList(0, PAGES).toArray(new String[0]);
    normalized = new String[PAGES];
    wordHashes = new long[PAGES][];
    shingleSets = new long[PAGES][];
    long bytes = 0;
    long words = 0;
    for (int i = 0; i < PAGES; i++) {
      bytes += texts[i].length();
      normalized[i] = TextNormalizer.normalize(texts[i]);
      wordHashes[i] = wordHashes(normalized[i]);
      words += wordHashes[i].length;
      shingleSets[i] = hasher.shingleSet(wordHashes[i], wordHashes[i].length);
    }
    shuffledSets = new long[PAGES][];
    java.util.SplittableRandom shuffle = new java.util.SplittableRandom(1);
    for (int i = 0; i < PAGES; i++) {
      long[] a = shingleSets[i].clone();
      for (int j = a.length - 1; j > 0; j--) {
        int k = shuffle.nextInt(j + 1);
        long t = a[j];
        a[j] = a[k];
        a[k] = t;
      }
      shuffledSets[i] = a;
    }
    lshSignatures = new Signature[LSH_PAGES];
    for (int i = 0; i < LSH_PAGES; i++) {
      long[] w = wordHashes(TextNormalizer.normalize(bodies.get(i)));
      lshSignatures[i] = minHasher.signature(hasher.shingleSet(w, w.length));
    }
    stop = WordSet.of(hasher, StopWords.ENGLISH);
    @SuppressWarnings("unchecked")
    List<String>[] blocks = new List[PAGES];
    blockTexts = blocks;
    pages = new Page[PAGES];
    pageBytes = new byte[PAGES][];
    pageWords = new PageWords[PAGES];
    for (int i = 0; i < PAGES; i++) {
      // The page as the engine sees it: a title line, then paragraphs.
      byte[] page = ("Title " + i + "\n\n" + texts[i]).getBytes(java.nio.charset.StandardCharsets.UTF_8);
      pageBytes[i] = page;
      pages[i] = PageExtractor.extract(new SourceDocument("p" + i, "p" + i, "h", "p" + i, Format.TEXT,
          page, null));
      List<String> bt = new ArrayList<>();
      pages[i].blocks().forEach(b -> bt.add(b.text()));
      blockTexts[i] = bt;
      pageWords[i] = PageWords.tokenize(bt, hasher, stop);
    }
    verifyPairs = new long[PAGES];
    for (int i = 0; i < PAGES; i++) {
      verifyPairs[i] = LshIndex.pack(i, (i * 7 + 1) % PAGES);
    }
    System.out.printf("%nsetup: %s; mean page %d bytes, %d words%n",
        folder != null ? "pages of " + folder : "generated pages", bytes / PAGES, words / PAGES);
  }

  private long[] wordHashes(String normalizedText) {
    long[][] buf = {new long[512]};
    int[] n = {0};
    WordTokenizer.scan(normalizedText, (t, s, e) -> {
      if (n[0] == buf[0].length) {
        buf[0] = java.util.Arrays.copyOf(buf[0], n[0] * 2);
      }
      buf[0][n[0]++] = hasher.wordHash(t, s, e);
    });
    return java.util.Arrays.copyOf(buf[0], n[0]);
  }

  private int nextPage() {
    int i = next;
    next = (i + 1) & (PAGES - 1);
    return i;
  }

  /** Arrays.sort of a page's shingle hashes in random order (copied first, as for the radix row). */
  @Benchmark
  public long[] sortShinglesArraysSort() {
    long[] s = shuffledSets[nextPage()].clone();
    java.util.Arrays.sort(s);
    return s;
  }

  /** LongSets.sort (radix) of a page's shingle hashes in random order. */
  @Benchmark
  public long[] sortShinglesRadix() {
    long[] s = shuffledSets[nextPage()].clone();
    LongSets.sort(s, s.length);
    return s;
  }

  /** PageExtractor on a plain-text page's bytes: UTF-8 check and decode, title and blocks. */
  @Benchmark
  public Page extractText() throws org.dupscan.extract.ExtractException {
    int i = nextPage();
    return PageExtractor.extract(new SourceDocument("p" + i, "p" + i, "h", "p" + i, Format.TEXT,
        pageBytes[i], null));
  }

  /** TextNormalizer + WordTokenizer: normalise and split a page, counting its words. */
  @Benchmark
  public int tokenize() {
    return WordTokenizer.count(TextNormalizer.normalize(texts[nextPage()]));
  }

  /** Normalise, split and hash every word once (the engine's per-page text chain). */
  @Benchmark
  public long[] tokenizeAndHashWords() {
    return wordHashes(TextNormalizer.normalize(texts[nextPage()]));
  }

  /** PageWords: the engine's tokenising of a page's blocks, each word hashed and classed once. */
  @Benchmark
  public PageWords pageWords() {
    return PageWords.tokenize(blockTexts[nextPage()], hasher, stop);
  }

  /** TextQuality on a tokenised page: repetition, top n-gram shares, top word. */
  @Benchmark
  public TextQuality.Figures textQuality() {
    int i = nextPage();
    return TextQuality.measure(pages[i], pageWords[i], TextQuality.DEFAULT_RESTATED_SHARE, false);
  }

  /** What the engine does per page for MinHash: shingle hashes in text order and their distinct count. */
  @Benchmark
  public int shinglesAndDistinctCount() {
    long[] w = wordHashes[nextPage()];
    long[] s = hasher.shingles(w, w.length);
    return LongSets.distinctCount(s, s.length);
  }

  /** ShingleHasher: word hashes to the sorted distinct 5-shingle hash set. */
  @Benchmark
  public long[] shingleSet() {
    long[] w = wordHashes[nextPage()];
    return hasher.shingleSet(w, w.length);
  }

  /** MinHasher: 128-permutation signature of one page's shingle set. */
  @Benchmark
  public Signature minHash() {
    return minHasher.signature(shingleSets[nextPage()]);
  }

  /** Peer: hash4j SuperMinHash, 128 components of 32 bits, same shingle set. */
  @Benchmark
  public byte[] hash4jSuperMinHash() {
    return superMinHash.compute(ElementHashProvider.ofValues(shingleSets[nextPage()]));
  }

  /** Peer: hash4j MinHash, 128 components of 32 bits, same shingle set. */
  @Benchmark
  public byte[] hash4jMinHash() {
    return hash4jMinHash.compute(ElementHashProvider.ofValues(shingleSets[nextPage()]));
  }

  /** LshIndex.candidates over 10,000 pages' signatures at threshold 0.8 (one op = 10,000 pages). */
  @Benchmark
  public long[] lshCandidates10k() {
    return LshIndex.candidates(lshSignatures, banding, false);
  }

  /** LongSets.jaccard: exact verification of one candidate pair of ~500-shingle sets. */
  @Benchmark
  public double verifyJaccard() {
    long p = verifyPairs[nextPage()];
    return LongSets.jaccard(shingleSets[LshIndex.first(p)], shingleSets[LshIndex.second(p)]);
  }
}
