-- 退费申请 (src/gateway/bureau/ledger.ts, Refund): a resident's request to have one payment
-- returned, by the channel it came in (no bank detail is kept). Rows name people by reference
-- only. The refund machine (src/domain/refund.ts) moves a status: submitted → reviewing →
-- refunded | rejected; the checks below keep what each status must carry.
CREATE TABLE refunds (
  seq bigint GENERATED ALWAYS AS IDENTITY,
  refund_id text PRIMARY KEY,
  idempotency_key text NOT NULL,
  session_token text NOT NULL REFERENCES sessions (token) DEFERRABLE INITIALLY DEFERRED,
  request text NOT NULL,
  receipt_no text NOT NULL REFERENCES receipts (receipt_no) DEFERRABLE INITIALLY DEFERRED,
  insured person_ref NOT NULL,
  payer person_ref NOT NULL,
  amount_fen integer NOT NULL,
  reason text NOT NULL,
  note text,
  status text NOT NULL,
  rejection_reason text,
  submitted_on date NOT NULL,
  refunded_on date,
  CONSTRAINT refunds_amount CHECK (amount_fen >= 0),
  CONSTRAINT refunds_reason CHECK (reason IN ('paid-twice', 'wrong-region', 'already-covered', 'other')),
  CONSTRAINT refunds_note_length CHECK (note IS NULL OR char_length(note) <= 100),
  -- 其他 says why.
  CONSTRAINT refunds_other_has_note CHECK (reason <> 'other' OR note IS NOT NULL),
  CONSTRAINT refunds_status CHECK (status IN ('submitted', 'reviewing', 'refunded', 'rejected')),
  -- 已退款 has its day; 未通过 its reason; nothing else has either.
  CONSTRAINT refunds_refunded_on CHECK ((status = 'refunded') = (refunded_on IS NOT NULL)),
  CONSTRAINT refunds_rejection_reason CHECK ((status = 'rejected') = (rejection_reason IS NOT NULL))
);

-- The port's constraints: one refund per idempotency key, one refund per payment.
ALTER TABLE refunds ADD CONSTRAINT refunds_one_per_idempotency_key UNIQUE (idempotency_key);
ALTER TABLE refunds ADD CONSTRAINT refunds_one_per_receipt UNIQUE (receipt_no);
-- The review's queue.
CREATE INDEX refunds_open ON refunds (seq) WHERE status IN ('submitted', 'reviewing');

-- 已退款 marks the payment's receipt (src/gateway/bureau/refunds.ts): it stays readable, but its year may be
-- paid again, so "one paid receipt per person and year" holds for receipts not refunded only. The index
-- keeps the constraint's name, which sandbox/sql-ledger.ts maps to the port's 'paid-year'.
ALTER TABLE receipts ADD COLUMN refunded_on date;
ALTER TABLE receipts DROP CONSTRAINT receipts_one_per_insured_year;
CREATE UNIQUE INDEX receipts_one_per_insured_year ON receipts (insured, benefit_year) WHERE refunded_on IS NULL;
