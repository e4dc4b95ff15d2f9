#!/usr/bin/env bash
# Schema drift between the two engines: the SQLite migrations
# (resources/migrations/*.sql, the reference) and their PostgreSQL 15
# translations (resources/migrations/postgresql/*.sql) must describe the same
# tables, columns, keys, constraints, indexes and triggers.
#
#   tst_schema_drift.sh SOURCE_DIR
#
# Starts a private PostgreSQL (tests/common/pgserver.sh, socket only, in
# /tmp/rapport-drift-PID, port RAPPORT_PG_PORT=54339), applies the PostgreSQL
# migrations in order, each in one transaction (psql -1 -f), and once more
# each file as a single multi-statement string (psql -c) into a second
# database, the way the application's migrator sends it; builds a SQLite
# database from the SQLite migrations; then tests/storage/schema_drift.py
# prints every difference. Exit status 1 on any drift or failure, 0 otherwise.
#
# Environment: PG_MIGRATIONS_DIR overrides the PostgreSQL migrations folder,
# SQLITE_MIGRATIONS_DIR the SQLite one (to test this test on modified copies).
set -euo pipefail

if [ $# -ne 1 ] || [ ! -d "$1" ]; then
    echo "usage: $0 SOURCE_DIR" >&2
    exit 2
fi
SRC=$(cd "$1" && pwd)
PGBIN=/usr/lib/postgresql/15/bin
PSQL=$PGBIN/psql
PYTHON=/usr/bin/python3
PGSERVER=$SRC/tests/common/pgserver.sh
PG_MIGRATIONS_DIR=${PG_MIGRATIONS_DIR:-$SRC/resources/migrations/postgresql}
SQLITE_MIGRATIONS_DIR=${SQLITE_MIGRATIONS_DIR:-$SRC/resources/migrations}
export RAPPORT_PG_PORT=54339
DIR=/tmp/rapport-drift-$$
WORK=$(mktemp -d "${TMPDIR:-/tmp}/rapport-drift-work.XXXXXX")

cleanup() {
    bash "$PGSERVER" stop "$DIR" >/dev/null 2>&1 || echo "warning: could not stop the server in $DIR" >&2
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

die() {
    echo "FAIL: $*" >&2
    exit 1
}

shopt -s nullglob
pg_files=("$PG_MIGRATIONS_DIR"/[0-9][0-9][0-9][0-9]_*.sql)
sqlite_files=("$SQLITE_MIGRATIONS_DIR"/[0-9][0-9][0-9][0-9]_*.sql)
shopt -u nullglob
[ ${#pg_files[@]} -gt 0 ] || die "no PostgreSQL migrations in $PG_MIGRATIONS_DIR"
[ ${#sqlite_files[@]} -gt 0 ] || die "no SQLite migrations in $SQLITE_MIGRATIONS_DIR"

# The same versions on both sides.
names() { local f; for f in "$@"; do basename "$f"; done; }
if [ "$(names "${pg_files[@]}")" != "$(names "${sqlite_files[@]}")" ]; then
    echo "DRIFT: the migration files differ" >&2
    diff <(names "${sqlite_files[@]}") <(names "${pg_files[@]}") | sed 's/^/    /' >&2 || true
    exit 1
fi

# The migrator sends each file as one string through QSqlQuery::exec(): Qt
# could take a question mark or a :name for a placeholder, and the file
# runs inside the migrator's transaction.
lint_failed=0
for f in "${pg_files[@]}"; do
    if grep -n '?' "$f" >&2; then
        echo "DRIFT: $(basename "$f"): a question mark (Qt placeholder) in the lines above" >&2
        lint_failed=1
    fi
    if grep -nE '^[[:space:]]*\\' "$f" >&2; then
        echo "DRIFT: $(basename "$f"): a psql meta-command in the lines above" >&2
        lint_failed=1
    fi
    # Outside $$ bodies: no :name or :: (placeholders), no transaction control
    # (BEGIN/END inside $$ bodies are plpgsql blocks).
    if ! "$PYTHON" - "$f" <<'EOF'
import re, sys
text = open(sys.argv[1], encoding='utf-8').read()
outside = re.sub(r'\$\$.*?\$\$', lambda m: '\n' * m.group(0).count('\n'), text, flags=re.S)
bad = [(n, l) for n, l in enumerate(outside.split('\n'), 1) if re.search(r':[:A-Za-z_]', l)]
for n, l in bad:
    print('%d:%s (a :name or :: outside a $$ body)' % (n, l), file=sys.stderr)
code = re.sub(r'--[^\n]*', '', outside)
tx = [(n, l) for n, l in enumerate(code.split('\n'), 1)
      if re.match(r'\s*(BEGIN|START\s+TRANSACTION|COMMIT|ROLLBACK|END|SAVEPOINT|RELEASE)\b', l, re.I)]
for n, l in tx:
    print('%d:%s (transaction control)' % (n, l), file=sys.stderr)
sys.exit(1 if bad or tx else 0)
EOF
    then
        echo "DRIFT: $(basename "$f"): the lines above would break the migrator's single exec()" >&2
        lint_failed=1
    fi
done
[ $lint_failed -eq 0 ] || exit 1

# PostgreSQL side.
bash "$PGSERVER" start "$DIR" >/dev/null || die "cannot start PostgreSQL in $DIR"
admin_uri=$(cat "$DIR/uri")
db_uri() { printf 'postgresql://rapport_admin@/%s?host=%s&port=%s' "$1" "$DIR" "$RAPPORT_PG_PORT"; }
"$PSQL" -X -q -v ON_ERROR_STOP=1 -d "$admin_uri" -c 'CREATE DATABASE drift' -c 'CREATE DATABASE drift_app' ||
    die "cannot create the test databases"
for f in "${pg_files[@]}"; do
    "$PSQL" -X -q -v ON_ERROR_STOP=1 -1 -f "$f" -d "$(db_uri drift)" >/dev/null ||
        die "$(basename "$f") failed on PostgreSQL (psql -1 -f)"
    # psql -c sends the whole string in one simple query, in one transaction.
    "$PSQL" -X -q -v ON_ERROR_STOP=1 -c "$(cat "$f")" -d "$(db_uri drift_app)" >/dev/null ||
        die "$(basename "$f") failed on PostgreSQL as one multi-statement string"
done

# SQLite side.
"$PYTHON" - "$WORK/sqlite.db" "${sqlite_files[@]}" <<'EOF' || die "the SQLite migrations failed"
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
for path in sys.argv[2:]:
    try:
        with open(path, encoding='utf-8') as f:
            db.executescript(f.read())
    except sqlite3.Error as e:
        sys.exit('%s: %s' % (path, e))
db.close()
EOF

"$PYTHON" "$SRC/tests/storage/schema_drift.py" --sqlite "$WORK/sqlite.db" --pg-uri "$(db_uri drift)" --psql "$PSQL"
