package org.dupscan.spark;

import java.io.Serializable;

/**
 * A scanned page as the corpus-wide duplicate search needs it.
 *
 * @param id the page id
 * @param signature its MinHash values, or null when it has no content words (it takes part in nothing)
 * @param keyHi high half of its content key
 * @param keyLo low half of its content key
 * @param shingles its sorted, distinct content shingles, or null
 */
public record PageContent(String id, int[] signature, long keyHi, long keyLo, long[] shingles)
    implements Serializable {}
