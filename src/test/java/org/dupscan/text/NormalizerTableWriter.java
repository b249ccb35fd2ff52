package org.dupscan.text;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the normaliser's table resource from the full chain on the running Java release. Run it
 * after a change to {@link TextNormalizer#normalizeFully} or to the table's layout, and on a new Java
 * feature release the project moves to:
 *
 * <pre>
 * mvn -B -o -q -DskipTests test-compile
 * java -cp target/classes:target/test-classes org.dupscan.text.NormalizerTableWriter \
 *     src/main/resources/org/dupscan/text/nfkc-casefold-table.bin.gz
 * </pre>
 */
public final class NormalizerTableWriter {

  private NormalizerTableWriter() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: NormalizerTableWriter OUT_FILE");
    }
    Path out = Path.of(args[0]);
    try (OutputStream o = Files.newOutputStream(out)) {
      TextNormalizer.Built.compute().write(o);
    }
    System.out.println("wrote " + out + " (" + Files.size(out) + " bytes, Java "
        + Runtime.version().feature() + ")");
  }
}
