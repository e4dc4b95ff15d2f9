-- Hour thresholds (the hour balance, seed 002): automation rules may follow
-- a client's month reaching the warning share of its hours (default 80 %)
-- or using them up (100 %: overage starts). Two trigger kinds join the
-- CHECK of automation_rules; SQLite cannot change a CHECK in place, so the
-- table is rebuilt: its rows set aside, the table dropped and created anew
-- under its own name (no RENAME, which would rewrite the references of the
-- tables that point at it), the rows put back; foreign keys are off while
-- it runs and checked before commit:
-- rapport: rebuilds tables
CREATE TABLE automation_rules_v10 AS SELECT * FROM automation_rules;
DROP TABLE automation_rules;
CREATE TABLE automation_rules (
    id             INTEGER PRIMARY KEY,
    key            TEXT    NOT NULL UNIQUE,
    name           TEXT    NOT NULL,
    trigger_kind   TEXT    NOT NULL CHECK (trigger_kind IN ('ticket_created', 'ticket_resolved', 'invoice_due',
                                                            'dunning_notice', 'dunning_suspend', 'dunning_restore',
                                                            'review_date', 'sla_at_risk',
                                                            'hours_warning', 'hours_exhausted')),
    offset_days    INTEGER NOT NULL DEFAULT 0 CHECK (offset_days BETWEEN -90 AND 90),
    recipient      TEXT    NOT NULL DEFAULT '',
    template_key   TEXT    NOT NULL,
    needs_approval INTEGER NOT NULL DEFAULT 0,
    enabled        INTEGER NOT NULL DEFAULT 1,
    builtin        INTEGER NOT NULL DEFAULT 0,
    created_at     INTEGER NOT NULL,
    updated_at     INTEGER NOT NULL
);
INSERT INTO automation_rules (id, key, name, trigger_kind, offset_days, recipient, template_key, needs_approval,
                              enabled, builtin, created_at, updated_at)
    SELECT id, key, name, trigger_kind, offset_days, recipient, template_key, needs_approval, enabled, builtin,
           created_at, updated_at
    FROM automation_rules_v10;
DROP TABLE automation_rules_v10;
