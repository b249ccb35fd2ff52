/**
 * The persistent index of nightly runs: per page the extracted page and a digest of its bytes, kept in
 * an embedded SQLite database, so that a run parses only new and changed pages and still runs every
 * cross-page stage over all pages held; the settings that made it, the runs, and what the last run
 * found, for changes.csv.
 */
package org.dupscan.index;
