import { createPaymentStore, selectReceipt } from '../../src/features/payment/store/payment-store'
import { createPaymentService } from '../../src/services/payment-service'
import { createBureauClient } from '../../src/services/bureau-client'
import { createMockGateway, type MockGateway } from '../../src/gateway/mock/mock-gateway'
import { loadRules } from '../../src/root/load-rules'
import type { GatewayTransport, Operation, PaymentCallback, PaymentPort } from '../../src/services/ports'
import { memoryStorage } from '../support/memory-storage'
import { seed } from '../support/seed'
import { chooseAndAcknowledge, loadPayableRecord } from '../support/verified-order'
import { BUSY_REQUEST_GOAL, tapWhileBusy } from '../support/busy-tapping'
import { seededRandomBytes } from '../support/seeded-random'
import { fen } from '../../src/domain/money'
import { tokenFromBytes } from '../../src/domain/random-token'
import { simulatedFace } from '../support/simulated-face'
import { PRIVACY_NOTICE_VERSION } from '../../src/domain/consent'

const STORAGE_KEY = 'yibao-payment'

/**
 * The WeChat cashier, answering each request with the next scripted callback.
 * 'completed' moves the money in the mock ledger, as WeChat Pay would.
 */
function scriptedCashier(gateway: MockGateway, callbacks: PaymentCallback[]) {
  const requests: string[] = []
  const port: PaymentPort = {
    async requestPayment(params) {
      requests.push(params.package)
      // Let other callers run while the cashier is open.
      await Promise.resolve()
      const callback = callbacks.shift() ?? 'failed'
      if (callback === 'completed') gateway.settlePayment(params.package)
      return callback
    },
  }
  return { port, requests }
}

/** `beforeSending` may hold a request back (a slow answer), as a slow network would. */
function setUp(
  callbacks: PaymentCallback[] = ['completed'],
  storage = memoryStorage(),
  beforeSending: (operation: Operation, body: Record<string, unknown>) => Promise<void> = () =>
    Promise.resolve(),
) {
  const gateway = createMockGateway({ latencyMs: 0, today: () => '2025-11-20', benefitYear: 2026 })
  const calls: Operation[] = []
  const transport: GatewayTransport = {
    async send(operation, body) {
      calls.push(operation)
      await beforeSending(operation, body)
      return gateway.send(operation, body)
    },
  }
  const cashier = scriptedCashier(gateway, callbacks)
  const service = createPaymentService({
    client: createBureauClient(transport),
    payment: cashier.port,
    face: simulatedFace(gateway),
    clock: { today: () => '2025-11-20', sleep: () => Promise.resolve() },
    loadRules: () => loadRules(() => '2025-11-20'),
  })
  const store = createPaymentStore(service, storage)
  const createOrders = () => calls.filter((operation) => operation === 'createOrder').length
  return { store, gateway, cashier, createOrders, storage }
}

/** Steps 1–2 for a seeded resident with one payable record: verified, enrolment loaded, the record returned. */
async function verifiedWithOnePayableRecord(context: ReturnType<typeof setUp>, name: string) {
  const { store } = context
  store.getState().giveConsent(true)
  expect(await store.getState().verify(name, seed(name).idNumber)).toEqual({ ok: true })
  const record = await loadPayableRecord(store)
  if (!record) throw new Error(`unexpected enrolment ${JSON.stringify(store.getState().enrolment)}`)
  return record
}

/** Steps 1–4 for a seeded resident with one payable record: verified, record chosen, plan confirmed, amount acknowledged. */
async function readyToPay(context: ReturnType<typeof setUp>, name = '林晓华') {
  const { store } = context
  expect(chooseAndAcknowledge(store, await verifiedWithOnePayableRecord(context, name))).toBe(true)
  expect(store.getState().flow.reached).toBe('amount')
}

describe('payment store: step 3 for 灵活就业 figures only', () => {
  const chooseOnlyRecord = async (context: ReturnType<typeof setUp>, name: string) =>
    context.store.getState().chooseRecord(await verifiedWithOnePayableRecord(context, name))

  test('resident insurance cannot be paid in Chongqing: the resident stays on step 2, and step 3 opens to compare what flexible workers pay', async () => {
    const context = setUp()
    expect(await chooseOnlyRecord(context, '谭志勇')).toBe(false)
    const state = context.store.getState()
    expect(state.quote).toBeUndefined()
    expect(state.quoteProblem).toEqual({ kind: 'no-rules' })
    expect(state.flexibleOffer?.rules.scheme.kind).toBe('yearly-tiers')
    expect(state.flow.reached).toBe('plan')
    // Nothing to pay here: the amount step stays closed.
    state.confirmPlan()
    expect(context.store.getState().flow.reached).toBe('plan')
  })

  test('what step 3 shows survives a restart', async () => {
    const context = setUp()
    await chooseOnlyRecord(context, '谭志勇')
    const restarted = setUp(['completed'], context.storage)
    await restarted.store.persist.rehydrate()
    expect(restarted.store.getState().flexibleOffer?.regionName).toBe('重庆市')
    expect(restarted.store.getState().quoteProblem).toEqual({ kind: 'no-rules' })
  })

  test('neither resident insurance nor 灵活就业 figures: the resident stays at step 2 with the reason', async () => {
    const context = setUp()
    // Shanghai's flexible-worker figures apply from 2026-07-01: the persona's bill is dated 2026-08-10.
    // The same record dated before then has nothing for step 3, and step 3 closes again.
    expect(await chooseOnlyRecord(context, '顾晓峰')).toBe(false)
    expect(context.store.getState().flow.reached).toBe('plan')
    const record = context.store.getState().record
    if (!record) throw new Error('no record chosen')
    expect(context.store.getState().chooseRecord({ ...record, bureauDate: '2026-06-30' })).toBe(false)
    expect(context.store.getState().flow.reached).toBe('enrolment')
    expect(context.store.getState().flexibleOffer).toBeUndefined()
    expect(context.store.getState().quote).toBeUndefined()
  })
})

describe('payment store: paying', () => {
  test('a completed payment is confirmed by the order query and the flow reaches the receipt', async () => {
    const context = setUp(['completed'])
    await readyToPay(context)
    await context.store.getState().pay()
    const state = context.store.getState()
    expect(state.payment).toEqual({
      phase: 'paid',
      orderId: expect.any(String),
      receiptNo: expect.stringMatching(/^FJ2026/),
    })
    expect(state.flow.reached).toBe('receipt')
    expect(state.bill).toBeUndefined()
    const orderId = state.payment.phase === 'paid' ? state.payment.orderId : ''
    expect(context.gateway.paidOrders()).toEqual([
      expect.objectContaining({ orderId, recordId: 'R-LXH-1', amountFen: 40000 }),
    ])
  })

  test('a cancelled cashier keeps the order, goes back to amount, and paying again confirms it first and reuses it', async () => {
    const context = setUp(['cancelled', 'completed'])
    await readyToPay(context)
    await context.store.getState().pay()
    const afterCancel = context.store.getState()
    expect(afterCancel.payment).toEqual({ phase: 'idle' })
    expect(afterCancel.flow.reached).toBe('amount')
    const orderId = afterCancel.bill?.orderId
    expect(orderId).toBeDefined()
    expect(context.gateway.paidOrders()).toEqual([])

    await context.store.getState().pay()
    const afterPay = context.store.getState()
    expect(afterPay.payment).toEqual(expect.objectContaining({ phase: 'paid', orderId }))
    expect(context.createOrders()).toBe(1)
    expect(context.cashier.requests).toEqual([`prepay_id=${orderId}`, `prepay_id=${orderId}`])
    expect(context.gateway.paidOrders()).toEqual([
      expect.objectContaining({ orderId, recordId: 'R-LXH-1', amountFen: 40000 }),
    ])
  })

  test('pay() called twice at once creates one order and opens one cashier', async () => {
    const context = setUp(['completed', 'completed'])
    await readyToPay(context)
    await Promise.all([context.store.getState().pay(), context.store.getState().pay()])
    expect(context.createOrders()).toBe(1)
    expect(context.cashier.requests).toHaveLength(1)
    expect(context.gateway.paidOrders()).toHaveLength(1)
    expect(context.store.getState().payment.phase).toBe('paid')
  })

  test('paid, then refunded (已退款): reading the records drops the paid state, and the year is paid again', async () => {
    const context = setUp(['completed', 'completed'])
    const { store } = context
    await readyToPay(context)
    await store.getState().pay()
    const paid = store.getState().payment
    if (paid.phase !== 'paid') throw new Error('not paid')
    await store.getState().requestRefund(paid.receiptNo, 'wrong-region', '')
    // The demo's review moves the refund one step after each reading of the records (its answer
    // says the status before the step): 已受理, 审核中, then 已退款. Paid until the records say 已退款.
    await store.getState().loadPaymentRecords()
    expect(store.getState().payment.phase).toBe('paid')
    await store.getState().loadPaymentRecords()
    expect(store.getState().payment.phase).toBe('idle')
    expect([store.getState().flow.reached, store.getState().quote]).toEqual(['enrolment', undefined])
    const record = await loadPayableRecord(store)
    if (!record) throw new Error(`not payable again: ${JSON.stringify(store.getState().enrolment)}`)
    chooseAndAcknowledge(store, record)
    await store.getState().pay()
    expect(store.getState().payment).toEqual(expect.objectContaining({ phase: 'paid' }))
    expect(context.gateway.paidOrders()).toHaveLength(2)
  })

  test('without the amount acknowledged nothing is ordered', async () => {
    const context = setUp()
    await readyToPay(context)
    context.store.getState().setAcknowledged(false)
    await context.store.getState().pay()
    expect(context.createOrders()).toBe(0)
    expect(context.store.getState().flow.reached).toBe('amount')
  })

  test('a cashier that reports failure is not taken as paid: the order query decides, and it stays unknown', async () => {
    const context = setUp(['failed'])
    await readyToPay(context)
    await context.store.getState().pay()
    expect(context.store.getState().payment).toEqual({ phase: 'unknown', orderId: expect.any(String) })
    expect(context.store.getState().flow.reached).toBe('pay')
    expect(context.gateway.paidOrders()).toEqual([])
  })

  test('an order the bureau refuses leaves the payment failed with the gateway error, the key kept for a retry', async () => {
    const context = setUp()
    await readyToPay(context)
    context.gateway.injectFault('createOrder', { kind: 'business', code: 'TRADE_LOCKED' })
    await context.store.getState().pay()
    const state = context.store.getState()
    expect(state.payment).toEqual({ phase: 'failed', reason: 'gateway' })
    expect(state.paymentError).toEqual(expect.objectContaining({ kind: 'business', code: 'TRADE_LOCKED' }))
    expect(state.bill?.orderId).toBeUndefined()
    expect(state.bill?.idempotencyKey).toMatch(/^idem-/)
  })

  test('a creation whose answer was lost is retried with the same key and finds the same order', async () => {
    const context = setUp(['completed'])
    await readyToPay(context)
    context.gateway.injectFault('createOrder', { kind: 'lost' })
    await context.store.getState().pay()
    expect(context.store.getState().payment).toEqual({ phase: 'failed', reason: 'gateway' })
    await context.store.getState().pay()
    expect(context.store.getState().payment.phase).toBe('paid')
    expect(context.gateway.paidOrders()).toHaveLength(1)
  })
})

function restart(first: ReturnType<typeof setUp>, callbacks: PaymentCallback[] = []) {
  const cashier = scriptedCashier(first.gateway, callbacks)
  return createPaymentStore(
    createPaymentService({
      client: createBureauClient(first.gateway),
      payment: cashier.port,
      face: simulatedFace(first.gateway),
      clock: { today: () => '2025-11-20', sleep: () => Promise.resolve() },
      loadRules: () => loadRules(() => '2025-11-20'),
    }),
    first.storage,
  )
}

describe('payment store: receipts', () => {
  test('the receipt page shows only the receipt it asked for: a late answer for an earlier one is dropped', async () => {
    let releaseFirst = () => {}
    const firstHeld = new Promise<void>((release) => (releaseFirst = release))
    let receiptRequests = 0
    const context = setUp(['completed'], memoryStorage(), (operation) =>
      operation === 'getReceipt' && (receiptRequests += 1) === 1 ? firstHeld : Promise.resolve(),
    )
    const { store } = context
    await readyToPay(context)
    await store.getState().pay()
    const paid = store.getState().payment
    if (paid.phase !== 'paid') throw new Error('not paid')

    // The paid receipt is opened (its answer is slow), then another number before that answer arrives.
    const first = store.getState().loadReceipt(paid.receiptNo)
    await store.getState().loadReceipt('FJ2026999999')
    const second = store.getState()
    expect(selectReceipt('FJ2026999999')(second).status).not.toBe('loading')
    releaseFirst()
    await first
    // The earlier answer does not replace the one for the receipt now open.
    expect(store.getState().receipt).toEqual(second.receipt)
    expect(selectReceipt('FJ2026999999')(store.getState())).toEqual(second.receipt)
    // And the first receipt's page, opened now, waits for its own answer instead of showing another's.
    expect(selectReceipt(paid.receiptNo)(store.getState())).toEqual({ status: 'loading' })
    await store.getState().loadReceipt(paid.receiptNo)
    const shown = selectReceipt(paid.receiptNo)(store.getState())
    expect(shown.status === 'ready' && shown.data.status === 'issued' && shown.data.receipt.receiptNo).toBe(
      paid.receiptNo,
    )
  })
})

describe('payment store: back-years', () => {
  test('a lapsed resident chooses 2 back-years: the bill, the wait and the first covered day change, and that total is paid', async () => {
    const context = setUp(['completed'])
    await readyToPay(context, '孙立新')
    const before = context.store.getState().quote
    expect([before?.payableFen, before?.coverage.waitingMonths, before?.coverage.start]).toEqual([
      40000,
      5,
      '2026-06-01',
    ])

    await context.store.getState().chooseBackYears(2)
    const after = context.store.getState().quote
    expect([after?.payableFen, after?.coverage.waitingMonths, after?.coverage.start]).toEqual([
      120000,
      3,
      '2026-04-01',
    ])
    expect(context.store.getState().acknowledged).toBe(true)

    await context.store.getState().pay()
    expect(context.store.getState().payment.phase).toBe('paid')
    expect(context.gateway.paidOrders()).toEqual([
      expect.objectContaining({ recordId: 'R-SLX-1', amountFen: 120000 }),
    ])
  })

  test('changing back-years after a cancelled payment is a new bill, so the new amount gets its own order', async () => {
    const context = setUp(['cancelled', 'completed'])
    await readyToPay(context, '孙立新')
    await context.store.getState().pay()
    const firstOrder = context.store.getState().bill?.orderId
    expect(firstOrder).toBeDefined()

    await context.store.getState().chooseBackYears(1)
    await context.store.getState().pay()
    expect(context.createOrders()).toBe(2)
    expect(context.gateway.paidOrders()).toEqual([expect.objectContaining({ amountFen: 80000 })])
    expect(context.gateway.paidOrders()[0]?.orderId).not.toBe(firstOrder)
  })

  test('back-years that would not shorten the wait leave the bill as it was', async () => {
    const context = setUp()
    await readyToPay(context, '赵秀兰')
    await context.store.getState().chooseBackYears(2)
    expect(context.store.getState().quote?.backYears).toBe(0)
    await context.store.getState().chooseBackYears(1)
    expect(context.store.getState().quote?.coverage.waitingMonths).toBe(6)
  })
})

describe('payment store: what is persisted', () => {
  test('no raw ID number or name: the token with the masked identity, the flow, the choice and the bill', async () => {
    const context = setUp(['cancelled'])
    const lin = seed('林晓华')
    await readyToPay(context)
    await context.store.getState().pay()

    const stored = context.storage.items.get(STORAGE_KEY)
    expect(stored).toBeDefined()
    expect(stored).not.toContain(lin.idNumber)
    expect(stored).not.toContain(lin.name)
    const parsed = JSON.parse(stored ?? '{}') as { state: Record<string, unknown> }
    expect(Object.keys(parsed.state).sort()).toEqual([
      'acknowledged',
      'bill',
      'consent',
      'flow',
      'identity',
      'quote',
      'reachedCareOfferAge',
      'record',
    ])
    // No birth date: with the masked ID and the record's region code it would rebuild the ID number.
    expect(parsed.state.identity).toEqual({
      token: context.store.getState().identity?.token,
      maskedName: '**华',
      maskedIdNumber: '350***********1234',
      residentRef: context.store.getState().identity?.residentRef,
    })
    expect(parsed.state.reachedCareOfferAge).toBe(false)
    expect(parsed.state.consent).toEqual({ version: PRIVACY_NOTICE_VERSION, acceptedAt: expect.any(String) })
    expect(parsed.state.bill).toEqual(
      expect.objectContaining({ recordId: 'R-LXH-1', amountFen: 40000, orderId: expect.any(String) }),
    )
  })

  test('a paid bill is not kept: a restarted app starts again at enrolment', async () => {
    const first = setUp(['completed'])
    await readyToPay(first)
    await first.store.getState().pay()

    const restarted = restart(first)
    const state = restarted.getState()
    expect(state.identity?.maskedName).toBe('**华')
    expect(state.consent?.version).toBe(PRIVACY_NOTICE_VERSION)
    expect(state.bill).toBeUndefined()
    state.startForSelf()
    expect(restarted.getState().flow.reached).toBe('enrolment')
  })

  test('a restart mid-payment queries the pending order first and finds it paid', async () => {
    const first = setUp([])
    await readyToPay(first)
    // The app is killed while the cashier is open; the resident pays; the app comes back.
    void first.store.getState().pay()
    await new Promise((resolve) => setTimeout(resolve, 0))
    const orderId = first.store.getState().bill?.orderId
    expect(orderId).toBeDefined()
    first.gateway.settlePayment(`prepay_id=${orderId}`)

    const restarted = restart(first)
    expect(restarted.getState().bill?.orderId).toBe(orderId)
    await restarted.getState().resumePayment()
    expect(restarted.getState().payment).toEqual(expect.objectContaining({ phase: 'paid', orderId }))
    expect(restarted.getState().flow.reached).toBe('receipt')
    expect(first.gateway.paidOrders()).toHaveLength(1)
  })

  test('reopened on step 4 after a restart, choosing back-years waits for the rules and then requotes', async () => {
    const first = setUp()
    await readyToPay(first, '孙立新')
    const restarted = restart(first)
    expect(restarted.getState().flow.reached).toBe('amount')
    // The new app has not loaded the rules yet (step 2 did not run): the choice waits for them.
    await restarted.getState().chooseBackYears(2)
    expect(restarted.getState().quote).toEqual(expect.objectContaining({ backYears: 2, payableFen: 120000 }))
  })

  test('signing out forgets the identity in storage too', async () => {
    const context = setUp()
    await readyToPay(context)
    context.store.getState().signOut()
    const parsed = JSON.parse(context.storage.items.get(STORAGE_KEY) ?? '{}') as {
      state: Record<string, unknown>
    }
    expect(parsed.state.identity).toBeUndefined()
    expect(parsed.state.consent).toBeUndefined()
  })

  test('an expired session forgets the identity but keeps the consent and restarts at step 1', async () => {
    const context = setUp()
    await readyToPay(context)
    context.store.getState().expireSession()
    const state = context.store.getState()
    expect(state.identity).toBeUndefined()
    expect(state.consent?.version).toBe(PRIVACY_NOTICE_VERSION)
    expect(state.flow.reached).toBe('verify')
    expect(state.quote).toBeUndefined()
  })
})

describe('payment store: one tap, one payment', () => {
  test('startPayment says the first tap started paying and the second did not', async () => {
    const context = setUp(['cancelled'])
    await readyToPay(context)
    expect(context.store.getState().startPayment()).toBe(true)
    expect(context.store.getState().startPayment()).toBe(false)
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(context.createOrders()).toBe(1)
  })
})

/**
 * The payment-truth findings, against the store over the mock bureau: each
 * test is named after the finding it guards.
 */
describe('payment store: payment truth (findings)', () => {
  /** A store over the mock bureau with a hook on every request, a scripted cashier and a fake clock. */
  function truthSetUp(
    options: {
      callbacks?: PaymentCallback[]
      rewrite?: (operation: Operation, body: Record<string, unknown>) => Record<string, unknown>
      answer?: (
        operation: Operation,
        answer: Awaited<ReturnType<GatewayTransport['send']>>,
      ) => Awaited<ReturnType<GatewayTransport['send']>>
      random?: (length: number) => Uint8Array
      storage?: ReturnType<typeof memoryStorage>
      gateway?: MockGateway
    } = {},
  ) {
    const gateway =
      options.gateway ?? createMockGateway({ latencyMs: 0, today: () => '2025-11-20', benefitYear: 2026 })
    const sent: Array<{ operation: Operation; body: Record<string, unknown> }> = []
    const transport: GatewayTransport = {
      async send(operation, body) {
        const outgoing = options.rewrite?.(operation, body) ?? body
        sent.push({ operation, body: outgoing })
        const answer = await gateway.send(operation, outgoing)
        return options.answer?.(operation, answer) ?? answer
      },
    }
    let now = Date.parse('2025-11-20T12:00:00Z')
    const cashier = scriptedCashier(gateway, [...(options.callbacks ?? [])])
    const service = createPaymentService({
      client: createBureauClient(transport),
      payment: cashier.port,
      face: simulatedFace(gateway),
      clock: {
        today: () => '2025-11-20',
        now: () => now,
        sleep: (ms) => {
          now += ms
          return Promise.resolve()
        },
      },
      loadRules: () => loadRules(() => '2025-11-20'),
      random: options.random,
    })
    const storage = options.storage ?? memoryStorage()
    const store = createPaymentStore(service, storage)
    const count = (operation: Operation) => sent.filter((request) => request.operation === operation).length
    return { store, gateway, cashier, sent, count, storage, advance: (ms: number) => (now += ms), service }
  }

  async function verifiedAs(context: ReturnType<typeof truthSetUp>, name: string) {
    const { store } = context
    store.getState().giveConsent(true)
    expect(await store.getState().verify(name, seed(name).idNumber)).toEqual({ ok: true })
  }

  async function readyAs(context: ReturnType<typeof truthSetUp>, name = '林晓华') {
    await verifiedAs(context, name)
    const record = await loadPayableRecord(context.store)
    if (!record) throw new Error(`no payable record for ${name}`)
    expect(chooseAndAcknowledge(context.store, record)).toBe(true)
  }

  test('The amount answered by createOrder is never compared with the bill: no cashier, requote, 金额已更新, confirm again, one order paid', async () => {
    // The app's quote is stale (380 元); this bureau takes the request and answers its own amount (400 元).
    const context = truthSetUp({
      callbacks: ['completed'],
      rewrite: (operation, body) => (operation === 'createOrder' ? { ...body, amountFen: 40000 } : body),
    })
    await readyAs(context)
    const quote = context.store.getState().quote
    if (!quote) throw new Error('no quote')
    context.store.setState({ quote: { ...quote, payableFen: fen(38000) } })

    await context.store.getState().pay()
    let state = context.store.getState()
    expect(context.cashier.requests).toEqual([])
    expect(state.amountChange).toEqual({ fromFen: 38000, toFen: 40000, agreed: true })
    expect(state.quote?.payableFen).toBe(40000)
    expect(state.acknowledged).toBe(false)
    expect(state.flow.reached).toBe('amount')
    expect(state.payment).toEqual({ phase: 'idle' })
    expect(context.gateway.paidOrders()).toEqual([])

    // Nothing is paid until the resident confirms the new amount.
    await context.store.getState().pay()
    expect(context.count('createOrder')).toBe(1)
    context.store.getState().setAcknowledged(true)
    await context.store.getState().pay()
    state = context.store.getState()
    expect(state.payment.phase).toBe('paid')
    expect(state.amountChange).toBeUndefined()
    // The bureau's order, confirmed by a query before the cashier opened, no second order.
    expect(context.count('createOrder')).toBe(1)
    expect(context.gateway.paidOrders()).toEqual([expect.objectContaining({ amountFen: 40000 })])
  })

  test('The amount answered by createOrder is never compared with the bill: when the requote still disagrees, nothing is kept and nothing is paid', async () => {
    const context = truthSetUp({
      callbacks: ['completed'],
      answer: (operation, answer) =>
        operation === 'createOrder' && answer.kind === 'body'
          ? {
              kind: 'body',
              body: {
                ...(answer.body as object),
                data: { ...(answer.body as { data: object }).data, amountFen: 38000 },
              },
            }
          : answer,
    })
    await readyAs(context)
    await context.store.getState().pay()
    const state = context.store.getState()
    expect(state.amountChange).toEqual({ fromFen: 40000, toFen: 38000, agreed: false })
    expect(state.bill).toBeUndefined()
    expect(state.flow.reached).toBe('amount')
    expect(context.cashier.requests).toEqual([])
    expect(context.gateway.paidOrders()).toEqual([])
  })

  test('After PAYERROR the resident can never pay: 支付未成功, then a new order is paid', async () => {
    const context = truthSetUp({ callbacks: ['failed', 'completed'] })
    await readyAs(context)
    const failing = context.cashier.port.requestPayment
    let failedOnce = false
    context.cashier.port.requestPayment = async (params) => {
      if (!failedOnce) {
        failedOnce = true
        await context.gateway.failPayment(params.package)
      }
      return failing(params)
    }
    await context.store.getState().pay()
    expect(context.store.getState().payment).toEqual({ phase: 'failed', reason: 'payment-error' })
    expect(context.store.getState().bill).toBeUndefined()
    await context.store.getState().pay()
    expect(context.store.getState().payment.phase).toBe('paid')
    expect(context.count('createOrder')).toBe(2)
    expect(context.gateway.paidOrders()).toHaveLength(1)
  })

  test('缴费成功 shown to the wrong person on a shared phone: 林晓华 in 确认中, sign out, 陈玉珍 verifies, app show', async () => {
    const context = truthSetUp({ callbacks: ['failed'] })
    await readyAs(context, '林晓华')
    // The cashier's callback is lost; the bureau has not heard of the money yet: 确认中.
    await context.store.getState().pay()
    const lin = context.store.getState()
    expect(lin.payment).toEqual({ phase: 'unknown', orderId: expect.any(String) })
    const linOrderId = lin.bill?.orderId ?? ''
    expect(lin.bill?.owner).toEqual({
      token: lin.identity?.token,
      maskedName: '**华',
      residentRef: lin.identity?.residentRef,
    })

    context.store.getState().signOut()
    await verifiedAs(context, '陈玉珍')
    // The money arrives at the bureau for 林晓华's order; 陈玉珍 brings the app to the front.
    await context.gateway.settlePayment(`prepay_id=${linOrderId}`)
    await context.store.getState().resumePayment()

    const chen = context.store.getState()
    expect(chen.identity?.maskedName).toBe('**珍')
    expect(chen.payment.phase).not.toBe('paid')
    expect(chen.flow.reached).not.toBe('receipt')
    expect(chen.bill).toBeUndefined()
    // 林晓华's order was still queried (with her session) and its outcome kept as hers.
    expect(chen.otherPayers).toEqual([
      expect.objectContaining({
        orderId: linOrderId,
        maskedName: '**华',
        payment: expect.objectContaining({ phase: 'paid' }),
      }),
    ])
    expect(context.gateway.paidOrders()).toHaveLength(1)

    // 陈玉珍 goes on with her own payment.
    const record = await loadPayableRecord(context.store)
    if (!record) throw new Error('陈玉珍 has no payable record')
    chooseAndAcknowledge(context.store, record)
    context.cashier.port.requestPayment = async (params) => {
      await context.gateway.settlePayment(params.package)
      return 'completed'
    }
    await context.store.getState().pay()
    expect(context.store.getState().payment.phase).toBe('paid')
    expect(context.gateway.paidOrders()).toHaveLength(2)
  })

  test('缴费成功 shown to the wrong person on a shared phone: a previous payer’s bill survives a restart and is still queried, never as the current person’s', async () => {
    const context = truthSetUp({ callbacks: ['failed'] })
    await readyAs(context, '林晓华')
    await context.store.getState().pay()
    const linOrderId = context.store.getState().bill?.orderId ?? ''
    context.store.getState().signOut()
    await verifiedAs(context, '陈玉珍')
    const saved = context.storage.items.get(STORAGE_KEY) ?? ''
    for (const raw of ['林晓华', seed('林晓华').idNumber, '陈玉珍', seed('陈玉珍').idNumber])
      expect(saved).not.toContain(raw)

    await context.gateway.settlePayment(`prepay_id=${linOrderId}`)
    const restarted = truthSetUp({ storage: context.storage, gateway: context.gateway })
    await restarted.store.getState().resumePayment()
    const state = restarted.store.getState()
    expect(state.identity?.maskedName).toBe('**珍')
    expect(state.payment.phase).not.toBe('paid')
    expect(state.flow.reached).not.toBe('receipt')
    expect(state.otherPayers).toEqual([
      expect.objectContaining({ maskedName: '**华', payment: expect.objectContaining({ phase: 'paid' }) }),
    ])
  })

  test('A busy bureau is hammered: after 系统繁忙 the store records retryAt, taps before it send nothing, waits grow, a success resets', async () => {
    let busy = 3
    const context = truthSetUp({
      callbacks: ['cancelled'],
      random: (length) => new Uint8Array(length),
      answer: (operation, answer) =>
        operation === 'createOrder' && busy-- > 0
          ? { kind: 'body', body: { ok: false, error: { code: 'SYSTEM_BUSY', message: '系统繁忙' } } }
          : answer,
    })
    await readyAs(context)
    await context.store.getState().pay()
    // One automatic re-send at most: 2 requests for the first tap, both busy.
    expect(context.count('createOrder')).toBe(2)
    const first = context.store.getState().retryAt ?? 0
    expect(first - context.service.now()).toBe(2000)
    expect(context.store.getState().paymentError).toEqual(expect.objectContaining({ code: 'SYSTEM_BUSY' }))

    // A tap before retryAt sends nothing.
    context.advance(1000)
    expect(context.store.getState().startPayment()).toBe(false)
    await context.store.getState().pay()
    expect(context.count('createOrder')).toBe(2)

    // After it, one request; busy again: the wait doubles (no second automatic re-send).
    context.advance(1000)
    await context.store.getState().pay()
    expect(context.count('createOrder')).toBe(3)
    expect((context.store.getState().retryAt ?? 0) - context.service.now()).toBe(4000)

    // The bureau answers: the order is made, the wait is forgotten.
    context.advance(4000)
    await context.store.getState().pay()
    expect(context.count('createOrder')).toBe(4)
    expect(context.store.getState().retryAt).toBeUndefined()
    expect(context.service.busyUntil()).toBeUndefined()
  })

  test('A busy bureau is hammered: an HTTP 429 with Retry-After sets retryAt to it', async () => {
    let busy = 1
    const context = truthSetUp({
      random: (length) => new Uint8Array(length),
      answer: (operation, answer) =>
        operation === 'createOrder' && busy-- > 0
          ? { kind: 'http', status: 429, retryAfterMs: 45_000 }
          : answer,
    })
    await readyAs(context)
    await context.store.getState().pay()
    expect(context.count('createOrder')).toBe(1)
    expect((context.store.getState().retryAt ?? 0) - context.service.now()).toBe(45_000)
  })

  const busyBody = (retryAfterMs?: number): Awaited<ReturnType<GatewayTransport['send']>> => ({
    kind: 'body',
    body: { ok: false, error: { code: 'SYSTEM_BUSY', message: '系统繁忙' } },
    ...(retryAfterMs !== undefined && { retryAfterMs }),
  })

  test('A busy bureau is hammered: a 200 saying 系统繁忙 with Retry-After 120 s waits 120 s, with no automatic re-send before it', async () => {
    let busy = 1
    const context = truthSetUp({
      random: (length) => new Uint8Array(length),
      answer: (operation, answer) => (operation === 'createOrder' && busy-- > 0 ? busyBody(120_000) : answer),
    })
    await readyAs(context)
    await context.store.getState().pay()
    expect(context.count('createOrder')).toBe(1)
    expect((context.store.getState().retryAt ?? 0) - context.service.now()).toBe(120_000)
    context.advance(119_000)
    await context.store.getState().pay()
    expect(context.count('createOrder')).toBe(1)
    context.advance(1000)
    await context.store.getState().pay()
    expect(context.count('createOrder')).toBe(2)
    expect(context.store.getState().bill?.orderId).toEqual(expect.any(String))
    expect(context.store.getState().retryAt).toBeUndefined()
  })

  test('A busy bureau is hammered: a Retry-After within the re-send delay is waited before the one automatic re-send', async () => {
    const context = truthSetUp({
      random: (length) => new Uint8Array(length),
      answer: (operation, answer) => (operation === 'createOrder' ? busyBody(800) : answer),
    })
    await readyAs(context)
    const before = context.service.now()
    await context.store.getState().pay()
    expect(context.count('createOrder')).toBe(2)
    // The jitter alone would have waited 500 ms: the re-send waited the bureau's 800.
    expect(context.service.now() - before).toBe(800)
  })

  test('A busy bureau is hammered: a relaunch keeps the wait (its end and the streak), and a tap before it sends nothing', async () => {
    const storage = memoryStorage()
    const gateway = createMockGateway({ latencyMs: 0, today: () => '2025-11-20', benefitYear: 2026 })
    let busy = 3
    const answer = (operation: Operation, answered: Awaited<ReturnType<GatewayTransport['send']>>) =>
      operation === 'createOrder' && busy-- > 0 ? busyBody() : answered
    const zero = (length: number) => new Uint8Array(length)
    const first = truthSetUp({ storage, gateway, random: zero, answer })
    await readyAs(first)
    await first.store.getState().pay()
    expect(first.count('createOrder')).toBe(2)
    const retryAt = first.store.getState().retryAt ?? 0
    expect(retryAt - first.service.now()).toBe(2000)
    // What is saved is the wait, two numbers: no token, name or ID in it.
    expect(JSON.parse(storage.getItem(STORAGE_KEY) ?? '{}').state.busyWait).toEqual({
      until: retryAt,
      streak: 1,
    })

    // Relaunched a second later: a new service and store on the same storage and the same clock.
    const relaunched = truthSetUp({ storage, gateway, random: zero, answer })
    relaunched.advance(first.service.now() + 1000 - relaunched.service.now())
    await relaunched.store.getState().resumePayment()
    expect(relaunched.store.getState().retryAt).toBe(retryAt)
    await relaunched.store.getState().pay()
    expect(relaunched.count('createOrder')).toBe(0)

    // After it: one request (no automatic re-send, the streak goes on), busy again, and the wait doubles.
    relaunched.advance(1000)
    await relaunched.store.getState().pay()
    expect(relaunched.count('createOrder')).toBe(1)
    expect((relaunched.store.getState().retryAt ?? 0) - relaunched.service.now()).toBe(4000)
  })

  test('A busy bureau is hammered: a saved wait that ended long ago, or from a clock set back, does not hold past ten minutes', async () => {
    const storage = memoryStorage()
    const context = truthSetUp({ storage })
    const now = context.service.now()
    const save = (busyWait: unknown) =>
      storage.setItem(STORAGE_KEY, JSON.stringify({ version: 4, state: { busyWait } }))
    save({ until: now + 3_600_000, streak: 2 })
    const setBack = truthSetUp({ storage })
    expect(setBack.service.busyUntil()).toBe(now + 10 * 60_000)
    save({ until: now - 3_600_000, streak: 5 })
    expect(truthSetUp({ storage }).service.busyWait()).toBeUndefined()
    save({ until: 'soon', streak: 1 })
    expect(truthSetUp({ storage }).service.busyWait()).toBeUndefined()
  })

  test('Idempotency keys and share tokens come from Math.random: the key is drawn from the injected random source', async () => {
    const context = truthSetUp({
      callbacks: ['cancelled'],
      random: (length) => new Uint8Array(length).fill(7),
    })
    await readyAs(context)
    await context.store.getState().pay()
    expect(context.store.getState().bill?.idempotencyKey).toBe(
      `idem-${tokenFromBytes(new Uint8Array(16).fill(7))}`,
    )
  })
})

test('A busy bureau is hammered: a resident tapping 重试 every 2 s for 5 minutes of 系统繁忙 sends at most 30 requests', async () => {
  const sources = [
    (length: number) => new Uint8Array(length),
    (length: number) => new Uint8Array(length).fill(255),
    seededRandomBytes(2026),
    undefined,
  ]
  for (const random of sources) {
    const { requests, taps } = await tapWhileBusy({ random })
    expect(taps).toBe(150)
    expect(requests).toBeLessThanOrEqual(BUSY_REQUEST_GOAL)
  }
  const httpBusy = await tapWhileBusy({ busyAnswer: { kind: 'http', status: 503 } })
  expect(httpBusy.requests).toBeLessThanOrEqual(BUSY_REQUEST_GOAL)
})
