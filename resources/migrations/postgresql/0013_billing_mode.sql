-- PostgreSQL 15 translation of ../0013_billing_mode.sql (the SQLite original,
-- which stays the reference): the tariff's billing mode, what each monthly
-- invoice covers (the fee of fee_month, the work of usage_month, backfilled
-- for the invoices made before), and one live invoice per client for a
-- month's fee and one for a month's work in place of one per client and month.
ALTER TABLE clients ADD COLUMN billing_mode TEXT NOT NULL DEFAULT 'arrears'
    CHECK (billing_mode IN ('advance', 'arrears'));

ALTER TABLE invoices ADD COLUMN fee_month TEXT;
ALTER TABLE invoices ADD COLUMN usage_month TEXT;
UPDATE invoices SET fee_month = month, usage_month = month WHERE kind = 'monthly';

DROP INDEX invoices_monthly;
CREATE UNIQUE INDEX invoices_fee_month ON invoices(client_id, fee_month)
    WHERE kind = 'monthly' AND status <> 'cancelled' AND fee_month IS NOT NULL;
CREATE UNIQUE INDEX invoices_usage_month ON invoices(client_id, usage_month)
    WHERE kind = 'monthly' AND status <> 'cancelled' AND usage_month IS NOT NULL;
