package org.dupscan.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Generates a corpus of plain-text pages of about {@code meanBytes} bytes from a {@link TextModel},
 * and injects near duplicates: some pages get one to three copies, each edited (word substitutions,
 * deletions, insertions and rewritten spans) until the exact word 5-shingle Jaccard similarity of its
 * body to the original's is as close as the edits allow to a level drawn from {@link #LEVELS}. Every
 * injected pair is recorded with its target and its measured similarity.
 *
 * <p>Deterministic: the same settings and model give the same pages, byte for byte. Copies are scattered
 * over the page numbers by a seeded permutation, so they are not neighbours in id order.
 */
public final class CorpusGenerator {

  /** Jaccard levels of the injected copies. */
  public static final double[] LEVELS = {0.5, 0.7, 0.8, 0.85, 0.9, 0.95};
  /** Default mean page size in bytes. */
  public static final int DEFAULT_MEAN_BYTES = 3000;
  /** Default share of the pages that are edited copies of another page. */
  public static final double DEFAULT_COPY_SHARE = 0.15;

  /**
   * @param pages number of pages
   * @param seed seed of everything random
   * @param meanBytes mean page size
   * @param copyShare share of pages that are copies
   */
  public record Settings(int pages, long seed, int meanBytes, double copyShare) {
    public Settings {
      if (pages < 1) {
        throw new IllegalArgumentException("pages must be at least 1 but was " + pages);
      }
      if (meanBytes < 200) {
        throw new IllegalArgumentException("mean bytes must be at least 200 but was " + meanBytes);
      }
      if (!(copyShare >= 0 && copyShare < 0.9)) {
        throw new IllegalArgumentException("copy share must be in [0, 0.9) but was " + copyShare);
      }
    }

    public static Settings of(int pages, long seed) {
      return new Settings(pages, seed, DEFAULT_MEAN_BYTES, DEFAULT_COPY_SHARE);
    }
  }

  /** One generated page: its number, id (relative path) and text (title line, then paragraphs). */
  public record GeneratedPage(int number, String id, String text) {}

  /** An injected copy: the original's and the copy's ids, the target and measured Jaccard. */
  public record InjectedPair(String original, String copy, double target, double measured) {}

  /** Receives pages in generation order (not id order). */
  @FunctionalInterface
  public interface PageSink {
    void page(GeneratedPage page) throws IOException;
  }

  private final Settings settings;
  private final TextModel model;
  private final long[] wordKeys;

  public CorpusGenerator(Settings settings, TextModel model) {
    this.settings = settings;
    this.model = model;
    this.wordKeys = new long[model.vocabularySize()];
    for (int w = 0; w < wordKeys.length; w++) {
      wordKeys[w] = ExactShingles.wordKey(model.word(w));
    }
  }

  /** The id of page number {@code n}: 1,000 pages per folder. */
  public static String idOf(int n) {
    return String.format(Locale.ROOT, "d%04d/p%07d.txt", n / 1000, n);
  }

  /** Generates every page into {@code sink}; returns the injected pairs in generation order. */
  public List<InjectedPair> generate(PageSink sink) throws IOException {
    int n = settings.pages();
    SplittableRandom random = new SplittableRandom(settings.seed());
    int[] numbers = permutation(n, new SplittableRandom(settings.seed() ^ 0x5ca77e12L));
    // A base page gets k copies with probability q; k = 1, 2, 3 with probabilities .7, .2, .1 (mean 1.4).
    double share = settings.copyShare();
    double q = share / (1.4 * (1 - share));
    List<InjectedPair> injected = new ArrayList<>();
    int pos = 0;
    while (pos < n) {
      int[] base = bodyWords(random);
      int baseNumber = numbers[pos++];
      sink.page(new GeneratedPage(baseNumber, idOf(baseNumber), render(title(random), base, base.length,
          random)));
      if (random.nextDouble() >= q) {
        continue;
      }
      double u = random.nextDouble();
      int copies = u < 0.7 ? 1 : u < 0.9 ? 2 : 3;
      long[] baseSet = shingles(base, base.length);
      for (int c = 0; c < copies && pos < n; c++) {
        double target = LEVELS[random.nextInt(LEVELS.length)];
        Edited e = editTo(base, baseSet, target, random);
        int number = numbers[pos++];
        sink.page(new GeneratedPage(number, idOf(number), render(title(random), e.words, e.length,
            random)));
        injected.add(new InjectedPair(idOf(baseNumber), idOf(number), target, e.jaccard));
      }
    }
    return injected;
  }

  /** Writes the corpus as {@code dir/dNNNN/pNNNNNNN.txt}; returns the injected pairs. */
  public List<InjectedPair> writeFolder(Path dir) throws IOException {
    Files.createDirectories(dir);
    return generate(page -> {
      Path file = dir.resolve(page.id());
      Files.createDirectories(file.getParent());
      Files.write(file, page.text().getBytes(StandardCharsets.UTF_8));
    });
  }

  private int[] bodyWords(SplittableRandom random) {
    double size = settings.meanBytes() * (1 + 0.2 * random.nextGaussian());
    size = Math.max(settings.meanBytes() * 0.5, Math.min(settings.meanBytes() * 1.5, size));
    int[] words = new int[256];
    int n = 0;
    int bytes = 0;
    int w = model.first(random);
    while (bytes < size) {
      if (n == words.length) {
        words = Arrays.copyOf(words, n * 2);
      }
      words[n++] = w;
      bytes += model.word(w).length() + 1;
      // An occasional restart keeps the chain from wandering into one long loop of stock phrases.
      w = random.nextInt(20) == 0 ? model.first(random) : model.next(w, random);
    }
    return Arrays.copyOf(words, n);
  }

  private int[] title(SplittableRandom random) {
    int[] t = new int[4 + random.nextInt(6)];
    t[0] = model.first(random);
    for (int i = 1; i < t.length; i++) {
      t[i] = model.next(t[i - 1], random);
    }
    return t;
  }

  /** A copy of {@code base} after some edits, with its measured Jaccard to the base. */
  private record Edited(int[] words, int length, double jaccard) {}

  private Edited editTo(int[] base, long[] baseSet, double target, SplittableRandom random) {
    // A fixed script of edits; apply a prefix of it, the prefix length found by bisection on the
    // (almost monotone) similarity. Positions are fractions of the current length.
    int maxOps = base.length;
    int[] kind = new int[maxOps];
    double[] where = new double[maxOps];
    int[][] fresh = new int[maxOps][];
    for (int i = 0; i < maxOps; i++) {
      double u = random.nextDouble();
      kind[i] = u < 0.5 ? 0 : u < 0.65 ? 1 : u < 0.8 ? 2 : 3; // substitute, delete, insert, rewrite span
      where[i] = random.nextDouble();
      int len = kind[i] == 3 ? 2 + random.nextInt(5) : 1;
      fresh[i] = new int[len];
      fresh[i][0] = model.first(random);
      for (int k = 1; k < len; k++) {
        fresh[i][k] = model.next(fresh[i][k - 1], random);
      }
    }
    int lo = 0;
    int hi = maxOps;
    while (lo < hi) { // least m with J(m) <= target
      int mid = (lo + hi) >>> 1;
      if (apply(base, kind, where, fresh, mid).jaccardTo(baseSet) <= target) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    Work best = apply(base, kind, where, fresh, lo);
    double bestJ = best.jaccardTo(baseSet);
    if (lo > 0) {
      Work before = apply(base, kind, where, fresh, lo - 1);
      double j = before.jaccardTo(baseSet);
      if (Math.abs(j - target) < Math.abs(bestJ - target)) {
        best = before;
        bestJ = j;
      }
    }
    return new Edited(best.words, best.length, bestJ);
  }

  private final class Work {
    int[] words;
    int length;

    double jaccardTo(long[] baseSet) {
      return ExactShingles.jaccard(baseSet, shingles(words, length));
    }
  }

  private Work apply(int[] base, int[] kind, double[] where, int[][] fresh, int ops) {
    Work w = new Work();
    w.words = Arrays.copyOf(base, base.length + 8 * ops + 8);
    w.length = base.length;
    for (int i = 0; i < ops; i++) {
      int p = Math.min(w.length - 1, (int) (where[i] * w.length));
      switch (kind[i]) {
        case 0 -> w.words[p] = fresh[i][0];
        case 1 -> {
          if (w.length > ExactShingles.SHINGLE + 1) {
            System.arraycopy(w.words, p + 1, w.words, p, w.length - p - 1);
            w.length--;
          }
        }
        case 2 -> {
          System.arraycopy(w.words, p, w.words, p + 1, w.length - p);
          w.words[p] = fresh[i][0];
          w.length++;
        }
        default -> {
          for (int k = 0; k < fresh[i].length && p + k < w.length; k++) {
            w.words[p + k] = fresh[i][k];
          }
        }
      }
    }
    return w;
  }

  private long[] shingles(int[] words, int length) {
    long[] keys = new long[length];
    for (int i = 0; i < length; i++) {
      keys[i] = wordKeys[words[i]];
    }
    return ExactShingles.ofWords(keys, length);
  }

  /** Title line, blank line, then paragraphs of sentences (capitalised, full stops). */
  private String render(int[] title, int[] words, int length, SplittableRandom random) {
    StringBuilder sb = new StringBuilder(length * 7);
    appendSentence(sb, title, 0, title.length);
    sb.setLength(sb.length() - 1); // no full stop in a title
    sb.append("\n\n");
    int i = 0;
    int sentencesLeft = 3 + random.nextInt(4);
    while (i < length) {
      if (i > 0) {
        if (sentencesLeft == 0) {
          sb.append("\n\n");
          sentencesLeft = 3 + random.nextInt(4);
        } else {
          sb.append(' ');
        }
      }
      int len = Math.min(length - i, 8 + random.nextInt(23));
      appendSentence(sb, words, i, i + len);
      i += len;
      sentencesLeft--;
    }
    sb.append('\n');
    return sb.toString();
  }

  private void appendSentence(StringBuilder sb, int[] words, int from, int to) {
    for (int i = from; i < to; i++) {
      String w = model.word(words[i]);
      if (i == from) {
        sb.append(Character.toUpperCase(w.charAt(0))).append(w, 1, w.length());
      } else {
        sb.append(' ').append(w);
      }
    }
    sb.append('.');
  }

  private static int[] permutation(int n, SplittableRandom random) {
    int[] p = new int[n];
    for (int i = 0; i < n; i++) {
      p[i] = i;
    }
    for (int i = n - 1; i > 0; i--) { // Fisher-Yates
      int j = random.nextInt(i + 1);
      int t = p[i];
      p[i] = p[j];
      p[j] = t;
    }
    return p;
  }
}
