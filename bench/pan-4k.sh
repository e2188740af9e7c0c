#!/usr/bin/env bash
# Interactive map benchmark: the desktop MapPane in a 3840x2160 stage under Xvfb on a workspace (the
# 1M-parcel one made by render-vs-mapnik.sh), a scripted drag-pan then jumps to new viewports; prints
# frame-time and viewport-fill percentiles (org.onemap.bench.PanBenchmark).
#
# usage: bench/pan-4k.sh WORKSPACE [steps=200] [jumps=20] [pixelRatio=0 (app default)] [startZoom=13] [stepPx=12]
#        bench/pan-4k.sh --floor [steps=300] [stepPx=12]   (the floor: ready tile images panned, no map; FloorBenchmark)
# needs: apt-get install -y xvfb xauth libgtk-3-0 libgl1-mesa-dri fonts-wqy-microhei; the app built (./onemap --version)
# PRISM=sw (default): JavaFX's software pipeline. PRISM=es2: OpenGL ES2 through Mesa (llvmpipe under
# Xvfb) on the GTK glass platform; Prism refuses llvmpipe unless forced, and would quietly fall back to
# sw, so the script forces the GPU path and the harness prints the pipeline it really got.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
[ $# -ge 1 ] || { sed -n 6,7p "$0" >&2; exit 2; }
main=org.onemap.bench.PanBenchmark
if [ "$1" = --floor ]; then main=org.onemap.bench.FloorBenchmark; shift; fi
[ -f "$root/app/target/runtime-classpath.txt" ] || { echo "build the app first: ./onemap --version" >&2; exit 1; }
mvn -q -o -f "$root/pom.xml" -pl bench compile >&2    # MAVEN_OPTS=-Dmaven.repo.local=... for a private repository
cp="$root/bench/target/classes:$root/app/target/classes:$(cat "$root/app/target/runtime-classpath.txt")"
prism=${PRISM:-sw}
case $prism in
  sw) prism_opts=(-Dprism.order=sw) ;;
  es2) prism_opts=(-Dprism.order=es2 -Dprism.forceGPU=true -Dglass.platform=gtk) ;;
  *) echo "PRISM must be sw or es2, not '$prism'" >&2; exit 2 ;;
esac
# the JVM options the desktop runs with (the launcher's, e.g. how soon soft-referenced tiles go)
read -r -a app_opts <<< "$(ONEMAP_PRINT_JAVA_OPTS=1 ONEMAP_NO_BUILD=1 "$root/onemap")"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), prism $prism; launcher options: ${app_opts[*]}" >&2
# shellcheck disable=SC2086  # ONEMAP_JAVA_OPTS is a list of JVM flags
xvfb-run -a -s "-screen 0 3840x2160x24" java -Xmx3g "${app_opts[@]}" "${prism_opts[@]}" \
  ${ONEMAP_JAVA_OPTS:-} -cp "$cp" "$main" "$@"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
