#!/usr/bin/env bash
# Imports the same files with `onemap import` and with `ogr2ogr -f GPKG`, whole process each, runs
# interleaved (the machine is shared and noisy); prints raw wall times, CPU seconds (user + sys) and peak RSS (/usr/bin/time -v),
# medians and ratios.
#   case 1: N generated parcels (default 1M), GBK shapefile → a new workspace layer (spatial index
#           included) vs → GeoPackage (ogr2ogr builds its R-tree by default)
#   case 2: a generated 100k-row xlsx with 质心经度/质心纬度 (centroid lon/lat) columns → a point layer vs → GeoPackage points
#           (ogr2ogr reads the sheet through a VRT with PointFromColumns, see below)
# Every onemap run imports into a fresh copy of one freshly seeded workspace (the copy is not timed;
# seeding a new workspace is not part of an import).
#
# usage: bench/import-vs-ogr2ogr.sh [RUNS=3] [PARCELS=1000000] [WORKDIR=mktemp] [XLSX_ROWS=100000]
# needs: gdal-bin (ogr2ogr, ogrinfo), /usr/bin/time, bc
# CASES="shp xlsx" (default) or one of them, e.g. CASES=xlsx to time only the spreadsheet case.
# ONEMAP_BENCH_NO_BUILD=1 times the classes already built without ./onemap's rebuild check; the modules'
# target/classes of this checkout come first on the classpath, so what is timed is this tree's code.
# ONEMAP_BENCH_LAUNCHER=1 times `./onemap import` itself instead (ONEMAP_NO_BUILD=1: its JVM flags and its
# AppCDS archive, recorded by the first, untimed, import below; the installed module jars, not target/classes).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
runs=${1:-3}
parcels=${2:-1000000}
work=${3:-$(mktemp -d)}
xrows=${4:-100000}
cases=${CASES:-shp xlsx}
mkdir -p "$work"
export ONEMAP_HOME="$work/home"

[ -n "${ONEMAP_BENCH_NO_BUILD:-}" ] || "$root/onemap" --version >/dev/null || echo "warning: ./onemap could not build; timing the classes already built" >&2
[ -f "$root/app/target/classes/org/onemap/app/Main.class" ] || { echo "no built app in app/target" >&2; exit 1; }
cp="$root/app/target/classes"
for m in core data-sources data-import sample-data map-layers thematic-maps; do
  [ -d "$root/$m/target/classes" ] && cp="$cp:$root/$m/target/classes"
done
cp="$cp:$(cat "$root/app/target/runtime-classpath.txt")"
# a java command without the launcher's rebuild check, as a script so that /usr/bin/time can run it:
# java_script FILE OPTIONS…
java_script() {
  local file=$1; shift
  printf '#!/usr/bin/env bash\nexec java %s %s -cp "%s" org.onemap.app.Main "$@"\n' "$*" "${ONEMAP_JAVA_OPTS:-}" "$cp" > "$file"
  chmod +x "$file"
}
# untimed commands (generate, layers, sql)
java_script "$work/onemap" -Dfile.encoding=UTF-8 -Xss4m -Djava.awt.headless=true -XX:+UseSerialGC
onemap() { "$work/onemap" "$@"; }
# the launcher's JVM options for importing FILE (C1 only or not by input size, collector by format: see ./onemap)
import_script() { java_script "$1" $(ONEMAP_NO_BUILD=1 ONEMAP_PRINT_JAVA_OPTS=1 "$root/onemap" import "$2"); }

gen="$work/gen"
genx="$work/genx"
if [[ " $cases " == *" shp "* ]] && [ ! -f "$gen/parcels.shp" ]; then
  echo "== generate $parcels parcels (GBK shapefile)" >&2
  onemap generate --parcels "$parcels" --no-xlsx --out "$gen" >&2
fi
if [[ " $cases " == *" xlsx "* ]] && [ ! -f "$genx/parcels.xlsx" ]; then
  echo "== generate $xrows parcels with xlsx (labelled generated; only the xlsx is used)" >&2
  onemap generate --parcels "$xrows" --out "$genx" >&2
fi
sheet=地块调查
# GDAL's XLSX driver has no X/Y_POSSIBLE_NAMES open options (those are the CSV driver's), so the peer
# reads the sheet through a VRT that builds points from the 质心经度/质心纬度 columns (no SpatiaLite needed).
cat > "$work/survey.vrt" <<EOF
<OGRVRTDataSource>
  <OGRVRTLayer name="survey_xlsx">
    <SrcDataSource>$genx/parcels.xlsx</SrcDataSource>
    <SrcLayer>$sheet</SrcLayer>
    <GeometryType>wkbPoint</GeometryType>
    <LayerSRS>EPSG:4326</LayerSRS>
    <GeometryField encoding="PointFromColumns" x="质心经度" y="质心纬度"/>
  </OGRVRTLayer>
</OGRVRTDataSource>
EOF
import_script "$work/onemap-shp" "$gen/parcels.shp"
import_script "$work/onemap-table" "$genx/parcels.xlsx"
if [ -n "${ONEMAP_BENCH_LAUNCHER:-}" ]; then
  printf '#!/usr/bin/env bash\nONEMAP_NO_BUILD=1 exec "%s/onemap" "$@"\n' "$root" > "$work/onemap-shp"
  cp "$work/onemap-shp" "$work/onemap-table"   # the launcher picks the flags itself
fi
if [ ! -f "$work/ws0/workspace.mv.db" ]; then
  echo "== seed a pristine workspace (not timed)" >&2
  onemap layers --workspace "$work/ws0" >/dev/null
fi
if [ -n "${ONEMAP_BENCH_LAUNCHER:-}" ]; then
  # ./onemap records an import's AppCDS archive (one for spreadsheets, one for the rest) on the first import
  # after a build, which costs extra: do that here, untimed, on 100 generated parcels
  [ -f "$work/gen-small/parcels.xlsx" ] || onemap generate --parcels 100 --out "$work/gen-small" >/dev/null
  rm -rf "$work/ws"; cp -r "$work/ws0" "$work/ws"
  "$work/onemap-shp" import "$work/gen-small/parcels.shp" --layer warm_up_shp --workspace "$work/ws" >/dev/null
  "$work/onemap-table" import "$work/gen-small/parcels.xlsx" --sheet 地块调查 --x 质心经度 --y 质心纬度 --layer warm_up_xlsx --workspace "$work/ws" >/dev/null
fi

median() { tr ' ' '\n' | grep . | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
# runs "$@" under /usr/bin/time -v; appends wall "seconds" to t[$key], CPU seconds (user + sys) to u[$key]
# and "MB" to m[$key]; each run keeps its own log
declare -A t u m
timed() {
  local key=$1; shift
  local log="$work/time-$key-${i:-0}.log"
  /usr/bin/time -v "$@" >"$work/out-$key.log" 2>"$log" || { echo "$key failed:" >&2; tail -5 "$log" >&2; exit 1; }
  local wall cpu rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}' "$log")
  cpu=$(awk -F': ' '/User time|System time/ {s+=$2} END {printf "%.1f", s}' "$log")
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$log")
  t[$key]+="$wall "
  u[$key]+="$cpu "
  m[$key]+="$rss "
  echo "  $key: $wall s, CPU $cpu s, peak RSS $rss MB" >&2
}
loads=""
for i in $(seq "$runs"); do
  echo "== run $i (load $(cut -d' ' -f1-3 /proc/loadavg))" >&2
  loads+="$(cut -d' ' -f1 /proc/loadavg) "
  rm -rf "$work/ws" "$work/out.gpkg" "$work/outx.gpkg"; cp -r "$work/ws0" "$work/ws"
  if [[ " $cases " == *" shp "* ]]; then
    timed onemap-shp "$work/onemap-shp" import "$gen/parcels.shp" --layer parcel_bulk --workspace "$work/ws"
    timed ogr-shp ogr2ogr -f GPKG "$work/out.gpkg" "$gen/parcels.shp"
  fi
  if [[ " $cases " == *" xlsx "* ]]; then
    timed onemap-xlsx "$work/onemap-table" import "$genx/parcels.xlsx" --sheet "$sheet" --x 质心经度 --y 质心纬度 --layer survey_xlsx --workspace "$work/ws"
    timed ogr-xlsx ogr2ogr -f GPKG "$work/outx.gpkg" "$work/survey.vrt"
  fi
  loads+="$(cut -d' ' -f1 /proc/loadavg) "
done

echo "== check: both sides hold the same rows" >&2
for c in $cases; do
  layer=parcel_bulk; gpkg=out.gpkg; [ "$c" = xlsx ] && { layer=survey_xlsx; gpkg=outx.gpkg; }
  echo "$c: onemap layer $layer $(onemap sql "SELECT COUNT(*) FROM $layer" --workspace "$work/ws" | tail -1) rows;" \
       "ogr2ogr $(ogrinfo -so -al "$work/$gpkg" | grep -m1 'Feature Count')"
done

echo "ONEMAP_JAVA_OPTS='${ONEMAP_JAVA_OPTS:-}'"
for c in $cases; do echo "$c import: $(sed -n 's/^exec java \(.*\) -cp .*/\1/p' "$work/onemap-${c/xlsx/table}")"; done
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(java -version 2>&1 | head -1), $(ogr2ogr --version)"
echo "load average (1 min) at the start and end of each run: ${loads% }"
for c in $cases; do
  o=$(echo "${t[onemap-$c]}" | median); g=$(echo "${t[ogr-$c]}" | median)
  om=$(echo "${m[onemap-$c]}" | median); gm=$(echo "${m[ogr-$c]}" | median)
  oc=$(echo "${u[onemap-$c]}" | median); gc=$(echo "${u[ogr-$c]}" | median)
  echo "$c: onemap [${t[onemap-$c]% }] s median $o s, peak RSS [${m[onemap-$c]% }] MB median $om MB;" \
       "ogr2ogr [${t[ogr-$c]% }] s median $g s, peak RSS [${m[ogr-$c]% }] MB median $gm MB;" \
       "ogr2ogr/onemap time = $(echo "scale=2; $g / $o" | bc)x;" \
       "CPU onemap [${u[onemap-$c]% }] s median $oc s, ogr2ogr [${u[ogr-$c]% }] s median $gc s, ogr2ogr/onemap CPU = $(echo "scale=2; $gc / $oc" | bc)x"
done
