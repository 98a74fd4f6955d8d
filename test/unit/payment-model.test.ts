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

jest.setTimeout(300_000)

test(`${RUNS} random sequences: no false paid, no double charge, receipts, pending order first`, async () => {
  await fc.assert(modelProperty(), { numRuns: RUNS })
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
