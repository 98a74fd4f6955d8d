/**
 * Runs the payment machine's effects: each state it enters asks for one thing
 * (create the order, open the cashier, query the order, wait), and the answer
 * becomes the next event. One run at a time: taps, page shows and relaunches
 * that arrive while a run is going change nothing.
 */
import {
  pollDelays,
  transitionPayment,
  type PaymentMachineEvent,
  type PaymentMachineState,
} from '../domain/payment-machine'
import type { Quote } from '../domain/quote'
import type { GatewayError } from './gateway-errors'
import type { EnrolmentRecord, PayFor, PaymentService } from './payment-service'
import type { PayParams } from './ports'

/**
 * The bill being paid. It is persisted (no personal data in it) so that a
 * relaunch queries an order in flight before anything else, and so that a
 * retried creation re-sends the same idempotency key.
 */
export interface Bill {
  recordId: string
  benefitYear: number
  amountFen: number
  idempotencyKey: string
  orderId?: string
  payParams?: PayParams
  /** Paying for a 常用缴费人: whose bill, and the part the personal account pays. Part of the bill: a change is a new bill. */
  payFor?: PayFor
  /**
   * The cashier was opened for this order and did not answer "cancelled": money
   * may have moved (also when the app was killed with the cashier open), so
   * after a relaunch a NOTPAY answer means "not yet", not "unpaid".
   */
  moneyMayHaveMoved?: boolean
}

export interface RunnerState {
  payment: PaymentMachineState
  paymentError?: GatewayError
  bill?: Bill
}

export interface RunnerHost {
  get(): RunnerState & { identityToken?: string; record?: EnrolmentRecord; quote?: Quote; payFor?: PayFor }
  set(partial: Partial<RunnerState>): void
  /** The resident left the cashier without paying. */
  onCancelled(): void
  onPaid(receiptNo: string): void
}

const POLL_DELAYS = pollDelays()

export function createPaymentRunner(service: PaymentService, host: RunnerHost) {
  let running = false

  const dispatch = (event: PaymentMachineEvent) => host.set({ payment: transitionPayment(host.get().payment, event) })

  async function create(): Promise<void> {
    const { identityToken, record, quote, bill } = host.get()
    if (!identityToken || !record || !quote || !bill) {
      dispatch({ type: 'ORDER_REFUSED' })
      return
    }
    const created = await service.createOrder(identityToken, record, quote, bill.idempotencyKey, bill.payFor)
    if (!created.ok) {
      host.set({ paymentError: created.error })
      dispatch({ type: 'ORDER_REFUSED' })
      return
    }
    host.set({ bill: { ...bill, orderId: created.value.orderId, payParams: created.value.payParams } })
    dispatch({ type: 'ORDER_CREATED', orderId: created.value.orderId })
  }

  async function openCashier(): Promise<void> {
    const bill = host.get().bill
    // Wholly from the personal account there is no cashier: the bureau debited it, the query confirms.
    const fromAccountOnly = bill?.payFor?.accountFen !== undefined && bill.payFor.accountFen === bill.amountFen
    // Marked before the cashier opens: the app may be killed while it is open.
    if (bill) host.set({ bill: { ...bill, moneyMayHaveMoved: true } })
    const callback = bill?.payParams ? await service.requestPayment(bill.payParams) : fromAccountOnly ? 'completed' : 'failed'
    if (callback === 'cancelled') {
      const after = host.get().bill
      if (after) host.set({ bill: { ...after, moneyMayHaveMoved: false } })
      dispatch({ type: 'CASHIER_CANCELLED' })
      host.onCancelled()
      return
    }
    dispatch({ type: callback === 'completed' ? 'CASHIER_COMPLETED' : 'CASHIER_FAILED' })
  }

  async function query(orderId: string, queriesBefore: number): Promise<void> {
    const answer = await service.queryOrder(orderId)
    dispatch(
      answer.ok
        ? { type: 'QUERY_ANSWERED', status: answer.value.status, receiptNo: answer.value.receiptNo }
        : { type: 'QUERY_FAILED' },
    )
    const after = host.get().payment
    if (after.phase !== 'confirming') return
    const wait = POLL_DELAYS[queriesBefore]
    if (wait === undefined) dispatch({ type: 'POLLING_EXHAUSTED' })
    else await service.sleep(wait)
  }

  /** Drives the machine until it rests (idle, paid, failed, unknown). */
  async function run(): Promise<void> {
    if (running) return
    running = true
    try {
      for (;;) {
        const state = host.get().payment
        if (state.phase === 'creating') await create()
        else if (state.phase === 'awaiting-payment') await openCashier()
        else if (state.phase === 'confirming') await query(state.orderId, state.queries)
        else break
      }
      settle(host.get().payment)
    } finally {
      running = false
    }
  }

  function settle(state: PaymentMachineState) {
    if (state.phase === 'paid') {
      host.set({ bill: undefined })
      host.onPaid(state.receiptNo)
    } else if (state.phase === 'failed' && state.reason === 'closed') {
      // Only the bureau's CLOSED lets a fresh order (and a fresh key) be made.
      host.set({ bill: undefined })
    }
  }

  return {
    isRunning: () => running,
    /** Pays the current bill: an open order is confirmed first, else one is created. */
    async pay(freshKey: () => string): Promise<void> {
      if (running) return
      const { record, quote, bill, payment, payFor } = host.get()
      if (!record || !quote) return
      const before = payment
      const sameBill =
        bill &&
        bill.recordId === record.recordId &&
        bill.benefitYear === quote.benefitYear &&
        bill.amountFen === quote.payableFen &&
        bill.payFor?.accountFen === payFor?.accountFen
      const current: Bill = sameBill
        ? bill
        : { recordId: record.recordId, benefitYear: quote.benefitYear, amountFen: quote.payableFen, payFor, idempotencyKey: freshKey() }
      dispatch({ type: 'PAY', openOrderId: current.orderId })
      if (host.get().payment === before) return
      host.set({ bill: current, paymentError: undefined })
      await run()
    },
    /** After 确认中: ask the bureau again. */
    async checkAgain(): Promise<void> {
      if (running) return
      dispatch({ type: 'CHECK_AGAIN' })
      await run()
    },
    /** On app show or relaunch: an order in flight is queried before anything else. */
    async resume(): Promise<void> {
      if (running) return
      const { bill, payment } = host.get()
      if (payment.phase === 'unknown') dispatch({ type: 'CHECK_AGAIN' })
      else if (bill?.orderId) dispatch({ type: 'RESUME', orderId: bill.orderId, moneyMayHaveMoved: bill.moneyMayHaveMoved === true })
      await run()
    },
  }
}
