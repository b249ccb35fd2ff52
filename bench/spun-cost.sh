#!/usr/bin/env bash
# Cost of `--spun` (issue 18: at most 1.20 x a plain scan's CPU; docs/spun.md "Cost"). Per round, in
# this order: NEW_JAR plain, NEW_JAR --spun, BASE_JAR --spun (alternated, so that a change of load
# hits all three alike). Prints every run's wall and CPU seconds (user + sys) and peak RSS, then per
# round and as medians over the rounds: --spun / plain of NEW_JAR (the issue's figure) and NEW_JAR
# --spun / BASE_JAR --spun; and whether the two --spun runs' spun_variants.csv are the same.
#
# Usage: bash bench/spun-cost.sh WORKDIR BASE_JAR NEW_JAR [ROUNDS] [XMX] -- INPUT... [SCAN OPTIONS...]
#   e.g. (the five real-text folders, one worker thread, docs/spun.md):
#   bash bench/spun-cost.sh WORK base.jar target/dupscan.jar 3 2g -- \
#       $P/d0000 $P/d0001 $P/d0002 $P/d0003 $P/d0004 --threads 1
#   and the whole real-100000 corpus: ... 1 3g -- real-100000-s1/pages
#   BASE_JAR may be NEW_JAR (then the third column is a second --spun run of the same jar).
set -euo pipefail
work=$1; basejar=$2; newjar=$3; shift 3
rounds=3; xmx=2g
if [ "${1:-}" != -- ]; then rounds=$1; shift; fi
if [ "${1:-}" != -- ]; then xmx=$1; shift; fi
if [ "${1:-}" != -- ]; then echo "usage: see the head of $0" >&2; exit 2; fi
shift
args=("$@")
mkdir -p "$work"

run() { # name, jar, out, extra options; prints "wall cpu rss_kb"
  local jar=$2 out=$3; shift 3
  rm -rf "$out"
  /usr/bin/time -o "$work/time" -f "%e %U %S %M" nice java -Xmx"$xmx" -jar "$jar" scan \
      "${args[@]}" "$@" --out "$out" --quiet >/dev/null 2>&1
  read -r wall user sys rss < "$work/time"
  echo "$wall $(echo "$user + $sys" | bc) $rss"
}

median() { sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }

echo "load at start: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-5s %-22s %-22s %-22s %-12s %-12s %s\n' round "plain wall/cpu/rssMB" "spun wall/cpu/rssMB" \
    "base-spun wall/cpu/rssMB" spun/plain spun/base same
: > "$work/ratios"
for r in $(seq 1 "$rounds"); do
  read -r pw pc pr <<< "$(run plain "$newjar" "$work/o-plain")"
  read -r sw sc sr <<< "$(run spun "$newjar" "$work/o-spun" --spun)"
  read -r bw bc br <<< "$(run base "$basejar" "$work/o-base" --spun)"
  same=no
  cmp -s "$work/o-spun/spun_variants.csv" "$work/o-base/spun_variants.csv" && same=yes
  ratio=$(echo "scale=3; $sc / $pc" | bc); vsbase=$(echo "scale=3; $sc / $bc" | bc)
  echo "$ratio $vsbase $pc $sc $bc $pw $sw $bw" >> "$work/ratios"
  printf '%-5s %-22s %-22s %-22s %-12s %-12s %s\n' "$r" "$pw/$pc/$((pr / 1024))" \
      "$sw/$sc/$((sr / 1024))" "$bw/$bc/$((br / 1024))" "$ratio" "$vsbase" "$same"
done
col() { cut -d' ' -f"$1" "$work/ratios" | median; }
echo "median CPU s: plain $(col 3), --spun $(col 4), base --spun $(col 5); wall s: $(col 6), $(col 7), $(col 8)"
echo "median --spun / plain: $(col 1)   median --spun / base --spun: $(col 2)   (CPU = user + sys)"
echo "load at end: $(cut -d' ' -f1-3 /proc/loadavg)"
