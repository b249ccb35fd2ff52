package org.dupscan.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Lists the files of a run's inputs through the Hadoop FileSystem API, so that {@code file:},
 * {@code hdfs:} and {@code s3a:} paths all work. The list grows with the number of files (a Common
 * Crawl segment is 100 WARC files of 1 GB), not with the number of pages, so the driver may hold it.
 */
final class InputListing {

  private InputListing() {}

  /** The files of {@code inputs}, numbered in reader order; a missing input is an IOException. */
  static List<InputFile> list(List<String> inputs, Configuration conf) throws IOException {
    List<InputFile> out = new ArrayList<>();
    for (String input : inputs) {
      Path p = new Path(input);
      FileSystem fs = p.getFileSystem(conf);
      FileStatus status;
      try {
        status = fs.getFileStatus(p);
      } catch (FileNotFoundException e) {
        throw new IOException(input + ": no such file or folder", e);
      }
      if (!status.isDirectory()) {
        out.add(new InputFile(out.size(), input, status.getPath().toString(), null));
        continue;
      }
      String root = status.getPath().toUri().getPath();
      List<String[]> files = new ArrayList<>();
      RemoteIterator<LocatedFileStatus> it = fs.listFiles(status.getPath(), true);
      while (it.hasNext()) {
        Path f = it.next().getPath();
        String path = f.toUri().getPath();
        files.add(new String[] {path.substring(root.length() + (root.endsWith("/") ? 0 : 1)),
            f.toString()});
      }
      files.sort((a, b) -> a[0].compareTo(b[0]));
      for (String[] f : files) {
        out.add(new InputFile(out.size(), input, f[1], f[0]));
      }
    }
    return out;
  }
}
