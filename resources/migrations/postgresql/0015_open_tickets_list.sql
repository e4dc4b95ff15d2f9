-- PostgreSQL 15 translation of ../0015_open_tickets_list.sql (the SQLite
-- original, which stays the reference): the open tickets in list order, for
-- the Tickets view's "All open" first page without a sort.
CREATE INDEX tickets_open_list ON tickets(created_at, id, risk_at, breached_at, assignee_id, agreed_deadline)
    WHERE status IN ('new', 'formalizing', 'in_progress', 'waiting_on_client');
