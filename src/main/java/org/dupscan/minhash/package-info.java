/**
 * MinHash signatures (Broder 1997) of shingle sets: a seeded multiply-add-shift permutation family and
 * signatures that refuse to be compared across settings.
 */
package org.dupscan.minhash;
