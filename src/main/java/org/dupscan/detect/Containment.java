package org.dupscan.detect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.dupscan.internal.LongSets;

/**
 * Finds pages whose content holds most of another page's: a tag, category or archive page holding a
 * post, a print version, a listing. For pages A and B with |A| <= |B| content shingles, the containment
 * of A in B is |A ∩ B| / |A|; a pair is reported when it reaches the threshold, whatever their Jaccard
 * similarity (a tag page holding ten posts has Jaccard about 0.1 with each).
 *
 * <ol>
 *   <li>Each page's shingle set is reduced to a consistent 1-in-8 sample ({@link ShingleSample}); an
 *       inverted index maps sampled shingles to pages ({@link SampleIndex}), leaving out shingles on
 *       more than {@link #POSTING_CAP} pages.</li>
 *   <li>For each page A, the pages at least as large that hold at least
 *       {@link ShingleSample#minShared} of A's sampled shingles are candidates: at containment t a pair
 *       is kept with probability at least 1 - {@link #MISS} given A's sample size (docs/design.md has
 *       the analysis and the measured recall). The work is the sum over sampled shingles of their
 *       posting lengths, at most the cap times the samples: never all pairs.</li>
 *   <li>Every candidate is verified by exact intersection of the two shingle sets.</li>
 * </ol>
 *
 * <p>Exact copies take part through their representative only, pages with fewer than
 * {@code minShingles} content shingles are never reported as contained (a shared paragraph is a quote,
 * not a copied page), and pairs in one near-duplicate cluster are left to that report. Knows nothing of
 * readers, text or CSV: it sees shingle counts, shingle sets and cluster numbers.
 */
public final class Containment {

  /** Default least containment of a reported pair. */
  public static final double DEFAULT_THRESHOLD = 0.8;
  /** Default least distinct content shingles of a contained page (about fifty words). */
  public static final int DEFAULT_MIN_SHINGLES = 50;
  /** Sampled shingles on more pages than this are not used to find candidates. */
  public static final int POSTING_CAP = 200;
  /** Chance of missing a pair at the threshold, given the contained page's sample size. */
  static final double MISS = 0.01;

  /**
   * @param threshold least containment of a reported pair, in (0, 1]
   * @param minShingles least distinct content shingles of a contained page, at least 1
   * @param parallel whether to run in parallel, in the fork-join pool the caller runs it in
   */
  public record Settings(double threshold, int minShingles, boolean parallel) {
    public Settings {
      if (!(threshold > 0.0 && threshold <= 1.0)) {
        throw new IllegalArgumentException("containment threshold must be in (0, 1] but was "
            + threshold);
      }
      if (minShingles < 1) {
        throw new IllegalArgumentException("least shingles of a contained page must be at least 1 but was "
            + minShingles);
      }
    }
  }

  /**
   * A reported pair.
   *
   * @param container the page holding the other (the larger, or the later of two of one size)
   * @param contained the page held
   * @param containment |contained ∩ container| / |contained|
   * @param similarity their Jaccard similarity |contained ∩ container| / |contained ∪ container|
   */
  public record Pair(int container, int contained, double containment, double similarity) {}

  /**
   * @param pairs reported pairs, ordered by (container, contained)
   * @param containedIn for each page, how many pages contain it
   * @param candidates candidate pairs verified
   * @param sampled sampled shingles indexed
   */
  public record Result(List<Pair> pairs, int[] containedIn, long candidates, long sampled) {}

  /**
   * Exact intersection sizes of candidate pairs known from elsewhere (a nightly index keeps those of
   * pages whose content has not changed since), consulted before two shingle sets are made and
   * intersected, and told of every size computed. Must give exactly what intersecting the two pages'
   * sets gives, so that the result is the same with or without it.
   */
  public interface Intersections {
    /** Nothing known; nothing kept. */
    Intersections NONE = new Intersections() {
      @Override
      public int known(int contained, int container) {
        return -1;
      }

      @Override
      public void computed(int contained, int container, int size) {}
    };

    /** |contained ∩ container| of the candidate pair when known, else -1; called concurrently. */
    int known(int contained, int container);

    /** |contained ∩ container| of the candidate pair, just computed; called concurrently. */
    void computed(int contained, int container, int size);

    /**
     * The candidate containers of page {@code contained}, whose containment sample is
     * {@code sample}, when known to be exactly those the search would find (ascending), else null:
     * the page is then searched for. Called concurrently.
     */
    default int[] candidates(int contained, int[] sample) {
      return null;
    }
  }

  private Containment() {}

  /**
   * @param shingles each page's count of distinct content shingles
   * @param exactOf for each page, the representative of its exact-copy group, or -1 when it is one
   * @param clusterOf for each page, its near-duplicate cluster number, or 0
   * @param sets access to each page's sorted distinct content shingles, called concurrently when
   *     {@code settings.parallel()}
   */
  public static Result find(int[] shingles, int[] exactOf, int[] clusterOf,
      NearDuplicateFinder.ShingleSets sets, Settings settings) {
    return find(shingles, exactOf, clusterOf, sets, p -> null, Intersections.NONE, settings);
  }

  /**
   * The containment sample of a page's content shingles ({@link ShingleSample}): the same whatever
   * their order and repeats, so a scan can take it from the unsorted shingles it hashes for MinHash
   * instead of making the sorted set again.
   */
  public static int[] sample(long[] shingles) {
    return ShingleSample.of(shingles);
  }

  /**
   * As {@link #find(int[], int[], int[], NearDuplicateFinder.ShingleSets, Settings)}, with the pages'
   * samples where the caller made them already ({@link #sample}); {@code presampled} gives null for a
   * page it has none of, whose sample is then made from {@code sets}. A candidate pair whose
   * intersection size {@code known} gives is not verified again: neither set is made for it, and its
   * containment and similarity come from that size and the two pages' {@code shingles} (the lengths of
   * their sets); {@code known} is told of every size computed.
   */
  public static Result find(int[] shingles, int[] exactOf, int[] clusterOf,
      NearDuplicateFinder.ShingleSets sets, java.util.function.IntFunction<int[]> presampled,
      Intersections known, Settings settings) {
    int n = shingles.length;
    if (exactOf.length != n || clusterOf.length != n) {
      throw new IllegalArgumentException("shingles, exactOf and clusterOf differ in length: " + n + ", "
          + exactOf.length + ", " + clusterOf.length);
    }
    int[][] samples = new int[n][];
    range(n, settings).forEach(p -> {
      if (exactOf[p] < 0 && shingles[p] >= settings.minShingles()) {
        int[] made = presampled.apply(p);
        samples[p] = made != null ? made : ShingleSample.of(sets.get(p));
      }
    });
    long sampled = 0;
    for (int[] s : samples) {
      sampled += s == null ? 0 : s.length;
    }
    // The candidates of every page first, then their verification: a page in many candidate pairs has
    // its set made once for all of them (SetCache).
    long[] candidates = new long[n];
    int[][] cands = candidates(samples, shingles, clusterOf, known, settings, candidates);
    // Known sizes first: only the pairs left need sets, and only their pages count as uses.
    int[][] knownSizes = new int[n][];
    range(n, settings).forEach(a -> {
      if (cands[a] != null) {
        int[] sizes = new int[cands[a].length];
        for (int i = 0; i < sizes.length; i++) {
          sizes[i] = known.known(a, cands[a][i]);
        }
        knownSizes[a] = sizes;
      }
    });
    int[] uses = new int[n];
    for (int a = 0; a < n; a++) {
      if (cands[a] != null) {
        boolean any = false;
        for (int i = 0; i < cands[a].length; i++) {
          if (knownSizes[a][i] < 0) {
            uses[cands[a][i]]++;
            any = true;
          }
        }
        if (any) {
          uses[a]++;
        }
      }
    }
    SetCache cache = new SetCache(sets, uses, Runtime.getRuntime().maxMemory() / CACHE_HEAP_DIVISOR / 8);
    @SuppressWarnings("unchecked")
    List<Pair>[] found = new List[n];
    range(n, settings).forEach(a -> {
      if (cands[a] == null) {
        return;
      }
      long[] setA = null;
      List<Pair> out = new ArrayList<>(); // few candidates hold the page: not sized to them
      for (int i = 0; i < cands[a].length; i++) {
        int b = cands[a][i];
        int inter = knownSizes[a][i];
        int lengthA = shingles[a]; // a set's length is its page's count of distinct shingles
        int lengthB = shingles[b];
        if (inter < 0) {
          if (setA == null) {
            setA = cache.get(a);
          }
          long[] setB = cache.get(b);
          inter = LongSets.intersectionSize(setA, setA.length, setB, setB.length);
          known.computed(a, b, inter);
          lengthA = setA.length;
          lengthB = setB.length;
        }
        double containment = lengthA == 0 ? 0 : (double) inter / lengthA;
        if (containment >= settings.threshold()) {
          out.add(new Pair(b, a, containment, (double) inter / (lengthA + lengthB - inter)));
        }
      }
      found[a] = out;
    });
    List<Pair> pairs = new ArrayList<>();
    long verified = 0;
    int[] containedIn = new int[n];
    for (int a = 0; a < n; a++) {
      verified += candidates[a];
      if (found[a] != null) {
        pairs.addAll(found[a]);
        containedIn[a] += found[a].size();
      }
    }
    pairs.sort((x, y) -> x.container() != y.container()
        ? Integer.compare(x.container(), y.container()) : Integer.compare(x.contained(), y.contained()));
    return new Result(List.copyOf(pairs), containedIn, verified, sampled);
  }

  /**
   * Each page's candidate containers ({@link #candidates(int, int[], SampleIndex, int[], int[],
   * double)}, or those {@code known} gives), null where it has none, their number in {@code counts};
   * {@code samples} are dropped, and the index is gone when this returns, before the verification
   * holds sets.
   */
  private static int[][] candidates(int[][] samples, int[] shingles, int[] clusterOf,
      Intersections known, Settings settings, long[] counts) {
    int n = samples.length;
    SampleIndex index = SampleIndex.build(samples, POSTING_CAP);
    int[][] out = new int[n][];
    range(n, settings).forEach(a -> {
      if (samples[a] != null && samples[a].length > 0) {
        int[] c = known.candidates(a, samples[a]);
        if (c == null) {
          c = candidates(a, samples[a], index, shingles, clusterOf, settings.threshold());
        }
        counts[a] = c.length;
        out[a] = c.length == 0 ? null : c;
      }
    });
    Arrays.fill(samples, null); // their last use
    return out;
  }

  /**
   * The candidate containers of page {@code a}: pages at least as large (of one size, the later), not
   * in its near-duplicate cluster, that hold at least {@link ShingleSample#minShared} of its sampled
   * shingles, ascending. Capped shingles count on neither side.
   */
  static int[] candidates(int a, int[] sample, SampleIndex index, int[] shingles, int[] clusterOf,
      double threshold) {
    int s = sample.length;
    int[] hits = new int[16];
    int h = 0;
    for (int key : sample) {
      int at = index.find(key);
      if (at < 0) {
        if (index.isCapped(key)) {
          s--;
        }
        continue;
      }
      for (int i = index.start(at); i < index.end(at); i++) {
        int b = index.page(i);
        if (b != a && larger(b, a, shingles) && (clusterOf[a] == 0 || clusterOf[b] != clusterOf[a])) {
          if (h == hits.length) {
            hits = Arrays.copyOf(hits, h * 2);
          }
          hits[h++] = b;
        }
      }
    }
    if (h == 0 || s == 0) {
      return new int[0];
    }
    Arrays.sort(hits, 0, h);
    int need = ShingleSample.minShared(s, threshold, MISS);
    int[] out = new int[8];
    int o = 0;
    for (int i = 0; i < h; ) {
      int j = i;
      while (j < h && hits[j] == hits[i]) {
        j++;
      }
      if (j - i >= need) {
        if (o == out.length) {
          out = Arrays.copyOf(out, o * 2);
        }
        out[o++] = hits[i];
      }
      i = j;
    }
    return Arrays.copyOf(out, o);
  }

  /** Whether page {@code b} may contain page {@code a}: more shingles, or as many and later. */
  static boolean larger(int b, int a, int[] shingles) {
    return mayContain(b, shingles[b], a, shingles[a]);
  }

  /**
   * Whether page {@code b} (number in id order) with {@code bShingles} content shingles may contain
   * page {@code a} with {@code aShingles}: more shingles, or as many and later. The rule {@link #find}
   * applies, for a caller that pairs pages elsewhere (a distributed run).
   */
  public static boolean mayContain(long b, int bShingles, long a, int aShingles) {
    return bShingles > aShingles || (bShingles == aShingles && b > a);
  }

  /**
   * The least number of a page's {@code sampled} shingles (those on more than {@link #POSTING_CAP}
   * pages not counted) another page must hold to be its candidate container at {@code threshold}: the
   * rule {@link #find} applies, for a caller that counts shared samples elsewhere.
   */
  public static int minShared(int sampled, double threshold) {
    return ShingleSample.minShared(sampled, threshold, MISS);
  }

  /**
   * Bytes of shingle sets {@link SetCache} may hold at once, as a share of the heap: sets are made
   * again when it is full, so the budget bounds memory and not the result.
   */
  static final int CACHE_HEAP_DIVISOR = 16;

  /**
   * The pages' sorted shingle sets while some pair still needs them. On real text a page is the
   * candidate container of many pages (families of generated API pages, one help page in twelve
   * languages), and making a set again costs a read of its words, hashing and a sort: at 100,000 real
   * pages 560,000 candidate pairs made sets again about 660,000 times for under 100,000 pages. Each page
   * is counted once per pair it is in, its set kept from the first use to the last within {@code
   * budget} longs and dropped after the last; calls from many threads are safe (two threads may both
   * make a set that is not yet held, which costs time, never a different result).
   */
  static final class SetCache {
    private final NearDuplicateFinder.ShingleSets sets;
    private final java.util.concurrent.atomic.AtomicIntegerArray uses;
    private final java.util.concurrent.ConcurrentHashMap<Integer, long[]> held =
        new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong free;
    private final java.util.concurrent.atomic.AtomicLong made = new java.util.concurrent.atomic.AtomicLong();

    /**
     * @param uses per page, how many times it will be asked for
     * @param budget most longs held at once
     */
    SetCache(NearDuplicateFinder.ShingleSets sets, int[] uses, long budget) {
      if (budget < 0) {
        throw new IllegalArgumentException("set cache budget must be at least 0 but was " + budget);
      }
      this.sets = sets;
      this.uses = new java.util.concurrent.atomic.AtomicIntegerArray(uses);
      this.free = new java.util.concurrent.atomic.AtomicLong(budget);
    }

    /** Page {@code p}'s set, for one of the uses it was counted for. */
    long[] get(int p) {
      int left = uses.decrementAndGet(p);
      long[] set = left == 0 ? held.remove(p) : held.get(p);
      if (set != null) {
        if (left == 0) {
          free.addAndGet(set.length);
        }
        return set;
      }
      set = sets.get(p);
      made.incrementAndGet();
      if (left > 0 && free.addAndGet(-set.length) >= 0) {
        if (held.putIfAbsent(p, set) != null) {
          free.addAndGet(set.length);
        } else if (uses.get(p) == 0 && held.remove(p, set)) {
          // The last use came between the count and the put, and found nothing to drop.
          free.addAndGet(set.length);
        }
      } else if (left > 0) {
        free.addAndGet(set.length);
      }
      return set;
    }

    /** Sets made (not found held). */
    long made() {
      return made.get();
    }

    /** Longs held now: 0 once every counted use was asked for. */
    long heldLongs() {
      long n = 0;
      for (long[] s : held.values()) {
        n += s.length;
      }
      return n;
    }
  }

  private static IntStream range(int n, Settings settings) {
    IntStream r = IntStream.range(0, n);
    return settings.parallel() ? r.parallel() : r;
  }
}
