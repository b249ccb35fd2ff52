package org.dupscan.engine;

import java.util.Arrays;

/**
 * A page reduced to numbers: the hash of each word of its body in order, where each block starts, and a
 * fingerprint per block. What the similarity stages need, and nothing of the text.
 *
 * @param words word hashes of all body blocks, concatenated in order
 * @param blockStarts for block i, the index in {@code words} of its first word; blockStarts[n] = words.length
 * @param blockFingerprints for block i, a hash of its words with numbers and dates folded
 * @param chrome for block i, whether it is page furniture (nav, aside, site header or footer) or a
 *     leading heading that repeats the title: left out of similarity by default
 */
public record AnalyzedPage(long[] words, int[] blockStarts, long[] blockFingerprints, boolean[] chrome) {

  public int blockCount() {
    return blockFingerprints.length;
  }

  public int blockWords(int block) {
    return blockStarts[block + 1] - blockStarts[block];
  }

  /** The word hashes of the blocks for which {@code keep[block]} holds, concatenated. */
  public long[] wordsOf(boolean[] keep) {
    int n = 0;
    for (int b = 0; b < blockCount(); b++) {
      if (keep[b]) {
        n += blockWords(b);
      }
    }
    if (n == words.length) {
      return words;
    }
    long[] out = new long[n];
    int w = 0;
    for (int b = 0; b < blockCount(); b++) {
      if (keep[b]) {
        System.arraycopy(words, blockStarts[b], out, w, blockWords(b));
        w += blockWords(b);
      }
    }
    return out;
  }

  /** Serialises to longs: [blocks, starts (chrome flag in bit 32)..., fingerprints..., words...]. */
  long[] toLongs() {
    int blocks = blockCount();
    long[] out = new long[1 + (blocks + 1) + blocks + words.length];
    out[0] = blocks;
    for (int i = 0; i <= blocks; i++) {
      out[1 + i] = blockStarts[i] | (i < blocks && chrome[i] ? 1L << 32 : 0L);
    }
    System.arraycopy(blockFingerprints, 0, out, 2 + blocks, blocks);
    System.arraycopy(words, 0, out, 2 + 2 * blocks, words.length);
    return out;
  }

  /**
   * How many of {@link #toLongs}'s longs come before the word hashes, for a page of {@code length}
   * longs and {@code words} words: reading only those gives {@link #blocksOf} without the words.
   */
  static int headLength(int length, int words) {
    return length - words;
  }

  /**
   * A page's blocks without its words: where each starts, its fingerprint and whether it is furniture.
   * What the boilerplate tests and the kept-block check of a held page read.
   *
   * @param starts for block i, the index of its first word; starts[n] = the page's word count
   */
  record Blocks(int[] starts, long[] fingerprints, boolean[] chrome) {

    int blockCount() {
      return fingerprints.length;
    }

    int blockWords(int block) {
      return starts[block + 1] - starts[block];
    }

    /** The page's word count. */
    int words() {
      return starts[fingerprints.length];
    }
  }

  /** The blocks of {@link #toLongs}'s output, whole or only its {@link #headLength} first longs. */
  static Blocks blocksOf(long[] data) {
    int blocks = (int) data[0];
    if (data.length < 2 + 2 * blocks) {
      throw new IllegalArgumentException("a page of " + blocks + " blocks needs " + (2 + 2 * blocks)
          + " longs before its words but has " + data.length);
    }
    int[] starts = new int[blocks + 1];
    boolean[] chrome = new boolean[blocks];
    for (int i = 0; i < blocks; i++) { // the last start after the loop: see fromLongs
      starts[i] = (int) data[1 + i];
      chrome[i] = (data[1 + i] >>> 32) != 0;
    }
    starts[blocks] = (int) data[1 + blocks];
    return new Blocks(starts, Arrays.copyOfRange(data, 2 + blocks, 2 + 2 * blocks), chrome);
  }

  static AnalyzedPage fromLongs(long[] data) {
    int blocks = (int) data[0];
    int[] starts = new int[blocks + 1];
    boolean[] chrome = new boolean[blocks];
    // The last start is read after the loop: with it inside, behind an i < blocks test, C2 hoisted
    // the chrome array's range check over the whole loop and the last round failed it (JFR
    // jdk.Deoptimization, "profile_predicate", four times a scan).
    for (int i = 0; i < blocks; i++) {
      starts[i] = (int) data[1 + i];
      chrome[i] = (data[1 + i] >>> 32) != 0;
    }
    starts[blocks] = (int) data[1 + blocks];
    long[] fps = Arrays.copyOfRange(data, 2 + blocks, 2 + 2 * blocks);
    long[] words = Arrays.copyOfRange(data, 2 + 2 * blocks, data.length);
    return new AnalyzedPage(words, starts, fps, chrome);
  }
}
