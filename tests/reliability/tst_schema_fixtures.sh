#!/usr/bin/env bash
# Migrations from every released schema version (tests/data/schemas/
# rapport-vN.sqlite, made by tests/data/make_schema_fixtures.py from the
# migration scripts themselves): the real rapport-cli migrates a copy of each
# to the current version, `check` is then ok, every record of the fixture is
# still there, and the pre-migration backup beside it holds the original
# file's content, untouched, at its old version.
set -uo pipefail
CLI=${RAPPORT_CLI:?RAPPORT_CLI must name the rapport-cli binary}
DATA=$(cd "$(dirname "$0")/../data/schemas" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
checks=0
pass() { checks=$((checks + 1)); }
failed() { checks=$((checks + 1)); failures=$((failures + 1)); echo "FAIL: $*"; }
expect() { # NAME TEXT FILE
    if grep -qF -- "$2" "$3"; then pass; else failed "$1: no '$2' in $(head -c 300 "$3")"; fi
}
# The file's whole content as SQL (a backup is written by VACUUM INTO, so
# it equals the original in content, not byte for byte).
dump_of() {
    /usr/bin/python3 -c 'import sqlite3, sys, hashlib; c = sqlite3.connect(sys.argv[1]); print(hashlib.sha256("\n".join(c.iterdump()).encode()).hexdigest())' "$1"
}
user_version() {
    /usr/bin/python3 -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute("PRAGMA user_version").fetchone()[0])' "$1"
}

shopt -s nullglob
fixtures=("$DATA"/rapport-v*.sqlite)
[ ${#fixtures[@]} -ge 7 ] || { echo "FAIL: expected fixtures of schema versions 1-7 in $DATA"; exit 1; }
"$CLI" --db "$tmp/latest.sqlite" init >/dev/null
latest=$("$CLI" --db "$tmp/latest.sqlite" --format json check | sed -n 's/.*"schema_version": \([0-9]*\).*/\1/p')
[ -n "$latest" ] || { echo "FAIL: cannot read the current schema version"; exit 1; }

for fixture in "${fixtures[@]}"; do
    name=$(basename "$fixture" .sqlite)
    v=${name#rapport-v}
    db=$tmp/$name.sqlite
    cp "$fixture" "$db"
    sum=$(dump_of "$db")
    # Any command opens and migrates the file.
    if ! "$CLI" --db "$db" --format json users list >"$tmp/users" 2>"$tmp/err"; then
        failed "$name: migration failed: $(cat "$tmp/err")"
        continue
    fi
    expect "$name users" "lead@example.kz" "$tmp/users"
    expect "$name users" "Асель Касымова" "$tmp/users"
    "$CLI" --db "$db" check >"$tmp/check" 2>&1
    expect "$name check" "ok" "$tmp/check"
    [ "$(user_version "$db")" = "$latest" ] && pass || failed "$name: schema version $(user_version "$db"), want $latest"
    "$CLI" --db "$db" --format json audit list >"$tmp/audit" 2>&1
    expect "$name audit" '"user_email": "lead@example.kz"' "$tmp/audit"
    if [ "$v" -ge 2 ]; then
        "$CLI" --db "$db" --format json clients show 1 >"$tmp/client" 2>&1
        expect "$name client" "ТОО «Фикстура»" "$tmp/client"
        expect "$name contact" "ivan@fixture.kz" "$tmp/client"
        expect "$name condition" "Отчёты до 5-го числа" "$tmp/client"
    fi
    if [ "$v" -ge 3 ]; then
        "$CLI" --db "$db" --format json tickets list >"$tmp/tickets" 2>&1
        expect "$name ticket" "Не формируется отчёт" "$tmp/tickets"
    fi
    if [ "$v" -ge 7 ]; then
        "$CLI" --db "$db" --format json automation rules >"$tmp/rules" 2>&1
        expect "$name rule" "Правило фикстуры" "$tmp/rules"
        expect "$name shipped rule" "hours_exhausted_contact" "$tmp/rules"
        "$CLI" --db "$db" --format json outbox list >"$tmp/outbox" 2>&1
        expect "$name message" "Письмо фикстуры" "$tmp/outbox"
        expect "$name message's rule" '"rule": "fixture_rule"' "$tmp/outbox"
    fi
    # The original, untouched, beside it (none when nothing was migrated).
    backup=$db.pre-v$latest.sqlite
    if [ "$v" -lt "$latest" ]; then
        if [ -f "$backup" ] && [ "$(user_version "$backup")" = "$v" ] && [ "$(dump_of "$backup")" = "$sum" ]; then
            pass
        else
            failed "$name: no untouched pre-migration backup $backup"
        fi
    elif [ -e "$backup" ]; then
        failed "$name: a backup was written although nothing was migrated"
    fi
done
echo "schema fixtures: ${#fixtures[@]} versions, $checks checks, $failures failed"
[ $failures -eq 0 ]
