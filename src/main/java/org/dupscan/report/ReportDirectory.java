package org.dupscan.report;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a set of reports so that the whole set switches at once. The new set is written into a
 * staging folder beside the output folder {@code OUT} ({@code .OUT.dupscan-staging-PID-*}); on commit
 * the files of {@code OUT} that are not reports of this run are carried into it (hard-linked, or
 * copied where links are not possible), then {@code OUT} is renamed to {@code .OUT.dupscan-old-PID-*},
 * the staging folder is renamed to {@code OUT}, and the old folder is deleted. Both renames are atomic
 * renames within one folder, so a reader that opens files under {@code OUT} sees the old set or the
 * new one, never a mix. A run stopped between the two renames leaves the old set whole under its
 * {@code .dupscan-old} name, and {@link #recover} (run at every start) puts it back; staging folders of
 * runs that are gone are deleted there too.
 *
 * <p>{@code OUT} must not be a mount point or the current folder (both cannot be renamed usefully),
 * and its parent folder must be writable; a symbolic link as {@code OUT} is resolved, so the set is
 * swapped where the link points.
 */
public final class ReportDirectory implements Closeable {

  /** CSV dialect: RFC 4180 with a header row, CRLF line ends, as spreadsheets expect. */
  static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

  /**
   * One CSV record in the reports' dialect, line end included: what {@link #open}'s printer writes for
   * {@code values}, for a writer that assembles a report from parts (a distributed run).
   */
  public static String csvLine(Object... values) {
    StringBuilder out = new StringBuilder();
    try {
      FORMAT.printRecord(out, values);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e); // a StringBuilder does not fail
    }
    return out.toString();
  }

  /** Name parts of the siblings of {@code OUT}: {@code .OUT} + part + {@code PID-random}. */
  static final String STAGING = ".dupscan-staging-";
  static final String OLD = ".dupscan-old-";
  /** Staging folders earlier versions made inside {@code OUT}. */
  private static final String LEGACY_STAGING = ".dupscan-staging-";

  /** Held during a swap, so that a shutdown hook can wait for a swap under way to finish. */
  private static final Object SWAP = new Object();
  /** Report folders open in this process, for {@link #abandonForExit}. */
  private static final Set<ReportDirectory> OPEN = ConcurrentHashMap.newKeySet();
  /** Output folders whose new set this process committed. */
  private static final Set<Path> COMMITTED = ConcurrentHashMap.newKeySet();

  private final Path out;
  private final Path staging;
  /** Names of the reports written, from any thread (a scan writes its CSVs in parallel). */
  private final List<String> written = java.util.Collections.synchronizedList(new ArrayList<>());
  private volatile boolean committed;

  /** Restores an interrupted swap if needed, and makes a staging folder beside {@code out}. */
  public ReportDirectory(Path out) throws IOException {
    this.out = resolve(out);
    recover(this.out);
    this.staging = createStaging(this.out);
    OPEN.add(this);
  }

  /**
   * A new staging folder beside {@code out}, made with the process's umask (as {@code mkdir} would,
   * not private as a temporary folder is) and given {@code out}'s permissions when it exists, so the
   * swapped-in folder is as readable as the one it replaces.
   */
  private static Path createStaging(Path out) throws IOException {
    Path parent = parentOf(out);
    java.util.SplittableRandom random = new java.util.SplittableRandom();
    for (int attempt = 0; ; attempt++) {
      Path p = parent.resolve(prefix(out, STAGING) + pid() + "-" + Long.toHexString(random.nextLong()));
      try {
        Files.createDirectory(p);
      } catch (java.nio.file.FileAlreadyExistsException e) {
        if (attempt < 10) {
          continue;
        }
        throw e;
      }
      try {
        Files.setPosixFilePermissions(p, Files.getPosixFilePermissions(out));
      } catch (IOException | UnsupportedOperationException e) {
        // no such folder yet, or no POSIX permissions here: the umask's
      }
      return p;
    }
  }

  /** {@code out} absolute, normalised, and through a symbolic link when it is one. */
  public static Path resolve(Path out) throws IOException {
    Path abs = out.toAbsolutePath().normalize();
    return Files.isSymbolicLink(abs) && Files.isDirectory(abs) ? abs.toRealPath() : abs;
  }

  private static Path parentOf(Path out) throws IOException {
    Path parent = out.getParent();
    if (parent == null) {
      throw new IOException("cannot swap reports into a file-system root (" + out + ")");
    }
    return parent;
  }

  /** {@code .OUT} + {@code part}: the name prefix of {@code out}'s siblings of one kind. */
  private static String prefix(Path out, String part) {
    return "." + out.getFileName() + part;
  }

  private static long pid() {
    return ProcessHandle.current().pid();
  }

  /** Opens a CSV report in the staging folder with the given header. */
  public CSVPrinter open(String name, String... header) throws IOException {
    written.add(name);
    BufferedWriter w = new BufferedWriter(new OutputStreamWriter(
        Files.newOutputStream(staging.resolve(name)), StandardCharsets.UTF_8), 1 << 16);
    return new CSVPrinter(w, FORMAT.builder().setHeader(header).get());
  }

  /**
   * Registers a report that is not a CSV file (the HTML page) and returns where to write it: in the
   * staging folder, so it switches with the rest of the set.
   */
  public Path file(String name) {
    written.add(name);
    return staging.resolve(name);
  }

  /** The folder the new set is written into, for a report made from the CSVs before the commit. */
  public Path stagingFolder() {
    return staging;
  }

  /**
   * Makes the staged set the output folder's, all at once. {@code last} is kept for callers that name
   * the report marking a complete set; the swap makes every report arrive together.
   */
  public void commit(String last) throws IOException {
    Path parent = parentOf(out);
    if (Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
      carryOthers(out, staging, new HashSet<>(written));
    }
    Path old = null;
    synchronized (SWAP) {
      if (Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
        old = parent.resolve(prefix(out, OLD) + pid() + "-" + Long.toHexString(System.nanoTime()));
        Files.move(out, old, StandardCopyOption.ATOMIC_MOVE);
      }
      try {
        Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException | RuntimeException e) {
        if (old != null) {
          Files.move(old, out, StandardCopyOption.ATOMIC_MOVE);
        }
        throw e;
      }
      committed = true;
      COMMITTED.add(out);
    }
    if (old != null) {
      deleteTree(old);
    }
  }

  /** Deletes the staging folder and anything in it when the set was not committed. */
  @Override
  public void close() throws IOException {
    OPEN.remove(this);
    if (!committed) {
      deleteTree(staging);
    }
  }

  public boolean committed() {
    return committed;
  }

  /**
   * For a shutdown hook: waits for a swap under way to finish, deletes the staging folders of this
   * process that were not committed, and says whether {@code out}'s new set was committed.
   */
  public static boolean abandonForExit(Path out) {
    synchronized (SWAP) {
      for (ReportDirectory d : OPEN) {
        if (!d.committed) {
          try {
            deleteTree(d.staging);
          } catch (IOException | RuntimeException e) {
            // the next start deletes it
          }
        }
      }
      try {
        return COMMITTED.contains(resolve(out));
      } catch (IOException e) {
        return false;
      }
    }
  }

  /**
   * Repairs what runs that are gone left beside {@code out}: a previous set left under its
   * {@code .dupscan-old} name by a run stopped between the two renames is put back when {@code out} is
   * missing or empty (and deleted when {@code out} holds files: that swap completed), and their
   * staging folders are
   * deleted, as are staging folders that earlier versions left inside {@code out}. Only leftovers of
   * processes that are no longer running are touched. Returns one line per repair.
   */
  public static List<String> recover(Path out) throws IOException {
    out = resolve(out);
    List<String> done = new ArrayList<>();
    Path parent = out.getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      return done;
    }
    String old = prefix(out, OLD);
    String staged = prefix(out, STAGING);
    List<Path> olds = new ArrayList<>();
    List<Path> stagings = new ArrayList<>();
    try (DirectoryStream<Path> siblings = Files.newDirectoryStream(parent)) {
      for (Path p : siblings) {
        String name = p.getFileName().toString();
        if (name.startsWith(old) && !alive(name.substring(old.length()))) {
          olds.add(p);
        } else if (name.startsWith(staged) && !alive(name.substring(staged.length()))) {
          stagings.add(p);
        }
      }
    }
    olds.sort(null);
    for (Path p : olds) {
      if (isEmptyFolder(out)) {
        Files.delete(out); // made since by someone else, holding nothing: the old set is worth more
      }
      if (!Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
        Files.move(p, out, StandardCopyOption.ATOMIC_MOVE);
        done.add("restored the previous reports in " + out + " from " + p.getFileName()
            + " (a run was stopped while swapping them)");
      } else {
        deleteTree(p);
        done.add("removed " + p + ", the previous reports of a run stopped after its swap");
      }
    }
    for (Path p : stagings) {
      deleteTree(p);
      done.add("removed " + p + ", the unfinished reports of a run that was stopped");
    }
    if (Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
      try (DirectoryStream<Path> inside = Files.newDirectoryStream(out, LEGACY_STAGING + "*")) {
        for (Path p : inside) {
          deleteTree(p);
          done.add("removed " + p + ", the unfinished reports of a run that was stopped");
        }
      }
    }
    return done;
  }

  private static boolean isEmptyFolder(Path p) throws IOException {
    if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(p)) {
      return !entries.iterator().hasNext();
    }
  }

  /** Whether the process whose id starts {@code pidAndRest} ("1234-...") is still running. */
  private static boolean alive(String pidAndRest) {
    int dash = pidAndRest.indexOf('-');
    try {
      long pid = Long.parseLong(dash < 0 ? pidAndRest : pidAndRest.substring(0, dash));
      return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    } catch (NumberFormatException e) {
      return true; // not a name this class made: left alone
    }
  }

  /**
   * Hard-links (or copies) every entry of {@code from} that is not one of the {@code reports} into
   * {@code to}, so that the swap keeps what else the folder held. Links are copied as links.
   */
  private static void carryOthers(Path from, Path to, Set<String> reports) throws IOException {
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(from)) {
      for (Path e : entries) {
        String name = e.getFileName().toString();
        if (reports.contains(name) || name.startsWith(LEGACY_STAGING)) {
          continue;
        }
        Files.walkFileTree(e, new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
            Files.createDirectories(to.resolve(from.relativize(dir).toString()));
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
            Path target = to.resolve(from.relativize(file).toString());
            if (attrs.isRegularFile()) {
              try {
                Files.createLink(target, file);
                return FileVisitResult.CONTINUE;
              } catch (IOException | UnsupportedOperationException ex) {
                // another file system, or no hard links there: a copy
              }
            }
            Files.copy(file, target, LinkOption.NOFOLLOW_LINKS, StandardCopyOption.COPY_ATTRIBUTES);
            return FileVisitResult.CONTINUE;
          }
        });
      }
    }
  }

  /** Deletes a folder and everything in it, links not followed; a missing folder is no error. */
  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Files.walkFileTree(dir, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.deleteIfExists(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
        if (e instanceof NoSuchFileException) {
          return FileVisitResult.CONTINUE;
        }
        throw e;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
        if (e != null && !(e instanceof NoSuchFileException)) {
          throw e;
        }
        Files.deleteIfExists(d);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
