#!/bin/bash
# The .deb that CPack makes from the install rules (cmake/packaging.cmake):
# its contents are where Debian expects them, the desktop entry and the
# AppStream metainfo validate, its dependencies name the Qt libraries, and
# — installed with dpkg (as root; else unpacked into a folder) — the
# installed rapport-cli prints the project's version and the installed
# rapport opens a new database under Xvfb and draws its window.
#   tests/packaging/tst_deb.sh SOURCE_DIR BUILD_DIR
set -uo pipefail
SRC=$1
BUILD=$2
tmp=$(mktemp -d /tmp/rapport-deb.XXXXXX)
installed=0
cleanup() {
    [ "$installed" = 1 ] && dpkg -r rapport >/dev/null 2>&1
    rm -rf "$tmp"
}
trap cleanup EXIT
failures=0
checks=0
pass() { checks=$((checks + 1)); }
failed() { checks=$((checks + 1)); failures=$((failures + 1)); echo "FAIL: $*"; }
check() { if eval "$2"; then pass; else failed "$1"; fi; }

version=$(sed -n 's/^ *VERSION \([0-9.]*\)$/\1/p' "$SRC/CMakeLists.txt" | head -1)
[ -n "$version" ] || { echo "FAIL: no project(VERSION) in CMakeLists.txt"; exit 1; }

if ! (cd "$BUILD" && cpack -G DEB -B "$tmp/out" >"$tmp/cpack.log" 2>&1); then
    cat "$tmp/cpack.log"
    echo "FAIL: cpack -G DEB"
    exit 1
fi
deb=$(ls "$tmp"/out/rapport_"$version"_*.deb 2>/dev/null | head -1)
[ -n "$deb" ] || { ls -R "$tmp/out"; echo "FAIL: no rapport_${version}_*.deb"; exit 1; }
echo "package: $(basename "$deb"), $(du -k "$deb" | cut -f1) KB"

dpkg-deb -c "$deb" >"$tmp/contents"
for path in ./usr/bin/rapport ./usr/bin/rapport-cli ./usr/share/applications/kz.rapport.Rapport.desktop \
    ./usr/share/metainfo/kz.rapport.Rapport.metainfo.xml ./usr/share/icons/hicolor/48x48/apps/rapport.png \
    ./usr/share/icons/hicolor/512x512/apps/rapport.png ./usr/share/icons/hicolor/scalable/apps/rapport.svg \
    ./usr/share/doc/rapport/LICENSE ./usr/share/doc/rapport/guide/README.md; do
    check "the package holds $path" "grep -q ' $path\$' '$tmp/contents'"
done
check "nothing outside /usr" "! awk '{print \$6}' '$tmp/contents' | grep -v '^\./usr' | grep -v '^\./\$' | grep -q ."
depends=$(dpkg-deb -f "$deb" Depends)
check "Depends names Qt's widgets library (dpkg-shlibdeps): $depends" "echo '$depends' | grep -q 'libqt6widgets6'"
check "Depends names the SQLite driver" "echo '$depends' | grep -q 'libqt6sql6-sqlite'"
check "Version is project(VERSION)" "[ \"\$(dpkg-deb -f '$deb' Version)\" = '$version' ]"

mkdir -p "$tmp/root"
dpkg-deb -x "$deb" "$tmp/root"
check "desktop-file-validate" "desktop-file-validate '$tmp/root/usr/share/applications/kz.rapport.Rapport.desktop' >'$tmp/desktop.log' 2>&1 || { cat '$tmp/desktop.log'; false; }"
check "appstreamcli validate" "appstreamcli validate --no-net --pedantic '$tmp/root/usr/share/metainfo/kz.rapport.Rapport.metainfo.xml' >'$tmp/appstream.log' 2>&1 || { cat '$tmp/appstream.log'; grep -q 'Validation was successful' '$tmp/appstream.log'; }"

prefix=$tmp/root/usr
if [ "$(id -u)" = 0 ] && ! dpkg-query -W rapport >/dev/null 2>&1; then
    if dpkg -i "$deb" >"$tmp/dpkg.log" 2>&1; then
        installed=1
        prefix=/usr
        pass
    else
        cat "$tmp/dpkg.log"
        failed "dpkg -i $(basename "$deb")"
    fi
fi
echo "running from $prefix/bin"
check "rapport-cli --version prints $version" "'$prefix/bin/rapport-cli' --version | grep -q '$version'"
check "rapport --version prints $version" "QT_QPA_PLATFORM=offscreen '$prefix/bin/rapport' --version | grep -q '$version'"
export XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data
xvfb-run -a -s "-screen 0 1280x800x24" "$prefix/bin/rapport" --db "$tmp/new.sqlite" --lang ru --screenshot "$tmp/shot.png" \
    >"$tmp/gui.log" 2>&1
check "the installed rapport drew its window ($(cat "$tmp/gui.log" | tail -1))" "[ \$(stat -c %s '$tmp/shot.png' 2>/dev/null || echo 0) -gt 20000 ]"
check "and made the database it was given" "'$prefix/bin/rapport-cli' --db '$tmp/new.sqlite' check | grep -q ok"
check "the screenshot is a PNG" "file '$tmp/shot.png' | grep -q 'PNG image data'"
[ -n "${RAPPORT_SHOT_DIR:-}" ] && mkdir -p "$RAPPORT_SHOT_DIR" && cp "$tmp/shot.png" "$RAPPORT_SHOT_DIR/installed-deb.png"

echo "deb package: $checks checks, $failures failed"
[ "$failures" = 0 ]
