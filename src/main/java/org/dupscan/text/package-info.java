/**
 * Text analysis: normalising (NFKC, case folding, quote and dash folding), splitting into words
 * without regexes, and hashing words and word shingles to 64 bits. Small stateless stages, each doing
 * one thing, in the manner of Lucene's analysis chain.
 */
package org.dupscan.text;
