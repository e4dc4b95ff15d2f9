-- PostgreSQL 15 translation of ../0017_dunning_delivery.sql (the SQLite
-- original, which stays the reference): a dunning step's message delivery,
-- and the formal claim's trigger kind.
ALTER TABLE dunning_steps ADD COLUMN awaits_delivery BIGINT NOT NULL DEFAULT 0;
ALTER TABLE dunning_steps ADD COLUMN sent_on TEXT;
ALTER TABLE automation_rules DROP CONSTRAINT automation_rules_trigger_kind_check;
ALTER TABLE automation_rules ADD CONSTRAINT automation_rules_trigger_kind_check
    CHECK (trigger_kind IN ('ticket_created', 'ticket_resolved', 'invoice_due', 'dunning_notice', 'dunning_suspend',
                            'dunning_claim', 'dunning_restore', 'review_date', 'sla_at_risk', 'hours_warning',
                            'hours_exhausted'));
