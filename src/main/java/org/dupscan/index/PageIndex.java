package org.dupscan.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.dupscan.corpus.SourceDocument;
import org.dupscan.engine.ComparedText;
import org.dupscan.engine.PageHistory;
import org.dupscan.engine.PageSummary;
import org.dupscan.engine.PairIntersection;
import org.dupscan.engine.PairPassages;
import org.dupscan.engine.PairSimilarity;
import org.dupscan.engine.ScanResult;
import org.dupscan.engine.ScanSettings;
import org.dupscan.engine.PageState;
import org.dupscan.engine.SignedContent;
import org.dupscan.internal.ExclusiveLock;
import org.dupscan.pipeline.Stage;

/**
 * The index of a nightly scan, in one SQLite database inside the index folder: per page its id, host,
 * a SHA-256 digest of its bytes and what pass 1 made of it ({@link StateCodec}); the settings it was made
 * with; its runs, numbered and dated; and what the last run found ({@link Facts}), for changes.csv.
 *
 * <p>A run works inside one transaction, committed by {@link #commit} only once the reports are
 * written: a run that dies at any point (kill -9 included) leaves the index as the last commit left
 * it, which SQLite's write-ahead log guarantees with synchronous=FULL. The folder is locked for the
 * run ({@link IndexLock}).
 *
 * <p>The engine calls {@link #recall} and {@link #extracted} from worker threads: every use of the
 * connection is synchronized on this object.
 */
public final class PageIndex implements PageHistory, AutoCloseable {

  /**
   * The layout of the database and of stored pages; an index of another format is refused. 7: a
   * page's signed content holds its containment sample; 8: the spun stage's facts hold sentence-word
   * bits; 9: the intersection sizes of containment's candidate pairs (table {@code shared}); 10: a
   * page's text figures hold its phrased-paragraph share; 11: a page's word hashes apart from its state
   * (column {@code words}, last in the row), read only for pages a stage needs them of; 12: a page's text
   * figures hold its candidate restatements and its keyword-line and stuffed-sentence counts; 13: those
   * counts read keyword lines split at middle dots, bullets and bars, and appended keyword sentences;
   * 14: the text figures' n-gram shares leave out near copies of a block and identifiers' words.
   */
  public static final int FORMAT = 14;
  /** The name of the title stage's memory in table {@code memo}. */
  static final String TITLE_MEMO = "titles";
  /** The database file inside the index folder. */
  public static final String DATABASE = "index.db";

  /** What happens to stored pages not read tonight. */
  public enum Mode {
    /** They stay: tonight's crawl adds and replaces pages (a crawl operator adding segments). */
    ACCUMULATE,
    /** Those of hosts read tonight are removed: tonight's crawl is the whole of those sites. */
    SNAPSHOT
  }

  private static final GroupChanges.Kinds CLUSTER_CHANGES = new GroupChanges.Kinds(
      Change.Kind.CLUSTER_NEW, Change.Kind.CLUSTER_GROWN, Change.Kind.CLUSTER_SHRUNK,
      Change.Kind.CLUSTER_MERGED, Change.Kind.CLUSTER_SPLIT, Change.Kind.CLUSTER_GONE);
  private static final GroupChanges.Kinds TITLE_GROUP_CHANGES = new GroupChanges.Kinds(
      Change.Kind.TITLE_GROUP_NEW, Change.Kind.TITLE_GROUP_GROWN, Change.Kind.TITLE_GROUP_SHRUNK,
      Change.Kind.TITLE_GROUP_MERGED, Change.Kind.TITLE_GROUP_SPLIT, Change.Kind.TITLE_GROUP_GONE);

  /** What a run changed, before it is committed. */
  public record RunChanges(int run, Instant started, int added, int changed, int removed, int pages,
      List<Change> changes) {}

  private final Path dir;
  private final ExclusiveLock lock;
  private final Connection db;
  private final Mode mode;
  private final Duration forgetOlderThan;
  private final Instant now;
  /** Ids of documents loaded tonight, whatever became of them. */
  private final Set<String> seen = new HashSet<>();
  /** Hosts of documents loaded tonight. */
  private final Set<String> hosts = new HashSet<>();
  /** Ids whose stored page was taken unchanged. */
  private final Set<String> unchanged = new HashSet<>();
  /** The pair similarities to keep for the next run, once the scan has given them. */
  private List<PairSimilarity> similarities;
  /** The containment intersections to keep for the next run, once the scan has given them. */
  private List<PairIntersection> intersections;
  /** The title stage's memory to keep for the next run, once the scan has given it. */
  private org.dupscan.detect.TitleNights.Memory titleMemory;
  /** The last run's passages by pair (both ids), encoded, once asked for. */
  private Map<List<String>, byte[]> storedPassages;
  /** The payload keys of unchanged pages taken by their digest, to store with them. */
  private final Map<String, String> payloads = new HashMap<>();
  private final PreparedStatement lookup;
  private final PreparedStatement stage;
  private final PreparedStatement sign;
  private final PreparedStatement text;
  private final PreparedStatement wordsOf;

  private PageIndex(Path dir, ExclusiveLock lock, Connection db, Mode mode, Duration forgetOlderThan,
      Instant now) throws SQLException {
    this.dir = dir;
    this.lock = lock;
    this.db = db;
    this.mode = mode;
    this.forgetOlderThan = forgetOlderThan;
    this.now = now;
    this.lookup = db.prepareStatement("SELECT digest, data, sig, payload, host FROM page WHERE id = ?");
    this.sign = db.prepareStatement("INSERT OR REPLACE INTO temp.signed(id, sig) VALUES (?, ?)");
    this.text = db.prepareStatement("SELECT text FROM page WHERE id = ?");
    this.wordsOf = db.prepareStatement("SELECT words FROM page WHERE id = ?");
    this.stage = db.prepareStatement("INSERT INTO temp.staged(id, ord, host, digest, payload, data, text, "
        + "words) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET ord = excluded.ord, "
        + "host = excluded.host, digest = excluded.digest, payload = excluded.payload, data = excluded.data, "
        + "text = excluded.text, words = excluded.words WHERE excluded.ord > staged.ord");
  }

  /**
   * Opens (or creates) the index in {@code dir} for one run, locked until {@link #close}.
   *
   * @param stages the detector stages the run's engine runs: stored pages hold their findings
   * @param rebuild start the index again from nothing
   * @param forgetOlderThan drop pages not read for this long, or null to keep them
   * @param now the run's date
   * @throws IndexException when another run holds the index, or it was written with other settings
   *     or in another format
   */
  public static PageIndex open(Path dir, ScanSettings settings, List<Stage> stages, Mode mode,
      boolean rebuild,
      Duration forgetOlderThan, Instant now) throws IOException {
    Objects.requireNonNull(mode, "mode");
    Files.createDirectories(dir);
    ExclusiveLock lock = IndexLock.take(dir);
    try {
      if (rebuild) {
        for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
          Files.deleteIfExists(dir.resolve(DATABASE + suffix));
        }
      }
      Connection db = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(DATABASE));
      try {
        prepare(db, dir, IndexSettings.of(settings, stages));
        return new PageIndex(dir, lock, db, mode, forgetOlderThan, now);
      } catch (SQLException | RuntimeException e) {
        db.close();
        throw e;
      }
    } catch (SQLException e) {
      lock.close();
      throw new IOException("index " + dir + ": " + e.getMessage(), e);
    } catch (IOException | RuntimeException e) {
      lock.close();
      throw e;
    }
  }

  /** Creates the tables of a new index; checks the format and settings of an existing one. */
  private static void prepare(Connection db, Path dir, Map<String, String> settings) throws SQLException {
    try (Statement st = db.createStatement()) {
      st.execute("PRAGMA journal_mode = WAL");
      st.execute("PRAGMA synchronous = FULL");
      // Page rows hold kilobytes: they live in rowid tables, as SQLite advises for rows of more than
      // a twentieth of a database page (a WITHOUT ROWID table put each in overflow pages, measured at
      // 4.6 KB a page on disk against 1.5 KB).
      st.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID");
    }
    Map<String, String> meta = new TreeMap<>();
    try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT key, value FROM meta")) {
      while (rs.next()) {
        meta.put(rs.getString(1), rs.getString(2));
      }
    }
    db.setAutoCommit(false);
    if (meta.isEmpty()) {
      try (Statement st = db.createStatement()) {
        st.execute("CREATE TABLE page (id TEXT PRIMARY KEY, host TEXT NOT NULL, digest BLOB NOT NULL, "
            + "payload TEXT, data BLOB NOT NULL, sig BLOB, text BLOB, first_run INTEGER NOT NULL, "
            + "last_run INTEGER NOT NULL, words BLOB NOT NULL)");
        // words: the page's word hashes (Deflate), apart from its state: every night reads every held
        // page's state, but the words only of pages re-signed or in a pair to verify again. Last in
        // the row, they sit at the end of its overflow chain, which reading the other columns never
        // reaches; a table of their own was 25% more on disk (a 3 KB row a 4 KB page).
        st.execute("CREATE TABLE run (number INTEGER PRIMARY KEY, started TEXT NOT NULL, mode TEXT NOT NULL, "
            + "pages INTEGER NOT NULL, added INTEGER NOT NULL, changed INTEGER NOT NULL, "
            + "removed INTEGER NOT NULL)");
        st.execute("CREATE TABLE pair (a TEXT NOT NULL, b TEXT NOT NULL, sim REAL NOT NULL, "
            + "PRIMARY KEY (a, b)) WITHOUT ROWID");
        // Containment's candidate pairs: contained page, candidate container, shared shingles.
        st.execute("CREATE TABLE shared (a TEXT NOT NULL, b TEXT NOT NULL, size INTEGER NOT NULL, "
            + "PRIMARY KEY (a, b)) WITHOUT ROWID");
        // A pair's passages are a few KB: a rowid table, read whole once a run.
        st.execute("CREATE TABLE passage (a TEXT NOT NULL, b TEXT NOT NULL, data BLOB NOT NULL)");
        st.execute("CREATE TABLE fact (kind TEXT NOT NULL, key TEXT NOT NULL, detail TEXT NOT NULL, "
            + "PRIMARY KEY (kind, key)) WITHOUT ROWID");
      }
      try (PreparedStatement ps = db.prepareStatement("INSERT INTO meta VALUES (?, ?)")) {
        ps.setString(1, "format");
        ps.setString(2, Integer.toString(FORMAT));
        ps.executeUpdate();
        for (Map.Entry<String, String> e : settings.entrySet()) {
          ps.setString(1, "setting." + e.getKey());
          ps.setString(2, e.getValue());
          ps.executeUpdate();
        }
      }
    } else {
      String format = meta.get("format");
      if (!Integer.toString(FORMAT).equals(format)) {
        throw new IndexException("index " + dir + " was written by an incompatible version of dupscan "
            + "(index format " + format + ", this version reads " + FORMAT + "); start it again with "
            + "--rebuild-index");
      }
      Map<String, String> stored = new TreeMap<>();
      meta.forEach((k, v) -> {
        if (k.startsWith("setting.")) {
          stored.put(k.substring("setting.".length()), v);
        }
      });
      String diff = IndexSettings.difference(stored, settings);
      if (diff != null) {
        throw new IndexException("index " + dir + " was written with other settings (" + diff
            + "); run with the index's settings, or start it again with --rebuild-index");
      }
    }
    try (Statement st = db.createStatement()) {
      // What a corpus stage keeps of its last run (the title stage's memory), one blob a stage, with
      // the run that wrote it: a memory not of the last run is never read. Made here rather than with
      // the tables above, so that an index of this format from before it has it from its next run.
      st.execute("CREATE TABLE IF NOT EXISTS memo (name TEXT PRIMARY KEY, run INTEGER NOT NULL, "
          + "data BLOB NOT NULL)");
    }
    try (Statement st = db.createStatement()) {
      st.execute("CREATE TEMP TABLE staged (id TEXT PRIMARY KEY, ord INTEGER NOT NULL, host TEXT NOT NULL, "
          + "digest BLOB NOT NULL, payload TEXT, data BLOB NOT NULL, text BLOB NOT NULL, "
          + "words BLOB NOT NULL)");
      st.execute("CREATE TEMP TABLE signed (id TEXT PRIMARY KEY, sig BLOB NOT NULL)");
    }
  }

  @Override
  public PageState recall(SourceDocument document, String payloadKey) throws IOException {
    byte[] digest = digest(document);
    byte[] data = null;
    byte[] sig = null;
    synchronized (this) {
      seen.add(document.id());
      hosts.add(document.host());
      try {
        lookup.setString(1, document.id());
        try (ResultSet rs = lookup.executeQuery()) {
          if (rs.next() && Arrays.equals(rs.getBytes(1), digest)) {
            data = rs.getBytes(2);
            sig = rs.getBytes(3);
            unchanged.add(document.id());
            if (payloadKey != null && !payloadKey.equals(rs.getString(4))) {
              payloads.put(document.id(), payloadKey);
            }
          }
        }
      } catch (SQLException e) {
        throw failure(e);
      }
    }
    return data == null ? null : StateCodec.decode(data, sig);
  }

  @Override
  public PageState recallUnloaded(String id, String payloadKey) throws IOException {
    byte[] data = null;
    byte[] sig = null;
    synchronized (this) {
      try {
        lookup.setString(1, id);
        try (ResultSet rs = lookup.executeQuery()) {
          if (rs.next() && payloadKey.equals(rs.getString(4))) {
            data = rs.getBytes(2);
            sig = rs.getBytes(3);
            seen.add(id);
            hosts.add(rs.getString(5)); // the host is the URL's, as the digest's was
            unchanged.add(id);
          }
        }
      } catch (SQLException e) {
        throw failure(e);
      }
    }
    return data == null ? null : StateCodec.decode(data, sig);
  }

  @Override
  public void extracted(long order, SourceDocument document, String payloadKey, PageState page,
      ComparedText compared) throws IOException {
    byte[] digest = digest(document);
    byte[] data = StateCodec.encode(page);
    byte[] wordData = StateCodec.encodeWords(page);
    byte[] textData = StateCodec.encode(compared);
    synchronized (this) {
      try {
        stage.setString(1, page.id());
        stage.setLong(2, order);
        stage.setString(3, page.host());
        stage.setBytes(4, digest);
        stage.setString(5, payloadKey);
        stage.setBytes(6, data);
        stage.setBytes(7, textData);
        stage.setBytes(8, wordData);
        stage.executeUpdate();
      } catch (SQLException e) {
        throw failure(e);
      }
    }
  }

  @Override
  public synchronized void restart() throws IOException {
    seen.clear();
    hosts.clear();
    unchanged.clear();
    payloads.clear();
    try (Statement st = db.createStatement()) {
      // A superseded capture read first may be staged with a later place in the read than the capture
      // that counts (an earlier record with a later WARC-Date): staging starts again from nothing.
      st.executeUpdate("DELETE FROM temp.staged");
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  @Override
  public synchronized long[] words(String id) throws IOException {
    // The stored words of a held page: tonight's pages are staged apart and moved in only by update.
    byte[] data = null;
    try {
      wordsOf.setString(1, id);
      try (ResultSet rs = wordsOf.executeQuery()) {
        if (rs.next()) {
          data = rs.getBytes(1);
        }
      }
    } catch (SQLException e) {
      throw failure(e);
    }
    return data == null ? null : StateCodec.decodeWords(data);
  }

  @Override
  public void signed(String id, SignedContent content) throws IOException {
    byte[] sig = StateCodec.encode(content);
    synchronized (this) {
      try {
        sign.setString(1, id);
        sign.setBytes(2, sig);
        sign.executeUpdate();
      } catch (SQLException e) {
        throw failure(e);
      }
    }
  }

  @Override
  public synchronized void similarities(Consumer<PairSimilarity> sink) throws IOException {
    try (Statement st = db.createStatement();
        ResultSet rs = st.executeQuery("SELECT a, b, sim FROM pair")) {
      while (rs.next()) {
        sink.accept(new PairSimilarity(rs.getString(1), rs.getString(2), rs.getDouble(3)));
      }
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  @Override
  public synchronized void keepSimilarities(List<PairSimilarity> pairs) {
    similarities = List.copyOf(pairs);
  }

  @Override
  public synchronized void intersections(Consumer<PairIntersection> sink) throws IOException {
    try (Statement st = db.createStatement();
        ResultSet rs = st.executeQuery("SELECT a, b, size FROM shared")) {
      while (rs.next()) {
        sink.accept(new PairIntersection(rs.getString(1), rs.getString(2), rs.getInt(3)));
      }
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  @Override
  public synchronized void keepIntersections(List<PairIntersection> pairs) {
    intersections = List.copyOf(pairs);
  }

  @Override
  public synchronized org.dupscan.detect.TitleNights.Memory titleMemory() throws IOException {
    try (PreparedStatement ps = db.prepareStatement("SELECT data FROM memo WHERE name = ? AND run = "
        + "(SELECT MAX(number) FROM run)")) {
      ps.setString(1, TITLE_MEMO);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? TitleMemoryCodec.decode(rs.getBytes(1)) : null;
      }
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  @Override
  public synchronized void keepTitleMemory(org.dupscan.detect.TitleNights.Memory memory) {
    titleMemory = memory;
  }

  @Override
  public synchronized void storedSignatures(java.util.function.Predicate<String> skip,
      java.util.function.BiConsumer<String, SignedContent> sink) throws IOException {
    // The ids first (the primary key's index alone), then the signatures of the few pages not
    // skipped: reading every page's signature would cost what a night saves. Tonight's signatures
    // are in temp.signed until update, so a page signed again still has its last run's here.
    List<String> wanted = new ArrayList<>();
    try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT id FROM page")) {
      while (rs.next()) {
        String id = rs.getString(1);
        if (!skip.test(id)) {
          wanted.add(id);
        }
      }
    } catch (SQLException e) {
      throw failure(e);
    }
    try (PreparedStatement ps = db.prepareStatement("SELECT sig FROM page WHERE id = ?")) {
      for (String id : wanted) {
        ps.setString(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          if (rs.next()) {
            byte[] sig = rs.getBytes(1);
            if (sig != null) {
              sink.accept(id, StateCodec.signed(sig));
            }
          }
        }
      }
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  @Override
  public synchronized void storedClusters(Consumer<List<String>> sink) throws IOException {
    try (PreparedStatement ps = db.prepareStatement("SELECT detail FROM fact WHERE kind = ?")) {
      ps.setString(1, Facts.CLUSTER);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          sink.accept(List.of(rs.getString(1).split(Facts.SEP, -1)));
        }
      }
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  @Override
  public synchronized PairPassages passages(String a, String b) throws IOException {
    if (storedPassages == null) {
      storedPassages = new HashMap<>();
      try (Statement st = db.createStatement();
          ResultSet rs = st.executeQuery("SELECT a, b, data FROM passage")) {
        while (rs.next()) {
          storedPassages.put(List.of(rs.getString(1), rs.getString(2)), rs.getBytes(3));
        }
      } catch (SQLException e) {
        throw failure(e);
      }
    }
    byte[] data = storedPassages.get(List.of(a, b));
    return data != null && asStored(a) && asStored(b) ? StateCodec.decodePassages(data) : null;
  }

  /**
   * The compared text stored for page {@code id}. Called after {@link #update}, when the page table
   * holds tonight's pages as tonight's scan read them (changed pages replaced, carried ones kept).
   */
  @Override
  public synchronized ComparedText text(String id) throws IOException {
    try {
      text.setString(1, id);
      try (ResultSet rs = text.executeQuery()) {
        byte[] data = rs.next() ? rs.getBytes(1) : null;
        return data == null ? null : StateCodec.decodeText(data);
      }
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  /**
   * Whether page {@code id} of tonight's scan has the bytes it was stored with: read tonight and found
   * unchanged, or not read tonight at all (carried).
   */
  private boolean asStored(String id) {
    return unchanged.contains(id) || !seen.contains(id);
  }

  @Override
  public synchronized void keepPassages(List<PairPassages> passages) throws IOException {
    // Rewritten whole, like the pair table: the passages of pairs no longer on top are dropped.
    try (Statement st = db.createStatement();
        PreparedStatement ps = db.prepareStatement("INSERT INTO passage VALUES (?, ?, ?)")) {
      st.executeUpdate("DELETE FROM passage");
      for (PairPassages p : passages) {
        ps.setString(1, p.a());
        ps.setString(2, p.b());
        ps.setBytes(3, StateCodec.encode(p));
        ps.executeUpdate();
      }
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  @Override
  public synchronized void carried(Set<String> read, Consumer<Supplier<PageState>> sink)
      throws IOException {
    Instant oldest = forgetOlderThan == null ? null : now.minus(forgetOlderThan);
    try (Statement st = db.createStatement();
        ResultSet rs = st.executeQuery("SELECT p.id, p.host, p.data, r.started, p.sig FROM page p "
            + "LEFT JOIN run r ON r.number = p.last_run ORDER BY p.id")) {
      while (rs.next()) {
        String id = rs.getString(1);
        if (read.contains(id) || seen.contains(id)) {
          continue;
        }
        if (mode == Mode.SNAPSHOT && hosts.contains(rs.getString(2))) {
          continue; // a page of a site crawled tonight that tonight's crawl no longer has
        }
        String started = rs.getString(4);
        if (oldest != null && started != null && Instant.parse(started).isBefore(oldest)) {
          continue;
        }
        byte[] data = rs.getBytes(3);
        byte[] sig = rs.getBytes(5);
        sink.accept(() -> StateCodec.decode(data, sig));
      }
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  /**
   * Brings the index to the pages of {@code result} (tonight's pages and those carried over; every
   * other stored page is removed), records the run and its findings, and returns what changed since
   * the last run. Nothing is committed until {@link #commit}.
   */
  public synchronized RunChanges update(ScanResult result) throws IOException {
    try {
      List<String> ids = new ArrayList<>(result.pages().size());
      for (PageSummary p : result.pages()) {
        ids.add(p.id()); // in id order
      }
      int run = 1;
      try (Statement st = db.createStatement();
          ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(number), 0) + 1 FROM run")) {
        run = rs.next() ? rs.getInt(1) : 1;
      }
      List<Change> changes = new ArrayList<>();
      Set<String> stored = new HashSet<>();
      List<String> removed = new ArrayList<>();
      try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT id FROM page")) {
        while (rs.next()) {
          String id = rs.getString(1);
          stored.add(id);
          if (Collections.binarySearch(ids, id) < 0) {
            removed.add(id);
          }
        }
      }
      List<String> staged = new ArrayList<>();
      try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT id FROM temp.staged")) {
        while (rs.next()) {
          String id = rs.getString(1);
          if (Collections.binarySearch(ids, id) >= 0) {
            staged.add(id); // a page extracted tonight that has words (others are in skipped.csv)
          }
        }
      }
      int added = 0;
      int changed = 0;
      try (PreparedStatement put = db.prepareStatement("INSERT INTO page (id, host, digest, payload, "
          + "data, text, first_run, last_run, words) SELECT id, host, digest, payload, data, text, ?, ?, "
          + "words FROM temp.staged WHERE id = ? ON CONFLICT(id) DO UPDATE SET host = excluded.host, "
          + "digest = excluded.digest, payload = excluded.payload, data = excluded.data, sig = NULL, "
          + "text = excluded.text, last_run = excluded.last_run, words = excluded.words")) {
        for (String id : staged) {
          put.setInt(1, run);
          put.setInt(2, run);
          put.setString(3, id);
          put.executeUpdate();
          boolean was = stored.contains(id);
          changes.add(new Change(was ? Change.Kind.PAGE_CHANGED : Change.Kind.PAGE_ADDED, id, "", ""));
          if (was) {
            changed++;
          } else {
            added++;
          }
        }
      }
      try (PreparedStatement touch = db.prepareStatement("UPDATE page SET last_run = ? WHERE id = ?");
          PreparedStatement vouch = db.prepareStatement("UPDATE page SET payload = ? WHERE id = ?")) {
        for (String id : unchanged) {
          touch.setInt(1, run);
          touch.setString(2, id);
          touch.executeUpdate();
        }
        for (Map.Entry<String, String> p : payloads.entrySet()) {
          vouch.setString(1, p.getValue());
          vouch.setString(2, p.getKey());
          vouch.executeUpdate();
        }
      }
      try (Statement st = db.createStatement()) {
        st.executeUpdate("UPDATE page SET sig = (SELECT s.sig FROM temp.signed s WHERE s.id = page.id) "
            + "WHERE id IN (SELECT id FROM temp.signed)");
      }
      try (PreparedStatement drop = db.prepareStatement("DELETE FROM page WHERE id = ?")) {
        for (String id : removed) {
          drop.setString(1, id);
          drop.executeUpdate();
          changes.add(new Change(Change.Kind.PAGE_REMOVED, id, "", ""));
        }
      }
      if (similarities != null) {
        // Rewritten whole: the engine gives every similarity that holds (kept and new), and the pairs
        // of changed and removed pages are simply not among them.
        try (Statement st = db.createStatement()) {
          st.executeUpdate("DELETE FROM pair");
        }
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO pair VALUES (?, ?, ?)")) {
          for (PairSimilarity p : similarities) {
            ps.setString(1, p.first());
            ps.setString(2, p.second());
            ps.setDouble(3, p.similarity());
            ps.executeUpdate();
          }
        }
      }
      if (intersections != null) {
        // Rewritten whole, as the pair table: tonight's candidate pairs only.
        try (Statement st = db.createStatement()) {
          st.executeUpdate("DELETE FROM shared");
        }
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO shared VALUES (?, ?, ?)")) {
          for (PairIntersection p : intersections) {
            ps.setString(1, p.contained());
            ps.setString(2, p.container());
            ps.setInt(3, p.size());
            ps.executeUpdate();
          }
        }
      }
      try (PreparedStatement ps = db.prepareStatement("DELETE FROM memo WHERE name = ?")) {
        ps.setString(1, TITLE_MEMO);
        ps.executeUpdate();
      }
      if (titleMemory != null) {
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO memo VALUES (?, ?, ?)")) {
          ps.setString(1, TITLE_MEMO);
          ps.setInt(2, run);
          ps.setBytes(3, TitleMemoryCodec.encode(titleMemory));
          ps.executeUpdate();
        }
      }
      changes.addAll(factChanges(Facts.of(result)));
      changes.sort(Change.ORDER);
      try (PreparedStatement ps = db.prepareStatement("INSERT INTO run VALUES (?, ?, ?, ?, ?, ?, ?)")) {
        ps.setInt(1, run);
        ps.setString(2, now.toString());
        ps.setString(3, mode.name().toLowerCase(java.util.Locale.ROOT));
        ps.setInt(4, ids.size());
        ps.setInt(5, added);
        ps.setInt(6, changed);
        ps.setInt(7, removed.size());
        ps.executeUpdate();
      }
      return new RunChanges(run, now, added, changed, removed.size(), ids.size(), List.copyOf(changes));
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  /** The differences between the last run's facts and tonight's; tonight's replace them. */
  private List<Change> factChanges(Map<String, Map<String, String>> tonight) throws SQLException {
    Map<String, Map<String, String>> before = new HashMap<>();
    try (Statement st = db.createStatement();
        ResultSet rs = st.executeQuery("SELECT kind, key, detail FROM fact")) {
      while (rs.next()) {
        before.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2), rs.getString(3));
      }
    }
    List<Change> out = new ArrayList<>();
    diff(out, before.getOrDefault(Facts.PAIR, Map.of()), tonight.get(Facts.PAIR), Change.Kind.PAIR_NEW,
        Change.Kind.PAIR_GONE);
    out.addAll(GroupChanges.diff(Facts.groups(before.getOrDefault(Facts.CLUSTER, Map.of())),
        Facts.groups(tonight.get(Facts.CLUSTER)), CLUSTER_CHANGES));
    out.addAll(GroupChanges.diff(Facts.groups(before.getOrDefault(Facts.TITLE_GROUP, Map.of())),
        Facts.groups(tonight.get(Facts.TITLE_GROUP)), TITLE_GROUP_CHANGES));
    diff(out, before.getOrDefault(Facts.FLAG, Map.of()), tonight.get(Facts.FLAG), Change.Kind.FLAGGED,
        Change.Kind.UNFLAGGED);
    diff(out, before.getOrDefault(Facts.TITLE, Map.of()), tonight.get(Facts.TITLE), Change.Kind.TITLE_NEW,
        Change.Kind.TITLE_GONE);
    diff(out, before.getOrDefault(Facts.CAPTION, Map.of()), tonight.get(Facts.CAPTION),
        Change.Kind.CAPTION_NEW, Change.Kind.CAPTION_GONE);
    try (Statement st = db.createStatement()) {
      st.execute("DELETE FROM fact");
    }
    try (PreparedStatement ps = db.prepareStatement("INSERT INTO fact VALUES (?, ?, ?)")) {
      for (Map.Entry<String, Map<String, String>> kind : tonight.entrySet()) {
        for (Map.Entry<String, String> f : kind.getValue().entrySet()) {
          ps.setString(1, kind.getKey());
          ps.setString(2, f.getKey());
          ps.setString(3, f.getValue());
          ps.executeUpdate();
        }
      }
    }
    return out;
  }

  /**
   * Facts present tonight and not before are {@code appeared}; gone ones {@code gone}, with the detail
   * they had (a page no longer flagged is listed with the reasons it was flagged for).
   */
  private static void diff(List<Change> out, Map<String, String> before, Map<String, String> tonight,
      Change.Kind appeared, Change.Kind gone) {
    tonight.forEach((k, v) -> {
      if (!before.containsKey(k)) {
        out.add(change(appeared, k, v));
      }
    });
    before.forEach((k, v) -> {
      if (!tonight.containsKey(k)) {
        out.add(change(gone, k, v));
      }
    });
  }

  private static Change change(Change.Kind kind, String key, String detail) {
    int t = key.indexOf(Facts.SEP);
    return t < 0 ? new Change(kind, key, "", detail)
        : new Change(kind, key.substring(0, t), key.substring(t + 1), detail);
  }

  /** Makes the run's changes durable. */
  public synchronized void commit() throws IOException {
    try {
      db.commit();
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  /** Ends the run: what was not committed is rolled back, and the lock released. */
  @Override
  public synchronized void close() throws IOException {
    try {
      try {
        lookup.close();
        stage.close();
        sign.close();
        text.close();
        wordsOf.close();
        if (!db.getAutoCommit()) {
          db.rollback();
        }
      } finally {
        db.close();
      }
    } catch (SQLException e) {
      throw failure(e);
    } finally {
      lock.close();
    }
  }

  private IOException failure(SQLException e) {
    return new IOException("index " + dir + ": " + e.getMessage(), e);
  }

  /**
   * SHA-256 of what makes the page: its id, URL, host, format, declared charset and bytes. Equal
   * digests mean the stored page is what extracting tonight's bytes would give.
   */
  static byte[] digest(SourceDocument d) {
    MessageDigest md;
    try {
      md = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java", e);
    }
    for (String s : new String[] {d.id(), d.url(), d.host(), d.format().name(), String.valueOf(d.charset())}) {
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      md.update((byte) (b.length >>> 24));
      md.update((byte) (b.length >>> 16));
      md.update((byte) (b.length >>> 8));
      md.update((byte) b.length);
      md.update(b);
    }
    md.update(d.content());
    return md.digest();
  }
}
