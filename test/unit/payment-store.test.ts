import type { StateStorage } from 'zustand/middleware'
import { createPaymentStore } from '../../src/features/payment/store/payment-store'
import { createPaymentService } from '../../src/services/payment-service'
import { createBureauClient } from '../../src/services/bureau-client'
import { createMockGateway, type MockGateway } from '../../src/gateway/mock/mock-gateway'
import { SEED_RESIDENTS } from '../../src/gateway/mock/seed-residents'
import { loadRules } from '../../src/root/load-rules'
import type { GatewayTransport, Operation, PaymentCallback, PaymentPort } from '../../src/services/ports'

const STORAGE_KEY = 'yibao-payment'

function seed(name: string) {
  const resident = SEED_RESIDENTS.find((candidate) => candidate.name === name)
  if (!resident) throw new Error(`no seeded resident ${name}`)
  return resident
}

function memoryStorage() {
  const items = new Map<string, string>()
  const storage: StateStorage = {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      items.set(key, value)
    },
    removeItem: (key) => {
      items.delete(key)
    },
  }
  return { storage, items }
}

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

function setUp(callbacks: PaymentCallback[] = ['completed'], storageItems = memoryStorage()) {
  const gateway = createMockGateway({ latencyMs: 0, today: () => '2025-11-20', benefitYear: 2026 })
  const calls: Operation[] = []
  const transport: GatewayTransport = {
    send(operation, body) {
      calls.push(operation)
      return gateway.send(operation, body)
    },
  }
  const cashier = scriptedCashier(gateway, callbacks)
  const service = createPaymentService({
    client: createBureauClient(transport),
    payment: cashier.port,
    face: { verify: () => Promise.resolve({ ok: true, ticket: 'face-ok' }) },
    clock: { today: () => '2025-11-20', sleep: () => Promise.resolve() },
    loadRules: () => loadRules(() => '2025-11-20'),
  })
  const store = createPaymentStore(service, storageItems.storage)
  const createOrders = () => calls.filter((operation) => operation === 'createOrder').length
  return { store, gateway, cashier, createOrders, ...storageItems }
}

/** Steps 1–2 for a seeded resident with one payable record: verified, enrolment loaded, the record returned. */
async function verifiedWithOnePayableRecord(context: ReturnType<typeof setUp>, name: string) {
  const { store } = context
  store.getState().giveConsent(true)
  expect(await store.getState().verify(name, seed(name).idNumber)).toEqual({ ok: true })
  await store.getState().loadEnrolment()
  const enrolment = store.getState().enrolment
  if (enrolment.status !== 'ready' || enrolment.data.kind !== 'payable') throw new Error(`unexpected enrolment ${JSON.stringify(enrolment)}`)
  return enrolment.data.record
}

/** Steps 1–4 for a seeded resident with one payable record: verified, record chosen, plan confirmed, amount acknowledged. */
async function readyToPay(context: ReturnType<typeof setUp>, name = '林晓华') {
  const { store } = context
  expect(store.getState().chooseRecord(await verifiedWithOnePayableRecord(context, name))).toBe(true)
  store.getState().confirmPlan()
  store.getState().setAcknowledged(true)
  expect(store.getState().flow.reached).toBe('amount')
}

describe('payment store: step 3 for 灵活就业 figures only', () => {
  const chooseOnlyRecord = async (context: ReturnType<typeof setUp>, name: string) =>
    context.store.getState().chooseRecord(await verifiedWithOnePayableRecord(context, name))

  test('resident insurance cannot be paid in Chongqing, but step 3 opens to compare what flexible workers pay', async () => {
    const context = setUp()
    expect(await chooseOnlyRecord(context, '谭志勇')).toBe(true)
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
    const restarted = setUp(['completed'], { storage: context.storage, items: context.items })
    await restarted.store.persist.rehydrate()
    expect(restarted.store.getState().flexibleOffer?.regionName).toBe('重庆市')
    expect(restarted.store.getState().quoteProblem).toEqual({ kind: 'no-rules' })
  })

  test('neither resident insurance nor 灵活就业 figures: the resident stays at step 2 with the reason', async () => {
    const context = setUp()
    // Shanghai's flexible-worker figures apply from 2026-07-01: the persona's bill is dated 2026-08-10.
    // The same record dated before then has nothing for step 3, and step 3 closes again.
    expect(await chooseOnlyRecord(context, '顾晓峰')).toBe(true)
    const record = context.store.getState().record
    if (!record) throw new Error('no record chosen')
    expect(context.store.getState().chooseRecord({ ...record, bureauDate: '2026-06-30' })).toBe(false)
    expect(context.store.getState().flow.reached).toBe('enrolment')
    expect(context.store.getState().quoteProblem).toEqual({ kind: 'no-rules' })
  })
})

describe('payment store: paying', () => {
  test('a completed payment is confirmed by the order query and the flow reaches the receipt', async () => {
    const context = setUp(['completed'])
    await readyToPay(context)
    await context.store.getState().pay()
    const state = context.store.getState()
    expect(state.payment).toEqual({ phase: 'paid', orderId: expect.any(String), receiptNo: expect.stringMatching(/^FJ2026/) })
    expect(state.flow.reached).toBe('receipt')
    expect(state.bill).toBeUndefined()
    const orderId = state.payment.phase === 'paid' ? state.payment.orderId : ''
    expect(context.gateway.paidOrders()).toEqual([{ orderId, recordId: 'R-LXH-1', amountFen: 40000 }])
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
    expect(context.gateway.paidOrders()).toEqual([{ orderId, recordId: 'R-LXH-1', amountFen: 40000 }])
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
      face: { verify: () => Promise.resolve({ ok: true, ticket: 'face-ok' }) },
      clock: { today: () => '2025-11-20', sleep: () => Promise.resolve() },
      loadRules: () => loadRules(() => '2025-11-20'),
    }),
    first.storage,
  )
}

describe('payment store: back-years', () => {
  test('a lapsed resident chooses 2 back-years: the bill, the wait and the first covered day change, and that total is paid', async () => {
    const context = setUp(['completed'])
    await readyToPay(context, '孙立新')
    const before = context.store.getState().quote
    expect([before?.payableFen, before?.coverage.waitingMonths, before?.coverage.start]).toEqual([40000, 5, '2026-06-01'])

    await context.store.getState().chooseBackYears(2)
    const after = context.store.getState().quote
    expect([after?.payableFen, after?.coverage.waitingMonths, after?.coverage.start]).toEqual([120000, 3, '2026-04-01'])
    expect(context.store.getState().acknowledged).toBe(true)

    await context.store.getState().pay()
    expect(context.store.getState().payment.phase).toBe('paid')
    expect(context.gateway.paidOrders()).toEqual([expect.objectContaining({ recordId: 'R-SLX-1', amountFen: 120000 })])
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

    const stored = context.items.get(STORAGE_KEY)
    expect(stored).toBeDefined()
    expect(stored).not.toContain(lin.idNumber)
    expect(stored).not.toContain(lin.name)
    const parsed = JSON.parse(stored ?? '{}') as { state: Record<string, unknown> }
    expect(Object.keys(parsed.state).sort()).toEqual(['acknowledged', 'bill', 'consentGiven', 'flow', 'identity', 'quote', 'record'])
    expect(parsed.state.identity).toEqual({
      token: context.store.getState().identity?.token,
      maskedName: '**华',
      maskedIdNumber: '350***********1234',
      birthDate: '1990-03-07',
    })
    expect(parsed.state.bill).toEqual(expect.objectContaining({ recordId: 'R-LXH-1', amountFen: 40000, orderId: expect.any(String) }))
  })

  test('a paid bill is not kept: a restarted app starts again at enrolment', async () => {
    const first = setUp(['completed'])
    await readyToPay(first)
    await first.store.getState().pay()

    const restarted = restart(first)
    const state = restarted.getState()
    expect(state.identity?.maskedName).toBe('**华')
    expect(state.consentGiven).toBe(true)
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
    const parsed = JSON.parse(context.items.get(STORAGE_KEY) ?? '{}') as { state: Record<string, unknown> }
    expect(parsed.state.identity).toBeUndefined()
    expect(parsed.state.consentGiven).toBe(false)
  })

  test('an expired session forgets the identity but keeps the consent and restarts at step 1', async () => {
    const context = setUp()
    await readyToPay(context)
    context.store.getState().expireSession()
    const state = context.store.getState()
    expect(state.identity).toBeUndefined()
    expect(state.consentGiven).toBe(true)
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
