/**
 * The CI gate: rules such as {@code near_duplicates>0} checked against the counts of findings in a
 * report folder, optionally counting only findings that are new against a baseline report folder. Reads
 * the CSV reports only, so it works on any run's folder.
 */
package org.dupscan.report.gate;
