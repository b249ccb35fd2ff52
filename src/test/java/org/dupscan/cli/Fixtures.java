package org.dupscan.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/** Small fixture corpora written into a temporary folder. */
final class Fixtures {

  private Fixtures() {}

  static final String[] VOCABULARY = ("garden soil compost water seed tomato bean pepper onion leaf root "
      + "winter spring summer autumn frost rain sun shade bed row path fence gate shed tool spade fork "
      + "hoe rake barrow mulch straw wood chip manure worm beetle slug snail bird fox rabbit deer mole "
      + "vole wasp bee flower fruit berry apple pear plum cherry vine branch trunk bark bud shoot stem "
      + "week month year morning evening night early late slow quick warm cold dry wet deep shallow")
      .split(" ");

  /** A deterministic article of {@code words} words in paragraphs of 40 words. */
  static String article(long seed, int words) {
    SplittableRandom r = new SplittableRandom(seed);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < words; i++) {
      if (i > 0) {
        sb.append(i % 40 == 0 ? ".\n\n" : " ");
      }
      sb.append(VOCABULARY[r.nextInt(VOCABULARY.length)]);
    }
    return sb.append('.').toString();
  }

  /** {@code text} with every {@code every}-th word replaced by "edited". */
  static String edit(String text, int every) {
    String[] parts = text.split(" ", -1);
    for (int i = every / 2; i < parts.length; i += every) {
      parts[i] = parts[i].endsWith(".") ? "edited." : "edited";
    }
    return String.join(" ", parts);
  }

  static void write(Path file, String content) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
  }

  static String html(String title, String body) {
    StringBuilder sb = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
        .append(title).append("</title></head><body><nav><a href=\"/\">Home</a> <a href=\"/about\">About"
            + "</a></nav><article><h1>").append(title).append("</h1>");
    for (String para : body.split("\n\n")) {
      sb.append("<p>").append(para).append("</p>\n");
    }
    return sb.append("</article><footer>Copyright footer text</footer></body></html>").toString();
  }

  /**
   * A site of five pages: post-1.txt; post-2.txt, a light edit of it (J about 0.8-0.9); post-1-copy.html,
   * the same text as post-1 in HTML; and two unrelated pages.
   */
  static Path smallSite(Path root) throws IOException {
    Path site = root.resolve("site-a.example");
    String a = article(1, 400);
    write(site.resolve("post-1.txt"), "First post\n\n" + a);
    write(site.resolve("post-2.txt"), "Second post\n\n" + edit(a, 60));
    write(site.resolve("post-1-copy.html"), html("First post (copy)", a));
    write(site.resolve("other.txt"), "Other\n\n" + article(2, 300));
    write(site.resolve("another.md"), "# Another\n\n" + article(3, 300));
    return root;
  }
}
