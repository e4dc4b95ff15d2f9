-- PostgreSQL 15 translation of ../0016_staff_language.sql (the SQLite
-- original, which stays the reference): a staff member's own language for
-- messages and tasks, '' for the team's default.
ALTER TABLE users ADD COLUMN language TEXT NOT NULL DEFAULT '' CHECK (language IN ('', 'ru', 'kk', 'en'));
