package org.dupscan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ConsoleProgressTest {

  @Test
  void showsABarRateAndEtaWhenTheTotalIsKnown() {
    AtomicLong now = new AtomicLong();
    ConsoleProgress p = new ConsoleProgress(new PrintWriter(new StringWriter()), true, now::get);
    p.phase("shingle", 1000);
    for (int i = 0; i < 250; i++) {
      p.advance(4000);
    }
    now.set(5_000_000_000L); // 5 s for 250 pages: 50 pages/s, 750 left, 15 s
    String line = p.line(now.get());
    assertTrue(line.startsWith("dupscan shingle: [######..................] 250/1000 pages"), line);
    assertTrue(line.contains("1.0 MB, 50 pages/s, 0.2 MB/s, ETA 0:15"), line);
  }

  @Test
  void writesPlainPeriodicLinesWhenNotATerminal() {
    AtomicLong now = new AtomicLong();
    StringWriter out = new StringWriter();
    ConsoleProgress p = new ConsoleProgress(new PrintWriter(out), false, now::get);
    p.phase("read", -1);
    for (int i = 1; i <= 100; i++) {
      now.set(i * 1_000_000_000L); // a page a second: a line every 10 s
      p.advance(1000);
    }
    p.done();
    String[] lines = out.toString().split("\n");
    assertEquals(10, lines.length, out.toString());
    assertTrue(lines[0].startsWith("dupscan read: 10 pages, 0.0 MB, 1 pages/s"), lines[0]);
    assertTrue(!out.toString().contains("\r") && !out.toString().contains("\u001b"), "no terminal codes");
  }
}
