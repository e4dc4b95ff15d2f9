-- Service regulation (seeds 000, 001, 003): review schedules and reviews,
-- recurring obligation rules, tasks (one owner, one due date), workflow
-- templates and their runs, complaints / thanks / remarks per client.
-- Dates are ISO 'YYYY-MM-DD' text; instants are UTC epoch seconds.

-- Review cadence per client: quarterly and annual reviews on a grid of months
-- from the anchor (the contract start unless set here).
CREATE TABLE review_schedules (
    client_id        INTEGER PRIMARY KEY REFERENCES clients(id),
    quarterly        INTEGER NOT NULL DEFAULT 1,
    annual           INTEGER NOT NULL DEFAULT 1,
    quarterly_months INTEGER NOT NULL DEFAULT 3 CHECK (quarterly_months BETWEEN 1 AND 12),
    anchor_on        TEXT,
    updated_at       INTEGER NOT NULL
);

CREATE TABLE reviews (
    id             INTEGER PRIMARY KEY,
    client_id      INTEGER NOT NULL REFERENCES clients(id),
    kind           TEXT    NOT NULL CHECK (kind IN ('quarterly', 'annual')),
    scheduled_on   TEXT    NOT NULL,
    held_on        TEXT,
    status         TEXT    NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'held', 'cancelled')),
    attendees      TEXT    NOT NULL DEFAULT '',
    progress       TEXT    NOT NULL DEFAULT '',
    problems       TEXT    NOT NULL DEFAULT '',
    satisfaction   TEXT    NOT NULL DEFAULT '',
    held_by        INTEGER REFERENCES users(id),
    created_at     INTEGER NOT NULL,
    updated_at     INTEGER NOT NULL
);

CREATE UNIQUE INDEX reviews_per_client_date ON reviews(client_id, scheduled_on);
CREATE INDEX reviews_pending_by_date ON reviews(status, scheduled_on);

-- A recurring obligation of the regulation for one client. The due date of a
-- period is computed by planning/ObligationRule from period, offset type, day
-- and due month; owner NULL means the client's account manager at run time.
CREATE TABLE obligation_rules (
    id           INTEGER PRIMARY KEY,
    client_id    INTEGER NOT NULL REFERENCES clients(id),
    kind         TEXT    NOT NULL CHECK (kind IN ('project_report', 'closing_documents', 'payroll', 'payslips', 'audit', 'custom')),
    title        TEXT    NOT NULL,
    period       TEXT    NOT NULL CHECK (period IN ('monthly', 'quarterly', 'annual')),
    offset_type  TEXT    NOT NULL CHECK (offset_type IN ('business_day', 'calendar_day')),
    day          INTEGER NOT NULL CHECK (day BETWEEN 1 AND 31),
    due_month    INTEGER NOT NULL DEFAULT 1 CHECK (due_month BETWEEN 0 AND 12),
    owner_id     INTEGER REFERENCES users(id),
    starts_on    TEXT    NOT NULL,
    preset       TEXT,
    archived_at  INTEGER,
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL
);

CREATE INDEX obligation_rules_by_client ON obligation_rules(client_id);
-- Applying a preset twice adds nothing: one rule per client, preset and kind.
CREATE UNIQUE INDEX obligation_rules_preset ON obligation_rules(client_id, preset, kind) WHERE preset IS NOT NULL;

CREATE TABLE workflow_templates (
    id          INTEGER PRIMARY KEY,
    key         TEXT    UNIQUE,
    name        TEXT    NOT NULL,
    description TEXT    NOT NULL DEFAULT '',
    builtin     INTEGER NOT NULL DEFAULT 0,
    archived_at INTEGER,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
);

CREATE TABLE workflow_steps (
    id          INTEGER PRIMARY KEY,
    template_id INTEGER NOT NULL REFERENCES workflow_templates(id),
    position    INTEGER NOT NULL,
    title       TEXT    NOT NULL,
    owner_role  TEXT    NOT NULL CHECK (owner_role IN ('account_manager', 'specialist', 'sales', 'quality_control', 'team_lead')),
    offset_days INTEGER NOT NULL DEFAULT 0 CHECK (offset_days >= 0)
);

CREATE INDEX workflow_steps_by_template ON workflow_steps(template_id, position);

-- One application of a template to a client (and optionally a ticket).
CREATE TABLE workflow_runs (
    id          INTEGER PRIMARY KEY,
    template_id INTEGER NOT NULL REFERENCES workflow_templates(id),
    client_id   INTEGER NOT NULL REFERENCES clients(id),
    ticket_id   INTEGER REFERENCES tickets(id),
    started_on  TEXT    NOT NULL,
    created_by  INTEGER REFERENCES users(id),
    created_at  INTEGER NOT NULL
);

CREATE INDEX workflow_runs_by_client ON workflow_runs(client_id);

-- Every task has exactly one owner and a due date (seed 001). A task comes
-- from an obligation period, a workflow step, a review's remediation plan, a ticket,
-- or is added by hand. Done on time: done_on <= due_on.
CREATE TABLE tasks (
    id                 INTEGER PRIMARY KEY,
    title              TEXT    NOT NULL,
    client_id          INTEGER REFERENCES clients(id),
    owner_id           INTEGER NOT NULL REFERENCES users(id),
    due_on             TEXT    NOT NULL,
    status             TEXT    NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'cancelled')),
    done_on            TEXT,
    done_at            INTEGER,
    source             TEXT    NOT NULL DEFAULT 'manual' CHECK (source IN ('manual', 'obligation', 'workflow', 'review', 'ticket')),
    obligation_rule_id INTEGER REFERENCES obligation_rules(id),
    period_key         TEXT,
    workflow_run_id    INTEGER REFERENCES workflow_runs(id),
    workflow_step_id   INTEGER REFERENCES workflow_steps(id),
    review_id          INTEGER REFERENCES reviews(id),
    ticket_id          INTEGER REFERENCES tickets(id),
    notes              TEXT    NOT NULL DEFAULT '',
    created_at         INTEGER NOT NULL,
    updated_at         INTEGER NOT NULL
);

-- Idempotent obligation runs: one task per rule and period.
CREATE UNIQUE INDEX tasks_obligation_period ON tasks(obligation_rule_id, period_key) WHERE obligation_rule_id IS NOT NULL;
-- "My tasks due / overdue": by owner, open first, by due date.
CREATE INDEX tasks_by_owner_due ON tasks(owner_id, status, due_on, id);
CREATE INDEX tasks_by_status_due ON tasks(status, due_on, id);
CREATE INDEX tasks_by_client ON tasks(client_id, due_on);
CREATE INDEX tasks_by_review ON tasks(review_id) WHERE review_id IS NOT NULL;
CREATE INDEX tasks_by_run ON tasks(workflow_run_id) WHERE workflow_run_id IS NOT NULL;

-- Complaints, thanks and remarks from a client, with their handling (seed 003).
CREATE TABLE client_feedback (
    id          INTEGER PRIMARY KEY,
    client_id   INTEGER NOT NULL REFERENCES clients(id),
    kind        TEXT    NOT NULL CHECK (kind IN ('complaint', 'thanks', 'remark')),
    text        TEXT    NOT NULL,
    received_at INTEGER NOT NULL,
    channel     TEXT    NOT NULL DEFAULT 'email'
                        CHECK (channel IN ('email', 'phone', 'messenger', 'portal', 'visit', 'other')),
    ticket_id   INTEGER REFERENCES tickets(id),
    handling    TEXT    NOT NULL DEFAULT '',
    handled_at  INTEGER,
    handled_by  INTEGER REFERENCES users(id),
    recorded_by INTEGER REFERENCES users(id),
    created_at  INTEGER NOT NULL
);

CREATE INDEX client_feedback_by_client ON client_feedback(client_id, received_at);
CREATE INDEX client_feedback_by_received ON client_feedback(received_at, kind);

-- Feedback share per manager over a period reads closed tickets by close time.
CREATE INDEX tickets_feedback_by_closed ON tickets(closed_at, feedback) WHERE feedback IS NOT NULL;
