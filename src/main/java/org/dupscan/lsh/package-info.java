/**
 * Locality-sensitive hashing over MinHash signatures: choosing bands x rows for a threshold, bucketing by
 * sorting primitive arrays, and union-find whose roots do not depend on edge order.
 */
package org.dupscan.lsh;
