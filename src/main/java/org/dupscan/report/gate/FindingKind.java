package org.dupscan.report.gate;

import java.util.ArrayList;
import java.util.List;

/**
 * The kinds of finding a gate rule counts, with the report each is read from and what makes two
 * findings the same finding in two runs (their identity, compared against a baseline). Identities use
 * page ids and texts, never the group and cluster numbers, which a run assigns afresh.
 */
public enum FindingKind {
  /** Rows of documents.csv; identity: page id. */
  PAGES("pages", "documents.csv", "page id"),
  /** Pages identical to another page; identity: page id. */
  EXACT_DUPLICATES("exact_duplicates", "documents.csv", "page id"),
  /** Rows of near_duplicates.csv; identity: the two page ids. */
  NEAR_DUPLICATES("near_duplicates", "near_duplicates.csv", "the pair of page ids"),
  /** Rows of clusters.csv; identity: kind and member list (a cluster that gains a page is new). */
  CLUSTERS("clusters", "clusters.csv", "kind and members"),
  /** Pages whose spam score reaches the run's flag score; identity: page id. */
  FLAGGED("flagged", "documents.csv", "page id"),
  /** Rows of captions.csv; identity: page id and caption text. */
  CAPTIONS("captions", "captions.csv", "page id and caption text"),
  /** Groups of pages with one title; identity: the title, case and spacing ignored. */
  DUPLICATE_TITLES("duplicate_titles", "titles.csv", "the title (case and spacing ignored)"),
  /** Groups of near-identical titles; identity: the group's page ids. */
  TITLE_VARIANTS("title_variants", "titles.csv", "the group's page ids"),
  /** Pages repeating their title in the body; identity: page id. */
  TITLES_IN_BODY("titles_in_body", "titles.csv", "page id"),
  /** Rows of boilerplate.csv; identity: host and block id (a hash of the block's text). */
  BOILERPLATE_BLOCKS("boilerplate_blocks", "boilerplate.csv", "host and block id"),
  /** Rows of contained.csv; identity: the container's and the contained page's ids, in that order. */
  CONTAINED("contained", "contained.csv", "the container and contained page ids"),
  /** Rows of skipped.csv; identity: the source. */
  SKIPPED("skipped", "skipped.csv", "source");

  private final String ruleName;
  private final String file;
  private final String identity;

  FindingKind(String ruleName, String file, String identity) {
    this.ruleName = ruleName;
    this.file = file;
    this.identity = identity;
  }

  public String ruleName() {
    return ruleName;
  }

  public String file() {
    return file;
  }

  /** What makes a finding of this kind the same in two runs, for documentation and messages. */
  public String identity() {
    return identity;
  }

  static FindingKind byRuleName(String name) {
    for (FindingKind k : values()) {
      if (k.ruleName.equals(name)) {
        return k;
      }
    }
    return null;
  }

  static String ruleNames() {
    List<String> names = new ArrayList<>();
    for (FindingKind k : values()) {
      names.add(k.ruleName);
    }
    return String.join(", ", names);
  }
}
