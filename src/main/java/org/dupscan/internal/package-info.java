/**
 * Internal helpers shared by several packages of dupscan. Not API: anything here may change or go
 * without notice. Hash mixing ({@link org.dupscan.internal.Mix}, {@link org.dupscan.internal.Murmur3}),
 * prefix tests on char arrays
 * ({@link org.dupscan.internal.CharArrays}), sorted sets and counts of 64-bit keys ({@link org.dupscan.internal.LongSets},
 * {@link org.dupscan.internal.LongCounts}), the one union-find ({@link org.dupscan.internal.UnionFind})
 * and the file lock ({@link org.dupscan.internal.ExclusiveLock}).
 */
package org.dupscan.internal;
