/**
 * Locality-sensitive hashing over MinHash signatures: choosing bands x rows for a threshold, and
 * bucketing by sorting primitive arrays (the union-find that joins candidates is
 * {@link org.dupscan.internal.UnionFind}).
 */
package org.dupscan.lsh;
