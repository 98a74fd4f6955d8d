/**
 * Issue "What a new user hits", the payment screens, at the store and machine:
 * a relaunch with the cashier left open, a cancelled cashier, a record locked
 * by another session's open order, nightly maintenance, and a relaunch that
 * left the pay page with nothing in flight.
 */
import { createPaymentStore } from '../../src/features/payment/store/payment-store'
import { createPaymentService } from '../../src/services/payment-service'
import { createBureauClient } from '../../src/services/bureau-client'
import { createMockGateway, type MockGateway } from '../../src/gateway/mock/mock-gateway'
import { loadRules } from '../../src/root/load-rules'
import {
  canContinueOrder,
  transitionPayment,
  type PaymentMachineState,
} from '../../src/domain/payment-machine'
import { maintenanceEndsAt } from '../../src/domain/maintenance-window'
import type { GatewayTransport, Operation, PaymentCallback, PaymentPort } from '../../src/services/ports'
import { memoryStorage, type MemoryStorage } from '../support/memory-storage'
import { seed } from '../support/seed'
import { chooseAndAcknowledge, loadPayableRecord } from '../support/verified-order'
import { simulatedFace } from '../support/simulated-face'

/** A phone: a store over its own storage, all phones on one mock bureau. The cashier answers each request with the next callback; 'never' is an app killed with the cashier open. */
function phone(
  gateway: MockGateway,
  callbacks: Array<PaymentCallback | 'never'>,
  options: { storage?: MemoryStorage; now?: () => number } = {},
) {
  const storage = options.storage ?? memoryStorage()
  const calls: Operation[] = []
  const cashierRequests: string[] = []
  const transport: GatewayTransport = {
    send(operation, body) {
      calls.push(operation)
      return gateway.send(operation, body)
    },
  }
  const cashier: PaymentPort = {
    async requestPayment(params) {
      cashierRequests.push(params.package)
      await Promise.resolve()
      const callback = callbacks.shift() ?? 'failed'
      if (callback === 'never') return new Promise<PaymentCallback>(() => undefined)
      if (callback === 'completed') await gateway.settlePayment(params.package)
      return callback
    },
  }
  const service = createPaymentService({
    client: createBureauClient(transport),
    payment: cashier,
    face: simulatedFace(gateway),
    clock: {
      today: () => '2025-11-20',
      sleep: () => Promise.resolve(),
      ...(options.now && { now: options.now }),
    },
    loadRules: () => loadRules(() => '2025-11-20'),
  })
  const store = createPaymentStore(service, storage)
  return {
    store,
    storage,
    calls,
    cashierRequests,
    createOrders: () => calls.filter((call) => call === 'createOrder').length,
  }
}

async function readyToPay(store: ReturnType<typeof phone>['store'], name = '林晓华') {
  store.getState().giveConsent(true)
  expect(await store.getState().verify(name, seed(name).idNumber)).toEqual({ ok: true })
  const record = await loadPayableRecord(store)
  if (!record) throw new Error('no payable record')
  expect(chooseAndAcknowledge(store, record)).toBe(true)
}

/** Lets a payment that never finishes (a cashier left open) get as far as it can. */
async function settle() {
  for (let turn = 0; turn < 200; turn += 1) await Promise.resolve()
}

const newBureau = () => createMockGateway({ latencyMs: 0, today: () => '2025-11-20', benefitYear: 2026 })

describe('a relaunch with the cashier left open (defect 2)', () => {
  test('NOTPAY after a relaunch that left the cashier open offers 继续支付 for the same order; it opens that order again, no second order', async () => {
    const gateway = newBureau()
    const first = phone(gateway, ['never'])
    await readyToPay(first.store)
    void first.store.getState().pay()
    await settle()
    expect(first.store.getState().payment.phase).toBe('awaiting-payment')
    const orderId = first.store.getState().bill?.orderId
    expect(first.store.getState().bill?.moneyMayHaveMoved).toBe(true)

    // The app is killed and reopened: a new store over the same storage.
    const relaunched = phone(gateway, ['completed'], { storage: first.storage })
    await relaunched.store.getState().resumePayment()
    const resting = relaunched.store.getState().payment
    expect(canContinueOrder(resting)).toBe(true)
    expect(resting).toEqual(expect.objectContaining({ orderId }))
    expect(relaunched.createOrders()).toBe(0)

    await relaunched.store.getState().continuePayment()
    expect(relaunched.cashierRequests).toEqual([`prepay_id=${orderId}`])
    expect(relaunched.store.getState().payment).toEqual(expect.objectContaining({ phase: 'paid', orderId }))
    expect(relaunched.createOrders()).toBe(0)
    expect(gateway.paidOrders()).toEqual([expect.objectContaining({ orderId })])
  })

  test('a bureau that lags after a relaunch still ends paid without a tap (the poll goes on)', async () => {
    const gateway = newBureau()
    const first = phone(gateway, ['never'])
    await readyToPay(first.store)
    void first.store.getState().pay()
    await settle()
    const orderId = first.store.getState().bill?.orderId ?? ''
    // Paid in WeChat, but the bureau answers NOTPAY once more before it knows.
    await gateway.settlePayment(`prepay_id=${orderId}`)
    gateway.injectFault('queryOrder', { kind: 'notpay' })
    const relaunched = phone(gateway, [], { storage: first.storage })
    await relaunched.store.getState().resumePayment()
    expect(relaunched.store.getState().payment).toEqual(expect.objectContaining({ phase: 'paid', orderId }))
  })

  test('continuing is refused where the bureau has not said NOTPAY (while it confirms after the cashier)', () => {
    const confirming: PaymentMachineState = {
      phase: 'confirming',
      orderId: 'OD1',
      origin: 'cashier',
      queries: 2,
    }
    expect(canContinueOrder(confirming)).toBe(false)
    expect(transitionPayment(confirming, { type: 'CONTINUE_PAYMENT' })).toBe(confirming)
    const afterNotPay = transitionPayment(
      transitionPayment({ phase: 'idle' }, { type: 'RESUME', orderId: 'OD1', moneyMayHaveMoved: true }),
      { type: 'QUERY_ANSWERED', status: 'NOTPAY' },
    )
    expect(afterNotPay.phase).toBe('confirming')
    expect(canContinueOrder(afterNotPay)).toBe(true)
    expect(transitionPayment(afterNotPay, { type: 'CONTINUE_PAYMENT' })).toEqual({
      phase: 'awaiting-payment',
      orderId: 'OD1',
    })
  })

  test('再次查询 after 确认中 ran out asks as an order whose cashier was left: NOTPAY offers 继续支付', () => {
    const again = transitionPayment({ phase: 'unknown', orderId: 'OD1' }, { type: 'CHECK_AGAIN' })
    expect(transitionPayment(again, { type: 'QUERY_ANSWERED', status: 'NOTPAY' })).toEqual(
      expect.objectContaining({ phase: 'confirming', orderId: 'OD1', notPaid: true }),
    )
  })
})

describe('a cancelled cashier (defect 4)', () => {
  test('step 4 is told the payment was cancelled; the next payment clears it', async () => {
    const gateway = newBureau()
    const app = phone(gateway, ['cancelled', 'completed'])
    await readyToPay(app.store)
    await app.store.getState().pay()
    expect(app.store.getState().flow.reached).toBe('amount')
    expect(app.store.getState().cashierCancelled).toBe(true)
    await app.store.getState().pay()
    expect(app.store.getState().cashierCancelled).toBe(false)
    expect(app.store.getState().payment.phase).toBe('paid')
  })
})

describe('a record locked by another open order (defect 3)', () => {
  test('TRADE_LOCKED names the open order; 查询该订单 answers NOTPAY, then its receipt once paid', async () => {
    const gateway = newBureau()
    // Another phone (or a relative's link) opened an order for 林晓华's bill and left its cashier.
    const other = phone(gateway, ['cancelled', 'completed'])
    await readyToPay(other.store)
    await other.store.getState().pay()
    const openOrder = other.store.getState().bill?.orderId

    const mine = phone(gateway, [])
    await readyToPay(mine.store)
    await mine.store.getState().pay()
    expect(mine.store.getState().paymentError).toEqual(
      expect.objectContaining({ code: 'TRADE_LOCKED', orderId: openOrder }),
    )

    await mine.store.getState().checkLockedOrder()
    expect(mine.store.getState().lockedOrder).toEqual({
      status: 'ready',
      data: expect.objectContaining({ orderId: openOrder, status: 'NOTPAY' }),
    })

    await other.store.getState().pay()
    await mine.store.getState().checkLockedOrder()
    expect(mine.store.getState().lockedOrder).toEqual({
      status: 'ready',
      data: expect.objectContaining({ status: 'SUCCESS', receiptNo: expect.stringMatching(/^FJ2026/) }),
    })
    expect(mine.cashierRequests).toEqual([])
  })

  test('closed by the bureau: paying again makes this phone’s order', async () => {
    const gateway = newBureau()
    const other = phone(gateway, ['cancelled'])
    await readyToPay(other.store)
    await other.store.getState().pay()
    const mine = phone(gateway, ['completed'])
    await readyToPay(mine.store)
    await mine.store.getState().pay()
    gateway.injectFault('queryOrder', { kind: 'closed' })
    await mine.store.getState().checkLockedOrder()
    expect(mine.store.getState().lockedOrder).toEqual({
      status: 'ready',
      data: expect.objectContaining({ status: 'CLOSED' }),
    })
    await mine.store.getState().pay()
    expect(mine.store.getState().payment.phase).toBe('paid')
    expect(mine.store.getState().lockedOrder).toEqual({ status: 'idle' })
  })
})

describe('系统维护中 (defect 5)', () => {
  // 2025-11-20 21:40 in China (UTC+8).
  const EVENING = Date.UTC(2025, 10, 20, 13, 40)

  test('the end of maintenance is the next HH:mm in China time; a time just past counts as over', () => {
    expect(maintenanceEndsAt('00:05', EVENING)).toBe(Date.UTC(2025, 10, 20, 16, 5))
    expect(maintenanceEndsAt('22:00', EVENING)).toBe(Date.UTC(2025, 10, 20, 14, 0))
    expect(maintenanceEndsAt('21:30', EVENING)).toBeUndefined()
    expect(maintenanceEndsAt('25:99', EVENING)).toBeUndefined()
  })

  test('MAINTENANCE until 00:05: retryAt is then, and a tap before then sends nothing', async () => {
    let now = EVENING
    const gateway = newBureau()
    const app = phone(gateway, ['completed'], { now: () => now })
    await readyToPay(app.store)
    gateway.injectFault('createOrder', { kind: 'business', code: 'MAINTENANCE' })
    await app.store.getState().pay()
    expect(app.store.getState().paymentError).toEqual(
      expect.objectContaining({ code: 'MAINTENANCE', until: '00:05' }),
    )
    expect(app.store.getState().retryAt).toBe(Date.UTC(2025, 10, 20, 16, 5))
    expect(app.store.getState().maintenanceUntil).toBe('00:05')

    await app.store.getState().pay()
    expect(app.createOrders()).toBe(1)
    // An app show does not forget it.
    await app.store.getState().resumePayment()
    expect(app.store.getState().retryAt).toBe(Date.UTC(2025, 10, 20, 16, 5))

    now = Date.UTC(2025, 10, 20, 16, 6)
    await app.store.getState().pay()
    expect(app.store.getState().payment.phase).toBe('paid')
    expect(app.store.getState().maintenanceUntil).toBeUndefined()
  })
})

describe('a relaunch that left the pay page with nothing in flight', () => {
  test('an order refused before a relaunch: the app show returns the flow to step 4 (not 正在创建缴费订单 for ever)', async () => {
    const gateway = newBureau()
    const first = phone(gateway, [])
    await readyToPay(first.store)
    gateway.injectFault('createOrder', { kind: 'lost' })
    await first.store.getState().pay()
    expect(first.store.getState().flow.reached).toBe('pay')

    const relaunched = phone(gateway, ['completed'], { storage: first.storage })
    expect(relaunched.store.getState().payment.phase).toBe('idle')
    await relaunched.store.getState().resumePayment()
    expect(relaunched.store.getState().flow.reached).toBe('amount')
    expect(relaunched.store.getState().acknowledged).toBe(true)
    // The same key finds the order the lost answer made: one order, paid.
    await relaunched.store.getState().pay()
    expect(relaunched.store.getState().payment.phase).toBe('paid')
    expect(gateway.paidOrders()).toHaveLength(1)
  })
})
