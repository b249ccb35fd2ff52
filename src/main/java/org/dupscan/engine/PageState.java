package org.dupscan.engine;

import java.util.List;
import org.dupscan.detect.BoilerplateMiner;

/**
 * What pass 1 makes of one page and everything later stages need from it: its summary fields, its
 * analysed word data ({@link AnalyzedPage#toLongs}), the findings of the per-page stages (in stage
 * order) and the samples of its blocks that boilerplate mining counts. A page history stores this, so
 * that a page held from an earlier run skips pass 1 entirely (no parse, no tokenising, no per-page
 * stage) and the cross-page stages still see exactly what a fresh scan would give them.
 *
 * @param words the page's word count (of {@code analysed})
 * @param bytes the bytes of the document it was read from
 * @param hiddenWords words of the text the page hides from readers
 * @param analysed the word data as {@link AnalyzedPage#toLongs} writes it, or only its head (the
 *     blocks, {@link AnalyzedPage#headLength} longs) when the history keeps the word hashes apart and
 *     gives them by {@link PageHistory#words} ({@link #wordsHeld})
 * @param findings the per-page stages' findings, in the order the stages run; entries may be null
 * @param samples the page's blocks as boilerplate mining counts them, in block order
 * @param signed what the shingle step made of its content on an earlier run, or null
 */
public record PageState(String id, String url, String host, String title, int words, int bytes,
    String charset, int hiddenWords, long[] analysed, Object[] findings,
    List<BoilerplateMiner.BlockSample> samples, SignedContent signed) {

  /**
   * Whether {@link #analysed} holds only the page's blocks, its word hashes kept by the history: a
   * stored page's words are read only when a stage needs them (re-signing it, verifying a pair whose
   * similarity or intersection is not stored), not with every held page each night.
   */
  public boolean wordsHeld() {
    // A whole page's longs are its head (2 + 2 x blocks) and its words.
    return words > 0 && analysed.length == 2 + 2 * (int) analysed[0];
  }

  /** The word hashes of {@code analysed} ({@link AnalyzedPage#toLongs}), without its head. */
  public static long[] wordHashes(long[] analysed, int words) {
    return java.util.Arrays.copyOfRange(analysed, analysed.length - words, analysed.length);
  }

  /**
   * {@code analysed} ({@link AnalyzedPage#toLongs}) without its word hashes: the head a history
   * keeping the words apart stores ({@link #wordsHeld}).
   */
  public static long[] head(long[] analysed, int words) {
    return java.util.Arrays.copyOf(analysed, AnalyzedPage.headLength(analysed.length, words));
  }

  /** This state with {@code content} as what the shingle step made of it. */
  public PageState withSigned(SignedContent content) {
    return new PageState(id, url, host, title, words, bytes, charset, hiddenWords, analysed, findings,
        samples, content);
  }
}
