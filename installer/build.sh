#!/usr/bin/env bash
# Builds OneMap as a jpackage app-image (installer/target/OneMap, launcher bin/OneMap) with a
# jlink-trimmed runtime, and a .deb (installer/target/*.deb) with desktop entry, icon and the
# .onemap-brief file association. Not part of `mvn verify` (it takes minutes); see README.md.
#
#   installer/build.sh               build the Maven reactor (app and what it needs), then package
#   installer/build.sh --no-maven    package the jars already built (app/target + ~/.m2)
#   installer/build.sh --image-only  skip the .deb
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
target="$here/target"
app_name=OneMap
app_version=0.1.0          # jpackage wants a numeric version; the project is 0.1.0-SNAPSHOT
maven=1
deb=1
for a in "$@"; do
  case "$a" in
    --no-maven) maven=0 ;;
    --image-only) deb=0 ;;
    *) echo "usage: installer/build.sh [--no-maven] [--image-only]" >&2; exit 2 ;;
  esac
done

step() { echo "build.sh: $*" >&2; }
need() { command -v "$1" >/dev/null || { echo "build.sh: error: '$1' not found ($2)" >&2; exit 1; }; }
need jpackage "a full JDK 17+ is required"
need jlink "a full JDK 17+ is required"
need jdeps "a full JDK 17+ is required"

if [ "$maven" = 1 ]; then
  step "building the app (mvn install -DskipTests -pl app -am)"
  (cd "$root" && mvn -q -B install -DskipTests -pl app -am)
else
  (cd "$root" && mvn -q -B -o package -DskipTests -pl app)   # app jar + runtime-classpath.txt only
fi
app_jar="$root/app/target/onemap-app-0.1.0-SNAPSHOT.jar"
cp_file="$root/app/target/runtime-classpath.txt"
[ -f "$app_jar" ] && [ -f "$cp_file" ] || { echo "build.sh: error: $app_jar or $cp_file missing: build the app first" >&2; exit 1; }

rm -rf "$target/input" "$target/runtime" "$target/$app_name" "$target"/*.deb "$target/resources"
mkdir -p "$target/input" "$target/resources"

step "collecting jars"
cp "$app_jar" "$target/input/"
IFS=: read -r -a jars < "$cp_file" || true   # no trailing newline: read says EOF
for j in "${jars[@]}"; do [ -n "$j" ] && cp "$j" "$target/input/"; done

step "drawing the icon"
java "$here/src/IconMaker.java" "$target/resources/$app_name.png" 256

step "finding the JDK modules the jars use (jdeps)"
mods=$(jdeps --print-module-deps --ignore-missing-deps --multi-release 17 \
        --class-path "$target/input/*" "$target/input/$(basename "$app_jar")" 2>/dev/null || true)
[ -n "$mods" ] || mods="java.base,java.desktop,java.sql,java.naming,java.management,java.logging,java.xml,java.scripting,jdk.unsupported"
# jdk.charsets: GBK shapefiles; jdk.jsobject: javafx-web; jdk.localedata: Chinese dates/numbers;
# jdk.zipfs + jdk.crypto.ec: zip file systems and TLS (PostGIS over SSL)
mods="$mods,jdk.charsets,jdk.jsobject,jdk.localedata,jdk.zipfs,jdk.crypto.ec,jdk.unsupported"
step "jlink runtime with: $mods"
jlink --add-modules "$mods" --strip-debug --no-header-files --no-man-pages --compress=2 --output "$target/runtime"

step "jpackage app-image"
jpackage --type app-image --name "$app_name" --app-version "$app_version" \
  --vendor "OneMap" --description "OneMap 数字乡村一张图 (Xiangtan digital-village GIS)" \
  --input "$target/input" --main-jar "$(basename "$app_jar")" --main-class org.onemap.app.Main \
  --runtime-image "$target/runtime" --icon "$target/resources/$app_name.png" \
  --java-options "-Dfile.encoding=UTF-8 -Dsun.jnu.encoding=UTF-8 -Xss4m -Dprism.lcdtext=false" \
  --dest "$target"
# the desktop entry's opener: a double-clicked briefing arrives as one file argument, a menu start as none
cat > "$target/$app_name/bin/onemap-open" <<'OPEN'
#!/bin/sh
# Opens the briefing given as argument (desktop file association), else starts OneMap.
here=$(dirname "$(readlink -f "$0")")
if [ $# -gt 0 ]; then exec "$here/OneMap" brief view "$1"; fi
exec "$here/OneMap"
OPEN
chmod 755 "$target/$app_name/bin/onemap-open"
echo "build.sh: app-image: $target/$app_name (launcher $target/$app_name/bin/$app_name)" >&2

if [ "$deb" = 1 ]; then
  need fakeroot "apt-get install fakeroot"
  need dpkg-deb "apt-get install dpkg-dev"
  cat > "$target/resources/brief-association.properties" <<PROPS
extension=onemap-brief
mime-type=application/x-onemap-brief
description=OneMap briefing package
icon=$target/resources/$app_name.png
PROPS
  # our own desktop entry: jpackage 17's omits the file argument, so a double-clicked briefing would not reach the app
  cat > "$target/resources/$app_name.desktop" <<DESKTOP
[Desktop Entry]
Name=$app_name
GenericName=Digital village GIS
Name[zh_CN]=数字乡村一张图
Comment=OneMap 数字乡村一张图 (Xiangtan digital-village GIS)
Exec=/opt/onemap/bin/onemap-open %f
Icon=/opt/onemap/lib/$app_name.png
Terminal=false
Type=Application
Categories=Science;Geography;
MimeType=application/x-onemap-brief;
DESKTOP
  step "jpackage .deb (depends on libgtk-3-0)"
  jpackage --type deb --app-image "$target/$app_name" --name "$app_name" --app-version "$app_version" \
    --vendor "OneMap" --description "OneMap 数字乡村一张图 (Xiangtan digital-village GIS)" \
    --linux-package-name onemap --linux-package-deps "libgtk-3-0" --linux-shortcut \
    --linux-menu-group "Science;Geography;" --linux-app-category science \
    --icon "$target/resources/$app_name.png" \
    --file-associations "$target/resources/brief-association.properties" \
    --resource-dir "$target/resources" --dest "$target"
  echo "build.sh: deb: $(ls "$target"/*.deb)" >&2
fi
