/**
 * One bill's payment as an explicit machine. The store runs the effects each
 * state asks for (create the order, open the cashier, query the order); this
 * module only decides what comes next. Paid is reachable only from an order
 * query that answered SUCCESS: the cashier's callback is a hint, never proof.
 */

export type FailureReason =
  /** The bureau closed the order unpaid: a fresh order may be created. */
  | 'closed'
  /** WeChat reported the payment itself failed: nothing was charged. */
  | 'payment-error'
  /** The gateway refused or could not be reached while creating the order. */
  | 'gateway'
  /** The bureau answered an order for another amount than the bill's: no cashier, the resident confirms the new amount. */
  | 'amount-changed'

export type PaymentMachineState =
  | { phase: 'idle' }
  | { phase: 'creating' }
  | { phase: 'awaiting-payment'; orderId: string }
  /** `notPaid`: the bureau answered NOTPAY for an order whose cashier was left (see `canContinueOrder`). */
  | { phase: 'confirming'; orderId: string; origin: ConfirmOrigin; queries: number; notPaid?: true }
  | { phase: 'paid'; orderId: string; receiptNo: string }
  | { phase: 'failed'; reason: FailureReason }
  | { phase: 'unknown'; orderId: string; notPaid?: true }

/**
 * Why the order is being queried, which decides what NOTPAY means:
 * after the cashier, the bureau may lag (keep polling); before paying an order
 * that is still open, it means the cashier can open it again; after a
 * relaunch, it means the resident has not paid it yet.
 * `cashier-left`: the cashier was opened and not cancelled, and is no longer
 * open (the app was killed with it open, or 确认中 ran out and the resident
 * asks again). Money may have moved and the bureau may lag, so polling goes
 * on; but once the bureau answers NOTPAY the resident may pay on with the
 * same order (`CONTINUE_PAYMENT`): the bureau pays an order only once, so
 * that can never charge twice.
 */
export type ConfirmOrigin = 'cashier' | 'repay' | 'relaunch' | 'cashier-left'

/** What the bureau's order query can answer: the wire schema and the mock bureau take this list. */
export const ORDER_STATUSES = ['NOTPAY', 'SUCCESS', 'CLOSED', 'PAYERROR'] as const
export type OrderStatus = (typeof ORDER_STATUSES)[number]

export type PaymentMachineEvent =
  | { type: 'PAY'; openOrderId?: string }
  | { type: 'ORDER_CREATED'; orderId: string }
  | { type: 'ORDER_REFUSED' }
  /** createOrder answered an amount other than the bill's: the cashier must not open for it. */
  | { type: 'ORDER_AMOUNT_CHANGED' }
  | { type: 'CASHIER_COMPLETED' }
  | { type: 'CASHIER_CANCELLED' }
  | { type: 'CASHIER_FAILED' }
  | { type: 'QUERY_ANSWERED'; status: OrderStatus; receiptNo?: string }
  | { type: 'QUERY_FAILED' }
  | { type: 'POLLING_EXHAUSTED' }
  | { type: 'CHECK_AGAIN' }
  /** `moneyMayHaveMoved`: the cashier had been opened and not cancelled before the relaunch. */
  | { type: 'RESUME'; orderId: string; moneyMayHaveMoved: boolean }
  /** 继续支付: open the cashier again for the same order, which the bureau said is NOTPAY (see canContinueOrder). */
  | { type: 'CONTINUE_PAYMENT' }
  | { type: 'RESET' }

export const IDLE: PaymentMachineState = { phase: 'idle' }

/** A payment may start from rest, or again after a failure that moved no money. */
export const canStartPayment = (state: PaymentMachineState): boolean =>
  state.phase === 'idle' || state.phase === 'failed'

/** Money may be moving: no new payment, no reset, no navigation away from the result. */
export const isInFlight = (state: PaymentMachineState): boolean =>
  state.phase === 'creating' ||
  state.phase === 'awaiting-payment' ||
  state.phase === 'confirming' ||
  state.phase === 'unknown'

/**
 * The bureau answered NOTPAY for an order whose cashier was left: the resident
 * may pay on with the same order (继续支付). Never a second order: the bureau
 * pays an order once, so this cannot charge twice even if the first cashier
 * did take the money.
 */
export const canContinueOrder = (state: PaymentMachineState): boolean =>
  (state.phase === 'confirming' || state.phase === 'unknown') && state.notPaid === true

/**
 * A cashier was opened and its result is awaited (确认中): the resident is
 * shown that result, never invited to start another payment.
 */
export const isAwaitingResult = (state: PaymentMachineState): boolean =>
  state.phase === 'unknown' ||
  (state.phase === 'confirming' && (state.origin === 'cashier' || state.origin === 'cashier-left'))

/** What step 4 shows instead of 确认支付 while a payment of this bill rests on its result or may be paid on. */
export function pendingPaymentOf(state: PaymentMachineState): 'open-order' | 'awaiting-result' | undefined {
  if (canContinueOrder(state)) return 'open-order'
  return isAwaitingResult(state) ? 'awaiting-result' : undefined
}

export function transitionPayment(
  state: PaymentMachineState,
  event: PaymentMachineEvent,
): PaymentMachineState {
  switch (event.type) {
    case 'PAY':
      if (!canStartPayment(state)) return state
      // An order still open (cancelled cashier, relaunch) is confirmed first, never replaced blindly.
      return event.openOrderId
        ? { phase: 'confirming', orderId: event.openOrderId, origin: 'repay', queries: 0 }
        : { phase: 'creating' }
    case 'ORDER_CREATED':
      return state.phase === 'creating' ? { phase: 'awaiting-payment', orderId: event.orderId } : state
    case 'ORDER_REFUSED':
      return state.phase === 'creating' ? { phase: 'failed', reason: 'gateway' } : state
    case 'ORDER_AMOUNT_CHANGED':
      return state.phase === 'creating' ? { phase: 'failed', reason: 'amount-changed' } : state
    case 'CASHIER_COMPLETED':
    case 'CASHIER_FAILED':
      // A failed cashier may still have taken the money (a dropped callback): ask the bureau.
      return state.phase === 'awaiting-payment'
        ? { phase: 'confirming', orderId: state.orderId, origin: 'cashier', queries: 0 }
        : state
    case 'CASHIER_CANCELLED':
      return state.phase === 'awaiting-payment' ? IDLE : state
    case 'QUERY_ANSWERED':
      return state.phase === 'confirming' ? afterQuery(state, event) : state
    case 'QUERY_FAILED':
      return state.phase === 'confirming' ? { ...state, queries: state.queries + 1 } : state
    case 'POLLING_EXHAUSTED':
      return state.phase === 'confirming'
        ? { phase: 'unknown', orderId: state.orderId, ...notPaidOf(state) }
        : state
    case 'CHECK_AGAIN':
      // 确认中 ran out: the cashier is closed by now, so a NOTPAY answer lets the resident pay on with this order.
      return state.phase === 'unknown'
        ? {
            phase: 'confirming',
            orderId: state.orderId,
            origin: 'cashier-left',
            queries: 0,
            ...notPaidOf(state),
          }
        : state
    case 'RESUME':
      return state.phase === 'idle' || state.phase === 'unknown'
        ? {
            phase: 'confirming',
            orderId: event.orderId,
            origin: event.moneyMayHaveMoved ? 'cashier-left' : 'relaunch',
            queries: 0,
            ...(state.phase === 'unknown' && notPaidOf(state)),
          }
        : state
    case 'CONTINUE_PAYMENT':
      return canContinueOrder(state) && (state.phase === 'confirming' || state.phase === 'unknown')
        ? { phase: 'awaiting-payment', orderId: state.orderId }
        : state
    case 'RESET':
      return isInFlight(state) ? state : IDLE
  }
}

function afterQuery(
  state: Extract<PaymentMachineState, { phase: 'confirming' }>,
  event: Extract<PaymentMachineEvent, { type: 'QUERY_ANSWERED' }>,
): PaymentMachineState {
  switch (event.status) {
    case 'SUCCESS':
      return event.receiptNo
        ? { phase: 'paid', orderId: state.orderId, receiptNo: event.receiptNo }
        : { ...state, queries: state.queries + 1 }
    case 'CLOSED':
      return { phase: 'failed', reason: 'closed' }
    case 'PAYERROR':
      return { phase: 'failed', reason: 'payment-error' }
    case 'NOTPAY':
      if (state.origin === 'repay') return { phase: 'awaiting-payment', orderId: state.orderId }
      if (state.origin === 'relaunch') return IDLE
      // The bureau may lag, so polling goes on; after a left cashier the order may also be paid on.
      if (state.origin === 'cashier-left') return { ...state, queries: state.queries + 1, notPaid: true }
      return { ...state, queries: state.queries + 1 }
  }
}

const notPaidOf = (state: { notPaid?: true }): { notPaid?: true } => (state.notPaid ? { notPaid: true } : {})

/**
 * Waits between order queries after the cashier: at least 2 s, growing by half
 * each time up to 10 s, all within 60 s; then the state becomes unknown.
 */
export const POLL_BUDGET_MS = 60_000

export function pollDelays(): number[] {
  const delays: number[] = []
  let delay = 2000
  let total = 0
  while (total + delay <= POLL_BUDGET_MS) {
    delays.push(delay)
    total += delay
    delay = Math.min(Math.round(delay * 1.5), 10_000)
  }
  return delays
}
