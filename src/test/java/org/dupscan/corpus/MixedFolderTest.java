package org.dupscan.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MixedFolderTest {

  @TempDir
  Path tmp;

  @Test
  void readsEveryKindInOneFolderDetectedByContent() throws IOException {
    mixedFolder();
    Collected c = Collected.read(tmp, ReaderSettings.defaults());
    assertEquals(List.of("mix.example/a.html", "mix.example/b.txt", "mix.example/c.html.gz",
        "https://j.example/d", "https://w.example/e", "https://w.example/f", "g"), c.ids(), c.reasons());
    assertEquals("mix.example", c.docs.get(6).host()); // no URL: the folder's host
    assertEquals("j.example", c.docs.get(3).host());
    assertTrue(c.reasons().contains("unsupported file type (.bin)"), c.reasons());
    assertEquals(1, c.skipped.size(), c.reasons());
  }

  @Test
  void readingOneFileGivesItWhatTheWalkOfItsFolderGives() throws IOException {
    mixedFolder();
    Files.writeString(tmp.resolve("top.txt"), "Top\n\ntext at the top");
    Collected walk = new Collected();
    new FolderReader(List.of(tmp), ReaderSettings.defaults()).readPages(walk).forEach(c -> c.read(walk));
    // Each file alone, named as the walk names it; crawl files after the page files, as readPages has it.
    FolderReader reader = new FolderReader(List.of(), ReaderSettings.defaults());
    Collected one = new Collected();
    List<FolderReader.Container> crawl = new java.util.ArrayList<>();
    for (String rel : List.of("mix.example/a.html", "mix.example/b.txt", "mix.example/c.html.gz",
        "mix.example/d.jsonl", "mix.example/e.warc.gz", "mix.example/f.dat", "mix.example/g.export",
        "mix.example/h.bin", "top.txt")) {
      FolderReader.Container c = reader.readFile(tmp.resolve(rel), tmp + "/" + rel, rel,
          tmp.getFileName().toString(), one);
      if (c != null) {
        crawl.add(c);
      }
    }
    crawl.forEach(c -> c.read(one));
    assertEquals(8, walk.ids().size(), walk.reasons());
    assertEquals(walk.reasons(), one.reasons());
    for (int i = 0; i < walk.docs.size(); i++) {
      SourceDocument w = walk.docs.get(i);
      SourceDocument o = one.docs.get(i);
      assertEquals(List.of(w.id(), w.host(), w.origin()), List.of(o.id(), o.host(), o.origin()));
    }
    assertEquals(walk.docs.size(), one.docs.size());
  }

  /** A folder holding every kind of input, in a folder named as a host. */
  private void mixedFolder() throws IOException {
    Path site = Files.createDirectories(tmp.resolve("mix.example"));
    Files.writeString(site.resolve("a.html"), "<title>A</title><p>page a</p>");
    Files.writeString(site.resolve("b.txt"), "B\n\ntext b");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(site.resolve("c.html.gz")))) {
      out.write("<p>page c</p>".getBytes(StandardCharsets.UTF_8));
    }
    Files.writeString(site.resolve("d.jsonl"), "{\"url\":\"https://j.example/d\",\"text\":\"jsonl d\"}\n");
    try (TestWarcs w = new TestWarcs(site.resolve("e.warc.gz"), true)) {
      w.html("https://w.example/e", Instant.parse("2026-01-01T00:00:00Z"), "<p>warc e</p>");
    }
    // A WARC and a JSON Lines file under names that say nothing: found by their first bytes.
    try (TestWarcs w = new TestWarcs(site.resolve("f.dat"), true)) {
      w.html("https://w.example/f", Instant.parse("2026-01-01T00:00:00Z"), "<p>warc f</p>");
    }
    Files.writeString(site.resolve("g.export"), "{\"id\":\"g\",\"text\":\"jsonl g\"}\n");
    Files.write(site.resolve("h.bin"), new byte[] {1, 2, 3});
  }
}
