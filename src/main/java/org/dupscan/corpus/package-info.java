/**
 * Input readers: walking folders of pages, gzip-compressed pages, WARC/WET files (jwarc) and JSON Lines
 * files in a stable order, each file's kind found from its first bytes, with size caps and fault
 * tolerance (a bad record is listed and reading goes on), and the records they produce:
 * {@link org.dupscan.corpus.SourceDocument} for each document found and
 * {@link org.dupscan.corpus.SkippedInput} for each input not read, with its reason.
 */
package org.dupscan.corpus;
