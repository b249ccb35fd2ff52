/**
 * Text analysis: normalising (NFKC, case folding, quote and dash folding), splitting into words
 * without regexes, and hashing words and word shingles to 64 bits. Small stateless stages, each doing
 * one thing, in the manner of Lucene's analysis chain; {@link org.dupscan.text.PageWords} runs the chain
 * once per page and keeps each word's hash, length and class for every later stage, and
 * {@link org.dupscan.text.WordSet} recognises listed words (stop words, dates) by their hash.
 */
package org.dupscan.text;
