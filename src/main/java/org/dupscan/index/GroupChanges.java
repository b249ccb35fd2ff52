package org.dupscan.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What became of groups of pages from one run to the next (near-duplicate clusters, duplicate-title
 * groups), a group being known by its pages' ids alone, since group numbers shift as pages come and go.
 * A group of tonight that shares pages with no group of the last run is new; one that shares pages
 * with two or more is merged. A group of the last run that shares pages with no group of tonight is
 * gone; one that shares pages with two or more is split. A group that shares pages with exactly one
 * group, itself sharing pages with it alone, grew when it gained pages and shrank when it only lost
 * some; the same pages make no row.
 */
final class GroupChanges {

  /** Ids a row's detail lists at most, so a cluster of thousands gives a row of bounded size. */
  static final int MAX_LISTED_IDS = 50;
  /** Separates ids in a row's other and detail cells (ReportRows' list separator). */
  static final String LIST = "; ";

  /** The kinds of row one sort of group gives. */
  record Kinds(Change.Kind created, Change.Kind grown, Change.Kind shrunk, Change.Kind merged,
      Change.Kind split, Change.Kind gone) {}

  private GroupChanges() {}

  /**
   * The rows between the last run's groups and tonight's, each group a sorted set of two or more ids;
   * a group's first id names it in the row's {@code page} cell.
   */
  static List<Change> diff(List<TreeSet<String>> before, List<TreeSet<String>> tonight, Kinds kinds) {
    Map<String, Integer> beforeOf = groupOf(before);
    Map<String, Integer> tonightOf = groupOf(tonight);
    List<Change> out = new ArrayList<>();
    for (TreeSet<String> t : tonight) {
      Set<Integer> from = overlapping(t, beforeOf);
      if (from.isEmpty()) {
        out.add(new Change(kinds.created(), t.first(), "", listed(t)));
      } else if (from.size() > 1) {
        out.add(new Change(kinds.merged(), t.first(), firsts(before, from), listed(t)));
      } else {
        TreeSet<String> b = before.get(from.iterator().next());
        if (overlapping(b, tonightOf).size() == 1 && !b.equals(t)) {
          boolean gained = !b.containsAll(t);
          out.add(new Change(gained ? kinds.grown() : kinds.shrunk(), t.first(), "", delta(b, t)));
        }
      }
    }
    for (TreeSet<String> b : before) {
      Set<Integer> into = overlapping(b, tonightOf);
      if (into.isEmpty()) {
        out.add(new Change(kinds.gone(), b.first(), "", listed(b)));
      } else if (into.size() > 1) {
        out.add(new Change(kinds.split(), b.first(), firsts(tonight, into), listed(b)));
      }
    }
    return out;
  }

  /** Each id's group number (groups do not share ids). */
  private static Map<String, Integer> groupOf(List<TreeSet<String>> groups) {
    Map<String, Integer> out = new HashMap<>();
    for (int g = 0; g < groups.size(); g++) {
      for (String id : groups.get(g)) {
        out.put(id, g);
      }
    }
    return out;
  }

  /** The numbers of the groups of {@code groupOf} that share an id with {@code group}, ascending. */
  private static Set<Integer> overlapping(Set<String> group, Map<String, Integer> groupOf) {
    Set<Integer> out = new TreeSet<>();
    for (String id : group) {
      Integer g = groupOf.get(id);
      if (g != null) {
        out.add(g);
      }
    }
    return out;
  }

  /** The first ids of the groups numbered {@code which}, in id order. */
  private static String firsts(List<TreeSet<String>> groups, Set<Integer> which) {
    TreeSet<String> ids = new TreeSet<>();
    which.forEach(g -> ids.add(groups.get(g).first()));
    return String.join(LIST, ids);
  }

  /** A group's ids, at most {@link #MAX_LISTED_IDS} of them, then how many more. */
  static String listed(Set<String> ids) {
    List<String> shown = new ArrayList<>();
    for (String id : ids) {
      if (shown.size() == MAX_LISTED_IDS) {
        shown.add("(" + (ids.size() - MAX_LISTED_IDS) + " more)");
        break;
      }
      shown.add(id);
    }
    return String.join(LIST, shown);
  }

  /** The ids that joined ({@code +id}) and left ({@code -id}), in id order, capped as {@link #listed}. */
  private static String delta(Set<String> before, Set<String> tonight) {
    TreeSet<String> marked = new TreeSet<>((x, y) -> {
      int c = x.substring(1).compareTo(y.substring(1));
      return c != 0 ? c : x.compareTo(y);
    });
    for (String id : tonight) {
      if (!before.contains(id)) {
        marked.add("+" + id);
      }
    }
    for (String id : before) {
      if (!tonight.contains(id)) {
        marked.add("-" + id);
      }
    }
    return listed(marked);
  }
}
