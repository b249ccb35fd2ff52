package org.dupscan.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a child JVM reports: one line {@code RESULT key=value ...} on stdout, parsed by the parent. */
final class Measured {

  static final String PREFIX = "RESULT ";

  private Measured() {}

  /** Peak resident set size of this process in KiB (Linux VmHWM), or -1 where not available. */
  static long peakRssKib() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.substring(6).trim().split("\\s+")[0]);
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux: leave it unknown
    }
    return -1;
  }

  /** Sum of the heap pools' peak usage in bytes (an upper bound of the live peak). */
  static long peakHeapBytes() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  static void print(Map<String, ?> values) {
    StringBuilder sb = new StringBuilder(PREFIX);
    values.forEach((k, v) -> sb.append(k).append('=').append(v).append(' '));
    sb.append("peak_rss_kib=").append(peakRssKib()).append(" peak_heap_bytes=").append(peakHeapBytes());
    System.out.println(sb);
  }

  static Map<String, String> parse(String line) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String kv : line.substring(PREFIX.length()).trim().split(" ")) {
      int eq = kv.indexOf('=');
      if (eq > 0) {
        out.put(kv.substring(0, eq), kv.substring(eq + 1));
      }
    }
    return out;
  }
}
