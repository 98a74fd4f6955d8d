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
  | { phase: 'confirming'; orderId: string; origin: ConfirmOrigin; queries: number }
  | { phase: 'paid'; orderId: string; receiptNo: string }
  | { phase: 'failed'; reason: FailureReason }
  | { phase: 'unknown'; orderId: string }

/**
 * Why the order is being queried, which decides what NOTPAY means:
 * after the cashier, the bureau may lag (keep polling); before paying an order
 * that is still open, it means the cashier can open it again; after a
 * relaunch, it means the resident has not paid it yet.
 */
export type ConfirmOrigin = 'cashier' | 'repay' | 'relaunch'

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

export function transitionPayment(state: PaymentMachineState, event: PaymentMachineEvent): PaymentMachineState {
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
      return state.phase === 'confirming' ? { phase: 'unknown', orderId: state.orderId } : state
    case 'CHECK_AGAIN':
      return state.phase === 'unknown' ? { phase: 'confirming', orderId: state.orderId, origin: 'cashier', queries: 0 } : state
    case 'RESUME':
      return state.phase === 'idle' || state.phase === 'unknown'
        ? { phase: 'confirming', orderId: event.orderId, origin: event.moneyMayHaveMoved ? 'cashier' : 'relaunch', queries: 0 }
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
      return event.receiptNo ? { phase: 'paid', orderId: state.orderId, receiptNo: event.receiptNo } : { ...state, queries: state.queries + 1 }
    case 'CLOSED':
      return { phase: 'failed', reason: 'closed' }
    case 'PAYERROR':
      return { phase: 'failed', reason: 'payment-error' }
    case 'NOTPAY':
      if (state.origin === 'repay') return { phase: 'awaiting-payment', orderId: state.orderId }
      if (state.origin === 'relaunch') return IDLE
      return { ...state, queries: state.queries + 1 }
  }
}

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
