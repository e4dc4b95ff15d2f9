#!/bin/bash
# Every user-visible string is translated into Russian and Kazakh, and the
# committed .ts files are current with the sources: scripts/translations run
# on copies (RAPPORT_TS_DIR) must find nothing untranslated and change
# nothing. Plural entries carry the forms each language needs (Russian 3,
# Kazakh 2).
#   tests/scripts/tst_translations.sh SOURCE_DIR
set -uo pipefail
SRC=$1
tmp=$(mktemp -d /tmp/rapport-ts.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
failures=0
if ! RAPPORT_TS_DIR="$tmp" "$SRC/scripts/translations" >"$tmp/out" 2>&1; then
    cat "$tmp/out"
    echo "FAIL: strings without a Russian or Kazakh translation (add them to translations/strings.tsv)"
    failures=$((failures + 1))
fi
for lang in ru kk; do
    if ! cmp -s "$tmp/rapport_$lang.ts" "$SRC/translations/rapport_$lang.ts"; then
        diff -u "$SRC/translations/rapport_$lang.ts" "$tmp/rapport_$lang.ts" | head -40
        echo "FAIL: translations/rapport_$lang.ts is stale against the sources (run scripts/translations)"
        failures=$((failures + 1))
    fi
    n=$(grep -c 'type="unfinished"' "$SRC/translations/rapport_$lang.ts")
    [ "$n" = 0 ] || { echo "FAIL: $n unfinished entries in rapport_$lang.ts"; failures=$((failures + 1)); }
done
python3 - "$SRC/translations/rapport_ru.ts" "$SRC/translations/rapport_kk.ts" <<'PY' || failures=$((failures + 1))
import sys, xml.etree.ElementTree as ET
want = {'ru': 3, 'kk': 2}
bad = 0
for path in sys.argv[1:]:
    lang = 'ru' if path.endswith('_ru.ts') else 'kk'
    plurals = 0
    for m in ET.parse(path).iter('message'):
        if m.get('numerus') != 'yes':
            continue
        plurals += 1
        forms = [f.text or '' for f in m.find('translation').iter('numerusform')]
        if len(forms) != want[lang] or not all(f.strip() for f in forms):
            bad += 1
            print('FAIL: %s: "%s" has %d forms, %s needs %d' % (path, m.findtext('source'), len(forms), lang, want[lang]))
    print('%s: %d plural entries' % (path.rsplit('/', 1)[-1], plurals))
sys.exit(1 if bad else 0)
PY
echo "translations: $failures failed"
[ "$failures" = 0 ]
