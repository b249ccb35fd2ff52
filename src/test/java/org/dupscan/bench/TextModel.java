package org.dupscan.bench;

import java.util.SplittableRandom;

/**
 * A source of words for generated pages: a vocabulary and a rule for the next word. Words are
 * lower-case ASCII letters only, so that the engine's tokenizer and the ground truth's split text the
 * same way.
 */
public interface TextModel {

  /** The number of distinct words. */
  int vocabularySize();

  /** The spelling of word {@code id}. */
  String word(int id);

  /** A word to start a text with. */
  int first(SplittableRandom random);

  /** The word after {@code previous}. */
  int next(int previous, SplittableRandom random);
}
