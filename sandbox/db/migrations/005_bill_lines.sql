-- The items of a bill as the bureau quoted it (src/gateway/bureau/ledger.ts, BillLine: the year's
-- standard, group assistance, 补缴 back-years), kept with the order and its receipt, so the receipt
-- itemises what was paid. NULL for a payment the bureau had before (seeded): its total only.
ALTER TABLE orders ADD COLUMN lines jsonb;
ALTER TABLE receipts ADD COLUMN lines jsonb;
ALTER TABLE orders ADD CONSTRAINT orders_lines_array CHECK (lines IS NULL OR jsonb_typeof(lines) = 'array');
ALTER TABLE receipts ADD CONSTRAINT receipts_lines_array CHECK (lines IS NULL OR jsonb_typeof(lines) = 'array');
