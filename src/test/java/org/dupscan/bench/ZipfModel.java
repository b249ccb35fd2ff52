package org.dupscan.bench;

import java.util.SplittableRandom;

/**
 * Independent words drawn from a Zipf law over a synthetic vocabulary: the frequency of the word of
 * rank r is proportional to 1 / r^s (Zipf 1949; s close to 1 for English, Piantadosi 2014). Needs no
 * data file, so the unit tests use it; the benchmarks prefer {@link BigramModel} on real text.
 */
public final class ZipfModel implements TextModel {

  private static final String CONSONANTS = "bcdfghklmnprstvw";
  private static final String VOWELS = "aeiou";

  private final String[] words;
  private final double[] cumulative;

  /**
   * @param vocabulary number of distinct words
   * @param exponent Zipf exponent s
   * @param seed seed of the spellings
   */
  public ZipfModel(int vocabulary, double exponent, long seed) {
    if (vocabulary < 2) {
      throw new IllegalArgumentException("vocabulary must be at least 2 but was " + vocabulary);
    }
    if (!(exponent > 0)) {
      throw new IllegalArgumentException("exponent must be positive but was " + exponent);
    }
    words = new String[vocabulary];
    cumulative = new double[vocabulary];
    SplittableRandom random = new SplittableRandom(seed);
    java.util.Set<String> seen = new java.util.HashSet<>();
    double sum = 0;
    for (int r = 0; r < vocabulary; r++) {
      String w;
      do {
        // Frequent words are short, as in real languages.
        int syllables = 1 + Math.min(4, (int) (Math.log10(r + 1) * 0.8 + random.nextDouble() * 1.5));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
          sb.append(CONSONANTS.charAt(random.nextInt(CONSONANTS.length())));
          sb.append(VOWELS.charAt(random.nextInt(VOWELS.length())));
        }
        if (random.nextInt(3) == 0) {
          sb.append(CONSONANTS.charAt(random.nextInt(CONSONANTS.length())));
        }
        w = sb.toString();
      } while (!seen.add(w));
      words[r] = w;
      sum += 1.0 / Math.pow(r + 1, exponent);
      cumulative[r] = sum;
    }
    for (int r = 0; r < vocabulary; r++) {
      cumulative[r] /= sum;
    }
  }

  @Override
  public int vocabularySize() {
    return words.length;
  }

  @Override
  public String word(int id) {
    return words[id];
  }

  @Override
  public int first(SplittableRandom random) {
    int i = java.util.Arrays.binarySearch(cumulative, random.nextDouble());
    return Math.min(words.length - 1, i >= 0 ? i : -i - 1);
  }

  @Override
  public int next(int previous, SplittableRandom random) {
    return first(random);
  }
}
