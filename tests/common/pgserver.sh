#!/usr/bin/env bash
# A throwaway PostgreSQL 15 server for tests: the cluster, its log and its
# Unix socket all live in DIR (no TCP listener), durability is switched off.
#
#   pgserver.sh start DIR   initdb + start (or reuse a server already running
#                           there); writes DIR/uri and prints the URI
#   pgserver.sh stop DIR    fast shutdown if running, then removes DIR
#
# Environment: RAPPORT_PG_PORT (default 54329) names the socket file
# DIR/.s.PGSQL.PORT. As root, initdb/pg_ctl run as the `postgres` system user
# (PostgreSQL refuses to run as root); otherwise as the current user.
set -euo pipefail

PGBIN=/usr/lib/postgresql/15/bin
PORT=${RAPPORT_PG_PORT:-54329}
ADMIN=rapport_admin

usage() {
    echo "usage: $0 start|stop DIR" >&2
    exit 2
}

[ $# -eq 2 ] || usage
cmd=$1
case "$2" in
/*) DIR=$2 ;;
*) DIR=$PWD/$2 ;;
esac
DIR=${DIR%/}

# A top-level directory (/, /tmp, /home, ...) is never a test server's DIR.
if [ -z "$DIR" ] || [ "${DIR%/*}" = "" ]; then
    echo "pgserver.sh: refusing to use '${DIR:-/}' as DIR" >&2
    exit 2
fi
if [[ "$DIR" =~ [[:space:]\'\"\\] ]]; then
    echo "pgserver.sh: DIR must not contain spaces, quotes or backslashes: $DIR" >&2
    exit 2
fi
if [ ${#DIR} -gt 80 ]; then # the socket path must fit in sun_path (107 bytes)
    echo "pgserver.sh: DIR is too long for a Unix socket path: $DIR" >&2
    exit 2
fi
case "$PORT" in
'' | *[!0-9]*)
    echo "pgserver.sh: RAPPORT_PG_PORT must be a number: $PORT" >&2
    exit 2
    ;;
esac

# Run a PostgreSQL binary as the cluster owner, from a directory it can read.
as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        (cd / && runuser -u postgres -- "$@")
    else
        (cd / && "$@")
    fi
}

is_running() {
    [ -f "$DIR/data/PG_VERSION" ] && as_owner "$PGBIN/pg_ctl" -D "$DIR/data" status >/dev/null 2>&1
}

# Only ever delete a directory that holds nothing but what this script puts
# there (so a mistyped DIR cannot wipe someone's files).
safe_remove() {
    [ -e "$DIR" ] || return 0
    if [ ! -d "$DIR" ]; then
        echo "pgserver.sh: $DIR exists and is not a directory" >&2
        return 1
    fi
    local entry base
    for entry in "$DIR"/* "$DIR"/.[!.]*; do
        [ -e "$entry" ] || [ -L "$entry" ] || continue
        base=${entry##*/}
        case "$base" in
        data | log | uri | uri.tmp | .s.PGSQL.*) ;;
        *)
            echo "pgserver.sh: $DIR holds $base, which is not ours; not removing it" >&2
            return 1
            ;;
        esac
    done
    rm -rf -- "$DIR"
}

uri_for() { # PORT
    printf 'postgresql://%s@/postgres?host=%s&port=%s' "$ADMIN" "$DIR" "$1"
}

# DIR/uri holds exactly the URI: one line, no trailing newline.
write_uri() { # PORT
    uri_for "$1" >"$DIR/uri.tmp"
    mv -f "$DIR/uri.tmp" "$DIR/uri"
    chmod 0644 "$DIR/uri"
}

fail_with_log() { # MESSAGE [OUTPUT]
    echo "pgserver.sh: $1" >&2
    [ -n "${2:-}" ] && printf '%s\n' "$2" >&2
    if [ -f "$DIR/log" ]; then
        echo "--- last lines of $DIR/log ---" >&2
        tail -n 40 "$DIR/log" >&2 || true
    fi
    exit 1
}

start() {
    if is_running; then
        # Reuse it; the port is the one it really listens on (postmaster.pid line 4).
        local port
        port=$(sed -n 4p "$DIR/data/postmaster.pid" 2>/dev/null || true)
        [ -n "$port" ] || port=$PORT
        [ -s "$DIR/uri" ] || write_uri "$port"
        cat "$DIR/uri"
        echo
        return 0
    fi

    safe_remove || exit 1
    mkdir -p "$DIR"
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres: "$DIR"
        chmod 0755 "$DIR"
    else
        chmod 0700 "$DIR"
    fi

    local out
    if ! out=$(as_owner "$PGBIN/initdb" -D "$DIR/data" -U "$ADMIN" --auth=trust --encoding=UTF8 \
        --locale=C.UTF-8 2>&1); then
        as_owner rm -rf "$DIR/data"
        out=$(as_owner "$PGBIN/initdb" -D "$DIR/data" -U "$ADMIN" --auth=trust --encoding=UTF8 \
            --locale=C 2>&1) || fail_with_log "initdb failed" "$out"
    fi

    local opts="-c listen_addresses='' -c unix_socket_directories='$DIR' -c port=$PORT"
    opts+=" -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=100"
    if ! out=$(as_owner "$PGBIN/pg_ctl" -D "$DIR/data" -l "$DIR/log" -w -t 60 start -o "$opts" 2>&1); then
        fail_with_log "the server did not start" "$out"
    fi
    if ! as_owner "$PGBIN/pg_isready" -q -h "$DIR" -p "$PORT" -U "$ADMIN" -d postgres; then
        fail_with_log "the server started but does not accept connections on $DIR/.s.PGSQL.$PORT"
    fi
    write_uri "$PORT"
    cat "$DIR/uri"
    echo
}

stop() {
    if is_running; then
        as_owner "$PGBIN/pg_ctl" -D "$DIR/data" -m fast -w -t 60 stop >/dev/null 2>&1 || {
            # Still up after a fast shutdown: immediate, so DIR can go.
            as_owner "$PGBIN/pg_ctl" -D "$DIR/data" -m immediate -w -t 30 stop >/dev/null 2>&1 || true
        }
    fi
    safe_remove || exit 1
    return 0
}

case "$cmd" in
start) start ;;
stop) stop ;;
*) usage ;;
esac
