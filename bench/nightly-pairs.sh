#!/usr/bin/env bash
# Two jars' nights, alternated (docs/nightly.md): each jar builds its own index from BASE once, then
# per round runs base jar's night, new jar's night (each on a fresh copy of its index) and a full scan
# of FULL (the pages the index holds after the night) with each jar. Prints wall and CPU seconds
# (user + sys) and peak RSS of every run, each night's CPU over the full scan of the same round and
# jar, and whether every night's reports equal the full scan's (runtime.csv and changes.csv aside,
# the list of inputs blanked).
#
# Usage: bash bench/nightly-pairs.sh WORKDIR BASE_JAR NEW_JAR BASE NIGHT FULL [ROUNDS] [SCAN OPTIONS...]
#   BASE, NIGHT, FULL: inputs of run 1, of the night, of the full scan (for generated pages, the
#   folders bench/nightly-folders.py writes; for a crawl, same.warc.gz, edited.warc.gz, edited.warc.gz).
set -euo pipefail
work=$1; basejar=$2; newjar=$3; base=$4; night=$5; full=$6; rounds=${7:-3}; shift 6; shift || true
opts=("$@")
mkdir -p "$work"

run() { # name, jar, then the scan's arguments; prints "name wall cpu rss_kb"
  local name=$1 jar=$2; shift 2
  /usr/bin/time -o "$work/time" -f "%e %U %S %M" nice java -Xmx2g -jar "$jar" scan "$@" ${opts[@]+"${opts[@]}"} -q >/dev/null 2>&1
  read -r wall user sys rss < "$work/time"
  echo "$name $wall $(echo "$user + $sys" | bc) $rss"
}

# shellcheck source=bench/nightly-lib.sh
source "$(dirname "$0")/nightly-lib.sh"

for j in base new; do
  jar=$basejar; [ $j = new ] && jar=$newjar
  rm -rf "$work/idx-$j"
  run "build-$j" "$jar" "$base" --index "$work/idx-$j" --out "$work/o-build-$j"
  echo "index $j: $(du -sk "$work/idx-$j" | cut -f1) KB"
done
for r in $(seq 1 "$rounds"); do
  for j in base new; do
    jar=$basejar; [ $j = new ] && jar=$newjar
    rm -rf "$work/idx-n"; cp -r "$work/idx-$j" "$work/idx-n"
    n=$(run "night-$j" "$jar" "$night" --index "$work/idx-n" --out "$work/o-night-$j")
    f=$(run "full-$j" "$jar" "$full" --out "$work/o-full-$j")
    echo "round $r $n share=$(echo "scale=3; $(echo "$n" | cut -d' ' -f3) / $(echo "$f" | cut -d' ' -f3)" | bc)"
    echo "round $r $f"
    echo "round $r night-$j reports against full-$j: $(same_reports "$work/o-full-$j" "$work/o-night-$j")"
  done
  echo "round $r night-new reports against night-base: $(same_reports "$work/o-night-base" "$work/o-night-new")"
done
