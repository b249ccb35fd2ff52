package org.dupscan.detect;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** The labels of the sample corpus in corpus/, from src/test/resources/corpus-labels.csv. */
final class CorpusLabels {

  /** Labels that do not make a page spam. */
  static final Set<String> HARMLESS = Set.of("clean", "boilerplate_template", "shared_title",
      "archive_page");

  private CorpusLabels() {}

  /** Page id to its ";"-separated labels. */
  static Map<String, String> read() throws IOException {
    Map<String, String> out = new HashMap<>();
    try (InputStream in = CorpusLabels.class.getResourceAsStream("/corpus-labels.csv")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      boolean header = true;
      for (String line : text.split("\n")) {
        line = line.strip();
        if (header || line.isEmpty()) {
          header = false;
          continue;
        }
        int comma = line.indexOf(',');
        out.put(line.substring(0, comma), line.substring(comma + 1));
      }
    }
    return out;
  }

  /** Whether a page with these labels is spam: any label beyond clean, template and shared title. */
  static boolean spam(String labels) {
    for (String l : labels.split(";")) {
      String name = l.contains(":") ? l.substring(0, l.indexOf(':')) : l;
      if (!HARMLESS.contains(name)) {
        return true;
      }
    }
    return false;
  }

  static boolean clean(String labels) {
    return labels.startsWith("clean");
  }
}
