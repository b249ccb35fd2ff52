package org.dupscan.detect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.dupscan.extract.Block;
import org.dupscan.extract.BlockKind;
import org.dupscan.extract.Page;
import org.dupscan.text.HashSeed;
import org.dupscan.text.PageWords;
import org.dupscan.text.ShingleHasher;
import org.dupscan.text.StopWords;
import org.dupscan.text.WordSet;
import org.junit.jupiter.api.Test;

class SpunVariantsTest {

  private static final ShingleHasher HASHER = new ShingleHasher(5, HashSeed.DEFAULT);
  private static final WordSet STOP = WordSet.of(HASHER, StopWords.ENGLISH);

  /** Words made of letters from a seeded generator: "common" words and one topic's rare terms. */
  private static List<String> words(String prefix, int n, Random r) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      StringBuilder sb = new StringBuilder(prefix);
      for (int k = 0; k < 6; k++) {
        sb.append((char) ('a' + r.nextInt(26)));
      }
      out.add(sb.toString());
    }
    return out;
  }

  /**
   * An article: 400 words, every third one of its own rare terms, the rest common words, and before
   * each rare term a stop word: the terms stand in sentences ({@link SpunVariants#prose}).
   */
  private static List<String> article(List<String> rare, List<String> common, Random r) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      if (i % 3 == 0) {
        out.add(FUNCTION);
        out.add(rare.get(r.nextInt(rare.size())));
      } else {
        out.add(common.get(r.nextInt(common.size())));
      }
    }
    return out;
  }

  /** A stop word longer than a profile word, so that it does not change pages' languages. */
  private static final String FUNCTION = "about";

  /** Replaces each common word with another common word with chance {@code rate}. */
  private static List<String> spin(List<String> text, List<String> common, double rate, Random r) {
    List<String> out = new ArrayList<>();
    for (String w : text) {
      out.add(common.contains(w) && r.nextDouble() < rate ? common.get(r.nextInt(common.size())) : w);
    }
    return out;
  }

  private static SpunVariants.Facts facts(List<String> text) {
    String body = String.join(" ", text);
    Page page = new Page("p", "p", "h", "t", List.of(new Block(0, BlockKind.PARAGRAPH, body, false, 0)),
        List.of(), true, body.length());
    return SpunVariants.of(page, PageWords.tokenize(List.of(body), HASHER, STOP));
  }

  private static List<SpunVariants.Facts> corpus(List<List<String>> texts) {
    List<SpunVariants.Facts> out = new ArrayList<>();
    for (List<String> t : texts) {
      out.add(facts(t));
    }
    return out;
  }

  /** Articles on one topic (they share its terms), so rare terms have an IDF. */
  private static List<List<String>> topicArticles(List<String> common, Random r, int count) {
    List<List<String>> out = new ArrayList<>();
    List<String> topic = words("t", 60, r);
    for (int i = 0; i < count; i++) {
      List<String> rare = new ArrayList<>(words("r" + i, 40, r));
      rare.addAll(topic.subList(0, 10));
      out.add(article(rare, common, r));
    }
    return out;
  }

  /** 120 articles of one topic and, last, the first one spun at {@code rate}; seeded. */
  private static List<List<String>> articlesAndASpinOfTheFirst(long seed, double rate) {
    Random r = new Random(seed);
    List<String> common = words("c", 2000, r);
    List<List<String>> texts = topicArticles(common, r, 120);
    texts.add(spin(texts.get(0), common, rate, r));
    return texts;
  }

  @Test
  void pairsAnArticleWithItsSpunVariantButNotWithOtherArticlesOfItsTopic() {
    List<List<String>> texts = articlesAndASpinOfTheFirst(1, 0.7);
    SpunVariants.Result result = SpunVariants.find(corpus(texts), new int[texts.size()],
        hosts(texts.size()), SpunVariants.DEFAULT_THRESHOLD, SpunVariants.SAME_HOST_THRESHOLD);
    assertEquals(1, result.pairs().size(), () -> "pairs: " + result.pairs());
    SpunVariants.Pair p = result.pairs().get(0);
    assertEquals(0, p.a());
    assertEquals(texts.size() - 1, p.b());
    assertTrue(result.clusterOf()[0] > 0);
    assertEquals(result.clusterOf()[0], result.clusterOf()[texts.size() - 1]);
    assertTrue(p.evidence().stream().anyMatch(w -> w.startsWith("r0")),
        () -> "evidence: " + p.evidence());
  }

  /** The text with one of {@code function} after every word (a language's short function words). */
  private static List<String> inLanguage(List<String> text, List<String> function, Random r) {
    List<String> out = new ArrayList<>();
    for (String w : text) {
      out.add(w);
      out.add(function.get(r.nextInt(function.size())));
    }
    return out;
  }

  @Test
  void doesNotPairAnArticleWithItsVariantInAnotherLanguage() {
    List<String> english = List.of("thx", "ofx", "anx", "inx");
    List<String> french = List.of("dex", "lax", "lex", "etx");
    for (boolean translated : new boolean[] {false, true}) {
      List<List<String>> texts = articlesAndASpinOfTheFirst(1, 0.7);
      Random r = new Random(9);
      List<List<String>> marked = new ArrayList<>();
      for (int i = 0; i < texts.size(); i++) {
        boolean last = i == texts.size() - 1;
        marked.add(inLanguage(texts.get(i), last && translated ? french : english, r));
      }
      SpunVariants.Result result = SpunVariants.find(corpus(marked), new int[marked.size()],
          hosts(marked.size()), SpunVariants.DEFAULT_THRESHOLD, SpunVariants.SAME_HOST_THRESHOLD);
      assertEquals(translated ? 0 : 1, result.pairs().size(), () -> "pairs: " + result.pairs());
    }
  }

  /** A page of paragraph blocks. */
  private static SpunVariants.Facts factsOfBlocks(List<String> blocks) {
    List<Block> b = new ArrayList<>();
    for (String text : blocks) {
      b.add(new Block(b.size(), BlockKind.PARAGRAPH, text, false, 0));
    }
    Page page = new Page("p", "p", "h", "t", b, List.of(), true, String.join(" ", blocks).length());
    return SpunVariants.of(page, PageWords.tokenize(blocks, HASHER, STOP));
  }

  @Test
  void ignoresWordsOfLinesThatRepeatAcrossAHost() {
    Random r = new Random(11);
    List<String> common = words("c", 2000, r);
    List<List<String>> texts = topicArticles(common, r, 120);
    String menu = String.join(" ", words("m", 24, r));
    int[] host = new int[texts.size()];
    for (boolean ownLine : new boolean[] {false, true}) {
      List<SpunVariants.Facts> facts = new ArrayList<>();
      for (int i = 0; i < texts.size(); i++) {
        host[i] = i % 2;
        String body = String.join(" ", texts.get(i));
        // six pages, three on each host, carry one site's menu: as a line of its own, or run into
        // the article's text
        facts.add(i >= 6 ? factsOfBlocks(List.of(body))
            : ownLine ? factsOfBlocks(List.of(menu, body)) : factsOfBlocks(List.of(menu + " " + body)));
      }
      SpunVariants.Result result = SpunVariants.find(facts, new int[texts.size()], host,
          SpunVariants.DEFAULT_THRESHOLD, SpunVariants.SAME_HOST_THRESHOLD);
      if (ownLine) {
        assertEquals(List.of(), result.pairs());
      } else {
        assertTrue(result.pairs().size() > 0, "the menu's words alone pair pages of two hosts");
      }
    }
  }

  @Test
  void weighsTheCommonWordsOfASmallLanguageAsCommon() {
    List<String> english = List.of("thx", "ofx", "anx", "inx");
    List<String> swedish = List.of("ocx", "atx", "sox", "fox");
    for (int speeches : new int[] {SpunVariants.MIN_LANGUAGE_PAGES - 1, SpunVariants.MIN_LANGUAGE_PAGES}) {
      Random r = new Random(12);
      List<String> common = words("c", 2000, r);
      List<String> function = words("f", 40, r);
      List<List<String>> texts = new ArrayList<>();
      for (List<String> t : topicArticles(common, r, 120)) {
        texts.add(inLanguage(t, english, r));
      }
      // speeches in a small language: each has all of its long function words, in one order
      for (List<String> t : topicArticles(common, r, speeches)) {
        List<String> speech = new ArrayList<>(function);
        speech.addAll(inLanguage(t, swedish, r));
        texts.add(speech);
      }
      SpunVariants.Result result = SpunVariants.find(corpus(texts), new int[texts.size()],
          hosts(texts.size()), SpunVariants.DEFAULT_THRESHOLD, SpunVariants.SAME_HOST_THRESHOLD);
      if (speeches < SpunVariants.MIN_LANGUAGE_PAGES) {
        assertTrue(result.pairs().size() > 0, "too few pages to know the language's common words");
      } else {
        assertEquals(List.of(), result.pairs());
      }
    }
  }

  @Test
  void doesNotPairArticlesThatShareTermsInAnotherOrder() {
    Random r = new Random(2);
    List<String> common = words("c", 2000, r);
    List<List<String>> texts = topicArticles(common, r, 120);
    List<String> shuffled = new ArrayList<>(spin(texts.get(0), common, 0.7, r));
    Collections.shuffle(shuffled, r);
    texts.add(shuffled);
    SpunVariants.Result result = SpunVariants.find(corpus(texts), new int[texts.size()],
        hosts(texts.size()), SpunVariants.DEFAULT_THRESHOLD, SpunVariants.SAME_HOST_THRESHOLD);
    assertEquals(List.of(), result.pairs());
  }

  @Test
  void doesNotPairPagesWhoseSharedWordsKeepTheirOrderOnlyInHalves() {
    // the spin of an article whose two halves were swapped: each half keeps its order, so the
    // ordered measure still reaches the threshold, but only about half of the shared weight is in one
    // order, where a spinner that swaps sentences and moves a paragraph keeps most of it
    Random r = new Random(4);
    List<String> common = words("c", 2000, r);
    List<List<String>> texts = topicArticles(common, r, 120);
    List<String> first = texts.get(0);
    List<String> halves = new ArrayList<>(first.subList(200, 400));
    halves.addAll(first.subList(0, 200));
    texts.add(spin(halves, common, 0.5, r));
    SpunVariants.Result swapped = SpunVariants.find(corpus(texts), new int[texts.size()],
        hosts(texts.size()), SpunVariants.DEFAULT_THRESHOLD, SpunVariants.SAME_HOST_THRESHOLD);
    assertEquals(List.of(), swapped.pairs());
    texts.set(texts.size() - 1, spin(first, common, 0.5, r));
    SpunVariants.Result inOrder = SpunVariants.find(corpus(texts), new int[texts.size()],
        hosts(texts.size()), SpunVariants.DEFAULT_THRESHOLD, SpunVariants.SAME_HOST_THRESHOLD);
    assertEquals(1, inOrder.pairs().size(), () -> "pairs: " + inOrder.pairs());
  }

  @Test
  void needsTenSharedRareWordsForAPair() {
    Random r = new Random(5);
    List<String> common = words("c", 2000, r);
    List<List<String>> texts = topicArticles(common, r, 120);
    List<String> rare = words("x", 14, r);
    for (int shared : new int[] {5, 14}) {
      // two short pages on other hosts sharing `shared` words found nowhere else, in one order
      SpunVariants.Result result = acrossHosts(
          withSharingPair(texts, common, rare, 60, shared, shared, w -> w, r));
      assertEquals(shared >= SpunVariants.MIN_SHARED_WORDS ? 1 : 0, result.pairs().size(),
          () -> shared + " shared: " + result.pairs());
    }
  }

  @Test
  void needsSharedWordsThatStandInSentencesOnBothPages() {
    Random r = new Random(5);
    List<String> common = words("c", 2000, r);
    List<List<String>> texts = topicArticles(common, r, 120);
    List<String> rare = words("x", 20, r);
    for (int inSentences : new int[] {SpunVariants.MIN_SHARED_PROSE_WORDS - 1,
        SpunVariants.MIN_SHARED_PROSE_WORDS}) {
      // two short pages on other hosts sharing 20 words found nowhere else, in one order: a list of
      // terms, of which only `inSentences` follow a function word
      SpunVariants.Result result = acrossHosts(
          withSharingPair(texts, common, rare, 80, rare.size(), inSentences, w -> w, r));
      assertEquals(inSentences >= SpunVariants.MIN_SHARED_PROSE_WORDS ? 1 : 0, result.pairs().size(),
          () -> inSentences + " in sentences: " + result.pairs());
    }
  }

  @Test
  void doesNotCountWordsOfIdentifiersAsWordsOfSentences() {
    Random r = new Random(5);
    List<String> common = words("c", 2000, r);
    List<List<String>> texts = topicArticles(common, r, 120);
    List<String> rare = words("x", 20, r);
    for (boolean identifiers : new boolean[] {false, true}) {
      // two pages sharing 20 rare words after a function word, as words or as parts of identifiers
      SpunVariants.Result result = acrossHosts(withSharingPair(texts, common, rare, 80, rare.size(),
          rare.size(), w -> identifiers ? "mod_" + w : w, r));
      assertEquals(identifiers ? 0 : 1, result.pairs().size(), () -> identifiers + ": " + result.pairs());
    }
  }

  @Test
  void leavesPairsOfOneDuplicateGroupToTheNearDuplicateReport() {
    List<List<String>> texts = articlesAndASpinOfTheFirst(3, 0.3);
    int[] groups = new int[texts.size()];
    groups[0] = 1;
    groups[texts.size() - 1] = 1;
    assertEquals(List.of(), SpunVariants.find(corpus(texts), groups, hosts(texts.size()), 0.1, 0.1).pairs());
  }

  /**
   * {@code texts} and two pages of {@code length} words that share, every fourth word, the first
   * {@code shared} of {@code rare} in one order, the first {@code afterFunctionWord} of them after a
   * function word, each as {@code form} writes it; the other words are drawn from {@code common}.
   */
  private static List<List<String>> withSharingPair(List<List<String>> texts, List<String> common,
      List<String> rare, int length, int shared, int afterFunctionWord, UnaryOperator<String> form,
      Random r) {
    List<List<String>> out = new ArrayList<>(texts);
    for (int page = 0; page < 2; page++) {
      List<String> t = new ArrayList<>();
      for (int i = 0; i < length; i++) {
        if (i % 4 == 0 && i / 4 < shared) {
          if (i / 4 < afterFunctionWord) {
            t.add(FUNCTION);
          }
          t.add(form.apply(rare.get(i / 4)));
        } else {
          t.add(common.get(r.nextInt(common.size())));
        }
      }
      out.add(t);
    }
    return out;
  }

  /** The spun pairs of {@code texts}, every page on a host of its own, at the default thresholds. */
  private static SpunVariants.Result acrossHosts(List<List<String>> texts) {
    return SpunVariants.find(corpus(texts), new int[texts.size()], hosts(texts.size()),
        SpunVariants.DEFAULT_THRESHOLD, SpunVariants.SAME_HOST_THRESHOLD);
  }

  /** Every page on a host of its own. */
  private static int[] hosts(int n) {
    int[] h = new int[n];
    for (int i = 0; i < n; i++) {
      h[i] = i;
    }
    return h;
  }

  @Test
  void asksMoreOfAPairOnOneHost() {
    List<List<String>> texts = articlesAndASpinOfTheFirst(4, 0.7);
    int[] oneHost = new int[texts.size()];
    assertEquals(1, SpunVariants.find(corpus(texts), new int[texts.size()], hosts(texts.size()),
        0.08, 0.99).pairs().size());
    assertEquals(List.of(), SpunVariants.find(corpus(texts), new int[texts.size()], oneHost, 0.08,
        0.99).pairs());
  }

  @Test
  void reportsAPairThatSharesMostOfItsShinglesAsACopyNotASpin() {
    List<List<String>> light = articlesAndASpinOfTheFirst(4, 0.05);
    SpunVariants.Result copied = acrossHosts(light);
    assertEquals(List.of(), copied.pairs());
    assertEquals(1, copied.copies().size(), () -> "copies: " + copied.copies());
    assertEquals(light.size() - 1, copied.copies().get(0).b());
    assertEquals(-1, copied.closest()[0], "a copy gives no spun signal");
    List<List<String>> spun = articlesAndASpinOfTheFirst(4, 0.7);
    SpunVariants.Result rewritten = acrossHosts(spun);
    assertEquals(1, rewritten.pairs().size(), () -> "pairs: " + rewritten.pairs());
    assertEquals(List.of(), rewritten.copies());
  }

  @Test
  void probesFewerWordsForAPairOnOneHostAndStillFindsIt() {
    List<List<String>> texts = articlesAndASpinOfTheFirst(6, 0.05);
    List<SpunVariants.Facts> facts = corpus(texts);
    SpunVariants.Result oneHost = SpunVariants.find(facts, new int[texts.size()], new int[texts.size()],
        0.08, 0.9);
    SpunVariants.Result apart = SpunVariants.find(facts, new int[texts.size()], hosts(texts.size()),
        0.08, 0.9);
    // a spin of 0.05 of the common words shares most of its shingles: found, as a copy
    List<SpunVariants.Pair> found = new ArrayList<>(oneHost.pairs());
    found.addAll(oneHost.copies());
    assertEquals(1, found.size(), () -> "pairs: " + found);
    assertEquals(texts.size() - 1, found.get(0).b());
    assertTrue(oneHost.candidates() < apart.candidates(),
        () -> oneHost.candidates() + " candidates on one host, " + apart.candidates() + " apart");
  }

  @Test
  void doesNotPairASpinWithAPageThatSharesAPassageWithItsOriginalOnOneSite() {
    List<List<String>> texts = aSpinOfAPageThatSharesAPassageWithPageZero();
    int[] host = hosts(texts.size());
    host[1] = host[0];
    SpunVariants.Result result = SpunVariants.find(corpus(texts), new int[texts.size()], host,
        SpunVariants.DEFAULT_THRESHOLD, SpunVariants.SAME_HOST_THRESHOLD);
    assertEquals(1, result.pairs().size(), () -> "pairs: " + result.pairs());
    assertEquals(1, result.pairs().get(0).a());
    assertEquals(texts.size() - 1, result.pairs().get(0).b());
    assertEquals(1, result.sharedPassages(), "the spin's pair with page 0 reached the threshold");
  }

  @Test
  void pairsASpinWithAPageThatSharesAPassageWithItsOriginalOnAnotherSite() {
    List<List<String>> texts = aSpinOfAPageThatSharesAPassageWithPageZero();
    SpunVariants.Result result = SpunVariants.find(corpus(texts), new int[texts.size()],
        hosts(texts.size()), SpunVariants.DEFAULT_THRESHOLD, SpunVariants.SAME_HOST_THRESHOLD);
    // across sites a spun copy of a copied passage is spam evidence, as the passage's copy is
    assertEquals(0, result.sharedPassages(), () -> "pairs: " + result.pairs());
    assertTrue(result.pairs().stream().anyMatch(p -> p.a() == 0 && p.b() == texts.size() - 1),
        () -> "pairs: " + result.pairs());
  }

  @Test
  void reportsNothingOnTooFewPagesToWeighWords() {
    Random r = new Random(5);
    List<String> common = words("c", 2000, r);
    List<List<String>> texts = topicArticles(common, r, 12);
    texts.add(new ArrayList<>(texts.get(0)));
    assertEquals(List.of(), SpunVariants.find(corpus(texts), new int[texts.size()],
        hosts(texts.size()), 0.08, 0.95).pairs());
  }

  @Test
  void keepsTheSmallestDistinctHashesOfALongPageWithoutSortingIt() {
    Random r = new Random(7);
    for (int length : new int[] {0, 10, 300, 5000}) {
      long[] values = new long[length];
      for (int i = 0; i < length; i++) {
        values[i] = i % 3 == 0 && i > 0 ? values[i - 1] : r.nextLong(); // repeats, as words repeat
      }
      long[] expected = java.util.stream.LongStream.of(values).distinct().sorted().limit(64).toArray();
      assertArrayEquals(expected, SpunVariants.smallestDistinct(values.clone(), length, 64),
          "length " + length);
    }
    long[] fewDistinct = new long[1000];
    for (int i = 0; i < fewDistinct.length; i++) {
      fewDistinct[i] = Long.MAX_VALUE - i % 40; // 40 distinct, all above any cut: the whole array is sorted
    }
    assertEquals(40, SpunVariants.smallestDistinct(fewDistinct, fewDistinct.length, 64).length);
  }

  @Test
  void sortsHashesAsArraysSortDoesEvenWhenTheirTopBitsAgree() {
    Random r = new Random(11);
    for (int length : new int[] {0, 1, 2, 3, 17, 300, 4000}) {
      long[] uniform = new long[length];
      long[] crafted = new long[length];
      for (int i = 0; i < length; i++) {
        uniform[i] = i % 4 == 0 && i > 0 ? uniform[i - 1] : r.nextLong();
        crafted[i] = r.nextLong() >>> 20; // all in one bucket: the bucket is sorted by Arrays.sort
      }
      for (long[] values : List.of(uniform, crafted)) {
        long[] expected = values.clone();
        Arrays.sort(expected);
        long[] sorted = values.clone();
        SpunVariants.sortHashes(sorted, length, new SpunVariants.Buffers(length));
        assertArrayEquals(expected, sorted, "length " + length);
      }
    }
  }

  @Test
  void profilesAPageByItsMostFrequentShortWordsWithTiesToTheSmallerHash() {
    String body = "the cat and the dog and the owl of the sea in a box of an elk";
    PageWords words = PageWords.tokenize(List.of(body), HASHER, STOP);
    long the = HASHER.wordHash("the");
    long and = HASHER.wordHash("and");
    long of = HASHER.wordHash("of");
    // after the (4), and (2) and of (2): one of the words seen once, the one with the smallest hash
    long once = java.util.stream.Stream.of("cat", "dog", "owl", "sea", "in", "a", "box", "an", "elk")
        .mapToLong(HASHER::wordHash).min().getAsLong();
    long[] expected = {the, and, of, once};
    Arrays.sort(expected);
    assertArrayEquals(expected, SpunVariants.profile(words));
  }

  @Test
  void rejectsAThresholdOutsideZeroToOne() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SpunVariants.find(List.of(), new int[0], new int[0], 1.5, 0.4));
    assertTrue(e.getMessage().contains("1.5"), e.getMessage());
  }

  /**
   * Topic articles where page 1 holds the first half of page 0 word for word (one options text in two
   * commands' pages), and, last, a spin of page 1.
   */
  private static List<List<String>> aSpinOfAPageThatSharesAPassageWithPageZero() {
    Random r = new Random(7);
    List<String> common = words("c", 2000, r);
    List<List<String>> texts = topicArticles(common, r, 120);
    List<String> including = new ArrayList<>(texts.get(0).subList(0, 200));
    including.addAll(texts.get(1).subList(200, 400));
    texts.set(1, including);
    texts.add(spin(including, common, 0.6, r));
    return texts;
  }
}
