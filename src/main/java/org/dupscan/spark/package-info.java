/**
 * The scan as an Apache Spark job ({@link org.dupscan.spark.SparkScan}, docs/spark.md): the same
 * engine classes, run per page (read, extract), per host (the engine over one host's pages: per-page
 * stages, boilerplate mining with cross-host counts shuffled in, shingles and signatures) and across the
 * corpus (exact groups, LSH buckets, candidates verified by exact Jaccard, clusters by large-star /
 * small-star connected components), with reports written as sorted parts and concatenated. Spark is a
 * provided dependency: nothing here is loaded by {@code java -jar}.
 */
package org.dupscan.spark;
