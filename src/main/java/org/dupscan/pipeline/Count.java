package org.dupscan.pipeline;

/**
 * A count a stage adds to run.csv.
 *
 * @param name the parameter name (lower case, underscores)
 * @param value the count
 */
public record Count(String name, long value) {}
