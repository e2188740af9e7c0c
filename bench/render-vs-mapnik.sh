#!/usr/bin/env bash
# Renders N generated parcels (default 1M) to 1920x1080 PNGs, full extent and the centred 1/16 window,
# with `onemap render --layers parcel` and with Mapnik (python3-mapnik) on the SAME shapefile in the
# same style, whole process each, runs interleaved; prints raw times, medians and ratios, the heap
# held with the parcels' render cache resident, and writes a side-by-side image.
#
# usage: bench/render-vs-mapnik.sh [RUNS=3] [PARCELS=1000000] [WORKDIR=mktemp]
# needs: apt-get install -y python3-mapnik mapnik-utils imagemagick bc
# ONEMAP_BENCH_NO_BUILD=1 times the classes already built (app/target + ~/.m2) without ./onemap's rebuild;
# ONEMAP_JAVA_OPTS is passed to the JVM by ./onemap; ONEMAP_NO_CDS=1 times it without its AppCDS archive.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
runs=${1:-3}
parcels=${2:-1000000}
work=${3:-$(mktemp -d)}
mkdir -p "$work"
export ONEMAP_HOME="$work/home"          # render caches go to $ONEMAP_HOME/cache/render
ws="$work/ws"
gen="$work/gen"
py=/usr/bin/python3                       # the Debian python that has the mapnik module
size=1920x1080

# Build once, then run the CLI through ./onemap (its JVM flags and class-data sharing archive) but
# without its "sources changed?" rebuild check, so another engineer's edit cannot start a build inside
# a timed run.
[ -n "${ONEMAP_BENCH_NO_BUILD:-}" ] || "$root/onemap" --version >/dev/null || echo "warning: ./onemap could not build; timing the classes already in app/target" >&2
[ -f "$root/app/target/classes/org/onemap/app/Main.class" ] || { echo "no built app in app/target" >&2; exit 1; }
onemap() { ONEMAP_NO_BUILD=1 "$root/onemap" "$@"; }

if [ ! -f "$gen/parcels.shp" ]; then
  echo "== generate $parcels parcels" >&2
  onemap generate --parcels "$parcels" --no-xlsx --out "$gen" >&2
fi
if [ ! -f "$ws/workspace.mv.db" ]; then
  echo "== import into $ws (layer parcel)" >&2
  # A new workspace is seeded with 20k parcels of its own: drop that layer and import the 1M file as a
  # new layer, so the benchmark draws exactly the shapefile Mapnik draws.
  onemap sql "DROP TABLE parcel" --workspace "$ws" >/dev/null
  onemap sql "DELETE FROM ONEMAP_LAYER WHERE NAME = 'parcel'" --workspace "$ws" >/dev/null
  ONEMAP_NO_BUILD=1 /usr/bin/time -f "import: %e s" "$root/onemap" import "$gen/parcels.shp" --layer parcel --workspace "$ws" >&2
fi
shapeindex "$gen/parcels.shp" >/dev/null
mapfile -t boxes < <("$py" "$root/bench/mapnik/render_parcels.py" --boxes "$gen/parcels.shp")
full=${boxes[0]}
window=${boxes[1]}
echo "full extent bbox $full; 1/16 window bbox $window" >&2

# Each run's CPU time (user + sys) goes to $cpu_log too: on a shared machine it is steadier than wall time.
cpu_log="$work/cpu-times.txt"
cpu() { local who=$1; shift; /usr/bin/time -a -o "$cpu_log" -f "$who %U %S" "$@"; }
ours() { ONEMAP_NO_BUILD=1 cpu "ours-$1" "$root/onemap" render --out "$work/onemap-$1.png" --size $size --bbox "$2" --layers parcel --workspace "$ws" >/dev/null; }
mapnik() { cpu "mapnik-$1" "$py" "$root/bench/mapnik/render_parcels.py" "$gen/parcels.shp" "$work/mapnik-$1.png" 1920 1080 "$2"; }
# a failed run must not pass for a fast one: it prints FAILED in place of its time
seconds() { local t0 t1; t0=$(date +%s.%N); if "$@"; then t1=$(date +%s.%N); echo "$t1 - $t0" | bc; else echo FAILED; fi; }
median() { tr ' ' '\n' | grep . | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

echo "== first render after import (builds and stores the render cache): $(seconds ours full "$full") s" >&2
mapnik full "$full"   # warm the page cache for Mapnik too

: > "$cpu_log"
declare -A t
for case in full window; do
  box=$full; [ $case = window ] && box=$window
  for i in $(seq "$runs"); do
    t[ours-$case]+="$(seconds ours $case "$box") "
    t[mapnik-$case]+="$(seconds mapnik $case "$box") "
  done
done

echo "ONEMAP_JAVA_OPTS='${ONEMAP_JAVA_OPTS:-}'"
for k in ours-full mapnik-full ours-window mapnik-window; do
  echo "$k CPU (user+sys) s: $(grep "^$k " "$cpu_log" | awk '{printf "%.2f ", $2 + $3}')"
done
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(java -version 2>&1 | head -1), mapnik $("$py" -c 'import mapnik; print(mapnik.mapnik_version())'), load average $(cut -d' ' -f1-3 /proc/loadavg)"
for case in full window; do
  o=$(echo "${t[ours-$case]}" | median)
  m=$(echo "${t[mapnik-$case]}" | median)
  echo "$case: onemap [${t[ours-$case]% }] median $o s; mapnik [${t[mapnik-$case]% }] median $m s; mapnik/onemap = $(echo "scale=2; $m / $o" | bc)x"
done

echo "== heap with the parcel render cache resident (-Xmx1500m), and in-process draw times" >&2
mvn -q -o -f "$root/pom.xml" -pl bench compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt >&2
java -Xmx1500m -Djava.awt.headless=true -cp "$root/bench/target/classes:$(cat "$root/bench/target/classpath.txt")" \
  org.onemap.bench.ParcelRenderBenchmark "$ws" parcel "$full" 5

if command -v convert >/dev/null; then
  convert "$work/onemap-full.png" "$work/mapnik-full.png" +append "$work/full.png"
  convert "$work/onemap-window.png" "$work/mapnik-window.png" +append "$work/window.png"
  convert "$work/full.png" "$work/window.png" -append -resize 50% "$work/render-vs-mapnik.png"
  echo "side by side (left OneMap, right Mapnik; top full extent, bottom 1/16 window): $work/render-vs-mapnik.png"
fi
