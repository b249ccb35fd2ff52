package org.dupscan.spark;

import java.io.Serializable;
import org.dupscan.detect.TitleFacts;

/**
 * A page's title as the per-host step found it, for the title groups across hosts.
 *
 * @param facts its title facts, the host's template repeats already left out ({@code
 *     TitleFacts.withoutTemplate})
 * @param key its title's key ({@code TitleGroups.keys}, site name stripped), "" when it has no words
 */
public record TitleItem(TitleFacts facts, String key) implements Serializable {}
