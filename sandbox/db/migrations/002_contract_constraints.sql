-- The bureau contract's own constraints (docs/architecture.md, The bureau contract),
-- kept by the database itself, so that two requests racing past the rules' checks
-- cannot both win, and a bug in the rules cannot break them either.

-- One order per idempotency key. A key is bound to the session (and body) that first
-- used it, so this is at most one key per session too; the rules answer a key reused
-- by another session IDEMPOTENCY_CONFLICT.
ALTER TABLE orders ADD CONSTRAINT orders_one_per_idempotency_key UNIQUE (idempotency_key);

-- One open (NOTPAY) order per (record, benefit year): a second phone is told TRADE_LOCKED.
CREATE UNIQUE INDEX orders_one_open_per_record_year ON orders (record_id, benefit_year) WHERE status = 'NOTPAY';

-- A person pays once a year, whichever region: one receipt per (insured, benefit year).
ALTER TABLE receipts ADD CONSTRAINT receipts_one_per_insured_year UNIQUE (insured, benefit_year);
