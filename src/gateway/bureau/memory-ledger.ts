/**
 * The ledger in memory, for the in-app mock bureau and tests. Operations run
 * one at a time in the order asked for, each on live data with a copy to go
 * back to if it throws; after each, `onCommit` gets the whole ledger as one
 * JSON-able snapshot to persist (the mock writes it to storage). It holds
 * person references only: a snapshot has no name or ID number in it.
 */
import type { OrderStatus } from '../../domain/payment-machine'
import {
  LedgerConflict,
  type BureauLedger,
  type FaceVerification,
  type FamilyBook,
  type LedgerTx,
  type Order,
  type Receipt,
  type Refund,
  type ResidentRef,
  type Session,
  type Share,
} from './ledger'
import type { PersonRef } from './people'

export interface LedgerSnapshot {
  version: 4
  sessions: Session[]
  orders: Order[]
  receipts: Receipt[]
  shares: Share[]
  families: FamilyBook[]
  faceVerifications: FaceVerification[]
  residentRefs: ResidentRef[]
  refunds: Refund[]
}

export interface MemoryLedger extends BureauLedger {
  /** The ledger as it stands now, read synchronously (the mock's test hooks: paidOrders, amountFor). */
  peek(): LedgerSnapshot
}

interface Tables {
  sessions: Map<string, Session>
  orders: Map<string, Order>
  receipts: Map<string, Receipt>
  shares: Map<string, Share>
  families: Map<PersonRef, FamilyBook>
  faceVerifications: Map<string, FaceVerification>
  residentRefs: Map<PersonRef, ResidentRef>
  refunds: Map<string, Refund>
}

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T
const copyOf = <T>(value: T | undefined): T | undefined => (value === undefined ? undefined : copy(value))

function tablesOf(snapshot: LedgerSnapshot): Tables {
  return {
    sessions: new Map(snapshot.sessions.map((row) => [row.token, row])),
    orders: new Map(snapshot.orders.map((row) => [row.orderId, row])),
    receipts: new Map(snapshot.receipts.map((row) => [row.receiptNo, row])),
    shares: new Map(snapshot.shares.map((row) => [row.shareToken, row])),
    families: new Map(snapshot.families.map((row) => [row.payer, row])),
    faceVerifications: new Map(snapshot.faceVerifications.map((row) => [row.verifyId, row])),
    residentRefs: new Map(snapshot.residentRefs.map((row) => [row.person, row])),
    refunds: new Map(snapshot.refunds.map((row) => [row.refundId, row])),
  }
}

function snapshotOf(tables: Tables): LedgerSnapshot {
  return copy({
    version: 4 as const,
    sessions: [...tables.sessions.values()],
    orders: [...tables.orders.values()],
    receipts: [...tables.receipts.values()],
    shares: [...tables.shares.values()],
    families: [...tables.families.values()],
    faceVerifications: [...tables.faceVerifications.values()],
    residentRefs: [...tables.residentRefs.values()],
    refunds: [...tables.refunds.values()],
  })
}

export const EMPTY_LEDGER: LedgerSnapshot = {
  version: 4,
  sessions: [],
  orders: [],
  receipts: [],
  shares: [],
  families: [],
  faceVerifications: [],
  residentRefs: [],
  refunds: [],
}

/**
 * A snapshot read back from storage, or undefined if it is not one this build
 * wrote (then the bureau starts afresh). Version 3 had issued no references to
 * the app yet: it is read with none, and each person gets one at their next
 * verification. A version 4 ledger written before refunds existed is read with none.
 */
export function parseLedgerSnapshot(text: string | null | undefined): LedgerSnapshot | undefined {
  if (!text) return undefined
  try {
    const parsed = JSON.parse(text) as
      (Partial<Omit<LedgerSnapshot, 'version'>> & { version?: number }) | null
    const value =
      parsed?.version === 3
        ? { ...parsed, version: 4, residentRefs: [], refunds: [] }
        : parsed?.version === 4 && parsed.refunds === undefined
          ? { ...parsed, refunds: [] }
          : parsed
    const tables = [
      'sessions',
      'orders',
      'receipts',
      'shares',
      'families',
      'faceVerifications',
      'residentRefs',
      'refunds',
    ] as const
    if (!value || value.version !== 4 || !tables.every((table) => Array.isArray(value[table])))
      return undefined
    return value as LedgerSnapshot
  } catch {
    return undefined
  }
}

export function createMemoryLedger(
  options: { initial?: LedgerSnapshot; onCommit?: (snapshot: LedgerSnapshot) => void } = {},
): MemoryLedger {
  let tables = tablesOf(copy(options.initial ?? EMPTY_LEDGER))
  let queue: Promise<unknown> = Promise.resolve()

  const tx: LedgerTx = {
    getSession: async (token) => copyOf(tables.sessions.get(token)),
    async putSession(session) {
      tables.sessions.set(session.token, copy(session))
    },

    getOrder: async (orderId) => copyOf(tables.orders.get(orderId)),
    findOrderByKey: async (key) =>
      copyOf([...tables.orders.values()].find((order) => order.idempotencyKey === key)),
    findOpenOrder: async (recordId, benefitYear) =>
      copyOf(
        [...tables.orders.values()].find(
          (order) => isOpen(order) && order.recordId === recordId && order.benefitYear === benefitYear,
        ),
      ),
    findOrdersByPayer: async (payer) =>
      copy([...tables.orders.values()].filter((order) => order.payer === payer)),
    findOrdersByStatus: async (status: OrderStatus) =>
      copy([...tables.orders.values()].filter((order) => order.status === status)),
    async putOrder(order) {
      for (const other of tables.orders.values()) {
        if (other.orderId === order.orderId) continue
        if (other.idempotencyKey === order.idempotencyKey) throw new LedgerConflict('idempotency-key')
        if (
          isOpen(order) &&
          isOpen(other) &&
          other.recordId === order.recordId &&
          other.benefitYear === order.benefitYear
        ) {
          throw new LedgerConflict('open-order')
        }
      }
      tables.orders.set(order.orderId, copy(order))
    },

    getReceipt: async (receiptNo) => copyOf(tables.receipts.get(receiptNo)),
    findReceipt: async (insured, benefitYear) =>
      copyOf(
        [...tables.receipts.values()].find(
          (receipt) =>
            receipt.insured === insured && receipt.benefitYear === benefitYear && !receipt.refundedOn,
        ),
      ),
    findReceiptsOf: async (person) =>
      copy(
        [...tables.receipts.values()].filter(
          (receipt) => receipt.insured === person || receipt.payer === person,
        ),
      ),
    async putReceipt(receipt) {
      for (const other of tables.receipts.values()) {
        if (
          other.receiptNo !== receipt.receiptNo &&
          other.insured === receipt.insured &&
          other.benefitYear === receipt.benefitYear &&
          !other.refundedOn &&
          !receipt.refundedOn
        ) {
          throw new LedgerConflict('paid-year')
        }
      }
      tables.receipts.set(receipt.receiptNo, copy(receipt))
    },

    getShare: async (shareToken) => copyOf(tables.shares.get(shareToken)),
    findSharesOf: async (resident) =>
      copy([...tables.shares.values()].filter((share) => share.resident === resident)),
    async putShare(share) {
      tables.shares.set(share.shareToken, copy(share))
    },

    getRefund: async (refundId) => copyOf(tables.refunds.get(refundId)),
    findRefundByKey: async (key) =>
      copyOf([...tables.refunds.values()].find((refund) => refund.idempotencyKey === key)),
    findRefundByReceipt: async (receiptNo) =>
      copyOf([...tables.refunds.values()].find((refund) => refund.receiptNo === receiptNo)),
    findOpenRefunds: async () =>
      copy(
        [...tables.refunds.values()].filter(
          (refund) => refund.status === 'submitted' || refund.status === 'reviewing',
        ),
      ),
    async putRefund(refund) {
      for (const other of tables.refunds.values()) {
        if (other.refundId === refund.refundId) continue
        if (other.idempotencyKey === refund.idempotencyKey) throw new LedgerConflict('refund-key')
        if (other.receiptNo === refund.receiptNo) throw new LedgerConflict('refund-receipt')
      }
      tables.refunds.set(refund.refundId, copy(refund))
    },

    getFamilyBook: async (payer) => copyOf(tables.families.get(payer)),
    async putFamilyBook(book) {
      tables.families.set(book.payer, copy(book))
    },

    getFaceVerification: async (verifyId) => copyOf(tables.faceVerifications.get(verifyId)),
    async putFaceVerification(verification) {
      tables.faceVerifications.set(verification.verifyId, copy(verification))
    },

    getResidentRef: async (person) => copyOf(tables.residentRefs.get(person)),
    async putResidentRef(row) {
      if (!tables.residentRefs.has(row.person)) tables.residentRefs.set(row.person, copy(row))
    },
  }

  async function run<T>(work: (tx: LedgerTx) => Promise<T>): Promise<T> {
    const before = snapshotOf(tables)
    try {
      const result = await work(tx)
      options.onCommit?.(snapshotOf(tables))
      return result
    } catch (error) {
      tables = tablesOf(before)
      throw error
    }
  }

  return {
    transaction<T>(work: (tx: LedgerTx) => Promise<T>): Promise<T> {
      const result = queue.then(() => run(work))
      queue = result.catch(() => undefined)
      return result
    },
    peek: () => snapshotOf(tables),
  }
}

const isOpen = (order: Order): boolean => order.status === 'NOTPAY'
