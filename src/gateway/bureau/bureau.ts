/**
 * The bureau's rules as one module: every operation of the gateway contract,
 * over a ledger port and a register of people, with an injected random
 * source. The in-app mock (src/gateway/mock) and the sandbox bureau run this
 * same code over their own ledgers, so they cannot drift. Pure TypeScript: no
 * Taro, no React, no storage, no clock of its own.
 */
import type { Operation } from '../../services/ports'
import { createCallerLimits, THIS_DEVICE, type CallerRate } from './caller-limits'
import { contextOf, type BureauOptions } from './context'
import { getEnrolment, verifyIdentity } from './enrolment'
import { recordFaceResult, startFaceVerification } from './face'
import { familyHandlers, receiveBindingPhoto } from './family'
import { LedgerConflict, type LedgerTx } from './ledger'
import {
  closeOrder,
  failOrder,
  orderHandlers,
  paidOrdersIn,
  settleOrder,
  type PaidOrder,
  type SettleOutcome,
} from './orders'
import type { Person } from './people'
import { receiptHandlers, recordSeededPayments } from './receipts'
import { refundHandlers, reviewStep, type ReviewDecision, type ReviewOutcome } from './refunds'
import { REFUSED, refuse, type Reply } from './replies'
import { shareHandlers } from './shares'
import type { Handler } from './access'

export interface CreateBureauOptions extends BureauOptions {
  /** The seeded residents whose earlier payments the ledger must hold (written once, if absent). */
  seeds?: readonly Person[]
  /** How often one caller may ask the operations open to anyone (default CALLER_RATES). */
  callerRates?: Partial<Record<Operation, CallerRate>>
}

export interface Bureau {
  /**
   * One operation of the contract: the body as sent, the answer in the wire envelope.
   * `from`: who asks, as the transport tells callers apart (the sandbox: the client's
   * address; the in-app mock: its one device), for the operations whose rate is limited per caller.
   */
  handle(operation: Operation, body: Record<string, unknown>, from?: string): Promise<Reply>
  /** The cashier paid an order (WeChat Pay's notification). */
  settle(orderId: string): Promise<SettleOutcome>
  /** The cashier reported the payment failed: the order becomes PAYERROR. */
  fail(orderId: string): Promise<void>
  /** An unpaid order expired: it becomes CLOSED. */
  close(orderId: string): Promise<void>
  /** Money that moved, per order. */
  paidOrders(): Promise<PaidOrder[]>
  /**
   * A 户口簿 photo received for a member's binding (the demo's stand-in for an
   * upload endpoint: its size and type, never the image): a single-use ticket, or the refusal.
   */
  receiveBindingPhoto(body: Record<string, unknown>): Promise<Reply>
  /**
   * What WeChat's face service found for a verifyId (`{ verifyId, result:
   * 'passed' | 'failed' | 'cancelled' }`): the demo's and the sandbox's stand-in
   * for the face check, which the bureau then reads as it would queryverifyinfo.
   */
  recordFaceResult(body: Record<string, unknown>): Promise<Reply>
  /** 退费申请 not yet refunded or rejected, oldest first: the review's queue. */
  openRefunds(): Promise<string[]>
  /** The review's next step for a refund (the demo's and the sandbox's stand-in for the bureau's clerk). */
  reviewRefund(refundId: string, decision: ReviewDecision): Promise<ReviewOutcome>
}

const HANDLERS: Record<Operation, Handler> = {
  startFaceVerification,
  verifyIdentity,
  getEnrolment,
  ...orderHandlers,
  ...shareHandlers,
  ...receiptHandlers,
  ...familyHandlers,
  ...refundHandlers,
}

export function createBureau(options: CreateBureauOptions): Bureau {
  const ctx = contextOf(options)
  const callerLimits = createCallerLimits(options.callerRates)
  let seeded = !options.seeds

  /** One unit of work on the ledger; the seeded payments are written by the first. */
  function run<T>(work: (tx: LedgerTx) => Promise<T>): Promise<T> {
    return ctx.ledger
      .transaction(async (tx) => {
        if (!seeded && options.seeds) await recordSeededPayments(ctx, tx, options.seeds)
        return work(tx)
      })
      .then((result) => {
        seeded = true
        return result
      })
  }

  return {
    async handle(operation, body, from = THIS_DEVICE) {
      const handler = HANDLERS[operation]
      if (!handler) return refuse('NOT_PAYABLE', '不支持的业务')
      const wait = callerLimits.take(operation, from, ctx.now())
      if (wait !== undefined) return REFUSED.rateLimited(wait)
      try {
        return await run((tx) => handler(ctx, tx, body))
      } catch (error) {
        // A constraint refused a write that raced another request: the caller may try again.
        if (error instanceof LedgerConflict) return refuse('SYSTEM_BUSY', '系统繁忙，请稍后再试')
        throw error
      }
    },
    settle: (orderId) => run((tx) => settleOrder(ctx, tx, orderId)),
    fail: (orderId) => run((tx) => failOrder(tx, orderId)),
    close: (orderId) => run((tx) => closeOrder(tx, orderId)),
    paidOrders: () => run(async (tx) => paidOrdersIn(await tx.findOrdersByStatus('SUCCESS'))),
    receiveBindingPhoto: (body) => run((tx) => receiveBindingPhoto(ctx, tx, body)),
    recordFaceResult: (body) => run((tx) => recordFaceResult(ctx, tx, body)),
    openRefunds: () =>
      run(async (tx) =>
        (await tx.findOpenRefunds())
          .sort((a, b) => a.submittedOn.localeCompare(b.submittedOn))
          .map((refund) => refund.refundId),
      ),
    reviewRefund: (refundId, decision) => run((tx) => reviewStep(ctx, tx, refundId, decision)),
  }
}
