package org.dupscan.bench;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.regexp_replace;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.feature.HashingTF;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.ml.feature.NGram;
import org.apache.spark.ml.feature.RegexTokenizer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The peer: Apache Spark MLlib {@code MinHashLSH.approxSimilarityJoin} in local mode on the same pages,
 * with the usual MLlib pipeline (RegexTokenizer, NGram of 5 words, binary HashingTF of 2^22 features,
 * MinHashLSH). Title lines are dropped as the engine drops them; words are runs of Unicode letters,
 * digits and marks, as the engine cuts them, so accented words and other scripts stay whole. Spark's MinHashLSH puts one hash in
 * each table (OR of single rows), so {@code tables} hash tables find a pair of similarity s with
 * probability 1 - (1 - s)^tables, and its join computes the exact Jaccard distance of every candidate.
 *
 * <p>Run in a child JVM by {@link EndToEnd}: {@code SparkPeer THREADS THRESHOLD TABLES PAIRS_OUT DIR...}.
 * Only loopback traffic is allowed on the benchmark machines, hence the 127.0.0.1 settings.
 */
public final class SparkPeer {

  private SparkPeer() {}

  public static void main(String[] args) throws Exception {
    int threads = Integer.parseInt(args[0]);
    double threshold = Double.parseDouble(args[1]);
    int tables = Integer.parseInt(args[2]);
    Path pairsOut = Path.of(args[3]);
    String[] dirs = new String[args.length - 4];
    for (int i = 4; i < args.length; i++) {
      dirs[i - 4] = Path.of(args[i]).toAbsolutePath().toString();
    }
    long t0 = System.nanoTime();
    SparkSession spark = SparkSession.builder()
        .master("local[" + threads + "]")
        .appName("dupscan-bench-spark-peer")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", String.valueOf(threads * 4))
        .getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    long t1 = System.nanoTime();
    try {
      Dataset<Row> pages = spark.read().option("wholetext", "true").option("recursiveFileLookup", "true")
          .text(dirs)
          .withColumn("id", input_file_name())
          .withColumn("body", regexp_replace(col("value"), "^[^\\n]*\\n", ""));
      PipelineModel model = new Pipeline().setStages(new PipelineStage[] {
          new RegexTokenizer().setInputCol("body").setOutputCol("words").setPattern("[^\\p{L}\\p{N}\\p{M}]+")
              .setToLowercase(true),
          new NGram().setN(5).setInputCol("words").setOutputCol("shingles"),
          new HashingTF().setInputCol("shingles").setOutputCol("features").setNumFeatures(1 << 22)
              .setBinary(true),
          new MinHashLSH().setNumHashTables(tables).setInputCol("features").setOutputCol("hashes")
              .setSeed(42)}).fit(pages);
      Dataset<Row> hashed = model.transform(pages).select("id", "features", "hashes").cache();
      long n = hashed.count();
      MinHashLSHModel lsh = (MinHashLSHModel) model.stages()[3];
      List<Row> pairs = lsh.approxSimilarityJoin(hashed, hashed, 1.0 - threshold, "distance")
          .filter(col("datasetA.id").lt(col("datasetB.id")))
          .select(col("datasetA.id"), col("datasetB.id"), col("distance"))
          .collectAsList();
      long ms = (System.nanoTime() - t1) / 1_000_000;
      try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(pairsOut, StandardCharsets.UTF_8))) {
        for (Row r : pairs) {
          out.println(relative(r.getString(0)) + "," + relative(r.getString(1)) + "," + (1.0 - r.getDouble(2)));
        }
      }
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("ms", ms);
      m.put("startup_ms", (t1 - t0) / 1_000_000);
      m.put("pages", n);
      m.put("pairs", pairs.size());
      m.put("tables", tables);
      Measured.print(m);
    } finally {
      spark.stop();
    }
  }

  /** The page id: the path under the pages folder. */
  private static String relative(String uri) {
    int i = uri.indexOf("/pages/");
    return i < 0 ? uri : uri.substring(i + "/pages/".length());
  }
}
