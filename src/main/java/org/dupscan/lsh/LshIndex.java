package org.dupscan.lsh;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.dupscan.minhash.Signature;
import org.dupscan.internal.Mix;

/**
 * Finds candidate pairs among signatures by LSH banding, without hash maps: for each band, every
 * document contributes one {@code long} made of its band hash (high bits) and its document number
 * (low bits); sorting the array puts the documents of one bucket next to each other.
 *
 * <p>A bucket of up to {@link #ALL_PAIRS_BUCKET} documents emits all its pairs. A larger bucket emits
 * a star (its first document with each other) plus a chain (each document with the next), 2m edges
 * for m documents instead of m(m-1)/2: a bucket of 100,000 copies of one template costs 200,000
 * candidates, not five billion. Union-find over verified edges still joins the whole bucket.
 *
 * <p>Documents are numbered 0..n-1; the caller numbers them in a stable order. The result is sorted
 * and free of repeats, so it does not depend on thread scheduling.
 */
public final class LshIndex {

  /** Buckets up to this size emit all their pairs; larger ones emit star and chain edges. */
  public static final int ALL_PAIRS_BUCKET = 8;

  private LshIndex() {}

  /** A candidate pair packed as {@code (a << 32) | b} with {@code a < b}. */
  public static long pack(int a, int b) {
    return ((long) a << 32) | (b & 0xFFFF_FFFFL);
  }

  public static int first(long pair) {
    return (int) (pair >>> 32);
  }

  public static int second(long pair) {
    return (int) pair;
  }

  /**
   * Returns the candidate pairs among {@code signatures} (null entries take no part), packed with
   * {@link #pack}, sorted ascending, without repeats.
   */
  public static long[] candidates(Signature[] signatures, Banding banding, boolean parallel) {
    int n = signatures.length;
    if (n < 2) {
      return new long[0];
    }
    for (Signature s : signatures) {
      if (s != null && s.permutations() < banding.slotsUsed()) {
        throw new IllegalArgumentException("banding " + banding + " needs " + banding.slotsUsed()
            + " signature slots but signatures have " + s.permutations());
      }
    }
    int docBits = Math.max(1, 64 - Long.numberOfLeadingZeros(n - 1));
    long docMask = (1L << docBits) - 1;
    IntStream bandStream = IntStream.range(0, banding.bands());
    if (parallel) {
      bandStream = bandStream.parallel();
    }
    long[][] perBand = bandStream.mapToObj(band -> bandPairs(signatures, banding, band, docBits, docMask))
        .toArray(long[][]::new);
    int total = 0;
    for (long[] p : perBand) {
      total += p.length;
    }
    long[] all = new long[total];
    int w = 0;
    for (long[] p : perBand) {
      System.arraycopy(p, 0, all, w, p.length);
      w += p.length;
    }
    if (parallel) {
      Arrays.parallelSort(all);
    } else {
      Arrays.sort(all);
    }
    int d = 0;
    for (int i = 0; i < all.length; i++) {
      if (d == 0 || all[i] != all[d - 1]) {
        all[d++] = all[i];
      }
    }
    return Arrays.copyOf(all, d);
  }

  private static long[] bandPairs(Signature[] sigs, Banding banding, int band, int docBits, long docMask) {
    int n = sigs.length;
    long[] keys = new long[n];
    int m = 0;
    int from = band * banding.rows();
    for (int doc = 0; doc < n; doc++) {
      Signature s = sigs[doc];
      if (s == null) {
        continue;
      }
      long h = bandHash(s.values(), from, banding.rows(), band);
      keys[m++] = (h << docBits) | doc;
    }
    Arrays.sort(keys, 0, m);
    PairBuffer out = new PairBuffer();
    int runStart = 0;
    for (int i = 1; i <= m; i++) {
      if (i == m || (keys[i] >>> docBits) != (keys[runStart] >>> docBits)) {
        emitBucket(keys, runStart, i, docMask, out);
        runStart = i;
      }
    }
    return out.toArray();
  }

  private static void emitBucket(long[] keys, int from, int to, long docMask, PairBuffer out) {
    if (to - from < 2) {
      return;
    }
    int[] docs = new int[to - from];
    for (int i = from; i < to; i++) {
      docs[i - from] = (int) (keys[i] & docMask);
    }
    bucketPairs(docs, out);
  }

  /**
   * The candidate pairs of one bucket whose documents are {@code docs}, ascending, packed with
   * {@link #pack}: all pairs up to {@link #ALL_PAIRS_BUCKET} documents, else star and chain edges.
   */
  public static long[] bucketPairs(int[] docs) {
    PairBuffer out = new PairBuffer();
    bucketPairs(docs, out);
    return out.toArray();
  }

  private static void bucketPairs(int[] docs, PairBuffer out) {
    int size = docs.length;
    if (size < 2) {
      return;
    }
    if (size <= ALL_PAIRS_BUCKET) {
      for (int i = 0; i < size; i++) {
        for (int j = i + 1; j < size; j++) {
          out.add(pack(docs[i], docs[j]));
        }
      }
      return;
    }
    for (int i = 1; i < size; i++) {
      out.add(pack(docs[0], docs[i]));
      if (i + 1 < size) {
        out.add(pack(docs[i], docs[i + 1]));
      }
    }
  }

  /**
   * The bucket of a document's signature {@code values} in {@code band}, among {@code n} documents:
   * the band hash with its top bits given up to the document number, as {@link #candidates} sorts
   * them, so that a distributed run groups exactly the documents this class groups.
   */
  public static long bucket(int[] values, Banding banding, int band, int n) {
    int docBits = Math.max(1, 64 - Long.numberOfLeadingZeros(n - 1));
    return bandHash(values, band * banding.rows(), banding.rows(), band) << docBits;
  }

  /**
   * An order-sensitive hash of one band's rows: a sum of rows would let permuted rows collide, a
   * known flaw of some peers. Mixing uses the MurmurHash3 fmix64 finaliser.
   */
  static long bandHash(int[] values, int from, int rows, int band) {
    long h = 0x9E3779B97F4A7C15L * (band + 1);
    for (int i = from; i < from + rows; i++) {
      h = Mix.fmix64(h ^ (values[i] & 0xFFFF_FFFFL)) + 0x632BE59BD9B4E019L;
    }
    return Mix.fmix64(h);
  }


  /** A growable array of packed pairs. Internal. */
  static final class PairBuffer {
    private long[] data = new long[16];
    private int size;

    void add(long v) {
      if (size == data.length) {
        data = Arrays.copyOf(data, size * 2);
      }
      data[size++] = v;
    }

    long[] toArray() {
      return Arrays.copyOf(data, size);
    }
  }
}
