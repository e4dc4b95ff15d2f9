-- PostgreSQL 15 translation of ../0008_rights.sql (the SQLite original, which
-- stays the reference), plus the rules only a server can keep because only
-- it knows who is logged in. The migrator runs the whole file as one
-- multi-statement string inside its own transaction: no transaction control
-- statements, no question marks and no colon-prefixed names anywhere in
-- this file.
--
-- Who is who: a staff login is a member of the group rapport_staff through
-- the group of its role (TeamServer, `team add-user`). Every other login is
-- the server's administration (the owner running `team init` and `team
-- push`, a superuser) and is not held to the role rules; the append-only
-- audit log and the issued invoices hold for everyone. Triggers named
-- server_* exist only here (tests/storage/schema_drift.py leaves them out).

ALTER TABLE audit_log ADD COLUMN db_user TEXT;

-- Same rules as the SQLite file: each trigger is a plpgsql function
-- <trigger>_fn() and a row trigger of the same name, timing and events.
CREATE FUNCTION audit_log_no_update_fn() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'The audit log is append-only: its entries are never changed.'
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
FOR EACH ROW EXECUTE FUNCTION audit_log_no_update_fn();

CREATE FUNCTION audit_log_no_delete_fn() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'The audit log is append-only: its entries are never deleted.'
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
FOR EACH ROW EXECUTE FUNCTION audit_log_no_delete_fn();

CREATE FUNCTION invoices_issued_update_fn() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'An issued invoice is never changed: only its payments and its cancellation are recorded.'
        USING ERRCODE = 'integrity_constraint_violation';
END;
$$;

CREATE TRIGGER invoices_issued_update BEFORE UPDATE ON invoices
FOR EACH ROW WHEN (OLD.status <> 'draft' AND (
       NEW.status = 'draft'
    OR OLD.status = 'cancelled'
    OR NEW.client_id IS DISTINCT FROM OLD.client_id
    OR NEW.kind IS DISTINCT FROM OLD.kind
    OR NEW.month IS DISTINCT FROM OLD.month
    OR NEW.series IS DISTINCT FROM OLD.series
    OR NEW.year IS DISTINCT FROM OLD.year
    OR NEW.number_seq IS DISTINCT FROM OLD.number_seq
    OR NEW.number IS DISTINCT FROM OLD.number
    OR NEW.currency IS DISTINCT FROM OLD.currency
    OR NEW.subtotal_minor IS DISTINCT FROM OLD.subtotal_minor
    OR NEW.vat_rate_bp IS DISTINCT FROM OLD.vat_rate_bp
    OR NEW.vat_minor IS DISTINCT FROM OLD.vat_minor
    OR NEW.total_minor IS DISTINCT FROM OLD.total_minor
    OR NEW.payment_terms_days IS DISTINCT FROM OLD.payment_terms_days
    OR NEW.issued_on IS DISTINCT FROM OLD.issued_on
    OR NEW.due_on IS DISTINCT FROM OLD.due_on
    OR NEW.client_details IS DISTINCT FROM OLD.client_details
    OR NEW.provider_details IS DISTINCT FROM OLD.provider_details
    OR NEW.created_at IS DISTINCT FROM OLD.created_at))
EXECUTE FUNCTION invoices_issued_update_fn();

CREATE FUNCTION invoices_issued_delete_fn() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'An issued invoice is never deleted: cancel it with a reason.'
        USING ERRCODE = 'integrity_constraint_violation';
END;
$$;

CREATE TRIGGER invoices_issued_delete BEFORE DELETE ON invoices
FOR EACH ROW WHEN (OLD.status <> 'draft')
EXECUTE FUNCTION invoices_issued_delete_fn();

-- A trigger's WHEN cannot read another table on the server: the function
-- looks at the invoice and lets a draft's lines through.
CREATE FUNCTION invoice_lines_issued_update_fn() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF (SELECT status FROM invoices WHERE id = OLD.invoice_id) <> 'draft' THEN
        RAISE EXCEPTION 'The lines of an issued invoice are never changed.'
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER invoice_lines_issued_update BEFORE UPDATE ON invoice_lines
FOR EACH ROW WHEN (OLD.invoice_id IS NOT NULL)
EXECUTE FUNCTION invoice_lines_issued_update_fn();

CREATE FUNCTION invoice_lines_issued_delete_fn() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF (SELECT status FROM invoices WHERE id = OLD.invoice_id) <> 'draft' THEN
        RAISE EXCEPTION 'The lines of an issued invoice are never deleted.'
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN OLD;
END;
$$;

CREATE TRIGGER invoice_lines_issued_delete BEFORE DELETE ON invoice_lines
FOR EACH ROW WHEN (OLD.invoice_id IS NOT NULL)
EXECUTE FUNCTION invoice_lines_issued_delete_fn();

-- ---------------------------------------------------------------- server only

-- True when the session's login is a staff member (not a superuser, a
-- member of rapport_staff). Before `team init` made the groups nobody is.
CREATE FUNCTION rapport_session_is_staff() RETURNS BOOLEAN
LANGUAGE sql STABLE AS $$
    SELECT EXISTS (
        SELECT 1 FROM pg_roles s, pg_roles g
        WHERE s.rolname = session_user AND NOT s.rolsuper
          AND g.rolname = 'rapport_staff' AND pg_has_role(s.oid, g.oid, 'MEMBER'))
$$;

-- True when the session may act as one of the given groups: an
-- administrator always, a staff login when it belongs to one of them.
CREATE FUNCTION rapport_session_in(VARIADIC wanted TEXT[]) RETURNS BOOLEAN
LANGUAGE sql STABLE AS $$
    SELECT NOT rapport_session_is_staff()
        OR EXISTS (
            SELECT 1 FROM unnest(wanted) AS w(name) JOIN pg_roles g ON g.rolname = w.name
            WHERE pg_has_role(session_user, g.oid, 'MEMBER'))
$$;

-- The audit entry names the login that wrote it, whatever the client sent;
-- a staff login's entry names its own staff member.
CREATE FUNCTION server_audit_login_fn() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    staff RECORD;
BEGIN
    NEW.db_user := session_user;
    IF rapport_session_is_staff() THEN
        SELECT id, email INTO staff FROM users WHERE lower(email) = lower(session_user);
        NEW.user_id := staff.id;
        NEW.user_email := staff.email;
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER server_audit_login BEFORE INSERT ON audit_log
FOR EACH ROW EXECUTE FUNCTION server_audit_login_fn();

CREATE FUNCTION server_audit_log_no_truncate_fn() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'The audit log is append-only: it is never emptied.'
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER server_audit_log_no_truncate BEFORE TRUNCATE ON audit_log
FOR EACH STATEMENT EXECUTE FUNCTION server_audit_log_no_truncate_fn();

-- Scoring a handoff is quality control's (and a team lead's) work.
CREATE FUNCTION server_handoff_scores_role_fn() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NOT rapport_session_in('rapport_quality_control', 'rapport_team_lead') THEN
        RAISE EXCEPTION 'Only quality control or a team lead can score a handoff (login %).', session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER server_handoff_scores_role BEFORE INSERT OR UPDATE OR DELETE ON handoff_scores
FOR EACH ROW EXECUTE FUNCTION server_handoff_scores_role_fn();

-- Completing a handoff with gaps (the override and its reason) is a team lead's.
CREATE FUNCTION server_handoffs_override_fn() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF ((TG_OP = 'INSERT' AND (NEW.override_by IS NOT NULL OR NEW.override_reason IS NOT NULL))
        OR (TG_OP = 'UPDATE' AND (NEW.override_by IS DISTINCT FROM OLD.override_by
                                  OR NEW.override_reason IS DISTINCT FROM OLD.override_reason)))
       AND NOT rapport_session_in('rapport_team_lead') THEN
        RAISE EXCEPTION 'Only a team lead can override a handoff (login %).', session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER server_handoffs_override BEFORE INSERT OR UPDATE ON handoffs
FOR EACH ROW EXECUTE FUNCTION server_handoffs_override_fn();

-- A dunning hold (set, lifted or removed) is a team lead's decision.
CREATE FUNCTION server_dunning_hold_fn() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF ((TG_OP <> 'DELETE' AND NEW.kind = 'hold') OR (TG_OP <> 'INSERT' AND OLD.kind = 'hold'))
       AND NOT rapport_session_in('rapport_team_lead') THEN
        RAISE EXCEPTION 'Only a team lead can hold dunning or lift a hold (login %).', session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER server_dunning_hold BEFORE INSERT OR UPDATE OR DELETE ON dunning_pauses
FOR EACH ROW EXECUTE FUNCTION server_dunning_hold_fn();
