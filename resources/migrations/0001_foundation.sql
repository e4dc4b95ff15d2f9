-- Foundation: staff, settings, audit log.
-- Times are UTC epoch seconds; money is integer minor units + currency code.

CREATE TABLE users (
    id              INTEGER PRIMARY KEY,
    name            TEXT    NOT NULL,
    email           TEXT    NOT NULL UNIQUE COLLATE NOCASE,
    role            TEXT    NOT NULL CHECK (role IN ('account_manager', 'specialist', 'sales', 'quality_control', 'team_lead')),
    cost_rate_minor INTEGER NOT NULL DEFAULT 0 CHECK (cost_rate_minor >= 0),
    cost_currency   TEXT    NOT NULL DEFAULT 'KZT',
    active          INTEGER NOT NULL DEFAULT 1,
    created_at      INTEGER NOT NULL
);

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Who changed which business record when, with old and new values (JSON).
CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    at          INTEGER NOT NULL,
    user_id     INTEGER REFERENCES users(id),
    user_email  TEXT,
    entity      TEXT    NOT NULL,
    entity_id   INTEGER NOT NULL,
    action      TEXT    NOT NULL CHECK (action IN ('create', 'update', 'delete', 'archive')),
    old_values  TEXT,
    new_values  TEXT
);

CREATE INDEX audit_log_entity ON audit_log(entity, entity_id);
