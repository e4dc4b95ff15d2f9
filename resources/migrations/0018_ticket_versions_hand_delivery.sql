-- Optimistic versions of tickets (team mode, DESIGN "Storage"), as 0010 gave
-- them to client cards: every change appended to a ticket's log adds one to
-- its version; a change made from a ticket dialog names the version the
-- dialog showed and is refused when another desk changed the ticket since
-- (TicketEventLog::append, the ticket dialog's conflict prompt).
ALTER TABLE tickets ADD COLUMN version INTEGER NOT NULL DEFAULT 1;

-- A debt notice or formal claim waiting for its message may be handed over by
-- the team itself instead (its message cancelled, or no rule's conditions
-- match the client: DunningRepository::markSentByHand); the step then counts
-- from its sent_on as before, and says it was delivered by the team.
ALTER TABLE dunning_steps ADD COLUMN sent_by_team INTEGER NOT NULL DEFAULT 0;
