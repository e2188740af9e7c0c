#!/usr/bin/env bash
# DESIGN.md: "cold start to a drawn map ≤ 3 s". Starts the desktop app (`./onemap`: the launcher's own java
# command and its AppCDS archive) RUNS times on a WIDTHxHEIGHT Xvfb screen
# and prints, per run, the time from the JVM's start to the first view fully drawn (every tile on screen
# loaded, labels placed: -Donemap.startup.report=true), then the median. Each run opens a copy of
# WORKSPACE (default: a freshly seeded one, not timed), so no run finds another's caches.
#   bench/cold-start.sh [RUNS=5] [WORKSPACE] [WIDTHxHEIGHT=1920x1080]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
runs=${1:-5}
size=${3:-1920x1080}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export ONEMAP_HOME="$work/home"
if [ -n "${2:-}" ]; then src=$2; else
  src="$work/seeded"
  "$root/onemap" layers --workspace "$src" >/dev/null   # builds the app if needed, seeds the sample workspace
fi
# the first start after a build records the desktop's AppCDS archive when it exits (see ./onemap): do that
# untimed, as a user's first start after installing; ONEMAP_NO_CDS=1 measures without the archive
rm -rf "$work/ws"; cp -r "$src" "$work/ws"
ONEMAP_NO_BUILD=1 ONEMAP_JAVA_OPTS="${ONEMAP_JAVA_OPTS:-} -Donemap.startup.report=true -Donemap.startup.exit=true" \
  timeout 120 xvfb-run -a -s "-screen 0 ${size}x24" "$root/onemap" --workspace "$work/ws" >/dev/null 2>&1 || true
times=()
for i in $(seq "$runs"); do
  rm -rf "$work/ws"; cp -r "$src" "$work/ws"
  line=$(ONEMAP_NO_BUILD=1 ONEMAP_JAVA_OPTS="${ONEMAP_JAVA_OPTS:-} -Donemap.startup.report=true -Donemap.startup.exit=true" \
    timeout 120 xvfb-run -a -s "-screen 0 ${size}x24" "$root/onemap" --workspace "$work/ws" 2>&1 | grep -m1 "map drawn" || true)
  [ -n "$line" ] || { echo "run $i: the map was not drawn within 120 s" >&2; exit 1; }
  ms=$(sed -n 's/.*map drawn \([0-9]*\) ms.*/\1/p' <<<"$line")
  echo "run $i (load $(cut -d' ' -f1 /proc/loadavg)): $line" >&2
  times+=("$ms")
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}')
echo "cold start to a drawn map, $size, $runs runs: [${times[*]}] ms, median $median ms (target ≤ 3000 ms); $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
