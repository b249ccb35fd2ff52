package org.dupscan.engine;

import java.util.ArrayList;
import java.util.List;
import org.dupscan.extract.Block;
import org.dupscan.extract.Page;

/**
 * The text of a page that the side-by-side view compares ({@link PairComparison}): its blocks in page
 * order, without page furniture and without a leading heading that repeats the title, unless
 * boilerplate is kept. A page history keeps it, so that the shared passages of a pair whose page was
 * not read tonight are made without reading the inputs again.
 *
 * @param blocks the compared blocks' texts, in page order
 */
public record ComparedText(List<String> blocks) {

  public ComparedText {
    blocks = List.copyOf(blocks);
  }

  /** What {@link PairComparison} compares of {@code page}, boilerplate kept or not. */
  public static ComparedText of(Page page, boolean keepBoilerplate) {
    int titleHeading = PageAnalyzer.leadingTitleHeading(page);
    List<String> out = new ArrayList<>(page.blocks().size());
    for (Block block : page.blocks()) {
      if ((block.chrome() || block.index() == titleHeading) && !keepBoilerplate) {
        continue;
      }
      out.add(block.text());
    }
    return new ComparedText(out);
  }

  /** Characters of the text, the measure of what comparing pages holds in memory. */
  public long chars() {
    long n = 0;
    for (String b : blocks) {
      n += b.length();
    }
    return n;
  }
}
