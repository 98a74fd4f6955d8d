/**
 * Model-based test of paying on two phones over one bureau ledger: thousands
 * of random sequences of taps, cashier outcomes, kills, cleared storage,
 * shared phones, 请家人代缴 links and network faults on a fake clock (see
 * test/support/payment-model.ts), asserting no double charge, no paid screen
 * without the ledger's SUCCESS for that order and amount, no paid screen for
 * the wrong person, a receipt for every payment on the phone that made it, and
 * the order in flight queried first after a relaunch.
 * MODEL_RUNS overrides the count (CI runs 10,000), MODEL_SEED the seed
 * (`random` to explore), MODEL_TIMEOUT_MS the jest timeout.
 */
import fc from 'fast-check'
import { createBureauClient } from '../../src/services/bureau-client'
import { ModelWorld, modelProperty, PEOPLE, runModelSequence, type ModelStep } from '../support/payment-model'

const RUNS = Number(process.env.MODEL_RUNS ?? 10_000)
// CI replays the same sequences on every run, so a red build is always reproducible; to explore
// new ones, run with MODEL_SEED=random (and a larger MODEL_RUNS) and pin what it finds as a test.
const SEED = process.env.MODEL_SEED === 'random' ? undefined : Number(process.env.MODEL_SEED ?? 20261123)

jest.setTimeout(Number(process.env.MODEL_TIMEOUT_MS ?? 300_000))

test(`${RUNS} random two-phone sequences: no double charge, no false or wrong-person paid, receipts, pending order first`, async () => {
  await fc.assert(modelProperty(), { numRuns: RUNS, seed: SEED })
})

describe('the harness catches', () => {
  /** Phone 0 (A) has paid; phone 1 is used by B at the amount step. */
  async function afterAPaid(): Promise<ModelWorld> {
    const world = new ModelWorld()
    await world.start()
    for (const step of [
      { kind: 'switch-person', phone: 1, person: 'B' },
      { kind: 'cashier', phone: 0, behaviour: 'pays' },
      { kind: 'tap-pay', phone: 0 },
    ] satisfies ModelStep[]) {
      await world.apply(step)
    }
    world.check()
    expect(world.phones[0].store.getState().payment.phase).toBe('paid')
    return world
  }

  test('an app that shows paid without a payment in the ledger', async () => {
    const world = new ModelWorld()
    await world.start()
    world.phones[0].store.setState({
      payment: { phase: 'paid', orderId: 'OD-never-paid', receiptNo: 'FJ-none' },
    })
    expect(() => world.check()).toThrow('false-paid')
  })

  test('a double charge in the ledger', async () => {
    const world = await afterAPaid()
    const [paid] = world.paidOrders()
    if (!paid) throw new Error('no payment')
    world.paidOrders = () => [paid, { ...paid, orderId: 'OD-second-charge', receiptNo: 'FJ-second' }]
    expect(() => world.check()).toThrow('double-charge')
  })

  test("a phone used by B that shows A's 缴费成功", async () => {
    const world = await afterAPaid()
    const paidOnA = world.phones[0].store.getState().payment
    world.phones[1].store.setState({ payment: paidOnA })
    expect(() => world.check()).toThrow('wrong-person')
  })

  test("a phone used by B whose flow is at the receipt on A's payment", async () => {
    const world = await afterAPaid()
    world.phones[1].store.setState({ flow: { reached: 'receipt' } })
    expect(() => world.check()).toThrow('wrong-person')
  })

  test('a paid screen seen only between two steps (checked when the store settles, not only after the step)', async () => {
    const world = new ModelWorld()
    await world.start()
    const { payment } = world.phones[0].store.getState()
    world.phones[0].store.setState({
      payment: { phase: 'paid', orderId: 'OD-never-paid', receiptNo: 'FJ-none' },
    })
    await Promise.resolve()
    world.phones[0].store.setState({ payment })
    expect(() => world.check()).toThrow('false-paid')
  })

  test('a payment the phone that made it never shows', async () => {
    const world = new ModelWorld()
    await world.start()
    // The bureau is paid for an order phone 0's session made, behind the app's back.
    const state = world.phones[0].store.getState()
    const { identity, record, quote } = state
    if (!identity || !record || !quote) throw new Error('not at the amount step')
    const client = createBureauClient(world.gateway)
    const order = await client.createOrder({
      token: identity.token,
      recordId: record.recordId,
      benefitYear: quote.benefitYear,
      category: record.category,
      amountFen: quote.payableFen,
      backYears: 0,
      idempotencyKey: 'behind-the-back',
    })
    if (!order.ok) throw new Error(JSON.stringify(order.error))
    await world.gateway.settlePayment(`prepay_id=${order.value.orderId}`)
    await expect(world.finish()).rejects.toThrow('no-receipt')
  })
})

test('a sequence that pays ends with the receipt', async () => {
  await expect(
    runModelSequence([
      { kind: 'cashier', phone: 0, behaviour: 'killed-after-paying' },
      { kind: 'tap-pay', phone: 0 },
    ]),
  ).resolves.toBeUndefined()
})

test('found by the model: killed after paying while the bureau lags, the order is confirmed after relaunch, not offered again', async () => {
  await expect(
    runModelSequence([
      { kind: 'cashier', phone: 0, behaviour: 'killed-after-paying' },
      { kind: 'fault', phone: 0, operation: 'queryOrder', fault: { kind: 'notpay' } },
      { kind: 'tap-pay', phone: 0 },
      { kind: 'fault', phone: 0, operation: 'queryOrder', fault: { kind: 'notpay' } },
      { kind: 'cashier', phone: 0, behaviour: 'pays' },
    ]),
  ).resolves.toBeUndefined()
})

test('A on two phones: both tap at once, one order, one charge, one receipt', async () => {
  await expect(
    runModelSequence([
      { kind: 'switch-person', phone: 1, person: 'A' },
      { kind: 'cashier', phone: 0, behaviour: 'pays' },
      { kind: 'cashier', phone: 1, behaviour: 'pays' },
      { kind: 'both-phones-tap' },
    ]),
  ).resolves.toBeUndefined()
})

test("a relative pays through A's link on the other phone; A's own phone never shows a second charge", async () => {
  await expect(
    runModelSequence([
      { kind: 'switch-person', phone: 1, person: 'B' },
      { kind: 'share', from: 0 },
      { kind: 'cashier', phone: 1, behaviour: 'pays' },
      { kind: 'tap-pay', phone: 1 },
      { kind: 'cashier', phone: 0, behaviour: 'pays' },
      { kind: 'tap-pay', phone: 0 },
    ]),
  ).resolves.toBeUndefined()
})

describe('two phones, one bureau', () => {
  async function run(steps: ModelStep[]): Promise<ModelWorld> {
    const world = new ModelWorld()
    await world.start()
    for (const step of steps) {
      await world.apply(step)
      world.check()
    }
    return world
  }

  test("a shared phone: A pays, signs out, B pays on the same phone; B's screen shows B's payment only", async () => {
    const world = await run([
      { kind: 'cashier', phone: 0, behaviour: 'pays' },
      { kind: 'tap-pay', phone: 0 },
      { kind: 'switch-person', phone: 0, person: 'B' },
      { kind: 'cashier', phone: 0, behaviour: 'pays' },
      { kind: 'tap-pay', phone: 0 },
    ])
    const paid = world.paidOrders()
    expect(paid.map((order) => order.recordId).sort()).toEqual(['R-CYZ-1', 'R-LXH-1'])
    const { payment } = world.phones[0].store.getState()
    expect(
      payment.phase === 'paid' && paid.find((order) => order.orderId === payment.orderId)?.recordId,
    ).toBe('R-CYZ-1')
    await world.finish()
  })

  test("switching to B while A's payment is still being confirmed: A's order is confirmed as the previous payer's, never as B's 缴费成功", async () => {
    const world = await run([
      { kind: 'cashier', phone: 0, behaviour: 'pays-bureau-lags' },
      { kind: 'tap-pay', phone: 0 },
      { kind: 'switch-person', phone: 0, person: 'B' },
      { kind: 'wait', ms: 10_000 },
      { kind: 'app-show', phone: 0 },
    ])
    const state = world.phones[0].store.getState()
    expect(state.payment.phase).not.toBe('paid')
    expect(state.otherPayers).toEqual([
      expect.objectContaining({ maskedName: '**华', payment: expect.objectContaining({ phase: 'paid' }) }),
    ])
    await world.finish()
  })

  test("the resident revokes the link while the relative's cashier is open: the relative's payment settles nothing and is never shown paid", async () => {
    const world = await run([
      { kind: 'switch-person', phone: 1, person: 'B' },
      { kind: 'share', from: 0 },
      { kind: 'tap-pay', phone: 1 },
      { kind: 'revoke-share' },
      { kind: 'cashier', phone: 1, behaviour: 'pays' },
    ])
    expect(world.paidOrders()).toEqual([])
    expect(world.phones[1].store.getState().payment.phase).toBe('failed')
    await world.finish()
  })

  test("a link opened and left 8 days: the relative's tap makes no order, A still pays on their own phone", async () => {
    const world = await run([
      { kind: 'switch-person', phone: 1, person: 'B' },
      { kind: 'share', from: 0 },
      { kind: 'wait', ms: 8 * 24 * 3600_000 },
      { kind: 'cashier', phone: 1, behaviour: 'pays' },
      { kind: 'tap-pay', phone: 1 },
    ])
    expect(world.clock.today()).toBe('2025-11-28')
    expect(world.paidOrders()).toEqual([])
    expect(world.phones[1].store.getState().paymentError).toEqual(
      expect.objectContaining({ code: 'SHARE_EXPIRED' }),
    )
    await world.apply({ kind: 'cashier', phone: 0, behaviour: 'pays' })
    await world.apply({ kind: 'tap-pay', phone: 0 })
    world.check()
    expect(world.paidOrders()).toHaveLength(1)
    await world.finish()
  })

  test('storage cleared with the cashier open, then killed after paying: verified again, step 2 shows the receipt', async () => {
    const world = await run([
      { kind: 'tap-pay', phone: 0 },
      { kind: 'clear-storage', phone: 0 },
      { kind: 'cashier', phone: 0, behaviour: 'killed-after-paying' },
    ])
    const [paid] = world.paidOrders()
    expect(paid).toBeDefined()
    expect(world.phones[0].store.getState().identity).toBeUndefined()
    expect(world.phones[0].forgotten.has(paid?.orderId ?? '')).toBe(true)
    await world.finish()
  })

  test('a busy bureau: the back-off runs on the fake clock; a tap before it ends sends nothing, one after it pays', async () => {
    const world = await run([
      { kind: 'fault', phone: 0, operation: 'createOrder', fault: { kind: 'business', code: 'SYSTEM_BUSY' } },
      { kind: 'fault', phone: 0, operation: 'createOrder', fault: { kind: 'business', code: 'SYSTEM_BUSY' } },
      { kind: 'tap-pay', phone: 0 },
      // The one automatic re-send waits 0.5–1 s.
      { kind: 'wait', ms: 1_000 },
    ])
    const busyUntil = world.phones[0].store.getState().retryAt ?? 0
    expect(busyUntil - world.clock.now).toBeGreaterThanOrEqual(1_000)
    const sent: string[] = []
    const send = world.gateway.send
    world.gateway.send = (operation, body) => {
      sent.push(operation)
      return send(operation, body)
    }
    await world.apply({ kind: 'tap-pay', phone: 0 })
    expect(sent).toEqual([])
    expect(world.phones[0].store.getState().payment.phase).toBe('failed')
    await world.apply({ kind: 'wait', ms: busyUntil - world.clock.now })
    await world.apply({ kind: 'cashier', phone: 0, behaviour: 'pays' })
    await world.apply({ kind: 'tap-pay', phone: 0 })
    world.check()
    expect(world.phones[0].store.getState().payment.phase).toBe('paid')
    await world.finish()
  })
})

describe('found by the two-phone model', () => {
  test("B verifies on a shared phone while A's payment is confirming over a slow network: A's 缴费成功 does not become B's flow", async () => {
    // A pays on phone 1; the phone, on the verify page (reached with Back), is handed to B, who
    // verifies. A's confirmation arrives first (the flow reaches the receipt), then B's session.
    // The store kept the paid flow for B, so B was taken to step 6 and every step landed on the receipt.
    await expect(
      runModelSequence([
        { kind: 'switch-person', phone: 1, person: 'A' },
        { kind: 'tap-pay', phone: 1 },
        { kind: 'network', phone: 1, latencyMs: 400 },
        { kind: 'cashier', phone: 1, behaviour: 'pays' },
        { kind: 'verify-here', phone: 1, person: 'B' },
        { kind: 'wait', ms: 1000 },
      ]),
    ).resolves.toBeUndefined()
  })

  test('the smallest case: verify() after a paid flow starts the next person at step 2, not at the receipt', async () => {
    const world = new ModelWorld()
    await world.start()
    await world.apply({ kind: 'cashier', phone: 0, behaviour: 'pays' })
    await world.apply({ kind: 'tap-pay', phone: 0 })
    const phone = world.phones[0].store
    expect(phone.getState().flow.reached).toBe('receipt')
    const verified = await phone.getState().verify(PEOPLE.B.name, PEOPLE.B.idNumber)
    expect(verified.ok).toBe(true)
    expect(phone.getState().flow.reached).toBe('enrolment')
    expect(phone.getState().payment.phase).toBe('idle')
    expect(() => world.check()).not.toThrow()
  })
})
