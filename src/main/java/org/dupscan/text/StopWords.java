package org.dupscan.text;

import java.util.Set;

/** Stop-word lists: function words that carry no topic. */
public final class StopWords {

  private StopWords() {}

  /** English function words (normalised): overlap and density measures skip them. */
  public static final Set<String> ENGLISH = Set.of("a", "an", "the", "and", "or", "but", "if", "of",
      "to", "in", "on", "at", "by", "for", "with", "from", "as", "is", "are", "was", "were", "be", "been",
      "being", "it", "its", "this", "that", "these", "those", "there", "their", "they", "them", "we",
      "our", "you", "your", "he", "she", "his", "her", "i", "my", "me", "us", "not", "no", "so", "than",
      "then", "too", "very", "can", "could", "will", "would", "should", "may", "might", "must", "do",
      "does", "did", "has", "have", "had", "what", "which", "who", "whom", "how", "why", "when",
      "where", "all", "any", "some", "more", "most", "also", "just", "into", "about", "over", "after",
      "before", "up", "down", "out", "only", "own", "same", "such", "each", "both", "few", "other",
      "s", "t", "one", "while", "because", "until", "again", "here", "once", "many", "much");
}
