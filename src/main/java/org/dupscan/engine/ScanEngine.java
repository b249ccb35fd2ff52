package org.dupscan.engine;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.apache.commons.codec.digest.MurmurHash3;
import org.dupscan.corpus.DocumentSink;
import org.dupscan.corpus.FolderReader;
import org.dupscan.corpus.PendingDocument;
import org.dupscan.corpus.SkippedInput;
import org.dupscan.corpus.SourceDocument;
import org.dupscan.detect.NearDuplicateFinder;
import org.dupscan.extract.ExtractException;
import org.dupscan.extract.Page;
import org.dupscan.extract.PageExtractor;
import org.dupscan.lsh.Banding;
import org.dupscan.minhash.MinHasher;
import org.dupscan.minhash.Signature;
import org.dupscan.text.ShingleHasher;

/**
 * Runs a scan: read and extract pages in parallel, reduce each to word hashes spilled to disk, then
 * shingle, sign and find duplicates. The result does not depend on the number of threads or on the
 * order in which pages finish, because every later stage works on pages ordered by id.
 *
 * <p>Memory per page: its summary (id, url, host, title and counts), its signature, and two spill
 * offsets; word hashes and shingle sets live in temporary files.
 */
public final class ScanEngine {

  private final ScanSettings settings;
  private final ShingleHasher hasher;
  private final MinHasher minHasher;
  private final PageAnalyzer analyzer;

  public ScanEngine(ScanSettings settings) {
    this.settings = settings;
    this.hasher = new ShingleHasher(settings.shingleSize(), (int) settings.seed());
    this.minHasher = new MinHasher(settings.permutations(), settings.seed());
    this.analyzer = new PageAnalyzer(hasher);
  }

  /** A page after the first pass: its summary fields and where its word hashes were spilled. */
  private record Pass1(String id, String url, String host, String title, int words, long offset,
      int length, int bytes) {}

  public ScanResult scan() throws IOException {
    Map<String, Long> timings = new LinkedHashMap<>();
    long t0 = System.nanoTime();
    List<SkippedInput> skipped = Collections.synchronizedList(new ArrayList<>());
    List<Pass1> read = Collections.synchronizedList(new ArrayList<>());
    AtomicLong bytesRead = new AtomicLong();
    Banding banding = settings.banding();

    try (LongSpill words = new LongSpill(settings.tempDir(), "dupscan-words-");
        LongSpill shingles = new LongSpill(settings.tempDir(), "dupscan-shingles-")) {
      readAll(words, read, skipped, bytesRead);
      long t1 = System.nanoTime();
      timings.put("read_extract_ms", (t1 - t0) / 1_000_000);

      List<Pass1> pages = new ArrayList<>(read);
      pages.sort(Comparator.comparing(Pass1::id));
      int n = pages.size();
      Signature[] signatures = new Signature[n];
      long[] keyHi = new long[n];
      long[] keyLo = new long[n];
      long[] setOffset = new long[n];
      int[] setLength = new int[n];
      ForkJoinPool pool = new ForkJoinPool(settings.threads());
      try {
        pool.submit(() -> IntStream.range(0, n).parallel().forEach(i -> {
          Pass1 p = pages.get(i);
          AnalyzedPage a = AnalyzedPage.fromLongs(words.read(p.offset(), p.length()));
          boolean[] keep = new boolean[a.blockCount()];
          for (int b = 0; b < keep.length; b++) {
            keep[b] = settings.keepBoilerplate() || !a.chrome()[b];
          }
          long[] content = a.wordsOf(keep);
          if (content.length == 0) {
            return;
          }
          long[] set = hasher.shingleSet(content, content.length);
          signatures[i] = minHasher.signature(set);
          long[] key = contentKey(content);
          keyHi[i] = key[0];
          keyLo[i] = key[1];
          setOffset[i] = shingles.append(set);
          setLength[i] = set.length;
        })).get();
        long t2 = System.nanoTime();
        timings.put("shingle_minhash_ms", (t2 - t1) / 1_000_000);

        NearDuplicateFinder.Settings fs = new NearDuplicateFinder.Settings(settings.threshold(), banding,
            settings.clusterPairCap(), settings.threads() > 1);
        NearDuplicateFinder.Result near = pool.submit(() -> NearDuplicateFinder.find(signatures, keyHi,
            keyLo, doc -> shingles.read(setOffset[doc], setLength[doc]), fs)).get();
        timings.put("lsh_verify_cluster_ms", (System.nanoTime() - t2) / 1_000_000);

        List<PageSummary> summaries = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
          Pass1 p = pages.get(i);
          summaries.add(new PageSummary(p.id(), p.url(), p.host(), p.title(), p.words(), setLength[i]));
        }
        List<SkippedInput> skips = new ArrayList<>(skipped);
        Collections.sort(skips);
        timings.put("total_ms", (System.nanoTime() - t0) / 1_000_000);
        return new ScanResult(settings, banding, List.copyOf(summaries), List.copyOf(skips), near,
            bytesRead.get(), timings);
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

  private void readAll(LongSpill words, List<Pass1> read, List<SkippedInput> skipped, AtomicLong bytes)
      throws IOException {
    ExecutorService pool = Executors.newFixedThreadPool(settings.threads(), r -> {
      Thread t = new Thread(r, "dupscan-read");
      t.setDaemon(true);
      return t;
    });
    Semaphore inFlight = new Semaphore(settings.threads() * 4);
    FolderReader reader = new FolderReader(settings.inputs(), settings.site(), settings.maxPageBytes());
    try {
      reader.read(new DocumentSink() {
        @Override
        public void document(PendingDocument document) {
          inFlight.acquireUninterruptibly();
          pool.execute(() -> {
            try {
              Pass1 p = process(document, words, skipped);
              if (p != null) {
                read.add(p);
                bytes.addAndGet(p.bytes());
              }
            } finally {
              inFlight.release();
            }
          });
        }

        @Override
        public void skipped(SkippedInput s) {
          skipped.add(s);
        }
      });
    } finally {
      pool.shutdown();
      try {
        pool.awaitTermination(Long.MAX_VALUE, TimeUnit.DAYS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("scan interrupted", e);
      }
    }
  }

  /** Reads, extracts and analyses one document; a bad one is listed as skipped and never thrown. */
  private Pass1 process(PendingDocument document, LongSpill words, List<SkippedInput> skipped) {
    try {
      SourceDocument doc = document.load();
      Page page = PageExtractor.extract(doc);
      AnalyzedPage analyzed = analyzer.analyze(page);
      if (analyzed.words().length == 0) {
        skipped.add(new SkippedInput(document.origin(), "no words"));
        return null;
      }
      long[] data = analyzed.toLongs();
      long offset = words.append(data);
      return new Pass1(page.id(), page.url(), page.host(), page.title(), analyzed.words().length, offset,
          data.length, page.bytes());
    } catch (IOException e) {
      skipped.add(new SkippedInput(document.origin(), "unreadable: " + FolderReader.describe(e)));
    } catch (ExtractException e) {
      skipped.add(new SkippedInput(document.origin(), e.getMessage()));
    } catch (StackOverflowError e) {
      skipped.add(new SkippedInput(document.origin(), "markup nested too deeply"));
    } catch (RuntimeException e) {
      skipped.add(new SkippedInput(document.origin(), "cannot process: " + e));
    }
    return null;
  }

  /** A 128-bit key of the word sequence: equal keys mean equal normalised words. */
  static long[] contentKey(long[] words) {
    ByteBuffer buf = ByteBuffer.allocate(words.length * Long.BYTES);
    buf.asLongBuffer().put(words);
    return MurmurHash3.hash128x64(buf.array(), 0, buf.capacity(), 0x6b6579);
  }

  private static IOException unwrap(ExecutionException e) {
    Throwable c = e.getCause();
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
