package org.dupscan.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class GroupChangesTest {

  private static final GroupChanges.Kinds KINDS = new GroupChanges.Kinds(Change.Kind.CLUSTER_NEW,
      Change.Kind.CLUSTER_GROWN, Change.Kind.CLUSTER_SHRUNK, Change.Kind.CLUSTER_MERGED,
      Change.Kind.CLUSTER_SPLIT, Change.Kind.CLUSTER_GONE);

  private static List<TreeSet<String>> groups(String... groups) {
    List<TreeSet<String>> out = new ArrayList<>();
    for (String g : groups) {
      out.add(new TreeSet<>(List.of(g.split(" "))));
    }
    return out;
  }

  private static List<String> rows(List<Change> changes) {
    List<String> out = new ArrayList<>();
    for (Change c : changes.stream().sorted(Change.ORDER).toList()) {
      out.add(c.kind().label() + "|" + c.page() + "|" + c.other() + "|" + c.detail());
    }
    return out;
  }

  @Test
  void unchangedGroupsGiveNoRow() {
    assertEquals(List.of(), GroupChanges.diff(groups("a b", "c d e"), groups("c d e", "a b"), KINDS));
  }

  @Test
  void eachFateOfAGroupHasItsRowWithTheIdsInvolved() {
    List<TreeSet<String>> before = groups("a b", "c d", "e f", "g h i j", "k l m", "x y");
    List<TreeSet<String>> tonight = groups("a b n", "c d e f", "g h", "i j", "k l", "p q");
    assertEquals(List.of(
        "cluster_new|p||p; q",
        "cluster_grown|a||+n",
        "cluster_shrunk|k||-m",
        "cluster_merged|c|c; e|c; d; e; f",
        "cluster_split|g|g; i|g; h; i; j",
        "cluster_gone|x||x; y"), rows(GroupChanges.diff(before, tonight, KINDS)));
  }

  @Test
  void aGroupThatGainsAndLosesPagesGrewAndListsBoth() {
    assertEquals(List.of("cluster_grown|a||-b; +c"),
        rows(GroupChanges.diff(groups("a b"), groups("a c"), KINDS)));
  }

  @Test
  void aHugeGroupListsABoundedNumberOfIds() {
    StringBuilder ids = new StringBuilder("p0000");
    for (int i = 1; i < 120; i++) {
      ids.append(String.format(" p%04d", i));
    }
    String detail = GroupChanges.diff(List.of(), groups(ids.toString()), KINDS).get(0).detail();
    assertEquals(GroupChanges.MAX_LISTED_IDS + 1, detail.split("; ").length, detail);
    assertEquals("(70 more)", detail.substring(detail.lastIndexOf("; ") + 2));
  }
}
