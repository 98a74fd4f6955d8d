-- The bureau's ledger (src/gateway/bureau/ledger.ts): sessions, orders, receipts,
-- 请家人代缴 shares and 常用缴费人 books. Rows name people by reference only
-- (person_ref: seed:<n>, load:<n> or guest:<random>), never by name or ID number.
-- Money is integer fen. Cross-table references are checked at commit (DEFERRABLE),
-- so a unit of work may write its rows in any order.

CREATE DOMAIN person_ref AS text
  CHECK (VALUE ~ '^(seed:[0-9]+|load:[0-9]+|guest:[A-Za-z0-9_-]{16,64})$');

CREATE TABLE shares (
  seq bigint GENERATED ALWAYS AS IDENTITY,
  share_token text PRIMARY KEY,
  resident person_ref NOT NULL,
  issued_on date NOT NULL,
  expires_on date NOT NULL,
  revoked_on date,
  order_id text,
  CONSTRAINT shares_expire_after_issue CHECK (expires_on >= issued_on)
);
CREATE INDEX shares_by_resident ON shares (resident);

CREATE TABLE sessions (
  token text PRIMARY KEY,
  person person_ref NOT NULL,
  scope text NOT NULL,
  share_token text REFERENCES shares (share_token) DEFERRABLE INITIALLY DEFERRED,
  opened_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT sessions_scope CHECK (scope IN ('resident', 'share')),
  -- A share session is opened from a share; a resident's own session is not.
  CONSTRAINT sessions_share_scope CHECK ((scope = 'share') = (share_token IS NOT NULL))
);

CREATE TABLE orders (
  seq bigint GENERATED ALWAYS AS IDENTITY,
  order_id text PRIMARY KEY,
  idempotency_key text NOT NULL,
  session_token text NOT NULL REFERENCES sessions (token) DEFERRABLE INITIALLY DEFERRED,
  request text NOT NULL,
  insured person_ref NOT NULL,
  payer person_ref NOT NULL,
  record_id text NOT NULL,
  benefit_year integer NOT NULL,
  amount_fen integer NOT NULL,
  account_fen integer,
  coverage_start date NOT NULL,
  status text NOT NULL,
  receipt_no text,
  paid_at text,
  via_share text REFERENCES shares (share_token) DEFERRABLE INITIALLY DEFERRED,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT orders_status CHECK (status IN ('NOTPAY', 'SUCCESS', 'CLOSED', 'PAYERROR')),
  CONSTRAINT orders_benefit_year CHECK (benefit_year BETWEEN 2000 AND 2100),
  CONSTRAINT orders_amount CHECK (amount_fen >= 0),
  -- The personal account pays a part of the bill, never more than all of it.
  CONSTRAINT orders_account_part CHECK (account_fen IS NULL OR (account_fen > 0 AND account_fen <= amount_fen)),
  -- Paid is paid with a receipt: an order has a receipt number exactly when it is SUCCESS.
  CONSTRAINT orders_paid_has_receipt CHECK ((status = 'SUCCESS') = (receipt_no IS NOT NULL)),
  CONSTRAINT orders_paid_at CHECK (paid_at IS NULL OR paid_at ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}$')
);
CREATE INDEX orders_by_payer ON orders (payer);
CREATE INDEX orders_by_status ON orders (status);

ALTER TABLE shares
  ADD CONSTRAINT shares_order FOREIGN KEY (order_id) REFERENCES orders (order_id) DEFERRABLE INITIALLY DEFERRED;

CREATE TABLE receipts (
  seq bigint GENERATED ALWAYS AS IDENTITY,
  receipt_no text PRIMARY KEY,
  verification_code text NOT NULL,
  -- Absent for a payment the bureau had before this app (seeded).
  order_id text UNIQUE REFERENCES orders (order_id) DEFERRABLE INITIALLY DEFERRED,
  insured person_ref NOT NULL,
  payer person_ref NOT NULL,
  record_id text NOT NULL,
  benefit_year integer NOT NULL,
  amount_fen integer NOT NULL,
  coverage_start date NOT NULL,
  paid_at text NOT NULL,
  lag_queries_left integer NOT NULL DEFAULT 0,
  via_share text REFERENCES shares (share_token) DEFERRABLE INITIALLY DEFERRED,
  CONSTRAINT receipts_amount CHECK (amount_fen >= 0),
  CONSTRAINT receipts_lag CHECK (lag_queries_left >= 0),
  CONSTRAINT receipts_verification_code CHECK (verification_code ~ '^[0-9A-Z]{6}$'),
  CONSTRAINT receipts_paid_at CHECK (paid_at ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}$')
);
CREATE INDEX receipts_by_payer ON receipts (payer);

ALTER TABLE orders
  ADD CONSTRAINT orders_receipt FOREIGN KEY (receipt_no) REFERENCES receipts (receipt_no) DEFERRABLE INITIALLY DEFERRED;

-- A payer's 常用缴费人: the book is kept when emptied (the bureau's first relatives do not come back).
CREATE TABLE family_books (
  seq bigint GENERATED ALWAYS AS IDENTITY,
  payer person_ref PRIMARY KEY
);

CREATE TABLE family_members (
  payer person_ref NOT NULL REFERENCES family_books (payer) ON DELETE CASCADE,
  position integer NOT NULL,
  member_token text NOT NULL UNIQUE,
  person person_ref NOT NULL,
  relation text NOT NULL,
  binding_status text NOT NULL,
  binding_reason text,
  PRIMARY KEY (payer, position),
  CONSTRAINT family_members_once UNIQUE (payer, person),
  CONSTRAINT family_members_binding CHECK (binding_status IN ('unbound', 'pending', 'bound', 'rejected')),
  CONSTRAINT family_members_rejection_reason CHECK ((binding_status = 'rejected') = (binding_reason IS NOT NULL))
);
