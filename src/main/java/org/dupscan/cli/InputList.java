package org.dupscan.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Expands the scan command's PATH arguments: {@code -} stands for the paths listed on standard input,
 * {@code @list.txt} for the paths listed in that file; one path per line, blank lines and lines starting
 * with {@code #} ignored, no quoting (a path may hold spaces). Internal.
 */
final class InputList {

  private InputList() {}

  static List<Path> expand(List<Path> args, InputStream stdin) throws IOException {
    List<Path> out = new ArrayList<>();
    boolean stdinUsed = false;
    for (Path arg : args) {
      String s = arg.toString();
      if (s.equals("-")) {
        if (!stdinUsed) {
          stdinUsed = true;
          readList(new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8)), out);
        }
      } else if (s.length() > 1 && s.charAt(0) == '@') {
        Path list = Path.of(s.substring(1));
        try (BufferedReader r = Files.newBufferedReader(list, StandardCharsets.UTF_8)) {
          readList(r, out);
        } catch (IOException e) {
          throw new IOException("cannot read path list " + list + ": "
              + org.dupscan.corpus.FolderReader.describe(e), e);
        }
      } else {
        out.add(arg);
      }
    }
    return out;
  }

  private static void readList(BufferedReader r, List<Path> out) throws IOException {
    String line;
    while ((line = r.readLine()) != null) {
      String p = line.strip();
      if (!p.isEmpty() && p.charAt(0) != '#') {
        out.add(Path.of(p));
      }
    }
  }
}
