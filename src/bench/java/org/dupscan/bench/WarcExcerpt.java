package org.dupscan.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Cuts an excerpt out of a crawl's WARC for a regression fixture: the response records of the listed
 * paths, in the list's order, each copied byte for byte (HTTP status line, headers and body as the
 * crawler stored them) under a fixed base URL instead of the crawl's loopback address and random port, so
 * that the fixture reads the same whenever it is rebuilt.
 *
 * <p>{@code java -cp target/dupscan.jar WarcExcerpt.java IN.warc.gz PATHS.txt BASE_URL OUT.warc.gz},
 * where PATHS.txt lists one path per line (as in the crawl's URLs, e.g. {@code /ref/index.html}; blank
 * lines and lines starting with # are skipped) and BASE_URL is e.g. {@code http://docs.example}.
 */
public final class WarcExcerpt {

  private WarcExcerpt() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 4) {
      System.err.println("usage: WarcExcerpt IN.warc.gz PATHS.txt BASE_URL OUT.warc.gz");
      System.exit(2);
    }
    List<String> wanted = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8)) {
      String s = line.strip();
      if (!s.isEmpty() && !s.startsWith("#")) {
        wanted.add(s);
      }
    }
    Map<String, WarcResponse> found = new LinkedHashMap<>();
    Map<String, byte[]> bodies = new LinkedHashMap<>();
    try (WarcReader reader = new WarcReader(Path.of(args[0]))) {
      for (WarcRecord rec : reader) {
        if (rec instanceof WarcResponse r) {
          String path = URI.create(r.target()).getRawPath();
          if (wanted.contains(path) && !found.containsKey(path)) {
            found.put(path, r);
            bodies.put(path, r.body().stream().readAllBytes());
          }
        }
      }
    }
    String base = args[2].endsWith("/") ? args[2].substring(0, args[2].length() - 1) : args[2];
    try (WarcWriter writer = new WarcWriter(FileChannel.open(Path.of(args[3]), StandardOpenOption.CREATE,
        StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING), WarcCompression.GZIP)) {
      for (String path : wanted) {
        WarcResponse r = found.get(path);
        if (r == null) {
          throw new IOException(args[0] + ": no response record for " + path);
        }
        writer.write(new WarcResponse.Builder(URI.create(base + path)).date(r.date())
            .body(MediaType.HTTP_RESPONSE, bodies.get(path)).build());
      }
    }
    System.err.println("wrote " + wanted.size() + " records to " + args[3]);
  }
}
