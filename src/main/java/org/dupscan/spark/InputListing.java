package org.dupscan.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

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
        Path parent = status.getPath().getParent();
        out.add(new InputFile(out.size(), input, status.getPath().toString(), null,
            folderName(parent == null ? "" : parent.getName())));
        continue;
      }
      String root = status.getPath().toUri().getPath();
      List<String[]> files = new ArrayList<>();
      for (Path f : filesUnder(fs, status.getPath())) {
        String path = f.toUri().getPath();
        files.add(new String[] {path.substring(root.length() + (root.endsWith("/") ? 0 : 1)),
            f.toString()});
      }
      files.sort((a, b) -> walkOrder(a[0], b[0]));
      String folder = folderName(status.getPath().getName());
      for (String[] f : files) {
        out.add(new InputFile(out.size(), input, f[1], f[0], folder));
      }
    }
    return out;
  }

  /**
   * The files under {@code dir}, at any depth. {@code listStatus}, not {@code listFiles}: the latter
   * makes a {@code LocatedFileStatus} of each file, whose permission and owner the local file system
   * (without Hadoop's native library) reads by running {@code ls -ld} in a child process, one per
   * file; listing 20,000 page files took the driver longer than 16 minutes (docs/spark.md). A
   * status from {@code listStatus} loads those only when asked, and only paths are asked here.
   */
  private static List<Path> filesUnder(FileSystem fs, Path dir) throws IOException {
    List<Path> files = new ArrayList<>();
    Deque<Path> folders = new ArrayDeque<>(); // a stack, not recursion: a deep tree is input too
    folders.push(dir);
    while (!folders.isEmpty()) {
      for (FileStatus s : fs.listStatus(folders.pop())) {
        if (s.isDirectory()) {
          folders.push(s.getPath());
        } else {
          files.add(s.getPath());
        }
      }
    }
    return files;
  }

  /** A folder's name as the CLI's reader names hosts after it: "local" for a file system's root. */
  private static String folderName(String name) {
    return name.isEmpty() ? "local" : name;
  }

  /**
   * The order in which the CLI's reader meets two relative paths: depth first, each folder's entries
   * by name ({@code a/b} before {@code a-c}, though '-' sorts before '/').
   */
  static int walkOrder(String a, String b) {
    String[] x = a.split("/", -1);
    String[] y = b.split("/", -1);
    for (int k = 0; k < Math.min(x.length, y.length); k++) {
      int c = x[k].compareTo(y[k]);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.length, y.length);
  }
}
