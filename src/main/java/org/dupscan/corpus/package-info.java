/**
 * Input readers: walking folders (and, later, crawl archives) in a stable order, and the records they
 * produce: {@link org.dupscan.corpus.SourceDocument} for each document found and
 * {@link org.dupscan.corpus.SkippedInput} for each input not read, with its reason.
 */
package org.dupscan.corpus;
