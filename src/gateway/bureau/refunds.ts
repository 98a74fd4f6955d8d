/**
 * 退费申请: the bureau's rules for returning a payment.
 * - Asked by the session of the payment's payer or insured resident (or the
 *   share session whose order it settled); anyone else is told NOT_FOUND, as
 *   for a payment that does not exist. Only a paid payment (a receipt) can be
 *   refunded.
 * - One refund per payment: asking again with another key is refused
 *   REFUND_EXISTS (the first refund's progress is in 缴费记录).
 * - An idempotency key is bound to the session and the body that first used
 *   it: the same key, session and body answer the same refund (a lost answer
 *   is found by re-sending); anything else IDEMPOTENCY_CONFLICT.
 * - 已退款 marks the receipt refunded: its year is payable again (a new order,
 *   a new receipt). While the refund is 已受理 or 审核中 the year stays paid
 *   (ALREADY_PAID names the refund), and 未通过 leaves it paid.
 * - The money goes back by the channel it came in, so nothing about a bank
 *   account is asked. The review moves the refund through the refund machine
 *   (src/domain/refund.ts), one step at a time (`reviewStep`): the mock moves
 *   it as the records are read, the sandbox on POST /refund/review.
 */
import {
  REFUND_REASONS,
  refundNoteProblem,
  refundTransition,
  type RefundEvent,
  type RefundReason,
  type RefundRefusal,
} from '../../domain/refund'
import { withSession } from './access'
import type { BureauContext } from './context'
import type { LedgerTx, Refund } from './ledger'
import { DIGITS, randomText } from './random'
import { mayReadReceipt } from './receipts'
import { refundReply } from './refund-reply'
import { refuse, reply, text } from './replies'

const reasonOf = (value: unknown): RefundReason | undefined =>
  REFUND_REASONS.find((reason) => reason === value)

/** What an idempotency key is bound to besides its session: the receipt, reason and note, as canonical JSON. */
const requestOf = (body: Record<string, unknown>): string =>
  JSON.stringify([text(body.receiptNo), text(body.reason), text(body.note).trim()])

async function newRefundId(ctx: BureauContext, tx: LedgerTx): Promise<string> {
  for (;;) {
    const refundId = `RF${ctx.benefitYear}${await randomText(ctx.randomBytes, 16, DIGITS)}`
    if (!(await tx.getRefund(refundId))) return refundId
  }
}

export const refundHandlers = {
  requestRefund: withSession(async (ctx, tx, body, caller) => {
    const key = text(body.idempotencyKey)
    if (!key) return refuse('REFUND_REASON_INVALID', '缺少幂等键')
    const existing = await tx.findRefundByKey(key)
    if (existing) {
      return existing.sessionToken === caller.session.token && existing.request === requestOf(body)
        ? reply(refundReply(existing))
        : refuse('IDEMPOTENCY_CONFLICT', '该幂等键已用于另一笔退费申请，请重新提交')
    }
    const receipt = await tx.getReceipt(text(body.receiptNo))
    if (!receipt || !mayReadReceipt(caller, receipt)) return refuse('NOT_FOUND', '未找到该笔缴费')
    const reason = reasonOf(body.reason)
    const note = text(body.note).trim()
    const noteProblem = reason && refundNoteProblem(reason, note)
    if (noteProblem === 'note-personal-data')
      return refuse('REFUND_REASON_INVALID', '情况说明中请勿填写身份证号码或手机号码')
    if (!reason || noteProblem)
      return refuse('REFUND_REASON_INVALID', '请选择退费原因；选择“其他”时请简要说明')
    const asked = await tx.findRefundByReceipt(receipt.receiptNo)
    if (asked) return refuse('REFUND_EXISTS', '该笔缴费已申请退费，请在缴费记录中查看进度')

    const refund: Refund = {
      refundId: await newRefundId(ctx, tx),
      idempotencyKey: key,
      sessionToken: caller.session.token,
      request: requestOf(body),
      receiptNo: receipt.receiptNo,
      insured: receipt.insured,
      payer: receipt.payer,
      amountFen: receipt.amountFen,
      reason,
      ...(note && { note }),
      status: 'submitted',
      submittedOn: ctx.today(),
    }
    await tx.putRefund(refund)
    return reply(refundReply(refund))
  }),
}

async function markReceiptRefunded(tx: LedgerTx, receiptNo: string, refundedOn: string): Promise<void> {
  const receipt = await tx.getReceipt(receiptNo)
  if (receipt) await tx.putReceipt({ ...receipt, refundedOn })
}

/** A refund not yet ended: the money may still be kept, so its year stays paid. */
export const isRefundOpen = (refund: Refund): boolean =>
  refund.status === 'submitted' || refund.status === 'reviewing'

/** The review's next step for one refund: start it, or end it (refunded today, or rejected with the reason). */
export type ReviewDecision = { approve: true } | { approve: false; reason: string }

export type ReviewOutcome = { ok: true; refund: Refund } | { ok: false; refusal: RefundRefusal | 'not-found' }

/**
 * Moves a refund one step through the machine: 已受理 → 审核中, then 审核中 →
 * 已退款 or 未通过 as decided. An ended refund is refused (`not-allowed`).
 */
export async function reviewStep(
  ctx: BureauContext,
  tx: LedgerTx,
  refundId: string,
  decision: ReviewDecision,
): Promise<ReviewOutcome> {
  const refund = await tx.getRefund(refundId)
  if (!refund) return { ok: false, refusal: 'not-found' }
  const state =
    refund.status === 'refunded'
      ? { status: refund.status, refundedOn: refund.refundedOn ?? '' }
      : refund.status === 'rejected'
        ? { status: refund.status, reason: refund.rejectionReason ?? '' }
        : { status: refund.status }
  const event: RefundEvent =
    refund.status === 'submitted'
      ? { type: 'START_REVIEW' }
      : decision.approve
        ? { type: 'APPROVE', on: ctx.today() }
        : { type: 'REJECT', reason: decision.reason }
  const next = refundTransition(state, event)
  if (!next.ok) return next
  const moved: Refund = {
    ...refund,
    status: next.state.status,
    ...(next.state.status === 'refunded' && { refundedOn: next.state.refundedOn }),
    ...(next.state.status === 'rejected' && { rejectionReason: next.state.reason }),
  }
  await tx.putRefund(moved)
  // The money is back: the year is unpaid again, and the resident may pay it (the right region, the right bill).
  if (moved.refundedOn) await markReceiptRefunded(tx, moved.receiptNo, moved.refundedOn)
  return { ok: true, refund: moved }
}
