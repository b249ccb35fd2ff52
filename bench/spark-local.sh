#!/usr/bin/env bash
# SparkScan in local[N] against the CLI on the same inputs: wall time of each, the machine's load, and
# whether each report the job writes is byte-identical to the CLI's. docs/spark.md has the figures.
# index.html equals the CLI's only with --passages 0 (the job writes no passages.csv).
#
# Usage: bash bench/spark-local.sh WORKDIR INPUT... (files or folders; run after
#   mvn -B -q -DskipTests clean package). Environment: CORES (default 2), PARTITIONS (default 2*CORES),
#   DUPSCAN_JAR (default target/dupscan.jar).
set -euo pipefail
work=$1; shift
cores=${CORES:-2}
partitions=${PARTITIONS:-$((cores * 2))}
mkdir -p "$work"
cp="$work/spark.classpath"
if [ ! -s "$cp" ]; then
  mvn -B -q org.apache.maven.plugins:maven-dependency-plugin:3.11.0:build-classpath \
    -Dmdep.includeScope=provided -Dmdep.outputFile="$cp" >/dev/null
fi
export SPARK_LOCAL_IP=127.0.0.1
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg); cores: $(nproc)"
rm -rf "$work/cli" "$work/spark"
t0=$(date +%s.%N)
/usr/bin/time -f "cli cpu: %e s wall, %U s user, %S s sys, %M KB" java -Xmx2g -jar "${DUPSCAN_JAR:-target/dupscan.jar}" scan "$@" --out "$work/cli" --quiet --threads "$cores"
t1=$(date +%s.%N)
echo "cli: $(echo "$t1 - $t0" | bc) s (load $(cut -d' ' -f1-3 /proc/loadavg))"
/usr/bin/time -f "spark cpu: %e s wall, %U s user, %S s sys, %M KB" java -Xmx2g -Dspark.master="local[$cores]" -Dspark.driver.host=127.0.0.1 \
  -Dspark.driver.bindAddress=127.0.0.1 -Dspark.ui.enabled=false \
  -Dspark.dupscan.partitions="$partitions" -Dlog4j2.level=warn \
  -cp "${DUPSCAN_JAR:-target/dupscan.jar}:$(cat "$cp")" org.dupscan.spark.SparkScan "$@" --out "$work/spark"
t2=$(date +%s.%N)
echo "spark local[$cores], $partitions partitions: $(echo "$t2 - $t1" | bc) s (load $(cut -d' ' -f1-3 /proc/loadavg))"
for f in $(cd "$work/spark" && ls *.csv index.html); do
  if cmp -s "$work/cli/$f" "$work/spark/$f"; then
    echo "$f: identical ($(($(wc -l < "$work/cli/$f") - 1)) rows)"
  else
    echo "$f: DIFFERENT"
  fi
done
