/**
 * The payment feature's one store: the flow machine's state, what each step
 * has learned, and the actions pages call. Only the identity token and its
 * masked display survive a restart (see `partialize`).
 */
import { createStore } from 'zustand/vanilla'
import { createJSONStorage, persist, type StateStorage } from 'zustand/middleware'
import { INITIAL_FLOW, transition, type FlowEvent, type FlowState } from '../../../domain/payment-flow'
import type { Quote } from '../../../domain/quote'
import type { GatewayError } from '../../../services/gateway-errors'
import {
  newIdempotencyKey,
  type EnrolmentOutcome,
  type EnrolmentRecord,
  type Identity,
  type Order,
  type PaymentService,
  type QuoteProblem,
  type VerifyError,
} from '../../../services/payment-service'
import type { ReceiptResponseWire, RecordsWire, ShareTokenWire } from '../../../gateway/wire-schemas'

export type Loadable<T, E = GatewayError> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; data: T }
  | { status: 'error'; error: E }

export type PaymentPhase =
  | { phase: 'idle' }
  | { phase: 'creating' }
  | { phase: 'awaiting-payment' }
  | { phase: 'confirming' }
  | { phase: 'paid'; receiptNo: string }
  | { phase: 'failed'; reason: 'closed' | 'payment-error' | 'gateway'; error?: GatewayError }
  | { phase: 'unknown' }

export interface PaymentState {
  flow: FlowState
  consentGiven: boolean
  identity?: Identity
  verifying: boolean
  enrolment: Loadable<EnrolmentOutcome>
  record?: EnrolmentRecord
  quote?: Quote
  quoteProblem?: QuoteProblem
  acknowledged: boolean
  order?: Order & { idempotencyKey: string }
  payment: PaymentPhase
  receipt: Loadable<ReceiptResponseWire>
  records: Loadable<RecordsWire['records']>
  /** 请家人代缴: the share token for this resident's card. */
  familyShare: Loadable<ShareTokenWire>
}

export interface PaymentActions {
  send(event: FlowEvent): void
  giveConsent(accepted: boolean): void
  verify(name: string, idNumber: string): Promise<{ ok: true } | { ok: false; error: VerifyError }>
  /** Keeps the verified identity: a returning resident starts at step 2. */
  startForSelf(): void
  loadEnrolment(): Promise<void>
  /** Quotes the chosen record; false when it cannot be paid (the reason is in quoteProblem). */
  chooseRecord(record: EnrolmentRecord): boolean
  confirmPlan(): void
  setAcknowledged(value: boolean): void
  pay(): Promise<void>
  checkAgain(): Promise<void>
  loadReceipt(receiptNo: string): Promise<void>
  loadRecords(): Promise<void>
  /** 请家人代缴: asks the bureau for a share token standing for the verified resident. */
  createFamilyShare(): Promise<void>
  /** A relative opened a share card: a session for that resident, starting at step 2. */
  openFamilyShare(shareToken: string): Promise<{ ok: true } | { ok: false; error: GatewayError }>
  signOut(): void
  /** The gateway no longer accepts the token: forget it, keep the consent, start at step 1. */
  expireSession(): void
}

export type PaymentStore = PaymentState & PaymentActions

/** Fields that must not outlive the bill they belong to. */
const freshBill = (): Pick<PaymentState, 'record' | 'quote' | 'quoteProblem' | 'acknowledged' | 'order' | 'payment'> => ({
  record: undefined,
  quote: undefined,
  quoteProblem: undefined,
  acknowledged: false,
  order: undefined,
  payment: { phase: 'idle' },
})

const initialState = (): PaymentState => ({
  flow: INITIAL_FLOW,
  consentGiven: false,
  identity: undefined,
  verifying: false,
  enrolment: { status: 'idle' },
  ...freshBill(),
  receipt: { status: 'idle' },
  records: { status: 'idle' },
  familyShare: { status: 'idle' },
})

export function createPaymentStore(service: PaymentService, storage: StateStorage) {
  return createStore<PaymentStore>()(
    persist(
      (set, get) => {
        const send = (event: FlowEvent) => set({ flow: transition(get().flow, event) })

        async function confirm(orderId: string): Promise<void> {
          set({ payment: { phase: 'confirming' } })
          const outcome = await service.confirmOrder(orderId)
          if (outcome.kind === 'paid') {
            set({ payment: { phase: 'paid', receiptNo: outcome.receiptNo } })
            send({ type: 'PAID' })
          } else if (outcome.kind === 'failed') {
            set({ payment: { phase: 'failed', reason: outcome.reason }, order: undefined })
          } else {
            set({ payment: { phase: 'unknown' } })
          }
        }

        return {
          ...initialState(),
          send,
          giveConsent: (accepted) => set({ consentGiven: accepted }),

          async verify(name, idNumber) {
            set({ verifying: true })
            const result = await service.verify(name, idNumber)
            set({ verifying: false })
            if (!result.ok) return { ok: false, error: result.error }
            set({ identity: result.value, enrolment: { status: 'idle' }, familyShare: { status: 'idle' }, ...freshBill() })
            send({ type: 'VERIFIED' })
            return { ok: true }
          },

          startForSelf() {
            set({ flow: INITIAL_FLOW, enrolment: { status: 'idle' }, ...freshBill() })
            if (get().identity) send({ type: 'VERIFIED' })
          },

          async loadEnrolment() {
            const identity = get().identity
            if (!identity) return
            set({ enrolment: { status: 'loading' } })
            const result = await service.loadEnrolment(identity.token)
            set({ enrolment: result.ok ? { status: 'ready', data: result.value } : { status: 'error', error: result.error } })
          },

          chooseRecord(record) {
            const quote = service.quoteFor(record)
            set({
              ...freshBill(),
              record,
              quote: quote.ok ? quote.value : undefined,
              quoteProblem: quote.ok ? undefined : quote.error,
            })
            if (quote.ok) send({ type: 'ENROLMENT_CONFIRMED' })
            return quote.ok
          },

          confirmPlan() {
            if (get().quote) send({ type: 'PLAN_CHOSEN' })
          },

          setAcknowledged: (value) => set({ acknowledged: value }),

          async pay() {
            const { identity, record, quote, acknowledged, payment } = get()
            if (!identity || !record || !quote || !acknowledged) return
            // A second tap while a payment is under way is ignored: one bill, one order.
            if (payment.phase !== 'idle' && payment.phase !== 'failed') return
            send({ type: 'AMOUNT_ACKNOWLEDGED' })
            set({ payment: { phase: 'creating' } })
            let order = get().order
            if (!order) {
              const idempotencyKey = newIdempotencyKey()
              const created = await service.createOrder(identity.token, record, quote, idempotencyKey)
              if (!created.ok) {
                set({ payment: { phase: 'failed', reason: 'gateway', error: created.error } })
                return
              }
              order = { ...created.value, idempotencyKey }
              set({ order })
            }
            set({ payment: { phase: 'awaiting-payment' } })
            const callback = await service.requestPayment(order)
            if (callback === 'cancelled') {
              // The order is kept: paying again reuses it, so nothing is charged twice.
              set({ payment: { phase: 'idle' } })
              send({ type: 'PAYMENT_CANCELLED' })
              return
            }
            await confirm(order.orderId)
          },

          async checkAgain() {
            const order = get().order
            if (order) await confirm(order.orderId)
          },

          async loadReceipt(receiptNo) {
            const identity = get().identity
            if (!identity) return
            set({ receipt: { status: 'loading' } })
            const result = await service.getReceipt(identity.token, receiptNo)
            set({ receipt: result.ok ? { status: 'ready', data: result.value } : { status: 'error', error: result.error } })
          },

          async loadRecords() {
            const identity = get().identity
            if (!identity) return
            set({ records: { status: 'loading' } })
            const result = await service.listRecords(identity.token)
            set({
              records: result.ok ? { status: 'ready', data: result.value.records } : { status: 'error', error: result.error },
            })
          },

          async createFamilyShare() {
            const identity = get().identity
            if (!identity) return
            set({ familyShare: { status: 'loading' } })
            const result = await service.createShareToken(identity.token)
            set({ familyShare: result.ok ? { status: 'ready', data: result.value } : { status: 'error', error: result.error } })
          },

          async openFamilyShare(shareToken) {
            const result = await service.redeemShareToken(shareToken)
            if (!result.ok) return { ok: false, error: result.error }
            set({ ...initialState(), consentGiven: get().consentGiven, identity: result.value })
            send({ type: 'VERIFIED' })
            return { ok: true }
          },

          signOut: () => set(initialState()),

          expireSession: () => set({ ...initialState(), consentGiven: get().consentGiven }),
        }
      },
      {
        name: 'yibao-payment',
        version: 1,
        storage: createJSONStorage(() => storage),
        // The token is opaque and the display is masked: no raw name or ID is stored.
        partialize: (state) => ({ identity: state.identity, consentGiven: state.consentGiven }),
      },
    ),
  )
}
