package org.dupscan.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.apache.commons.codec.digest.MurmurHash3;
import org.junit.jupiter.api.Test;

class WordHashEncodingTest {

  private final ShingleHasher hasher = new ShingleHasher(5, 123);

  private long reference(String word) {
    byte[] b = word.getBytes(StandardCharsets.UTF_8);
    return MurmurHash3.hash128x64(b, 0, b.length, 123)[0];
  }

  @Test
  void encodesWordsExactlyAsStringGetBytesWould() {
    String[] words = {"a", "word", "café", "straße", "日本語", "ﬁ", "😀smile", "x\uD800y", "\uDC00", "mixed𝄞clef",
        "ÿ", "\u07FF\u0800"};
    for (String w : words) {
      assertEquals(reference(w), hasher.wordHash(w), w);
      assertEquals(reference(w), hasher.wordHash("  " + w + " ", 2, 2 + w.length()), w);
      assertEquals(reference(w), hasher.wordHash(("  " + w + " ").toCharArray(), 2, 2 + w.length()), w);
    }
  }

  @Test
  void agreesWithTheReferenceOnRandomUnicodeWords() {
    SplittableRandom r = new SplittableRandom(9);
    for (int i = 0; i < 5000; i++) {
      StringBuilder sb = new StringBuilder();
      int len = 1 + r.nextInt(80);
      for (int j = 0; j < len; j++) {
        int kind = r.nextInt(4);
        int cp = kind == 0 ? r.nextInt(0x80) : kind == 1 ? r.nextInt(0x800) : kind == 2 ? r.nextInt(0x10000)
            : 0x10000 + r.nextInt(0x100000);
        sb.appendCodePoint(cp);
      }
      String w = sb.toString();
      assertEquals(reference(w), hasher.wordHash(w), () -> "word #" + w.codePoints().count());
      assertEquals(reference(w), hasher.wordHash(("." + w).toCharArray(), 1, 1 + w.length()),
          () -> "word as chars #" + w.codePoints().count());
    }
  }
}
