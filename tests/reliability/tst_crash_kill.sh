#!/usr/bin/env bash
# Crash safety of the real rapport-cli: SIGKILL at random moments during
#   demo, import clients FILE, billing run --month M, invoice issue --month M,
#   automation run --as-of T,
# then, after every kill:
#   - `rapport-cli check` prints ok and exits 0;
#   - demo and import are all-or-nothing (the client count is the one before
#     or the one before plus everything);
#   - billing and issuing keep invoice numbers gapless and unique (numbered
#     invoices 1..N per series and year, the sequence's last = N), and re-running
#     the interrupted command completes the work exactly once: the invoice
#     count equals an uninterrupted run's on a copy of the same start, and a
#     third run creates nothing new.
# A kill that lands after the process has exited is counted as "finished
# before kill" and does not count toward KILLS.
#
# Environment: RAPPORT_CLI (required), RELIABILITY_KILLS (default 6 per
# command), RELIABILITY_SEED (bash RANDOM seed, default: random, printed).
set -u

CLI=${RAPPORT_CLI:?RAPPORT_CLI must point at rapport-cli}
KILLS=${RELIABILITY_KILLS:-6}
MAX_ATTEMPTS=$((KILLS * 4))
SEED=${RELIABILITY_SEED:-$(( $(date +%s) % 32768 ))}
RANDOM=$SEED
MONTH=$(date +%Y-%m) # demo data bills the months before this one
START_MS=$(date +%s%3N)

work=$(mktemp -d "${TMPDIR:-/tmp}/rapport-crash.XXXXXX")
bg_pid=
cleanup() {
    if [ -n "$bg_pid" ]; then kill -KILL "$bg_pid" 2>/dev/null; wait "$bg_pid" 2>/dev/null; fi
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

passed=0
failed=0
pass() { passed=$((passed + 1)); echo "PASS: $*"; }
fail() { failed=$((failed + 1)); echo "FAIL: $*"; }
die() { echo "FAIL: setup: $*"; echo "RESULT: FAIL (setup)"; exit 1; }

now_ms() { date +%s%3N; }
# sql DB QUERY: read-only query with the sqlite3 shell, independent of Rapport.
sql() { sqlite3 -readonly -batch -noheader "$1" "$2"; }
# copy_db SRC DST: a closed database and its WAL (if any), never a stale WAL.
copy_db() {
    rm -f "$2" "$2-wal" "$2-shm"
    cp "$1" "$2" || return 1
    if [ -f "$1-wal" ]; then cp "$1-wal" "$2-wal" || return 1; fi
}
# json_field FILE KEY: a top-level field of a JSON object.
json_field() {
    /usr/bin/python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])' "$1" "$2"
}
# random delay in ms, uniform over 20 .. 20 + max(100, T) for a command that
# took T ms uninterrupted: early kills (before the file is even opened) as
# well as late ones (during the last commit), some after the end.
rand_delay_ms() {
    local span=$1
    [ "$span" -lt 100 ] && span=100
    echo $(( 20 + (RANDOM * 32768 + RANDOM) % span ))
}
# shrink_span SPAN D: a run that finished before a kill at D ms shows the work
# takes less than D here (the reference run may have been slowed by a cold
# cache or a busy machine), so later delays are drawn below D.
shrink_span() { if [ "$2" -lt "$1" ]; then echo "$2"; else echo "$1"; fi; }
sleep_ms() { sleep "$(( $1 / 1000 )).$(printf '%03d' $(( $1 % 1000 )))"; }

# kill_run DELAY_MS OUT ERR CMD...: starts CMD, SIGKILLs it after DELAY_MS and
# returns its exit status (137 when the kill hit a running process).
kill_run() {
    local delay=$1 out=$2 err=$3
    shift 3
    "$@" >"$out" 2>"$err" &
    bg_pid=$!
    sleep_ms "$delay"
    kill -KILL "$bg_pid" 2>/dev/null
    wait "$bg_pid" 2>/dev/null # no "Killed" line from the shell
    local rc=$?
    bg_pid=
    return $rc
}

# check_ok DB WHAT: rapport-cli check prints ok.
check_ok() {
    local out rc
    out=$("$CLI" --db "$1" check 2>"$work/check.err")
    rc=$?
    if [ $rc -eq 0 ] && [ "$out" = "ok" ]; then
        pass "$2: check ok"
        return 0
    fi
    fail "$2: check exit $rc, output: $out $(head -c 500 "$work/check.err")"
    return 1
}

# numbering_problems DB: 0 when numbers are gapless and unique.
numbering_problems() {
    sql "$1" "
        SELECT (SELECT count(*) FROM (SELECT series, year FROM invoices WHERE number_seq IS NOT NULL
                   GROUP BY series, year
                   HAVING count(*) <> count(DISTINCT number_seq) OR min(number_seq) <> 1
                       OR max(number_seq) <> count(*)))
             + (SELECT count(*) - count(DISTINCT number) FROM invoices WHERE number IS NOT NULL)
             + (SELECT count(*) FROM invoices WHERE (number IS NULL) <> (number_seq IS NULL))
             + (SELECT count(*) FROM invoice_number_sequences s
                 WHERE s.last <> (SELECT coalesce(max(number_seq), 0) FROM invoices i
                                   WHERE i.series = s.series AND i.year = s.year));"
}
numbering_summary() {
    sql "$1" "SELECT group_concat(series || '/' || year || ': ' || n || ' numbers, ' || lo || '..' || hi || ', last ' || last, '; ')
              FROM (SELECT i.series, i.year, count(*) n, min(number_seq) lo, max(number_seq) hi,
                           (SELECT last FROM invoice_number_sequences s WHERE s.series = i.series AND s.year = i.year) last
                      FROM invoices i WHERE number_seq IS NOT NULL GROUP BY i.series, i.year);"
}
check_numbering() {
    local p
    p=$(numbering_problems "$1")
    if [ "$p" = "0" ]; then
        pass "$2: invoice numbers gapless and unique"
    else
        fail "$2: invoice numbering has $p problem(s): $(numbering_summary "$1")"
    fi
}
# Month invoices whose subtotal is not the sum of their lines, or have none.
torn_invoices() {
    sql "$1" "SELECT count(*) FROM invoices i WHERE i.month = '$MONTH'
                AND i.subtotal_minor <> (SELECT coalesce(sum(amount_minor), -1) FROM invoice_lines l WHERE l.invoice_id = i.id);"
}
count_clients() { sql "$1" "SELECT count(*) FROM clients;"; }
count_users() { sql "$1" "SELECT count(*) FROM users;"; }
count_month() { sql "$1" "SELECT count(*) FROM invoices WHERE month = '$MONTH';"; }
# invoices, clients, total and numbered invoices of the month: equal to an
# uninterrupted run's when the work was done exactly once.
month_fingerprint() {
    sql "$1" "SELECT count(*) || ' invoices, ' || count(DISTINCT client_id) || ' clients, total ' || coalesce(sum(total_minor), 0)
                     || ', ' || count(number) || ' numbered' FROM invoices WHERE month = '$MONTH';"
}
count_month_numbered() { sql "$1" "SELECT count(*) FROM invoices WHERE month = '$MONTH' AND number IS NOT NULL;"; }

echo "rapport-cli: $CLI"
echo "kills per command: $KILLS (at most $MAX_ATTEMPTS attempts), RANDOM seed $SEED"

# --- Setup -------------------------------------------------------------------
# empty.sqlite: a new database; the start of the demo runs. (A second demo
# into a database that already holds demo data is not used: see the demo phase.)
"$CLI" --db "$work/empty.sqlite" init >/dev/null 2>"$work/setup.err" \
    || die "init: $(cat "$work/setup.err")"
# small.sqlite: a few clients (seed 3); the start of the import runs.
"$CLI" --db "$work/small.sqlite" demo --clients 10 --seed 3 >/dev/null 2>"$work/setup.err" \
    || die "demo (small): $(cat "$work/setup.err")"
# big.sqlite: 2000 clients with tariffs (seed 1); billing and the CSV come from it.
"$CLI" --db "$work/big.sqlite" demo --clients 2000 --tickets 3000 --seed 1 >/dev/null 2>"$work/setup.err" \
    || die "demo (big): $(cat "$work/setup.err")"
"$CLI" --db "$work/big.sqlite" export clients --format csv -o "$work/export.csv" >/dev/null 2>"$work/setup.err" \
    || die "export: $(cat "$work/setup.err")"
# The staff of big.sqlite does not exist in small.sqlite: drop those columns.
/usr/bin/python3 - "$work/export.csv" "$work/import.csv" <<'EOF' || die "CSV"
import csv, sys
with open(sys.argv[1], newline='', encoding='utf-8') as f, open(sys.argv[2], 'w', newline='', encoding='utf-8') as g:
    r = csv.DictReader(f)
    cols = [c for c in r.fieldnames if c not in ('manager_email', 'sales_email')]
    w = csv.DictWriter(g, fieldnames=cols, extrasaction='ignore')
    w.writeheader()
    for row in r:
        w.writerow(row)
EOF
CSV_ROWS=$(( $(/usr/bin/python3 -c 'import csv,sys; print(sum(1 for _ in csv.reader(open(sys.argv[1], newline="", encoding="utf-8"))))' "$work/import.csv") - 1 ))
LEAD=$(sql "$work/big.sqlite" "SELECT email FROM users WHERE role = 'team_lead' ORDER BY id LIMIT 1;")
[ -n "$LEAD" ] || die "no team lead in the demo data"
check_numbering "$work/big.sqlite" "start"

# --- demo --------------------------------------------------------------------
DEMO_CLIENTS=150
demo_args() { ARGS=("$CLI" --db "$1" demo --clients $DEMO_CLIENTS --seed 5); }
copy_db "$work/empty.sqlite" "$work/ref.sqlite"
t0=$(now_ms); demo_args "$work/ref.sqlite"; "${ARGS[@]}" >/dev/null 2>"$work/ref.err" || die "demo reference: $(cat "$work/ref.err")"
DEMO_MS=$(( $(now_ms) - t0 ))
DEMO_C0=$(count_clients "$work/empty.sqlite"); DEMO_U0=$(count_users "$work/empty.sqlite")
DEMO_C1=$(count_clients "$work/ref.sqlite"); DEMO_U1=$(count_users "$work/ref.sqlite")
[ "$DEMO_C1" -eq $((DEMO_C0 + DEMO_CLIENTS)) ] || die "demo reference added $((DEMO_C1 - DEMO_C0)) clients"
echo "demo: uninterrupted ${DEMO_MS} ms, clients $DEMO_C0 -> $DEMO_C1, users $DEMO_U0 -> $DEMO_U1"

DEMO_SPAN=$DEMO_MS
demo_kills=0; demo_early=0; demo_attempts=0; demo_absent=0; demo_present=0
while [ $demo_kills -lt "$KILLS" ] && [ $demo_attempts -lt $MAX_ATTEMPTS ]; do
    demo_attempts=$((demo_attempts + 1))
    db="$work/demo.sqlite"
    copy_db "$work/empty.sqlite" "$db"
    d=$(rand_delay_ms $DEMO_SPAN)
    demo_args "$db"; kill_run "$d" "$work/run.out" "$work/run.err" "${ARGS[@]}"
    rc=$?
    what="demo kill #$demo_attempts at ${d} ms"
    if [ $rc -eq 137 ]; then
        demo_kills=$((demo_kills + 1))
    elif [ $rc -eq 0 ]; then
        demo_early=$((demo_early + 1)); DEMO_SPAN=$(shrink_span $DEMO_SPAN $d); what="demo #$demo_attempts (finished before kill at ${d} ms)"
    else
        fail "$what: exited $rc before the kill: $(head -c 500 "$work/run.err")"; continue
    fi
    check_ok "$db" "$what" || continue
    c=$(count_clients "$db"); u=$(count_users "$db")
    if [ "$c" -eq "$DEMO_C0" ] && [ "$u" -eq "$DEMO_U0" ]; then
        demo_absent=$((demo_absent + 1)); pass "$what: wholly absent ($c clients, $u users)"
    elif [ "$c" -eq "$DEMO_C1" ] && [ "$u" -eq "$DEMO_U1" ]; then
        demo_present=$((demo_present + 1)); pass "$what: wholly present ($c clients, $u users)"
    else
        fail "$what: partial demo data: $c clients (expected $DEMO_C0 or $DEMO_C1), $u users (expected $DEMO_U0 or $DEMO_U1)"
    fi
done
[ $demo_kills -ge "$KILLS" ] && pass "demo: $demo_kills real kills" || fail "demo: only $demo_kills real kills in $demo_attempts attempts"

# --- import clients ----------------------------------------------------------
import_args() { ARGS=("$CLI" --db "$1" --format json import clients "$work/import.csv"); }
copy_db "$work/small.sqlite" "$work/ref.sqlite"
t0=$(now_ms); import_args "$work/ref.sqlite"; "${ARGS[@]}" >"$work/ref.json" 2>"$work/ref.err" || die "import reference: $(head -c 500 "$work/ref.err")"
IMPORT_MS=$(( $(now_ms) - t0 ))
IMP_C0=$(count_clients "$work/small.sqlite")
IMP_C1=$(count_clients "$work/ref.sqlite")
created=$(json_field "$work/ref.json" created)
[ "$created" -eq "$CSV_ROWS" ] && [ "$IMP_C1" -eq $((IMP_C0 + CSV_ROWS)) ] \
    || die "import reference created $created of $CSV_ROWS rows, clients $IMP_C0 -> $IMP_C1"
echo "import: $CSV_ROWS rows, uninterrupted ${IMPORT_MS} ms, clients $IMP_C0 -> $IMP_C1"

IMPORT_SPAN=$IMPORT_MS
imp_kills=0; imp_early=0; imp_attempts=0; imp_absent=0; imp_present=0
while [ $imp_kills -lt "$KILLS" ] && [ $imp_attempts -lt $MAX_ATTEMPTS ]; do
    imp_attempts=$((imp_attempts + 1))
    db="$work/import.sqlite"
    copy_db "$work/small.sqlite" "$db"
    d=$(rand_delay_ms $IMPORT_SPAN)
    import_args "$db"; kill_run "$d" "$work/run.out" "$work/run.err" "${ARGS[@]}"
    rc=$?
    what="import kill #$imp_attempts at ${d} ms"
    if [ $rc -eq 137 ]; then
        imp_kills=$((imp_kills + 1))
    elif [ $rc -eq 0 ]; then
        imp_early=$((imp_early + 1)); IMPORT_SPAN=$(shrink_span $IMPORT_SPAN $d); what="import #$imp_attempts (finished before kill at ${d} ms)"
    else
        fail "$what: exited $rc before the kill: $(head -c 500 "$work/run.err")"; continue
    fi
    check_ok "$db" "$what" || continue
    c=$(count_clients "$db")
    if [ "$c" -eq "$IMP_C0" ]; then
        imp_absent=$((imp_absent + 1)); pass "$what: wholly absent ($c clients)"
    elif [ "$c" -eq "$IMP_C1" ]; then
        imp_present=$((imp_present + 1)); pass "$what: wholly present ($c clients)"
    else
        fail "$what: partial import: $c clients (expected $IMP_C0 or $IMP_C1)"
    fi
done
[ $imp_kills -ge "$KILLS" ] && pass "import: $imp_kills real kills" || fail "import: only $imp_kills real kills in $imp_attempts attempts"

# --- billing run and invoice issue: shared checks ----------------------------
# rerun_checks DB WHAT EXPECT_MONTH EXPECT_NUMBERED CMD: after a kill, the
# re-run completes the work and a third run adds nothing.
rerun_checks() {
    local db=$1 what=$2 expect=$3 expect_numbered=$4 cmd=$5 ref=$6 n nn rc fp
    "$cmd" "$db"; "${ARGS[@]}" >"$work/rerun.json" 2>"$work/rerun.err"
    rc=$?
    if [ $rc -ne 0 ]; then
        fail "$what: re-run exited $rc: $(head -c 500 "$work/rerun.err")"; return
    fi
    n=$(count_month "$db"); nn=$(count_month_numbered "$db")
    if [ "$n" -eq "$expect" ] && [ "$nn" -eq "$expect_numbered" ]; then
        pass "$what: re-run completes: $n invoices of $MONTH, $nn numbered (as uninterrupted)"
    else
        fail "$what: after re-run $n invoices of $MONTH, $nn numbered; uninterrupted run gives $expect, $expect_numbered"
    fi
    fp=$(month_fingerprint "$db")
    [ "$fp" = "$ref" ] && pass "$what: after re-run as uninterrupted: $fp" \
        || fail "$what: after re-run $fp; uninterrupted: $ref"
    check_numbering "$db" "$what: after re-run"
    [ "$(torn_invoices "$db")" = "0" ] && pass "$what: every $MONTH invoice's subtotal is the sum of its lines" \
        || fail "$what: $(torn_invoices "$db") $MONTH invoice(s) whose lines do not add up"
    "$cmd" "$db"; "${ARGS[@]}" >"$work/third.json" 2>"$work/third.err"
    rc=$?
    if [ $rc -ne 0 ]; then
        fail "$what: third run exited $rc: $(head -c 500 "$work/third.err")"; return
    fi
    local n3 nn3
    n3=$(count_month "$db"); nn3=$(count_month_numbered "$db")
    if [ "$n3" -eq "$n" ] && [ "$nn3" -eq "$nn" ]; then
        pass "$what: third run creates nothing new"
    else
        fail "$what: third run changed $n -> $n3 invoices, $nn -> $nn3 numbered"
    fi
}

# --- billing run -------------------------------------------------------------
billing_args() { ARGS=("$CLI" --db "$1" --user "$LEAD" --format json billing run --month $MONTH); }
copy_db "$work/big.sqlite" "$work/billed.sqlite"
t0=$(now_ms); billing_args "$work/billed.sqlite"; "${ARGS[@]}" >"$work/ref.json" 2>"$work/ref.err" || die "billing reference: $(head -c 500 "$work/ref.err")"
BILLING_MS=$(( $(now_ms) - t0 ))
BILL_N=$(count_month "$work/billed.sqlite")
[ "$BILL_N" -gt 100 ] && [ "$(json_field "$work/ref.json" created)" -eq "$BILL_N" ] && [ "$(count_month "$work/big.sqlite")" -eq 0 ] \
    || die "billing reference created $(json_field "$work/ref.json" created), $BILL_N invoices of $MONTH"
billing_args "$work/billed.sqlite"; "${ARGS[@]}" >"$work/ref2.json" 2>"$work/ref.err" || die "billing reference re-run"
[ "$(json_field "$work/ref2.json" created)" -eq 0 ] && [ "$(count_month "$work/billed.sqlite")" -eq "$BILL_N" ] \
    || die "uninterrupted billing re-run created $(json_field "$work/ref2.json" created)"
BILL_FP=$(month_fingerprint "$work/billed.sqlite")
echo "billing run: uninterrupted ${BILLING_MS} ms, $BILL_N draft invoices of $MONTH ($BILL_FP)"

BILLING_SPAN=$BILLING_MS
bill_kills=0; bill_early=0; bill_attempts=0; bill_partial=0
declare -A bill_states=()
while [ $bill_kills -lt "$KILLS" ] && [ $bill_attempts -lt $MAX_ATTEMPTS ]; do
    bill_attempts=$((bill_attempts + 1))
    db="$work/billing.sqlite"
    copy_db "$work/big.sqlite" "$db"
    d=$(rand_delay_ms $BILLING_SPAN)
    billing_args "$db"; kill_run "$d" "$work/run.out" "$work/run.err" "${ARGS[@]}"
    rc=$?
    what="billing kill #$bill_attempts at ${d} ms"
    if [ $rc -eq 137 ]; then
        bill_kills=$((bill_kills + 1))
    elif [ $rc -eq 0 ]; then
        bill_early=$((bill_early + 1)); BILLING_SPAN=$(shrink_span $BILLING_SPAN $d); what="billing #$bill_attempts (finished before kill at ${d} ms)"
    else
        fail "$what: exited $rc before the kill: $(head -c 500 "$work/run.err")"; continue
    fi
    check_ok "$db" "$what" || continue
    n=$(count_month "$db")
    bill_states[$n]=1
    [ "$n" -gt 0 ] && [ "$n" -lt "$BILL_N" ] && bill_partial=$((bill_partial + 1))
    echo "  $what: $n of $BILL_N invoices written"
    check_numbering "$db" "$what"
    [ "$(torn_invoices "$db")" = "0" ] && pass "$what: no torn invoice" \
        || fail "$what: $(torn_invoices "$db") $MONTH invoice(s) whose lines do not add up"
    rerun_checks "$db" "$what" "$BILL_N" 0 billing_args "$BILL_FP"
done
[ $bill_kills -ge "$KILLS" ] && pass "billing: $bill_kills real kills" || fail "billing: only $bill_kills real kills in $bill_attempts attempts"

# --- invoice issue --month: numbers are given here ----------------------------
issue_args() { ARGS=("$CLI" --db "$1" --user "$LEAD" --format json invoice issue --month $MONTH); }
copy_db "$work/billed.sqlite" "$work/ref.sqlite"
t0=$(now_ms); issue_args "$work/ref.sqlite"; "${ARGS[@]}" >"$work/ref.json" 2>"$work/ref.err" || die "issue reference: $(head -c 500 "$work/ref.err")"
ISSUE_MS=$(( $(now_ms) - t0 ))
ISSUE_N=$(count_month_numbered "$work/ref.sqlite")
[ "$ISSUE_N" -eq "$BILL_N" ] || die "issue reference numbered $ISSUE_N of $BILL_N drafts"
check_numbering "$work/ref.sqlite" "issue reference"
ISSUE_FP=$(month_fingerprint "$work/ref.sqlite")
echo "invoice issue --month: uninterrupted ${ISSUE_MS} ms, $ISSUE_N invoices numbered ($(numbering_summary "$work/ref.sqlite"))"

ISSUE_SPAN=$ISSUE_MS
iss_kills=0; iss_early=0; iss_attempts=0; iss_absent=0; iss_present=0
while [ $iss_kills -lt "$KILLS" ] && [ $iss_attempts -lt $MAX_ATTEMPTS ]; do
    iss_attempts=$((iss_attempts + 1))
    db="$work/issue.sqlite"
    copy_db "$work/billed.sqlite" "$db"
    d=$(rand_delay_ms $ISSUE_SPAN)
    issue_args "$db"; kill_run "$d" "$work/run.out" "$work/run.err" "${ARGS[@]}"
    rc=$?
    what="issue kill #$iss_attempts at ${d} ms"
    if [ $rc -eq 137 ]; then
        iss_kills=$((iss_kills + 1))
    elif [ $rc -eq 0 ]; then
        iss_early=$((iss_early + 1)); ISSUE_SPAN=$(shrink_span $ISSUE_SPAN $d); what="issue #$iss_attempts (finished before kill at ${d} ms)"
    else
        fail "$what: exited $rc before the kill: $(head -c 500 "$work/run.err")"; continue
    fi
    check_ok "$db" "$what" || continue
    nn=$(count_month_numbered "$db")
    if [ "$nn" -eq 0 ]; then
        iss_absent=$((iss_absent + 1)); pass "$what: all or none: none issued"
    elif [ "$nn" -eq "$ISSUE_N" ]; then
        iss_present=$((iss_present + 1)); pass "$what: all or none: all $nn issued"
    else
        fail "$what: $nn of $ISSUE_N drafts issued (the month is issued all or none)"
    fi
    check_numbering "$db" "$what"
    rerun_checks "$db" "$what" "$BILL_N" "$ISSUE_N" issue_args "$ISSUE_FP"
done
[ $iss_kills -ge "$KILLS" ] && pass "issue: $iss_kills real kills" || fail "issue: only $iss_kills real kills in $iss_attempts attempts"

# --- automation run: all of a run's firings and messages, or none ---------------
AS_OF=$(date -u +%Y-%m-%dT%H:%M:%SZ)
automation_args() { ARGS=("$CLI" --db "$1" --format json automation run --as-of "$AS_OF"); }
count_outbox() { sql "$1" "SELECT count(*) FROM outbox_messages;"; }
count_firings() { sql "$1" "SELECT count(*) FROM automation_firings;"; }
# Each firing has exactly one message and no occurrence fired twice.
automation_problems() {
    sql "$1" "SELECT (SELECT count(*) FROM automation_firings f WHERE (SELECT count(*) FROM outbox_messages o WHERE o.firing_id = f.id) <> 1)
              + (SELECT count(*) FROM (SELECT rule_id, ref_type, ref_id, occurrence FROM automation_firings
                 GROUP BY rule_id, ref_type, ref_id, occurrence HAVING count(*) > 1));"
}
copy_db "$work/big.sqlite" "$work/ref.sqlite"
t0=$(now_ms); automation_args "$work/ref.sqlite"; "${ARGS[@]}" >"$work/ref.json" 2>"$work/ref.err" || die "automation reference: $(head -c 500 "$work/ref.err")"
AUTO_MS=$(( $(now_ms) - t0 ))
AUTO_N=$(count_outbox "$work/ref.sqlite")
[ "$AUTO_N" -gt 20 ] && [ "$(json_field "$work/ref.json" fired)" -eq "$AUTO_N" ] \
    || die "automation reference fired $(json_field "$work/ref.json" fired), $AUTO_N messages"
automation_args "$work/ref.sqlite"; "${ARGS[@]}" >"$work/ref2.json" 2>"$work/ref.err" || die "automation reference re-run"
[ "$(json_field "$work/ref2.json" fired)" -eq 0 ] && [ "$(count_outbox "$work/ref.sqlite")" -eq "$AUTO_N" ] \
    || die "uninterrupted automation re-run fired $(json_field "$work/ref2.json" fired)"
echo "automation run: uninterrupted ${AUTO_MS} ms, $AUTO_N messages queued"

AUTO_SPAN=$AUTO_MS
auto_kills=0; auto_early=0; auto_attempts=0; auto_absent=0; auto_present=0
while [ $auto_kills -lt "$KILLS" ] && [ $auto_attempts -lt $MAX_ATTEMPTS ]; do
    auto_attempts=$((auto_attempts + 1))
    db="$work/automation.sqlite"
    copy_db "$work/big.sqlite" "$db"
    d=$(rand_delay_ms $AUTO_SPAN)
    automation_args "$db"; kill_run "$d" "$work/run.out" "$work/run.err" "${ARGS[@]}"
    rc=$?
    what="automation kill #$auto_attempts at ${d} ms"
    if [ $rc -eq 137 ]; then
        auto_kills=$((auto_kills + 1))
    elif [ $rc -eq 0 ]; then
        auto_early=$((auto_early + 1)); AUTO_SPAN=$(shrink_span $AUTO_SPAN $d); what="automation #$auto_attempts (finished before kill at ${d} ms)"
    else
        fail "$what: exited $rc before the kill: $(head -c 500 "$work/run.err")"; continue
    fi
    check_ok "$db" "$what" || continue
    n=$(count_outbox "$db")
    if [ "$n" -eq 0 ]; then
        auto_absent=$((auto_absent + 1)); pass "$what: all or none: none queued"
    elif [ "$n" -eq "$AUTO_N" ]; then
        auto_present=$((auto_present + 1)); pass "$what: all or none: all $n queued"
    else
        fail "$what: $n of $AUTO_N messages queued (a run is all or none)"
    fi
    automation_args "$db"; "${ARGS[@]}" >"$work/rerun.json" 2>"$work/run.err" || { fail "$what: re-run failed: $(head -c 300 "$work/run.err")"; continue; }
    [ "$(count_outbox "$db")" -eq "$AUTO_N" ] && [ "$(count_firings "$db")" -eq "$AUTO_N" ] && [ "$(automation_problems "$db")" = "0" ] \
        && pass "$what: re-run completed it exactly once ($AUTO_N messages)" \
        || fail "$what: after the re-run $(count_outbox "$db") messages, $(count_firings "$db") firings, $(automation_problems "$db") problems (expected $AUTO_N, $AUTO_N, 0)"
done
[ $auto_kills -ge "$KILLS" ] && pass "automation: $auto_kills real kills" || fail "automation: only $auto_kills real kills in $auto_attempts attempts"

# --- Figures -----------------------------------------------------------------
elapsed=$(( $(now_ms) - START_MS ))
echo
echo "=== Figures (RANDOM seed $SEED)"
echo "demo ($DEMO_CLIENTS clients, ${DEMO_MS} ms): $demo_kills kills survived, $demo_early finished before kill; after kill: $demo_absent absent, $demo_present present"
echo "import ($CSV_ROWS rows, ${IMPORT_MS} ms): $imp_kills kills survived, $imp_early finished before kill; after kill: $imp_absent absent, $imp_present present"
echo "billing run ($BILL_N invoices, ${BILLING_MS} ms): $bill_kills kills survived, $bill_early finished before kill; $bill_partial left a partial run (completed by the re-run); counts seen: $(printf '%s\n' "${!bill_states[@]}" | sort -n | tr '\n' ' ')"
echo "invoice issue --month ($ISSUE_N invoices, ${ISSUE_MS} ms): $iss_kills kills survived, $iss_early finished before kill; after kill: $iss_absent none issued, $iss_present all issued"
echo "automation run ($AUTO_N messages, ${AUTO_MS} ms): $auto_kills kills survived, $auto_early finished before kill; after kill: $auto_absent none queued, $auto_present all queued"
echo "checks: $passed passed, $failed failed; time ${elapsed} ms"
if [ $failed -ne 0 ]; then
    echo "RESULT: FAIL"
    exit 1
fi
echo "RESULT: PASS"
