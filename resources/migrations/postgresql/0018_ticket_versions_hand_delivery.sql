-- PostgreSQL 15 translation of ../0018_ticket_versions_hand_delivery.sql (the SQLite
-- original, which stays the reference). Optimistic versions of tickets: a
-- change names the version it was made from and is refused when the ticket
-- moved on.
ALTER TABLE tickets ADD COLUMN version BIGINT NOT NULL DEFAULT 1;

-- A waiting debt notice or formal claim handed over by the team itself.
ALTER TABLE dunning_steps ADD COLUMN sent_by_team BIGINT NOT NULL DEFAULT 0;
