#!/usr/bin/python3
"""Fixture databases of every released schema version, made by the migration
scripts themselves: tests/data/schemas/rapport-vN.sqlite holds the schema of
resources/migrations/0001..000N (PRAGMA user_version = N, as the migrator
writes it) and a few records of the tables that version has. tst_schema_fixtures
opens each with the real rapport-cli, which migrates it to the current
version, and checks that every record is still there.

    tests/data/make_schema_fixtures.py [--upto N]   (default: every script)

Run it once when a schema version is released; commit the files it writes.
"""
import argparse
import glob
import os
import re
import sqlite3
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
MIGRATIONS = os.path.join(ROOT, 'resources', 'migrations')
OUT = os.path.join(ROOT, 'tests', 'data', 'schemas')
AT = 1767225600  # 2026-01-01 00:00 UTC

# Records per table, inserted when the version has the table; the test looks
# for each of them after the migration.
RECORDS = [
    ('users', dict(id=1, name='Айгерим Сейткали', email='lead@example.kz', role='team_lead', created_at=AT)),
    ('users', dict(id=2, name='Асель Касымова', email='asel@example.kz', role='account_manager', created_at=AT)),
    ('settings', dict(key='fixture.marker', value='kept')),
    ('audit_log', dict(id=1, at=AT, user_id=1, user_email='lead@example.kz', entity='user', entity_id=2,
                       action='create', new_values='{"name":"Асель Касымова"}')),
    ('clients', dict(id=1, legal_name='ТОО «Фикстура»', short_name='Фикстура', tax_country='KZ',
                     tax_id='', status='active', account_manager_id=2, currency='KZT', fee_minor=12000000,
                     included_minutes=1200, overage_rate_minor=1500000, created_at=AT, updated_at=AT)),
    ('contacts', dict(id=1, client_id=1, name='Иван Петров', email='ivan@fixture.kz', created_at=AT)),
    ('special_conditions', dict(id=1, client_id=1, text='Отчёты до 5-го числа', created_at=AT)),
    ('tickets', dict(id=1, client_id=1, number=1, subject='Не формируется отчёт', channel='email',
                     status='new', owner_id=2, created_at=AT, updated_at=AT)),
    # Automation (v7): a rule with a firing and its message; v11 rebuilds the
    # rules table, and the firing and the message must still point at it.
    ('automation_rules', dict(id=100, key='fixture_rule', name='Правило фикстуры', trigger_kind='ticket_created',
                              template_key='ticket_acknowledgement', enabled=0, created_at=AT, updated_at=AT)),
    ('automation_firings', dict(id=1, rule_id=100, ref_type='ticket', ref_id=1, occurrence='', fired_at=AT)),
    ('outbox_messages', dict(id=1, rule_id=100, firing_id=1, client_id=1, contact_id=1, to_address='ivan@fixture.kz',
                             language='ru', subject='Письмо фикстуры', body='Текст', state='sent', ref_type='ticket',
                             ref_id=1, created_at=AT, sent_at=AT)),
]


def columns(conn, table):
    return {row[1]: row for row in conn.execute('SELECT * FROM pragma_table_info(?)', (table,))}


def make(version, scripts):
    path = os.path.join(OUT, 'rapport-v%d.sqlite' % version)
    if os.path.exists(path):
        os.remove(path)
    conn = sqlite3.connect(path)
    conn.execute('PRAGMA foreign_keys=ON')
    for script in scripts[:version]:
        with open(script, encoding='utf-8') as f:
            conn.executescript(f.read())
    conn.execute('PRAGMA user_version = %d' % version)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    written = []
    for table, values in RECORDS:
        if table not in tables:
            continue
        have = columns(conn, table)
        row = {k: v for k, v in values.items() if k in have}
        missing = [c for c, info in have.items() if info[3] and info[4] is None and not info[5] and c not in row]
        if missing:
            sys.exit('%s at version %d needs %s' % (table, version, ', '.join(missing)))
        conn.execute('INSERT INTO %s (%s) VALUES (%s)' % (table, ', '.join(row), ', '.join('?' * len(row))),
                     list(row.values()))
        written.append(table)
    conn.commit()
    conn.execute('VACUUM')
    conn.close()
    print('%s: %s' % (os.path.relpath(path, ROOT), ', '.join(written)))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--upto', type=int)
    args = parser.parse_args()
    scripts = sorted(glob.glob(os.path.join(MIGRATIONS, '[0-9][0-9][0-9][0-9]_*.sql')))
    versions = [int(re.match(r'(\d{4})_', os.path.basename(s)).group(1)) for s in scripts]
    if versions != list(range(1, len(versions) + 1)):
        sys.exit('migrations are not numbered 1..N')
    upto = args.upto or len(scripts)
    os.makedirs(OUT, exist_ok=True)
    for v in range(1, upto + 1):
        make(v, scripts)


if __name__ == '__main__':
    main()
