package org.dupscan.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordSetTest {

  private static final ShingleHasher HASHER = new ShingleHasher(5, HashSeed.DEFAULT);

  private static List<String> randomWords(Random random, int n) {
    List<String> words = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      StringBuilder sb = new StringBuilder();
      int len = 1 + random.nextInt(10);
      for (int c = 0; c < len; c++) {
        sb.append((char) ('a' + random.nextInt(26)));
      }
      words.add(sb.toString());
    }
    return words;
  }

  /** Membership by hash agrees with a HashSet of the strings, for members and for other words. */
  private static void assertSameAs(Set<String> members, WordSet set, List<String> probes) {
    for (String w : members) {
      assertTrue(set.contains(HASHER.wordHash(w)), w);
    }
    for (String w : probes) {
      assertEquals(members.contains(w), set.contains(HASHER.wordHash(w)), w);
    }
  }

  @Test
  void stopWordsGetASmallPerfectTable() {
    WordSet stop = WordSet.of(HASHER, StopWords.ENGLISH);
    assertTrue(stop.perfect());
    assertTrue(stop.slots() <= 2048, "perfect table of " + stop.slots() + " slots");
    assertSameAs(StopWords.ENGLISH, stop, randomWords(new Random(1), 20_000));
  }

  @Test
  void agreesWithAHashSetForSetsOfEverySize() {
    Random random = new Random(7);
    for (int n : new int[] {0, 1, 2, 35, 109, 300, WordSet.MAX_PERFECT, WordSet.MAX_PERFECT + 1, 5000}) {
      Set<String> members = new HashSet<>(randomWords(random, n));
      WordSet set = WordSet.of(HASHER, members);
      List<String> probes = randomWords(random, 5000);
      probes.addAll(members);
      assertSameAs(members, set, probes);
      assertEquals(members.size() <= WordSet.MAX_PERFECT, set.perfect(), "n=" + n);
    }
  }

  @Test
  void repeatedWordsAreOneMember() {
    WordSet set = WordSet.of(HASHER, List.of("the", "the", "of", "the"));
    assertTrue(set.contains(HASHER.wordHash("the")));
    assertTrue(set.contains(HASHER.wordHash("of")));
    assertFalse(set.contains(HASHER.wordHash("and")));
  }

  @Test
  void theTableDoesNotDependOnTheOrderOfTheWords() {
    WordSet a = WordSet.of(HASHER, StopWords.ENGLISH);
    List<String> reversed = new ArrayList<>(StopWords.ENGLISH);
    java.util.Collections.reverse(reversed);
    WordSet b = WordSet.of(HASHER, reversed);
    assertEquals(a.slots(), b.slots());
    assertEquals(a.multiplier(), b.multiplier());
  }

  @Test
  void aZeroHashIsNotAMemberUnlessAWordHashesToIt() {
    assertFalse(WordSet.of(HASHER, StopWords.ENGLISH).contains(0));
  }
}
