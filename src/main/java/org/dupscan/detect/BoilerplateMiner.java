package org.dupscan.detect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.dupscan.internal.LongCounts;
import org.dupscan.internal.LongSets;

/**
 * Finds a host's boilerplate: blocks whose fingerprint (numbers and dates folded) stands on at least
 * max({@link #MIN_PAGES}, share x the host's pages) of its pages, with near-identical variants grouped;
 * blocks on many hosts (syndicated widgets: on at least {@code minHosts} hosts and on at least half the
 * pages a host needs, so that a stock caption pasted on a few pages of many hosts is not one); blocks
 * standing on most pages of one section of a host (its first path folder, {@link #mineSections}); and,
 * on hosts too small to count on, the interface text
 * that {@link ShallowBoilerplate} marks page by page (lower confidence).
 *
 * <p>Pages are added one by one, from any thread, through {@link #add}; {@link #mine} then gives the
 * same answer whatever the order of the calls. Memory: one small aggregate per distinct (host, block
 * fingerprint); block text is kept only for short blocks, cut to {@link #SAMPLE_MAX_CHARS}.
 */
public final class BoilerplateMiner {

  /** Default least share of a host's pages a block must stand on. */
  public static final double DEFAULT_MIN_SHARE = 0.3;
  /** A block must stand on at least this many of a host's pages to be frequency-mined. */
  public static final int MIN_PAGES = 3;
  /** Default least number of hosts for a block to be reported as a cross-host widget. */
  public static final int DEFAULT_MIN_HOSTS = 3;
  /** Hosts with fewer pages than this also get the shallow per-page method. */
  public static final int SMALL_HOST_PAGES = 2 * MIN_PAGES;
  /** Least word Jaccard similarity of two recurring blocks grouped as variants of one block. */
  public static final double VARIANT_SIMILARITY = 0.7;
  /** Blocks longer than this keep no sample text (they are rarely boilerplate, and text costs memory). */
  public static final int SAMPLE_MAX_WORDS = 40;
  public static final int SAMPLE_MAX_CHARS = 160;
  /**
   * Through each prefix word, a recurring block is compared with at most this many blocks before it
   * ({@link SimilarityJoin}): a host with up to this many recurring blocks is grouped exactly as by
   * comparing every pair (the earlier all-pairs search stopped grouping above 2,000), and a larger
   * one at a bounded cost per block.
   */
  static final int VARIANT_WINDOW = 2000;
  /** Recurring blocks whose samples are split in parallel at a time ({@link #groupVariants}). */
  static final int VARIANT_CHUNK = 4096;
  /** Blocks with fewer distinct words are too short to call variants. */
  static final int MIN_VARIANT_WORDS = 3;

  /** Least words of a block that can read as prose ({@link #isProse}). */
  public static final int PROSE_WORDS = 20;

  /** Share of a page's content words at or above which the candidate blocks on it are its content. */
  public static final double COVERED_SHARE = 0.98;
  /**
   * Longest block that can be mined as template. Template blocks (forms, share bars, notices, bylines)
   * are short; an article's paragraphs are long, and mistaking copied paragraphs for template would
   * hide the copies, a worse error than leaving a long notice in the comparison.
   */
  public static final int MAX_TEMPLATE_WORDS = 50;

  /**
   * Least pages of a section (a host's first path folder: {@code /de/}, {@code /docs/v2/}) for its
   * blocks to be mined within it, when the host has at least two such sections.
   */
  public static final int MIN_SECTION_PAGES = 10;

  /** Confidence of a frequency-mined block, of a cross-host block, and of a shallow page mark. */
  public static final double CONFIDENCE_FREQUENCY = 0.9;
  public static final double CONFIDENCE_HOSTS = 0.8;
  public static final double CONFIDENCE_PAGE = 0.5;

  /**
   * One block of a page as the miner sees it.
   *
   * @param fingerprint the block's fingerprint, numbers and dates folded
   * @param words its word count
   * @param text its text (only kept when short), or null
   * @param shallow whether {@link ShallowBoilerplate} marked it
   * @param caption whether {@link CaptionDetector} holds it for a possible injected caption: a stock
   *     caption pasted on many hosts is spam content, not a syndicated widget, and one pasted on up to
   *     half of a host's pages is no template ({@link #heldAsCaption})
   */
  public record BlockSample(long fingerprint, int words, String text, boolean shallow,
      boolean caption) {

    public BlockSample(long fingerprint, int words, String text, boolean shallow) {
      this(fingerprint, words, text, shallow, false);
    }
  }

  /**
   * A boilerplate block (or group of variants) of one host.
   *
   * @param host the host
   * @param blockId stable id: the hex fingerprint of the group's most frequent member
   * @param method "frequency", "hosts" (cross-host widget) or "page" (shallow features)
   * @param pages pages of the host carrying it (for a group, the sum over its variants)
   * @param share pages / host pages
   * @param hosts hosts carrying it
   * @param sample a sample of its text, or "" when the block is long
   * @param firstPage the smallest page id carrying it
   * @param confidence how sure the method is
   * @param fingerprints the fingerprints of the group's members
   */
  public record Block(String host, String blockId, String method, int pages, double share, int hosts,
      String sample, String firstPage, double confidence, long[] fingerprints) {}

  /**
   * What mining found.
   *
   * @param blocks the boilerplate blocks, ordered by host, then pages descending, then id
   * @param hostPages pages read per host
   */
  public record Result(List<Block> blocks, Map<String, Integer> hostPages) {

    /**
     * Drops blocks that are recurring content rather than template: a template stands beside each
     * page's own content, however short, while an article copied within a host (or onto a few hosts)
     * is all the content of the pages it stands on. A block is dropped when, on more than half of its
     * pages, blocks that recur on the host ({@link #recurs}) cover at least {@link #COVERED_SHARE} of
     * the page's content words, i.e. the page says nothing of its own. Without this, three copies of an article on a five-page site would be "boilerplate",
     * removed before comparison, and never reported as duplicates; with it, short pages that share a
     * large template but each say something of their own keep the template out of their comparison.
     *
     * @param dominatedPages for each host and fingerprint, the pages its candidates covered
     */
    public Result withoutRecurringContent(Map<String, Map<Long, Integer>> dominatedPages) {
      List<Block> kept = new ArrayList<>(blocks.size());
      for (Block b : blocks) {
        Map<Long, Integer> counts = dominatedPages.getOrDefault(b.host(), Map.of());
        int dominated = 0;
        for (long f : b.fingerprints()) {
          dominated = Math.max(dominated, counts.getOrDefault(f, 0));
        }
        if (2 * dominated <= b.pages()) {
          kept.add(b);
        }
      }
      return new Result(List.copyOf(kept), hostPages);
    }

    /** The fingerprints of each host's boilerplate blocks. */
    public Map<String, Set<Long>> fingerprintsByHost() {
      Map<String, Set<Long>> out = new HashMap<>();
      for (Block b : blocks) {
        Set<Long> s = out.computeIfAbsent(b.host(), h -> new HashSet<>());
        for (long f : b.fingerprints()) {
          s.add(f);
        }
      }
      return out;
    }
  }

  private static final class Aggregate {
    int pages;
    int shallowPages;
    int captionPages;
    int words;
    String firstPage;
    String sample;
  }

  /**
   * One host's (or section's) aggregates by block fingerprint: open addressing with linear probing on
   * primitive keys, at most half full. A {@code HashMap<Long, Aggregate>} boxed each fingerprint and
   * made a node per entry on every block of every page, and its lookups were a tenth of a real-site
   * WARC scan's samples (JFR, docs/benchmarks.md).
   */
  private static final class Aggregates {
    private long[] keys = new long[16];
    private Aggregate[] values = new Aggregate[16];
    private int size;

    /** The aggregate of {@code fp}, or null. */
    Aggregate get(long fp) {
      return values[slot(fp)];
    }

    /** The aggregate of {@code fp}, made empty if absent. */
    Aggregate getOrAdd(long fp) {
      int i = slot(fp);
      Aggregate a = values[i];
      if (a == null) {
        if (2 * (size + 1) > keys.length) {
          grow();
          i = slot(fp);
        }
        a = new Aggregate();
        keys[i] = fp;
        values[i] = a;
        size++;
      }
      return a;
    }

    /** The fingerprints held, ascending as signed longs (the order of a {@code TreeMap<Long, ?>}). */
    long[] sortedKeys() {
      long[] out = new long[size];
      int n = 0;
      for (int i = 0; i < keys.length; i++) {
        if (values[i] != null) {
          out[n++] = keys[i];
        }
      }
      Arrays.sort(out);
      return out;
    }

    private int slot(long key) {
      int mask = keys.length - 1;
      long h = key * 0x9E3779B97F4A7C15L;
      int i = (int) (h ^ (h >>> 32)) & mask;
      while (values[i] != null && keys[i] != key) {
        i = (i + 1) & mask;
      }
      return i;
    }

    private void grow() {
      long[] oldKeys = keys;
      Aggregate[] oldValues = values;
      keys = new long[oldKeys.length * 2];
      values = new Aggregate[keys.length];
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldValues[i] != null) {
          int j = slot(oldKeys[i]);
          keys[j] = oldKeys[i];
          values[j] = oldValues[i];
        }
      }
    }
  }

  private final Map<String, Aggregates> hosts = new HashMap<>();
  /** Per host, per section, the short blocks' aggregates, as {@link #hosts} holds them per host. */
  private final Map<String, Map<String, Aggregates>> sections = new HashMap<>();
  private final Map<String, Map<String, Integer>> sectionPages = new HashMap<>();

  /**
   * Whether a block stands on two or more of its host's pages. Call only after every page was added
   * (it reads without locking, which is safe once no thread adds).
   */
  public boolean recurs(String host, long fingerprint) {
    Aggregates byFp = hosts.get(host);
    Aggregate a = byFp == null ? null : byFp.get(fingerprint);
    if (a != null) {
      return a.pages >= 2;
    }
    Integer hostNumber = hostIndex.get(host);
    return hostNumber != null && longBlocks.get(longKey(hostNumber, fingerprint)) >= 2;
  }
  private final Map<String, Integer> hostPages = new HashMap<>();

  /** Each host's number, for keys of {@link #longBlocks}. */
  private final Map<String, Integer> hostIndex = new HashMap<>();
  /**
   * How many pages of its host each block longer than {@link #MAX_TEMPLATE_WORDS} stands on, keyed by
   * host number and fingerprint. Such blocks can never be template, and only whether they recur is
   * asked of them ({@link #recurs}), so they cost a primitive slot (about 26 bytes) rather than an
   * aggregate (about 100): most blocks of most pages are long paragraphs.
   */
  private final LongCounts longBlocks = new LongCounts(1 << 12);

  private static long longKey(int host, long fingerprint) {
    return fingerprint ^ ((host + 1) * 0x9E3779B97F4A7C15L);
  }

  /**
   * Whether a block reads as prose: at least {@link #PROSE_WORDS} words ending as a sentence ends.
   * Prose that recurs on a site is copied content (an article and its lightly edited copies), not
   * template: template blocks are interface text (menus, forms, prompts, widget labels). Without this,
   * a dozen light edits of one article on one site would have their shared paragraphs mined as
   * "template" and their duplication hidden, which frequency alone cannot tell from thin pages under
   * a large template.
   */
  /**
   * Whether a block of {@code words} words and {@code text} is counted among its host's candidate
   * template blocks ({@link #add} leaves long and prose blocks out), for a distributed run that
   * counts the hosts of each candidate across the scan.
   */
  public static boolean minable(int words, String text) {
    BlockSample b = new BlockSample(0, words, words <= MAX_TEMPLATE_WORDS ? text : null, false);
    return words <= MAX_TEMPLATE_WORDS && !isProse(b);
  }

  static boolean isProse(BlockSample b) {
    return b.text() != null && b.words() >= PROSE_WORDS && Words.endsSentence(b.text());
  }

  /**
   * The section of a page: the first folder of its path ("de" of {@code http://h/de/x.html} or of
   * {@code de/x.html}), or null for a page at the top.
   */
  static String section(String pageId) {
    String path = pageId;
    int scheme = path.indexOf("://");
    if (scheme >= 0) {
      int slash = path.indexOf('/', scheme + 3);
      path = slash < 0 ? "" : path.substring(slash + 1);
    } else if (path.startsWith("/")) {
      path = path.substring(1);
    }
    int end = path.indexOf('/');
    return end <= 0 ? null : path.substring(0, end);
  }

  /** Adds one page's blocks. Thread-safe. */
  public synchronized void add(String host, String pageId, List<BlockSample> blocks) {
    hostPages.merge(host, 1, Integer::sum);
    String section = section(pageId);
    if (section != null) {
      sectionPages.computeIfAbsent(host, h -> new HashMap<>()).merge(section, 1, Integer::sum);
      count(sections.computeIfAbsent(host, h -> new HashMap<>())
          .computeIfAbsent(section, x -> new Aggregates()), pageId, blocks);
    }
    int hostNumber = hostIndex.computeIfAbsent(host, h -> hostIndex.size());
    Aggregates byFp = hosts.computeIfAbsent(host, h -> new Aggregates());
    LongCounts seen = new LongCounts(blocks.size());
    for (BlockSample b : blocks) {
      if (b.words() > MAX_TEMPLATE_WORDS || isProse(b)) {
        // The fingerprint covers the word count, so a fingerprint is always long or always short.
        if (seen.increment(b.fingerprint()) == 1) {
          longBlocks.increment(longKey(hostNumber, b.fingerprint()));
        }
        continue;
      }
      Aggregate a = byFp.getOrAdd(b.fingerprint());
      if (seen.increment(b.fingerprint()) == 1) {
        a.pages++;
        if (b.shallow()) {
          a.shallowPages++;
        }
        if (b.caption()) {
          a.captionPages++;
        }
      }
      // The sample comes from the smallest page id, so it does not depend on the order of calls.
      if (a.firstPage == null || pageId.compareTo(a.firstPage) < 0) {
        a.firstPage = pageId;
        a.words = b.words();
        a.sample = b.text() == null || b.words() > SAMPLE_MAX_WORDS ? null : cut(b.text());
      }
    }
  }

  /** Counts a page's short blocks into one section's aggregates. */
  private static void count(Aggregates byFp, String pageId, List<BlockSample> blocks) {
    LongCounts seen = new LongCounts(blocks.size());
    for (BlockSample b : blocks) {
      if (b.words() > MAX_TEMPLATE_WORDS || isProse(b) || seen.increment(b.fingerprint()) != 1) {
        continue;
      }
      Aggregate a = byFp.getOrAdd(b.fingerprint());
      a.pages++;
      if (a.firstPage == null || pageId.compareTo(a.firstPage) < 0) {
        a.firstPage = pageId;
        a.words = b.words();
        a.sample = b.text() == null || b.words() > SAMPLE_MAX_WORDS ? null : cut(b.text());
      }
    }
  }

  private static String cut(String s) {
    if (s.length() <= SAMPLE_MAX_CHARS) {
      return s;
    }
    int end = Character.isHighSurrogate(s.charAt(SAMPLE_MAX_CHARS - 1)) ? SAMPLE_MAX_CHARS - 1
        : SAMPLE_MAX_CHARS;
    return s.substring(0, end) + "\u2026";
  }

  /** The least pages a block needs on a host of {@code pages} pages. */
  public static int minPages(int pages, double share) {
    return Math.max(MIN_PAGES, (int) Math.ceil(share * pages - 1e-9));
  }

  /** Mines the pages added so far. */
  public synchronized Result mine(double minShare, int minHosts) {
    return mine(minShare, minHosts, Map.of());
  }

  /**
   * Mines the pages added so far, when they are only some hosts of a larger scan (one group of a
   * distributed run): {@code hostCounts} gives, for fingerprints on two or more hosts of the whole scan,
   * on how many hosts they stand, so that a cross-host widget is found as the whole scan finds it.
   */
  public synchronized Result mine(double minShare, int minHosts, Map<Long, Integer> hostCounts) {
    if (!(minShare > 0.0 && minShare <= 1.0)) {
      throw new IllegalArgumentException("boilerplate share must be in (0, 1] but was " + minShare);
    }
    if (minHosts < 2) {
      throw new IllegalArgumentException("boilerplate hosts must be at least 2 but was " + minHosts);
    }
    // Hosts per fingerprint; every fingerprint of a host's aggregates has a count of at least 1.
    int distinct = 0;
    for (Aggregates byFp : hosts.values()) {
      distinct += byFp.size;
    }
    LongCounts hostCount = new LongCounts(distinct);
    for (Aggregates byFp : hosts.values()) {
      for (int i = 0; i < byFp.keys.length; i++) {
        if (byFp.values[i] != null) {
          hostCount.increment(byFp.keys[i]);
        }
      }
    }
    hostCounts.forEach((fp, n) -> {
      int local = hostCount.get(fp);
      if (local != 0) {
        hostCount.exchange(fp, Math.max(local, n));
      }
    });
    // Hosts are mined apart (each reads only its own aggregates and the shared host counts), so in
    // parallel on the caller's fork-join pool, and their blocks are joined in host order.
    List<String> names = new ArrayList<>(new TreeMap<>(hosts).keySet());
    List<List<Block>> byHost = new ArrayList<>(names.size());
    for (int i = 0; i < names.size(); i++) {
      byHost.add(null);
    }
    IntStream.range(0, names.size()).parallel().forEach(i ->
        byHost.set(i, mineHost(names.get(i), minShare, minHosts, hostCount)));
    List<Block> out = new ArrayList<>();
    for (List<Block> blocks : byHost) {
      out.addAll(blocks);
    }
    mineSections(minShare, hostCount, out);
    out.sort(Comparator.comparing(Block::host).thenComparing(Comparator.comparingInt(Block::pages)
        .reversed()).thenComparing(Block::firstPage).thenComparing(Block::blockId));
    return new Result(List.copyOf(out), Map.copyOf(hostPages));
  }

  /** One host's frequency, cross-host and shallow blocks, in a fixed order. */
  private List<Block> mineHost(String host, double minShare, int minHosts, LongCounts hostCount) {
    List<Block> out = new ArrayList<>();
    int pages = hostPages.get(host);
    int need = minPages(pages, minShare);
    Aggregates byFp = hosts.get(host);
    long[] fingerprints = byFp.sortedKeys();
    // Recurring blocks, in a fixed order, grouped into variants.
    List<Long> recurring = new ArrayList<>();
    for (long fp : fingerprints) {
      Aggregate a = byFp.get(fp);
      if (a.pages >= 2 && a.words <= MAX_TEMPLATE_WORDS) {
        recurring.add(fp);
      }
    }
    int[] root = groupVariants(recurring, byFp);
    Map<Integer, List<Long>> groups = new TreeMap<>();
    for (int i = 0; i < recurring.size(); i++) {
      groups.computeIfAbsent(root[i], k -> new ArrayList<>()).add(recurring.get(i));
    }
    Set<Long> done = new HashSet<>();
    for (List<Long> group : groups.values()) {
      int groupPages = 0;
      int groupHosts = 0;
      int groupCaptions = 0;
      long best = group.get(0);
      for (long fp : group) {
        groupPages += byFp.get(fp).pages;
        groupCaptions += byFp.get(fp).captionPages;
        groupHosts = Math.max(groupHosts, hostCount.get(fp));
        if (byFp.get(fp).pages > byFp.get(best).pages) {
          best = fp;
        }
      }
      groupPages = Math.min(groupPages, pages);
      String method = null;
      double confidence = 0;
      if (groupPages >= need && !heldAsCaption(groupCaptions, groupPages, pages)) {
        method = "frequency";
        confidence = CONFIDENCE_FREQUENCY;
      } else if (groupHosts >= minHosts && groupPages >= Math.max(2, need / 2)
          && groupCaptions == 0) {
        method = "hosts";
        confidence = CONFIDENCE_HOSTS;
      }
      if (method != null) {
        out.add(block(host, best, method, groupPages, pages, groupHosts, confidence, group, byFp));
        done.addAll(group);
      }
    }
    for (long fp : fingerprints) {
      Aggregate a = byFp.get(fp);
      if (done.contains(fp)) {
        continue;
      }
      if (hostCount.get(fp) >= minHosts && a.pages >= Math.max(2, need / 2) && a.captionPages == 0
          && a.words <= MAX_TEMPLATE_WORDS) {
        out.add(block(host, fp, "hosts", a.pages, pages, hostCount.get(fp), CONFIDENCE_HOSTS,
            List.of(fp), byFp));
      } else if (pages < SMALL_HOST_PAGES && a.shallowPages > 0) {
        out.add(block(host, fp, "page", a.pages, pages, hostCount.get(fp), CONFIDENCE_PAGE,
            List.of(fp), byFp));
      }
    }
    return out;
  }

  /**
   * Mines each section of a host with at least two sections of {@link #MIN_SECTION_PAGES} pages: a
   * language or version folder carries its own template (its book title, its Prev/Up/Home/Next bar in
   * its language) on nearly all of its pages but on too few of the host's to be mined host-wide.
   * Blocks the host-wide pass found already are left to it. Method "section".
   */
  private void mineSections(double minShare, LongCounts hostCount, List<Block> out) {
    Map<String, Set<Long>> done = new HashMap<>();
    for (Block b : out) {
      Set<Long> d = done.computeIfAbsent(b.host(), h -> new HashSet<>());
      for (long f : b.fingerprints()) {
        d.add(f);
      }
    }
    for (Map.Entry<String, Map<String, Integer>> h : new TreeMap<>(sectionPages).entrySet()) {
      String host = h.getKey();
      int big = 0;
      for (int pages : h.getValue().values()) {
        big += pages >= MIN_SECTION_PAGES ? 1 : 0;
      }
      if (big < 2) {
        continue;
      }
      Set<Long> hostDone = done.computeIfAbsent(host, x -> new HashSet<>());
      List<String> mined = new ArrayList<>();
      for (Map.Entry<String, Integer> sec : new TreeMap<>(h.getValue()).entrySet()) {
        if (sec.getValue() >= MIN_SECTION_PAGES) {
          mined.add(sec.getKey());
        }
      }
      // Each section's candidates apart, in parallel (they only read); then, in section order, the
      // first section to carry a block mines it, as one pass over the sections in order does.
      long[][] candidates = new long[mined.size()][];
      IntStream.range(0, mined.size()).parallel().forEach(i ->
          candidates[i] = sectionCandidates(host, mined.get(i), h.getValue().get(mined.get(i)),
              minShare));
      for (int i = 0; i < mined.size(); i++) {
        Aggregates byFp = sections.get(host).get(mined.get(i));
        for (long fp : candidates[i]) {
          if (hostDone.add(fp)) {
            Aggregate a = byFp.get(fp);
            int hostsOf = hostCount.get(fp);
            out.add(block(host, fp, "section", a.pages, hostPages.get(host),
                hostsOf == 0 ? 1 : hostsOf, CONFIDENCE_FREQUENCY, List.of(fp), byFp));
          }
        }
      }
    }
  }

  /**
   * Whether a recurring block on {@code pages} of a host's {@code hostPages} pages is pasted content
   * rather than template: held as a possible injected caption ({@link BlockSample#caption}) on more
   * than half the pages carrying it, and on at most half the host's pages. The same caption pasted
   * between the paragraphs of unrelated articles is the strongest sign of spam, not a reason to hide
   * it as template; a block on most of a host's pages is its template whatever it reads as (a
   * sub-heading every article of the host opens a section with).
   */
  static boolean heldAsCaption(int captionPages, int pages, int hostPages) {
    return 2 * captionPages > pages && 2 * pages <= hostPages;
  }

  /**
   * The blocks of one section of {@code pages} pages that stand on enough of them to be mined there,
   * ascending by fingerprint: short, and not held as a possible caption anywhere on the host.
   */
  private long[] sectionCandidates(String host, String section, int pages, double minShare) {
    int need = minPages(pages, minShare);
    Aggregates byFp = sections.get(host).get(section);
    Aggregates wholeHost = hosts.get(host);
    long[] keys = byFp.sortedKeys();
    int n = 0;
    for (long fp : keys) {
      Aggregate a = byFp.get(fp);
      Aggregate whole = wholeHost.get(fp);
      boolean held = whole != null && whole.captionPages > 0; // a possible caption: never template
      if (a.pages >= need && a.words <= MAX_TEMPLATE_WORDS && !held) {
        keys[n++] = fp;
      }
    }
    return Arrays.copyOf(keys, n);
  }

  private static Block block(String host, long fp, String method, int pages, int hostPages, int hosts,
      double confidence, List<Long> group, Aggregates byFp) {
    Aggregate a = byFp.get(fp);
    String firstPage = a.firstPage;
    for (long f : group) {
      if (byFp.get(f).firstPage.compareTo(firstPage) < 0) {
        firstPage = byFp.get(f).firstPage;
      }
    }
    long[] fps = new long[group.size()];
    for (int i = 0; i < fps.length; i++) {
      fps[i] = group.get(i);
    }
    return new Block(host, blockId(fp), method, pages, (double) pages / hostPages, hosts,
        a.sample == null ? "" : a.sample, firstPage, confidence, fps);
  }

  /** The id of a block in reports: its fingerprint in hex. */
  public static String blockId(long fp) {
    return String.format(Locale.ROOT, "%016x", fp);
  }

  /**
   * For each recurring block, the first of its group of near-identical variants (word Jaccard of
   * their samples at least {@link #VARIANT_SIMILARITY}), by the prefix-filter join titles use (whose
   * union-find already gives each item its group's root).
   */
  private static int[] groupVariants(List<Long> recurring, Aggregates byFp) {
    int n = recurring.size();
    // Normalising and splitting the samples is most of the work and each is apart: in parallel, a
    // chunk at a time (so that only a chunk's word lists are held, not every recurring block's). The
    // words are then numbered in item order, as one thread numbers them.
    Map<String, Integer> numbers = new HashMap<>();
    long[][] sets = new long[n][];
    List<List<String>> chunk =
        new ArrayList<>(Collections.nCopies(Math.min(n, VARIANT_CHUNK), List.of()));
    for (int from = 0; from < n; from += VARIANT_CHUNK) {
      int start = from;
      int size = Math.min(VARIANT_CHUNK, n - from);
      IntStream.range(0, size).parallel().forEach(c -> {
        String s = byFp.get(recurring.get(start + c)).sample;
        chunk.set(c, s == null ? List.of() : Words.of(s));
      });
      for (int c = 0; c < size; c++) {
        int i = start + c;
        List<String> words = chunk.get(c);
        long[] ids = new long[words.size()];
        for (int w = 0; w < ids.length; w++) {
          ids[w] = numbers.computeIfAbsent(words.get(w), x -> numbers.size());
        }
        sets[i] = LongSets.sortedDistinct(ids, ids.length);
      }
    }
    return new SimilarityJoin(VARIANT_SIMILARITY, VARIANT_WINDOW).join(sets, MIN_VARIANT_WORDS).root();
  }
}
