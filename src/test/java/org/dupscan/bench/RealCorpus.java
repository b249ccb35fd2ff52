package org.dupscan.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * A benchmark corpus of real text: the HTML pages of Debian documentation packages (found with
 * {@code dpkg -L}, extracted to plain text with jsoup, block elements becoming paragraphs) and the
 * speeches of the multilingual Europarl sample, cut into pages of about {@link #PAGE_CHARS} chars at
 * paragraph ends. Near duplicates are injected as {@link CorpusGenerator} injects them: some pages get
 * one to three copies whose bodies are edited (word substitutions, deletions, insertions and rewritten
 * spans, the new words drawn from other real pages) until their word 5-shingle Jaccard to the original
 * ({@link ExactShingles}) is as close as the edits allow to a level of {@link CorpusGenerator#LEVELS}.
 *
 * <p>Deterministic for the same installed packages and seed. The text is read from the machine at run
 * time and never committed.
 */
public final class RealCorpus {

  /** The documentation packages read by default (all in Debian 12; install with apt-get). */
  public static final List<String> DEFAULT_PACKAGES = List.of("python-django-doc", "sphinx-doc",
      "apache2-doc", "debian-reference-en", "developers-reference", "maint-guide", "git-doc", "rust-doc",
      "gnucash-docs", "libreoffice-help-en-us", "libreoffice-help-de", "libreoffice-help-fr",
      "libreoffice-help-es", "libreoffice-help-it", "libreoffice-help-pt-br", "libreoffice-help-nl",
      "libreoffice-help-pl", "libreoffice-help-ru", "libreoffice-help-el", "libreoffice-help-ja",
      "libreoffice-help-zh-cn");
  /** Target page size in chars; a longer document is cut at the paragraph end after it. */
  public static final int PAGE_CHARS = 3000;
  /** A page (or the tail of a document) with fewer chars is dropped. */
  public static final int MIN_PAGE_CHARS = 400;
  /** Larger files are skipped (generated indexes, not documentation pages). */
  private static final long MAX_FILE_BYTES = 4L << 20;
  private static final Pattern HTML_FILE = Pattern.compile("\\.html?(\\.[a-z]{2}(-[a-z]{2})?)?(\\.gz)?$");

  /** One real page: where it came from, its title line and its body paragraphs. */
  public record RealPage(String source, String title, String body) {
    String text() {
      return title + "\n\n" + body + "\n";
    }
  }

  private RealCorpus() {}

  /**
   * Reads every page of the given packages (those installed) and of the Europarl sample, in a fixed
   * order; {@code counts} receives pages per source.
   */
  public static List<RealPage> read(List<String> packages, InputStream europarlGz, Map<String, Integer> counts)
      throws IOException, InterruptedException {
    List<RealPage> out = new ArrayList<>();
    for (String pkg : packages) {
      int before = out.size();
      for (Path file : packageFiles(pkg)) {
        if (Files.size(file) > MAX_FILE_BYTES) {
          continue;
        }
        byte[] bytes = Files.readAllBytes(file);
        if (file.getFileName().toString().endsWith(".gz")) {
          try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
            bytes = in.readAllBytes();
          }
        }
        Document doc = Jsoup.parse(new String(bytes, StandardCharsets.UTF_8));
        String title = oneLine(doc.title());
        if (title.isEmpty()) {
          title = file.getFileName().toString();
        }
        cut(pkg, title, paragraphs(doc), out);
      }
      counts.put(pkg, out.size() - before);
    }
    if (europarlGz != null) {
      int before = out.size();
      try (BufferedReader in = new BufferedReader(
          new InputStreamReader(new GZIPInputStream(europarlGz), StandardCharsets.UTF_8), 1 << 16)) {
        String line;
        while ((line = in.readLine()) != null) {
          String[] f = line.split("\t", 3);
          if (f.length == 3) {
            cut("europarl", oneLine(f[0]), List.of(oneLine(f[2])), out);
          }
        }
      }
      counts.put("europarl", out.size() - before);
    }
    return out;
  }

  /** The HTML files of an installed package, sorted; none if it is not installed. */
  private static List<Path> packageFiles(String pkg) throws IOException, InterruptedException {
    Process p = new ProcessBuilder("dpkg", "-L", pkg).redirectErrorStream(true).start();
    String listing = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      System.out.println("real corpus: package " + pkg + " is not installed; skipped");
      return List.of();
    }
    TreeSet<Path> files = new TreeSet<>();
    for (String line : listing.split("\n")) {
      Path f = Path.of(line.strip());
      if (HTML_FILE.matcher(line.strip()).find() && Files.isRegularFile(f)) {
        files.add(f);
      }
    }
    return new ArrayList<>(files);
  }

  /** The text of the body's blocks, each block element ending a paragraph. */
  private static List<String> paragraphs(Document doc) {
    List<String> out = new ArrayList<>();
    StringBuilder sb = new StringBuilder();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
          sb.append(t.text());
        } else if (node instanceof Element e && (e.isBlock() || e.normalName().equals("br"))) {
          flush();
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e && e.isBlock()) {
          flush();
        }
      }

      private void flush() {
        String p = oneLine(sb.toString());
        if (!p.isEmpty()) {
          out.add(p);
        }
        sb.setLength(0);
      }
    }, doc.body());
    String rest = oneLine(sb.toString());
    if (!rest.isEmpty()) {
      out.add(rest);
    }
    return out;
  }

  /** Cuts a document's paragraphs into pages of about {@link #PAGE_CHARS} chars. */
  private static void cut(String source, String title, List<String> paragraphs, List<RealPage> out) {
    StringBuilder body = new StringBuilder();
    int part = 1;
    for (String p : paragraphs) {
      if (body.length() > 0) {
        body.append("\n\n");
      }
      body.append(p);
      if (body.length() >= PAGE_CHARS) {
        out.add(new RealPage(source, part == 1 ? title : title + " (" + part + ")", body.toString()));
        part++;
        body.setLength(0);
      }
    }
    if (body.length() >= MIN_PAGE_CHARS) {
      out.add(new RealPage(source, part == 1 ? title : title + " (" + part + ")", body.toString()));
    }
  }

  private static String oneLine(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        space = sb.length() > 0;
      } else {
        if (space) {
          sb.append(' ');
          space = false;
        }
        sb.append(c);
      }
    }
    return sb.toString();
  }

  // ---------------------------------------------------------------- writing with injected copies

  /**
   * Writes {@code pages} pages as {@code dir/dNNNN/pNNNNNNN.txt}: real pages in a seeded order, about
   * {@link CorpusGenerator#DEFAULT_COPY_SHARE} of them edited copies. Returns the injected pairs.
   */
  public static List<CorpusGenerator.InjectedPair> write(List<RealPage> real, int pages, long seed, Path dir)
      throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    int[] order = permutation(real.size(), new SplittableRandom(seed ^ 0x7ea17e47L));
    int[] numbers = permutation(pages, new SplittableRandom(seed ^ 0x5ca77e12L));
    double share = CorpusGenerator.DEFAULT_COPY_SHARE;
    double q = share / (1.4 * (1 - share));
    List<CorpusGenerator.InjectedPair> injected = new ArrayList<>();
    int pos = 0;
    int next = 0;
    while (pos < pages) {
      if (next == real.size()) {
        throw new IllegalStateException("only " + real.size() + " real pages for " + pages
            + " (with copies); install more documentation packages or ask for fewer pages");
      }
      RealPage base = real.get(order[next++]);
      int baseNumber = numbers[pos++];
      writePage(dir, baseNumber, base.text());
      if (random.nextDouble() >= q) {
        continue;
      }
      double u = random.nextDouble();
      int copies = u < 0.7 ? 1 : u < 0.9 ? 2 : 3;
      long[] baseSet = ExactShingles.ofPage(base.text());
      if (baseSet.length < 20) {
        continue;
      }
      for (int c = 0; c < copies && pos < pages; c++) {
        double target = CorpusGenerator.LEVELS[random.nextInt(CorpusGenerator.LEVELS.length)];
        RealPage donor = real.get(random.nextInt(real.size()));
        Copy copy = editTo(base, baseSet, donor, target, random);
        int number = numbers[pos++];
        writePage(dir, number, copy.text);
        injected.add(new CorpusGenerator.InjectedPair(CorpusGenerator.idOf(baseNumber),
            CorpusGenerator.idOf(number), target, copy.jaccard));
      }
    }
    return injected;
  }

  private static void writePage(Path dir, int number, String text) throws IOException {
    Path file = dir.resolve(CorpusGenerator.idOf(number));
    Files.createDirectories(file.getParent());
    Files.write(file, text.getBytes(StandardCharsets.UTF_8));
  }

  private record Copy(String text, double jaccard) {}

  /**
   * Edits a copy of {@code base}'s body by a fixed random script of word edits, applying the prefix of
   * the script (found by bisection on the almost monotone similarity) whose Jaccard is nearest the
   * target. Words are cut as the ground truth cuts them; the text between words is kept, so the copy
   * keeps the original's punctuation and layout.
   */
  private static Copy editTo(RealPage base, long[] baseSet, RealPage donor, double target,
      SplittableRandom random) {
    List<String> words = new ArrayList<>();
    List<String> gaps = new ArrayList<>(); // gaps.get(i) follows words.get(i); lead is before the first
    String lead = split(base.body(), words, gaps);
    List<String> fresh = new ArrayList<>();
    split(donor.body(), fresh, new ArrayList<>());
    if (fresh.isEmpty()) {
      fresh = words;
    }
    int maxOps = words.size();
    int[] kind = new int[maxOps];
    double[] where = new double[maxOps];
    String[][] newWords = new String[maxOps][];
    for (int i = 0; i < maxOps; i++) {
      double u = random.nextDouble();
      kind[i] = u < 0.5 ? 0 : u < 0.65 ? 1 : u < 0.8 ? 2 : 3; // substitute, delete, insert, rewrite span
      where[i] = random.nextDouble();
      int len = kind[i] == 3 ? 2 + random.nextInt(5) : 1;
      int from = random.nextInt(fresh.size());
      newWords[i] = new String[len];
      for (int k = 0; k < len; k++) {
        newWords[i][k] = fresh.get((from + k) % fresh.size());
      }
    }
    String title = base.title() + " - copy";
    int lo = 0;
    int hi = maxOps;
    while (lo < hi) { // least m with J(m) <= target
      int mid = (lo + hi) >>> 1;
      if (jaccard(title, lead, words, gaps, kind, where, newWords, mid, baseSet) <= target) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    double best = jaccard(title, lead, words, gaps, kind, where, newWords, lo, baseSet);
    int bestOps = lo;
    if (lo > 0) {
      double before = jaccard(title, lead, words, gaps, kind, where, newWords, lo - 1, baseSet);
      if (Math.abs(before - target) < Math.abs(best - target)) {
        best = before;
        bestOps = lo - 1;
      }
    }
    return new Copy(render(title, lead, words, gaps, kind, where, newWords, bestOps), best);
  }

  private static double jaccard(String title, String lead, List<String> words, List<String> gaps, int[] kind,
      double[] where, String[][] newWords, int ops, long[] baseSet) {
    return ExactShingles.jaccard(baseSet,
        ExactShingles.ofPage(render(title, lead, words, gaps, kind, where, newWords, ops)));
  }

  private static String render(String title, String lead, List<String> words0, List<String> gaps0,
      int[] kind, double[] where, String[][] newWords, int ops) {
    List<String> words = new ArrayList<>(words0);
    List<String> gaps = new ArrayList<>(gaps0);
    for (int i = 0; i < ops; i++) {
      int n = words.size();
      int p = Math.min(n - 1, (int) (where[i] * n));
      switch (kind[i]) {
        case 0 -> words.set(p, newWords[i][0]);
        case 1 -> {
          if (n > ExactShingles.SHINGLE + 1) {
            words.remove(p);
            gaps.remove(p);
          }
        }
        case 2 -> {
          words.add(p, newWords[i][0]);
          gaps.add(p, " ");
        }
        default -> {
          for (int k = 0; k < newWords[i].length && p + k < n; k++) {
            words.set(p + k, newWords[i][k]);
          }
        }
      }
    }
    StringBuilder sb = new StringBuilder(title.length() + 16 * words.size());
    sb.append(title).append("\n\n").append(lead);
    for (int i = 0; i < words.size(); i++) {
      sb.append(words.get(i)).append(gaps.get(i));
    }
    return sb.append('\n').toString();
  }

  /** Splits text into words (runs of letters, digits and marks) and the gaps after them. */
  private static String split(String text, List<String> words, List<String> gaps) {
    int i = 0;
    int n = text.length();
    while (i < n && !ExactShingles.isWordCodePoint(text.codePointAt(i))) {
      i += Character.charCount(text.codePointAt(i));
    }
    String lead = text.substring(0, i);
    while (i < n) {
      int s = i;
      while (i < n && ExactShingles.isWordCodePoint(text.codePointAt(i))) {
        i += Character.charCount(text.codePointAt(i));
      }
      int g = i;
      while (i < n && !ExactShingles.isWordCodePoint(text.codePointAt(i))) {
        i += Character.charCount(text.codePointAt(i));
      }
      words.add(text.substring(s, g));
      gaps.add(text.substring(g, i));
    }
    return lead;
  }

  private static int[] permutation(int n, SplittableRandom random) {
    int[] p = new int[n];
    for (int i = 0; i < n; i++) {
      p[i] = i;
    }
    for (int i = n - 1; i > 0; i--) { // Fisher-Yates
      int j = random.nextInt(i + 1);
      int t = p[i];
      p[i] = p[j];
      p[j] = t;
    }
    return p;
  }

  /** Share of pages with at least one non-ASCII char, and a short summary of the sources. */
  public static String describe(List<RealPage> real, Map<String, Integer> counts) {
    long nonAscii = real.stream().filter(p -> !p.text().chars().allMatch(c -> c < 0x80)).count();
    long chars = real.stream().mapToLong(p -> p.text().length()).sum();
    Map<String, Integer> nonZero = new LinkedHashMap<>();
    counts.forEach((k, v) -> {
      if (v > 0) {
        nonZero.put(k, v);
      }
    });
    return String.format(Locale.ROOT, "%d real pages, %.1f M chars, %.0f%% with non-ASCII; by source %s",
        real.size(), chars / 1e6, 100.0 * nonAscii / Math.max(1, real.size()), nonZero);
  }
}
