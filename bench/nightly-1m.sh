#!/usr/bin/env bash
# The nightly benchmark at a million generated pages (docs/nightly.md, "Measured: 1M generated pages"):
# writes the base corpus (WriteCorpus PAGES, seed 5) and its 5% accumulate night
# (bench/nightly-folders.py --link: 1 page in 40 changed, as many added), builds the index from the
# base (run 1), then runs the night on a copy of that index and a full scan of the pages the index
# holds after the night, all in one heap. Prints wall s, CPU s (user + sys), peak RSS KB and the load
# average before and after each run, the night's CPU over the full scan's, the index's size on disk
# (bytes per page) and whether the night's reports equal the full scan's (nightly-lib.sh).
#
# Usage: bash bench/nightly-1m.sh WORKDIR JAR [PAGES] [HEAP] [together]
#   PAGES defaults to 1000000, HEAP to 3g. With "together", the full scan (which needs no index) runs
#   beside the index build and the night instead of after them, to fit a session's clock: wall times
#   then share the cores, CPU (user + sys) stays comparable. NIGHT_JFR=FILE records a JFR profile of
#   the night (settings=profile). Needs the bench classes: `mvn -B -o -Pbench -DskipTests package`.
#   Steps whose output is there are skipped (the corpus, the night's folders, the index build).
set -euo pipefail
work=$(realpath -m "$1"); jar=$(realpath "$2"); pages=${3:-1000000}; heap=${4:-3g}; mode=${5:-}
here=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$work"
# shellcheck source=bench/nightly-lib.sh
source "$here/bench/nightly-lib.sh"

load() { cut -d' ' -f1-3 /proc/loadavg; }

run() { # name, java options ("" for none), then the scan's arguments; writes WORK/name.sum
  local name=$1 jopt=$2; shift 2
  local before; before=$(load)
  # shellcheck disable=SC2086
  /usr/bin/time -o "$work/$name.time" -f "%e %U %S %M" nice -n 5 java "-Xmx$heap" $jopt -jar "$jar" \
    scan "$@" -q >"$work/$name.log" 2>&1
  read -r wall user sys rss < "$work/$name.time"
  echo "$name wall=$wall cpu=$(echo "$user + $sys" | bc) rss_kb=$rss load=[$before]..[$(load)]" \
    > "$work/$name.sum"
}

if ! grep -q 'written to' "$work/gen.log" 2>/dev/null; then
  rm -rf "$work/A"
  (cd "$here" && nice -n 5 java -Xmx3g -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
    org.dupscan.bench.WriteCorpus "$pages" "$work/A/corpus" 5) > "$work/gen.log"
fi
cat "$work/gen.log"
if [ ! -f "$work/folders.log" ]; then
  nice -n 5 python3 "$here/bench/nightly-folders.py" "$work/A/corpus" "$work/NQ" --link > "$work/folders.tmp"
  mv "$work/folders.tmp" "$work/folders.log"
fi
cat "$work/folders.log"

full_pid=
if [ "$mode" = together ]; then
  run full "" "$work/NQ/full/corpus" --out "$work/o-full" &
  full_pid=$!
fi
if [ ! -f "$work/build.sum" ]; then
  rm -rf "$work/idx"
  run build "" "$work/A/corpus" --index "$work/idx" --out "$work/o-build"
fi
cat "$work/build.sum"
bytes=$(du -sb "$work/idx" | cut -f1)
echo "index after run 1: $bytes bytes, $(echo "scale=1; $bytes / $pages" | bc) bytes/page"

rm -rf "$work/idx-n"; cp -r "$work/idx" "$work/idx-n"
run night "${NIGHT_JFR:+-XX:StartFlightRecording=filename=$NIGHT_JFR,settings=profile,maxsize=1g}" \
  "$work/NQ/night/corpus" --index "$work/idx-n" --out "$work/o-night"
cat "$work/night.sum"
if [ -n "$full_pid" ]; then wait "$full_pid"; else run full "" "$work/NQ/full/corpus" --out "$work/o-full"; fi
cat "$work/full.sum"
cpu() { sed -E 's/.* cpu=([0-9.]+) .*/\1/' "$1"; }
echo "night / full (CPU): $(echo "scale=3; $(cpu "$work/night.sum") / $(cpu "$work/full.sum")" | bc)"
after=$(du -sb "$work/idx-n" | cut -f1)
echo "index after the night: $after bytes"
echo "night reports against full: $(same_reports "$work/o-full" "$work/o-night")"
