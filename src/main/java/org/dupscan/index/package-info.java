/**
 * The persistent index of nightly runs: per page what pass 1 made of it (words, per-page findings,
 * block samples), what the shingle step made of its content and a digest of its bytes, kept in an
 * embedded SQLite database, so that a run analyses only new and changed pages and still runs every
 * cross-page stage over all pages held; the settings that made it, the runs, what the last run
 * found, for changes.csv, and what the title stage's search kept for the next night
 * ({@code TitleMemoryCodec}).
 */
package org.dupscan.index;
