/**
 * The payment feature's one store: the flow machine's state, what each step
 * has learned, the payment machine's state, and the actions pages call. What
 * survives a restart (see `partialize`) holds no raw name or ID number: the
 * identity token with its masked display, where the resident was in the flow,
 * and the bill being paid, so that an order in flight is queried first.
 */
import { createStore } from 'zustand/vanilla'
import { createJSONStorage, persist, type StateStorage } from 'zustand/middleware'
import { INITIAL_FLOW, transition, type FlowEvent, type FlowState } from '../../../domain/payment-flow'
import { canStartPayment, IDLE, isInFlight, type PaymentMachineState } from '../../../domain/payment-machine'
import type { Quote } from '../../../domain/quote'
import type { GatewayError } from '../../../services/gateway-errors'
import {
  newIdempotencyKey,
  type EnrolmentOutcome,
  type EnrolmentRecord,
  type Identity,
  type PaymentService,
  type VerifyError,
} from '../../../services/payment-service'
import type { FlexibleOffer, QuoteProblem } from '../../../services/rules'
import type { ReceiptResponseWire, RecordsWire, ShareTokenWire } from '../../../contract/wire-schemas'
import { createPaymentRunner, type Bill } from '../../../services/payment-runner'
import { LOADING, toLoadable, type Loadable } from '../../../ui/loadable'

export interface PaymentState {
  flow: FlowState
  consentGiven: boolean
  identity?: Identity
  verifying: boolean
  enrolment: Loadable<EnrolmentOutcome>
  record?: EnrolmentRecord
  quote?: Quote
  quoteProblem?: QuoteProblem
  /** 灵活就业 figures for the record's region, shown at step 3 beside resident insurance. */
  flexibleOffer?: FlexibleOffer
  acknowledged: boolean
  payment: PaymentMachineState
  /** Why creating the order failed, when the machine says failed/gateway. */
  paymentError?: GatewayError
  bill?: Bill
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
  /**
   * Quotes the chosen record; false when step 3 has nothing to show: it cannot
   * be paid (the reason is in quoteProblem) and no 灵活就业 figures apply.
   */
  chooseRecord(record: EnrolmentRecord): boolean
  confirmPlan(): void
  /** Requotes with this many back-years; the new amount is a new bill when paid (the old order is never reused). */
  chooseBackYears(years: number): Promise<void>
  setAcknowledged(value: boolean): void
  pay(): Promise<void>
  /** Starts paying and says whether this tap started it (a double tap's second does not). */
  startPayment(): boolean
  checkAgain(): Promise<void>
  /** On app show and relaunch: query an order in flight before offering anything else. */
  resumePayment(): Promise<void>
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

export type PaymentStoreApi = ReturnType<typeof createPaymentStore>

/**
 * Fields that must not outlive the choice they belong to. A payment in flight
 * and its bill are kept whatever the resident does: money may be moving.
 */
const freshChoice = (payment: PaymentMachineState): Partial<PaymentState> => ({
  record: undefined,
  quote: undefined,
  quoteProblem: undefined,
  flexibleOffer: undefined,
  acknowledged: false,
  payment: isInFlight(payment) ? payment : IDLE,
  paymentError: undefined,
})

const initialState = (): PaymentState => ({
  flow: INITIAL_FLOW,
  consentGiven: false,
  identity: undefined,
  verifying: false,
  enrolment: { status: 'idle' },
  record: undefined,
  quote: undefined,
  quoteProblem: undefined,
  flexibleOffer: undefined,
  acknowledged: false,
  payment: IDLE,
  paymentError: undefined,
  bill: undefined,
  receipt: { status: 'idle' },
  records: { status: 'idle' },
  familyShare: { status: 'idle' },
})

/** Leaving or switching person keeps a payment whose money may be moving, and its bill. */
function inFlight(state: PaymentState): Partial<PaymentState> {
  return isInFlight(state.payment) || state.bill?.orderId ? { payment: state.payment, bill: state.bill } : {}
}

export function createPaymentStore(service: PaymentService, storage: StateStorage) {
  return createStore<PaymentStore>()(
    persist(
      (set, get) => {
        const send = (event: FlowEvent) => set({ flow: transition(get().flow, event) })

        const runner = createPaymentRunner(service, {
          get: () => ({ ...get(), identityToken: get().identity?.token }),
          set: (partial) => set(partial),
          onCancelled: () => send({ type: 'PAYMENT_CANCELLED' }),
          onPaid: () => send({ type: 'PAID' }),
        })

        return {
          ...initialState(),
          send,
          giveConsent: (accepted) => set({ consentGiven: accepted }),

          async verify(name, idNumber) {
            set({ verifying: true })
            const result = await service.verify(name, idNumber)
            set({ verifying: false })
            if (!result.ok) return { ok: false, error: result.error }
            set({ identity: result.value, enrolment: { status: 'idle' }, familyShare: { status: 'idle' }, ...freshChoice(get().payment) })
            send({ type: 'VERIFIED' })
            return { ok: true }
          },

          startForSelf() {
            set({ flow: INITIAL_FLOW, enrolment: { status: 'idle' }, ...freshChoice(get().payment) })
            if (get().identity) send({ type: 'VERIFIED' })
          },

          async loadEnrolment() {
            const identity = get().identity
            if (!identity) return
            set({ enrolment: LOADING })
            const result = await service.loadEnrolment(identity.token)
            set({ enrolment: toLoadable(result) })
          },

          chooseRecord(record) {
            const quote = service.quoteFor(record)
            const flexibleOffer = service.flexibleOfferFor(record)
            set({
              ...freshChoice(get().payment),
              record,
              quote: quote.ok ? quote.value : undefined,
              quoteProblem: quote.ok ? undefined : quote.error,
              flexibleOffer,
            })
            const planToShow = quote.ok || flexibleOffer !== undefined
            send({ type: planToShow ? 'ENROLMENT_CONFIRMED' : 'RECORD_UNAVAILABLE' })
            return planToShow
          },

          confirmPlan() {
            if (get().quote) send({ type: 'PLAN_CHOSEN' })
          },

          async chooseBackYears(years) {
            // Reopened on step 4 after a restart, the rules may still be loading.
            await service.rulesReady()
            const { record, quote, payment } = get()
            if (!record || !quote || quote.backYears === years) return
            // Once a payment is under way the bill is fixed: one bill, one order.
            if (!canStartPayment(payment)) return
            const requoted = service.quoteFor(record, years)
            if (requoted.ok) set({ quote: requoted.value, payment: IDLE, paymentError: undefined })
          },

          setAcknowledged: (value) => set({ acknowledged: value }),

          async pay() {
            const { identity, record, quote, acknowledged, payment } = get()
            if (!identity || !record || !quote || !acknowledged) return
            // A second tap while a payment is under way is ignored: one bill, one order.
            if (!canStartPayment(payment) || runner.isRunning()) return
            send({ type: 'AMOUNT_ACKNOWLEDGED' })
            await runner.pay(newIdempotencyKey)
          },

          startPayment() {
            const before = get().payment
            void get().pay()
            return get().payment !== before
          },

          checkAgain: () => runner.checkAgain(),

          resumePayment: () => runner.resume(),

          async loadReceipt(receiptNo) {
            const identity = get().identity
            if (!identity) return
            set({ receipt: LOADING })
            const result = await service.getReceipt(identity.token, receiptNo)
            set({ receipt: toLoadable(result) })
          },

          async loadRecords() {
            const identity = get().identity
            if (!identity) return
            set({ records: LOADING })
            const result = await service.listRecords(identity.token)
            set({
              records: result.ok ? { status: 'ready', data: result.value.records } : { status: 'error', error: result.error },
            })
          },

          async createFamilyShare() {
            const identity = get().identity
            if (!identity) return
            set({ familyShare: LOADING })
            const result = await service.createShareToken(identity.token)
            set({ familyShare: toLoadable(result) })
          },

          async openFamilyShare(shareToken) {
            const result = await service.redeemShareToken(shareToken)
            if (!result.ok) return { ok: false, error: result.error }
            set({ ...initialState(), ...inFlight(get()), consentGiven: get().consentGiven, identity: result.value })
            send({ type: 'VERIFIED' })
            return { ok: true }
          },

          signOut: () => set({ ...initialState(), ...inFlight(get()) }),

          expireSession: () => set({ ...initialState(), ...inFlight(get()), consentGiven: get().consentGiven }),
        }
      },
      {
        name: 'yibao-payment',
        version: 2,
        storage: createJSONStorage(() => storage),
        // The token is opaque and the display is masked: no raw name or ID is stored.
        partialize: (state) => ({
          identity: state.identity,
          consentGiven: state.consentGiven,
          flow: state.flow,
          record: state.record,
          quote: state.quote,
          quoteProblem: state.quoteProblem,
          flexibleOffer: state.flexibleOffer,
          acknowledged: state.acknowledged,
          bill: state.bill,
        }),
      },
    ),
  )
}
