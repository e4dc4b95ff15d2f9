#!/usr/bin/env bash
# The SMTP password in the OS keychain through QtKeychain (issue 12): on a
# real Secret Service (gnome-keyring on a private D-Bus session bus),
# `mail configure --password-stdin` stores it in the keychain and nowhere
# else, `mail show` says where it comes from, and `outbox send` logs in to a
# loopback SMTP server with it. Without a keychain the same command says so
# in one line and points to RAPPORT_SMTP_PASSWORD; nothing is half-written.
set -euo pipefail
cli=${RAPPORT_CLI:?set RAPPORT_CLI to rapport-cli}
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
smtp_pid=
cleanup() {
    [ -n "$smtp_pid" ] && kill "$smtp_pid" 2>/dev/null && wait "$smtp_pid" 2>/dev/null
    rm -rf "$tmp"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

export HOME=$tmp/home XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data XDG_RUNTIME_DIR=$tmp/run
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
unset RAPPORT_SMTP_PASSWORD DISPLAY
export RAPPORT_NOW=2026-03-02T10:00:00Z
db=$tmp/keychain.sqlite
port=$((30000 + $$ % 20000))

"$cli" --db "$db" users add --name "Asel" --email asel@example.kz --role account_manager >/dev/null
"$cli" --db "$db" clients add --legal-name "ТОО «Альфа»" --manager asel@example.kz --language ru \
    --contact-name "Айгүл" --contact-email aigul@alfa.kz >/dev/null
"$cli" --db "$db" ticket add --client 1 --subject "Не формируется отчёт" --at 2026-03-02T09:00:00Z >/dev/null
"$cli" --db "$db" automation run --as-of 2026-03-02T09:30:00Z >/dev/null
configure=(--db "$db" mail configure --host 127.0.0.1 --port "$port" --security none --user desk
    --from desk@rapport.test)

# 1. No keychain (no session bus): one clear line, exit 1, nothing stored.
set +e
out=$(env -u DBUS_SESSION_BUS_ADDRESS "$cli" "${configure[@]}" --password-stdin <<<"s3cret" 2>&1)
rc=$?
set -e
[ "$rc" -eq 1 ] || fail "configure without a keychain exited $rc: $out"
[ "$(printf '%s\n' "$out" | wc -l)" -eq 1 ] || fail "more than one line without a keychain: $out"
grep -qi "keychain" <<<"$out" || fail "no keychain message: $out"
grep -q "RAPPORT_SMTP_PASSWORD" <<<"$out" || fail "no hint at RAPPORT_SMTP_PASSWORD: $out"
set +e
out=$(env -u DBUS_SESSION_BUS_ADDRESS "$cli" --db "$db" outbox send 2>&1)
rc=$?
set -e
[ "$rc" -eq 1 ] && grep -q "no SMTP password for desk" <<<"$out" || fail "send without a password: $rc $out"

# 2. A real Secret Service on a private session bus.
export here cli db port tmp
dbus-run-session -- bash -euo pipefail -c '
    fail() { echo "FAIL: $*" >&2; exit 1; }
    eval "$(printf "test-keyring" | gnome-keyring-daemon --unlock --components=secrets --daemonize)" >/dev/null
    # A fresh home has no login collection yet: unlocking with a password creates it.
    sleep 1
    out=$("$cli" --db "$db" mail configure --host 127.0.0.1 --port "$port" --security none --user desk \
        --from desk@rapport.test --password-stdin <<<"s3cret" 2>&1) || fail "configure: $out"
    shown=$("$cli" --db "$db" --format json mail show)
    grep -q "\"password\": \"keychain\"" <<<"$shown" || fail "mail show: $shown"
    stored=$(secret-tool lookup user "smtp:desk@127.0.0.1:$port" server Rapport) || fail "not in the keychain"
    [ "$stored" = "s3cret" ] || fail "the keychain holds \"$stored\""
    # Nowhere else: not in the database, not in any settings file.
    if grep -rq "s3cret" "$db" "$XDG_CONFIG_HOME"; then fail "the password is in a file"; fi

    mkdir -p "$tmp/maildir"
    /usr/bin/python3 "$here/smtpserver.py" --port "$port" --mode none --user desk --password s3cret \
        --maildir "$tmp/maildir" >"$tmp/smtp.out" 2>"$tmp/smtp.err" &
    pid=$!
    for _ in $(seq 100); do grep -q READY "$tmp/smtp.out" 2>/dev/null && break; sleep 0.1; done
    grep -q READY "$tmp/smtp.out" || fail "the SMTP server did not start: $(tail -3 "$tmp/smtp.err")"
    sent=$("$cli" --db "$db" --format json outbox send 2>&1) || { kill $pid; fail "send: $sent"; }
    kill $pid; wait $pid 2>/dev/null || true
    grep -q "\"sent\": 1" <<<"$sent" || fail "send: $sent"
    grep -q "\"authenticated_user\": \"desk\"" "$tmp"/maildir/*.json || fail "not logged in as desk"

    # The environment wins over the keychain (scripts).
    shown=$(RAPPORT_SMTP_PASSWORD=x "$cli" --db "$db" --format json mail show)
    grep -q "\"password\": \"environment\"" <<<"$shown" || fail "environment: $shown"
'
echo "keychain: stored, used for AUTH, absent from files; refused in one line without a keychain"
