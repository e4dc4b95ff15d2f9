#!/usr/bin/python3
"""Compare the schema of a SQLite database built from resources/migrations/*.sql
with a PostgreSQL database built from resources/migrations/postgresql/*.sql.

    schema_drift.py --sqlite FILE --pg-uri URI [--psql PATH]

Both sides are reduced to the same normalized description:
  tables; per table the ordered columns (normalized type, NOT NULL, default,
  identity), primary key, foreign keys (columns -> table(columns), ON DELETE /
  ON UPDATE), unique constraints (a PostgreSQL unique index on lower(col)
  stands for SQLite's UNIQUE ... COLLATE NOCASE on col), the number of CHECK
  constraints; named indexes (table, key columns with lower(col) for
  COLLATE NOCASE, unique, partial and the columns the predicate reads);
  triggers (table, BEFORE/AFTER, events, UPDATE OF columns, WHEN or not).
Every difference is printed; the exit status is 1 on any drift, 0 otherwise.
PostgreSQL's rapport_schema (the migrator's own table), its server_* triggers
(rules about logins, which a file does not have) and SQLite's sqlite_% tables
are left out.
"""

import argparse
import json
import re
import sqlite3
import subprocess
import sys
from decimal import Decimal, InvalidOperation

# ---------------------------------------------------------------- helpers


def strip_sql(sql, keep_strings=False):
    """SQL text without comments; string literals emptied unless keep_strings;
    quoted identifiers unquoted."""
    out = []
    i, n = 0, len(sql)
    while i < n:
        c = sql[i]
        if sql.startswith('--', i):
            j = sql.find('\n', i)
            i = n if j < 0 else j
            out.append(' ')
        elif sql.startswith('/*', i):
            j = sql.find('*/', i + 2)
            i = n if j < 0 else j + 2
            out.append(' ')
        elif c == "'":
            j = i + 1
            while j < n:
                if sql[j] == "'" and j + 1 < n and sql[j + 1] == "'":
                    j += 2
                elif sql[j] == "'":
                    break
                else:
                    j += 1
            out.append(sql[i:j + 1] if keep_strings else "''")
            i = j + 1
        elif c in '"`[':
            close = {'"': '"', '`': '`', '[': ']'}[c]
            j = sql.find(close, i + 1)
            j = n if j < 0 else j
            out.append(sql[i + 1:j])
            i = j + 1
        else:
            out.append(c)
            i += 1
    return ''.join(out)


def norm_type_sqlite(declared):
    t = ' '.join((declared or '').upper().split())
    return {'INTEGER': 'integer', 'TEXT': 'text', 'REAL': 'real', 'BLOB': 'blob', '': 'blob'}.get(
        t, 'sqlite:' + t)


def norm_type_pg(formatted):
    return {'bigint': 'integer', 'text': 'text', 'double precision': 'real', 'bytea': 'blob'}.get(
        formatted, 'pg:' + formatted)


_CAST = re.compile(r"::\s*[a-z_][a-z0-9_ ]*(\(\s*\d+(\s*,\s*\d+)?\s*\))?(\[\])*\s*$", re.I)


def _unwrap(e):
    while True:
        e = e.strip()
        m = _CAST.search(e)
        if m and not e.endswith("'"):
            e = e[:m.start()]
            continue
        if e.startswith('(') and e.endswith(')'):
            depth = 0
            for k, ch in enumerate(e):
                depth += ch == '('
                depth -= ch == ')'
                if depth == 0 and k < len(e) - 1:
                    break
            else:
                e = e[1:-1]
                continue
        if re.fullmatch(r"CAST\s*\((.*)\s+AS\s+[a-z_][a-z0-9_ ]*\)", e, re.I | re.S):
            e = re.fullmatch(r"CAST\s*\((.*)\s+AS\s+[a-z_][a-z0-9_ ]*\)", e, re.I | re.S).group(1)
            continue
        return e


def norm_default(expr, ntype):
    """A comparable value for a column default: None, ('number', Decimal),
    ('string', str) or ('expr', normalized text)."""
    if expr is None:
        return None
    e = _unwrap(str(expr))
    if e.upper() == 'NULL':
        return None
    m = re.fullmatch(r"'((?:[^']|'')*)'", e, re.S)
    if m:
        s = m.group(1).replace("''", "'")
        if ntype in ('integer', 'real'):
            try:
                return ('number', Decimal(s))
            except InvalidOperation:
                pass
        return ('string', s)
    try:
        return ('number', Decimal(e.replace(' ', '')))
    except InvalidOperation:
        return ('expr', ' '.join(e.lower().split()))


def show_default(d):
    if d is None:
        return 'none'
    kind, v = d
    if kind == 'string':
        return "'" + v.replace("'", "''") + "'"
    return str(v) if kind == 'number' else v


def key_repr(expr):
    """An index key as text: `col`, `lower(col)`, `col collate X`."""
    e = ' '.join(expr.replace('"', '').split())
    m = re.fullmatch(r'(\w+) collate (\w+)', e, re.I)
    if m:
        coll = m.group(2).lower()
        return m.group(1) if coll in ('binary', 'default') else m.group(1) + ' collate ' + coll
    return re.sub(r'\s*\(\s*', '(', re.sub(r'\s*\)', ')', e)).lower()


def predicate_columns(pred, columns):
    if not pred:
        return ()
    words = set(re.findall(r'[A-Za-z_][A-Za-z0-9_]*', strip_sql(pred)))
    return tuple(sorted(words & set(columns)))


# ---------------------------------------------------------------- SQLite


def describe_sqlite(path):
    db = sqlite3.connect(path)
    q = lambda sql, *a: db.execute(sql, a).fetchall()  # noqa: E731
    tables, indexes, triggers = {}, {}, {}
    for (name, sql) in q("SELECT name, sql FROM sqlite_master WHERE type = 'table' "
                         "AND name NOT LIKE 'sqlite%' ORDER BY name"):
        info = q('SELECT cid, name, type, "notnull", dflt_value, pk FROM pragma_table_info(?)', name)
        pk = tuple(r[1] for r in sorted((r for r in info if r[5] > 0), key=lambda r: r[5]))
        without_rowid = bool(re.search(r'\)\s*WITHOUT\s+ROWID\s*$', strip_sql(sql), re.I))
        cols = []
        for cid, cname, ctype, notnull, dflt, pkpos in info:
            nt = norm_type_sqlite(ctype)
            identity = ('by default' if len(pk) == 1 and pkpos == 1 and not without_rowid
                        and ' '.join((ctype or '').upper().split()) == 'INTEGER' else None)
            cols.append({'name': cname, 'type': nt, 'notnull': bool(notnull) or cname in pk,
                         'default': norm_default(dflt, nt), 'identity': identity})
        fks = {}
        for (fid, seq, rtable, frm, to, on_update, on_delete, _match) in q(
                'SELECT id, seq, "table", "from", "to", on_update, on_delete, "match" '
                'FROM pragma_foreign_key_list(?) ORDER BY id, seq', name):
            fk = fks.setdefault(fid, {'cols': [], 'reftable': rtable, 'refcols': [],
                                      'on_delete': on_delete.upper(), 'on_update': on_update.upper()})
            fk['cols'].append(frm)
            fk['refcols'].append(to)
        fklist = []
        for fk in fks.values():
            if any(c is None for c in fk['refcols']):  # REFERENCES t without columns: t's primary key
                rinfo = q('SELECT name, pk FROM pragma_table_info(?)', fk['reftable'])
                fk['refcols'] = [r[0] for r in sorted((r for r in rinfo if r[1] > 0), key=lambda r: r[1])]
            fklist.append((tuple(fk['cols']), fk['reftable'], tuple(fk['refcols']),
                           fk['on_delete'], fk['on_update']))
        uniques = []
        colnames = [c['name'] for c in cols]
        for (_seq, iname, unique, origin, partial) in q(
                'SELECT seq, name, "unique", origin, partial FROM pragma_index_list(?)', name):
            keys = []
            for (_s, cid, cname, desc, coll, key) in q(
                    'SELECT seqno, cid, name, "desc", coll, "key" FROM pragma_index_xinfo(?) ORDER BY seqno',
                    iname):
                if not key:
                    continue
                if cid == -2 or cname is None:
                    k = 'expression'
                elif (coll or 'BINARY').upper() == 'NOCASE':
                    k = 'lower(%s)' % cname
                elif (coll or 'BINARY').upper() == 'BINARY':
                    k = cname
                else:
                    k = '%s collate %s' % (cname, coll.lower())
                keys.append(k + (' desc' if desc else ''))
            if origin == 'pk':
                continue
            if origin == 'u':
                uniques.append(tuple(keys))
                continue
            isql = q("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?", iname)[0][0] or ''
            m = re.search(r'\bWHERE\b(.*)$', strip_sql(isql, keep_strings=True), re.I | re.S)
            indexes[iname] = {'table': name, 'keys': tuple(keys), 'unique': bool(unique),
                              'partial': bool(partial),
                              'predicate_columns': predicate_columns(m.group(1) if m else '', colnames)}
        checks = len(re.findall(r'\bCHECK\b', strip_sql(sql), re.I))
        tables[name] = {'columns': cols, 'pk': pk, 'fks': sorted(fklist), 'uniques': sorted(uniques),
                        'checks': checks}
    for (name, tbl, sql) in q("SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger'"):
        s = ' '.join(strip_sql(sql).split())
        m = re.match(r'CREATE\s+(?:TEMP\w*\s+)?TRIGGER\s+(?:IF\s+NOT\s+EXISTS\s+)?\S+\s+'
                     r'(BEFORE\s+|AFTER\s+|INSTEAD\s+OF\s+)?(DELETE|INSERT|UPDATE)(\s+OF\s+.*?)?\s+ON\s+\S+'
                     r'(\s+FOR\s+EACH\s+ROW)?(\s+WHEN\s+.*?)?\s+BEGIN\b', s, re.I)
        if not m:
            triggers[name] = {'table': tbl, 'unparsed': s}
            continue
        timing = ' '.join((m.group(1) or 'BEFORE').upper().split())
        of = tuple(c.strip() for c in m.group(3)[4:].split(',')) if m.group(3) else ()
        triggers[name] = {'table': tbl, 'timing': timing, 'events': (m.group(2).upper(),),
                          'update_of': of, 'when': bool(m.group(5)), 'level': 'ROW'}
    return tables, indexes, triggers


# ---------------------------------------------------------------- PostgreSQL

PG_QUERY = r"""
WITH tabs AS (
    SELECT c.oid, c.relname
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND c.relname <> 'rapport_schema'
)
SELECT json_build_object(
  'tables', (SELECT coalesce(json_agg(relname ORDER BY relname), '[]') FROM tabs),
  'columns', (
    SELECT coalesce(json_agg(json_build_object(
             'table', t.relname, 'name', a.attname, 'type', format_type(a.atttypid, a.atttypmod),
             'notnull', a.attnotnull, 'default', pg_get_expr(d.adbin, d.adrelid),
             'identity', a.attidentity, 'generated', a.attgenerated)
           ORDER BY t.relname, a.attnum), '[]')
    FROM tabs t
    JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum > 0 AND NOT a.attisdropped
    LEFT JOIN pg_attrdef d ON d.adrelid = t.oid AND d.adnum = a.attnum),
  'constraints', (
    SELECT coalesce(json_agg(json_build_object(
             'table', t.relname, 'name', c.conname, 'type', c.contype,
             'cols', (SELECT json_agg(a.attname ORDER BY k.ord)
                      FROM unnest(c.conkey) WITH ORDINALITY k(num, ord)
                      JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.num),
             'reftable', rt.relname,
             'refcols', (SELECT json_agg(a.attname ORDER BY k.ord)
                         FROM unnest(c.confkey) WITH ORDINALITY k(num, ord)
                         JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.num),
             'on_delete', c.confdeltype, 'on_update', c.confupdtype)
           ORDER BY t.relname, c.conname), '[]')
    FROM tabs t
    JOIN pg_constraint c ON c.conrelid = t.oid
    LEFT JOIN pg_class rt ON rt.oid = c.confrelid),
  'indexes', (
    SELECT coalesce(json_agg(json_build_object(
             'table', t.relname, 'name', ic.relname, 'unique', i.indisunique,
             'predicate', pg_get_expr(i.indpred, i.indrelid),
             'keys', (SELECT json_agg(pg_get_indexdef(i.indexrelid, k, true) ORDER BY k)
                      FROM generate_series(1, i.indnkeyatts) k),
             'desc', (SELECT json_agg((i.indoption[k - 1] & 1) = 1 ORDER BY k)
                      FROM generate_series(1, i.indnkeyatts) k),
             'constraint', EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid
                                   AND c.conrelid = i.indrelid AND c.contype IN ('p', 'u', 'x')))
           ORDER BY ic.relname), '[]')
    FROM tabs t
    JOIN pg_index i ON i.indrelid = t.oid
    JOIN pg_class ic ON ic.oid = i.indexrelid),
  'triggers', (
    SELECT coalesce(json_agg(json_build_object(
             'table', t.relname, 'name', tg.tgname, 'type', tg.tgtype,
             'cols', (SELECT json_agg(a.attname ORDER BY k.ord)
                      FROM unnest(CAST(tg.tgattr AS int2[])) WITH ORDINALITY k(num, ord)
                      JOIN pg_attribute a ON a.attrelid = tg.tgrelid AND a.attnum = k.num),
             'when', tg.tgqual IS NOT NULL, 'function', p.proname, 'enabled', tg.tgenabled)
           ORDER BY tg.tgname), '[]')
    FROM tabs t
    JOIN pg_trigger tg ON tg.tgrelid = t.oid AND NOT tg.tgisinternal
    JOIN pg_proc p ON p.oid = tg.tgfoid)
);
"""

FK_ACTIONS = {'a': 'NO ACTION', 'r': 'RESTRICT', 'c': 'CASCADE', 'n': 'SET NULL', 'd': 'SET DEFAULT'}


def describe_pg(psql, uri, sqlite_index_names):
    r = subprocess.run([psql, '-X', '-q', '-At', '-v', 'ON_ERROR_STOP=1', '-d', uri, '-f', '-'],
                       input=PG_QUERY, capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit('schema_drift: psql failed: ' + r.stderr.strip())
    data = json.loads(r.stdout)
    tables = {t: {'columns': [], 'pk': (), 'fks': [], 'uniques': [], 'checks': 0} for t in data['tables']}
    notes = []
    for c in data['columns']:
        nt = norm_type_pg(c['type'])
        identity = {'d': 'by default', 'a': 'always'}.get(c['identity'] or '')
        if c['generated']:
            notes.append('table %s: column %s is a generated column' % (c['table'], c['name']))
        tables[c['table']]['columns'].append({'name': c['name'], 'type': nt, 'notnull': c['notnull'],
                                              'default': norm_default(c['default'], nt),
                                              'identity': identity})
    for c in data['constraints']:
        t = tables[c['table']]
        if c['type'] == 'p':
            t['pk'] = tuple(c['cols'])
        elif c['type'] == 'f':
            t['fks'].append((tuple(c['cols']), c['reftable'], tuple(c['refcols']),
                             FK_ACTIONS[c['on_delete']], FK_ACTIONS[c['on_update']]))
        elif c['type'] == 'u':
            t['uniques'].append(tuple(c['cols']))
        elif c['type'] == 'c':
            t['checks'] += 1
        else:
            notes.append('table %s: constraint %s of type %s has no SQLite counterpart'
                         % (c['table'], c['name'], c['type']))
    indexes = {}
    for i in data['indexes']:
        if i['constraint']:
            continue  # the index of a primary key / unique constraint: compared as the constraint
        keys = tuple(key_repr(k) + (' desc' if d else '') for k, d in zip(i['keys'], i['desc']))
        lowered = [re.fullmatch(r'lower\((\w+)\)', k) for k in keys]
        if (i['name'] not in sqlite_index_names.get(i['table'], set()) and i['unique']
                and not i['predicate'] and all(lowered)):
            # Stands for SQLite's UNIQUE ... COLLATE NOCASE, named <table>_<column>_lower.
            tables[i['table']]['uniques'].append(keys)
            expected = '%s_%s_lower' % (i['table'], '_'.join(m.group(1) for m in lowered))
            if i['name'] != expected:
                notes.append('table %s: unique index %s on %s should be named %s'
                             % (i['table'], i['name'], ', '.join(keys), expected))
            continue
        colnames = [c['name'] for c in tables[i['table']]['columns']]
        indexes[i['name']] = {'table': i['table'], 'keys': keys, 'unique': i['unique'],
                              'partial': i['predicate'] is not None,
                              'predicate_columns': predicate_columns(i['predicate'], colnames)}
    for t in tables.values():
        t['fks'].sort()
        t['uniques'].sort()
    triggers = {}
    for tg in data['triggers']:
        # server_* triggers keep rules only a server can (who is logged in):
        # they have no SQLite counterpart by design.
        if tg['name'].startswith('server_'):
            continue
        ty = tg['type']
        timing = 'INSTEAD OF' if ty & 64 else ('BEFORE' if ty & 2 else 'AFTER')
        events = tuple(e for bit, e in ((4, 'INSERT'), (8, 'DELETE'), (16, 'UPDATE'), (32, 'TRUNCATE'))
                       if ty & bit)
        triggers[tg['name']] = {'table': tg['table'], 'timing': timing, 'events': events,
                                'update_of': tuple(tg['cols'] or ()), 'when': tg['when'],
                                'level': 'ROW' if ty & 1 else 'STATEMENT'}
        if tg['function'] != tg['name'] + '_fn':
            notes.append('trigger %s: function is %s(), expected %s_fn()'
                         % (tg['name'], tg['function'], tg['name']))
        if tg['enabled'] == 'D':
            notes.append('trigger %s is disabled' % tg['name'])
    return tables, indexes, triggers, notes


# ---------------------------------------------------------------- compare


def fmt_fk(fk):
    return '(%s) -> %s(%s) ON DELETE %s ON UPDATE %s' % (', '.join(fk[0]), fk[1], ', '.join(fk[2]), fk[3], fk[4])


def fmt_col(c):
    return '%s %s%s%s%s' % (c['name'], c['type'], ' NOT NULL' if c['notnull'] else '',
                            ' DEFAULT ' + show_default(c['default']) if c['default'] is not None else '',
                            ' IDENTITY ' + c['identity'] if c['identity'] else '')


def compare(lite, pg, notes):
    (lt, li, ltr), (pt, pi, ptr) = lite, pg
    diffs = list(notes)
    for t in sorted(set(lt) - set(pt)):
        diffs.append('table %s: only in SQLite' % t)
    for t in sorted(set(pt) - set(lt)):
        diffs.append('table %s: only in PostgreSQL' % t)
    ncols = 0
    for t in sorted(set(lt) & set(pt)):
        a, b = lt[t], pt[t]
        an = [c['name'] for c in a['columns']]
        bn = [c['name'] for c in b['columns']]
        ncols += len(an)
        if an != bn:
            diffs.append('table %s: columns differ\n    sqlite:     %s\n    postgresql: %s'
                         % (t, ', '.join(an), ', '.join(bn)))
        bc = {c['name']: c for c in b['columns']}
        for c in a['columns']:
            d = bc.get(c['name'])
            if d is None:
                continue
            for field in ('type', 'notnull', 'default', 'identity'):
                if c[field] != d[field]:
                    diffs.append('table %s: column %s: %s differs (sqlite: %s, postgresql: %s)'
                                 % (t, c['name'], field, fmt_col(c), fmt_col(d)))
                    break
        if a['pk'] != b['pk']:
            diffs.append('table %s: primary key (%s) vs (%s)' % (t, ', '.join(a['pk']), ', '.join(b['pk'])))
        for fk in sorted(set(a['fks']) - set(b['fks'])):
            diffs.append('table %s: foreign key only in SQLite: %s' % (t, fmt_fk(fk)))
        for fk in sorted(set(b['fks']) - set(a['fks'])):
            diffs.append('table %s: foreign key only in PostgreSQL: %s' % (t, fmt_fk(fk)))
        if a['uniques'] != b['uniques']:
            diffs.append('table %s: unique constraints differ (sqlite: %s; postgresql: %s)'
                         % (t, '; '.join('(%s)' % ', '.join(u) for u in a['uniques']) or 'none',
                            '; '.join('(%s)' % ', '.join(u) for u in b['uniques']) or 'none'))
        if a['checks'] != b['checks']:
            diffs.append('table %s: %d CHECK constraints in SQLite, %d in PostgreSQL'
                         % (t, a['checks'], b['checks']))
    for i in sorted(set(li) - set(pi)):
        diffs.append('index %s (on %s): only in SQLite' % (i, li[i]['table']))
    for i in sorted(set(pi) - set(li)):
        diffs.append('index %s (on %s): only in PostgreSQL' % (i, pi[i]['table']))
    for i in sorted(set(li) & set(pi)):
        for field in ('table', 'keys', 'unique', 'partial', 'predicate_columns'):
            if li[i][field] != pi[i][field]:
                diffs.append('index %s: %s differs (sqlite: %s, postgresql: %s)'
                             % (i, field, li[i][field], pi[i][field]))
    for g in sorted(set(ltr) - set(ptr)):
        diffs.append('trigger %s (on %s): only in SQLite' % (g, ltr[g]['table']))
    for g in sorted(set(ptr) - set(ltr)):
        diffs.append('trigger %s (on %s): only in PostgreSQL' % (g, ptr[g]['table']))
    for g in sorted(set(ltr) & set(ptr)):
        if 'unparsed' in ltr[g]:
            diffs.append('trigger %s: cannot parse the SQLite definition: %s' % (g, ltr[g]['unparsed']))
            continue
        for field in ('table', 'timing', 'events', 'update_of', 'when', 'level'):
            if ltr[g][field] != ptr[g][field]:
                diffs.append('trigger %s: %s differs (sqlite: %s, postgresql: %s)'
                             % (g, field, ltr[g][field], ptr[g][field]))
    ntab = len(set(lt) | set(pt))
    return diffs, ntab, ncols, len(set(li) | set(pi)), len(set(ltr) | set(ptr))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--sqlite', required=True, help='SQLite database built from the SQLite migrations')
    ap.add_argument('--pg-uri', required=True, help='PostgreSQL database built from the PostgreSQL migrations')
    ap.add_argument('--psql', default='/usr/lib/postgresql/15/bin/psql')
    args = ap.parse_args()
    lite = describe_sqlite(args.sqlite)
    names = {}
    for n, i in lite[1].items():
        names.setdefault(i['table'], set()).add(n)
    *pg, notes = describe_pg(args.psql, args.pg_uri, names)
    diffs, ntab, ncols, nidx, ntrg = compare(lite, tuple(pg), notes)
    for d in diffs:
        print('DRIFT: ' + d)
    if diffs:
        print('schema drift: %d difference%s (%d tables, %d columns, %d indexes, %d triggers compared)'
              % (len(diffs), '' if len(diffs) == 1 else 's', ntab, ncols, nidx, ntrg))
        return 1
    print('schema drift: %d tables, %d columns, %d indexes, %d triggers compared, no drift'
          % (ntab, ncols, nidx, ntrg))
    return 0


if __name__ == '__main__':
    sys.exit(main())
