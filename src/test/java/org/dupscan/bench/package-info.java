/**
 * Benchmark support that needs no benchmark-only library: a seeded generator of realistic text pages
 * with near duplicates injected at known Jaccard levels, and an independent exact ground truth. The
 * benchmarks themselves (JMH kernels, the end-to-end run, peers) live in {@code src/bench/java} and are
 * compiled only with {@code -Pbench}.
 */
package org.dupscan.bench;
