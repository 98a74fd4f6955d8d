/**
 * The payment feature's one store: the flow machine's state, what each step
 * has learned, the payment machine's state, and the actions pages call. What
 * survives a restart (see `partialize`) holds no raw name or ID number, no
 * birth date, and nothing from which they could be rebuilt: the identity token
 * with its masked display, the consent, where the resident was in the flow,
 * and the bill being paid, so that an order in flight is queried first.
 */
import { createStore } from 'zustand/vanilla'
import { createJSONStorage, persist } from 'zustand/middleware'
import { qualifiesForCareOffer } from '../../../domain/care-mode-rules'
import { consentNow, consentOutdated, hasCurrentConsent, type Consent } from '../../../domain/consent'
import { INITIAL_FLOW, transition, type FlowEvent, type FlowState } from '../../../domain/payment-flow'
import type { Fen } from '../../../domain/money'
import { canStartPayment, IDLE, isInFlight, type PaymentMachineState } from '../../../domain/payment-machine'
import { maintenanceEndsAt } from '../../../domain/maintenance-window'
import type { Quote } from '../../../domain/quote'
import { maintenanceUntilOf, type GatewayError } from '../../../services/gateway-errors'
import type {
  EnrolmentRecord,
  OrderAnswer,
  PaymentRecord,
  ReceiptStatus,
  Refund,
  ShareToken,
} from '../../../services/model'
import type { RefundReason } from '../../../domain/refund'
import type {
  BusyWait,
  EnrolmentOutcome,
  Identity,
  PaymentService,
  VerifyError,
  VerifyStage,
} from '../../../services/payment-service'
import type { FlexibleOffer, PlanChoice, QuoteProblem } from '../../../services/rules'
import {
  createPaymentRunner,
  type Bill,
  type BillOwner,
  type ChangedAmountOrder,
} from '../../../services/payment-runner'
import { LOADING, toLoadable, type Loadable } from '../../../ui/loadable'
import { systemClock } from '../../../services/clock'
import {
  removeResidentData,
  residentDataKeys,
  type KeyValueStorage,
} from '../../../platform/key-value-storage'

export interface PaymentState {
  flow: FlowState
  /** 个人信息保护: the notice version agreed to and when; a consent to an older version is asked again. */
  consent?: Consent
  /** In memory, the birth date the bureau answered stays here; what is saved holds none (see `partialize`). */
  identity?: Identity
  /**
   * The verified resident was 60 or over: the 60+ care-mode offer needs this
   * and nothing more, so this is kept instead of the birth date.
   */
  reachedCareOfferAge: boolean
  verifying: boolean
  /** Where the verification is while `verifying`: what the verify screen says it waits for. */
  verifyStage?: VerifyStage
  enrolment: Loadable<EnrolmentOutcome>
  /** 参保记录: the enrolment record chosen at step 2, whose bill is being paid. */
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
  /**
   * The bureau is busy (系统繁忙, HTTP 429/503): no order is asked for before
   * this time (ms since the epoch). Step 4 and 5 count down to it.
   */
  retryAt?: number
  /**
   * The busy bureau's wait as the service holds it (its end and the busy
   * answers in a row, the family's bills' too), saved so that a relaunch
   * honours it. Not reset by switching person: it is the bureau that is busy.
   */
  busyWait?: BusyWait
  /** The bureau is under maintenance until this time (HH:mm, China), which `retryAt` counts down to. */
  maintenanceUntil?: string
  /** The resident cancelled in the cashier: step 4 says 已取消支付，可重新支付 until the next payment. */
  cashierCancelled: boolean
  /** 查询该订单: what the bureau says of the open order that locked this bill (TRADE_LOCKED names it). */
  lockedOrder: Loadable<OrderAnswer>
  /** createOrder answered another amount than the bill's: step 4 says 金额已更新 until the resident pays again. */
  amountChange?: AmountChange
  /**
   * Bills made on this phone under another identity (换一个人缴费, a share
   * card): still queried on every app show, since money may be moving, but
   * never shown as the current resident's payment.
   */
  otherPayers: OtherPayerBill[]
  receipt: Loadable<ReceiptStatus>
  /**
   * The receipt number `receipt` was asked for. The receipt page shows `receipt` only for its own
   * number (selectReceipt), so opening another person's shows 正在获取 rather than the last one.
   */
  receiptAsked?: string
  /** 缴费记录: past payments, for the records page. */
  paymentRecords: Loadable<PaymentRecord[]>
  /**
   * The 退费申请 being sent (memory only: the bureau keeps the refund, 缴费记录 shows it). Its key is
   * re-sent while the same request is retried, so a lost answer never asks twice.
   */
  refundRequest?: RefundRequest
  /** 请家人代缴: the share token for this resident's card. */
  familyShare: Loadable<ShareToken>
  /** 请家人代缴 links of this resident still open (the bureau's list), each of which can be revoked. */
  openShares: Loadable<ShareToken[]>
  /** The last 撤回链接: which link, and how it went. */
  shareRevocation?: ShareRevocation
}

export interface PaymentActions {
  send(event: FlowEvent): void
  /** 同意 (true): consent to the current notice, now; false forgets it. */
  giveConsent(accepted: boolean): void
  /**
   * 撤回同意并清除本机数据: forgets the resident and removes every key the app
   * saved on this phone (this store's, the family's, care mode's), but not
   * while a payment may be moving money: that bill must still be asked about.
   */
  withdrawConsent(): WithdrawOutcome
  verify(name: string, idNumber: string): Promise<{ ok: true } | { ok: false; error: VerifyError }>
  /** This build's face check is simulated (demo, sandbox): the verify screen must say so. Fixed per build. */
  readonly faceSimulated: boolean
  /** The bureau's date (the mock bureau's in demo builds): home counts the collection window's days from it. */
  today(): string
  /** Keeps the verified identity: a returning resident starts at step 2. */
  startForSelf(): void
  loadEnrolment(): Promise<void>
  /**
   * Quotes the chosen record; true when its bill goes on to step 3. When it
   * cannot be paid here, false: step 2, where it was chosen, says why
   * (quoteProblem), and step 3 opens only to compare 灵活就业 figures, if any apply.
   */
  chooseRecord(record: EnrolmentRecord): boolean
  confirmPlan(): void
  /** Requotes with this many back-years; the new amount is a new bill when paid (the old order is never reused). */
  chooseBackYears(years: number): Promise<void>
  /** Requotes on this contribution tier (step 3, where the region has tiers); a new bill, as with back-years. */
  chooseTier(tierId: string): Promise<void>
  setAcknowledged(value: boolean): void
  pay(): Promise<void>
  /** Starts paying and says whether this tap started it (a double tap's second does not). */
  startPayment(): boolean
  checkAgain(): Promise<void>
  /** 继续支付: the bureau said NOTPAY for an order whose cashier was left; its cashier opens again (same order, never a second). */
  continuePayment(): Promise<void>
  /** 查询该订单: asks the bureau, with the resident's session, about the open order a TRADE_LOCKED refusal named. */
  checkLockedOrder(): Promise<void>
  /** On app show and relaunch: query an order in flight before offering anything else. */
  resumePayment(): Promise<void>
  loadReceipt(receiptNo: string): Promise<void>
  loadPaymentRecords(): Promise<void>
  /** 退费申请 for one payment; the records are read again once the bureau has it. */
  requestRefund(receiptNo: string, reason: RefundReason, note: string): Promise<void>
  /** Leaves the refund form: the next request is a new one. */
  clearRefundRequest(): void
  /** 请家人代缴: asks the bureau for a share token standing for the verified resident. */
  createFamilyShare(): Promise<void>
  /** Asks the bureau which of the resident's 请家人代缴 links are still open. */
  loadOpenShares(): Promise<void>
  /** 撤回链接: ends one of the resident's links; the card made here is dropped with it. One revocation at a time. */
  revokeShare(shareToken: string): Promise<void>
  /** A relative opened a share card: a session for that resident, starting at step 2. */
  openFamilyShare(shareToken: string): Promise<{ ok: true } | { ok: false; error: GatewayError }>
  signOut(): void
  /** The gateway no longer accepts the token: forget it, keep the consent, start at step 1. */
  expireSession(): void
}

export type PaymentStore = PaymentState & PaymentActions

export type WithdrawOutcome = { ok: true } | { ok: false; reason: 'payment-in-flight' }

/** Whether the resident has agreed to the notice the app shows now. */
export const selectConsentCurrent = (state: PaymentState): boolean => hasCurrentConsent(state.consent)

/** What step 4 tells the resident after the bureau answered another amount. */
export interface AmountChange {
  fromFen?: Fen
  toFen: Fen
  /** The requoted bill agrees with the bureau's amount: confirm it and pay. Otherwise the two disagree and paying waits. */
  agreed: boolean
}

/** 撤回链接 of one share: under way, done, or refused (with why). */
export interface ShareRevocation {
  shareToken: string
  result: Loadable<{ revoked: true }>
}

/** 退费申请 as sent: the payment, the reason and note, the key a retry re-sends, and the bureau's answer. */
export interface RefundRequest {
  receiptNo: string
  reason: RefundReason
  note: string
  idempotencyKey: string
  result: Loadable<Refund>
}

/** A previous payer's bill on this phone: whose (masked), its order, and what the last query said. */
export interface OtherPayerBill {
  orderId: string
  maskedName: string
  payment: PaymentMachineState
  /** Dropped once the bureau settled it (paid, closed). */
  bill?: Bill
}

export type PaymentStoreApi = ReturnType<typeof createPaymentStore>

/** The store's key in storage. */
export const PAYMENT_STORE_KEY = 'yibao-payment'

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
  amountChange: undefined,
  cashierCancelled: false,
  lockedOrder: { status: 'idle' },
})

const initialState = (): PaymentState => ({
  flow: INITIAL_FLOW,
  consent: undefined,
  identity: undefined,
  reachedCareOfferAge: false,
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
  retryAt: undefined,
  maintenanceUntil: undefined,
  cashierCancelled: false,
  lockedOrder: { status: 'idle' },
  amountChange: undefined,
  otherPayers: [],
  receipt: { status: 'idle' },
  paymentRecords: { status: 'idle' },
  refundRequest: undefined,
  familyShare: { status: 'idle' },
  openShares: { status: 'idle' },
  shareRevocation: undefined,
})

/** A bill made now under this identity belongs to it: its session, masked name and the bureau's reference. */
const ownerFrom = (identity: Identity): BillOwner => ({
  token: identity.token,
  maskedName: identity.maskedName,
  ...(identity.residentRef && { residentRef: identity.residentRef }),
})

/** Whose a bill is; bills saved before owners were kept count as the current identity's. */
const ownerOf = (state: PaymentState, bill: Bill): BillOwner | undefined =>
  bill.owner ?? (state.identity && ownerFrom(state.identity))

/**
 * Whether a bill's owner is this identity. The bureau's resident reference
 * decides where both have one: the same person verifying again opens a new
 * session (a new token) and still owns their bill. Where either lacks one (a
 * share card's session, a bill or identity saved before references), only the
 * same session does. No owner and no identity (signed out) are the same.
 */
function ownedBy(owner: BillOwner | undefined, identity: Identity | undefined): boolean {
  if (!owner || !identity) return owner === undefined && identity === undefined
  return owner.residentRef !== undefined && identity.residentRef !== undefined
    ? owner.residentRef === identity.residentRef
    : owner.token === identity.token
}

/**
 * The bill under the identity that owns it now: a new session of the same
 * person takes the old token's place, since the bureau answers any session of
 * the payer about their order (the old one may have expired).
 */
const underSession = (bill: Bill, identity: Identity | undefined): Bill =>
  identity && bill.owner && bill.owner.token !== identity.token
    ? { ...bill, owner: ownerFrom(identity) }
    : bill

/**
 * Switching person (another verification, a share card, sign-out, an expired
 * session). The bill stays only if it is the next identity's (`ownedBy`).
 * Another identity's bill with an order moves to `otherPayers`: still queried,
 * since money may be moving, but its outcome is never the next person's
 * 缴费成功. A bill without an order moved no money and is dropped. The next
 * person's own bill set aside earlier (they verified again after someone else)
 * is theirs again: 继续支付 on the same order, never a second. Previous payers
 * whose outcome was already shown are forgotten.
 */
function handOver(
  state: PaymentState,
  next: Identity | undefined,
): Pick<PaymentState, 'bill' | 'payment' | 'otherPayers'> {
  const others = state.otherPayers.filter((entry) => entry.bill !== undefined || isInFlight(entry.payment))
  const { bill } = state
  if (bill && ownedBy(ownerOf(state, bill), next)) {
    return {
      bill: underSession(bill, next),
      payment: isInFlight(state.payment) ? state.payment : IDLE,
      otherPayers: others,
    }
  }
  const aside: OtherPayerBill[] = bill?.orderId
    ? [
        {
          orderId: bill.orderId,
          maskedName: bill.owner?.maskedName ?? state.identity?.maskedName ?? '',
          payment: isInFlight(state.payment) ? state.payment : IDLE,
          bill: bill.owner ? bill : { ...bill, ...(state.identity && { owner: ownerFrom(state.identity) }) },
        },
      ]
    : []
  const waiting = [...others.filter((entry) => entry.orderId !== bill?.orderId), ...aside]
  const own = next && waiting.find((entry) => entry.bill?.owner && ownedBy(entry.bill.owner, next))
  if (!own?.bill) {
    // No bill of theirs: a payment of the previous person's that rests (paid, failed) is not carried over.
    const payment = !bill && isInFlight(state.payment) ? state.payment : IDLE
    return { bill: undefined, payment, otherPayers: waiting }
  }
  return {
    bill: underSession(own.bill, next),
    payment: isInFlight(own.payment) ? own.payment : IDLE,
    otherPayers: waiting.filter((entry) => entry !== own),
  }
}

/** The choice a quote was made with, to requote the same bill (another tier, back-years, the bureau's amount). */
const choiceOf = (quote: Quote): PlanChoice => ({ backYears: quote.backYears, tierId: quote.tierId })

/** The records step 2 could pay, to requote the chosen one. */
const payableRecordsOf = (outcome: EnrolmentOutcome): EnrolmentRecord[] =>
  outcome.kind === 'payable' ? [outcome.record] : outcome.kind === 'choose-region' ? outcome.records : []

/** A bill of this phone whose money may be moving: the bureau must still be asked about it. */
function paymentMayBeMoving(state: PaymentState): boolean {
  return (
    isInFlight(state.payment) ||
    state.bill?.moneyMayHaveMoved === true ||
    state.otherPayers.some((entry) => isInFlight(entry.payment) || entry.bill?.moneyMayHaveMoved === true)
  )
}

/**
 * A bill saved by any store on this phone (the family's cart lines too, whose
 * store may not be built in this launch) whose cashier opened and whose outcome
 * is not known yet. Bills are saved as JSON with this flag (`Bill`).
 */
const savedBillMayBeMoving = (storage: KeyValueStorage): boolean =>
  residentDataKeys(storage).some((key) => (storage.getItem(key) ?? '').includes('"moneyMayHaveMoved":true'))

/** The identity as saved: no birth date (with the masked ID and the region it would rebuild the ID). */
const savedIdentity = (identity: Identity | undefined): Identity | undefined =>
  identity && {
    token: identity.token,
    maskedName: identity.maskedName,
    maskedIdNumber: identity.maskedIdNumber,
    ...(identity.residentRef && { residentRef: identity.residentRef }),
    ...(identity.openedFromShareCard && { openedFromShareCard: true }),
  }

/**
 * The choice as saved. A newborn's record carries the birth date, and so may
 * its quote (cover starts on it): neither is saved, and a restart reopens step
 * 2, which asks the bureau again. A payment under way keeps its step.
 */
function savedChoice(state: PaymentState): Partial<PaymentState> {
  if (state.record?.birthDate === undefined)
    return {
      flow: state.flow,
      record: state.record,
      quote: state.quote,
      quoteProblem: state.quoteProblem,
      flexibleOffer: state.flexibleOffer,
      acknowledged: state.acknowledged,
    }
  const beforePaying = state.flow.reached === 'plan' || state.flow.reached === 'amount'
  return { flow: beforePaying ? { reached: 'enrolment' } : state.flow, acknowledged: false }
}

/**
 * The resident agreed to an older notice: they are asked again, and the
 * session opened under the old one (identity, flow, choice) is not used. Bills
 * with an order are kept aside as another payer's, still queried: money may be
 * moving. (A relative's share-card session never needed a consent: kept.)
 */
function withoutSession(saved: PaymentState): PaymentState {
  return {
    ...saved,
    ...freshChoice(saved.payment),
    ...handOver(saved, undefined),
    identity: undefined,
    reachedCareOfferAge: false,
    flow: INITIAL_FLOW,
  }
}

function underCurrentConsent(saved: PaymentState): PaymentState {
  return saved.identity && consentOutdated(saved.consent) ? withoutSession(saved) : saved
}

type SavedIdentity = Identity & { forFamily?: boolean; birthDate?: string }
type SavedRecord = EnrolmentRecord & { birthDate?: string }
type SavedBeforeV4 = Partial<PaymentState> & {
  identity?: SavedIdentity
  consentGiven?: boolean
  record?: SavedRecord
}

/**
 * Saved state of an older version, read under today's names. Version 2 called
 * `identity.openedFromShareCard` `forFamily`. Before version 4 the identity
 * held the birth date, which with the masked ID (first 3 and last 4 digits)
 * and the record's region code rebuilt the whole ID number: it goes, and so
 * does a newborn's record and quote (their birth date); the consent was a
 * yes/no to notice version 1, so it goes too and the resident is asked again.
 * Versions before 2 were dropped unread, and still are.
 */
function migrateSaved(persisted: unknown, version: number): Partial<PaymentState> {
  if (version < 2) return {}
  const saved: SavedBeforeV4 = { ...(persisted as SavedBeforeV4 | undefined) }
  // A yes/no to notice version 1: not carried over, and the session it opened is not used.
  const agreedToFirstNotice = saved.consentGiven === true
  delete saved.consentGiven
  const old = saved.identity
  const identity: Identity | undefined = old && {
    token: old.token,
    maskedName: old.maskedName,
    maskedIdNumber: old.maskedIdNumber,
    ...((old.openedFromShareCard || old.forFamily) && { openedFromShareCard: true }),
  }
  const newborn = saved.record?.birthDate !== undefined
  const migrated: Partial<PaymentState> = {
    ...saved,
    identity,
    reachedCareOfferAge:
      old?.birthDate !== undefined && qualifiesForCareOffer(old.birthDate, systemClock.today()),
    ...(newborn && {
      record: undefined,
      quote: undefined,
      quoteProblem: undefined,
      flexibleOffer: undefined,
      ...savedChoice({ ...(saved as PaymentState), record: saved.record }),
    }),
  }
  return agreedToFirstNotice && identity ? withoutSession({ ...initialState(), ...migrated }) : migrated
}

/** The receipt for `receiptNo`: loading until the answer for that number, whatever was shown before. */
export const selectReceipt =
  (receiptNo: string) =>
  (state: PaymentState): Loadable<ReceiptStatus> =>
    state.receiptAsked === receiptNo ? state.receipt : LOADING

export function createPaymentStore(service: PaymentService, storage: KeyValueStorage) {
  return createStore<PaymentStore>()(
    persist(
      (set, get) => {
        const send = (event: FlowEvent) => set({ flow: transition(get().flow, event) })
        service.watchBusyWait((busyWait) => set({ busyWait }))

        const runner = createPaymentRunner(service, {
          get: () => ({
            ...get(),
            identityToken: get().identity?.token,
            maskedName: get().identity?.maskedName,
            residentRef: get().identity?.residentRef,
          }),
          set: (partial) => set(partial),
          onCancelled: () => {
            set({ cashierCancelled: true })
            send({ type: 'PAYMENT_CANCELLED' })
          },
          onPaid: () => send({ type: 'PAID' }),
          onAmountChanged: (order) => amountChanged(order),
        })

        /**
         * The bureau answered another amount: requote the record from a fresh
         * enrolment and take the resident back to step 4 to confirm (金额已更新).
         * When the requoted bill is the bureau's amount, the bureau's order
         * (never paid: no cashier opened for it) becomes the new bill, so that
         * paying again confirms and opens that order rather than asking for a
         * second one; else nothing is kept and paying waits for them to agree.
         */
        async function amountChanged(order: ChangedAmountOrder): Promise<void> {
          const { identity, record, quote } = get()
          let requoted = quote
          let chosen = record
          if (identity && record) {
            const enrolment = await service.loadEnrolment(identity.token)
            if (enrolment.ok) set({ enrolment: { status: 'ready', data: enrolment.value } })
            const fresh = enrolment.ok
              ? payableRecordsOf(enrolment.value).find((candidate) => candidate.recordId === record.recordId)
              : undefined
            const again = fresh && service.quoteFor(fresh, quote ? choiceOf(quote) : {})
            if (fresh && again?.ok) {
              chosen = fresh
              requoted = again.value
            }
          }
          const agreed = requoted !== undefined && requoted.payableFen === order.amountFen
          const adopted: Bill | undefined =
            agreed && requoted && chosen && identity
              ? {
                  recordId: chosen.recordId,
                  benefitYear: requoted.benefitYear,
                  amountFen: order.amountFen,
                  idempotencyKey: order.idempotencyKey,
                  orderId: order.orderId,
                  payParams: order.payParams,
                  owner: ownerFrom(identity),
                }
              : undefined
          set({
            record: chosen,
            quote: requoted,
            acknowledged: false,
            payment: IDLE,
            amountChange: { fromFen: quote?.payableFen, toFen: order.amountFen, agreed },
            ...(adopted && { bill: adopted }),
          })
          send({ type: 'PAYMENT_CANCELLED' })
        }

        /** A runner per previous payer's order: it reads and writes that entry only, and never moves the flow. */
        const otherRunners = new Map<string, ReturnType<typeof createPaymentRunner>>()
        const updateOther = (orderId: string, partial: Partial<OtherPayerBill>) =>
          set({
            otherPayers: get().otherPayers.map((entry) =>
              entry.orderId === orderId ? { ...entry, ...partial } : entry,
            ),
          })
        const otherRunner = (orderId: string) => {
          const existing = otherRunners.get(orderId)
          if (existing) return existing
          const created = createPaymentRunner(service, {
            get: () => {
              const entry = get().otherPayers.find((candidate) => candidate.orderId === orderId)
              return {
                payment: entry?.payment ?? IDLE,
                bill: entry?.bill,
                identityToken: get().identity?.token,
              }
            },
            set: (partial) =>
              updateOther(orderId, {
                ...(partial.payment && { payment: partial.payment }),
                ...('bill' in partial ? { bill: partial.bill } : {}),
              }),
            onCancelled: () => undefined,
            onPaid: () => undefined,
          })
          otherRunners.set(orderId, created)
          return created
        }

        /** The bureau's maintenance: no order is asked for before it ends (the time the bureau gave). */
        let maintenance: { at: number; until: string } | undefined
        /** Until when no order is asked for, and why: a busy bureau's wait or the end of its maintenance, whichever is later. */
        function orderWait(): Pick<PaymentState, 'retryAt' | 'maintenanceUntil'> {
          if (maintenance && service.now() >= maintenance.at) maintenance = undefined
          const busyUntil = service.busyUntil()
          return maintenance && (busyUntil === undefined || maintenance.at >= busyUntil)
            ? { retryAt: maintenance.at, maintenanceUntil: maintenance.until }
            : { retryAt: busyUntil, maintenanceUntil: undefined }
        }

        /** Only the current identity's bill stays in `bill` (a bill restored from storage may not be). */
        function setAsideForeignBill() {
          const state = get()
          if (state.bill && !ownedBy(ownerOf(state, state.bill), state.identity) && !runner.isRunning()) {
            set(handOver(state, state.identity))
          }
        }

        return {
          ...initialState(),
          send,
          faceSimulated: service.faceSimulated,
          today: () => service.today(),
          giveConsent: (accepted) => set({ consent: accepted ? consentNow(service.now()) : undefined }),

          withdrawConsent() {
            if (paymentMayBeMoving(get()) || runner.isRunning() || savedBillMayBeMoving(storage))
              return { ok: false, reason: 'payment-in-flight' }
            set(initialState())
            removeResidentData(storage)
            return { ok: true }
          },

          async verify(name, idNumber) {
            set({ verifying: true, verifyStage: undefined })
            const result = await service.verify(name, idNumber, (stage) => set({ verifyStage: stage }))
            set({ verifying: false, verifyStage: undefined })
            if (!result.ok) return { ok: false, error: result.error }
            set({
              identity: result.value,
              reachedCareOfferAge:
                result.value.birthDate !== undefined &&
                qualifiesForCareOffer(result.value.birthDate, systemClock.today()),
              // A new session starts at step 2: a paid flow (the receipt) was the previous session's, and
              // VERIFIED keeps a paid flow, so the next person would otherwise land on its receipt.
              flow: INITIAL_FLOW,
              enrolment: { status: 'idle' },
              familyShare: { status: 'idle' },
              openShares: { status: 'idle' },
              shareRevocation: undefined,
              ...freshChoice(get().payment),
              ...handOver(get(), result.value),
            })
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
            return quote.ok
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
            const requoted = service.quoteFor(record, { ...choiceOf(quote), backYears: years })
            if (requoted.ok) set({ quote: requoted.value, payment: IDLE, paymentError: undefined })
          },

          async chooseTier(tierId) {
            await service.rulesReady()
            const { record, quote, payment } = get()
            if (!record || !quote || quote.tierId === tierId || !canStartPayment(payment)) return
            // The back-years stay as chosen (a repair keeps its minimum); they are priced at the new tier.
            const requoted = service.quoteFor(record, { ...choiceOf(quote), tierId })
            if (requoted.ok) set({ quote: requoted.value, payment: IDLE, paymentError: undefined })
          },

          setAcknowledged: (value) => set({ acknowledged: value }),

          async pay() {
            const { identity, record, quote, acknowledged, payment } = get()
            if (!identity || !record || !quote || !acknowledged) return
            // A second tap while a payment is under way is ignored: one bill, one order.
            if (!canStartPayment(payment) || runner.isRunning()) return
            // The bureau said it is busy, or under maintenance until a time: a tap before then sends nothing.
            const wait = orderWait()
            if (wait.retryAt !== undefined) {
              set(wait)
              return
            }
            setAsideForeignBill()
            set({ amountChange: undefined, cashierCancelled: false, lockedOrder: { status: 'idle' } })
            send({ type: 'AMOUNT_ACKNOWLEDGED' })
            await runner.pay(() => service.newIdempotencyKey())
            const until = maintenanceUntilOf(get().paymentError)
            const endsAt = until === undefined ? undefined : maintenanceEndsAt(until, service.now())
            maintenance = until !== undefined && endsAt !== undefined ? { at: endsAt, until } : undefined
            set(orderWait())
          },

          startPayment() {
            const before = get().payment
            void get().pay()
            return get().payment !== before
          },

          checkAgain: () => runner.checkAgain(),

          continuePayment: () => runner.continuePayment(),

          async checkLockedOrder() {
            const { identity, paymentError } = get()
            const orderId =
              paymentError?.kind === 'business' && paymentError.code === 'TRADE_LOCKED'
                ? paymentError.orderId
                : undefined
            if (!identity || !orderId || get().lockedOrder.status === 'loading') return
            set({ lockedOrder: LOADING })
            const answer = await service.queryOrder(identity.token, orderId)
            // Another payment or person since the tap: the answer is about a refusal no longer on screen.
            if (get().identity?.token !== identity.token || get().paymentError !== paymentError) return
            set({ lockedOrder: toLoadable(answer) })
          },

          async resumePayment() {
            setAsideForeignBill()
            const others = get().otherPayers.filter(
              (entry) => entry.bill?.orderId !== undefined || entry.payment.phase === 'unknown',
            )
            await Promise.all([
              runner.resume(),
              ...others.map((entry) => otherRunner(entry.orderId).resume()),
            ])
            // A previous payer's order that rests unpaid (never reached the cashier) moves no money: forget it.
            set({
              otherPayers: get().otherPayers.filter(
                (entry) => entry.payment.phase === 'paid' || entry.bill !== undefined,
              ),
              ...orderWait(),
            })
            // Step 5 with nothing in flight (a relaunch after a refused or lost order, or an order that rests
            // unpaid): nothing would ever move on from 正在创建缴费订单. Back to step 4, everything kept.
            const { payment, flow } = get()
            if (flow.reached === 'pay' && payment.phase === 'idle' && !runner.isRunning())
              send({ type: 'PAYMENT_CANCELLED' })
          },

          async loadReceipt(receiptNo) {
            const identity = get().identity
            if (!identity) return
            set({ receipt: LOADING, receiptAsked: receiptNo })
            const result = await service.getReceipt(identity.token, receiptNo)
            // A later request for another receipt owns the field: this answer came too late.
            if (get().receiptAsked !== receiptNo) return
            set({ receipt: toLoadable(result) })
          },

          async loadPaymentRecords() {
            const identity = get().identity
            if (!identity) return
            set({ paymentRecords: LOADING })
            const result = await service.listPaymentRecords(identity.token)
            set({
              paymentRecords: result.ok
                ? { status: 'ready', data: result.value.records }
                : { status: 'error', error: result.error },
            })
            // The payment this session made was refunded (已退款): its year is unpaid again, so neither home
            // (等待期…) nor step 6 may go on showing it paid. The next 为本人缴费 starts at step 2 afresh.
            const { payment } = get()
            const refunded =
              result.ok &&
              payment.phase === 'paid' &&
              result.value.records.some(
                (record) => record.receiptNo === payment.receiptNo && record.refund?.status === 'refunded',
              )
            if (refunded) {
              set({
                flow: INITIAL_FLOW,
                enrolment: { status: 'idle' },
                receipt: { status: 'idle' },
                ...freshChoice(IDLE),
              })
              send({ type: 'VERIFIED' })
            }
          },

          async requestRefund(receiptNo, reason, note) {
            const identity = get().identity
            const previous = get().refundRequest
            if (!identity || previous?.result.status === 'loading') return
            const same =
              previous?.receiptNo === receiptNo && previous.reason === reason && previous.note === note.trim()
            // The same request retried keeps its key; anything changed is a new request with a new key.
            const idempotencyKey =
              same && previous.result.status === 'error'
                ? previous.idempotencyKey
                : await service.newIdempotencyKey()
            const request = { receiptNo, reason, note: note.trim(), idempotencyKey }
            set({ refundRequest: { ...request, result: LOADING } })
            const result = await service.requestRefund({ token: identity.token, ...request })
            if (get().identity?.token !== identity.token) return
            set({ refundRequest: { ...request, result: toLoadable(result) } })
            if (result.ok) await get().loadPaymentRecords()
          },

          clearRefundRequest() {
            if (get().refundRequest?.result.status !== 'loading') set({ refundRequest: undefined })
          },

          async createFamilyShare() {
            const identity = get().identity
            if (!identity) return
            set({ familyShare: LOADING, shareRevocation: undefined })
            const result = await service.createShareToken(identity.token)
            // Another person may have verified meanwhile: their panel must not show this card.
            if (get().identity?.token !== identity.token) return
            set({ familyShare: toLoadable(result) })
            if (result.ok) await get().loadOpenShares()
          },

          async loadOpenShares() {
            const identity = get().identity
            // A relative's session may not list the resident's links (the bureau says SCOPE_DENIED).
            if (!identity || identity.openedFromShareCard) return
            set({ openShares: LOADING })
            const result = await service.listShareTokens(identity.token)
            if (get().identity?.token === identity.token) set({ openShares: toLoadable(result) })
          },

          async revokeShare(shareToken) {
            const identity = get().identity
            if (!identity || get().shareRevocation?.result.status === 'loading') return
            set({ shareRevocation: { shareToken, result: LOADING } })
            const result = await service.revokeShareToken(identity.token, shareToken)
            if (get().identity?.token !== identity.token) return
            if (!result.ok) {
              set({ shareRevocation: { shareToken, result: toLoadable(result) } })
              return
            }
            const { openShares, familyShare } = get()
            set({
              shareRevocation: { shareToken, result: toLoadable(result) },
              ...(openShares.status === 'ready' && {
                openShares: {
                  status: 'ready',
                  data: openShares.data.filter((share) => share.shareToken !== shareToken),
                },
              }),
              // The card made here is that link: it must not be offered for sending any more.
              ...(familyShare.status === 'ready' &&
                familyShare.data.shareToken === shareToken && { familyShare: { status: 'idle' } }),
            })
          },

          async openFamilyShare(shareToken) {
            const result = await service.redeemShareToken(shareToken)
            if (!result.ok) return { ok: false, error: result.error }
            set({
              ...initialState(),
              ...handOver(get(), result.value),
              consent: get().consent,
              identity: result.value,
            })
            send({ type: 'VERIFIED' })
            return { ok: true }
          },

          signOut: () => set({ ...initialState(), ...handOver(get(), undefined) }),

          expireSession: () =>
            set({ ...initialState(), ...handOver(get(), undefined), consent: get().consent }),
        }
      },
      {
        name: PAYMENT_STORE_KEY,
        version: 4,
        storage: createJSONStorage(() => storage),
        migrate: (persisted, version) => migrateSaved(persisted, version),
        merge: (persisted, current) => {
          const saved = persisted as Partial<PaymentState> | undefined
          // A busy wait saved before the relaunch holds again; the service decides what of it still stands.
          service.restoreBusyWait(saved?.busyWait)
          return {
            ...current,
            ...underCurrentConsent({ ...current, ...saved }),
            busyWait: service.busyWait(),
            retryAt: service.busyUntil(),
          }
        },
        // The token and the bureau's resident reference are random and the display masked; no birth date:
        // nothing rebuilds the name or ID.
        partialize: (state) => ({
          consent: state.consent,
          identity: savedIdentity(state.identity),
          reachedCareOfferAge: state.reachedCareOfferAge,
          ...savedChoice(state),
          bill: state.bill,
          // The busy bureau's wait: two numbers, so that a relaunch does not let the resident ask again at once.
          ...(state.busyWait && { busyWait: state.busyWait }),
          // A previous payer's bills with an order (masked name, token, order; no personal data), only when there are any.
          ...(state.otherPayers.some((entry) => entry.bill) && {
            otherPayers: state.otherPayers
              .filter((entry) => entry.bill)
              .map(({ orderId, maskedName, bill }): OtherPayerBill => ({
                orderId,
                maskedName,
                bill,
                payment: IDLE,
              })),
          }),
        }),
      },
    ),
  )
}
