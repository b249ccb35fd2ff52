#!/usr/bin/env bash
# Where the Spark job's time and shuffle go, per stage, over a sweep of partition counts, with the CLI
# on the same inputs in the same run: for each partition count, the CLI (--threads CORES) then
# org.dupscan.bench.SparkStages (SparkScan in local[CORES] with a listener printing each call site's
# tasks, task time, CPU, shuffle bytes and records). Process CPU (user + sys), wall and peak RSS of
# both come from /usr/bin/time; every report the job writes is compared with the CLI's.
# docs/spark.md ("Per stage") has the figures.
#
# Usage: bash bench/spark-stages.sh WORKDIR INPUT... (run after mvn -B -o -Pbench -DskipTests package).
#   Environment: CORES (default 2), SWEEP (partition counts, default "2 8 32"), HEAP (default 2g),
#   EXTRA (further scan options, default "--passages 0", so index.html is comparable too), CLI (0: do not
#   run the CLI again, compare with the reports already in WORKDIR/cli).
set -euo pipefail
work=$1; shift
cores=${CORES:-2}
sweep=${SWEEP:-2 8 32}
heap=${HEAP:-2g}
extra=${EXTRA:---passages 0}
cp="target/classes:target/test-classes:$(cat target/bench.classpath)"
export SPARK_LOCAL_IP=127.0.0.1
mkdir -p "$work"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2 / 1048576}' /proc/meminfo);" \
  "commit $(git rev-parse --short HEAD 2>/dev/null || echo "(not a git tree)"); inputs: $*"
for p in $sweep; do
  rm -rf "$work/spark-$p"
  echo "== partitions $p; load before: $(cut -d' ' -f1-3 /proc/loadavg)"
  if [ "${CLI:-1}" != 0 ]; then
    rm -rf "$work/cli"
    # shellcheck disable=SC2086
    /usr/bin/time -f "cli: %e s wall, %U s user, %S s sys, %M KB peak RSS" \
      java -Xmx"$heap" -jar target/dupscan.jar scan "$@" --out "$work/cli" --quiet --threads "$cores" $extra
  fi
  # shellcheck disable=SC2086
  /usr/bin/time -f "spark: %e s wall, %U s user, %S s sys, %M KB peak RSS" \
    java -Xmx"$heap" -Dlog4j2.level=warn -cp "$cp" org.dupscan.bench.SparkStages "$cores" "$p" \
    "$@" --out "$work/spark-$p" $extra 2>"$work/spark-$p.log" | tee "$work/stages-$p.md"
  tail -1 "$work/spark-$p.log"
  echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
  for f in $(cd "$work/spark-$p" && ls *.csv index.html); do
    if cmp -s "$work/cli/$f" "$work/spark-$p/$f"; then
      echo "$f: identical ($(($(wc -l < "$work/cli/$f") - 1)) rows)"
    else
      echo "$f: DIFFERENT"
    fi
  done
done
