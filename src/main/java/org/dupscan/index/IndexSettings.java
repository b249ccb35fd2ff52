package org.dupscan.index;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.dupscan.engine.ScanSettings;

/**
 * The settings an index's pages and findings were made with, as name = value text. Every setting of
 * {@link ScanSettings} counts except those that cannot change an answer (the inputs and the execution
 * group: threads, temporary folder), so a setting added later counts without an edit here. The groups
 * (reader, hashing, LSH) are opened into their settings, named as they were when {@link ScanSettings}
 * was one flat record, so an index made before the grouping still opens; the detector settings and the
 * JSON Lines fields count by their record text.
 */
final class IndexSettings {

  /** Components of {@link ScanSettings} that never change what a scan finds. */
  static final Set<String> IGNORED = Set.of("inputs", "execution");
  /** Components of {@link ScanSettings} that are groups: their settings count one by one. */
  static final Set<String> GROUPS = Set.of("reader", "hashing", "lsh");

  private IndexSettings() {}

  static Map<String, String> of(ScanSettings settings) {
    Map<String, String> out = new LinkedHashMap<>();
    for (RecordComponent c : ScanSettings.class.getRecordComponents()) {
      if (IGNORED.contains(c.getName())) {
        continue;
      }
      Object value = read(c, settings);
      if (GROUPS.contains(c.getName())) {
        for (RecordComponent g : c.getType().getRecordComponents()) {
          out.put(g.getName(), String.valueOf(read(g, value)));
        }
      } else {
        out.put(c.getName(), String.valueOf(value));
      }
    }
    return out;
  }

  private static Object read(RecordComponent c, Object record) {
    try {
      return c.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read setting " + c.getName(), e);
    }
  }

  /**
   * The first difference between the settings stored with an index and this run's, as "name: index
   * value, this run value", or null when they agree.
   */
  static String difference(Map<String, String> stored, Map<String, String> run) {
    for (Map.Entry<String, String> e : run.entrySet()) {
      String was = stored.get(e.getKey());
      if (!e.getValue().equals(was)) {
        return e.getKey() + " was " + (was == null ? "not set" : was) + ", this run has " + e.getValue();
      }
    }
    for (String k : stored.keySet()) {
      if (!run.containsKey(k)) {
        return k + " was " + stored.get(k) + ", this run has no such setting";
      }
    }
    return null;
  }
}
