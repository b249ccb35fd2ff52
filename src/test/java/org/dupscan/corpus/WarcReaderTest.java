package org.dupscan.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reads the real wget WARC fixture src/test/resources/warc/bloom-baby.warc.gz. It was made so:
 * <pre>
 *   mkdir -p /tmp/warcsrv/site &amp;&amp; cp corpus/bloom-baby.example/* /tmp/warcsrv/site/
 *   mkdir /tmp/warcsrv/site/sub &amp;&amp; printf 'sub page\n' &gt; /tmp/warcsrv/site/sub/index.txt
 *   printf '\x89PNG\r\n\x1a\n0000' &gt; /tmp/warcsrv/site/pixel.png
 *   (cd /tmp/warcsrv/site &amp;&amp; python3 -m http.server 8765 --bind 127.0.0.1 &amp;)
 *   # urls.txt: http://127.0.0.1:8765/NAME for each .html and .txt page, then /pixel.png, /sub (a 301
 *   # to /sub/) and /missing.html (a 404)
 *   wget -q --warc-file=bloom-baby --max-redirect=0 -i urls.txt -O /dev/null   # GNU Wget 1.21.3
 * </pre>
 * wget writes each record as its own gzip member, with request records, a warcinfo record, a metadata
 * record and two resource records under metadata:// URIs (its arguments and its log).
 */
class WarcReaderTest {

  static final Path FIXTURE = Path.of("src/test/resources/warc/bloom-baby.warc.gz");

  @Test
  void readsEveryPageOfAWgetWarcWithItsUrlAsId() {
    Collected c = Collected.read(FIXTURE, ReaderSettings.defaults());
    assertEquals(14, c.docs.size(), c.reasons());
    assertTrue(c.ids().contains("http://127.0.0.1:8765/colic-in-babies.html"), c.ids().toString());
    for (SourceDocument d : c.docs) {
      assertEquals("127.0.0.1", d.host());
      assertEquals(d.id(), d.url());
      assertTrue(d.origin().startsWith(FIXTURE + "#"), d.origin());
      assertEquals(d.id().endsWith(".txt") ? Format.TEXT : Format.HTML, d.format());
    }
    assertTrue(c.loadErrors.isEmpty(), c.loadErrors.toString());
  }

  @Test
  void skipsRedirectsErrorsNonTextAndNonPageRecordsWithTheirReasons() {
    String reasons = Collected.read(FIXTURE, ReaderSettings.defaults()).reasons();
    assertTrue(reasons.contains("redirect (HTTP 301 to /sub/) http://127.0.0.1:8765/sub"), reasons);
    assertTrue(reasons.contains("HTTP status 404 http://127.0.0.1:8765/missing.html"), reasons);
    assertTrue(reasons.contains("non-text payload (image/png) http://127.0.0.1:8765/pixel.png"), reasons);
    assertTrue(reasons.contains("18 request records (not pages)"), reasons);
    assertTrue(reasons.contains("1 warcinfo record (not pages)"), reasons);
    assertTrue(reasons.contains("2 resource (metadata URI) records (not pages)"), reasons);
  }

  @Test
  void skipsARecordOverTheRecordCap() throws IOException {
    Collected c = Collected.read(FIXTURE, new ReaderSettings(null, 1 << 20, 3000, JsonlFields.DEFAULT));
    assertTrue(c.reasons().contains("record over size cap"), c.reasons());
    assertTrue(c.docs.size() > 0 && c.docs.size() < 14, c.ids().toString());
    for (SourceDocument d : c.docs) {
      assertTrue(d.content().length <= 3000);
    }
    List<String> none = List.of();
    assertEquals(none, c.loadErrors);
  }
}
