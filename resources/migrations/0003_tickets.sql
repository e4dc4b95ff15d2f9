-- Business calendars, SLA policies, tickets with their event log, time entries.
-- The SLA figures a dashboard needs are derived from the event log and kept on
-- the ticket row (recomputed on every event and on calendar/policy changes).
-- Value checks are written as OR chains, not IN lists: SQLite builds a
-- temporary b-tree for an IN list of more than two constants on every
-- single-row INSERT, which made bulk loads of tickets several times slower.

CREATE TABLE calendars (
    id               INTEGER PRIMARY KEY,
    name             TEXT    NOT NULL UNIQUE,
    time_zone        TEXT    NOT NULL,
    always_open      INTEGER NOT NULL DEFAULT 0,
    -- Weekly schedule as JSON: {"1": [[540, 1080]], …, "7": []}, minutes from midnight.
    weekly           TEXT    NOT NULL DEFAULT '{}',
    transfer_weekday INTEGER NOT NULL DEFAULT 1 CHECK (transfer_weekday BETWEEN 1 AND 7),
    checked_for_year INTEGER,
    builtin          INTEGER NOT NULL DEFAULT 0,
    updated_at       INTEGER NOT NULL
);

CREATE TABLE calendar_days (
    calendar_id INTEGER NOT NULL REFERENCES calendars(id),
    day         TEXT    NOT NULL,
    kind        TEXT    NOT NULL CHECK (kind IN ('holiday', 'workday')),
    name        TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (calendar_id, day)
);

CREATE TABLE sla_policies (
    id                    INTEGER PRIMARY KEY,
    name                  TEXT    NOT NULL UNIQUE,
    calendar_id           INTEGER NOT NULL REFERENCES calendars(id),
    is_default            INTEGER NOT NULL DEFAULT 0,
    low_response_secs     INTEGER NOT NULL,
    low_resolution_secs   INTEGER NOT NULL,
    normal_response_secs  INTEGER NOT NULL,
    normal_resolution_secs INTEGER NOT NULL,
    high_response_secs    INTEGER NOT NULL,
    high_resolution_secs  INTEGER NOT NULL,
    urgent_response_secs  INTEGER NOT NULL,
    urgent_resolution_secs INTEGER NOT NULL,
    updated_at            INTEGER NOT NULL
);

CREATE TABLE tickets (
    id                 INTEGER PRIMARY KEY,
    client_id          INTEGER NOT NULL REFERENCES clients(id),
    contact_id         INTEGER REFERENCES contacts(id),
    channel            TEXT    NOT NULL DEFAULT 'email'
                               CHECK (channel = 'email' OR channel = 'phone' OR channel = 'messenger'
                                      OR channel = 'portal' OR channel = 'visit' OR channel = 'other'),
    subject            TEXT    NOT NULL,
    description        TEXT    NOT NULL DEFAULT '',
    priority           TEXT    NOT NULL DEFAULT 'normal'
                               CHECK (priority = 'low' OR priority = 'normal' OR priority = 'high'
                                      OR priority = 'urgent'),
    category           TEXT    NOT NULL DEFAULT '',
    status             TEXT    NOT NULL DEFAULT 'new'
                               CHECK (status = 'new' OR status = 'formalizing' OR status = 'in_progress'
                                      OR status = 'waiting_on_client' OR status = 'resolved' OR status = 'closed'
                                      OR status = 'cancelled'),
    owner_id           INTEGER REFERENCES users(id),
    assignee_id        INTEGER REFERENCES users(id),
    agreed_deadline    INTEGER,
    -- Formalization: the manager's formal task statement, confirmed by the client.
    formal_statement   TEXT    NOT NULL DEFAULT '',
    confirmed_at       INTEGER,
    confirmed_channel  TEXT,
    created_at         INTEGER NOT NULL,
    updated_at         INTEGER NOT NULL,
    -- Derived from the event log by the SLA clock.
    sla_policy_id      INTEGER REFERENCES sla_policies(id),
    response_due       INTEGER,
    resolution_due     INTEGER,
    first_response_at  INTEGER,
    resolved_at        INTEGER,
    closed_at          INTEGER,
    response_secs      INTEGER,
    resolution_secs    INTEGER,
    response_state     TEXT,
    resolution_state   TEXT,
    sla_paused         INTEGER NOT NULL DEFAULT 0,
    -- Instants that let lists find tickets by SLA state without replaying
    -- logs: risk_at, when the pending target enters "at risk" (less than
    -- 20 % of it left; NULL when finished or paused); breached_at, when the
    -- ticket counts as breached (a late target's due instant, or the next
    -- due instant of a running clock; NULL when met or paused in time).
    risk_at            INTEGER,
    breached_at        INTEGER,
    -- Feedback after closing (seed 002: liked / not liked).
    feedback           TEXT CHECK (feedback IS NULL OR feedback IN ('liked', 'not_liked')),
    feedback_reason    TEXT,
    feedback_at        INTEGER,
    -- Lower-cased subject: case-insensitive search in any script.
    search_text        TEXT    NOT NULL DEFAULT ''
);

-- The tickets list pages newest first by (created_at, id) (the rowid is the
-- last column of every index); each filter has an index in that order. Open
-- tickets are few: "open only" reads them through tickets_by_status. The SLA
-- filters (breached, at risk) are answered from the index alone, which names
-- id explicitly so that the SLA columns after it keep the (created_at, id) order.
CREATE INDEX tickets_by_created ON tickets(created_at, id, breached_at, risk_at);
CREATE INDEX tickets_by_client ON tickets(client_id, created_at);
CREATE INDEX tickets_by_status ON tickets(status, created_at);
CREATE INDEX tickets_by_assignee ON tickets(assignee_id, created_at);
CREATE INDEX tickets_by_owner ON tickets(owner_id, created_at);
-- Running clocks (open, not paused), newest first: the at-risk list.
CREATE INDEX tickets_running ON tickets(created_at, id, risk_at, breached_at) WHERE risk_at IS NOT NULL;
-- Open tickets by due instant, for the Today view and SLA automation.
CREATE INDEX tickets_open_by_due ON tickets(resolution_due)
    WHERE status IN ('new', 'formalizing', 'in_progress', 'waiting_on_client');

-- The event log: the SLA clock and the conversation are read from it.
CREATE TABLE ticket_events (
    id        INTEGER PRIMARY KEY,
    ticket_id INTEGER NOT NULL REFERENCES tickets(id),
    at        INTEGER NOT NULL,
    kind      TEXT    NOT NULL
                      CHECK (kind = 'created' OR kind = 'status' OR kind = 'reply' OR kind = 'contact'
                             OR kind = 'note' OR kind = 'assigned' OR kind = 'owner' OR kind = 'priority'
                             OR kind = 'formalized' OR kind = 'confirmed' OR kind = 'client_suspended'
                             OR kind = 'client_restored' OR kind = 'deadline' OR kind = 'feedback'),
    status    TEXT,
    priority  TEXT,
    user_id   INTEGER REFERENCES users(id),
    channel   TEXT,
    body      TEXT    NOT NULL DEFAULT ''
);

CREATE INDEX ticket_events_by_ticket ON ticket_events(ticket_id, at, id);

CREATE TABLE time_entries (
    id         INTEGER PRIMARY KEY,
    ticket_id  INTEGER NOT NULL REFERENCES tickets(id),
    client_id  INTEGER NOT NULL REFERENCES clients(id),
    user_id    INTEGER NOT NULL REFERENCES users(id),
    day        TEXT    NOT NULL,
    minutes    INTEGER NOT NULL CHECK (minutes > 0),
    billable   INTEGER NOT NULL DEFAULT 1,
    note       TEXT    NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL
);

CREATE INDEX time_entries_by_ticket ON time_entries(ticket_id);
CREATE INDEX time_entries_by_client_day ON time_entries(client_id, day);
