package org.dupscan.engine;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.dupscan.corpus.DocumentSink;
import org.dupscan.corpus.FolderReader;
import org.dupscan.corpus.PendingDocument;
import org.dupscan.corpus.SkippedInput;
import org.dupscan.corpus.SourceDocument;
import org.dupscan.detect.BoilerplateMiner;
import org.dupscan.detect.Containment;
import org.dupscan.detect.DetectorSettings;
import org.dupscan.detect.NearDuplicateFinder;
import org.dupscan.detect.ShallowBoilerplate;
import org.dupscan.detect.Signals;
import org.dupscan.detect.SpamScore;
import org.dupscan.detect.TitleNights;
import org.dupscan.extract.ExtractException;
import org.dupscan.extract.Page;
import org.dupscan.extract.PageExtractor;
import org.dupscan.lsh.Banding;
import org.dupscan.minhash.MinHasher;
import org.dupscan.minhash.Signature;
import org.dupscan.pipeline.CaptionStage;
import org.dupscan.pipeline.ContainmentStage;
import org.dupscan.pipeline.ContentStage;
import org.dupscan.pipeline.Corpus;
import org.dupscan.pipeline.CorpusStage;
import org.dupscan.pipeline.PageInput;
import org.dupscan.pipeline.PageStage;
import org.dupscan.pipeline.Stage;
import org.dupscan.pipeline.StageOutput;
import org.dupscan.pipeline.StageResult;
import org.dupscan.pipeline.Stages;
import org.dupscan.pipeline.TextQualityStage;
import org.dupscan.pipeline.TitleStage;
import org.dupscan.internal.LongSets;
import org.dupscan.internal.Murmur3;
import org.dupscan.text.PageWords;
import org.dupscan.text.ShingleHasher;
import org.dupscan.text.TextNormalizer;
import org.dupscan.text.WordTokenizer;

/**
 * Runs a scan: read and extract pages in parallel, reduce each to word hashes spilled to disk and run
 * the per-page parts of the detector stages ({@link Stages}), then mine boilerplate, shingle, sign
 * and find duplicates, run the stages' cross-page parts and score each page from their signals. The
 * result does not depend on the number of threads or on the order in which pages finish, because every
 * later stage works on pages ordered by id.
 *
 * <p>Memory per page: its summary (id, url, host, title and counts), its detector findings (title
 * facts, caption candidates, text-quality figures), its signature until the near-duplicate step is
 * done, and spill offsets, about 1.3 KB live at the heap's peak (docs/benchmarks.md, "Memory at a
 * million pages"); word hashes and containment samples live in a temporary file and shingle sets are
 * made again from the word hashes when needed. The cross-page steps after pass 1 (boilerplate,
 * titles, captions, containment) add transient memory on top.
 */
public final class ScanEngine {

  private final ScanSettings settings;
  private final ShingleHasher hasher;
  private final MinHasher minHasher;
  private final PageAnalyzer analyzer;
  /** The detector stages, in list order. */
  private final List<Stage> stages;
  /** The stages with a per-page part, in list order. */
  private final List<PageStage<?>> pageStages = new ArrayList<>();
  /** The stages with a cross-page part, in list order. */
  private final List<CorpusStage> corpusStages = new ArrayList<>();
  /** Each per-page stage's class and its place in a page's findings. */
  private final Map<Class<?>, Integer> findingIndex = new HashMap<>();
  /** Boilerplate counts of the scan under way, fed by pass 1's workers. */
  private BoilerplateMiner miner;

  /** An engine running the standard detector stages ({@link Stages#standard()}). */
  public ScanEngine(ScanSettings settings) {
    this(settings, Stages.standard());
  }

  /** An engine running {@code stages}, in order. */
  public ScanEngine(ScanSettings settings, List<Stage> stages) {
    this.settings = settings;
    this.hasher = settings.hashing().shingleHasher();
    this.minHasher = settings.hashing().minHasher();
    this.analyzer = new PageAnalyzer(hasher);
    this.stages = Stages.checked(stages, List.of());
    for (Stage s : this.stages) {
      if (s instanceof PageStage<?> p) {
        findingIndex.put(p.getClass(), pageStages.size());
        pageStages.add(p);
      }
      if (s instanceof CorpusStage c) {
        corpusStages.add(c);
      }
    }
  }

  /** The detector stages this engine runs, in order. */
  public List<Stage> stages() {
    return stages;
  }

  /** A page after the first pass: its summary fields and where its word hashes were spilled. */
  private record Pass1(String id, String url, String host, String title, int words, long offset,
      int length, int bytes, Object[] findings, String charset, int hiddenWords, String origin, long order,
      Instant captured, SignedContent signed, boolean wordsHeld) {

    Pass1 readAs(long order, Instant captured) {
      return new Pass1(id, url, host, title, words, offset, length, bytes, findings, charset, hiddenWords,
          origin, order, captured, signed, wordsHeld);
    }

    Pass1 withoutSigned() {
      return new Pass1(id, url, host, title, words, offset, length, bytes, findings, charset, hiddenWords,
          origin, order, captured, null, wordsHeld);
    }
  }

  /**
   * Receives, in the shingle phase and from worker threads, each page's content data: what a
   * distributed run (SparkScan) needs to find duplicates across the groups of pages it scans apart.
   */
  @FunctionalInterface
  public interface ContentSink {
    /** No one listens. */
    ContentSink NONE = (id, signature, keyHi, keyLo, shingles) -> {};

    /**
     * @param signature the page's MinHash values
     * @param keyHi high half of its content key (equal keys: equal content words)
     * @param keyLo low half of its content key
     * @param shingles its sorted, distinct content shingles
     */
    void content(String id, int[] signature, long keyHi, long keyLo, long[] shingles);
  }

  /** Where the scan under way sends each page's content data. */
  private ContentSink contentSink = ContentSink.NONE;
  /** Host counts of fingerprints across the whole distributed scan this one is a part of. */
  private Map<Long, Integer> hostCounts = Map.of();

  /**
   * Scans {@code pages} (the pages {@code history} carries) as one part of a distributed scan: a
   * cross-host widget is found by {@code hostCounts} (see {@link BoilerplateMiner#mine(double, int,
   * Map)}) and each page's content data goes to {@code sink}. The settings' inputs should be empty
   * folders.
   */
  public ScanResult scanPart(PageHistory pages, Map<Long, Integer> hostCounts, ContentSink sink)
      throws IOException {
    this.hostCounts = Objects.requireNonNull(hostCounts, "hostCounts");
    this.contentSink = Objects.requireNonNull(sink, "sink");
    return scan(Progress.NONE, pages);
  }

  /** Progress of the scan under way. */
  private Progress progress = Progress.NONE;
  /** Pages of earlier runs, for the scan under way. */
  private PageHistory history = PageHistory.NONE;
  /** Documents of the scan under way taken from the history by their payload key, never loaded. */
  private final AtomicLong unloadedPages = new AtomicLong();
  /** Reads of held pages' word hashes from the history in the scan under way. */
  private final AtomicLong heldWordsRead = new AtomicLong();
  /** Stored pair similarities that held in the scan under way. */
  private int similaritiesReused;

  public ScanResult scan() throws IOException {
    return scan(Progress.NONE);
  }

  /** Runs the scan, telling {@code progress} about each phase and page. */
  public ScanResult scan(Progress progress) throws IOException {
    return scan(progress, PageHistory.NONE);
  }

  /**
   * Runs the scan over tonight's inputs and the pages {@code history} holds: unchanged pages are taken
   * from it rather than parsed again, and its pages not read tonight are analysed with tonight's.
   */
  public ScanResult scan(Progress progress, PageHistory history) throws IOException {
    this.progress = Objects.requireNonNull(progress, "progress");
    this.history = Objects.requireNonNull(history, "history");
    unloadedPages.set(0);
    heldWordsRead.set(0);
    try {
      return run();
    } finally {
      progress.done();
    }
  }

  private ScanResult run() throws IOException {
    Map<String, Long> timings = new LinkedHashMap<>();
    long t0 = System.nanoTime();
    List<SkippedInput> skipped = Collections.synchronizedList(new ArrayList<>());
    List<Pass1> read = Collections.synchronizedList(new ArrayList<>());
    AtomicLong bytesRead = new AtomicLong();
    Banding banding = settings.banding();
    DetectorSettings ds = settings.detectors();
    miner = new BoilerplateMiner();

    LongSpill.removeStale(settings.execution().tempDir(), SPILL_PREFIX);
    try (LongSpill words = new LongSpill(settings.execution().tempDir(), SPILL_PREFIX)) {
      progress.phase("read", -1);
      readAll(words, read, skipped, bytesRead);
      if (history != PageHistory.NONE) {
        readCarried(words, read, bytesRead);
      }
      words.flush(); // the readers' pool has terminated: their appends are all in
      long t1 = System.nanoTime();
      timings.put("read_extract_ms", (t1 - t0) / 1_000_000);

      List<Pass1> pages = latestCaptures(read, skipped);
      int n = pages.size();
      // Every parallel step from here on runs on this pool, so --threads holds for all of them.
      ForkJoinPool pool = new ForkJoinPool(settings.execution().threads());
      try {
        // Cross-page aggregation, on pages in id order: the same whatever order the workers finished in.
        // On the pool: the miner's parallel steps (hosts, sections, variant samples) use --threads.
        BoilerplateMiner.Result mined = pool.submit(() -> miner.mine(ds.boilerplateShare(),
            ds.boilerplateHosts(), hostCounts)).get();
        BoilerplateMiner.Result boilerplate = mined.withoutRecurringContent(pool.submit(
            () -> dominatedPages(pages, words, mined.fingerprintsByHost())).get());
        Map<String, Set<Long>> templates = boilerplate.fingerprintsByHost();
        long tMined = System.nanoTime();
        timings.put("boilerplate_ms", (tMined - t1) / 1_000_000);
        int[] contentWords = new int[n];
        double[] boilerplateShare = new double[n];
        Signature[] signatures = new Signature[n];
        long[] keyHi = new long[n];
        long[] keyLo = new long[n];
        int[] setLength = new int[n];
        // Containment's samples are taken here from the shingles MinHash hashes, rather than from
        // sets made again from the spill after the near-duplicate step (ContainmentStage). They are
        // spilled beside the word hashes: held on the heap they were about 400 bytes a page through
        // the near-duplicate step, where the heap peaks (docs/benchmarks.md, the memory table).
        PageSamples samples = corpusStages.stream().anyMatch(c -> c instanceof ContainmentStage)
            ? new PageSamples(n, words) : null;
        boolean[] asStored = new boolean[n]; // a held page whose content is the one it was signed for
        progress.phase("shingle", n);
        pool.submit(() -> IntStream.range(0, n).parallel().forEach(i -> {
          Pass1 p = pages.get(i);
          progress.advance(p.bytes());
          SignedContent held = p.signed();
          // A held page signed as stored needs only its blocks to show that its kept blocks are
          // unchanged: its word hashes are read from the spill only when it is signed again.
          long[] data = words.read(p.offset(), held != null
              ? AnalyzedPage.headLength(p.length(), p.words()) : p.length());
          AnalyzedPage.Blocks blocks = AnalyzedPage.blocksOf(data);
          boolean[] boiler = boilerplate(blocks, templates.getOrDefault(p.host(), Set.of()));
          boolean[] keep = kept(boiler);
          int kept = 0; // content words: furniture and template left out, even with --keep-boilerplate
          int compared = 0; // words of the kept blocks (furniture too, with --keep-boilerplate)
          for (int b = 0; b < boiler.length; b++) {
            kept += boiler[b] ? 0 : blocks.blockWords(b);
            compared += keep[b] ? blocks.blockWords(b) : 0;
          }
          contentWords[i] = kept;
          boilerplateShare[i] = blocks.words() == 0 ? 0 : 1.0 - (double) kept / blocks.words();
          if (compared == 0) {
            return;
          }
          if (held != null && java.util.Arrays.equals(held.kept(), keep)) {
            // A held page whose kept blocks are unchanged has the content it was signed for.
            signatures[i] = minHasher.fromValues(held.minima());
            keyHi[i] = held.keyHi();
            keyLo[i] = held.keyLo();
            setLength[i] = held.shingles();
            if (samples != null && setLength[i] >= Containment.DEFAULT_MIN_SHINGLES
                && held.sample() != null) { // not stored: containment then makes it
              samples.put(i, held.sample());
            }
            asStored[i] = true;
            pages.set(i, p.withoutSigned()); // the minima live on in signatures[i] alone
            return;
          }
          if (held != null) {
            data = pageLongs(p, words); // signed again: its words are read after all
          }
          long[] content = AnalyzedPage.fromLongs(data).wordsOf(keep);
          // Unsorted, repeats included: MinHash and the distinct count need no sort; only pages in
          // candidate pairs get a sorted set, when verified (contentShingles).
          long[] shingles = hasher.shingles(content, content.length);
          signatures[i] = minHasher.signature(shingles);
          long[] key = contentKey(content);
          keyHi[i] = key[0];
          keyLo[i] = key[1];
          setLength[i] = LongSets.distinctCount(shingles, shingles.length);
          int[] sample = null;
          if (samples != null && setLength[i] >= Containment.DEFAULT_MIN_SHINGLES) {
            sample = Containment.sample(shingles);
            samples.put(i, sample);
          }
          if (history != PageHistory.NONE) {
            try {
              history.signed(p.id(), new SignedContent(keep, signatures[i].values(), key[0], key[1],
                  setLength[i], sample));
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          }
          if (contentSink != ContentSink.NONE) {
            // The shingles' last use: sorting them in place gives the set without hashing again.
            contentSink.content(p.id(), signatures[i].values(), key[0], key[1],
                LongSets.sortedDistinct(shingles, shingles.length));
          }
        })).get();
        words.flush(); // the samples the pool's threads appended
        long t2 = System.nanoTime();
        timings.put("shingle_minhash_ms", (t2 - tMined) / 1_000_000);
        progress.phase("lsh, verify, cluster", -1);

        NearDuplicateFinder.Settings fs = new NearDuplicateFinder.Settings(settings.lsh().threshold(), banding,
            settings.lsh().clusterPairCap(), settings.execution().threads() > 1);
        NearDuplicateFinder.Similarities known = NearDuplicateFinder.Similarities.NONE;
        IntersectionMemory intersections = null;
        String[] ids = new String[n];
        if (history != PageHistory.NONE) {
          for (int i = 0; i < n; i++) {
            ids[i] = pages.get(i).id();
          }
          known = PairMemory.of(history, ids, asStored);
          if (samples != null) {
            intersections = IntersectionMemory.of(history, ids, asStored);
          }
        }
        NearDuplicateFinder.Similarities memory = known;
        NearDuplicateFinder.Result near = pool.submit(() -> NearDuplicateFinder.find(signatures, keyHi,
            keyLo, doc -> contentShingles(pages.get(doc), words, templates), memory, fs)).get();
        if (memory instanceof PairMemory m) {
          history.keepSimilarities(m.kept());
          similaritiesReused = m.stored();
        }
        // The signatures' last use (about 530 bytes a page): a frame may keep the array reachable to
        // the end of the scan, and the detectors and reports need the room.
        java.util.Arrays.fill(signatures, null);
        timings.put("lsh_verify_cluster_ms", (System.nanoTime() - t2) / 1_000_000);

        List<PageSummary> summaries = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
          Pass1 p = pages.get(i);
          summaries.add(new PageSummary(p.id(), p.url(), p.host(), p.title(), p.words(), setLength[i],
              p.charset(), p.hiddenWords()));
        }
        long t3 = System.nanoTime();
        if (intersections != null) {
          reuseCandidates(intersections, ids, asStored, samples, near.clusterOf());
        }
        Corpus corpus = new ScannedCorpus(pages, boilerplate, near, contentWords, boilerplateShare,
            setLength, samples, doc -> contentShingles(pages.get(doc), words, templates),
            intersections == null ? Containment.Intersections.NONE : intersections,
            history == PageHistory.NONE ? TitleNights.History.NONE : new TitleMemory(history));
        Map<String, Long> stageTimes = new LinkedHashMap<>();
        List<StageOutput> outputs = pool.submit(() -> runStages(corpus, stageTimes)).get();
        if (intersections != null) {
          history.keepIntersections(intersections.kept());
        }
        long t4 = System.nanoTime();
        timings.put("detectors_ms", (t4 - t3) / 1_000_000);
        timings.putAll(stageTimes);
        Detections detections = pool.submit(() -> detections(boilerplate, outputs, contentWords,
            boilerplateShare)).get();
        timings.put("spam_score_ms", (System.nanoTime() - t4) / 1_000_000);
        List<SkippedInput> skips = new ArrayList<>(skipped);
        Collections.sort(skips);
        timings.put("total_ms", (System.nanoTime() - t0) / 1_000_000);
        if (history != PageHistory.NONE) {
          // A count, not a time: runtime.csv is the one report a fresh scan need not repeat.
          timings.put(UNLOADED_PAGES, unloadedPages.get());
          timings.put(STORED_SIMILARITIES, (long) similaritiesReused);
          timings.put(STORED_INTERSECTIONS, intersections == null ? 0L : intersections.taken());
          timings.put(STORED_CANDIDATES, intersections == null ? 0L : intersections.candidatesTaken());
          timings.put(HELD_WORDS_READ, heldWordsRead.get());
          if (corpus.titles() instanceof TitleMemory t) {
            timings.put(TITLE_KEYS_JOINED_AGAIN, t.joinedAgain);
          }
        }
        return new ScanResult(settings, banding, List.copyOf(summaries), List.copyOf(skips), near,
            bytesRead.get(), timings, detections);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("scan interrupted", e);
      } catch (ExecutionException e) {
        throw unwrap(e);
      } finally {
        pool.shutdownNow();
      }
    }
  }

  /** For each block of a page, whether it is furniture or one of the host's mined template blocks. */
  /**
   * Lets containment take the last run's candidates of the pages they still hold for
   * ({@link IntersectionMemory#reuseCandidates}): gives it tonight's samples of the pages not as
   * stored, the last run's of the held pages not as stored (read tonight or not) and the last run's
   * clusters. Takes none when a held page's last sample is unknown (not stored although it had the
   * shingles to be sampled): its shingles might be anywhere.
   */
  private void reuseCandidates(IntersectionMemory memory, String[] ids, boolean[] asStored,
      PageSamples samples, int[] clusterOf) throws IOException {
    List<int[]> tonight = new ArrayList<>();
    for (int i = 0; i < ids.length; i++) {
      int[] s = asStored[i] ? null : samples.get(i);
      if (s != null) {
        tonight.add(s);
      }
    }
    List<int[]> lastRun = new ArrayList<>();
    boolean[] unknown = {false};
    history.storedSignatures(id -> {
      int a = java.util.Arrays.binarySearch(ids, id);
      return a >= 0 && asStored[a];
    }, (id, signed) -> {
      if (signed.sample() != null) {
        lastRun.add(signed.sample());
      } else if (signed.shingles() >= Containment.DEFAULT_MIN_SHINGLES) {
        unknown[0] = true;
      }
    });
    if (unknown[0]) {
      return;
    }
    List<List<String>> lastClusters = new ArrayList<>();
    history.storedClusters(lastClusters::add);
    memory.reuseCandidates(asStored, tonight, lastRun, clusterOf, lastClusters);
  }

  private static boolean[] boilerplate(AnalyzedPage a, Set<Long> template) {
    return boilerplate(a.chrome(), a.blockFingerprints(), template);
  }

  private static boolean[] boilerplate(AnalyzedPage.Blocks a, Set<Long> template) {
    return boilerplate(a.chrome(), a.fingerprints(), template);
  }

  private static boolean[] boilerplate(boolean[] chrome, long[] fingerprints, Set<Long> template) {
    boolean[] boiler = new boolean[fingerprints.length];
    for (int b = 0; b < boiler.length; b++) {
      boiler[b] = chrome[b] || template.contains(fingerprints[b]);
    }
    return boiler;
  }

  /** Which blocks similarity looks at: all but {@code boiler} ones, or all with --keep-boilerplate. */
  private boolean[] kept(boolean[] boiler) {
    boolean[] keep = new boolean[boiler.length];
    for (int b = 0; b < keep.length; b++) {
      keep[b] = settings.hashing().keepBoilerplate() || !boiler[b];
    }
    return keep;
  }

  /**
   * A page's sorted, distinct content shingles, made again from its spilled word hashes for the
   * verification of a candidate pair. Only pages in candidate pairs (a few percent at 100k pages) are
   * asked for, so remaking their sets costs less than writing every page's set to disk and reading it
   * back (docs/design.md).
   */
  private long[] contentShingles(Pass1 p, LongSpill words, Map<String, Set<Long>> templates) {
    AnalyzedPage a = AnalyzedPage.fromLongs(pageLongs(p, words));
    long[] content = a.wordsOf(kept(boilerplate(a, templates.getOrDefault(p.host(), Set.of()))));
    return hasher.shingleSet(content, content.length);
  }

  /**
   * Pass 1 over tonight's inputs in one read where it can. Of several captures of one URL only the
   * latest may reach the per-page detectors (a site captured twice would otherwise have every block
   * "recur" on two pages and look like template), and which capture is the latest is known only once
   * every crawl file has been read. Repeated captures are rare in a crawl, so the first read processes
   * each record as it comes while it notes every capture; if no URL was captured twice, that read is
   * the scan. Otherwise, from the first repeat on, it only notes captures, and a second read scans
   * again from the start, knowing from the first the latest capture of every URL; the page history is
   * told to forget what the first read gave it ({@link PageHistory#restart}), as the miner is.
   */
  private void readAll(LongSpill words, List<Pass1> read, List<SkippedInput> skipped, AtomicLong bytes)
      throws IOException {
    Map<String, Capture> captures = new HashMap<>();
    if (readPass(words, read, skipped, bytes, null, captures)) {
      read.clear();
      skipped.clear();
      bytes.set(0);
      miner = new BoilerplateMiner(); // forget the blocks of pages read before the repeat
      history.restart();
      unloadedPages.set(0);
      progress.phase("read", -1);
      readPass(words, read, skipped, bytes, captures, null);
    }
  }

  /**
   * One read of every input, its pages processed on worker threads. With {@code learn} null the
   * captures of crawl records are taken from {@code known}. With {@code learn} given, every crawl
   * record's capture is put there and records are processed until one URL comes a second time; true
   * then.
   */
  private boolean readPass(LongSpill words, List<Pass1> read, List<SkippedInput> skipped,
      AtomicLong bytes, Map<String, Capture> known, Map<String, Capture> learn) throws IOException {
    FolderReader reader = new FolderReader(settings.inputs(), settings.reader());
    // Set once the crawl files are indexed; page files, read before that, have no id to look up.
    Map<String, Capture> latest = new HashMap<>();
    boolean[] repeated = {false};
    long[] firstCrawlOrder = {Long.MAX_VALUE};
    ExecutorService pool = Executors.newFixedThreadPool(settings.execution().threads(), r -> {
      Thread t = new Thread(r, "dupscan-read");
      t.setDaemon(true);
      return t;
    });
    Semaphore inFlight = new Semaphore(settings.execution().threads() * 4);
    // An Error in a worker (out of memory) or a temporary folder that fails ends the run: its pages
    // would otherwise be in neither documents.csv nor skipped.csv. Later batches are dropped unread.
    java.util.concurrent.atomic.AtomicReference<Throwable> fatal =
        new java.util.concurrent.atomic.AtomicReference<>();
    AtomicLong sequence = new AtomicLong(); // the reader's order, which calls document() in turn
    try {
      // Pages go to the workers a batch at a time: a hand-off per page cost three futex calls. A batch
      // also ends at HANDOFF_BYTES, so that batches of large records hold no more than single ones.
      final class Handoff implements DocumentSink {
        private List<Queued> batch = new ArrayList<>(HANDOFF_BATCH);
        private long batchBytes;

        @Override
        public void document(PendingDocument document) {
          long order = sequence.getAndIncrement();
          String id = document.id();
          if (learn != null && id != null && order >= firstCrawlOrder[0]) {
            Capture c = new Capture(order, document.captured(), document.origin());
            Capture before = learn.putIfAbsent(id, c);
            if (before != null) {
              learn.put(id, newer(c, before) ? c : before);
              repeated[0] = true;
            }
          }
          if (repeated[0]) {
            return; // this read only learns captures now: the next one scans
          }
          Capture winner = id == null ? null : latest.get(id);
          if (winner != null && winner.order() != order) {
            skipped.add(new SkippedInput(document.origin(), "superseded by " + winner.origin()));
            return;
          }
          batch.add(new Queued(document, order));
          batchBytes += document.heldBytes();
          if (batch.size() == HANDOFF_BATCH || batchBytes >= HANDOFF_BYTES) {
            flush();
          }
        }

        @Override
        public void skipped(SkippedInput s) {
          skipped.add(s);
        }

        void flush() {
          if (batch.isEmpty()) {
            return;
          }
          List<Queued> work = batch;
          batch = new ArrayList<>(HANDOFF_BATCH);
          batchBytes = 0;
          inFlight.acquireUninterruptibly();
          pool.execute(() -> {
            try {
              if (fatal.get() != null) {
                return;
              }
              List<Pass1> done = new ArrayList<>(work.size());
              long doneBytes = 0;
              for (Queued q : work) {
                Pass1 p = process(q.document(), q.order(), words, skipped);
                progress.advance(p == null ? 0 : p.bytes());
                if (p != null) {
                  done.add(p.readAs(q.order(), q.document().captured()));
                  doneBytes += p.bytes();
                }
              }
              read.addAll(done);
              bytes.addAndGet(doneBytes);
            } catch (Throwable t) { // rethrown on the scanning thread once the pool is done
              fatal.compareAndSet(null, t);
            } finally {
              inFlight.release();
            }
          });
        }
      }
      Handoff scan = new Handoff();
      List<FolderReader.Container> containers = reader.readPages(scan);
      if (known != null) {
        latest.putAll(known);
      }
      firstCrawlOrder[0] = sequence.get();
      for (FolderReader.Container c : containers) {
        c.read(scan);
      }
      scan.flush();
    } finally {
      finish(pool);
    }
    Throwable f = fatal.get();
    if (f instanceof Error err) {
      throw err;
    } else if (f instanceof RuntimeException r) {
      throw r;
    } else if (f != null) {
      throw new IOException(f);
    }
    return repeated[0];
  }

  /**
   * Prefix of the runtime.csv rows timing each cross-page stage ({@code stage.titles_ms}, ...): their
   * sum is about {@code detectors_ms}.
   */
  public static final String STAGE_TIME_PREFIX = "stage.";

  /**
   * The runtime.csv row counting the documents taken from the history by their payload key (a WARC
   * record's WARC-Payload-Digest), neither loaded nor parsed.
   */
  public static final String UNLOADED_PAGES = "pages_unchanged_by_payload_digest";

  /**
   * The runtime.csv row counting the stored similarities of unchanged page pairs that held tonight,
   * which verification took rather than comparing shingle sets.
   */
  public static final String STORED_SIMILARITIES = "similarities_stored_and_valid";

  /**
   * The runtime.csv row counting the stored intersection sizes of containment's candidate pairs of
   * unchanged pages that tonight's containment took instead of intersecting their sets.
   */
  public static final String STORED_INTERSECTIONS = "intersections_stored_and_taken";
  /**
   * The runtime.csv row counting the pages whose containment candidates tonight's containment took
   * from the last run instead of searching for them.
   */
  public static final String STORED_CANDIDATES = "containment_candidates_stored_and_taken";

  /**
   * The runtime.csv row counting the reads of held pages' word hashes from the history (index format
   * 11 keeps them apart): of pages re-signed or in a pair whose similarity or intersection was not
   * stored (a page in several such pairs may be read more than once). The other held pages' words are
   * never read.
   */
  public static final String HELD_WORDS_READ = "held_pages_words_read";

  /**
   * The runtime.csv row counting the title keys tonight's title stage looked up or joined again
   * (new, changed, or in a variant group that lost a key); -1 when it ran the whole search (no usable
   * memory of the last run, or a join that skips comparisons).
   */
  public static final String TITLE_KEYS_JOINED_AGAIN = "title_keys_joined_again";

  /** The title stage's memory in the history, read when the stage asks and kept as it leaves it. */
  private static final class TitleMemory implements TitleNights.History {
    private final PageHistory history;
    private volatile long joinedAgain = -1;

    TitleMemory(PageHistory history) {
      this.history = history;
    }

    @Override
    public TitleNights.Memory last() {
      try {
        return history.titleMemory();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }

    @Override
    public void keep(TitleNights.Memory tonight, int keysJoinedAgain) {
      joinedAgain = keysJoinedAgain;
      try {
        history.keepTitleMemory(tonight);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  /** Name prefix of the scan's spill files in the temporary folder. */
  static final String SPILL_PREFIX = "dupscan-words-";

  /**
   * Most characters of text (title and blocks) one page may have; a page with more is listed as
   * skipped rather than analysed. About 150,000 words, a hundred times a long article: the per-page
   * detectors hold tables that grow with a page's words, and a few such pages at once would exhaust
   * a modest heap (four pages of 900,000 words each did at 128 MB) where pages of ordinary size take
   * a few KB each.
   */
  public static final int MAX_PAGE_TEXT_CHARS = 1_000_000;

  /** Lets {@code pool}'s queued work finish and waits for it: every page handed off is accounted for. */
  private static void finish(ExecutorService pool) throws IOException {
    pool.shutdown();
    try {
      pool.awaitTermination(Long.MAX_VALUE, TimeUnit.DAYS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("scan interrupted", e);
    }
  }

  /** Most pages per hand-off from the reading thread to the workers. */
  static final int HANDOFF_BATCH = 16;
  /** A hand-off ends once its pages hold this many bytes. */
  static final long HANDOFF_BYTES = 1 << 20;

  /** A page waiting for a worker, with its place in the reader's order. */
  private record Queued(PendingDocument document, long order) {}

  /** The capture of an id that counts: its place in the reader's order and its origin. */
  private record Capture(long order, Instant captured, String origin) {}

  /** Whether {@code a} is a later capture than {@code b} ({@link #compareCaptures}). */
  private static boolean newer(Capture a, Capture b) {
    return compareCaptures(a.captured(), a.order(), b.captured(), b.order()) > 0;
  }

  /**
   * The rule that chooses which of several captures of one id counts, for this engine and for a
   * distributed scan (SparkScan) alike: the later WARC-Date, an unknown date counting as oldest, then
   * the one read later. Positive when capture a (date {@code aDate}, null when unknown, at place
   * {@code aOrder} in the reader's order) is the later, negative when b is, 0 only for one capture.
   */
  public static int compareCaptures(Instant aDate, long aOrder, Instant bDate, long bOrder) {
    if (aDate != null || bDate != null) {
      if (bDate == null) {
        return 1;
      }
      if (aDate == null) {
        return -1;
      }
      int c = aDate.compareTo(bDate);
      if (c != 0) {
        return c;
      }
    }
    return Long.compare(aOrder, bOrder);
  }

  /**
   * Keeps one page per id, sorted by id: of several captures of one URL (in several WARC records or
   * files) the latest WARC-Date counts, unknown dates counting as oldest, and on equal dates the one
   * read last; the others are listed as superseded. Depends only on what was read, not on which worker
   * finished first. Records were already narrowed to one capture per id by {@link #readAll}; this
   * catches ids a reader learns only on loading.
   */
  private static String originOf(Pass1 p) {
    return p.origin() == null ? p.id() : p.origin();
  }

  private static List<Pass1> latestCaptures(List<Pass1> read, List<SkippedInput> skipped) {
    List<Pass1> all = new ArrayList<>(read);
    Comparator<Pass1> newestFirst = (a, b) ->
        compareCaptures(b.captured(), b.order(), a.captured(), a.order());
    all.sort(Comparator.comparing(Pass1::id).thenComparing(newestFirst));
    List<Pass1> kept = new ArrayList<>(all.size());
    Pass1 current = null;
    for (Pass1 p : all) {
      if (current != null && current.id().equals(p.id())) {
        skipped.add(new SkippedInput(originOf(p), "superseded by " + originOf(current)));
      } else {
        current = p;
        kept.add(p);
      }
    }
    return kept;
  }

  /**
   * The pages {@link #history} holds that were not read tonight, analysed like tonight's pages (on
   * worker threads, a batch at a time, so that no more than a few batches of pages are in memory).
   */
  private void readCarried(LongSpill words, List<Pass1> read, AtomicLong bytes) throws IOException {
    Set<String> ids = new HashSet<>();
    for (Pass1 p : read) {
      ids.add(p.id());
    }
    ExecutorService pool = Executors.newFixedThreadPool(settings.execution().threads(), r -> {
      Thread t = new Thread(r, "dupscan-carried");
      t.setDaemon(true);
      return t;
    });
    Semaphore inFlight = new Semaphore(settings.execution().threads() * 4);
    java.util.concurrent.atomic.AtomicReference<Throwable> fatal =
        new java.util.concurrent.atomic.AtomicReference<>();
    List<List<Supplier<PageState>>> batch = new ArrayList<>(List.of(new ArrayList<>(HANDOFF_BATCH)));
    Runnable flush = () -> {
      List<Supplier<PageState>> work = batch.set(0, new ArrayList<>(HANDOFF_BATCH));
      if (work.isEmpty()) {
        return;
      }
      inFlight.acquireUninterruptibly();
      pool.execute(() -> {
        try {
          List<Pass1> done = new ArrayList<>(work.size());
          long doneBytes = 0;
          for (Supplier<PageState> stored : work) {
            Pass1 p = admit(stored.get(), null, words); // decoded here, on a worker
            progress.advance(p.bytes());
            done.add(p);
            doneBytes += p.bytes();
          }
          read.addAll(done);
          bytes.addAndGet(doneBytes);
        } catch (Throwable t) { // a stored page that cannot be decoded ends the run, never lost silently
          fatal.compareAndSet(null, t);
        } finally {
          inFlight.release();
        }
      });
    };
    try {
      history.carried(ids, page -> {
        batch.get(0).add(page);
        if (batch.get(0).size() == HANDOFF_BATCH) {
          flush.run();
        }
      });
      flush.run();
    } finally {
      finish(pool);
    }
    Throwable f = fatal.get();
    if (f instanceof Error err) {
      throw err;
    } else if (f instanceof java.io.UncheckedIOException u) {
      throw u.getCause();
    } else if (f instanceof RuntimeException r) {
      throw r;
    } else if (f != null) {
      throw new IOException(f);
    }
  }

  /** Characters of a page's title and blocks, the measure {@link #MAX_PAGE_TEXT_CHARS} caps. */
  public static long textChars(Page page) {
    long chars = page.title().length();
    for (org.dupscan.extract.Block b : page.blocks()) {
      chars += b.text().length();
    }
    return chars;
  }

  /** Reads, extracts and analyses one document; a bad one is listed as skipped and never thrown. */
  private Pass1 process(PendingDocument document, long order, LongSpill words,
      List<SkippedInput> skipped) {
    try {
      String payloadKey = document.payloadKey();
      if (payloadKey != null && document.id() != null) {
        PageState unloaded = history.recallUnloaded(document.id(), payloadKey);
        if (unloaded != null) {
          unloadedPages.incrementAndGet();
          return admit(unloaded, document.origin(), words);
        }
      }
      SourceDocument doc = document.load();
      String origin = document.id() == null ? null : document.origin();
      PageState stored = history.recall(doc, payloadKey);
      if (stored != null) {
        return admit(stored, origin, words);
      }
      Page page = PageExtractor.extract(doc);
      long chars = textChars(page);
      if (chars > MAX_PAGE_TEXT_CHARS) {
        skipped.add(new SkippedInput(document.origin(), "page text over " + MAX_PAGE_TEXT_CHARS
            + " characters (" + chars + ")"));
        return null;
      }
      PageState state = analyse(page);
      if (state == null) {
        skipped.add(new SkippedInput(document.origin(), "no words"));
        return null;
      }
      if (history != PageHistory.NONE) {
        history.extracted(order, doc, payloadKey, state,
            ComparedText.of(page, settings.hashing().keepBoilerplate()));
      }
      return admit(state, origin, words);
    } catch (IOException e) {
      skipped.add(new SkippedInput(document.origin(), "unreadable: " + FolderReader.describe(e)));
    } catch (ExtractException e) {
      skipped.add(new SkippedInput(document.origin(), e.getMessage()));
    } catch (StackOverflowError e) {
      skipped.add(new SkippedInput(document.origin(), "markup nested too deeply"));
    } catch (TempFolderException e) {
      throw e; // the run's fault, not the page's
    } catch (RuntimeException e) {
      skipped.add(new SkippedInput(document.origin(), "cannot process: " + e));
    }
    return null;
  }

  /**
   * What pass 1 makes of a page extracted elsewhere (the Spark job's read step), for a history that
   * carries such pages into {@link #scanPart}; null when the page has no words.
   */
  public PageState analysePage(Page page) {
    return analyse(Objects.requireNonNull(page, "page"));
  }

  /**
   * Analyses an extracted page: words, per-page stages, block samples for boilerplate mining. Null
   * when the page has no words. Changes nothing: {@link #admit} adds the result to the scan.
   */
  private PageState analyse(Page page) {
    PageWords pageWords = analyzer.tokenize(page);
    AnalyzedPage analyzed = analyzer.analyze(page, pageWords);
    if (analyzed.words().length == 0) {
      return null;
    }
    PagePass input = detect(page, pageWords, analyzed);
    return new PageState(page.id(), page.url(), page.host(), page.title(), analyzed.words().length,
        page.bytes(), page.charset(), hiddenWords(page), analyzed.toLongs(), input.findings,
        samples(page, pageWords, analyzed, input.held), null);
  }

  /**
   * Adds an analysed page to the scan: its words spilled, its blocks counted for boilerplate mining.
   * {@code origin} is kept for "superseded by" messages: a folder page's origin is its path, never
   * needed again (its id is unique in the run), so it is not kept (at a million pages that is 100 MB
   * of heap); records of crawl files keep theirs.
   */
  private Pass1 admit(PageState s, String origin, LongSpill words) {
    long offset = words.append(s.analysed()); // a held page's head only: its words stay in the history
    miner.add(s.host(), s.id(), s.samples());
    boolean held = s.wordsHeld();
    return new Pass1(s.id(), s.url(), s.host(), s.title(), s.words(), offset,
        s.analysed().length + (held ? s.words() : 0), s.bytes(), s.findings(), s.charset(),
        s.hiddenWords(), origin, -1, null, s.signed(), held);
  }

  /**
   * A page's longs ({@link AnalyzedPage#toLongs}) whole: from the spill, or, for a page whose word
   * hashes the history keeps ({@link PageState#wordsHeld}), its head from the spill and its words from
   * the history. Only pages re-signed or in a pair to verify get here.
   */
  private long[] pageLongs(Pass1 p, LongSpill words) {
    if (!p.wordsHeld()) {
      return words.read(p.offset(), p.length());
    }
    int head = AnalyzedPage.headLength(p.length(), p.words());
    long[] out = java.util.Arrays.copyOf(words.read(p.offset(), head), p.length());
    long[] hashes;
    try {
      hashes = history.words(p.id());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    if (hashes == null || hashes.length != p.words()) {
      throw new IllegalStateException("the history holds " + (hashes == null ? "no" : hashes.length)
          + " word hashes for page " + p.id() + ", which has " + p.words() + " words");
    }
    System.arraycopy(hashes, 0, out, head, hashes.length);
    heldWordsRead.incrementAndGet();
    return out;
  }

  /**
   * For each host's candidate boilerplate block, counts the pages it stands on whose content words
   * (page furniture aside) are at least {@link BoilerplateMiner#COVERED_SHARE} in blocks that recur on
   * the host: pages with nothing of their own. Reads only pages of hosts that have candidates.
   */
  private Map<String, Map<Long, Integer>> dominatedPages(List<Pass1> pages, LongSpill words,
      Map<String, Set<Long>> candidates) {
    Map<String, Map<Long, AtomicInteger>> counts = new HashMap<>();
    candidates.forEach((host, fps) -> {
      Map<Long, AtomicInteger> m = new HashMap<>();
      fps.forEach(f -> m.put(f, new AtomicInteger()));
      counts.put(host, m);
    });
    IntStream.range(0, pages.size()).parallel().forEach(i -> {
      Pass1 p = pages.get(i);
      Map<Long, AtomicInteger> hostCounts = counts.get(p.host());
      if (hostCounts == null) {
        return;
      }
      // Blocks only: the words are not read.
      AnalyzedPage.Blocks a = AnalyzedPage.blocksOf(words.read(p.offset(),
          AnalyzedPage.headLength(p.length(), p.words())));
      long content = 0;
      long candidate = 0;
      for (int b = 0; b < a.blockCount(); b++) {
        if (!a.chrome()[b]) {
          content += a.blockWords(b);
          candidate += miner.recurs(p.host(), a.fingerprints()[b]) ? a.blockWords(b) : 0;
        }
      }
      if (content > 0 && candidate >= BoilerplateMiner.COVERED_SHARE * content) {
        Set<Long> seen = new HashSet<>();
        for (long f : a.fingerprints()) {
          AtomicInteger c = hostCounts.get(f);
          if (c != null && seen.add(f)) {
            c.incrementAndGet();
          }
        }
      }
    });
    Map<String, Map<Long, Integer>> out = new HashMap<>();
    counts.forEach((host, m) -> {
      Map<Long, Integer> h = new HashMap<>();
      m.forEach((f, c) -> h.put(f, c.get()));
      out.put(host, h);
    });
    return out;
  }

  /** Words of the text the page hides from readers (display:none, hidden, noscript). */
  private static int hiddenWords(Page page) {
    int n = 0;
    for (String t : page.hiddenTexts()) {
      n += WordTokenizer.count(TextNormalizer.normalize(t));
    }
    return n;
  }

  /** Runs the per-page stages while the page is in memory, in list order. */
  private PagePass detect(Page page, PageWords words, AnalyzedPage analyzed) {
    PagePass input = new PagePass(page, words, analyzed.blockFingerprints());
    for (int k = 0; k < pageStages.size(); k++) {
      input.findings[k] = pageStages.get(k).detect(input);
      input.done = k + 1;
    }
    return input;
  }

  /** A page's blocks as boilerplate mining counts them; {@code held}: blocks a stage holds. */
  private static List<BoilerplateMiner.BlockSample> samples(Page page, PageWords words,
      AnalyzedPage analyzed, Set<Integer> held) {
    boolean[] shallow = ShallowBoilerplate.mark(page.blocks(), words);
    List<BoilerplateMiner.BlockSample> samples = new ArrayList<>(page.blocks().size());
    for (int b = 0; b < page.blocks().size(); b++) {
      int w = analyzed.blockWords(b);
      samples.add(new BoilerplateMiner.BlockSample(analyzed.blockFingerprints()[b], w,
          w <= BoilerplateMiner.MAX_TEMPLATE_WORDS ? page.blocks().get(b).text() : null, shallow[b],
          held.contains(b)));
    }
    return samples;
  }

  /** A page as the per-page stages see it in pass 1, with the findings made so far. */
  private final class PagePass implements PageInput {
    private final Page page;
    private final PageWords words;
    private final long[] fingerprints;
    final Object[] findings = new Object[pageStages.size()];
    /** How many stages have run: a stage may read only the findings of those before it. */
    int done;
    final Set<Integer> held = new HashSet<>();

    PagePass(Page page, PageWords words, long[] fingerprints) {
      this.page = page;
      this.words = words;
      this.fingerprints = fingerprints;
    }

    @Override
    public Page page() {
      return page;
    }

    @Override
    public PageWords words() {
      return words;
    }

    @Override
    public long[] blockFingerprints() {
      return fingerprints;
    }

    @Override
    public DetectorSettings settings() {
      return settings.detectors();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <F> F finding(Class<? extends PageStage<F>> stage) {
      Integer k = findingIndex.get(stage);
      if (k == null || k >= done) {
        throw new IllegalStateException("no " + stage.getSimpleName() + " runs before stage "
            + pageStages.get(done).name());
      }
      return (F) findings[k];
    }

    @Override
    public void hold(int block) {
      held.add(block);
    }
  }

  /** The whole scan as the cross-page stages see it. */
  private final class ScannedCorpus implements Corpus {
    private final List<Pass1> pages;
    private final BoilerplateMiner.Result boilerplate;
    private final NearDuplicateFinder.Result near;
    private final int[] contentWords;
    private final double[] boilerplateShare;
    private final int[] shingles;
    /** Containment samples made while shingling (null where none), or null. */
    private final PageSamples samples;
    private final NearDuplicateFinder.ShingleSets sets;
    private final Containment.Intersections intersections;
    private final TitleNights.History titles;

    ScannedCorpus(List<Pass1> pages, BoilerplateMiner.Result boilerplate,
        NearDuplicateFinder.Result near, int[] contentWords, double[] boilerplateShare, int[] shingles,
        PageSamples samples, NearDuplicateFinder.ShingleSets sets,
        Containment.Intersections intersections, TitleNights.History titles) {
      this.intersections = intersections;
      this.titles = titles;
      this.pages = pages;
      this.boilerplate = boilerplate;
      this.near = near;
      this.contentWords = contentWords;
      this.boilerplateShare = boilerplateShare;
      this.shingles = shingles;
      this.samples = samples;
      this.sets = sets;
    }

    @Override
    public int size() {
      return pages.size();
    }

    @Override
    public String id(int page) {
      return pages.get(page).id();
    }

    @Override
    public String host(int page) {
      return pages.get(page).host();
    }

    @Override
    public int index(String id) {
      // Pages are in id order (latestCaptures): an id's index is a binary search, no map of every id.
      int lo = 0;
      int hi = pages.size() - 1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        int c = pages.get(mid).id().compareTo(id);
        if (c == 0) {
          return mid;
        } else if (c < 0) {
          lo = mid + 1;
        } else {
          hi = mid - 1;
        }
      }
      throw new IllegalArgumentException("no page " + id);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <F> List<F> findings(Class<? extends PageStage<F>> stage) {
      Integer k = findingIndex.get(stage);
      if (k == null) {
        throw new IllegalArgumentException("no per-page stage " + stage.getSimpleName() + " ran");
      }
      List<F> out = new ArrayList<>(pages.size());
      for (Pass1 p : pages) {
        out.add((F) p.findings()[k]);
      }
      return out;
    }

    @Override
    public BoilerplateMiner.Result boilerplate() {
      return boilerplate;
    }

    @Override
    public NearDuplicateFinder.Result near() {
      return near;
    }

    @Override
    public boolean recursOnHost(int page, long fingerprint) {
      return miner.recurs(pages.get(page).host(), fingerprint);
    }

    @Override
    public int contentWords(int page) {
      return contentWords[page];
    }

    @Override
    public double boilerplateShare(int page) {
      return boilerplateShare[page];
    }

    @Override
    public int shingles(int page) {
      return shingles[page];
    }

    @Override
    public long[] contentShingles(int page) {
      return sets.get(page);
    }

    @Override
    public int[] containmentSample(int page) {
      return samples == null ? null : samples.get(page);
    }

    @Override
    public Containment.Intersections intersections() {
      return intersections;
    }

    @Override
    public TitleNights.History titles() {
      return titles;
    }

    @Override
    public DetectorSettings settings() {
      return settings.detectors();
    }
  }

  /**
   * Each page's containment sample, spilled: per page only where it is (12 bytes), the ints on disk.
   * Puts come from the shingle phase's threads, one per page; gets only after the spill's flush.
   */
  private static final class PageSamples {
    private final long[] offset;
    private final int[] length;
    private final LongSpill spill;

    PageSamples(int pages, LongSpill spill) {
      this.offset = new long[pages];
      this.length = new int[pages];
      this.spill = spill;
      java.util.Arrays.fill(offset, -1);
    }

    void put(int page, int[] sample) {
      offset[page] = spill.appendInts(sample);
      length[page] = sample.length;
    }

    /** Page {@code page}'s sample, or null when it has none. */
    int[] get(int page) {
      return offset[page] < 0 ? null : spill.readInts(offset[page], length[page]);
    }
  }

  /**
   * The cross-page stages that run side by side: each is mostly one thread's work (title grouping,
   * caption scoring) or small, and holds little beyond its result, so run together they use both
   * cores where one after another they left one idle. Containment (parallel already, and the largest
   * transient heap, up to 1.4 GB at a million pages) and any other stage run alone, after them.
   */
  private static final Set<Class<?>> SIDE_BY_SIDE = Set.of(TitleStage.class, CaptionStage.class,
      TextQualityStage.class, ContentStage.class);

  /**
   * Runs the cross-page stages, giving their outputs in list order: those of {@link #SIDE_BY_SIDE}
   * together as tasks of the caller's pool, then the others in list order. A stage sees only the
   * corpus, never another stage's result, so the results do not depend on this order. Puts each
   * stage's elapsed milliseconds in {@code times} as {@code stage.NAME_ms} (runtime.csv rows; the
   * times of stages run side by side overlap).
   */
  private List<StageOutput> runStages(Corpus corpus, Map<String, Long> times) {
    int k = corpusStages.size();
    StageResult[] results = new StageResult[k];
    long[] elapsed = new long[k];
    List<ForkJoinTask<?>> together = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      if (SIDE_BY_SIDE.contains(corpusStages.get(i).getClass())) {
        int stage = i;
        together.add(ForkJoinTask.adapt(() -> runStage(stage, corpus, results, elapsed)));
      }
    }
    ForkJoinTask.invokeAll(together); // rethrows a stage's failure
    for (int i = 0; i < k; i++) {
      if (results[i] == null) {
        runStage(i, corpus, results, elapsed);
      }
    }
    List<StageOutput> out = new ArrayList<>(k);
    for (int i = 0; i < k; i++) {
      CorpusStage s = corpusStages.get(i);
      times.put(STAGE_TIME_PREFIX + s.name() + "_ms", elapsed[i]);
      out.add(new StageOutput(s, results[i]));
    }
    return out;
  }

  /** Runs stage {@code i}, putting its result and elapsed milliseconds at {@code i}. */
  private void runStage(int i, Corpus corpus, StageResult[] results, long[] elapsed) {
    CorpusStage s = corpusStages.get(i);
    long t = System.nanoTime();
    results[i] = Objects.requireNonNull(s.run(corpus), () -> "stage " + s.name() + " gave null");
    elapsed[i] = (System.nanoTime() - t) / 1_000_000;
  }

  /** Scores each page from the signals of every stage, in list order. */
  private Detections detections(BoilerplateMiner.Result boilerplate, List<StageOutput> outputs,
      int[] contentWords, double[] boilerplateShare) {
    int n = contentWords.length;
    PageFindings[] out = new PageFindings[n];
    if (n > 0) {
      out[0] = findings(0, outputs, null, contentWords, boilerplateShare);
      // Every page shares the first page's array of signal names when its names are the same.
      Signals like = out[0].signals();
      IntStream.range(1, n).parallel().forEach(i ->
          out[i] = findings(i, outputs, like, contentWords, boilerplateShare));
    }
    return new Detections(boilerplate, List.of(out), outputs);
  }

  /** Page {@code i}'s signals from every stage, in list order, and its score. */
  private static PageFindings findings(int i, List<StageOutput> outputs, Signals like,
      int[] contentWords, double[] boilerplateShare) {
    Signals.Builder b = Signals.builder();
    for (StageOutput s : outputs) {
      s.result().signals(i, b);
    }
    Signals signals = b.build(like);
    SpamScore.Score score = SpamScore.of(signals);
    return new PageFindings(boilerplateShare[i], contentWords[i], score.score(), score.reasons(),
        signals.withoutReasons());
  }

  /** A 128-bit key of the word sequence: equal keys mean equal normalised words. */
  static long[] contentKey(long[] words) {
    return Murmur3.hash128(words, 0x6b6579);
  }

  private static IOException unwrap(ExecutionException e) {
    Throwable c = e.getCause();
    if (c instanceof TempFolderException t) {
      throw t;
    }
    if (c instanceof java.io.UncheckedIOException u) {
      return u.getCause();
    }
    if (c instanceof RuntimeException r) {
      throw r;
    }
    if (c instanceof Error err) {
      throw err;
    }
    return new IOException(c);
  }
}
