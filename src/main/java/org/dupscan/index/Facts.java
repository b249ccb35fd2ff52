package org.dupscan.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dupscan.detect.CaptionDetector;
import org.dupscan.detect.NearDuplicateFinder;
import org.dupscan.detect.TitleGroups;
import org.dupscan.engine.PageFindings;
import org.dupscan.engine.PageSummary;
import org.dupscan.engine.ScanResult;

/**
 * What a run found that changes.csv compares from run to run, keyed by the ids involved (never by row
 * or group numbers, which shift when pages come and go): near-duplicate pairs, clusters, flagged pages
 * with their reasons, title rows, duplicate-title groups, captions. A group is stored under its first
 * page with all its pages, tab-separated, as its detail. Taken from the scan's result, so the index stores no detector's
 * internal findings.
 */
final class Facts {

  static final String PAIR = "pair";
  static final String FLAG = "flag";
  static final String TITLE = "title";
  static final String CAPTION = "caption";
  static final String CLUSTER = "cluster";
  static final String TITLE_GROUP = "title_group";
  /** The kind of titles.csv row whose group is a duplicate-title group. */
  static final String DUPLICATE_TITLE = "duplicate";
  /** Separates the parts of a key (ids never hold a tab: readers keep them to one line). */
  static final String SEP = "\t";

  private Facts() {}

  /** The groups stored under {@code kind}: each a sorted set of ids. */
  static List<TreeSet<String>> groups(Map<String, String> stored) {
    List<TreeSet<String>> out = new ArrayList<>(stored.size());
    for (String detail : stored.values()) {
      out.add(new TreeSet<>(List.of(detail.split(SEP, -1))));
    }
    return out;
  }

  /** kind -> key -> detail, each map sorted. */
  static Map<String, Map<String, String>> of(ScanResult result) {
    Map<String, Map<String, String>> out = new TreeMap<>();
    List<PageSummary> pages = result.pages();
    Map<String, String> pairs = new TreeMap<>();
    for (NearDuplicateFinder.Pair p : result.near().pairs()) {
      pairs.put(pages.get(p.a()).id() + SEP + pages.get(p.b()).id(),
          String.format(Locale.ROOT, "%.4f", p.similarity()));
    }
    out.put(PAIR, pairs);
    Map<String, String> clusters = new TreeMap<>();
    for (NearDuplicateFinder.Cluster c : result.near().clusters()) {
      TreeSet<String> ids = new TreeSet<>();
      for (int m : c.members()) {
        ids.add(pages.get(m).id());
      }
      clusters.put(ids.first(), String.join(SEP, ids));
    }
    out.put(CLUSTER, clusters);
    Map<String, String> flags = new TreeMap<>();
    Map<String, String> titles = new TreeMap<>();
    Map<String, String> captions = new TreeMap<>();
    List<PageFindings> f = result.detections().pages();
    for (int i = 0; i < f.size(); i++) {
      if (f.get(i).spamScore() >= result.settings().detectors().flagScore()) {
        flags.put(pages.get(i).id(), f.get(i).reasons());
      }
    }
    Map<String, TreeSet<String>> duplicateTitles = new TreeMap<>();
    for (TitleGroups.Row r : result.detections().titles()) {
      titles.put(r.page() + SEP + r.kind(), r.title());
      if (r.kind().equals(DUPLICATE_TITLE) && !r.groupId().isEmpty()) {
        duplicateTitles.computeIfAbsent(r.groupId(), g -> new TreeSet<>()).add(r.page());
      }
    }
    Map<String, String> titleGroups = new TreeMap<>();
    for (TreeSet<String> ids : duplicateTitles.values()) {
      titleGroups.put(ids.first(), String.join(SEP, ids));
    }
    out.put(TITLE_GROUP, titleGroups);
    for (CaptionDetector.Caption c : result.detections().captions()) {
      captions.put(c.page() + SEP + c.block(), c.text());
    }
    out.put(FLAG, flags);
    out.put(TITLE, titles);
    out.put(CAPTION, captions);
    return out;
  }
}
