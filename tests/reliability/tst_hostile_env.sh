#!/usr/bin/env bash
# Hostile environment: a read-only database, a missing folder, a file that is
# not a database and a database from a newer Rapport. Each gives
# exactly one clear line on stderr, a failing exit code and no lost data.
#
# CI runs as root, which ignores file modes: the permission cases run as the
# unprivileged user `nobody` (setpriv), so each case can fail. The full disk
# is tests/reliability/disk_full.sh (not yet passing: see its header).
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

# As root, the permission cases run as `nobody`; as anyone else, file modes
# already apply to the user running the test.
as_nobody() {
    if [ "$(id -u)" -ne 0 ]; then HOME=$tmp/home "$@"; return; fi
    HOME=$tmp/home XDG_RUNTIME_DIR=$tmp/home setpriv --reuid=nobody --regid=nogroup --clear-groups -- "$@"
}

mkdir -p "$tmp/home"
chmod 0777 "$tmp/home"
"$CLI" --db "$tmp/seed.sqlite" init >/dev/null || { echo "FAIL: cannot create a database"; exit 1; }
"$CLI" --db "$tmp/seed.sqlite" users add --name "Aigerim Seitkali" --email lead@example.kz --role team_lead >/dev/null ||
    { echo "FAIL: cannot add a user"; exit 1; }

# 1. A read-only database file (mode 0400, owned by the user running Rapport).
mkdir "$tmp/ro"
cp "$tmp/seed.sqlite" "$tmp/ro/db.sqlite"
[ "$(id -u)" -eq 0 ] && chown -R nobody:nogroup "$tmp/ro"
chmod 0400 "$tmp/ro/db.sqlite"
before=$(sha256sum <"$tmp/ro/db.sqlite")
as_nobody "$CLI" --db "$tmp/ro/db.sqlite" users add --name "Dana Omarova" --email dana@example.kz --role sales \
    >/dev/null 2>"$tmp/err"
expect_one_line "read-only file, a write" "read-only" "$tmp/err" $?
[ "$(sha256sum <"$tmp/ro/db.sqlite")" = "$before" ] && pass "read-only file unchanged" || failed "read-only file was changed"
as_nobody "$CLI" --db "$tmp/ro/db.sqlite" --format json users list >"$tmp/out" 2>"$tmp/err"
if [ $? -eq 0 ] && grep -q lead@example.kz "$tmp/out"; then pass "read-only file still reads"; else failed "read-only file does not read: $(cat "$tmp/err")"; fi

# 2. A file the user may not read at all.
chmod 0000 "$tmp/ro/db.sqlite"
as_nobody "$CLI" --db "$tmp/ro/db.sqlite" check >/dev/null 2>"$tmp/err"
expect_one_line "unreadable file" "Cannot read .*Permission denied" "$tmp/err" $?

# 3. A missing folder: check refuses, init in a folder that cannot be created says so.
"$CLI" --db "$tmp/missing/dir/db.sqlite" check >/dev/null 2>"$tmp/err"
expect_one_line "missing folder, check" "does not exist" "$tmp/err" $?
[ ! -e "$tmp/missing" ] && pass "check created nothing" || failed "check created $tmp/missing"
mkdir "$tmp/locked"
chmod 0555 "$tmp/locked"
as_nobody "$CLI" --db "$tmp/locked/sub/db.sqlite" init >/dev/null 2>"$tmp/err"
expect_one_line "folder that cannot be created" "Cannot create folder" "$tmp/err" $?

# 4. A file that is not a database: one line, and the file is left as it was.
printf 'Client list, not a database\n' >"$tmp/notes.sqlite"
before=$(sha256sum <"$tmp/notes.sqlite")
"$CLI" --db "$tmp/notes.sqlite" check >/dev/null 2>"$tmp/err"
expect_one_line "not a database" "not a Rapport database" "$tmp/err" $?
[ "$(sha256sum <"$tmp/notes.sqlite")" = "$before" ] && pass "that file is unchanged" || failed "that file was changed"

# 5. A database from a newer Rapport: refused, naming both versions, untouched.
cp "$tmp/seed.sqlite" "$tmp/newer.sqlite"
sqlite3 "$tmp/newer.sqlite" 'PRAGMA user_version = 99'
before=$(sha256sum <"$tmp/newer.sqlite")
"$CLI" --db "$tmp/newer.sqlite" check >/dev/null 2>"$tmp/err"
expect_one_line "newer schema" "schema version 99, newer than .*\\([0-9]+\\)" "$tmp/err" $?
[ "$(sha256sum <"$tmp/newer.sqlite")" = "$before" ] && pass "newer database unchanged" || failed "newer database was changed"

echo "hostile environment: $checks checks, $failures failed"
[ $failures -eq 0 ]
