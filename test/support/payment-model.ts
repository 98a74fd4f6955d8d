/**
 * A model of residents paying at the evening peak: random sequences of what a
 * resident and the network do (tap pay, double tap, cancel, kill and relaunch,
 * go back and choose again, 再次查询, faults on any operation), run against the
 * real store, runner and mock bureau. After every step the invariants are
 * checked against the bureau's ledger, the only record of money that moved.
 * Used by test/unit/payment-model.test.ts and by the bench.
 */
import fc from 'fast-check'
import { loadRules } from '../../src/root/load-rules'
import { createPaymentStore } from '../../src/features/payment/store/payment-store'
import { createMockGateway, type MockGateway } from '../../src/gateway/mock/mock-gateway'
import type { Fault } from '../../src/gateway/mock/fault-plan'
import { createBureauClient } from '../../src/services/bureau-client'
import { createPaymentService } from '../../src/services/payment-service'
import type { GatewayTransport, Operation, PaymentCallback, PaymentPort } from '../../src/services/ports'
import { memoryStorage } from './memory-storage'
import { seed } from './seed'
import { chooseAndAcknowledge, loadPayableRecord } from './verified-order'

/** What the WeChat cashier does with the next request. */
export type CashierBehaviour =
  | 'pays' // money moves, callback success
  | 'cancels' // no money, callback cancel
  | 'fails' // no money, callback fail
  | 'pays-callback-lost' // money moves, callback fail (the app was backgrounded)
  | 'pays-bureau-lags' // callback success, but the bureau's ledger learns of it only at the next step
  | 'killed-before-paying' // the app dies with the cashier open; nothing paid
  | 'killed-after-paying' // the resident pays, then the app dies before hearing back

export type ModelStep =
  | { kind: 'tap-pay' }
  | { kind: 'double-tap-pay' }
  | { kind: 'cashier'; behaviour: CashierBehaviour }
  | { kind: 'fault'; operation: Operation; fault: Fault }
  | { kind: 'relaunch' }
  | { kind: 'check-again' }
  | { kind: 'choose-again' }

const RESIDENT = seed('林晓华')

export class ModelWorld {
  readonly gateway: MockGateway
  readonly storage = memoryStorage()
  readonly calls: Array<{ operation: Operation; orderId?: unknown }> = []
  private behaviours: CashierBehaviour[] = []
  private lateSettlements: string[] = []
  store: ReturnType<typeof createPaymentStore>

  constructor() {
    this.gateway = createMockGateway({ latencyMs: 0, today: () => '2025-11-20', benefitYear: 2026 })
    this.store = this.newStore()
  }

  private cashier(): PaymentPort {
    return {
      requestPayment: (params) => {
        const behaviour = this.behaviours.shift() ?? 'pays'
        if (behaviour === 'pays' || behaviour === 'pays-callback-lost' || behaviour === 'killed-after-paying') {
          this.gateway.settlePayment(params.package)
        }
        if (behaviour === 'pays-bureau-lags') this.lateSettlements.push(params.package)
        if (behaviour.startsWith('killed')) return new Promise<PaymentCallback>(() => undefined)
        const callback: PaymentCallback =
          behaviour === 'pays' || behaviour === 'pays-bureau-lags' ? 'completed' : behaviour === 'cancels' ? 'cancelled' : 'failed'
        return Promise.resolve(callback)
      },
    }
  }

  private newStore() {
    const transport: GatewayTransport = {
      send: (operation, body) => {
        this.calls.push({ operation, orderId: body.orderId })
        return this.gateway.send(operation, body)
      },
    }
    const service = createPaymentService({
      client: createBureauClient(transport),
      payment: this.cashier(),
      face: { verify: () => Promise.resolve({ ok: true, ticket: 'face' }) },
      clock: { today: () => '2025-11-20', sleep: () => Promise.resolve() },
      loadRules: () => loadRules(() => '2025-11-20'),
      busyResendDelayMs: 0,
    })
    return createPaymentStore(service, this.storage)
  }

  async start(): Promise<void> {
    const state = this.store.getState()
    state.giveConsent(true)
    const verified = await state.verify(RESIDENT.name, RESIDENT.idNumber)
    if (!verified.ok) throw new Error('model: verification failed')
    await this.chooseAgain()
  }

  /** Back to step 2 and forward again to the amount, as a resident who went back would. */
  async chooseAgain(): Promise<void> {
    const state = this.store.getState()
    state.startForSelf()
    const record = await loadPayableRecord(this.store)
    if (record) chooseAndAcknowledge(this.store, record)
  }

  /** Lets a payment that will never finish (a killed app) get as far as it can. */
  private async settleMicrotasks() {
    for (let turn = 0; turn < 200; turn += 1) await Promise.resolve()
  }

  async apply(step: ModelStep): Promise<void> {
    this.lateSettlements.splice(0).forEach((prepay) => this.gateway.settlePayment(prepay))
    switch (step.kind) {
      case 'tap-pay':
        await this.raceKill(this.store.getState().pay())
        return
      case 'double-tap-pay':
        await this.raceKill(Promise.all([this.store.getState().pay(), this.store.getState().pay()]))
        return
      case 'cashier':
        this.behaviours.push(step.behaviour)
        return
      case 'fault':
        this.gateway.injectFault(step.operation, step.fault)
        return
      case 'relaunch':
        await this.relaunch()
        return
      case 'check-again':
        await this.store.getState().checkAgain()
        return
      case 'choose-again':
        await this.chooseAgain()
    }
  }

  /** A payment left hanging in a killed cashier never resolves: the app is relaunched instead. */
  private async raceKill(payment: Promise<unknown>): Promise<void> {
    const done = await Promise.race([payment.then(() => true), this.settleMicrotasks().then(() => false)])
    if (!done) await this.relaunch()
  }

  async relaunch(): Promise<void> {
    const pendingOrderId = this.store.getState().bill?.orderId
    const firstCall = this.calls.length
    this.store = this.newStore()
    await this.store.getState().resumePayment()
    if (pendingOrderId) {
      const first = this.calls[firstCall]
      if (first?.operation !== 'queryOrder' || first.orderId !== pendingOrderId) {
        throw new Error(`after relaunch the pending order ${pendingOrderId} was not queried first: ${JSON.stringify(first)}`)
      }
    }
  }

  /** Invariants that hold after every step. */
  check(): void {
    const paid = this.gateway.paidOrders()
    const byRecord = new Map<string, number>()
    for (const order of paid) byRecord.set(order.recordId, (byRecord.get(order.recordId) ?? 0) + 1)
    for (const [recordId, count] of byRecord) {
      if (count > 1) throw new Error(`bill ${recordId} charged ${count} times`)
    }
    const payment = this.store.getState().payment
    if (payment.phase === 'paid' && !paid.some((order) => order.orderId === payment.orderId)) {
      throw new Error(`shown as paid but the ledger holds no payment for ${payment.orderId}`)
    }
  }

  /** At the end, with the network healthy again: money that moved ends with a receipt on screen. */
  async finish(): Promise<void> {
    this.lateSettlements.splice(0).forEach((prepay) => this.gateway.settlePayment(prepay))
    await this.relaunch()
    for (let attempt = 0; attempt < 3 && this.store.getState().payment.phase === 'unknown'; attempt += 1) {
      await this.store.getState().checkAgain()
    }
    this.check()
    const paid = this.gateway.paidOrders()
    const payment = this.store.getState().payment
    if (paid.length > 0 && payment.phase !== 'paid' && !this.paidBefore(paid[0]?.orderId)) {
      throw new Error(`the ledger holds ${paid[0]?.orderId} but the app ends ${payment.phase}`)
    }
    if (payment.phase === 'paid') {
      const receipt = await createBureauClient(this.gateway).getReceipt(this.store.getState().identity?.token ?? '', payment.receiptNo)
      if (!receipt.ok) throw new Error(`no receipt for ${payment.receiptNo}`)
    }
  }

  /** The app showed this order as paid at some point (then moved on, e.g. chose again). */
  private shownPaid = new Set<string>()
  notePaid(): void {
    const payment = this.store.getState().payment
    if (payment.phase === 'paid') this.shownPaid.add(payment.orderId)
  }
  private paidBefore(orderId: string | undefined): boolean {
    return orderId !== undefined && this.shownPaid.has(orderId)
  }
}

const OPERATIONS_WITH_FAULTS: Operation[] = ['getEnrolment', 'createOrder', 'queryOrder']

const faults: fc.Arbitrary<Fault> = fc.oneof(
  fc.constant<Fault>({ kind: 'timeout' }),
  fc.constant<Fault>({ kind: 'lost' }),
  fc.constant<Fault>({ kind: 'http', status: 503 }),
  fc.constant<Fault>({ kind: 'malformed' }),
  fc.constant<Fault>({ kind: 'notpay' }),
  fc.constant<Fault>({ kind: 'closed' }),
  fc.constant<Fault>({ kind: 'business', code: 'SYSTEM_BUSY' }),
  fc.constant<Fault>({ kind: 'business', code: 'TRADE_LOCKED' }),
)

export const modelSteps: fc.Arbitrary<ModelStep[]> = fc.array(
  fc.oneof(
    { weight: 4, arbitrary: fc.constant<ModelStep>({ kind: 'tap-pay' }) },
    { weight: 2, arbitrary: fc.constant<ModelStep>({ kind: 'double-tap-pay' }) },
    {
      weight: 4,
      arbitrary: fc
        .constantFrom<CashierBehaviour>(
          'pays',
          'cancels',
          'fails',
          'pays-callback-lost',
          'pays-bureau-lags',
          'killed-before-paying',
          'killed-after-paying',
        )
        .map((behaviour): ModelStep => ({ kind: 'cashier', behaviour })),
    },
    {
      weight: 3,
      arbitrary: fc
        .record({ operation: fc.constantFrom(...OPERATIONS_WITH_FAULTS), fault: faults })
        .map(({ operation, fault }): ModelStep => ({ kind: 'fault', operation, fault })),
    },
    { weight: 2, arbitrary: fc.constant<ModelStep>({ kind: 'relaunch' }) },
    { weight: 1, arbitrary: fc.constant<ModelStep>({ kind: 'check-again' }) },
    { weight: 1, arbitrary: fc.constant<ModelStep>({ kind: 'choose-again' }) },
  ),
  { minLength: 1, maxLength: 14 },
)

/** One sequence: start at the amount step, apply every step, check after each, finish. */
export async function runModelSequence(steps: ModelStep[]): Promise<void> {
  const world = new ModelWorld()
  await world.start()
  for (const step of steps) {
    await world.apply(step)
    world.check()
    world.notePaid()
  }
  await world.finish()
}

export function modelProperty() {
  return fc.asyncProperty(modelSteps, runModelSequence)
}
