#!/usr/bin/env bash
# DESIGN.md: "100 bbox-intersect counts on 1M parcels (embedded, warm): no slower than PostGIS with a GiST
# index". Loads WORKDIR/gen/parcels.shp (made by render-vs-mapnik.sh, whose WORKDIR/ws holds the same
# parcels as layer `parcel`) into a throw-away PostGIS database with ogr2ogr (GiST index, VACUUM ANALYZE),
# then runs org.onemap.bench.BboxCountBenchmark: the same seeded windows counted through OneMap's API on
# the embedded workspace and with SQL on PostGIS, passes alternating, counts checked equal.
#   bench/bbox-count-vs-postgis.sh WORKDIR [QUERIES=100] [PASSES=5] [SHARE=16]
# needs: PostgreSQL with PostGIS at 127.0.0.1:5432 (trust auth, as on every machine of this project), gdal-bin
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
work=${1:?usage: bench/bbox-count-vs-postgis.sh WORKDIR [QUERIES] [PASSES] [SHARE]}
[ -f "$work/gen/parcels.shp" ] && [ -f "$work/ws/workspace.mv.db" ] || { echo "run bench/render-vs-mapnik.sh first (it makes $work/gen and $work/ws)" >&2; exit 1; }
db=onemap_bench_bbox_$$
psql_() { psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q "$@"; }
psql_ -d postgres -c "CREATE DATABASE $db"
trap 'psql_ -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" || true' EXIT
psql_ -d "$db" -c "CREATE EXTENSION postgis"
echo "== load $(basename "$work/gen/parcels.shp") into PostGIS (GiST index)" >&2
ogr2ogr -f PostgreSQL "PG:host=127.0.0.1 user=postgres dbname=$db" "$work/gen/parcels.shp" -nln parcels \
  -lco GEOMETRY_NAME=geom -lco SPATIAL_INDEX=GIST -nlt PROMOTE_TO_MULTI -t_srs EPSG:4326
psql_ -d "$db" -c "VACUUM ANALYZE parcels"
mvn -q -o -f "$root/pom.xml" -pl bench compile >&2
cp="$root/bench/target/classes:$root/app/target/classes:$(cat "$root/app/target/runtime-classpath.txt")"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load average $(cut -d' ' -f1-3 /proc/loadavg), $(psql_ -d "$db" -At -c 'SELECT version()' | cut -d' ' -f1-2), PostGIS $(psql_ -d "$db" -At -c 'SELECT postgis_lib_version()')"
java -Xmx2g -cp "$cp" org.onemap.bench.BboxCountBenchmark "$work/ws" parcel \
  "jdbc:postgresql://127.0.0.1:5432/$db?user=postgres" parcels "${2:-100}" "${3:-5}" "${4:-16}"
