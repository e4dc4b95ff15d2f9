-- Optimistic versions (team mode, DESIGN "Storage"): two desks may open the
-- same client card; the one who saves second must not silently overwrite
-- the first one's changes. Every saved change of a card adds one to its
-- version; a save names the version it was edited from and is refused when
-- the card has moved on (ClientRepository::update, the card's conflict
-- dialog).
ALTER TABLE clients ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
