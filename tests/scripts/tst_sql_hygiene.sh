#!/usr/bin/env bash
# SQL hygiene (DESIGN "Storage"; issue 13), over the sources:
#  1. no SQL outside core/storage and core/metrics (app/, ui/ and the rest of
#     core/ hold no SQL statement text);
#  2. no quoted placeholder ('%1') in SQL text: values are bound, never
#     formatted into a statement;
#  3. in core/storage and core/metrics, a SQL string that is formatted
#     (.arg) or joined with a number (QString::number) carries a
#     `// sql-ok: <why>` comment on that line or the one above, saying why
#     what goes in is not a value from outside (an identifier from the
#     catalogs, an integer setting, a dialect fragment).
#   tst_sql_hygiene.sh SOURCE_DIR
set -uo pipefail
SRC=${1:?usage: tst_sql_hygiene.sh SOURCE_DIR}
cd "$SRC" || exit 2
failures=0
keywords='(SELECT |INSERT INTO|UPDATE [a-z_]+ SET|DELETE FROM|CREATE (TABLE|INDEX|TRIGGER)|ALTER TABLE|DROP (TABLE|TRIGGER)|PRAGMA )'

outside=$(grep -rnE "u\"[^\"]*$keywords" app ui core --include=*.cpp --include=*.h | grep -vE '^core/(storage|metrics)/')
if [ -n "$outside" ]; then
    echo "FAIL: SQL outside core/storage and core/metrics:"
    echo "$outside" | sed 's/^/    /'
    failures=$((failures + 1))
fi

quoted=$(grep -rnE "u\"[^\"]*($keywords|WHERE|VALUES)[^\"]*'%[0-9]'" core app ui --include=*.cpp --include=*.h)
if [ -n "$quoted" ]; then
    echo "FAIL: a value formatted into SQL text ('%N'); bind it instead:"
    echo "$quoted" | sed 's/^/    /'
    failures=$((failures + 1))
fi

unmarked=()
while IFS= read -r hit; do
    [ -n "$hit" ] || continue
    file=${hit%%:*}
    rest=${hit#*:}
    line=${rest%%:*}
    prev=$((line - 1))
    if ! sed -n "${prev}p;${line}p" "$file" | grep -q '// sql-ok:'; then
        unmarked+=("$hit")
    fi
done < <(grep -rnE "u\"[^\"]*($keywords|SET |WHERE |VALUES|FROM |ORDER BY |setval)[^\"]*\"_s(\.arg\(| \+ QString::number\()" \
    core/storage core/metrics --include=*.cpp)
if [ ${#unmarked[@]} -gt 0 ]; then
    echo "FAIL: SQL text formatted without a // sql-ok: reason:"
    printf '    %s\n' "${unmarked[@]}"
    failures=$((failures + 1))
fi

checked=$(grep -rlE "u\"[^\"]*$keywords" core/storage core/metrics --include=*.cpp | wc -l)
echo "sql hygiene: $checked storage/metrics files with SQL, $failures rule(s) broken"
[ $failures -eq 0 ]
