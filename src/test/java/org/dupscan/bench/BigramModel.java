package org.dupscan.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.zip.GZIPInputStream;

/**
 * Words drawn from the bigrams of a real English text: the next word is the word that followed a
 * randomly chosen occurrence of the previous word in the source, so word frequencies and common
 * phrases ("the european union") are those of the source. Built from the Europarl sample shipped in
 * Lucene's test framework (lines {@code title TAB date TAB body}, many languages), keeping the lines
 * that look English by their share of English function words.
 */
public final class BigramModel implements TextModel {

  private static final Set<String> ENGLISH = Set.of("the", "of", "and", "to", "is", "that", "in", "we",
      "this", "it", "for", "are", "be", "on", "not", "have");

  private final String[] words;
  private final int[] tokens;      // the source text as word ids
  private final int[] occStart;    // occurrences of word w: occ[occStart[w] .. occStart[w + 1])
  private final int[] occ;         // positions in tokens, excluding the last

  private BigramModel(String[] words, int[] tokens) {
    this.words = words;
    this.tokens = tokens;
    int v = words.length;
    occStart = new int[v + 1];
    for (int i = 0; i + 1 < tokens.length; i++) {
      occStart[tokens[i] + 1]++;
    }
    for (int w = 0; w < v; w++) {
      occStart[w + 1] += occStart[w];
    }
    occ = new int[Math.max(0, tokens.length - 1)];
    int[] fill = Arrays.copyOf(occStart, v);
    for (int i = 0; i + 1 < tokens.length; i++) {
      occ[fill[tokens[i]]++] = i;
    }
  }

  /** Reads a gzipped Europarl lines file, keeping English lines. */
  public static BigramModel fromEuroparlGzip(InputStream gz) throws IOException {
    Map<String, Integer> ids = new HashMap<>();
    java.util.List<String> spelled = new java.util.ArrayList<>();
    int[] toks = new int[1 << 20];
    int n = 0;
    try (BufferedReader in = new BufferedReader(
        new InputStreamReader(new GZIPInputStream(gz), StandardCharsets.UTF_8), 1 << 16)) {
      String line;
      java.util.List<String> lineWords = new java.util.ArrayList<>();
      while ((line = in.readLine()) != null) {
        int tab = line.lastIndexOf('\t');
        String body = tab < 0 ? line : line.substring(tab + 1);
        lineWords.clear();
        int english = 0;
        boolean foreign = false;
        int i = 0;
        while (i < body.length()) {
          char c = body.charAt(i);
          if (!Character.isLetter(c)) {
            i++;
            continue;
          }
          int s = i;
          boolean ascii = true;
          while (i < body.length() && Character.isLetter(body.charAt(i))) {
            ascii &= body.charAt(i) < 0x80;
            i++;
          }
          if (!ascii) {
            foreign = true; // accented words: not English, or a name the tokenizers might split apart
            continue;
          }
          String w = body.substring(s, i).toLowerCase(java.util.Locale.ROOT);
          if (ENGLISH.contains(w)) {
            english++;
          }
          lineWords.add(w);
        }
        if (lineWords.size() < 20 || english < lineWords.size() * 0.2 || (foreign && english == 0)) {
          continue;
        }
        for (String w : lineWords) {
          Integer id = ids.get(w);
          if (id == null) {
            id = spelled.size();
            ids.put(w, id);
            spelled.add(w);
          }
          if (n == toks.length) {
            toks = Arrays.copyOf(toks, n * 2);
          }
          toks[n++] = id;
        }
      }
    }
    if (n < 1000) {
      throw new IOException("too little English text in the source: " + n + " words");
    }
    return new BigramModel(spelled.toArray(new String[0]), Arrays.copyOf(toks, n));
  }

  /** Words in the source text. */
  public int sourceWords() {
    return tokens.length;
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
    return tokens[random.nextInt(tokens.length - 1)];
  }

  @Override
  public int next(int previous, SplittableRandom random) {
    int from = occStart[previous];
    int to = occStart[previous + 1];
    if (to == from) {
      return first(random);
    }
    return tokens[occ[from + random.nextInt(to - from)] + 1];
  }
}
