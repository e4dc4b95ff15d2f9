-- PostgreSQL 15 translation of ../0010_versions.sql (the SQLite original,
-- which stays the reference). Optimistic versions of the client card: a save
-- names the version it was edited from and is refused when the card moved on.
ALTER TABLE clients ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
