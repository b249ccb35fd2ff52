package org.dupscan.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.IOUtils;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.util.SerializableConfiguration;
import org.dupscan.report.ReportDirectory;

/**
 * Writes a report from rows sorted across partitions: each task writes its partition's lines, in
 * order, as {@code _parts/NAME/part-NNNNN} beside the report; then the driver streams the header and
 * the parts, in partition order, into {@code NAME} and deletes the parts. The driver holds one buffer,
 * never the rows; on HDFS the concatenation could be {@code FileSystem.concat} instead of a copy.
 */
final class ReportParts {

  private ReportParts() {}

  /** An order of sort keys that Spark can send to its tasks. */
  interface Order<K> extends Comparator<K>, Serializable {}

  /** Writes {@code rows} (sort key, CSV line with its line end), sorted by key, as {@code out/name}. */
  static void write(JavaPairRDD<Long, String> rows, List<String> header, String out, String name,
      Configuration conf, int partitions) throws IOException {
    write(rows, Long::compare, header, out, name, conf, partitions);
  }

  /** Writes {@code rows} (sort key, CSV line with its line end) in {@code order} as {@code out/name}. */
  static <K> void write(JavaPairRDD<K, String> rows, Order<K> order, List<String> header, String out,
      String name, Configuration conf, int partitions) throws IOException {
    Path dir = new Path(new Path(out, "_parts"), name);
    FileSystem fs = dir.getFileSystem(conf);
    fs.delete(dir, true);
    fs.mkdirs(dir);
    String dirName = dir.toString();
    SerializableConfiguration shared = new SerializableConfiguration(conf);
    rows.sortByKey(order, true, partitions).values().foreachPartition(lines -> {
      Path part = new Path(dirName, String.format("part-%05d", TaskContext.getPartitionId()));
      try (OutputStream o = part.getFileSystem(shared.value()).create(part, true)) {
        while (lines.hasNext()) {
          o.write(lines.next().getBytes(StandardCharsets.UTF_8));
        }
      }
    });
    FileStatus[] parts = fs.listStatus(dir, p -> p.getName().startsWith("part-"));
    Arrays.sort(parts, (a, b) -> a.getPath().getName().compareTo(b.getPath().getName()));
    Path target = new Path(out, name);
    try (OutputStream o = fs.create(target, true)) {
      o.write(ReportDirectory.csvLine(header.toArray()).getBytes(StandardCharsets.UTF_8));
      for (FileStatus p : parts) {
        try (InputStream in = fs.open(p.getPath())) {
          IOUtils.copyBytes(in, o, 1 << 16, false);
        }
      }
    }
    fs.delete(new Path(out, "_parts"), true);
  }
}
