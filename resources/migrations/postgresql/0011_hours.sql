-- PostgreSQL 15 translation of ../0011_hours.sql (the SQLite original, which
-- stays the reference): the hour thresholds join the rules' trigger kinds.
ALTER TABLE automation_rules DROP CONSTRAINT automation_rules_trigger_kind_check;
ALTER TABLE automation_rules ADD CONSTRAINT automation_rules_trigger_kind_check
    CHECK (trigger_kind IN ('ticket_created', 'ticket_resolved', 'invoice_due', 'dunning_notice', 'dunning_suspend',
                            'dunning_restore', 'review_date', 'sla_at_risk', 'hours_warning', 'hours_exhausted'));
