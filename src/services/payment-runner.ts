/**
 * Runs the payment machine's effects: each state it enters asks for one thing
 * (create the order, open the cashier, query the order, wait), and the answer
 * becomes the next event. One run at a time: taps, page shows and relaunches
 * that arrive while a run is going change nothing.
 */
import {
  canContinueOrder,
  pollDelays,
  transitionPayment,
  type PaymentMachineEvent,
  type PaymentMachineState,
} from '../domain/payment-machine'
import type { Fen } from '../domain/money'
import type { Quote } from '../domain/quote'
import { err, retryAfterOf, type GatewayError, type Result } from './gateway-errors'
import type { EnrolmentRecord, OrderAnswer, PayParams } from './model'
import type { PayFor, PaymentService } from './payment-service'

/**
 * Whose bill it is: the identity token it was made under (its order is
 * queried with it, since the bureau answers only the payer's or the insured's
 * session) and the masked name (**华), so that on a shared phone the next
 * person is told whose payment it was. Never the raw name or ID number.
 */
export interface BillOwner {
  token: string
  maskedName: string
  /** The bureau's reference to the resident: the same person verifying again (a new token) still owns it. */
  residentRef?: string
}

/** createOrder answered an amount other than the bill's: the bureau's order, never shown in a cashier. */
export interface ChangedAmountOrder {
  orderId: string
  amountFen: Fen
  payParams?: PayParams
  /** The dropped bill's key: the order was made with it. */
  idempotencyKey: string
}

/**
 * The bill being paid. It is persisted (no personal data in it) so that a
 * relaunch queries an order in flight before anything else, and so that a
 * retried creation re-sends the same idempotency key.
 */
export interface Bill {
  recordId: string
  benefitYear: number
  amountFen: Fen
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
  /** Made under this identity. Absent on bills saved before owners were kept: those count as the current identity's. */
  owner?: BillOwner
}

export interface RunnerState {
  payment: PaymentMachineState
  paymentError?: GatewayError
  bill?: Bill
}

export interface RunnerHost {
  get(): RunnerState & {
    identityToken?: string
    maskedName?: string
    residentRef?: string
    record?: EnrolmentRecord
    quote?: Quote
    payFor?: PayFor
  }
  set(partial: Partial<RunnerState>): void
  /** The resident left the cashier without paying. */
  onCancelled(): void
  onPaid(receiptNo: string): void
  /**
   * createOrder answered another amount than the bill's: no cashier opened and
   * the bill was dropped. The host requotes and asks the resident to confirm.
   */
  onAmountChanged?(order: ChangedAmountOrder): Promise<void>
}

const POLL_DELAYS = pollDelays()

/** Refusals that say "not this session": the order may still be read with another token the app holds. */
const isAccessRefusal = (error: GatewayError): boolean =>
  error.kind === 'business' && (error.code === 'SESSION_EXPIRED' || error.code === 'NOT_FOUND')

/**
 * An answer is the truth about this bill only if it names this bill's order
 * and amount: anything else (another order number, another amount) is a
 * failed query, never paid.
 */
const answersBill = (answer: OrderAnswer, orderId: string, bill: Bill | undefined): boolean =>
  bill !== undefined &&
  bill.orderId === orderId &&
  answer.orderId === orderId &&
  answer.amountFen === bill.amountFen

export function createPaymentRunner(service: PaymentService, host: RunnerHost) {
  let running = false
  /** Set by create() when the bureau answered another amount; handed to the host when the run settles. */
  let changedAmount: ChangedAmountOrder | undefined
  /** Ends the wait between two polls early: 继续支付 while the order is still being confirmed. */
  let wake: (() => void) | undefined

  /** The wait between two polls, cut short by `wake`. */
  async function pause(ms: number): Promise<void> {
    await Promise.race([service.sleep(ms), new Promise<void>((resolve) => (wake = resolve))])
    wake = undefined
  }

  const dispatch = (event: PaymentMachineEvent) =>
    host.set({ payment: transitionPayment(host.get().payment, event) })

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
    if (created.value.amountFen !== bill.amountFen) {
      // Never a cashier for an amount the resident did not confirm. create() runs only before any
      // cashier opened for this bill, so nothing was paid: the bill is dropped and the bureau's order
      // stays NOTPAY (it expires, or the host makes it the new bill once the resident confirms its amount).
      const after = host.get().bill
      host.set({ bill: after?.moneyMayHaveMoved ? after : undefined, paymentError: undefined })
      changedAmount = {
        orderId: created.value.orderId,
        amountFen: created.value.amountFen,
        payParams: created.value.payParams,
        idempotencyKey: bill.idempotencyKey,
      }
      dispatch({ type: 'ORDER_AMOUNT_CHANGED' })
      return
    }
    host.set({ bill: { ...bill, orderId: created.value.orderId, payParams: created.value.payParams } })
    dispatch({ type: 'ORDER_CREATED', orderId: created.value.orderId })
  }

  async function openCashier(): Promise<void> {
    const bill = host.get().bill
    // Wholly from the personal account there is no cashier: the bureau debited it, the query confirms.
    const fromAccountOnly =
      bill?.payFor?.accountFen !== undefined && bill.payFor.accountFen === bill.amountFen
    // Marked before the cashier opens: the app may be killed while it is open.
    if (bill) host.set({ bill: { ...bill, moneyMayHaveMoved: true } })
    const callback = bill?.payParams
      ? await service.requestPayment(bill.payParams)
      : fromAccountOnly
        ? 'completed'
        : 'failed'
    if (callback === 'cancelled') {
      const after = host.get().bill
      if (after) host.set({ bill: { ...after, moneyMayHaveMoved: false } })
      dispatch({ type: 'CASHIER_CANCELLED' })
      host.onCancelled()
      return
    }
    dispatch({ type: callback === 'completed' ? 'CASHIER_COMPLETED' : 'CASHIER_FAILED' })
  }

  /**
   * Asks the bureau about the order with the session the bill was made under;
   * if that session is no longer accepted (or may not read it), with the
   * current one. No session at all: a failed query, nothing sent.
   */
  async function ask(orderId: string): Promise<Result<OrderAnswer>> {
    const { bill, identityToken } = host.get()
    const tokens = [
      ...new Set([bill?.owner?.token, identityToken].filter((token): token is string => Boolean(token))),
    ]
    let answer: Result<OrderAnswer> = err({ kind: 'business', code: 'SESSION_EXPIRED', message: '' })
    for (const token of tokens) {
      answer = await service.queryOrder(token, orderId)
      if (answer.ok || !isAccessRefusal(answer.error)) break
    }
    return answer
  }

  /**
   * One query, then the wait before the next. The poller is the only retry
   * loop for order queries (the HTTP gateway does not re-send them); its waits
   * are jittered and stretched to a Retry-After the bureau sent.
   */
  async function query(orderId: string, queriesBefore: number): Promise<void> {
    const answer = await ask(orderId)
    const truthful = answer.ok && answersBill(answer.value, orderId, host.get().bill)
    dispatch(
      answer.ok && truthful
        ? { type: 'QUERY_ANSWERED', status: answer.value.status, receiptNo: answer.value.receiptNo }
        : { type: 'QUERY_FAILED' },
    )
    const after = host.get().payment
    if (after.phase !== 'confirming') return
    const wait = POLL_DELAYS[queriesBefore]
    if (wait === undefined) {
      dispatch({ type: 'POLLING_EXHAUSTED' })
      return
    }
    // The bureau's Retry-After, whether with a 429/503 or with a 200 refusing 系统繁忙.
    const retryAfter = answer.ok ? 0 : retryAfterOf(answer.error)
    const delay = Math.max(await service.jittered(wait), retryAfter)
    // 继续支付 may have come while the jitter was drawn: open the cashier now, not after the wait.
    if (host.get().payment.phase !== 'confirming') return
    await pause(delay)
  }

  /** Drives the machine until it rests (idle, paid, failed, unknown); the caller holds `running`. */
  async function drive(): Promise<void> {
    for (;;) {
      const state = host.get().payment
      if (state.phase === 'creating') await create()
      else if (state.phase === 'awaiting-payment') await openCashier()
      else if (state.phase === 'confirming') await query(state.orderId, state.queries)
      else break
    }
    await settle(host.get().payment)
  }

  async function run(): Promise<void> {
    if (running) return
    running = true
    try {
      await drive()
    } finally {
      running = false
    }
  }

  async function settle(state: PaymentMachineState) {
    if (state.phase === 'paid') {
      host.set({ bill: undefined })
      host.onPaid(state.receiptNo)
    } else if (state.phase === 'failed' && (state.reason === 'closed' || state.reason === 'payment-error')) {
      // The bureau closed the order, or WeChat Pay reported the payment failed (the bureau then
      // closes it): nothing was charged, and a fresh order (with a fresh key) may be made.
      host.set({ bill: undefined })
    } else if (state.phase === 'failed' && state.reason === 'amount-changed' && changedAmount) {
      const order = changedAmount
      changedAmount = undefined
      await host.onAmountChanged?.(order)
    }
  }

  return {
    isRunning: () => running,
    /**
     * Pays the current bill: an open order is confirmed first, else one is
     * created. The state changes before the first await, so a second tap in
     * the same turn finds the payment under way; a new bill's key is drawn
     * from the random source after that.
     */
    async pay(freshKey: () => Promise<string>): Promise<void> {
      if (running) return
      const { record, quote, bill, payment, payFor, identityToken, maskedName, residentRef } = host.get()
      if (!record || !quote) return
      const before = payment
      const sameBill =
        bill !== undefined &&
        (!bill.owner || bill.owner.token === identityToken) &&
        bill.recordId === record.recordId &&
        bill.benefitYear === quote.benefitYear &&
        bill.amountFen === quote.payableFen &&
        bill.payFor?.accountFen === payFor?.accountFen
      dispatch({ type: 'PAY', openOrderId: sameBill ? bill.orderId : undefined })
      if (host.get().payment === before) return
      running = true
      try {
        let current = sameBill ? bill : undefined
        if (!current) {
          let idempotencyKey: string
          try {
            idempotencyKey = await freshKey()
          } catch {
            // No cryptographic source: no order without a key that cannot be guessed.
            dispatch({ type: 'ORDER_REFUSED' })
            return
          }
          current = {
            recordId: record.recordId,
            benefitYear: quote.benefitYear,
            amountFen: quote.payableFen,
            payFor,
            idempotencyKey,
            owner: identityToken
              ? { token: identityToken, maskedName: maskedName ?? '', ...(residentRef && { residentRef }) }
              : undefined,
          }
        }
        host.set({ bill: current, paymentError: undefined })
        await drive()
      } finally {
        running = false
      }
    },
    /** After 确认中: ask the bureau again. */
    async checkAgain(): Promise<void> {
      if (running) return
      dispatch({ type: 'CHECK_AGAIN' })
      await run()
    },
    /**
     * 继续支付: the bureau said NOTPAY for an order whose cashier was left, so
     * its cashier opens again with the same payParams (never a second order).
     * While a poll is waiting, the wait ends and the run opens the cashier.
     */
    async continuePayment(): Promise<void> {
      const { payment, bill } = host.get()
      const fromAccountOnly =
        bill?.payFor?.accountFen !== undefined && bill.payFor.accountFen === bill.amountFen
      if (!canContinueOrder(payment) || !bill?.orderId || (!bill.payParams && !fromAccountOnly)) return
      dispatch({ type: 'CONTINUE_PAYMENT' })
      if (running) wake?.()
      else await run()
    },
    /** On app show or relaunch: an order in flight is queried before anything else. */
    async resume(): Promise<void> {
      if (running) return
      const { bill, payment } = host.get()
      if (payment.phase === 'unknown') dispatch({ type: 'CHECK_AGAIN' })
      else if (bill?.orderId)
        dispatch({
          type: 'RESUME',
          orderId: bill.orderId,
          moneyMayHaveMoved: bill.moneyMayHaveMoved === true,
        })
      await run()
    },
  }
}
