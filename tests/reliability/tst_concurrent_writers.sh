#!/usr/bin/env bash
# Concurrent use of one database file by separate rapport-cli processes, for
# a bounded time:
#   writer A: ticket add --client C --subject "conc-A-N"            (loop)
#   writer B: clients note C --text "conc-B-N", and every third time
#             invoice issue '#ID' of the next draft of this month    (loop)
#   reader:   report dashboard --from Jan 1 --to Dec 31 --format json (loop)
# Checks: no invocation fails (a nonzero exit, or "locked"/"busy" on stderr,
# is a failure and is printed); no write is lost or doubled (the tickets,
# notes and issued invoices in the file equal the successful writes, each
# exactly once); invoice numbers stay gapless and unique; every dashboard is
# valid JSON; `rapport-cli check` prints ok at the end.
#
# Environment: RAPPORT_CLI (required), RELIABILITY_SECONDS (default 25).
set -u

CLI=${RAPPORT_CLI:?RAPPORT_CLI must point at rapport-cli}
DURATION=${RELIABILITY_SECONDS:-25}
MONTH=$(date +%Y-%m) # demo data bills the months before this one
YEAR=$(date +%Y)
START_MS=$(date +%s%3N)

work=$(mktemp -d "${TMPDIR:-/tmp}/rapport-conc.XXXXXX")
loop_pids=()
cleanup() {
    local p
    for p in "${loop_pids[@]}"; do kill "$p" 2>/dev/null; done
    wait 2>/dev/null
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
sql() { sqlite3 -readonly -batch -noheader "$DB" "$1"; }

DB="$work/rapport.sqlite"
"$CLI" --db "$DB" demo --clients 200 --tickets 1000 >/dev/null 2>"$work/setup.err" || die "demo: $(cat "$work/setup.err")"
"$CLI" --db "$DB" --format json billing run --month "$MONTH" >/dev/null 2>"$work/setup.err" || die "billing run: $(cat "$work/setup.err")"
MANAGER=$(sql "SELECT email FROM users WHERE role = 'account_manager' ORDER BY id LIMIT 1;")
LEAD=$(sql "SELECT email FROM users WHERE role = 'team_lead' ORDER BY id LIMIT 1;")
[ -n "$MANAGER" ] && [ -n "$LEAD" ] || die "no account manager or team lead in the demo data"
mapfile -t CLIENTS < <(sql "SELECT id FROM clients WHERE archived_at IS NULL ORDER BY id;" 2>/dev/null || sql "SELECT id FROM clients ORDER BY id;")
[ "${#CLIENTS[@]}" -gt 0 ] || die "no clients"
sql "SELECT id FROM invoices WHERE month = '$MONTH' AND status = 'draft' ORDER BY id;" >"$work/drafts.txt"
DRAFTS=$(wc -l <"$work/drafts.txt")
[ "$DRAFTS" -gt 0 ] || die "no drafts of $MONTH"

TICKETS0=$(sql "SELECT count(*) FROM tickets;")
NOTES0=$(sql "SELECT count(*) FROM timeline_events WHERE kind = 'note';")
NUMBERED0=$(sql "SELECT count(*) FROM invoices WHERE number IS NOT NULL;")
echo "rapport-cli: $CLI"
echo "start: ${#CLIENTS[@]} clients, $TICKETS0 tickets, $NOTES0 notes, $NUMBERED0 numbered invoices, $DRAFTS drafts of $MONTH; $DURATION s"

# run_one LOOP LOG CMD...: runs one invocation; 0 when it succeeded cleanly,
# else appends the failure (exit status, stderr) to LOG.
run_one() {
    local loop=$1 log=$2 rc
    shift 2
    "$@" >"$work/$loop.out" 2>"$work/$loop.err"
    rc=$?
    if [ $rc -ne 0 ] || grep -qiE 'locked|busy' "$work/$loop.err"; then
        { echo "$loop: exit $rc: ${*:2}"; sed 's/^/    /' "$work/$loop.err" | head -5; } >>"$log"
        return 1
    fi
    return 0
}

END=$(( $(date +%s) + DURATION ))

writer_a() {
    local i=0 ok=0 bad=0 c
    while [ "$(date +%s)" -lt "$END" ]; do
        i=$((i + 1))
        c=${CLIENTS[$(( i % ${#CLIENTS[@]} ))]}
        if run_one A "$work/A.fail" "$CLI" --db "$DB" --user "$MANAGER" ticket add --client "$c" --subject "conc-A-$i"; then
            ok=$((ok + 1)); echo "conc-A-$i" >>"$work/A.ok"
        else
            bad=$((bad + 1))
        fi
    done
    echo "$i $ok $bad" >"$work/A.counts"
}

writer_b() {
    local i=0 notes=0 issues=0 bad=0 c id
    exec 3<"$work/drafts.txt"
    while [ "$(date +%s)" -lt "$END" ]; do
        i=$((i + 1))
        if [ $((i % 3)) -eq 0 ] && read -r id <&3; then
            if run_one B "$work/B.fail" "$CLI" --db "$DB" --user "$LEAD" --format json invoice issue "#$id"; then
                issues=$((issues + 1)); echo "$id" >>"$work/B.issued"
            else
                bad=$((bad + 1))
            fi
        else
            c=${CLIENTS[$(( (i * 7) % ${#CLIENTS[@]} ))]}
            if run_one B "$work/B.fail" "$CLI" --db "$DB" --user "$MANAGER" clients note "$c" --text "conc-B-$i"; then
                notes=$((notes + 1)); echo "conc-B-$i" >>"$work/B.ok"
            else
                bad=$((bad + 1))
            fi
        fi
    done
    echo "$i $notes $issues $bad" >"$work/B.counts"
}

reader() {
    local i=0 ok=0 bad=0
    mkdir -p "$work/dash"
    while [ "$(date +%s)" -lt "$END" ]; do
        i=$((i + 1))
        if run_one R "$work/R.fail" "$CLI" --db "$DB" --format json report dashboard --from "$YEAR-01-01" --to "$YEAR-12-31"; then
            ok=$((ok + 1)); cp "$work/R.out" "$work/dash/$i.json"
        else
            bad=$((bad + 1))
        fi
    done
    echo "$i $ok $bad" >"$work/R.counts"
}

t0=$(now_ms)
writer_a & loop_pids+=($!)
writer_b & loop_pids+=($!)
reader & loop_pids+=($!)
wait "${loop_pids[@]}"
loop_pids=()
RUN_MS=$(( $(now_ms) - t0 ))

read -r a_runs a_ok a_bad <"$work/A.counts" || die "writer A left no counts"
read -r b_runs b_notes b_issues b_bad <"$work/B.counts" || die "writer B left no counts"
read -r r_runs r_ok r_bad <"$work/R.counts" || die "reader left no counts"

# --- Failures ----------------------------------------------------------------
for loop in A B R; do
    if [ -s "$work/$loop.fail" ]; then
        fail "loop $loop: failed invocations:"
        cat "$work/$loop.fail"
    fi
done
[ "$a_bad" -eq 0 ] && pass "writer A: all $a_runs ticket add succeeded" || fail "writer A: $a_bad of $a_runs ticket add failed"
[ "$b_bad" -eq 0 ] && pass "writer B: all $b_runs note/issue succeeded" || fail "writer B: $b_bad of $b_runs note/issue failed"
[ "$r_bad" -eq 0 ] && pass "reader: all $r_runs dashboards succeeded" || fail "reader: $r_bad of $r_runs dashboards failed"
[ "$a_ok" -gt 0 ] && [ "$b_notes" -gt 0 ] && [ "$r_ok" -gt 0 ] || fail "a loop made no progress (A $a_ok, B $b_notes, R $r_ok)"

# --- The writes in the file ---------------------------------------------------
out=$("$CLI" --db "$DB" check 2>&1)
[ $? -eq 0 ] && [ "$out" = "ok" ] && pass "check ok" || fail "check: $out"

tickets=$(sql "SELECT count(*) FROM tickets;")
a_rows=$(sql "SELECT count(*) FROM tickets WHERE subject LIKE 'conc-A-%';")
a_distinct=$(sql "SELECT count(DISTINCT subject) FROM tickets WHERE subject LIKE 'conc-A-%';")
[ "$tickets" -eq $((TICKETS0 + a_ok)) ] && [ "$a_rows" -eq "$a_ok" ] && [ "$a_distinct" -eq "$a_ok" ] \
    && pass "tickets: $a_ok successful ticket add, $a_rows in the file, each once (total $TICKETS0 -> $tickets)" \
    || fail "tickets: $a_ok successful ticket add, but $a_rows conc-A tickets ($a_distinct distinct), total $TICKETS0 -> $tickets"
sql "SELECT subject FROM tickets WHERE subject LIKE 'conc-A-%';" | sort >"$work/A.db"
sort "$work/A.ok" 2>/dev/null >"$work/A.oks"
missing=$(comm -23 "$work/A.oks" "$work/A.db" | head -5 | tr '\n' ' ')
[ -z "$missing" ] && pass "tickets: every acknowledged ticket is in the file" || fail "tickets lost: $missing"

notes=$(sql "SELECT count(*) FROM timeline_events WHERE kind = 'note';")
b_rows=$(sql "SELECT count(*) FROM timeline_events WHERE kind = 'note' AND body LIKE 'conc-B-%';")
b_distinct=$(sql "SELECT count(DISTINCT body) FROM timeline_events WHERE kind = 'note' AND body LIKE 'conc-B-%';")
[ "$notes" -eq $((NOTES0 + b_notes)) ] && [ "$b_rows" -eq "$b_notes" ] && [ "$b_distinct" -eq "$b_notes" ] \
    && pass "notes: $b_notes successful clients note, $b_rows in the file, each once (total $NOTES0 -> $notes)" \
    || fail "notes: $b_notes successful clients note, but $b_rows conc-B notes ($b_distinct distinct), total $NOTES0 -> $notes"

numbered=$(sql "SELECT count(*) FROM invoices WHERE number IS NOT NULL;")
issued_ok=$(sort -u "$work/B.issued" 2>/dev/null | wc -l)
issued_rows=0
if [ "$issued_ok" -gt 0 ]; then
    issued_rows=$(sql "SELECT count(*) FROM invoices WHERE number IS NOT NULL AND id IN ($(paste -sd, "$work/B.issued"));")
fi
[ "$numbered" -eq $((NUMBERED0 + b_issues)) ] && [ "$issued_rows" -eq "$b_issues" ] \
    && pass "invoices: $b_issues successful invoice issue, $issued_rows numbered in the file (numbered $NUMBERED0 -> $numbered)" \
    || fail "invoices: $b_issues successful invoice issue, $issued_rows of them numbered, numbered $NUMBERED0 -> $numbered"
problems=$(sql "
    SELECT (SELECT count(*) FROM (SELECT series, year FROM invoices WHERE number_seq IS NOT NULL GROUP BY series, year
               HAVING count(*) <> count(DISTINCT number_seq) OR min(number_seq) <> 1 OR max(number_seq) <> count(*)))
         + (SELECT count(*) - count(DISTINCT number) FROM invoices WHERE number IS NOT NULL)
         + (SELECT count(*) FROM invoice_number_sequences s
             WHERE s.last <> (SELECT coalesce(max(number_seq), 0) FROM invoices i WHERE i.series = s.series AND i.year = s.year));")
summary=$(sql "SELECT group_concat(series || '/' || year || ': ' || n || ' numbers ' || lo || '..' || hi, '; ')
                 FROM (SELECT series, year, count(*) n, min(number_seq) lo, max(number_seq) hi FROM invoices
                        WHERE number_seq IS NOT NULL GROUP BY series, year);")
[ "$problems" = "0" ] && pass "invoice numbers gapless and unique ($summary)" || fail "invoice numbering: $problems problem(s) ($summary)"

bad_json=$(/usr/bin/python3 - "$work/dash" <<'EOF'
import json, os, sys
bad = 0
for name in os.listdir(sys.argv[1]):
    try:
        with open(os.path.join(sys.argv[1], name), encoding='utf-8') as f:
            d = json.load(f)
        if not isinstance(d, dict) or 'by_manager' not in d:
            bad += 1
    except Exception:
        bad += 1
print(bad)
EOF
)
[ "$bad_json" = "0" ] && pass "reader: all $r_ok dashboards are valid JSON" || fail "reader: $bad_json of $r_ok dashboards are not valid dashboard JSON"

elapsed=$(( $(now_ms) - START_MS ))
echo
echo "=== Figures"
echo "writer A (ticket add): $a_runs invocations, $a_ok succeeded, $a_bad failed; $a_rows tickets in the file"
echo "writer B (clients note + invoice issue): $b_runs invocations, $b_notes notes + $b_issues issues succeeded, $b_bad failed; $b_rows notes, $issued_rows issued in the file"
echo "reader (report dashboard): $r_runs computed, $r_ok succeeded, $r_bad failed"
echo "concurrent phase ${RUN_MS} ms; writes per second $(( (a_ok + b_notes + b_issues) * 1000 / (RUN_MS > 0 ? RUN_MS : 1) ))"
echo "checks: $passed passed, $failed failed; time ${elapsed} ms"
if [ $failed -ne 0 ]; then
    echo "RESULT: FAIL"
    exit 1
fi
echo "RESULT: PASS"
