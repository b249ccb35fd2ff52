#!/usr/bin/env bash
# The nightly benchmark (docs/nightly.md): from one crawl, an unchanged night and a night with every
# 20th HTML page edited, each run against a copy of the index the first run built, beside a full scan of
# the edited crawl. Prints wall and CPU seconds (user + sys) and peak RSS of each run, each night's CPU
# as a share of the full scan's, and whether each night's reports equal the full scan's (runtime.csv
# and changes.csv aside; the list of inputs in run.csv and index.html is blanked, since a fresh scan
# of the held pages may read them under another name).
#
# Usage: bash bench/nightly-bench.sh WORKDIR CRAWL.warc.gz [ROUNDS]   (after mvn -B -DskipTests package)
# Environment: DUPSCAN_JAR (default target/dupscan.jar).
set -euo pipefail
work=$1; crawl=$2; rounds=${3:-3}
jar=${DUPSCAN_JAR:-target/dupscan.jar}
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$work"
[ -f "$work/edited.warc.gz" ] || python3 "$here/nightly-nights.py" "$crawl" "$work"

run() { # name, then the scan's arguments; prints "name wall cpu rss_kb"
  local name=$1; shift
  /usr/bin/time -o "$work/time" -f "%e %U %S %M" java -Xmx2g -jar "$jar" scan "$@" -q >/dev/null 2>&1
  read -r wall user sys rss < "$work/time"
  echo "$name $wall $(echo "$user + $sys" | bc) $rss"
}

# shellcheck source=bench/nightly-lib.sh
source "$(dirname "$0")/nightly-lib.sh"

rm -rf "$work/idx1"
run build "$work/same.warc.gz" --index "$work/idx1" --out "$work/o-build"
echo "index size: $(du -sk "$work/idx1" | cut -f1) KB"
for r in $(seq 1 "$rounds"); do
  rm -rf "$work/idx-u" "$work/idx-e"; cp -r "$work/idx1" "$work/idx-u"; cp -r "$work/idx1" "$work/idx-e"
  full=$(run full "$work/edited.warc.gz" --out "$work/o-full")
  same=$(run unchanged "$work/same.warc.gz" --index "$work/idx-u" --out "$work/o-same")
  night=$(run night5 "$work/edited.warc.gz" --index "$work/idx-e" --out "$work/o-night")
  fc=$(echo "$full" | cut -d' ' -f3)
  for line in "$full" "$same" "$night"; do
    echo "round $r $line share=$(echo "scale=2; $(echo "$line" | cut -d' ' -f3) / $fc" | bc)"
  done
  echo "round $r 5% night reports against the full scan: $(same_reports "$work/o-full" "$work/o-night")"
done
