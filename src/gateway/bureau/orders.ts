/**
 * Orders: the bureau's contract for money.
 * - One open (NOTPAY) order per (record, benefit year). Asked again with the
 *   same idempotency key, session and body, the bureau answers that order.
 *   The session that made it may replace it with another bill for the record
 *   (it changed the back-years): the open order is closed first. Any other
 *   request for the record is refused TRADE_LOCKED, naming the open order.
 * - A person pays once a year: a paid year answers ALREADY_PAID with its
 *   receipt number (and, while that payment's refund is under review, the
 *   refund), never a new order, and the cashier paying another order for that
 *   year settles nothing (the order is closed). A refunded payment (已退款)
 *   no longer counts: the year may be paid again.
 * - An idempotency key is bound to the session and the body that first used
 *   it: anything else with that key is refused IDEMPOTENCY_CONFLICT.
 * - An order is read by the session of its payer or insured resident, or the
 *   share session that made it; anyone else is told NOT_FOUND.
 * - Order numbers are random (OD<year> and 16 random digits).
 * - The cashier failing marks the order PAYERROR; the query says so once and
 *   the bureau closes the order, so a new one may be made.
 */
import { paymentDayStatus } from '../../domain/payment-calendar'
import { quote } from '../../domain/quote'
import { regionRulesFor } from '../../config/regions'
import { shareSessionRefusal, withSession, type Caller } from './access'
import type { BureauContext } from './context'
import { accountRefusal, memberOf } from './family'
import { insuredFor, isFullySubsidised, isReply, paidReceiptOf, type Insured } from './enrolment'
import type { LedgerTx, Order, Receipt } from './ledger'
import { ageOnFirstDayOf } from './people'
import { DIGITS, randomText } from './random'
import { receiptFor } from './receipts'
import { isRefundOpen } from './refunds'
import { refuse, reply, REFUSED, text, type Reply } from './replies'

const amountOf = (value: unknown): number => (typeof value === 'number' ? value : 0)

/** What an idempotency key is bound to besides its session: the bill asked for, as canonical JSON. */
function requestOf(body: Record<string, unknown>): string {
  return JSON.stringify([
    text(body.recordId),
    body.benefitYear ?? null,
    text(body.category),
    amountOf(body.amountFen),
    amountOf(body.backYears),
    amountOf(body.accountFen),
    text(body.memberToken),
    // Last, and only when sent: an order stored before tiers keeps the same canonical body.
    ...(text(body.tierId) ? [text(body.tierId)] : []),
  ])
}

async function newOrderId(ctx: BureauContext, tx: LedgerTx): Promise<string> {
  for (;;) {
    const orderId = `OD${ctx.benefitYear}${await randomText(ctx.randomBytes, 16, DIGITS)}`
    if (!(await tx.getOrder(orderId))) return orderId
  }
}

function orderReply(order: Order) {
  const cashierFen = order.amountFen - (order.accountFen ?? 0)
  return {
    orderId: order.orderId,
    amountFen: order.amountFen,
    accountFen: order.accountFen,
    payParams:
      cashierFen === 0
        ? undefined
        : {
            timeStamp: '1700000000',
            nonceStr: order.orderId.slice(-8),
            package: `prepay_id=${order.orderId}`,
            signType: 'RSA',
            paySign: 'MOCK-SIGNATURE',
          },
  }
}

export type SettleOutcome = 'paid' | 'already-paid' | 'not-open'

/**
 * The money moved (the cashier paid, or the personal account was debited):
 * the bureau issues the receipt. An order that is not open settles nothing,
 * and one for a year already paid is closed instead: nobody pays twice.
 */
export async function settleOrder(ctx: BureauContext, tx: LedgerTx, orderId: string): Promise<SettleOutcome> {
  const order = await tx.getOrder(orderId)
  const insured = order && ctx.registry.person(order.insured)
  if (!order || !insured || order.status !== 'NOTPAY') return 'not-open'
  if (await tx.findReceipt(order.insured, order.benefitYear)) {
    await tx.putOrder({ ...order, status: 'CLOSED' })
    return 'already-paid'
  }
  const receipt = await receiptFor(ctx, tx, order, insured)
  await tx.putReceipt(receipt)
  await tx.putOrder({ ...order, status: 'SUCCESS', receiptNo: receipt.receiptNo, paidAt: receipt.paidAt })
  return 'paid'
}

/** WeChat Pay reported the payment failed: nothing was charged. */
export async function failOrder(tx: LedgerTx, orderId: string): Promise<void> {
  const order = await tx.getOrder(orderId)
  if (order?.status === 'NOTPAY') await tx.putOrder({ ...order, status: 'PAYERROR' })
}

/** An unpaid order expired (or its share was revoked). */
export async function closeOrder(tx: LedgerTx, orderId: string): Promise<void> {
  const order = await tx.getOrder(orderId)
  if (order?.status === 'NOTPAY') await tx.putOrder({ ...order, status: 'CLOSED' })
}

/** Money that moved for an order: what a test checks double charges against. */
export interface PaidOrder {
  orderId: string
  recordId: string
  benefitYear: number
  /** The whole bill; `accountFen` of it came from a personal account, the rest through the cashier. */
  amountFen: number
  accountFen: number
  /** The session that made the order and whose cashier (or account) paid it. */
  sessionToken: string
  receiptNo: string
}

export const paidOrdersIn = (orders: readonly Order[]): PaidOrder[] =>
  orders
    .filter((order) => order.status === 'SUCCESS')
    .map((order) => ({
      orderId: order.orderId,
      recordId: order.recordId,
      benefitYear: order.benefitYear,
      amountFen: order.amountFen,
      accountFen: order.accountFen ?? 0,
      sessionToken: order.sessionToken,
      receiptNo: order.receiptNo ?? '',
    }))

/** Whether the caller may read this order. */
const mayRead = (caller: Caller, order: Order): boolean =>
  caller.session.scope === 'share'
    ? order.viaShare !== undefined && order.viaShare === caller.session.shareToken
    : order.insured === caller.ref || order.payer === caller.ref

/** What a share session may order: its resident's bill, without member token or personal account, while the share is open. */
async function shareOrderRefusal(
  ctx: BureauContext,
  tx: LedgerTx,
  caller: Caller,
  body: Record<string, unknown>,
): Promise<Reply | undefined> {
  if (caller.session.scope !== 'share') return undefined
  if (body.memberToken !== undefined || amountOf(body.accountFen) > 0) return REFUSED.scopeDenied()
  return shareSessionRefusal(ctx, tx, caller.session)
}

/** ALREADY_PAID, naming the payment's refund while it is under review (the money may still be kept). */
async function alreadyPaid(tx: LedgerTx, paid: Receipt): Promise<Reply> {
  const refund = await tx.findRefundByReceipt(paid.receiptNo)
  const message =
    refund && isRefundOpen(refund)
      ? `该年度的缴费正在退费审核中（退费申请 ${refund.refundId}），审核结束前不能再次缴费`
      : '该缴费人已经申报，不允许重复申报'
  return refuse('ALREADY_PAID', message, { receiptNo: paid.receiptNo })
}

async function newOrder(
  ctx: BureauContext,
  tx: LedgerTx,
  caller: Caller,
  body: Record<string, unknown>,
  insured: Insured,
): Promise<Reply> {
  const { person } = insured
  const record = person.records?.find((candidate) => candidate.recordId === body.recordId)
  if (!record) return refuse('NOT_PAYABLE', '未找到参保记录')
  const benefitYear = ctx.yearFor(person)
  // One person pays once a year, whichever region: a paid year refuses every record.
  const paid = await paidReceiptOf(ctx, tx, insured)
  if (paid) return alreadyPaid(tx, paid)
  if (isFullySubsidised(record, benefitYear)) return refuse('NOT_PAYABLE', '由财政代缴，无需缴费')
  const rules = regionRulesFor(record.adcode)
  if (!rules || body.category !== record.category) return refuse('NOT_PAYABLE', '险种档次不符')
  const today = ctx.todayFor(person)
  // A day the region's channel takes no money (its calendar, maintenance): nothing is collected, whatever the bill.
  if (!paymentDayStatus(rules, benefitYear, today).open) return refuse('NOT_PAYABLE', '今天不在缴费日')
  const tierId = text(body.tierId)
  const bill = quote(
    {
      ...record,
      breakYears: record.breakYears ?? 0,
      ageOnFirstDay: ageOnFirstDayOf(person.idNumber, benefitYear),
    },
    rules,
    {
      benefitYear,
      backYears: typeof body.backYears === 'number' ? body.backYears : 0,
      ...(tierId && { tierId }),
    },
    today,
  )
  // The bureau bills what was asked for: a repair it would have raised the back-years to is the app's to offer.
  if (!bill.ok || bill.quote.needsRepair) return refuse('NOT_PAYABLE', '当前不在缴费期内')
  if (bill.quote.payableFen !== body.amountFen) return refuse('AMOUNT_MISMATCH', '缴费金额与核定金额不一致')
  const accountFen = amountOf(body.accountFen)
  if (accountFen < 0 || accountFen > bill.quote.payableFen)
    return refuse('AMOUNT_MISMATCH', '个人账户支付金额不正确')
  if (accountFen > 0) {
    const member = await memberOf(ctx, tx, caller, text(body.memberToken))
    const refusal = member
      ? await accountRefusal(ctx, tx, caller, member, record.adcode, accountFen)
      : { code: 'NOT_BOUND' as const, message: '个人账户仅可为已绑定的亲属缴费' }
    if (refusal) return refuse(refusal.code, refusal.message)
  }

  const open = await tx.findOpenOrder(record.recordId, benefitYear)
  if (open && open.sessionToken === caller.session.token && open.request !== requestOf(body)) {
    // The same session changed its bill (back-years): the new bill replaces its open order.
    await tx.putOrder({ ...open, status: 'CLOSED' })
  } else if (open) {
    // Another session (another phone), or the same bill under another key: the open order is named.
    return refuse('TRADE_LOCKED', '该参保记录有未完成的缴费订单，请勿重复缴费', { orderId: open.orderId })
  }
  const share =
    caller.session.shareToken === undefined ? undefined : await tx.getShare(caller.session.shareToken)
  const shareOrder = share?.orderId === undefined ? undefined : await tx.getOrder(share.orderId)
  if (shareOrder?.status === 'NOTPAY') {
    return refuse('TRADE_LOCKED', '该代缴邀请已有未完成的缴费订单', { orderId: shareOrder.orderId })
  }

  const order: Order = {
    orderId: await newOrderId(ctx, tx),
    idempotencyKey: text(body.idempotencyKey),
    sessionToken: caller.session.token,
    request: requestOf(body),
    insured: insured.ref,
    payer: caller.ref,
    recordId: record.recordId,
    benefitYear,
    amountFen: bill.quote.payableFen,
    accountFen: accountFen > 0 ? accountFen : undefined,
    coverageStart: bill.quote.coverage.start,
    lines: bill.quote.lines.map(({ kind, label, amountFen }) => ({ kind, label, amountFen })),
    status: 'NOTPAY',
    viaShare: share?.shareToken,
  }
  await tx.putOrder(order)
  if (share) await tx.putShare({ ...share, orderId: order.orderId })
  // Wholly from the personal account: the bureau debits it at once, no cashier.
  if (accountFen === order.amountFen) await settleOrder(ctx, tx, order.orderId)
  return reply(orderReply(order))
}

export const orderHandlers = {
  createOrder: withSession(async (ctx, tx, body, caller) => {
    const scopeRefusal = await shareOrderRefusal(ctx, tx, caller, body)
    if (scopeRefusal) return scopeRefusal
    const key = text(body.idempotencyKey)
    if (!key) return refuse('NOT_PAYABLE', '缺少幂等键')
    const existing = await tx.findOrderByKey(key)
    if (existing) {
      return existing.sessionToken === caller.session.token && existing.request === requestOf(body)
        ? reply(orderReply(existing))
        : refuse('IDEMPOTENCY_CONFLICT', '该幂等键已用于另一笔缴费请求，请重新发起缴费')
    }
    const insured = await insuredFor(ctx, tx, caller, body)
    return isReply(insured) ? insured : newOrder(ctx, tx, caller, body, insured)
  }),

  queryOrder: withSession(async (_ctx, tx, body, caller) => {
    const order = await tx.getOrder(text(body.orderId))
    if (!order || !mayRead(caller, order)) return refuse('NOT_FOUND', '订单不存在')
    // PAYERROR is said once; then the bureau closes the order and the record may be ordered again.
    if (order.status === 'PAYERROR') await tx.putOrder({ ...order, status: 'CLOSED' })
    return reply({
      orderId: order.orderId,
      status: order.status,
      amountFen: order.amountFen,
      receiptNo: order.receiptNo,
    })
  }),
}
