-- Live updates between desks: after every statement that changes one of
-- the tables below, the server notifies the channel rapport_changes with the
-- table's name. PostgreSQL delivers a notification when the transaction
-- commits (never for one rolled back) and folds repeats within one
-- transaction, so a billing run of a thousand invoices is one message per
-- table. The GUI listens and reloads its views (AppSession). Server only
-- (server_* triggers, left out of the drift check): a file has one desk.
-- The migrator runs the whole file as one multi-statement string: no
-- question marks and no colon-prefixed names anywhere in this file.

CREATE FUNCTION server_notify_change_fn() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('rapport_changes', TG_TABLE_NAME);
    RETURN NULL;
END;
$$;

CREATE TRIGGER server_notify_clients AFTER INSERT OR UPDATE OR DELETE ON clients
FOR EACH STATEMENT EXECUTE FUNCTION server_notify_change_fn();

CREATE TRIGGER server_notify_contacts AFTER INSERT OR UPDATE OR DELETE ON contacts
FOR EACH STATEMENT EXECUTE FUNCTION server_notify_change_fn();

CREATE TRIGGER server_notify_special_conditions AFTER INSERT OR UPDATE OR DELETE ON special_conditions
FOR EACH STATEMENT EXECUTE FUNCTION server_notify_change_fn();

CREATE TRIGGER server_notify_client_documents AFTER INSERT OR UPDATE OR DELETE ON client_documents
FOR EACH STATEMENT EXECUTE FUNCTION server_notify_change_fn();

CREATE TRIGGER server_notify_timeline_events AFTER INSERT OR UPDATE OR DELETE ON timeline_events
FOR EACH STATEMENT EXECUTE FUNCTION server_notify_change_fn();

CREATE TRIGGER server_notify_handoffs AFTER INSERT OR UPDATE OR DELETE ON handoffs
FOR EACH STATEMENT EXECUTE FUNCTION server_notify_change_fn();

CREATE TRIGGER server_notify_handoff_scores AFTER INSERT OR UPDATE OR DELETE ON handoff_scores
FOR EACH STATEMENT EXECUTE FUNCTION server_notify_change_fn();

CREATE TRIGGER server_notify_tickets AFTER INSERT OR UPDATE OR DELETE ON tickets
FOR EACH STATEMENT EXECUTE FUNCTION server_notify_change_fn();

CREATE TRIGGER server_notify_ticket_events AFTER INSERT OR UPDATE OR DELETE ON ticket_events
FOR EACH STATEMENT EXECUTE FUNCTION server_notify_change_fn();

CREATE TRIGGER server_notify_time_entries AFTER INSERT OR UPDATE OR DELETE ON time_entries
FOR EACH STATEMENT EXECUTE FUNCTION server_notify_change_fn();

CREATE TRIGGER server_notify_reviews AFTER INSERT OR UPDATE OR DELETE ON reviews
FOR EACH STATEMENT EXECUTE FUNCTION server_notify_change_fn();

CREATE TRIGGER server_notify_tasks AFTER INSERT OR UPDATE OR DELETE ON tasks
FOR EACH STATEMENT EXECUTE FUNCTION server_notify_change_fn();

CREATE TRIGGER server_notify_client_feedback AFTER INSERT OR UPDATE OR DELETE ON client_feedback
FOR EACH STATEMENT EXECUTE FUNCTION server_notify_change_fn();

CREATE TRIGGER server_notify_invoices AFTER INSERT OR UPDATE OR DELETE ON invoices
FOR EACH STATEMENT EXECUTE FUNCTION server_notify_change_fn();

CREATE TRIGGER server_notify_payments AFTER INSERT OR UPDATE OR DELETE ON payments
FOR EACH STATEMENT EXECUTE FUNCTION server_notify_change_fn();

CREATE TRIGGER server_notify_acts AFTER INSERT OR UPDATE OR DELETE ON acts
FOR EACH STATEMENT EXECUTE FUNCTION server_notify_change_fn();

CREATE TRIGGER server_notify_dunning_cases AFTER INSERT OR UPDATE OR DELETE ON dunning_cases
FOR EACH STATEMENT EXECUTE FUNCTION server_notify_change_fn();

CREATE TRIGGER server_notify_dunning_steps AFTER INSERT OR UPDATE OR DELETE ON dunning_steps
FOR EACH STATEMENT EXECUTE FUNCTION server_notify_change_fn();

CREATE TRIGGER server_notify_dunning_pauses AFTER INSERT OR UPDATE OR DELETE ON dunning_pauses
FOR EACH STATEMENT EXECUTE FUNCTION server_notify_change_fn();

CREATE TRIGGER server_notify_outbox_messages AFTER INSERT OR UPDATE OR DELETE ON outbox_messages
FOR EACH STATEMENT EXECUTE FUNCTION server_notify_change_fn();

CREATE TRIGGER server_notify_users AFTER INSERT OR UPDATE OR DELETE ON users
FOR EACH STATEMENT EXECUTE FUNCTION server_notify_change_fn();

CREATE TRIGGER server_notify_calendars AFTER INSERT OR UPDATE OR DELETE ON calendars
FOR EACH STATEMENT EXECUTE FUNCTION server_notify_change_fn();

CREATE TRIGGER server_notify_calendar_days AFTER INSERT OR UPDATE OR DELETE ON calendar_days
FOR EACH STATEMENT EXECUTE FUNCTION server_notify_change_fn();

CREATE TRIGGER server_notify_sla_policies AFTER INSERT OR UPDATE OR DELETE ON sla_policies
FOR EACH STATEMENT EXECUTE FUNCTION server_notify_change_fn();

CREATE TRIGGER server_notify_obligation_rules AFTER INSERT OR UPDATE OR DELETE ON obligation_rules
FOR EACH STATEMENT EXECUTE FUNCTION server_notify_change_fn();

CREATE TRIGGER server_notify_workflow_runs AFTER INSERT OR UPDATE OR DELETE ON workflow_runs
FOR EACH STATEMENT EXECUTE FUNCTION server_notify_change_fn();
