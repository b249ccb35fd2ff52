package org.dupscan.engine;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dupscan.corpus.DocumentSink;
import org.dupscan.corpus.FolderReader;
import org.dupscan.corpus.PendingDocument;
import org.dupscan.corpus.SkippedInput;
import org.dupscan.corpus.SourceDocument;
import org.dupscan.detect.NearDuplicateFinder;
import org.dupscan.extract.ExtractException;
import org.dupscan.extract.Page;
import org.dupscan.extract.PageExtractor;
import org.dupscan.pipeline.Cell;
import org.dupscan.pipeline.ContainmentStage;
import org.dupscan.pipeline.StageOutput;
import org.dupscan.pipeline.Table;

/**
 * The shared passages of a scan's top pairs, for the HTML report's side-by-side view: what
 * {@code dupscan compare} prints, kept for the near-duplicate pairs of highest similarity and the
 * contained pairs of highest containment. The reports hold no page text: a page history (an index)
 * gives the compared text it keeps for the pages of those pairs, and the pages it has none for are read
 * again from the scan's inputs (one sequential pass; only they are extracted); then they are compared.
 *
 * <p>Writes passages.csv: {@code kind} (near or contained), {@code doc_a} and {@code doc_b} (as in
 * near_duplicates.csv; a contained pair's container and contained page), {@code side} (a or b), {@code
 * segment} (0, 1, ... in page order), {@code shared} (1 if the segment is text the other page has too)
 * and {@code text}. Bounded: at most {@link #MAX_PAIRS} pairs of each kind, {@link #MAX_SIDE_CHARS}
 * characters of each page of a pair, and {@link #MAX_HELD_CHARS} characters of page text held while
 * comparing (the history's texts are taken first, in the pairs' order). A pair whose pages could not be
 * had (gone from the inputs, over the held budget) has no rows.
 */
public final class SharedPassages {

  /** The report file. */
  public static final String FILE = "passages.csv";
  /** Its columns. */
  public static final List<String> HEADER = List.of("kind", "doc_a", "doc_b", "side", "segment", "shared",
      "text");
  /** Pairs of each kind whose passages are kept: the top ones by similarity, or by containment. */
  public static final int MAX_PAIRS = 200;
  /** Characters of text kept of each page of a pair (shared passages first in page order). */
  public static final int MAX_SIDE_CHARS = 2_000;
  /**
   * The longest text cell: the report writer cuts crawled text at 1,000 characters
   * (CsvCells.MAX_TEXT_CELL), so longer segments are written as several rows.
   */
  public static final int MAX_CELL_CHARS = 1_000;
  /** Characters of page text held at once while the pairs are compared (about 80 MB of heap). */
  public static final long MAX_HELD_CHARS = 40_000_000;

  private SharedPassages() {}

  /** A pair to explain: its kind and its two page ids. */
  private record Wanted(String kind, String a, String b) {}

  /** The passages table for {@code result}, reading the pages of its top pairs again from its inputs. */
  public static Table table(ScanResult result) throws IOException {
    return table(result, MAX_PAIRS, PageHistory.NONE);
  }

  /**
   * The passages table for the top {@code maxPairs} pairs of each kind; 0 gives an empty table and reads
   * nothing again. A pair whose passages {@code history} kept for its unchanged pages takes them as they
   * are; the other pairs' pages are compared from the texts {@code history} keeps, and the inputs are
   * read again only for pages it has none for, not at all when there are none. Tonight's passages go
   * back to {@code history} for the next run.
   *
   * @throws IllegalArgumentException if {@code maxPairs} is negative or above {@link #MAX_PAIRS}
   */
  public static Table table(ScanResult result, int maxPairs, PageHistory history) throws IOException {
    if (maxPairs < 0 || maxPairs > MAX_PAIRS) {
      throw new IllegalArgumentException("pairs with passages must be 0.." + MAX_PAIRS + ": " + maxPairs);
    }
    List<Wanted> pairs = topPairs(result, maxPairs);
    Map<List<String>, PairPassages> passages = new LinkedHashMap<>();
    Set<String> ids = new LinkedHashSet<>();
    for (Wanted w : pairs) {
      List<String> key = List.of(w.a(), w.b());
      if (passages.containsKey(key)) {
        continue;
      }
      PairPassages kept = history.passages(w.a(), w.b());
      if (kept != null) {
        passages.put(key, kept);
      } else {
        ids.add(w.a());
        ids.add(w.b());
      }
    }
    ScanSettings.Hashing hashing = result.settings().hashing();
    Map<String, PairComparison.Prepared> prepared = new HashMap<>(); // each page tokenised once
    long held = 0;
    Set<String> unread = new LinkedHashSet<>();
    for (String id : ids) {
      ComparedText kept = history.text(id);
      if (kept == null) {
        unread.add(id);
      } else if (held + kept.chars() <= MAX_HELD_CHARS) {
        prepared.put(id, PairComparison.prepare(kept, hashing));
        held += kept.chars();
      }
    }
    Map<String, Page> pages = unread.isEmpty() ? Map.of() : read(result.settings(), unread,
        MAX_HELD_CHARS - held);
    for (Map.Entry<String, Page> e : pages.entrySet()) {
      prepared.put(e.getKey(), PairComparison.prepare(e.getValue(), hashing));
    }
    List<List<Cell>> rows = new ArrayList<>();
    for (Wanted w : pairs) {
      PairPassages p = passages.computeIfAbsent(List.of(w.a(), w.b()), k -> {
        PairComparison.Prepared a = prepared.get(w.a());
        PairComparison.Prepared b = prepared.get(w.b());
        return a == null || b == null ? null : new PairPassages(w.a(), w.b(),
            PairComparison.segments(a, b, hashing, MAX_SIDE_CHARS),
            PairComparison.segments(b, a, hashing, MAX_SIDE_CHARS));
      });
      if (p != null) {
        side(rows, w, "a", p.sideA());
        side(rows, w, "b", p.sideB());
      }
    }
    List<PairPassages> made = new ArrayList<>();
    passages.values().forEach(p -> {
      if (p != null) {
        made.add(p);
      }
    });
    history.keepPassages(made);
    return new Table(FILE, HEADER, rows);
  }

  /** One row a segment, a segment longer than {@link #MAX_CELL_CHARS} split after a space. */
  private static void side(List<List<Cell>> rows, Wanted w, String side,
      List<PairComparison.Segment> segments) {
    int n = 0;
    for (PairComparison.Segment s : segments) {
      String text = s.text();
      while (!text.isEmpty()) {
        int cut = text.length();
        if (cut > MAX_CELL_CHARS) {
          int space = text.lastIndexOf(' ', MAX_CELL_CHARS - 1);
          cut = space > 0 ? space + 1
              : Character.isLowSurrogate(text.charAt(MAX_CELL_CHARS)) ? MAX_CELL_CHARS - 1 : MAX_CELL_CHARS;
        }
        rows.add(List.of(Cell.text(w.kind()), Cell.text(w.a()), Cell.text(w.b()), Cell.text(side),
            Cell.whole(n++), Cell.whole(s.shared() ? 1 : 0), Cell.text(text.substring(0, cut))));
        text = text.substring(cut);
      }
    }
  }

  /** The near pairs of highest similarity and the contained pairs of highest containment, ties by id. */
  private static List<Wanted> topPairs(ScanResult result, int maxPairs) {
    List<PageSummary> docs = result.pages();
    List<NearDuplicateFinder.Pair> near = new ArrayList<>(result.near().pairs());
    near.sort(Comparator.comparingDouble(NearDuplicateFinder.Pair::similarity).reversed()
        .thenComparing(p -> docs.get(p.a()).id()).thenComparing(p -> docs.get(p.b()).id()));
    List<Wanted> out = new ArrayList<>();
    for (NearDuplicateFinder.Pair p : near.subList(0, Math.min(maxPairs, near.size()))) {
      out.add(new Wanted("near", docs.get(p.a()).id(), docs.get(p.b()).id()));
    }
    List<Object[]> contained = new ArrayList<>(); // container, contained, containment
    for (StageOutput s : result.detections().stages()) {
      for (Table t : s.result().tables()) {
        if (t.file().equals(ContainmentStage.FILE)) {
          for (List<Cell> row : t.rows()) {
            contained.add(new Object[] {text(row.get(0)), text(row.get(1)),
                row.get(2) instanceof Cell.Decimal d ? d.value() : 0.0});
          }
        }
      }
    }
    contained.sort(Comparator.<Object[]>comparingDouble(r -> (double) r[2]).reversed()
        .thenComparing(r -> (String) r[0]).thenComparing(r -> (String) r[1]));
    for (Object[] r : contained.subList(0, Math.min(maxPairs, contained.size()))) {
      out.add(new Wanted("contained", (String) r[0], (String) r[1]));
    }
    return out;
  }

  private static String text(Cell c) {
    return c instanceof Cell.Text t ? t.value() : "";
  }

  /**
   * Reads the inputs again and extracts the pages {@code ids} names, within {@code budget} characters; of
   * several captures of one id the last read is kept (the scan keeps the latest, which a crawler appends
   * last). Pages that cannot be read now are left out.
   */
  private static Map<String, Page> read(ScanSettings settings, Set<String> ids, long budget)
      throws IOException {
    Map<String, Page> pages = new HashMap<>();
    long[] held = {0};
    new FolderReader(settings.inputs(), settings.reader()).read(new DocumentSink() {
      @Override
      public void document(PendingDocument d) {
        if (d.id() != null && !ids.contains(d.id())) {
          return;
        }
        try {
          SourceDocument doc = d.load();
          if (!ids.contains(doc.id())) {
            return;
          }
          Page page = PageExtractor.extract(doc);
          long chars = ScanEngine.textChars(page);
          Page before = pages.get(page.id());
          long freed = before == null ? 0 : ScanEngine.textChars(before);
          if (chars <= ScanEngine.MAX_PAGE_TEXT_CHARS && held[0] - freed + chars <= budget) {
            pages.put(page.id(), page);
            held[0] += chars - freed;
          }
        } catch (IOException | ExtractException | RuntimeException | StackOverflowError e) {
          // The scan listed such a page as skipped, or it changed since: the pair gets no passages.
        }
      }

      @Override
      public void skipped(SkippedInput skipped) {}
    });
    return pages;
  }
}
