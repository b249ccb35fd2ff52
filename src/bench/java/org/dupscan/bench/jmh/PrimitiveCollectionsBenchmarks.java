package org.dupscan.bench.jmh;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import it.unimi.dsi.fastutil.longs.Long2ObjectOpenHashMap;
import it.unimi.dsi.fastutil.longs.LongArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.dupscan.internal.LongCounts;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * dupscan's hand-written primitive collections against fastutil-core 8.5.18 on the work they do in a
 * scan (issue 14): appending to a growable array and handing out a copy (LshIndex.PairBuffer,
 * SimilarityJoin.IntList: the same few lines, reproduced here as {@link LongBuffer} and
 * {@link IntBuffer} because both are private to their classes), and counting blocks by 64-bit
 * fingerprint as BoilerplateMiner does per host, boxed {@code HashMap<Long, ...>} against fastutil's
 * open-addressing maps and the internal {@link LongCounts}. Generated data (fixed seed): 20,000 pages of
 * 25 blocks, 30% of them from a 200-block template pool, the rest unique.
 *
 * <p>Run: {@code mvn -B -Pbench -DskipTests package}, then {@code java -cp
 * "target/classes:target/test-classes:$(cat target/bench.classpath)" org.openjdk.jmh.Main
 * PrimitiveCollectionsBenchmarks}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class PrimitiveCollectionsBenchmarks {

  private static final int PAGES = 20_000;
  private static final int BLOCKS = 25;
  private static final int TEMPLATE_POOL = 200;

  /** Block fingerprints, page after page. */
  private long[] fingerprints;
  /** The template pool: what dominatedPages looks up. */
  private long[] candidates;

  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(14);
    candidates = new long[TEMPLATE_POOL];
    for (int i = 0; i < TEMPLATE_POOL; i++) {
      candidates[i] = random.nextLong();
    }
    fingerprints = new long[PAGES * BLOCKS];
    for (int i = 0; i < fingerprints.length; i++) {
      fingerprints[i] = random.nextInt(10) < 3 ? candidates[random.nextInt(TEMPLATE_POOL)] : random.nextLong();
    }
  }

  /** PairBuffer's code: a doubling long array and a trimmed copy. */
  static final class LongBuffer {
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

  /** IntList's code: a doubling int array. */
  static final class IntBuffer {
    private int[] values = new int[4];
    private int size;

    void add(int v) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }

    int get(int i) {
      return values[i];
    }

    int size() {
      return size;
    }
  }

  /** A block's running count, as BoilerplateMiner's Aggregate keeps it. */
  static final class Aggregate {
    int pages;
  }

  @Benchmark
  public long[] appendLongsOurs() {
    LongBuffer b = new LongBuffer();
    for (long f : fingerprints) {
      b.add(f);
    }
    return b.toArray();
  }

  @Benchmark
  public long[] appendLongsFastutil() {
    LongArrayList b = new LongArrayList();
    for (long f : fingerprints) {
      b.add(f);
    }
    return b.toLongArray();
  }

  @Benchmark
  public long appendIntsOurs() {
    IntBuffer b = new IntBuffer();
    for (int i = 0; i < fingerprints.length; i++) {
      b.add((int) fingerprints[i]);
    }
    long sum = 0;
    for (int i = 0; i < b.size(); i++) {
      sum += b.get(i);
    }
    return sum;
  }

  @Benchmark
  public long appendIntsFastutil() {
    IntArrayList b = new IntArrayList();
    for (int i = 0; i < fingerprints.length; i++) {
      b.add((int) fingerprints[i]);
    }
    long sum = 0;
    for (int i = 0; i < b.size(); i++) {
      sum += b.getInt(i);
    }
    return sum;
  }

  @Benchmark
  public int countBlocksBoxedHashMap() {
    Map<Long, Aggregate> byFp = new HashMap<>();
    for (long f : fingerprints) {
      byFp.computeIfAbsent(f, k -> new Aggregate()).pages++;
    }
    return byFp.size();
  }

  @Benchmark
  public int countBlocksFastutilObjectMap() {
    Long2ObjectOpenHashMap<Aggregate> byFp = new Long2ObjectOpenHashMap<>();
    for (long f : fingerprints) {
      Aggregate a = byFp.get(f);
      if (a == null) {
        a = new Aggregate();
        byFp.put(f, a);
      }
      a.pages++;
    }
    return byFp.size();
  }

  @Benchmark
  public int countBlocksFastutilIntMap() {
    Long2IntOpenHashMap byFp = new Long2IntOpenHashMap();
    for (long f : fingerprints) {
      byFp.addTo(f, 1);
    }
    return byFp.size();
  }

  @Benchmark
  public int countBlocksLongCounts() {
    LongCounts byFp = new LongCounts(1024);
    for (long f : fingerprints) {
      byFp.increment(f);
    }
    return byFp.get(candidates[0]);
  }

  @Benchmark
  public int lookupCandidatesBoxedHashMap() {
    Map<Long, int[]> counts = new HashMap<>();
    for (long c : candidates) {
      counts.put(c, new int[1]);
    }
    for (long f : fingerprints) {
      int[] c = counts.get(f);
      if (c != null) {
        c[0]++;
      }
    }
    return counts.get(candidates[0])[0];
  }

  @Benchmark
  public int lookupCandidatesFastutil() {
    Long2IntOpenHashMap counts = new Long2IntOpenHashMap();
    counts.defaultReturnValue(-1);
    for (long c : candidates) {
      counts.put(c, 0);
    }
    for (long f : fingerprints) {
      if (counts.get(f) >= 0) {
        counts.addTo(f, 1);
      }
    }
    return counts.get(candidates[0]);
  }
}
