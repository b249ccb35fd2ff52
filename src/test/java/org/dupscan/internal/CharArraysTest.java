package org.dupscan.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class CharArraysTest {

  private static final String ALPHABET = "ab:s \u00e9\u2019\u4e2d";

  private static String random(Random r, int max) {
    StringBuilder sb = new StringBuilder();
    int n = r.nextInt(max + 1);
    for (int i = 0; i < n; i++) {
      sb.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
    }
    return sb.toString();
  }

  @Test
  void prefixAndSuffixTestsAgreeWithStringsOnRandomText() {
    Random r = new Random(13);
    for (int i = 0; i < 20_000; i++) {
      String text = random(r, 8);
      String part = random(r, 3);
      char[] chars = text.toCharArray();
      assertEquals(text.startsWith(part), CharArrays.startsWith(chars, 0, chars.length, part),
          text + " / " + part);
      assertEquals(text.endsWith(part), CharArrays.endsWith(chars, chars.length, part),
          text + " / " + part);
    }
  }
}
