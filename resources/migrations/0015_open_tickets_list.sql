-- The Tickets view opens on "All open", newest first. With only
-- tickets_by_status (status, created_at) SQLite reads every open ticket of
-- the four statuses and sorts them to show the first page (some 35,000 rows
-- over a million tickets). This partial index holds the open tickets alone
-- in list order, so the first page is the index's last rows: no sort, and
-- its size follows the open set, not the whole history. It also carries the
-- columns of the view's other quick filters (at risk, breached, unassigned,
-- past the agreed deadline), which are then checked in the index without
-- reading the tickets. Its WHERE is written exactly as
-- core/storage/ticketlistquery.cpp's kOpen, which SQLite needs to match the
-- two.
CREATE INDEX tickets_open_list ON tickets(created_at, id, risk_at, breached_at, assignee_id, agreed_deadline)
    WHERE status IN ('new', 'formalizing', 'in_progress', 'waiting_on_client');
