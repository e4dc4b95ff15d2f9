#!/usr/bin/env bash
# A full disk: a 3 MB tmpfs in a private mount namespace (needs root or user
# namespaces). Demo data fills it; the run must fail with one line about the
# disk, and what was committed before must stay intact.
# The demo is one transaction: SQLite undoes all of it on SQLITE_FULL, and
# no later step may run on outside it (Transaction refuses once the
# connection has lost its transaction), so none of its clients remain.
# ctest runs it as tst_disk_full; by hand:
#   RAPPORT_CLI=build/app/rapport-cli tests/reliability/disk_full.sh
set -uo pipefail
CLI=${RAPPORT_CLI:?RAPPORT_CLI must name the rapport-cli binary}
tmp=$(mktemp -d)
chmod 0755 "$tmp"
trap 'rm -rf "$tmp"' EXIT
failures=0
checks=0

pass() { checks=$((checks + 1)); echo "PASS: $*"; }
failed() { checks=$((checks + 1)); failures=$((failures + 1)); echo "FAIL: $*"; }

# expect_one_line NAME EXPECTED_REGEX STDERR_FILE RC
expect_one_line() {
    local name=$1 pattern=$2 err=$3 rc=$4 lines
    lines=$(grep -c . "$err" || true)
    if [ "$rc" -eq 1 ] && [ "$lines" -eq 1 ] && grep -Eq "$pattern" "$err"; then
        pass "$name: $(cat "$err")"
    else
        failed "$name: exit $rc, $lines stderr lines (want exit 1 and one line matching /$pattern/):"
        sed 's/^/    /' "$err"
    fi
}

as_nobody() {
    HOME=$tmp/home XDG_RUNTIME_DIR=$tmp/home setpriv --reuid=nobody --regid=nogroup --clear-groups -- "$@"
}

mkdir -p "$tmp/home"
chmod 0777 "$tmp/home"
"$CLI" --db "$tmp/seed.sqlite" init >/dev/null || { echo "FAIL: cannot create a database"; exit 1; }
"$CLI" --db "$tmp/seed.sqlite" users add --name "Aigerim Seitkali" --email lead@example.kz --role team_lead >/dev/null ||
    { echo "FAIL: cannot add a user"; exit 1; }

# 6. A full disk: a 3 MB tmpfs in a private mount namespace. Demo data fills
# it; the run fails with one line about the disk, and what was committed
# before stays intact (check is ok once the database is moved off the disk).
full_disk() {
    set -u
    local mnt=$1
    mount -t tmpfs -o size=3m tmpfs "$mnt" || exit 3
    cp "$tmp/seed.sqlite" "$mnt/db.sqlite"
    "$CLI" --db "$mnt/db.sqlite" --user lead@example.kz demo --clients 400 >/dev/null 2>"$tmp/err"
    echo $? >"$tmp/full.rc"
    # Copy the database and its WAL out: SQLite recovers from them.
    cp "$mnt"/db.sqlite* "$tmp/fullcopy/" 2>/dev/null
}
mkdir "$tmp/mnt" "$tmp/fullcopy"
export -f full_disk
export CLI tmp
if unshare --mount --propagation private bash -c 'full_disk "$1"' full-disk "$tmp/mnt"; then
    rc=$(cat "$tmp/full.rc")
    expect_one_line "full disk" "disk is full" "$tmp/err" "$rc"
    if "$CLI" --db "$tmp/fullcopy/db.sqlite" check >"$tmp/out" 2>&1 && grep -q '^ok' "$tmp/out"; then
        pass "database from the full disk checks ok"
    else
        failed "database from the full disk: $(cat "$tmp/out")"
    fi
    if "$CLI" --db "$tmp/fullcopy/db.sqlite" --format json users list 2>/dev/null | grep -q lead@example.kz; then
        pass "records from before the full disk are intact"
    else
        failed "records from before the full disk are lost"
    fi
    if clients=$("$CLI" --db "$tmp/fullcopy/db.sqlite" --format json clients list 2>&1) &&
        ! grep -q '"legal_name"' <<<"$clients"; then
        pass "the failed demo left nothing behind"
    else
        failed "the failed demo left clients behind (or the list failed): $(grep -c legal_name <<<"$clients")"
    fi
else
    failed "full disk: cannot mount a tmpfs (needs root or user namespaces)"
fi

echo "full disk: $checks checks, $failures failed"
[ $failures -eq 0 ]
