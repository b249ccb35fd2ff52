package org.dupscan.report.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GateRuleTest {

  @TempDir
  Path tmp;

  @Test
  void parsesRulesWithEachOperatorAndSpaces() {
    List<GateRule> rules = GateRule.parseAll("near_duplicates>0, flagged >= 3 ,duplicate_titles=5");
    assertEquals(List.of(new GateRule(FindingKind.NEAR_DUPLICATES, GateRule.Op.GREATER, 0),
        new GateRule(FindingKind.FLAGGED, GateRule.Op.AT_LEAST, 3),
        new GateRule(FindingKind.DUPLICATE_TITLES, GateRule.Op.EQUAL, 5)), rules);
    assertEquals("flagged>=3", rules.get(1).toString());
  }

  @Test
  void failsOnlyWhenTheComparisonHolds() {
    GateRule greater = GateRule.parse("flagged>2");
    assertFalse(greater.failsAt(2));
    assertTrue(greater.failsAt(3));
    GateRule atLeast = GateRule.parse("flagged>=2");
    assertTrue(atLeast.failsAt(2));
    assertFalse(atLeast.failsAt(1));
    GateRule equal = GateRule.parse("skipped=0");
    assertTrue(equal.failsAt(0));
    assertFalse(equal.failsAt(1));
  }

  @ParameterizedTest
  @ValueSource(strings = {"bogus>1", "flagged<1", "flagged", "flagged>", "flagged>x", "flagged>-1", ">3",
      "flagged>1.5", ""})
  void rejectsABadRuleNamingIt(String bad) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> GateRule.parseAll("near_duplicates>0," + bad));
    assertTrue(e.getMessage().startsWith("bad rule '" + bad.strip() + "'"), e.getMessage());
  }

  @Test
  void baselineIdentitiesIgnoreGroupAndClusterNumbers() throws IOException {
    Path before = tmp.resolve("before");
    Path after = tmp.resolve("after");
    reports(before, "C00001", "T00001", "Same Title", "a; b");
    // The same findings numbered differently, the title in another case, plus one new cluster member.
    reports(after, "C00007", "T00009", "same  TITLE", "a; b; c");
    EnumSet<FindingKind> kinds = EnumSet.of(FindingKind.NEAR_DUPLICATES, FindingKind.DUPLICATE_TITLES,
        FindingKind.CLUSTERS, FindingKind.FLAGGED, FindingKind.PAGES);
    Findings old = Findings.read(before, kinds);
    Findings now = Findings.read(after, kinds);
    assertEquals(1, now.count(FindingKind.NEAR_DUPLICATES));
    assertEquals(0, now.countNewAgainst(old, FindingKind.NEAR_DUPLICATES), "pair b,a is pair a,b");
    assertEquals(0, now.countNewAgainst(old, FindingKind.DUPLICATE_TITLES));
    assertEquals(1, now.countNewAgainst(old, FindingKind.CLUSTERS), "a cluster that gained a page is new");
    assertEquals(1, now.count(FindingKind.FLAGGED), "flagged at run.csv's flag score");
    assertEquals(0, now.countNewAgainst(old, FindingKind.FLAGGED));
    assertEquals(1, now.countNewAgainst(old, FindingKind.PAGES), "page c is new");
  }

  private static void reports(Path dir, String cluster, String group, String title, String members)
      throws IOException {
    Files.createDirectories(dir);
    boolean third = members.endsWith("c");
    write(dir, "documents.csv", "id,spam_score,exact_duplicate_of\r\na,70.0,\r\nb,40.0,\r\n" + (third ? "c,20.0,\r\n" : ""));
    write(dir, "run.csv", "parameter,value\r\nflag_score,60.0\r\n");
    write(dir, "near_duplicates.csv", "doc_a,doc_b,similarity,cluster_id\r\n"
        + (third ? "b,a" : "a,b") + ",0.9," + cluster + "\r\n");
    write(dir, "clusters.csv", "cluster_id,kind,size,members\r\n" + cluster + ",near,2," + members + "\r\n");
    write(dir, "titles.csv", "kind,group_id,page,title\r\nduplicate," + group + ",a," + title + "\r\nduplicate,"
        + group + ",b," + title + "\r\n");
  }

  private static void write(Path dir, String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }
}
