-- Billing in advance (seed 002, issue 14): a tariff is billed in arrears (the
-- month's fee and its work on one invoice after the month, as before) or in
-- advance (the invoice of month M, made at the start of M, carries M's fee
-- and the work of M − 1: its overage and corrections).
ALTER TABLE clients ADD COLUMN billing_mode TEXT NOT NULL DEFAULT 'arrears'
    CHECK (billing_mode IN ('advance', 'arrears'));

-- What each monthly invoice covers, whatever the client's mode is now: the
-- fee of fee_month and the work (overage, corrections, the act) of
-- usage_month, each 'YYYY-MM' or NULL when not on it. The run asks "is month
-- X's fee invoiced? is month X's work?" of these two columns, so a change of
-- mode never bills a month twice or skips one. An invoice billed in arrears
-- covers its own month twice over, as every invoice before this version did.
ALTER TABLE invoices ADD COLUMN fee_month TEXT;
ALTER TABLE invoices ADD COLUMN usage_month TEXT;
UPDATE invoices SET fee_month = month, usage_month = month WHERE kind = 'monthly';

-- One live invoice per client for a month's fee and one for a month's work
-- (cancelled ones may be replaced by the next run). They replace the one live
-- invoice per client and month of 0005: after a switch from advance to
-- arrears, month M has two (M's fee and M − 1's work at its start, M's work
-- at its end).
DROP INDEX invoices_monthly;
CREATE UNIQUE INDEX invoices_fee_month ON invoices(client_id, fee_month)
    WHERE kind = 'monthly' AND status <> 'cancelled' AND fee_month IS NOT NULL;
CREATE UNIQUE INDEX invoices_usage_month ON invoices(client_id, usage_month)
    WHERE kind = 'monthly' AND status <> 'cancelled' AND usage_month IS NOT NULL;
