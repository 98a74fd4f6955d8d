/**
 * The bureau's ledger port (src/gateway/bureau/ledger.ts) over PostgreSQL:
 * one table per kind of row, each unit of work in one serializable
 * transaction (sandbox/db/database.ts). The port's constraints are the
 * database's own (migration 002): a write they refuse becomes
 * `LedgerConflict`, which the rules answer SYSTEM_BUSY. A conflict is tried
 * once more first, from the start: the row that won may have been written by
 * a concurrent transaction, and the rules, seeing it now, give their own
 * answer (the same order for a repeated key, TRADE_LOCKED for another).
 */
import {
  LedgerConflict,
  type BureauLedger,
  type BillLine,
  type FaceResult,
  type FaceVerification,
  type FamilyBook,
  type LedgerTx,
  type Order,
  type Receipt,
  type Refund,
  type ResidentRef,
  type Session,
  type Share,
  type StoredMember,
} from '../src/gateway/bureau'
import type { OrderStatus } from '../src/domain/payment-machine'
import type { RefundReason, RefundStatus } from '../src/domain/refund'
import type { Relation } from '../src/domain/family'
import { constraintOf, sqlStateOf, type SqlClient, type SqlDatabase } from './db/database'

/** The database's names for the port's constraints. */
export const CONSTRAINTS: Record<string, LedgerConflict['constraint']> = {
  orders_one_per_idempotency_key: 'idempotency-key',
  orders_one_open_per_record_year: 'open-order',
  receipts_one_per_insured_year: 'paid-year',
  refunds_one_per_idempotency_key: 'refund-key',
  refunds_one_per_receipt: 'refund-receipt',
}

/** A unique violation of one of the port's constraints becomes LedgerConflict; anything else is thrown as it is. */
function asConflict(error: unknown): unknown {
  const constraint = CONSTRAINTS[constraintOf(error) ?? '']
  return sqlStateOf(error) === '23505' && constraint ? new LedgerConflict(constraint) : error
}

async function write(client: SqlClient, text: string, params: readonly unknown[]): Promise<void> {
  try {
    await client.query(text, params)
  } catch (error) {
    throw asConflict(error)
  }
}

type Row = Record<string, unknown>

/** A column that may be NULL: the port's rows leave the field out instead. */
const opt = <T>(value: unknown): T | undefined =>
  value === null || value === undefined ? undefined : (value as T)
const str = (value: unknown): string => String(value)
const num = (value: unknown): number => Number(value)

function withoutUndefined<T extends object>(row: T): T {
  return Object.fromEntries(Object.entries(row).filter(([, value]) => value !== undefined)) as T
}

const SESSION_COLUMNS = 'token, person, scope, share_token'
const sessionOf = (row: Row): Session =>
  withoutUndefined({
    token: str(row.token),
    person: str(row.person),
    scope: str(row.scope) as Session['scope'],
    shareToken: opt<string>(row.share_token),
  })

const ORDER_COLUMNS = `order_id, idempotency_key, session_token, request, insured, payer, record_id, benefit_year, amount_fen,
  account_fen, coverage_start::text AS coverage_start, lines, status, receipt_no, paid_at, via_share`

/** A jsonb column of bill lines (PGlite and pg hand it back parsed); NULL is absent. */
const linesOf = (value: unknown): BillLine[] | undefined =>
  value === null || value === undefined
    ? undefined
    : ((typeof value === 'string' ? JSON.parse(value) : value) as BillLine[])
const linesParam = (lines: BillLine[] | undefined): string | null => (lines ? JSON.stringify(lines) : null)
const orderOf = (row: Row): Order =>
  withoutUndefined({
    orderId: str(row.order_id),
    idempotencyKey: str(row.idempotency_key),
    sessionToken: str(row.session_token),
    request: str(row.request),
    insured: str(row.insured),
    payer: str(row.payer),
    recordId: str(row.record_id),
    benefitYear: num(row.benefit_year),
    amountFen: num(row.amount_fen),
    accountFen: row.account_fen === null ? undefined : num(row.account_fen),
    coverageStart: str(row.coverage_start),
    lines: linesOf(row.lines),
    status: str(row.status) as OrderStatus,
    receiptNo: opt<string>(row.receipt_no),
    paidAt: opt<string>(row.paid_at),
    viaShare: opt<string>(row.via_share),
  })

const RECEIPT_COLUMNS = `receipt_no, verification_code, order_id, insured, payer, record_id, benefit_year, amount_fen,
  coverage_start::text AS coverage_start, lines, paid_at, lag_queries_left, via_share,
  refunded_on::text AS refunded_on`
const receiptOf = (row: Row): Receipt =>
  withoutUndefined({
    receiptNo: str(row.receipt_no),
    verificationCode: str(row.verification_code),
    orderId: opt<string>(row.order_id),
    insured: str(row.insured),
    payer: str(row.payer),
    recordId: str(row.record_id),
    benefitYear: num(row.benefit_year),
    amountFen: num(row.amount_fen),
    coverageStart: str(row.coverage_start),
    lines: linesOf(row.lines),
    paidAt: str(row.paid_at),
    lagQueriesLeft: num(row.lag_queries_left),
    viaShare: opt<string>(row.via_share),
    refundedOn: opt<string>(row.refunded_on),
  })

const REFUND_COLUMNS = `refund_id, idempotency_key, session_token, request, receipt_no, insured, payer, amount_fen,
  reason, note, status, rejection_reason, submitted_on::text AS submitted_on, refunded_on::text AS refunded_on`
const refundOf = (row: Row): Refund =>
  withoutUndefined({
    refundId: str(row.refund_id),
    idempotencyKey: str(row.idempotency_key),
    sessionToken: str(row.session_token),
    request: str(row.request),
    receiptNo: str(row.receipt_no),
    insured: str(row.insured),
    payer: str(row.payer),
    amountFen: num(row.amount_fen),
    reason: str(row.reason) as RefundReason,
    note: opt<string>(row.note),
    status: str(row.status) as RefundStatus,
    rejectionReason: opt<string>(row.rejection_reason),
    submittedOn: str(row.submitted_on),
    refundedOn: opt<string>(row.refunded_on),
  })

const SHARE_COLUMNS = `share_token, resident, issued_on::text AS issued_on, expires_on::text AS expires_on,
  revoked_on::text AS revoked_on, order_id`
const shareOf = (row: Row): Share =>
  withoutUndefined({
    shareToken: str(row.share_token),
    resident: str(row.resident),
    issuedOn: str(row.issued_on),
    expiresOn: str(row.expires_on),
    revokedOn: opt<string>(row.revoked_on),
    orderId: opt<string>(row.order_id),
  })

const memberOf = (row: Row): StoredMember =>
  withoutUndefined({
    memberToken: str(row.member_token),
    person: str(row.person),
    relation: str(row.relation) as Relation,
    binding:
      row.binding_status === 'rejected'
        ? { status: 'rejected' as const, reason: str(row.binding_reason) }
        : { status: str(row.binding_status) as 'unbound' | 'pending' | 'bound' },
    photo:
      row.photo_ticket === null
        ? undefined
        : {
            ticket: str(row.photo_ticket),
            sizeBytes: num(row.photo_size_bytes),
            contentType: str(row.photo_content_type),
            receivedOn: str(row.photo_received_on),
          },
  })

const FACE_COLUMNS = 'verify_id, person, asked_by, expires_at, result, used'
const faceVerificationOf = (row: Row): FaceVerification =>
  withoutUndefined({
    verifyId: str(row.verify_id),
    person: str(row.person),
    askedBy: opt<string>(row.asked_by),
    expiresAt: num(row.expires_at),
    result: str(row.result) as FaceResult,
    used: row.used === true,
  })

const residentRefOf = (row: Row): ResidentRef => ({
  person: str(row.person),
  residentRef: str(row.resident_ref),
})

const first = <T>(rows: Row[], map: (row: Row) => T): T | undefined => (rows[0] ? map(rows[0]) : undefined)

export function ledgerTx(client: SqlClient): LedgerTx {
  return {
    getSession: async (token) =>
      first(
        await client.query(`SELECT ${SESSION_COLUMNS} FROM sessions WHERE token = $1`, [token]),
        sessionOf,
      ),
    putSession: (session) =>
      write(
        client,
        `INSERT INTO sessions (token, person, scope, share_token) VALUES ($1, $2, $3, $4)
         ON CONFLICT (token) DO UPDATE SET person = EXCLUDED.person, scope = EXCLUDED.scope, share_token = EXCLUDED.share_token`,
        [session.token, session.person, session.scope, session.shareToken ?? null],
      ),

    getOrder: async (orderId) =>
      first(
        await client.query(`SELECT ${ORDER_COLUMNS} FROM orders WHERE order_id = $1`, [orderId]),
        orderOf,
      ),
    findOrderByKey: async (key) =>
      first(
        await client.query(`SELECT ${ORDER_COLUMNS} FROM orders WHERE idempotency_key = $1`, [key]),
        orderOf,
      ),
    findOpenOrder: async (recordId, benefitYear) =>
      first(
        await client.query(
          `SELECT ${ORDER_COLUMNS} FROM orders WHERE record_id = $1 AND benefit_year = $2 AND status = 'NOTPAY'`,
          [recordId, benefitYear],
        ),
        orderOf,
      ),
    findOrdersByPayer: async (payer) =>
      (await client.query(`SELECT ${ORDER_COLUMNS} FROM orders WHERE payer = $1 ORDER BY seq`, [payer])).map(
        orderOf,
      ),
    findOrdersByStatus: async (status) =>
      (
        await client.query(`SELECT ${ORDER_COLUMNS} FROM orders WHERE status = $1 ORDER BY seq`, [status])
      ).map(orderOf),
    putOrder: (order) =>
      write(
        client,
        `INSERT INTO orders (order_id, idempotency_key, session_token, request, insured, payer, record_id, benefit_year,
           amount_fen, account_fen, coverage_start, status, receipt_no, paid_at, via_share, lines)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16::jsonb)
         ON CONFLICT (order_id) DO UPDATE SET
           idempotency_key = EXCLUDED.idempotency_key, session_token = EXCLUDED.session_token, request = EXCLUDED.request,
           insured = EXCLUDED.insured, payer = EXCLUDED.payer, record_id = EXCLUDED.record_id,
           benefit_year = EXCLUDED.benefit_year, amount_fen = EXCLUDED.amount_fen, account_fen = EXCLUDED.account_fen,
           coverage_start = EXCLUDED.coverage_start, status = EXCLUDED.status, receipt_no = EXCLUDED.receipt_no,
           paid_at = EXCLUDED.paid_at, via_share = EXCLUDED.via_share, lines = EXCLUDED.lines`,
        [
          order.orderId,
          order.idempotencyKey,
          order.sessionToken,
          order.request,
          order.insured,
          order.payer,
          order.recordId,
          order.benefitYear,
          order.amountFen,
          order.accountFen ?? null,
          order.coverageStart,
          order.status,
          order.receiptNo ?? null,
          order.paidAt ?? null,
          order.viaShare ?? null,
          linesParam(order.lines),
        ],
      ),

    getReceipt: async (receiptNo) =>
      first(
        await client.query(`SELECT ${RECEIPT_COLUMNS} FROM receipts WHERE receipt_no = $1`, [receiptNo]),
        receiptOf,
      ),
    findReceipt: async (insured, benefitYear) =>
      first(
        await client.query(
          `SELECT ${RECEIPT_COLUMNS} FROM receipts WHERE insured = $1 AND benefit_year = $2 AND refunded_on IS NULL`,
          [insured, benefitYear],
        ),
        receiptOf,
      ),
    findReceiptsOf: async (person) =>
      (
        await client.query(
          `SELECT ${RECEIPT_COLUMNS} FROM receipts WHERE insured = $1 OR payer = $1 ORDER BY seq`,
          [person],
        )
      ).map(receiptOf),
    putReceipt: (receipt) =>
      write(
        client,
        `INSERT INTO receipts (receipt_no, verification_code, order_id, insured, payer, record_id, benefit_year, amount_fen,
           coverage_start, paid_at, lag_queries_left, via_share, lines, refunded_on)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13::jsonb, $14)
         ON CONFLICT (receipt_no) DO UPDATE SET
           verification_code = EXCLUDED.verification_code, order_id = EXCLUDED.order_id, insured = EXCLUDED.insured,
           payer = EXCLUDED.payer, record_id = EXCLUDED.record_id, benefit_year = EXCLUDED.benefit_year,
           amount_fen = EXCLUDED.amount_fen, coverage_start = EXCLUDED.coverage_start, paid_at = EXCLUDED.paid_at,
           lag_queries_left = EXCLUDED.lag_queries_left, via_share = EXCLUDED.via_share, lines = EXCLUDED.lines,
           refunded_on = EXCLUDED.refunded_on`,
        [
          receipt.receiptNo,
          receipt.verificationCode,
          receipt.orderId ?? null,
          receipt.insured,
          receipt.payer,
          receipt.recordId,
          receipt.benefitYear,
          receipt.amountFen,
          receipt.coverageStart,
          receipt.paidAt,
          receipt.lagQueriesLeft,
          receipt.viaShare ?? null,
          linesParam(receipt.lines),
          receipt.refundedOn ?? null,
        ],
      ),

    getShare: async (shareToken) =>
      first(
        await client.query(`SELECT ${SHARE_COLUMNS} FROM shares WHERE share_token = $1`, [shareToken]),
        shareOf,
      ),
    findSharesOf: async (resident) =>
      (
        await client.query(`SELECT ${SHARE_COLUMNS} FROM shares WHERE resident = $1 ORDER BY seq`, [resident])
      ).map(shareOf),
    putShare: (share) =>
      write(
        client,
        `INSERT INTO shares (share_token, resident, issued_on, expires_on, revoked_on, order_id) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (share_token) DO UPDATE SET resident = EXCLUDED.resident, issued_on = EXCLUDED.issued_on,
           expires_on = EXCLUDED.expires_on, revoked_on = EXCLUDED.revoked_on, order_id = EXCLUDED.order_id`,
        [
          share.shareToken,
          share.resident,
          share.issuedOn,
          share.expiresOn,
          share.revokedOn ?? null,
          share.orderId ?? null,
        ],
      ),

    getRefund: async (refundId) =>
      first(
        await client.query(`SELECT ${REFUND_COLUMNS} FROM refunds WHERE refund_id = $1`, [refundId]),
        refundOf,
      ),
    findRefundByKey: async (key) =>
      first(
        await client.query(`SELECT ${REFUND_COLUMNS} FROM refunds WHERE idempotency_key = $1`, [key]),
        refundOf,
      ),
    findRefundByReceipt: async (receiptNo) =>
      first(
        await client.query(`SELECT ${REFUND_COLUMNS} FROM refunds WHERE receipt_no = $1`, [receiptNo]),
        refundOf,
      ),
    findOpenRefunds: async () =>
      (
        await client.query(
          `SELECT ${REFUND_COLUMNS} FROM refunds WHERE status IN ('submitted', 'reviewing') ORDER BY seq`,
          [],
        )
      ).map(refundOf),
    putRefund: (refund) =>
      write(
        client,
        `INSERT INTO refunds (refund_id, idempotency_key, session_token, request, receipt_no, insured, payer, amount_fen,
           reason, note, status, rejection_reason, submitted_on, refunded_on)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
         ON CONFLICT (refund_id) DO UPDATE SET
           status = EXCLUDED.status, rejection_reason = EXCLUDED.rejection_reason, refunded_on = EXCLUDED.refunded_on`,
        [
          refund.refundId,
          refund.idempotencyKey,
          refund.sessionToken,
          refund.request,
          refund.receiptNo,
          refund.insured,
          refund.payer,
          refund.amountFen,
          refund.reason,
          refund.note ?? null,
          refund.status,
          refund.rejectionReason ?? null,
          refund.submittedOn,
          refund.refundedOn ?? null,
        ],
      ),

    async getFamilyBook(payer) {
      const books = await client.query('SELECT payer FROM family_books WHERE payer = $1', [payer])
      if (books.length === 0) return undefined
      const members = await client.query(
        `SELECT member_token, person, relation, binding_status, binding_reason, photo_ticket, photo_size_bytes,
           photo_content_type, photo_received_on::text AS photo_received_on
         FROM family_members WHERE payer = $1 ORDER BY position`,
        [payer],
      )
      return { payer, members: members.map(memberOf) }
    },
    async putFamilyBook(book: FamilyBook) {
      await write(client, 'INSERT INTO family_books (payer) VALUES ($1) ON CONFLICT (payer) DO NOTHING', [
        book.payer,
      ])
      await write(client, 'DELETE FROM family_members WHERE payer = $1', [book.payer])
      for (const [position, member] of book.members.entries()) {
        await write(
          client,
          `INSERT INTO family_members (payer, position, member_token, person, relation, binding_status, binding_reason,
             photo_ticket, photo_size_bytes, photo_content_type, photo_received_on)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
          [
            book.payer,
            position,
            member.memberToken,
            member.person,
            member.relation,
            member.binding.status,
            member.binding.status === 'rejected' ? member.binding.reason : null,
            member.photo?.ticket ?? null,
            member.photo?.sizeBytes ?? null,
            member.photo?.contentType ?? null,
            member.photo?.receivedOn ?? null,
          ],
        )
      }
    },

    getFaceVerification: async (verifyId) =>
      first(
        await client.query(`SELECT ${FACE_COLUMNS} FROM face_verifications WHERE verify_id = $1`, [verifyId]),
        faceVerificationOf,
      ),
    putFaceVerification: (verification) =>
      write(
        client,
        `INSERT INTO face_verifications (verify_id, person, asked_by, expires_at, result, used) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (verify_id) DO UPDATE SET person = EXCLUDED.person, asked_by = EXCLUDED.asked_by,
           expires_at = EXCLUDED.expires_at, result = EXCLUDED.result, used = EXCLUDED.used`,
        [
          verification.verifyId,
          verification.person,
          verification.askedBy ?? null,
          verification.expiresAt,
          verification.result,
          verification.used,
        ],
      ),

    getResidentRef: async (person) =>
      first(
        await client.query('SELECT person, resident_ref FROM resident_refs WHERE person = $1', [person]),
        residentRefOf,
      ),
    // Never replaced: a reference once given to the app names that person for good.
    putResidentRef: (row) =>
      write(
        client,
        'INSERT INTO resident_refs (person, resident_ref) VALUES ($1, $2) ON CONFLICT (person) DO NOTHING',
        [row.person, row.residentRef],
      ),
  }
}

/** The ledger port over a database. */
export function createSqlLedger(db: SqlDatabase): BureauLedger {
  return {
    async transaction(work) {
      try {
        return await db.transaction((client) => work(ledgerTx(client)))
      } catch (error) {
        if (!(error instanceof LedgerConflict)) throw error
        // Once more from the start: a concurrent unit of work may have written the row that won.
        return db.transaction((client) => work(ledgerTx(client)))
      }
    },
  }
}

/** Empties the ledger (tests that share one database between sandboxes); the schema and its migrations stay. */
export async function truncateLedger(db: SqlDatabase): Promise<void> {
  await db.exec(
    'TRUNCATE refunds, resident_refs, face_verifications, family_members, family_books, receipts, orders, sessions, shares RESTART IDENTITY CASCADE',
  )
}
