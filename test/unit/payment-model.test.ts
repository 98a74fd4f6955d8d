/**
 * Model-based test of paying: thousands of random sequences of resident
 * actions and network faults (see test/support/payment-model.ts), asserting
 * never paid unless the ledger holds the payment, at most one charge per bill,
 * every payment ends with a receipt, and the pending order is queried first
 * after a relaunch. MODEL_RUNS overrides the count (CI runs 5,000).
 */
import fc from 'fast-check'
import { ModelWorld, modelProperty, runModelSequence } from '../support/payment-model'

const RUNS = Number(process.env.MODEL_RUNS ?? 5000)
// CI replays the same sequences on every run, so a red build is always reproducible; to explore
// new ones, run with MODEL_SEED=random (and a larger MODEL_RUNS) and pin what it finds as a test.
const SEED = process.env.MODEL_SEED === 'random' ? undefined : Number(process.env.MODEL_SEED ?? 20261123)

jest.setTimeout(300_000)

test(`${RUNS} random sequences: no false paid, no double charge, receipts, pending order first`, async () => {
  await fc.assert(modelProperty(), { numRuns: RUNS, seed: SEED })
})

test('the harness catches an app that shows paid without a payment in the ledger', async () => {
  const world = new ModelWorld()
  await world.start()
  world.store.setState({ payment: { phase: 'paid', orderId: 'OD-never-paid', receiptNo: 'FJ-none' } })
  expect(() => world.check()).toThrow('shown as paid but the ledger holds no payment')
})

test('a sequence that pays ends with the receipt', async () => {
  await expect(runModelSequence([{ kind: 'cashier', behaviour: 'killed-after-paying' }, { kind: 'tap-pay' }])).resolves.toBeUndefined()
})

test('found by the model: killed after paying while the bureau lags, the order is confirmed after relaunch, not offered again', async () => {
  await expect(
    runModelSequence([
      { kind: 'cashier', behaviour: 'killed-after-paying' },
      { kind: 'fault', operation: 'queryOrder', fault: { kind: 'notpay' } },
      { kind: 'tap-pay' },
      { kind: 'fault', operation: 'queryOrder', fault: { kind: 'notpay' } },
      { kind: 'cashier', behaviour: 'pays' },
    ]),
  ).resolves.toBeUndefined()
})

