-- Billing (seed 002, DESIGN "Billing" and "Dunning"): monthly invoices and
-- acts from logged hours, gapless invoice numbers, payments, hours snapshots
-- for rollover and the unused-hours report, corrections settled next month,
-- and the dunning ladder with its exceptions.
-- Dates are ISO 'YYYY-MM-DD' text, months 'YYYY-MM'; instants are UTC epoch
-- seconds; money is integer minor units of the invoice's currency; rates in
-- basis points.

-- An invoice. A draft has no number; the number is given at issue (gapless
-- per series and year, from invoice_number_sequences in the same write
-- transaction). Issued invoices are never edited or deleted: a correction is
-- a line on a later invoice, a mistake is cancelled with a reason.
CREATE TABLE invoices (
    id                INTEGER PRIMARY KEY,
    client_id         INTEGER NOT NULL REFERENCES clients(id),
    kind              TEXT    NOT NULL DEFAULT 'monthly' CHECK (kind IN ('monthly', 'manual')),
    month             TEXT    NOT NULL,
    series            TEXT    NOT NULL DEFAULT '',
    year              INTEGER,
    number_seq        INTEGER,
    number            TEXT,
    status            TEXT    NOT NULL DEFAULT 'draft'
                              CHECK (status IN ('draft', 'issued', 'partially_paid', 'paid', 'cancelled')),
    currency          TEXT    NOT NULL,
    subtotal_minor    INTEGER NOT NULL DEFAULT 0,
    vat_rate_bp       INTEGER NOT NULL DEFAULT 0 CHECK (vat_rate_bp BETWEEN 0 AND 10000),
    vat_minor         INTEGER NOT NULL DEFAULT 0,
    total_minor       INTEGER NOT NULL DEFAULT 0,
    payment_terms_days INTEGER NOT NULL DEFAULT 0,
    issued_on         TEXT,
    due_on            TEXT,
    paid_minor        INTEGER NOT NULL DEFAULT 0 CHECK (paid_minor >= 0),
    paid_on           TEXT,
    cancelled_reason  TEXT,
    cancelled_at      INTEGER,
    -- Legal details of both parties as they were at issue (JSON), so that a
    -- reprint of an issued invoice shows what was sent.
    client_details    TEXT,
    provider_details  TEXT,
    created_at        INTEGER NOT NULL,
    updated_at        INTEGER NOT NULL
);

CREATE UNIQUE INDEX invoices_number ON invoices(number) WHERE number IS NOT NULL;
CREATE UNIQUE INDEX invoices_series_seq ON invoices(series, year, number_seq) WHERE number_seq IS NOT NULL;
-- One live monthly invoice per client and month: the run is idempotent; a
-- cancelled one may be replaced by the next run (cancel + reissue).
CREATE UNIQUE INDEX invoices_monthly ON invoices(client_id, month) WHERE kind = 'monthly' AND status <> 'cancelled';
CREATE INDEX invoices_by_client ON invoices(client_id, month);
CREATE INDEX invoices_by_status ON invoices(status, due_on);

CREATE TABLE invoice_lines (
    id              INTEGER PRIMARY KEY,
    invoice_id      INTEGER NOT NULL REFERENCES invoices(id),
    position        INTEGER NOT NULL,
    kind            TEXT    NOT NULL CHECK (kind IN ('monthly_fee', 'overage', 'one_off', 'adjustment')),
    description     TEXT    NOT NULL,
    quantity_milli  INTEGER NOT NULL,
    unit_price_minor INTEGER NOT NULL,
    amount_minor    INTEGER NOT NULL,
    minutes         INTEGER NOT NULL DEFAULT 0,
    adjustment_id   INTEGER,
    UNIQUE (invoice_id, position)
);

-- The last number given per series and year; incremented inside the issuing
-- BEGIN IMMEDIATE transaction, so two processes never get the same or skip one.
CREATE TABLE invoice_number_sequences (
    series TEXT    NOT NULL,
    year   INTEGER NOT NULL,
    last   INTEGER NOT NULL DEFAULT 0 CHECK (last >= 0),
    PRIMARY KEY (series, year)
);

-- The act (completion certificate) of a monthly invoice: the work by ticket.
CREATE TABLE acts (
    id            INTEGER PRIMARY KEY,
    invoice_id    INTEGER NOT NULL UNIQUE REFERENCES invoices(id),
    client_id     INTEGER NOT NULL REFERENCES clients(id),
    month         TEXT    NOT NULL,
    status        TEXT    NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'sent', 'signed')),
    total_minutes INTEGER NOT NULL DEFAULT 0,
    sent_on       TEXT,
    signed_on     TEXT,
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL
);

CREATE INDEX acts_by_client ON acts(client_id, month);

CREATE TABLE act_lines (
    act_id    INTEGER NOT NULL REFERENCES acts(id),
    position  INTEGER NOT NULL,
    ticket_id INTEGER NOT NULL REFERENCES tickets(id),
    subject   TEXT    NOT NULL DEFAULT '',
    minutes   INTEGER NOT NULL CHECK (minutes > 0),
    PRIMARY KEY (act_id, position)
);

CREATE TABLE payments (
    id           INTEGER PRIMARY KEY,
    invoice_id   INTEGER NOT NULL REFERENCES invoices(id),
    paid_on      TEXT    NOT NULL,
    amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
    reference    TEXT    NOT NULL DEFAULT '',
    user_id      INTEGER REFERENCES users(id),
    created_at   INTEGER NOT NULL
);

CREATE INDEX payments_by_invoice ON payments(invoice_id, paid_on);
CREATE INDEX payments_by_day ON payments(paid_on);

-- What the monthly run saw for a client and month: included and billable
-- minutes and the rollover figures. Later months' carry-over and the
-- unused-hours report read these snapshots, not the live time entries.
CREATE TABLE month_usage (
    client_id                  INTEGER NOT NULL REFERENCES clients(id),
    month                      TEXT    NOT NULL,
    invoice_id                 INTEGER REFERENCES invoices(id),
    currency                   TEXT    NOT NULL,
    included_minutes           INTEGER NOT NULL DEFAULT 0,
    used_minutes               INTEGER NOT NULL DEFAULT 0,
    rollover_months            INTEGER NOT NULL DEFAULT 0,
    rollover_available_minutes INTEGER NOT NULL DEFAULT 0,
    rollover_used_minutes      INTEGER NOT NULL DEFAULT 0,
    overage_minutes            INTEGER NOT NULL DEFAULT 0,
    overage_rate_minor         INTEGER NOT NULL DEFAULT 0,
    created_at                 INTEGER NOT NULL,
    PRIMARY KEY (client_id, month)
);

CREATE INDEX month_usage_by_month ON month_usage(month);

-- A difference found after issue (a time entry of an invoiced month changed):
-- settled as a line on the client's next monthly invoice, never by editing
-- the issued one.
CREATE TABLE adjustments (
    id                 INTEGER PRIMARY KEY,
    client_id          INTEGER NOT NULL REFERENCES clients(id),
    origin_month       TEXT    NOT NULL,
    origin_invoice_id  INTEGER NOT NULL REFERENCES invoices(id),
    minutes_before     INTEGER NOT NULL,
    minutes_after      INTEGER NOT NULL,
    currency           TEXT    NOT NULL,
    amount_minor       INTEGER NOT NULL,
    settled_invoice_id INTEGER REFERENCES invoices(id),
    voided_at          INTEGER,
    created_at         INTEGER NOT NULL
);

CREATE INDEX adjustments_by_client ON adjustments(client_id, settled_invoice_id);
CREATE INDEX adjustments_by_origin ON adjustments(origin_invoice_id);

-- Dunning: one case per episode of overdue debt of a client (opened at the
-- first step, closed by the restore), its steps (each once per case, dated
-- the day it was due, with who ran it) and the exceptions.
CREATE TABLE dunning_cases (
    id         INTEGER PRIMARY KEY,
    client_id  INTEGER NOT NULL REFERENCES clients(id),
    due_on     TEXT    NOT NULL,
    state      TEXT    NOT NULL DEFAULT 'none'
                       CHECK (state IN ('none', 'notice_sent', 'suspended', 'claim_sent', 'blocked')),
    opened_on  TEXT    NOT NULL,
    closed_on  TEXT,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

CREATE UNIQUE INDEX dunning_cases_open ON dunning_cases(client_id) WHERE closed_on IS NULL;
CREATE INDEX dunning_cases_by_client ON dunning_cases(client_id, id);

CREATE TABLE dunning_steps (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES dunning_cases(id),
    client_id   INTEGER NOT NULL REFERENCES clients(id),
    step        TEXT    NOT NULL CHECK (step IN ('notice', 'suspend', 'claim', 'block', 'restore')),
    due_on      TEXT    NOT NULL,
    outstanding_minor INTEGER NOT NULL DEFAULT 0,
    currency    TEXT    NOT NULL DEFAULT '',
    user_id     INTEGER REFERENCES users(id),
    recorded_at INTEGER NOT NULL,
    UNIQUE (case_id, step)
);

CREATE INDEX dunning_steps_by_client ON dunning_steps(client_id, due_on, id);

CREATE TABLE dunning_pauses (
    id          INTEGER PRIMARY KEY,
    client_id   INTEGER NOT NULL REFERENCES clients(id),
    kind        TEXT    NOT NULL CHECK (kind IN ('promise_to_pay', 'guarantee_letter', 'hold')),
    until       TEXT,
    reason      TEXT    NOT NULL DEFAULT '',
    document    TEXT    NOT NULL DEFAULT '',
    user_id     INTEGER REFERENCES users(id),
    created_at  INTEGER NOT NULL,
    released_on TEXT,
    released_by INTEGER REFERENCES users(id),
    released_at INTEGER
);

CREATE INDEX dunning_pauses_by_client ON dunning_pauses(client_id, released_at);

-- Billing settings live in the settings table, absent keys meaning the
-- defaults (BillingSettings): billing.provider.name, .tax_id, .address,
-- .bank_name, .bank_bic, .bank_account, .director; billing.invoice_series;
-- dunning.notice_after_days (1), dunning.notice_deadline_business_days (5),
-- dunning.claim_after_business_days (10), dunning.block_after_business_days
-- (10); unused_hours.threshold_percent (50), unused_hours.consecutive_months (2).
