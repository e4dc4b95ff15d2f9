-- Clients: the card, contacts, special conditions, documents, one timeline,
-- and the sales → account management handoff with its quality scores.
-- Dates (contract dates, agreed-on dates) are ISO 'YYYY-MM-DD' text; instants
-- are UTC epoch seconds; money is integer minor units; rates in basis points.

CREATE TABLE clients (
    id                   INTEGER PRIMARY KEY,
    legal_name           TEXT    NOT NULL,
    short_name           TEXT    NOT NULL DEFAULT '',
    tax_country          TEXT    NOT NULL DEFAULT 'KZ' CHECK (tax_country IN ('KZ', 'RU', 'other')),
    tax_id               TEXT,
    address              TEXT    NOT NULL DEFAULT '',
    status               TEXT    NOT NULL DEFAULT 'onboarding'
                                 CHECK (status IN ('onboarding', 'active', 'suspended', 'blocked', 'churned')),
    account_manager_id   INTEGER REFERENCES users(id),
    sales_owner_id       INTEGER REFERENCES users(id),
    sla_policy_id        INTEGER,
    language             TEXT    NOT NULL DEFAULT 'ru' CHECK (language IN ('ru', 'kk', 'en')),
    contract_number      TEXT    NOT NULL DEFAULT '',
    contract_signed_on   TEXT,
    contract_start       TEXT,
    contract_end         TEXT,
    -- Tariff: present when fee_minor is not NULL.
    currency             TEXT    NOT NULL DEFAULT 'KZT',
    fee_minor            INTEGER CHECK (fee_minor IS NULL OR fee_minor >= 0),
    included_minutes     INTEGER NOT NULL DEFAULT 0 CHECK (included_minutes >= 0),
    overage_rate_minor   INTEGER NOT NULL DEFAULT 0 CHECK (overage_rate_minor >= 0),
    vat_rate_bp          INTEGER NOT NULL DEFAULT 1200 CHECK (vat_rate_bp BETWEEN 0 AND 10000),
    payment_terms_days   INTEGER NOT NULL DEFAULT 10 CHECK (payment_terms_days >= 0),
    rollover_months      INTEGER NOT NULL DEFAULT 0 CHECK (rollover_months >= 0),
    notes                TEXT    NOT NULL DEFAULT '',
    -- Lower-cased names, tax id and contact names/emails: search as you type.
    search_text          TEXT    NOT NULL DEFAULT '',
    archived_at          INTEGER,
    created_at           INTEGER NOT NULL,
    updated_at           INTEGER NOT NULL
);

CREATE UNIQUE INDEX clients_tax_id ON clients(tax_country, tax_id) WHERE tax_id IS NOT NULL AND tax_id <> '';
CREATE INDEX clients_by_name ON clients(legal_name COLLATE NOCASE, id);
CREATE INDEX clients_by_manager ON clients(account_manager_id, status);

CREATE TABLE contacts (
    id                INTEGER PRIMARY KEY,
    client_id         INTEGER NOT NULL REFERENCES clients(id),
    name              TEXT    NOT NULL,
    role              TEXT    NOT NULL DEFAULT '',
    email             TEXT    NOT NULL DEFAULT '',
    phone             TEXT    NOT NULL DEFAULT '',
    preferred_channel TEXT    NOT NULL DEFAULT 'email'
                              CHECK (preferred_channel IN ('email', 'phone', 'messenger', 'portal', 'visit', 'other')),
    language          TEXT    NOT NULL DEFAULT 'ru' CHECK (language IN ('ru', 'kk', 'en')),
    archived_at       INTEGER,
    created_at        INTEGER NOT NULL
);

CREATE INDEX contacts_by_client ON contacts(client_id);

-- Things agreed outside the contract (seed 004): who agreed and when.
CREATE TABLE special_conditions (
    id          INTEGER PRIMARY KEY,
    client_id   INTEGER NOT NULL REFERENCES clients(id),
    text        TEXT    NOT NULL,
    agreed_by   TEXT    NOT NULL DEFAULT '',
    agreed_on   TEXT,
    archived_at INTEGER,
    created_at  INTEGER NOT NULL
);

CREATE INDEX special_conditions_by_client ON special_conditions(client_id);

CREATE TABLE client_documents (
    id         INTEGER PRIMARY KEY,
    client_id  INTEGER NOT NULL REFERENCES clients(id),
    title      TEXT    NOT NULL,
    location   TEXT    NOT NULL,
    created_at INTEGER NOT NULL
);

CREATE INDEX client_documents_by_client ON client_documents(client_id);

-- One chronological feed per client; every module writes here.
CREATE TABLE timeline_events (
    id        INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients(id),
    at        INTEGER NOT NULL,
    kind      TEXT    NOT NULL,
    title     TEXT    NOT NULL,
    body      TEXT    NOT NULL DEFAULT '',
    channel   TEXT,
    user_id   INTEGER REFERENCES users(id),
    ref_type  TEXT,
    ref_id    INTEGER
);

CREATE INDEX timeline_by_client ON timeline_events(client_id, at, id);

-- Handoff of a won deal from sales to account management (seed 004).
CREATE TABLE handoffs (
    id                    INTEGER PRIMARY KEY,
    client_id             INTEGER NOT NULL REFERENCES clients(id),
    sales_owner_id        INTEGER REFERENCES users(id),
    account_manager_id    INTEGER REFERENCES users(id),
    won_at                INTEGER NOT NULL,
    completed_at          INTEGER,
    meeting_at            INTEGER,
    meeting_mode          TEXT CHECK (meeting_mode IS NULL OR meeting_mode IN ('online', 'offline')),
    meeting_attendees     TEXT    NOT NULL DEFAULT '',
    client_satisfaction   INTEGER CHECK (client_satisfaction IS NULL OR client_satisfaction BETWEEN 1 AND 5),
    satisfaction_note     TEXT    NOT NULL DEFAULT '',
    override_by           INTEGER REFERENCES users(id),
    override_reason       TEXT,
    created_at            INTEGER NOT NULL
);

CREATE INDEX handoffs_open ON handoffs(completed_at, won_at);
CREATE INDEX handoffs_by_client ON handoffs(client_id);

CREATE TABLE handoff_questions (
    id          INTEGER PRIMARY KEY,
    handoff_id  INTEGER NOT NULL REFERENCES handoffs(id),
    question    TEXT    NOT NULL,
    answer      TEXT    NOT NULL DEFAULT '',
    answered_at INTEGER,
    created_at  INTEGER NOT NULL
);

CREATE TABLE handoff_condition_acks (
    handoff_id      INTEGER NOT NULL REFERENCES handoffs(id),
    condition_id    INTEGER NOT NULL REFERENCES special_conditions(id),
    acknowledged_by INTEGER REFERENCES users(id),
    acknowledged_at INTEGER NOT NULL,
    PRIMARY KEY (handoff_id, condition_id)
);

-- Quality control's score of each handoff item: 0–2 with a comment.
CREATE TABLE handoff_scores (
    handoff_id INTEGER NOT NULL REFERENCES handoffs(id),
    item       TEXT    NOT NULL CHECK (item IN ('card', 'meeting', 'conditions', 'questions', 'satisfaction')),
    score      INTEGER NOT NULL CHECK (score BETWEEN 0 AND 2),
    comment    TEXT    NOT NULL DEFAULT '',
    scored_by  INTEGER REFERENCES users(id),
    scored_at  INTEGER NOT NULL,
    PRIMARY KEY (handoff_id, item)
);
