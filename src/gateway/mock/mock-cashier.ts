/**
 * The simulated WeChat cashier used with the mock gateway (H5 and the weapp
 * demo): `requestPayment` opens a sheet with 支付 / 取消 and waits for the
 * resident. Paying settles the order in the mock ledger, as WeChat Pay would
 * notify the bureau; `fail` (支付失败) marks it PAYERROR there. The app still
 * learns the outcome only by querying.
 */
import { fen, type Fen } from '../../domain/money'
import type { PayParams, PaymentCallback, SimulatedCashier } from '../../services/ports'
import type { MockGateway } from './mock-gateway'

/** The part of the mock bureau the cashier needs, possibly still loading. */
export type CashierBureau = () => Promise<Pick<MockGateway, 'settlePayment' | 'failPayment' | 'amountFor'>>

export interface CashierRequest {
  amountFen: Fen
  params: PayParams
}

export type MockCashier = SimulatedCashier

export function createMockCashier(bureau: CashierBureau): MockCashier {
  let request: CashierRequest | undefined
  let settle: ((callback: PaymentCallback) => void) | undefined
  const listeners = new Set<() => void>()
  const notify = () => listeners.forEach((listener) => listener())

  const close = (callback: PaymentCallback) => {
    const resolve = settle
    request = undefined
    settle = undefined
    notify()
    resolve?.(callback)
  }

  return {
    async requestPayment(params) {
      // A second sheet replaces nothing: WeChat refuses a second cashier while one is open.
      if (settle) return 'failed'
      const opening = new Promise<PaymentCallback>((resolve) => {
        settle = resolve
      })
      request = { params, amountFen: fen((await bureau()).amountFor(params.package) ?? 0) }
      notify()
      return opening
    },
    current: () => request,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    pay() {
      const paying = request
      if (!paying) return
      // The money moves before the sheet closes, so the order query that follows can see it.
      void bureau()
        .then((gateway) => gateway.settlePayment(paying.params.package))
        .then(() => close('completed'))
    },
    fail() {
      const failing = request
      if (!failing) return
      // WeChat Pay tells the bureau the payment failed (PAYERROR) before the sheet reports it.
      void bureau()
        .then((gateway) => gateway.failPayment(failing.params.package))
        .then(() => close('failed'))
    },
    cancel() {
      if (request) close('cancelled')
    },
  }
}
