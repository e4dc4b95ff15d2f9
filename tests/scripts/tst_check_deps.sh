#!/usr/bin/env bash
# Test of scripts/check-deps on the real build directory: with setup.sh's own
# list it passes; with a list that lacks a package the build needs, it fails
# and names that package.
#   tst_check_deps.sh SOURCE_DIR BUILD_DIR
set -uo pipefail
src=$1 build=$2
check=$src/scripts/check-deps
failures=0

if ! command -v dpkg-query >/dev/null || ! command -v apt-cache >/dev/null; then
    echo "FAIL: this test needs a Debian system (dpkg-query, apt-cache)"; exit 1
fi

out=$("$check" "$build" 2>&1); rc=$?
if [ $rc -ne 0 ]; then
    echo "FAIL: check-deps fails with scripts/setup.sh's own list:"; echo "$out"; failures=$((failures + 1))
else
    echo "PASS: full list: $out"
fi

packages=$(source "$src/scripts/setup.sh"; echo "${PACKAGES[@]}")
# Each of these is needed (CMake config, linked library, Qt plugin, test tool)
# and is not pulled in by any other entry of the list.
for needed in libqt6opengl6-dev libical-dev qt6-charts-dev poppler-utils python3-icalendar xvfb; do
    case " $packages " in *" $needed "*) ;; *) echo "FAIL: $needed is not in PACKAGES"; failures=$((failures + 1)); continue ;; esac
    reduced=$(echo " $packages " | sed "s/ $needed / /")
    out=$(RAPPORT_PACKAGES="$reduced" "$check" "$build" 2>&1); rc=$?
    if [ $rc -eq 1 ] && grep -q "add $needed to PACKAGES" <<<"$out"; then
        echo "PASS: without $needed: $(grep "add $needed" <<<"$out" | head -n1)"
    else
        echo "FAIL: without $needed check-deps exited $rc and said:"; echo "$out"; failures=$((failures + 1))
    fi
done

# A file that no package installed (as by a manual install) fails too.
fake=$(mktemp -d)
mkdir -p "$fake/cmake/Fake"
touch "$fake/cmake/Fake/FakeConfig.cmake"
cp "$build/CMakeCache.txt" "$fake/CMakeCache.txt"
cp "$build/build.ninja" "$fake/build.ninja"
echo "Fake_DIR:PATH=$fake/cmake/Fake" >>"$fake/CMakeCache.txt"
out=$("$check" "$fake" 2>&1); rc=$?
rm -rf "$fake"
if [ $rc -eq 1 ] && grep -q "no Debian package installed" <<<"$out"; then
    echo "PASS: an unowned CMake package is refused"
else
    echo "FAIL: an unowned CMake package: exit $rc:"; echo "$out"; failures=$((failures + 1))
fi

[ $failures -eq 0 ] && echo "all passed" || echo "$failures failed"
[ $failures -eq 0 ]
