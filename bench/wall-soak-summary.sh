#!/usr/bin/env bash
# Markdown summary of a wall soak (bench/wall-soak.sh) from OUTDIR/samples.tsv: the samples, the heap
# slope in MB/h by least squares (all samples, and from 10 min on, after warm-up), max FX stall,
# stall count, carousel views, live updates received/applied and their rate.
#   bench/wall-soak-summary.sh OUTDIR [HOURS] [HOLD] [RATE] [EXIT]
set -euo pipefail
out=$1; hours=${2:-?}; hold=${3:-?}; rate=${4:-?}; rc=${5:-?}
tsv="$out/samples.tsv"
[ -s "$tsv" ] || { echo "wall-soak-summary: no samples in $tsv (see $out/wall.log)" >&2; exit 1; }
echo "# Wall soak: $hours h compressed carousel + live updates"
echo
echo "Screen 3840x2160 (Xvfb), carousel hold ${hold} s, replay ${rate} msg/s per live layer (machinery, sensor),"
echo "wall exit code $rc (124 = stopped by the timer). Heap = used heap right after a full GC."
echo
awk -F'\t' '
NR == 1 { next }
{
  n++; t[n] = $2 / 3600; h[n] = $3; line[n] = $0
  maxstall = $5; stalls = $6; frames = $7; views = $8; recv = $9; appl = $10; last = $2; vstalls = $11
  if (n == 1) { stalls1 = $6; frames1 = $7; vstalls1 = $11 }
}
function slope(from,   i, k, sx, sy, sxx, sxy) {
  k = 0; sx = sy = sxx = sxy = 0
  for (i = 1; i <= n; i++) if (t[i] * 3600 >= from) { k++; sx += t[i]; sy += h[i]; sxx += t[i] * t[i]; sxy += t[i] * h[i] }
  if (k < 2 || k * sxx - sx * sx == 0) return "n/a"
  return sprintf("%+.2f MB/h over %d samples", (k * sxy - sx * sy) / (k * sxx - sx * sx), k)
}
END {
  print "| elapsed | heap after GC (MB) | heap committed (MB) | max stall (ms) | stalls > 100 ms | frames | carousel views | updates received | updates applied | since the sample before: stalls / frames / in view changes / longest (ms) |"
  print "|---|---|---|---|---|---|---|---|---|---|"
  ps = 0; pf = 0; pv = 0
  for (i = 1; i <= n; i++) {
    split(line[i], f, "\t")
    iv = (f[11] == "" ? "n/a" : sprintf("%d / %d / %d / %s", f[6] - ps, f[7] - pf, f[11] - pv, (f[12] == "" ? "n/a" : f[12])))
    printf "| %d min | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", f[2] / 60, f[3], f[4], f[5], f[6], f[7], f[8], f[9], f[10], iv
    ps = f[6]; pf = f[7]; pv = f[11]
  }
  min = h[1]; max = h[1]
  for (i = 1; i <= n; i++) { if (h[i] < min) min = h[i]; if (h[i] > max) max = h[i] }
  print ""
  printf "- heap slope (least squares): %s; from 10 min on: %s\n", slope(0), slope(600)
  printf "- heap after GC: min %.1f MB, max %.1f MB\n", min, max
  printf "- max FX stall: %s ms; stalls over 100 ms: %s in %s frames", maxstall, stalls, frames
  if (vstalls != "") printf " (%s of them within 3 s of a carousel view change)", vstalls
  print ""
  if (n > 1 && vstalls != "")
    printf "- after the first sample (start-up and seeding left out): %d stalls in %d frames (%.2f %%), %d of them within 3 s of a view change, %d at rest\n", \
      stalls - stalls1, frames - frames1, (frames > frames1 ? 100 * (stalls - stalls1) / (frames - frames1) : 0), vstalls - vstalls1, (stalls - stalls1) - (vstalls - vstalls1)
  printf "- carousel views shown: %s; live updates received %s (%.1f/s), applied %s (coalesced per frame)\n", views, recv, (last > 0 ? recv / last : 0), appl
}' "$tsv"
