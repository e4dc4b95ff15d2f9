-- A ticket's category and agreed deadline (set, shown, filtered by). A change
-- of category is logged as a ticket event like a change of priority, so the
-- kind 'category' joins the CHECK of ticket_events. SQLite cannot change a
-- CHECK in place, so the table is rebuilt as 0011 rebuilt automation_rules:
-- its rows set aside, the table dropped and created anew under its own name
-- (no RENAME, which would rewrite the references of the tables that point at
-- it), the rows put back, its index made again; foreign keys are off while it
-- runs and checked before commit:
-- rapport: rebuilds tables
CREATE TABLE ticket_events_v11 AS SELECT * FROM ticket_events;
DROP TABLE ticket_events;
CREATE TABLE ticket_events (
    id        INTEGER PRIMARY KEY,
    ticket_id INTEGER NOT NULL REFERENCES tickets(id),
    at        INTEGER NOT NULL,
    kind      TEXT    NOT NULL
                      CHECK (kind = 'created' OR kind = 'status' OR kind = 'reply' OR kind = 'contact'
                             OR kind = 'note' OR kind = 'assigned' OR kind = 'owner' OR kind = 'priority'
                             OR kind = 'formalized' OR kind = 'confirmed' OR kind = 'client_suspended'
                             OR kind = 'client_restored' OR kind = 'deadline' OR kind = 'feedback'
                             OR kind = 'category'),
    status    TEXT,
    priority  TEXT,
    user_id   INTEGER REFERENCES users(id),
    channel   TEXT,
    body      TEXT    NOT NULL DEFAULT ''
);
INSERT INTO ticket_events (id, ticket_id, at, kind, status, priority, user_id, channel, body)
    SELECT id, ticket_id, at, kind, status, priority, user_id, channel, body FROM ticket_events_v11;
DROP TABLE ticket_events_v11;
CREATE INDEX ticket_events_by_ticket ON ticket_events(ticket_id, at, id);

-- The tickets list filters by an exact category, newest first, like the other
-- filters of 0003; the dialogs suggest the categories in use, read from this
-- index alone.
CREATE INDEX tickets_by_category ON tickets(category, created_at);
