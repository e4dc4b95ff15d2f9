-- Dunning steps that are sent (seed 002: the debt notice and the formal
-- claim go to the client). A notice or claim that an automation rule sends
-- as a message counts as sent only once that message went out (sent by
-- SMTP or written as an .eml file), and the ladder waits for it: the
-- suspension counts its 5 business days from the day the notice was sent.
--   awaits_delivery: 1 when a rule was to send the step's message when the
--     step was taken; 0 when the team hands it over itself (no rule on),
--     and then the step counts from its own date as before.
--   sent_on: the day (on the client's calendar) its message was sent.
-- The formal claim gets a trigger of its own, dunning_claim, so a rule can
-- send it; the trigger kinds are a CHECK, which SQLite changes only by
-- rebuilding the table (as in 0011):
-- rapport: rebuilds tables
ALTER TABLE dunning_steps ADD COLUMN awaits_delivery INTEGER NOT NULL DEFAULT 0;
ALTER TABLE dunning_steps ADD COLUMN sent_on TEXT;
CREATE TABLE automation_rules_v16 AS SELECT * FROM automation_rules;
DROP TABLE automation_rules;
CREATE TABLE automation_rules (
    id             INTEGER PRIMARY KEY,
    key            TEXT    NOT NULL UNIQUE,
    name           TEXT    NOT NULL,
    trigger_kind   TEXT    NOT NULL CHECK (trigger_kind IN ('ticket_created', 'ticket_resolved', 'invoice_due',
                                                            'dunning_notice', 'dunning_suspend', 'dunning_claim',
                                                            'dunning_restore', 'review_date', 'sla_at_risk',
                                                            'hours_warning', 'hours_exhausted')),
    offset_days    INTEGER NOT NULL DEFAULT 0 CHECK (offset_days BETWEEN -90 AND 90),
    recipient      TEXT    NOT NULL DEFAULT '',
    template_key   TEXT    NOT NULL,
    needs_approval INTEGER NOT NULL DEFAULT 0,
    enabled        INTEGER NOT NULL DEFAULT 1,
    builtin        INTEGER NOT NULL DEFAULT 0,
    created_at     INTEGER NOT NULL,
    updated_at     INTEGER NOT NULL,
    conditions     TEXT    NOT NULL DEFAULT '{}',
    business_days  INTEGER NOT NULL DEFAULT 0,
    action         TEXT    NOT NULL DEFAULT 'message' CHECK (action IN ('message', 'task')),
    task_owner     TEXT    NOT NULL DEFAULT ''
);
INSERT INTO automation_rules (id, key, name, trigger_kind, offset_days, recipient, template_key, needs_approval,
                              enabled, builtin, created_at, updated_at, conditions, business_days, action, task_owner)
    SELECT id, key, name, trigger_kind, offset_days, recipient, template_key, needs_approval, enabled, builtin,
           created_at, updated_at, conditions, business_days, action, task_owner
    FROM automation_rules_v16;
DROP TABLE automation_rules_v16;
