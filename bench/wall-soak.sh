#!/usr/bin/env bash
# Compressed soak of the wall display (issue 8): runs `./onemap --wall` — the launcher's own java
# command line — on a 3840x2160 Xvfb screen for HOURS with the carousel compressed to 5 s per view
# and live updates replayed at 10 messages/s per live layer (machinery + sensor = 20/s), then writes
# OUTDIR/summary.md (samples, heap slope by least squares, max FX stall, counts).
#   bench/wall-soak.sh [HOURS=2.1] [OUTDIR=${TMPDIR:-/tmp}/onemap-soak]
# The classpath is copied into OUTDIR/cp first (a frozen copy: later builds of the tree cannot change
# the running soak); the workspace is OUTDIR/ws (seeded on first start), the wall config OUTDIR/walls.
# The app samples itself (-Donemap.soak.log): heap after a full GC at 1 min, then every 10 min.
# Optional env: SOAK_HOLD_SECONDS (5), SOAK_RATE (messages/s per layer, 10), SOAK_EVERY_SECONDS (600),
# SOAK_AUTO_ACK_SECONDS (20: open alerts pause the carousel, so a stand-in operator acknowledges them),
# ONEMAP_MQTT_URL (use the broker instead of the replay; publish yourself), SOAK_JAVA_OPTS.
# Needs: xvfb (xvfb-run), a CJK font, a built tree (it runs `mvn -o -pl app -am compile` if needed).
set -euo pipefail
hours=${1:-2.1}
out=${2:-${TMPDIR:-/tmp}/onemap-soak}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
hold=${SOAK_HOLD_SECONDS:-5}
rate=${SOAK_RATE:-10}
ack=${SOAK_AUTO_ACK_SECONDS:-20}   # a stand-in operator acknowledges alerts after 20 s, else the carousel stays paused
every=${SOAK_EVERY_SECONDS:-600}
secs=$(awk -v h="$hours" 'BEGIN { printf "%d", h * 3600 }')
mkdir -p "$out"

log() { echo "wall-soak: $(date -u +%H:%M:%S) $*"; }

# 1. frozen classpath: app classes + every runtime entry, sibling modules from this tree
cp_file="$root/app/target/runtime-classpath.txt"
if [ ! -f "$cp_file" ] || [ ! -d "$root/app/target/classes/org/onemap/app/wall" ]; then
  log "building (mvn -o -pl app -am compile)"
  (cd "$root" && mvn -q -o -B -pl app -am compile)
fi
rm -rf "$out/cp"
mkdir -p "$out/cp/lib"
cp -r "$root/app/target/classes" "$out/cp/app"
entries=("$out/cp/app")
IFS=: read -r -a deps < "$cp_file" || true   # no newline at the end: read says EOF
for d in "${deps[@]}"; do
  if [[ $d =~ /org/onemap/onemap-([a-z-]+)/ ]] && [ -d "$root/${BASH_REMATCH[1]}/target/classes" ]; then
    d="$root/${BASH_REMATCH[1]}/target/classes"   # this tree's module, not whatever ~/.m2 holds now
  fi
  if [ -d "$d" ]; then
    name=$(basename "$(dirname "$(dirname "$d")")")
    cp -r "$d" "$out/cp/$name"
    entries+=("$out/cp/$name")
  else
    cp "$d" "$out/cp/lib/"
    entries+=("$out/cp/lib/$(basename "$d")")
  fi
done
classpath=$(IFS=:; echo "${entries[*]}")
log "classpath frozen in $out/cp ($(du -sh "$out/cp" | cut -f1))"

# 2. the launcher's desktop java options (see ./onemap) plus the soak's own
java_opts=(-Dfile.encoding=UTF-8 -Dsun.jnu.encoding=UTF-8 -Xss4m -Dprism.lcdtext=false -XX:SoftRefLRUPolicyMSPerMB=10 -Xmx2g -XX:MaxGCPauseMillis=40
  -Donemap.soak.log="$out/samples.tsv" -Donemap.soak.firstSeconds=60 -Donemap.soak.everySeconds="$every"
  -Donemap.wall.holdSeconds="$hold" -Donemap.live.rate="$rate" -Donemap.wall.autoAckSeconds="$ack"
  -Xlog:gc:file="$out/gc.log":time,uptime)
rm -f "$out/samples.tsv"
export ONEMAP_WALL_PIN=${ONEMAP_WALL_PIN:-soak-2468} ONEMAP_WALL_DIR="$out/walls" ONEMAP_WALL_NAME=soak
log "starting the wall for $hours h ($secs s): hold ${hold}s, replay ${rate} msg/s per layer, samples every ${every}s"
start=$(date -u +%s)
set +e
# timeout inside xvfb-run: the JVM is stopped first, then xvfb-run takes its X server down
xvfb-run -a -s "-screen 0 3840x2160x24" \
  timeout --signal=TERM --kill-after=60 "$secs" \
  java "${java_opts[@]}" ${SOAK_JAVA_OPTS:-} -cp "$classpath" org.onemap.app.Main --workspace "$out/ws" --wall \
  > "$out/wall.log" 2>&1
rc=$?
set -e
end=$(date -u +%s)
log "wall stopped after $((end - start)) s (exit $rc; 124 = stopped by the timer as planned)"

# 3. summary
"$root/bench/wall-soak-summary.sh" "$out" "$hours" "$hold" "$rate" "$rc" > "$out/summary.md"
log "summary in $out/summary.md"
cat "$out/summary.md"
