/**
 * The bureau's ledger: what it must remember between requests (sessions,
 * orders, receipts, 请家人代缴 shares, 常用缴费人 books, face verifications, the
 * references it gave the app for people), behind one narrow, async port, so
 * the in-app mock (memory, persisted as one JSON blob) and the sandbox bureau
 * (PostgreSQL) run the same rules over their own storage.
 *
 * Rows name people by `PersonRef` (seed index or guest reference), never by
 * name or ID number. Every value is plain JSON.
 *
 * Constraints a store enforces by itself (a database with unique indexes; the
 * memory ledger by throwing `LedgerConflict`), so that two requests racing
 * past the rules' own checks cannot both win:
 * - one order per idempotency key;
 * - at most one NOTPAY order per (recordId, benefitYear);
 * - at most one receipt not refunded per (insured, benefitYear): a person pays
 *   once a year, and a year whose payment was refunded (已退款) may be paid again;
 * - one refund per idempotency key, and at most one refund per receipt (退费申请).
 */
import type { BillLineKind } from '../../contract/wire-schemas'
import type { BindingStatus, Relation } from '../../domain/family'
import type { OrderStatus } from '../../domain/payment-machine'
import type { RefundReason, RefundStatus } from '../../domain/refund'
import type { PersonRef } from './people'

/**
 * One item of a bill as the bureau quoted it (the year's standard, its 长护险
 * part, group assistance, 补缴 back-years): the receipt itemises what was paid.
 */
export interface BillLine {
  kind: BillLineKind
  label: string
  amountFen: number
}

/** `resident`: opened by the resident's own verification. `share`: opened from a 请家人代缴 link, scoped to it. */
export type SessionScope = 'resident' | 'share'

export interface Session {
  token: string
  /** The resident the session acts for (for a share session: the resident who shared). */
  person: PersonRef
  scope: SessionScope
  /** The share a `share` session was opened from. */
  shareToken?: string
}

export interface Order {
  orderId: string
  idempotencyKey: string
  /** The session that made the order: its key is bound to it. */
  sessionToken: string
  /** The request the key is bound to (record, amount, back-years…), as canonical JSON. */
  request: string
  insured: PersonRef
  /** Who pays: the insured, or the payer who has the insured among their 常用缴费人. */
  payer: PersonRef
  recordId: string
  benefitYear: number
  amountFen: number
  /** Taken from the payer's employee personal account; the cashier asks for the rest. */
  accountFen?: number
  coverageStart: string
  /** The bill's items as the bureau quoted them (they sum to amountFen). */
  lines?: BillLine[]
  status: OrderStatus
  receiptNo?: string
  paidAt?: string
  /** Made in a session opened from this share (a relative pays). */
  viaShare?: string
}

export interface Receipt {
  receiptNo: string
  verificationCode: string
  /** Absent for a payment the bureau had before this app (seeded). */
  orderId?: string
  insured: PersonRef
  payer: PersonRef
  recordId: string
  benefitYear: number
  amountFen: number
  coverageStart: string
  /** The items paid (absent for a payment the bureau had before this app). */
  lines?: BillLine[]
  paidAt: string
  /** Queries that still answer `pending` before the receipt is issued. */
  lagQueriesLeft: number
  viaShare?: string
  /**
   * 已退款: the day its refund returned the money. The receipt stays (the
   * records show it refunded), but no longer counts as the year's payment.
   */
  refundedOn?: string
}

export interface Share {
  shareToken: string
  resident: PersonRef
  issuedOn: string
  /** The last day it can be redeemed. */
  expiresOn: string
  revokedOn?: string
  /** The order made through it, if any (at most one is open at a time). */
  orderId?: string
}

export interface StoredMember {
  memberToken: string
  person: PersonRef
  relation: Relation
  binding: BindingStatus
  /**
   * The 户口簿 photo received for this member's binding and not yet used: its
   * single-use ticket, size and type only (never the image). A binding with
   * household-register evidence must name this ticket; it is dropped when used.
   */
  photo?: { ticket: string; sizeBytes: number; contentType: string; receivedOn: string }
}

/** What WeChat's face service says of a verification (the bureau's reading: queryverifyinfo). */
export type FaceResult = 'pending' | 'passed' | 'failed' | 'cancelled'

/**
 * A face verification the bureau started (WeChat's getverifyid): bound to the
 * person whose face it checks and, for a relative's, to the payer who asked.
 * Used once: a confirmation of any outcome marks it used.
 */
export interface FaceVerification {
  verifyId: string
  person: PersonRef
  /** A relative's verification (binding): the payer whose session started it. */
  askedBy?: PersonRef
  /** Milliseconds since the epoch after which it is refused FACE_EXPIRED. */
  expiresAt: number
  result: FaceResult
  used: boolean
}

/**
 * The reference the bureau gives the app for a person (verifyIdentity's
 * `residentRef`): drawn at random the first time a session opens for them and
 * kept, so every later session answers the same one. It is not the ledger's
 * `PersonRef` (a seed index would tell one resident's place among others), and
 * it is not derived from the ID number: only this row ties it to the person.
 */
export interface ResidentRef {
  person: PersonRef
  residentRef: string
}

/**
 * 退费申请: a resident's request to have one payment returned, by the channel
 * it came in. At most one per receipt; its status moves by the refund machine
 * (src/domain/refund.ts).
 */
export interface Refund {
  refundId: string
  idempotencyKey: string
  /** The session that asked: its key is bound to it. */
  sessionToken: string
  /** The request the key is bound to (receipt, reason, note), as canonical JSON. */
  request: string
  receiptNo: string
  insured: PersonRef
  payer: PersonRef
  amountFen: number
  reason: RefundReason
  note?: string
  status: RefundStatus
  /** 未通过: the bureau's reason. */
  rejectionReason?: string
  submittedOn: string
  /** 已退款: the day the money went back. */
  refundedOn?: string
}

/** A payer's 常用缴费人 (an emptied book is kept, so the bureau's first relatives do not come back). */
export interface FamilyBook {
  payer: PersonRef
  members: StoredMember[]
}

/** The reads and writes of one bureau operation. Reads return copies: a change is kept only by a put. */
export interface LedgerTx {
  getSession(token: string): Promise<Session | undefined>
  putSession(session: Session): Promise<void>

  getOrder(orderId: string): Promise<Order | undefined>
  findOrderByKey(idempotencyKey: string): Promise<Order | undefined>
  /** The NOTPAY order of a record for a benefit year, if any. */
  findOpenOrder(recordId: string, benefitYear: number): Promise<Order | undefined>
  findOrdersByPayer(payer: PersonRef): Promise<Order[]>
  findOrdersByStatus(status: OrderStatus): Promise<Order[]>
  putOrder(order: Order): Promise<void>

  getReceipt(receiptNo: string): Promise<Receipt | undefined>
  /** The person's receipt for a benefit year, if they paid it and it was not refunded. */
  findReceipt(insured: PersonRef, benefitYear: number): Promise<Receipt | undefined>
  /** Receipts where the person is the insured or the payer. */
  findReceiptsOf(person: PersonRef): Promise<Receipt[]>
  putReceipt(receipt: Receipt): Promise<void>

  getShare(shareToken: string): Promise<Share | undefined>
  findSharesOf(resident: PersonRef): Promise<Share[]>
  putShare(share: Share): Promise<void>

  getRefund(refundId: string): Promise<Refund | undefined>
  findRefundByKey(idempotencyKey: string): Promise<Refund | undefined>
  /** The refund asked for a receipt, if any (at most one). */
  findRefundByReceipt(receiptNo: string): Promise<Refund | undefined>
  /** Refunds not yet refunded or rejected: the bureau's review queue. */
  findOpenRefunds(): Promise<Refund[]>
  putRefund(refund: Refund): Promise<void>

  getFamilyBook(payer: PersonRef): Promise<FamilyBook | undefined>
  putFamilyBook(book: FamilyBook): Promise<void>

  getFaceVerification(verifyId: string): Promise<FaceVerification | undefined>
  putFaceVerification(verification: FaceVerification): Promise<void>

  /** The person's reference for the app, if one was issued. */
  getResidentRef(person: PersonRef): Promise<ResidentRef | undefined>
  /** Keeps a newly issued reference; one already kept for the person is never replaced. */
  putResidentRef(row: ResidentRef): Promise<void>
}

export interface BureauLedger {
  /**
   * Runs one operation's reads and writes as a unit: all kept, or none if
   * `work` throws. The memory ledger runs units one at a time, in the order
   * they were asked for; a database runs each in one serializable transaction
   * and runs it again when the database refuses it for a concurrent one.
   */
  transaction<T>(work: (tx: LedgerTx) => Promise<T>): Promise<T>
}

/** A write refused by one of the ledger's constraints (see the top of this file). */
export class LedgerConflict extends Error {
  constructor(
    readonly constraint: 'idempotency-key' | 'open-order' | 'paid-year' | 'refund-key' | 'refund-receipt',
  ) {
    super(`ledger constraint refused the write: ${constraint}`)
    this.name = 'LedgerConflict'
  }
}
