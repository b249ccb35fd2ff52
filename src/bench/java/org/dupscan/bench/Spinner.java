package org.dupscan.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * An article spinner, as spam tools do it: words replaced by thesaurus synonyms, neighbouring
 * sentences swapped, one paragraph moved. The thesaurus is an open one read from a Debian package:
 * MyThes ({@code mythes-en-us}) or WordNet ({@code wordnet-base}). Only one-word synonyms are used.
 */
final class Spinner {

  /** Chance that a sentence is swapped with the next one. */
  static final double SWAP_SHARE = 0.25;

  private final String name;
  private final Map<String, String[]> synonyms;

  private Spinner(String name, Map<String, String[]> synonyms) {
    this.name = name;
    this.synonyms = synonyms;
  }

  String name() {
    return name;
  }

  int entries() {
    return synonyms.size();
  }

  /** MyThes .dat: "word|n", then n lines "(pos)|syn|syn ..."; "(generic term)" entries are skipped. */
  static Spinner mythes(Path dat) throws IOException {
    Map<String, Set<String>> map = new TreeMap<>();
    try (BufferedReader in = Files.newBufferedReader(dat, StandardCharsets.UTF_8)) {
      in.readLine(); // encoding line
      String line;
      while ((line = in.readLine()) != null) {
        int bar = line.lastIndexOf('|');
        if (bar < 0) {
          continue;
        }
        String word = line.substring(0, bar);
        int n = Integer.parseInt(line.substring(bar + 1).trim());
        for (int i = 0; i < n; i++) {
          String meaning = in.readLine();
          if (meaning == null) {
            break;
          }
          if (!oneWord(word)) {
            continue;
          }
          String[] parts = meaning.split("\\|");
          for (int p = 1; p < parts.length; p++) {
            String s = parts[p];
            if (s.contains("(") || !oneWord(s)) {
              continue;
            }
            add(map, word.toLowerCase(Locale.ROOT), s.toLowerCase(Locale.ROOT));
          }
        }
      }
    }
    return new Spinner("mythes", freeze(map));
  }

  /** WordNet data.{noun,verb,adj,adv}: each synset's one-word lemmas are synonyms of each other. */
  static Spinner wordnet(Path dir) throws IOException {
    Map<String, Set<String>> map = new TreeMap<>();
    for (String pos : List.of("noun", "verb", "adj", "adv")) {
      try (BufferedReader in = Files.newBufferedReader(dir.resolve("data." + pos),
          StandardCharsets.UTF_8)) {
        String line;
        while ((line = in.readLine()) != null) {
          if (line.startsWith(" ")) {
            continue;
          }
          String[] f = line.split(" ");
          int count = Integer.parseInt(f[3], 16);
          List<String> lemmas = new ArrayList<>();
          for (int i = 0; i < count; i++) {
            String w = f[4 + 2 * i];
            int paren = w.indexOf('(');
            if (paren > 0) {
              w = w.substring(0, paren);
            }
            if (oneWord(w)) {
              lemmas.add(w.toLowerCase(Locale.ROOT));
            }
          }
          for (String a : lemmas) {
            for (String b : lemmas) {
              if (!a.equals(b)) {
                add(map, a, b);
              }
            }
          }
        }
      }
    }
    return new Spinner("wordnet", freeze(map));
  }

  private static boolean oneWord(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isLetter(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static void add(Map<String, Set<String>> map, String word, String synonym) {
    if (!word.equals(synonym)) {
      map.computeIfAbsent(word, k -> new LinkedHashSet<>()).add(synonym);
    }
  }

  private static Map<String, String[]> freeze(Map<String, Set<String>> map) {
    Map<String, String[]> out = new HashMap<>();
    map.forEach((k, v) -> out.put(k, v.toArray(new String[0])));
    return out;
  }

  /** A spun article and the share of its words that were replaced. */
  record Spun(List<String> paragraphs, double replaced) {}

  /**
   * Spins paragraphs: each word with a synonym is replaced with the chance that makes the replaced
   * share of all words {@code rate} (every such word, when fewer have synonyms; the share reached is
   * returned); then neighbouring sentences are swapped and one paragraph is moved. Inflected words
   * (-s, -es, -ed, -ing, -ly) take a synonym of their stem with the same ending, as crude as spinners.
   */
  Spun spin(List<String> paragraphs, double rate, Random random) {
    int words = 0;
    int replaceable = 0;
    for (String p : paragraphs) {
      for (String t : p.split(" ")) {
        words++;
        if (synonym(core(t), random, false) != null) {
          replaceable++;
        }
      }
    }
    double chance = replaceable == 0 ? 0 : Math.min(1.0, rate * words / replaceable);
    int replaced = 0;
    List<String> out = new ArrayList<>();
    for (String p : paragraphs) {
      List<String> sentences = sentences(p);
      List<String> spunSentences = new ArrayList<>();
      for (String s : sentences) {
        StringBuilder sb = new StringBuilder();
        for (String t : s.split(" ")) {
          String c = core(t);
          if (synonym(c, random, false) != null && random.nextDouble() < chance) {
            String r = synonym(c, random, true);
            if (Character.isUpperCase(c.charAt(0))) {
              r = Character.toUpperCase(r.charAt(0)) + r.substring(1);
            }
            int at = t.indexOf(c);
            t = t.substring(0, at) + r + t.substring(at + c.length());
            replaced++;
          }
          if (sb.length() > 0) {
            sb.append(' ');
          }
          sb.append(t);
        }
        spunSentences.add(sb.toString());
      }
      for (int i = 0; i + 1 < spunSentences.size(); i++) {
        if (random.nextDouble() < SWAP_SHARE) {
          Collections.swap(spunSentences, i, i + 1);
          i++;
        }
      }
      out.add(String.join(" ", spunSentences));
    }
    if (out.size() > 2) {
      String moved = out.remove(random.nextInt(out.size()));
      out.add(random.nextInt(out.size() + 1), moved);
    }
    return new Spun(out, words == 0 ? 0 : (double) replaced / words);
  }

  private static final String[] ENDINGS = {"", "s", "es", "ed", "ing", "ly"};

  /** A synonym of a word or of its stem plus the word's ending; null when none (""when not drawing). */
  private String synonym(String word, Random random, boolean draw) {
    if (word.isEmpty()) {
      return null;
    }
    String w = word.toLowerCase(Locale.ROOT);
    for (String end : ENDINGS) {
      if (w.length() > end.length() + 2 && w.endsWith(end)) {
        String[] syn = synonyms.get(w.substring(0, w.length() - end.length()));
        if (syn != null) {
          return draw ? syn[random.nextInt(syn.length)] + end : "";
        }
      }
    }
    return null;
  }

  /** The letters of a token without leading and trailing punctuation ("" when none). */
  private static String core(String token) {
    int a = 0;
    int b = token.length();
    while (a < b && !Character.isLetter(token.charAt(a))) {
      a++;
    }
    while (b > a && !Character.isLetter(token.charAt(b - 1))) {
      b--;
    }
    String c = token.substring(a, b);
    return oneWord(c) ? c : "";
  }

  /** Sentences: split after . ! ? followed by a space and a capital letter. */
  static List<String> sentences(String paragraph) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i + 2 < paragraph.length(); i++) {
      char c = paragraph.charAt(i);
      if ((c == '.' || c == '!' || c == '?') && paragraph.charAt(i + 1) == ' '
          && Character.isUpperCase(paragraph.charAt(i + 2))) {
        out.add(paragraph.substring(start, i + 1));
        start = i + 2;
      }
    }
    out.add(paragraph.substring(start));
    return out;
  }
}
