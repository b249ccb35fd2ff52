package org.dupscan.engine;

/**
 * What the shingle step made of a page's content: which blocks it kept (the page's furniture and its
 * host's template left out, unless boilerplate is kept), the MinHash minima, the 128-bit content key
 * the number of distinct shingles and the containment sample. The same analysed words with the same
 * kept blocks give the same content, so a page held from an earlier run whose kept blocks are
 * unchanged reuses these instead of shingling and signing again; a host whose template changed has its
 * pages signed anew.
 *
 * @param kept for each block, whether its words are content
 * @param minima the signature's minima ({@link org.dupscan.minhash.Signature#values})
 * @param shingles the number of distinct content shingles
 * @param sample the content's containment sample ({@link org.dupscan.detect.Containment#sample}), or
 *     null when none was made (no containment stage, or fewer shingles than it samples): containment
 *     then makes it from the page's shingle set, which a held page would otherwise have to make again
 *     from its spilled words
 */
public record SignedContent(boolean[] kept, int[] minima, long keyHi, long keyLo, int shingles,
    int[] sample) {}
