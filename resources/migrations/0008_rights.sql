-- Rules the database keeps itself, whoever writes to it (DESIGN "Storage",
-- "Billing"): the audit log only grows, and an issued invoice is a document
-- already sent: its number, amounts, dates and parties never change and it
-- is never deleted. What may still move on an issued invoice is its payment
-- state (partially paid, paid) and its cancellation with a reason; a
-- cancelled invoice is final. Corrections are lines on a later invoice.
--
-- The team database (postgresql/0008_rights.sql) adds what only a server can
-- know: who is logged in. There db_user is written by the server from the
-- session's login; a file has no logins and leaves it empty.

ALTER TABLE audit_log ADD COLUMN db_user TEXT;

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'The audit log is append-only: its entries are never changed.');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'The audit log is append-only: its entries are never deleted.');
END;

CREATE TRIGGER invoices_issued_update BEFORE UPDATE ON invoices
WHEN OLD.status <> 'draft' AND (
       NEW.status = 'draft'
    OR (OLD.status = 'cancelled')
    OR NEW.client_id IS NOT OLD.client_id
    OR NEW.kind IS NOT OLD.kind
    OR NEW.month IS NOT OLD.month
    OR NEW.series IS NOT OLD.series
    OR NEW.year IS NOT OLD.year
    OR NEW.number_seq IS NOT OLD.number_seq
    OR NEW.number IS NOT OLD.number
    OR NEW.currency IS NOT OLD.currency
    OR NEW.subtotal_minor IS NOT OLD.subtotal_minor
    OR NEW.vat_rate_bp IS NOT OLD.vat_rate_bp
    OR NEW.vat_minor IS NOT OLD.vat_minor
    OR NEW.total_minor IS NOT OLD.total_minor
    OR NEW.payment_terms_days IS NOT OLD.payment_terms_days
    OR NEW.issued_on IS NOT OLD.issued_on
    OR NEW.due_on IS NOT OLD.due_on
    OR NEW.client_details IS NOT OLD.client_details
    OR NEW.provider_details IS NOT OLD.provider_details
    OR NEW.created_at IS NOT OLD.created_at)
BEGIN
    SELECT RAISE(ABORT, 'An issued invoice is never changed: only its payments and its cancellation are recorded.');
END;

CREATE TRIGGER invoices_issued_delete BEFORE DELETE ON invoices
WHEN OLD.status <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'An issued invoice is never deleted: cancel it with a reason.');
END;

CREATE TRIGGER invoice_lines_issued_update BEFORE UPDATE ON invoice_lines
WHEN (SELECT status FROM invoices WHERE id = OLD.invoice_id) <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'The lines of an issued invoice are never changed.');
END;

CREATE TRIGGER invoice_lines_issued_delete BEFORE DELETE ON invoice_lines
WHEN (SELECT status FROM invoices WHERE id = OLD.invoice_id) <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'The lines of an issued invoice are never deleted.');
END;
