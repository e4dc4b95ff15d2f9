-- Automation (DESIGN "Automation"): rules turn dates and events into
-- messages; templates hold each message's text per language; the outbox
-- holds every message from queued to sent. A firing records that a rule
-- acted on one occurrence of its trigger, so that a repeated or late run
-- never acts twice.

-- Message text per template key and language; {placeholders} are filled
-- from the record the rule fired on.
CREATE TABLE message_templates (
    id         INTEGER PRIMARY KEY,
    key        TEXT    NOT NULL,
    language   TEXT    NOT NULL CHECK (language IN ('ru', 'kk', 'en')),
    subject    TEXT    NOT NULL,
    body       TEXT    NOT NULL,
    updated_at INTEGER NOT NULL,
    UNIQUE (key, language)
);

-- trigger: the event or date the rule follows; offset_days moves a date
-- trigger (negative: before the date). recipient: a contact role ('' for
-- the ticket's contact or the client's first contact with an address) or
-- a staff member, the ticket's assignee or the client's account manager
-- (the keys are in core/automation/shippedrules.h).
CREATE TABLE automation_rules (
    id             INTEGER PRIMARY KEY,
    key            TEXT    NOT NULL UNIQUE,
    name           TEXT    NOT NULL,
    trigger_kind   TEXT    NOT NULL CHECK (trigger_kind IN ('ticket_created', 'ticket_resolved', 'invoice_due',
                                                            'dunning_notice', 'dunning_suspend', 'dunning_restore',
                                                            'review_date', 'sla_at_risk')),
    offset_days    INTEGER NOT NULL DEFAULT 0 CHECK (offset_days BETWEEN -90 AND 90),
    recipient      TEXT    NOT NULL DEFAULT '',
    template_key   TEXT    NOT NULL,
    needs_approval INTEGER NOT NULL DEFAULT 0,
    enabled        INTEGER NOT NULL DEFAULT 1,
    builtin        INTEGER NOT NULL DEFAULT 0,
    created_at     INTEGER NOT NULL,
    updated_at     INTEGER NOT NULL
);

CREATE TABLE automation_firings (
    id         INTEGER PRIMARY KEY,
    rule_id    INTEGER NOT NULL REFERENCES automation_rules(id),
    ref_type   TEXT    NOT NULL,
    ref_id     INTEGER NOT NULL,
    occurrence TEXT    NOT NULL DEFAULT '',
    fired_at   INTEGER NOT NULL,
    UNIQUE (rule_id, ref_type, ref_id, occurrence)
);

-- One message to one address. A message is claimed ('sending') inside a
-- write transaction before it goes out, so two senders never send it twice;
-- one left 'sending' by a crash is failed, never resent on its own.
CREATE TABLE outbox_messages (
    id              INTEGER PRIMARY KEY,
    rule_id         INTEGER REFERENCES automation_rules(id),
    firing_id       INTEGER REFERENCES automation_firings(id),
    client_id       INTEGER REFERENCES clients(id),
    contact_id      INTEGER REFERENCES contacts(id),
    user_id         INTEGER REFERENCES users(id),
    to_address      TEXT    NOT NULL,
    to_name         TEXT    NOT NULL DEFAULT '',
    language        TEXT    NOT NULL CHECK (language IN ('ru', 'kk', 'en')),
    subject         TEXT    NOT NULL,
    body            TEXT    NOT NULL,
    state           TEXT    NOT NULL DEFAULT 'queued'
                            CHECK (state IN ('queued', 'approved', 'sending', 'sent', 'failed', 'cancelled')),
    needs_approval  INTEGER NOT NULL DEFAULT 0,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER,
    last_error      TEXT    NOT NULL DEFAULT '',
    ref_type        TEXT,
    ref_id          INTEGER,
    message_id      TEXT,
    created_at      INTEGER NOT NULL,
    claimed_at      INTEGER,
    sent_at         INTEGER
);

CREATE INDEX outbox_by_state ON outbox_messages(state, next_attempt_at, id);
CREATE INDEX outbox_by_client ON outbox_messages(client_id, created_at);
