-- PostgreSQL 15 translation of ../0012_ticket_categories.sql (the SQLite
-- original, which stays the reference): the kind 'category' joins the kinds
-- of ticket events, and the tickets list gets its category index.
ALTER TABLE ticket_events DROP CONSTRAINT ticket_events_kind_check;
ALTER TABLE ticket_events ADD CONSTRAINT ticket_events_kind_check
    CHECK (kind = 'created' OR kind = 'status' OR kind = 'reply' OR kind = 'contact'
           OR kind = 'note' OR kind = 'assigned' OR kind = 'owner' OR kind = 'priority'
           OR kind = 'formalized' OR kind = 'confirmed' OR kind = 'client_suspended'
           OR kind = 'client_restored' OR kind = 'deadline' OR kind = 'feedback'
           OR kind = 'category');

CREATE INDEX tickets_by_category ON tickets(category, created_at);
