#!/usr/bin/env bash
# Builds a test set of real, clean web sites the way a user gets one, scans each, and prints a per-site
# table of what the spam detectors report on them (every spam finding on these sites is a false positive).
#
#   bash bench/real-sites.sh [WORKDIR] [SITE...]
#
# WORKDIR defaults to $DUPSCAN_REAL_SITES, else /tmp/dupscan-real-sites; DUPSCAN_JAR names another jar
# than target/dupscan.jar (e.g. a copy of an older build to compare). SITE names restrict the run to
# some of the sites below (default: all). Needs target/dupscan.jar (mvn -B -DskipTests clean package),
# wget, python3 and Java 17. Missing Debian documentation packages are installed with `apt-get install -y`
# when run as root (the only network it uses); a site whose package is missing and cannot be installed is
# left out with a message.
#
# For each site: serve its HTML folder with `python3 -m http.server --bind 127.0.0.1 PORT` (loopback only),
# crawl it with `wget --mirror --no-parent --warc-file=...` (no other hosts; pages only: images, style
# sheets, scripts and source .txt files are rejected; bounded by the package's own pages, under 3,000 per
# site, and by a 300 MB quota), then `java -jar target/dupscan.jar scan WARC --out OUT/NAME`, then the same
# scan at stricter --restated-share values (the sweep gives the distribution of each page's most restating
# paragraph), then org.dupscan.bench.RealSitesTable turns the reports into Markdown.
#
# Output: WORKDIR/warc/NAME.warc.gz, WORKDIR/out/NAME/ (reports), WORKDIR/table.md (also printed).
# docs/real-sites.md explains the columns.
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
WORKDIR=${1:-${DUPSCAN_REAL_SITES:-/tmp/dupscan-real-sites}}
shift || true
JAR=${DUPSCAN_JAR:-$REPO/target/dupscan.jar}
# Restated-share thresholds of the sweep, above the default 0.4 (whose run is the main scan).
SWEEP="0.5 0.6 0.7 0.8 0.9"

# name | Debian package | served folder | start page(s), space-separated | template
SITES='
django|python-django-doc|/usr/share/doc/python-django-doc/html|index.html|Sphinx (Django theme)
sphinx|sphinx-doc|/usr/share/doc/sphinx-doc/html|index.html|Sphinx (sphinx13 theme)
developers-reference|developers-reference|/usr/share/developers-reference|index.html|Sphinx (nature theme)
apache2|apache2-doc|/usr/share/doc/apache2-doc/manual|index.html|hand-made XSLT, 12 language folders
debian-reference|debian-reference-en|/usr/share/debian-reference|index.en.html|DocBook XSL (one page per chapter)
maint-guide|maint-guide|/usr/share/doc/maint-guide/html|index.en.html|DocBook XSL (one page per chapter)
git|git-doc|/usr/share/doc/git-doc|git.html user-manual.html|asciidoc (man pages and guides)
gnucash|gnucash-docs|/usr/share/doc/gnucash-docs|gnucash-guide-en/index.html gnucash-guide-de/index.html gnucash-guide-it/index.html gnucash-guide-ja/index.html gnucash-guide-pt/index.html gnucash-help-en/index.html gnucash-help-de/index.html gnucash-help-it/index.html gnucash-help-pt/index.html|DocBook XSL (yelp), guide and help in 5 languages
ikiwiki|ikiwiki|/usr/share/doc/ikiwiki/html|index.html|ikiwiki (wiki compiler; news.html inlines whole posts)
'

die() { echo "real-sites: $*" >&2; exit 1; }
[ -f "$JAR" ] || die "no $JAR: build it first with mvn -B -DskipTests clean package"
command -v wget >/dev/null || die "wget is not installed"
command -v python3 >/dev/null || die "python3 is not installed"

ONLY=("$@")
wanted() { # is site $1 selected by the SITE arguments?
  [ ${#ONLY[@]} -eq 0 ] && return 0
  local s; for s in "${ONLY[@]}"; do [ "$s" = "$1" ] && return 0; done; return 1
}

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }

ensure_package() {
  installed "$1" && return 0
  if [ "$(id -u)" -ne 0 ]; then
    echo "real-sites: $1 is not installed and this is not root: skipping its site" >&2
    return 1
  fi
  echo "real-sites: apt-get install -y $1" >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y "$1" >"$WORKDIR/log/apt-$1.log" 2>&1 \
    || { echo "real-sites: could not install $1 (see $WORKDIR/log/apt-$1.log): skipping" >&2; return 1; }
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

SERVER_PID=
stop_server() { [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=; }
trap stop_server EXIT

crawl() { # name root starts
  local name=$1 root=$2 starts=$3 port urls=() s
  port=$(free_port)
  python3 -m http.server --bind 127.0.0.1 --directory "$root" "$port" >"$WORKDIR/log/server-$name.log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 50); do
    python3 -c "import socket; socket.create_connection(('127.0.0.1',$port),1)" 2>/dev/null && break
    sleep 0.1
  done
  for s in $starts; do urls+=("http://127.0.0.1:$port/$s"); done
  rm -rf "$WORKDIR/mirror/$name" "$WORKDIR/warc/$name.warc.gz"
  # --mirror: recursive, infinite depth, timestamps; --no-parent keeps each crawl under its start folder;
  # wget never leaves the start host unless told (-H), so no external host is fetched. Exit code 8 means
  # some links were broken (404s are real on these sites) and 4 that some were refused (links to this
  # host on other ports, e.g. http://127.0.0.1/...): neither is a failure of the crawl, an empty one is.
  local rc=0
  wget --mirror --no-parent -e robots=off --no-verbose --quota=300m \
    --reject-regex '\.(png|jpe?g|gif|svg|ico|css|js|woff2?|ttf|eot|txt|pdf|zip|gz|bz2|xz|tar)([?#].*)?$' \
    --warc-file="$WORKDIR/warc/$name" --no-warc-keep-log \
    --directory-prefix="$WORKDIR/mirror/$name" --output-file="$WORKDIR/log/wget-$name.log" \
    "${urls[@]}" || rc=$?
  stop_server
  [ $rc -eq 0 ] || [ $rc -eq 4 ] || [ $rc -eq 8 ] \
    || die "wget failed on $name (exit $rc, see $WORKDIR/log/wget-$name.log)"
  grep -q ' URL:' "$WORKDIR/log/wget-$name.log" || die "wget fetched no page of $name (see $WORKDIR/log/wget-$name.log)"
}

mkdir -p "$WORKDIR/warc" "$WORKDIR/out/sweep" "$WORKDIR/mirror" "$WORKDIR/log"
# First every crawl (seconds each), then every scan (minutes), so the WARCs are there early.
: >"$WORKDIR/sites.tsv"
while IFS='|' read -r -u 3 name pkg root starts template; do
  [ -n "$name" ] || continue
  wanted "$name" || continue
  ensure_package "$pkg" || continue
  [ -d "$root" ] || { echo "real-sites: $root missing although $pkg is installed: skipping" >&2; continue; }
  echo "real-sites: $name: crawl" >&2
  crawl "$name" "$root" "$starts"
  printf '%s\t%s\t%s\t%s\n' "$name" "$template" "$pkg" "$(dpkg-query -W -f='${Version}' "$pkg")" \
    >>"$WORKDIR/sites.tsv"
done 3<<<"$SITES"

while IFS=$'\t' read -r -u 3 name _; do
  echo "real-sites: $name: scan" >&2
  rm -rf "$WORKDIR/out/$name"
  java -jar "$JAR" scan --quiet "$WORKDIR/warc/$name.warc.gz" --out "$WORKDIR/out/$name"
  for t in $SWEEP; do
    rm -rf "$WORKDIR/out/sweep/$name-$t"
    java -jar "$JAR" scan --quiet --restated-share "$t" "$WORKDIR/warc/$name.warc.gz" \
      --out "$WORKDIR/out/sweep/$name-$t"
  done
done 3<"$WORKDIR/sites.tsv"

# The table class is one source file run by Java's source launcher against the jar (which holds Commons
# CSV), so no build profile is needed; -Pbench compiles it too.
java -cp "$JAR" "$REPO/src/bench/java/org/dupscan/bench/RealSitesTable.java" \
  "$WORKDIR/sites.tsv" "$WORKDIR/out" "$SWEEP" | tee "$WORKDIR/table.md"
