package org.dupscan.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads folder trees (and single files) of {@code .txt}, {@code .md}, {@code .html} and {@code .htm}
 * pages, gzip-compressed pages ({@code page.html.gz}), WARC files ({@link WarcReader}) and JSON Lines
 * files ({@link JsonlReader}), in a stable order: each root in the order given, files within it by
 * relative path, records within a file in file order. A file's kind is found from its first bytes
 * (gzip magic; {@code WARC/1.} after decompression; a JSON object), then its name.
 *
 * <p>A page's id is its path relative to its root, with forward slashes. Its host is the
 * {@code site} setting when given, else the first folder under the root when that folder's name looks
 * like a host ({@code corpus/healthy-mama.example/post-1.txt}), else the root folder's name. Other files
 * are skipped with their reason, as are files over the size cap and a second file with an id already
 * seen under an earlier root. Symbolic links are followed as {@code find -L} does, each real folder
 * read once; FIFOs, sockets, devices, dangling links and link loops are listed, never opened.
 */
public final class FolderReader {

  /**
   * How the reason a page file over the size cap is skipped for begins. Such a file still claims its
   * id: a later input's file of that id is a "duplicate id", as the check for repeats comes first.
   */
  public static final String OVER_SIZE_CAP = "over size cap";

  /** Default cap on one page's size: larger files are skipped, never read into memory. */
  public static final long DEFAULT_MAX_PAGE_BYTES = 10L * 1024 * 1024;

  private final List<Path> roots;
  private final String site;
  private final long maxPageBytes;
  private final ReaderSettings settings;

  /**
   * @param roots folders or files to read, each of which must exist
   * @param site the host to give every page, or null to infer it
   * @param maxPageBytes the largest file read
   */
  public FolderReader(List<Path> roots, String site, long maxPageBytes) {
    this(roots, new ReaderSettings(site, maxPageBytes, ReaderSettings.DEFAULT_MAX_RECORD_BYTES,
        JsonlFields.DEFAULT));
  }

  /**
   * @param roots folders or files to read, each of which must exist
   * @param settings caps, site and JSON Lines field names
   */
  public FolderReader(List<Path> roots, ReaderSettings settings) {
    this.roots = List.copyOf(roots);
    this.settings = settings;
    this.site = settings.site();
    this.maxPageBytes = settings.maxPageBytes();
  }

  /** The format a file name implies, or null for a file this reader does not read. */
  public static Format formatOf(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
      return Format.HTML;
    }
    if (name.endsWith(".txt")) {
      return Format.TEXT;
    }
    if (name.endsWith(".md") || name.endsWith(".markdown")) {
      return Format.MARKDOWN;
    }
    return null;
  }

  /**
   * A crawl file (WARC, WET or JSON Lines) found by {@link #readPages} and not read yet. Its records
   * come out in file order on every {@link #read}, so it can be read twice: once to learn which
   * capture of a URL is the latest, once to scan.
   */
  public interface Container {
    String origin();

    void read(DocumentSink sink);
  }

  /** A container of {@code origin} whose records {@code reader} hands to a sink. */
  private static Container container(String origin, java.util.function.Consumer<DocumentSink> reader) {
    return new Container() {
      @Override
      public String origin() {
        return origin;
      }

      @Override
      public void read(DocumentSink sink) {
        reader.accept(sink);
      }
    };
  }

  /** Walks every root and hands each file found, and each record of crawl files, to {@code sink}. */
  public void read(DocumentSink sink) throws IOException {
    walkRoots(sink, null);
  }

  /**
   * Walks every root like {@link #read}, handing page files to {@code sink} as they are found, and
   * returns the crawl files unread, in the order found. A caller that must see all of a crawl's records
   * before scanning any (to keep only the latest capture of a URL) then reads just those twice, not
   * every page file.
   */
  public List<Container> readPages(DocumentSink sink) throws IOException {
    List<Container> containers = new ArrayList<>();
    walkRoots(sink, containers);
    return containers;
  }

  private void walkRoots(DocumentSink sink, List<Container> deferred) {
    // Ids repeat only across roots (within one, relative paths are unique), so the map that catches a
    // repeat is kept only when there are several roots: a million files need no such map.
    Map<String, String> seenIds = roots.size() > 1 ? new HashMap<>() : null;
    for (Path root : roots) {
      String origin = root.toString().replace('\\', '/');
      BasicFileAttributes attrs;
      try {
        attrs = Files.readAttributes(root, BasicFileAttributes.class); // links followed
      } catch (IOException e) {
        sink.skipped(new SkippedInput(origin, linkFault(root, e)));
        continue;
      }
      if (attrs.isDirectory()) {
        Walk walk = new Walk(root, folderName(root), seenIds, sink, deferred);
        try {
          Path real = root.toRealPath();
          walk.visited.put(real, origin);
          walk.dir(root, real, "");
        } catch (IOException e) {
          sink.skipped(new SkippedInput(origin, "unreadable: " + describe(e)));
        }
      } else if (attrs.isRegularFile()) {
        Path parent = root.toAbsolutePath().normalize().getParent();
        String host = site != null ? site : parent == null ? "local" : folderName(parent);
        offer(root, -1, String.valueOf(root.getFileName()), host, seenIds, sink, deferred);
      } else {
        sink.skipped(new SkippedInput(origin, notRegular(root)));
      }
    }
  }

  /**
   * Reads one file as the walk of the folder it was found in meets it, without walking that folder:
   * for a job whose tasks each read some of one folder's files (org.dupscan.spark), so that a task
   * reading thousands of page files reads them in place, each with the id, host and origin the walk
   * gives it. A link is followed; a path that is not a regular file is listed, never opened, as the walk
   * lists it. Repeated ids are not caught here (they repeat only across roots).
   *
   * @param file the file, on the local file system (a local copy of a remote one)
   * @param origin how the walk names the file: its input folder as written, a slash and {@code id}
   * @param id its path below the input folder, with forward slashes; for a file named as an input,
   *     its name
   * @param rootName the input folder's name; for a file named as an input, its folder's name ("local"
   *     for a file system's root): the host of pages given no other
   * @return the file as a crawl file not read yet, as {@link #readPages} returns it, or null when it
   *     was a page file (handed to {@code sink}) or was skipped
   */
  public Container readFile(Path file, String origin, String id, String rootName, DocumentSink sink) {
    try {
      BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class); // links followed
      if (!attrs.isRegularFile()) {
        sink.skipped(new SkippedInput(origin, notRegular(file)));
        return null;
      }
    } catch (IOException e) {
      sink.skipped(new SkippedInput(origin, linkFault(file, e)));
      return null;
    }
    List<Container> deferred = new ArrayList<>(1);
    offer(file, origin, -1, id, hostFor(rootName, id), null, sink, deferred);
    return deferred.isEmpty() ? null : deferred.get(0);
  }

  /**
   * One root's walk: depth first, each folder's entries in name order, a stable order that holds one
   * folder's names at a time rather than every path of the tree. Symbolic links are followed to files
   * and folders as {@code find -L} does, but each real folder is read once: a link to a folder inside
   * the root, to an ancestor (a loop) or to a folder already read is listed, not followed. Anything
   * that is not a regular file or folder (a FIFO, socket or device) is listed and never opened, as is
   * a dangling link and an unreadable folder; none of them stops the walk.
   */
  private final class Walk {
    final Path root;
    final String rootName;
    final Map<String, String> seenIds;
    final DocumentSink sink;
    final List<Container> deferred;
    /** Real paths of the folders read, and where each was read. */
    final Map<Path, String> visited = new HashMap<>();
    Path rootReal;

    Walk(Path root, String rootName, Map<String, String> seenIds, DocumentSink sink,
        List<Container> deferred) {
      this.root = root;
      this.rootName = rootName;
      this.seenIds = seenIds;
      this.sink = sink;
      this.deferred = deferred;
    }

    /**
     * Reads folder {@code dir}, whose real path is {@code real} and whose path relative to the root is
     * {@code relDir} ("" for the root, else ending in a slash). Each entry's id is {@code relDir} and
     * its name, the same string as the root's {@code relativize} of its path gives with forward
     * slashes, made without a path walk per file (a sixth of the walk's samples at 100,000 files).
     */
    void dir(Path dir, Path real, String relDir) {
      if (rootReal == null) {
        rootReal = real;
      }
      List<Entry> entries = new ArrayList<>();
      try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
        for (Path p : stream) {
          entries.add(new Entry(p.getFileName().toString(), p));
        }
      } catch (IOException | RuntimeException e) {
        sink.skipped(new SkippedInput(dir.toString().replace('\\', '/'), "unreadable: "
            + (e instanceof IOException io ? describe(io) : e.toString())));
        return;
      }
      // Names are made once per entry, not twice per comparison (a path's file name is a new object).
      Entry[] sorted = entries.toArray(new Entry[0]);
      Arrays.sort(sorted);
      for (Entry entry : sorted) {
        entry(entry.path(), real.resolve(entry.name()), relDir + entry.name().replace('\\', '/'));
      }
    }

    private void entry(Path p, Path realGuess, String rel) {
      String origin = p.toString().replace('\\', '/');
      // One stat per entry (links not followed), and more only for a link.
      BasicFileAttributes attrs;
      try {
        attrs = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      } catch (IOException e) {
        sink.skipped(new SkippedInput(origin, "unreadable: " + describe(e)));
        return;
      }
      if (attrs.isDirectory()) {
        visited.put(realGuess, origin);
        dir(p, realGuess, rel + "/");
        return;
      }
      if (attrs.isRegularFile()) {
        offer(p, attrs.size(), rel, hostFor(rootName, rel), seenIds, sink, deferred);
        return;
      }
      if (!attrs.isSymbolicLink()) {
        sink.skipped(new SkippedInput(origin, notRegular(p)));
        return;
      }
      BasicFileAttributes target;
      try {
        target = Files.readAttributes(p, BasicFileAttributes.class);
      } catch (IOException e) {
        sink.skipped(new SkippedInput(origin, linkFault(p, e)));
        return;
      }
      if (target.isRegularFile()) {
        // A link's own size is not its target's: the open file tells.
        offer(p, -1, rel, hostFor(rootName, rel), seenIds, sink, deferred);
      } else if (target.isDirectory()) {
        linkedDir(p, origin, realGuess, rel);
      } else {
        sink.skipped(new SkippedInput(origin, notRegular(p)));
      }
    }

    private void linkedDir(Path link, String origin, Path linkReal, String where) {
      Path real;
      try {
        real = link.toRealPath();
      } catch (IOException e) {
        sink.skipped(new SkippedInput(origin, "unreadable: " + describe(e)));
        return;
      }
      if (linkReal.getParent() != null && linkReal.getParent().startsWith(real)) {
        sink.skipped(new SkippedInput(origin, "symbolic link loop (" + where + " leads back to a folder "
            + "that holds it)"));
      } else if (visited.containsKey(real)) {
        sink.skipped(new SkippedInput(origin, "symbolic link to a folder already read as "
            + visited.get(real)));
      } else if (real.startsWith(rootReal)) {
        sink.skipped(new SkippedInput(origin, "symbolic link to a folder inside the scan, read "
            + "under its own path " + real));
      } else {
        visited.put(real, origin);
        dir(link, real, where + "/");
      }
    }
  }

  /** Why a path that is neither a regular file nor a folder is not read: what it is. */
  private static String notRegular(Path p) {
    String kind = "a special file";
    try {
      int mode = (Integer) Files.getAttribute(p, "unix:mode");
      kind = switch (mode & 0170000) {
        case 0010000 -> "a FIFO (named pipe)";
        case 0140000 -> "a socket";
        case 0020000 -> "a character device";
        case 0060000 -> "a block device";
        default -> kind;
      };
    } catch (IOException | RuntimeException e) {
      // no unix view (another OS): the general name
    }
    return "not a regular file or folder: " + kind + ", not opened";
  }

  /** Why following link {@code p} failed: a dangling link, a loop of links, or an I/O fault. */
  private static String linkFault(Path p, IOException e) {
    if (e instanceof NoSuchFileException) {
      String target = "";
      try {
        target = " (to " + Files.readSymbolicLink(p) + ")";
      } catch (IOException | RuntimeException ignored) {
        // not a link after all
      }
      return "dangling symbolic link" + target;
    }
    if (e instanceof FileSystemException f && f.getReason() != null
        && f.getReason().toLowerCase(Locale.ROOT).contains("levels of symbolic links")) {
      return "symbolic link loop (too many levels of symbolic links)";
    }
    return "unreadable: " + describe(e);
  }

  /** A folder's own name, the host of pages with no other; "local" for a file-system root. */
  private static String folderName(Path dir) {
    Path name = dir.toAbsolutePath().normalize().getFileName();
    return name == null ? "local" : name.toString();
  }

  /** A folder entry and its name, sorted by name. */
  private record Entry(String name, Path path) implements Comparable<Entry> {
    @Override
    public int compareTo(Entry o) {
      return name.compareTo(o.name);
    }
  }

  /** A page's host: --site, else a host-like first folder, else the name of the folder scanned. */
  private String hostFor(String rootName, String rel) {
    if (site != null) {
      return site;
    }
    int slash = rel.indexOf('/');
    if (slash > 0) {
      String first = rel.substring(0, slash);
      if (HostNames.looksLikeHost(first)) {
        return first.toLowerCase(Locale.ROOT);
      }
    }
    return rootName;
  }

  /** Hands one file to {@code sink}; a crawl file is read now, or added to {@code deferred} if given. */
  private void offer(Path file, long listedSize, String id, String host, Map<String, String> seenIds,
      DocumentSink sink, List<Container> deferred) {
    offer(file, file.toString().replace('\\', '/'), listedSize, id, host, seenIds, sink, deferred);
  }

  /** {@link #offer} of a file named {@code origin} in what the sink is told. */
  private void offer(Path file, String origin, long listedSize, String id, String host,
      Map<String, String> seenIds, DocumentSink sink, List<Container> deferred) {
    Sniffed kind;
    Head head;
    try {
      head = Head.of(file, listedSize);
      kind = Sniffed.of(file, head.bytes());
    } catch (IOException e) {
      sink.skipped(new SkippedInput(origin, "unreadable: " + describe(e)));
      return;
    }
    String name = file.getFileName().toString();
    String baseName = Sniffed.stripGz(name);
    // A file named .warc(.gz) goes to the WARC reader even when its head is broken: it reports why.
    Container container = null;
    if (kind.warc() || Sniffed.isWarcName(baseName)) {
      container = container(origin, to -> new WarcReader(settings).read(file, origin, to));
    }
    Format format = formatOf(baseName);
    if (container == null && format == null && (Sniffed.isJsonlName(baseName) || kind.jsonObject())) {
      container = container(origin, to -> {
        try (InputStream in = kind.openUnbuffered(file)) {
          new JsonlReader(settings).read(in, origin, host, to);
        } catch (IOException e) {
          to.skipped(new SkippedInput(origin, "unreadable: " + describe(e)));
        }
      });
    }
    if (container != null) {
      if (deferred != null) {
        deferred.add(container);
      } else {
        container.read(sink);
      }
      return;
    }
    if (format == null) {
      int dot = name.lastIndexOf('.');
      sink.skipped(new SkippedInput(origin, dot < 0 ? "unsupported file type (no extension)"
          : "unsupported file type (" + name.substring(dot).toLowerCase(Locale.ROOT) + ")"));
      return;
    }
    String earlier = seenIds == null ? null : seenIds.putIfAbsent(id, origin);
    if (earlier != null) {
      sink.skipped(new SkippedInput(origin, "duplicate id " + id + " (already read from " + earlier + ")"));
      return;
    }
    long size = head.size();
    if (size > maxPageBytes) {
      sink.skipped(new SkippedInput(origin, OVER_SIZE_CAP + " (" + size + " bytes > " + maxPageBytes + ")"));
      return;
    }
    sink.document(new PendingDocument() {
      @Override
      public String origin() {
        return origin;
      }

      @Override
      public long heldBytes() {
        return head.bytes().length;
      }

      @Override
      public SourceDocument load() throws IOException {
        if (kind.gzip()) {
          // Decompressed with a cap: a decompression bomb stops at maxPageBytes + 1 bytes.
          try (InputStream in = kind.open(file)) {
            return new SourceDocument(id, id, host, origin, format,
                Bounded.readAll(in, maxPageBytes, "decompressed page"), null);
          }
        }
        byte[] bytes = head.whole() ? head.bytes() : Files.readAllBytes(file);
        if (bytes.length > maxPageBytes) { // grew since it was listed
          throw new IOException(OVER_SIZE_CAP + " (" + bytes.length + " bytes > " + maxPageBytes + ")");
        }
        return new SourceDocument(id, id, host, origin, format, bytes, null);
      }
    });
  }

  /**
   * A file's first bytes and its size, read with one open: a file of at most {@link #WHOLE} bytes (a
   * typical page) is read whole, so that loading it later opens nothing again. At a hundred thousand
   * small files the opens and stats are most of the reading time.
   *
   * @param bytes the whole file, or its first {@link #WHOLE} bytes
   * @param size the file's size
   * @param whole whether {@code bytes} is the whole file
   */
  private record Head(byte[] bytes, long size, boolean whole) {
    static final int WHOLE = 64 * 1024;

    /**
     * @param listedSize the size the walk's stat gave, or -1 to ask the open file: a page is read as
     *     it was when listed, in one read call, without a second call to see the end of the file
     */
    static Head of(Path file, long listedSize) throws IOException {
      try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(file)) {
        long size = listedSize >= 0 ? listedSize : ch.size();
        byte[] bytes = new byte[(int) Math.min(size, WHOLE)];
        java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(bytes);
        while (buf.hasRemaining() && ch.read(buf) >= 0) {
          // read until full or at the end (a file that shrank since it was listed)
        }
        if (buf.hasRemaining()) {
          bytes = java.util.Arrays.copyOf(bytes, buf.position());
        }
        boolean whole = size <= WHOLE;
        return new Head(bytes, whole ? bytes.length : size, whole);
      }
    }
  }

  /** A one-line description of an I/O error. */
  public static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    String m = e.getMessage();
    return e.getClass().getSimpleName() + (m == null ? "" : ": " + m.replace('\n', ' '));
  }
}
