/**
 * The six steps as service functions over the ports. No UI, no Taro: the
 * store calls these and keeps the results.
 */
import type { Quote } from '../domain/quote'
import type { BureauClient } from './bureau-client'
import { err, ok, type GatewayError, type Result } from './gateway-errors'
import type { Clock, FaceCheckPort, PayParams, PaymentPort } from './ports'
import type { QuoteProblem, Rules } from './rules'
import type { EnrolmentRecordWire, ReceiptResponseWire, RecordsWire, ShareTokenWire } from '../contract/wire-schemas'

export interface Identity {
  token: string
  maskedName: string
  maskedIdNumber: string
  /** Known after the resident's own verification; a relative opening a share card is not told it. */
  birthDate?: string
  /** Opened from a 请家人代缴 card: a relative pays for this resident. */
  forFamily?: boolean
}

export type EnrolmentRecord = EnrolmentRecordWire

/** What step 2 found, in the order the page must handle it. */
export type EnrolmentOutcome =
  | { kind: 'not-registered' }
  | { kind: 'already-paid'; record: EnrolmentRecord }
  | { kind: 'fully-subsidised'; record: EnrolmentRecord }
  | { kind: 'choose-region'; records: EnrolmentRecord[] }
  | { kind: 'payable'; record: EnrolmentRecord }

/** A bill for one of the payer's 常用缴费人, and the part the personal account pays (家庭共济). */
export interface PayFor {
  memberToken?: string
  accountFen?: number
}

export type VerifyError = GatewayError | { kind: 'face'; reason: 'cancelled' | 'failed' }
export interface PaymentServiceDeps {
  client: BureauClient
  payment: PaymentPort
  face: FaceCheckPort
  clock: Clock
  /**
   * The contribution rules, loaded with step 2: on H5 their code and the region
   * files are a chunk of their own, not part of the first load (load-rules.h5.ts).
   */
  loadRules: () => Promise<Rules>
  /** Waits before re-sending createOrder when the bureau says 系统繁忙 (same idempotency key). */
  busyRetryDelaysMs?: number[]
}

export function classifyEnrolment(records: EnrolmentRecord[]): EnrolmentOutcome {
  // Paid in one region means insured for the year: another region's record must not be offered.
  const paid = records.find((record) => record.status === 'paid')
  if (paid) return { kind: 'already-paid', record: paid }
  const payable = records.filter((record) => record.status === 'payable')
  if (payable.length > 1) return { kind: 'choose-region', records: payable }
  const [onlyPayable] = payable
  if (onlyPayable) return { kind: 'payable', record: onlyPayable }
  const [first] = records
  return first ? { kind: 'fully-subsidised', record: first } : { kind: 'not-registered' }
}

export function createPaymentService(deps: PaymentServiceDeps) {
  const busyRetryDelays = deps.busyRetryDelaysMs ?? [1000, 3000]

  async function verify(name: string, idNumber: string): Promise<Result<Identity, VerifyError>> {
    const face = await deps.face.verify()
    if (!face.ok) return err({ kind: 'face', reason: face.reason })
    return deps.client.verifyIdentity({ name, idNumber, faceTicket: face.ticket })
  }

  let rules: Rules | undefined
  let rulesLoading: Promise<Rules> | undefined
  /** Loads the rules once; every step that quotes waits for this first. */
  function rulesReady(): Promise<Rules> {
    rulesLoading ??= deps.loadRules().then((loaded) => (rules = loaded))
    return rulesLoading
  }
  function loadedRules(): Rules {
    if (!rules) throw new Error('contribution rules used before rulesReady()')
    return rules
  }

  async function loadEnrolment(token: string): Promise<Result<EnrolmentOutcome>> {
    // The rules load beside the bureau's answer: step 2 quotes the record it shows.
    const [response] = await Promise.all([deps.client.getEnrolment(token), rulesReady()])
    if (!response.ok) return response
    return ok(response.value.registered ? classifyEnrolment(response.value.records) : { kind: 'not-registered' })
  }

  /**
   * Creates (or, with the same key, finds again) the order for a bill. At the
   * evening peak the bureau answers 系统繁忙: wait and re-send the same request,
   * which the idempotency key makes safe, before telling the resident.
   */
  async function createOrder(token: string, record: EnrolmentRecord, bill: Quote, idempotencyKey: string, payFor: PayFor = {}) {
    const request = {
      token,
      recordId: record.recordId,
      benefitYear: bill.benefitYear,
      category: record.category,
      amountFen: bill.payableFen,
      backYears: bill.backYears,
      idempotencyKey,
      ...payFor,
    }
    let result = await deps.client.createOrder(request)
    for (const wait of busyRetryDelays) {
      if (result.ok || result.error.kind !== 'business' || result.error.code !== 'SYSTEM_BUSY') break
      await deps.clock.sleep(wait)
      result = await deps.client.createOrder(request)
    }
    return result
  }

  return {
    verify,
    loadEnrolment,
    rulesReady,
    /** The bill for a record (after rulesReady: step 2's loadEnrolment waits for it). */
    quoteFor: (record: EnrolmentRecord, backYears = 0): Result<Quote, QuoteProblem> => loadedRules().quoteFor(record, backYears),
    flexibleOfferFor: (record: EnrolmentRecord) => loadedRules().flexibleOfferFor(record),
    createOrder,
    requestPayment: (payParams: PayParams) => deps.payment.requestPayment(payParams),
    queryOrder: (orderId: string) => deps.client.queryOrder(orderId),
    sleep: (ms: number) => deps.clock.sleep(ms),
    getReceipt: (token: string, receiptNo: string): Promise<Result<ReceiptResponseWire>> =>
      deps.client.getReceipt(token, receiptNo),
    listRecords: (token: string): Promise<Result<RecordsWire>> => deps.client.listRecords(token),
    createShareToken: (token: string): Promise<Result<ShareTokenWire>> => deps.client.createShareToken(token),
    async redeemShareToken(shareToken: string): Promise<Result<Identity>> {
      const redeemed = await deps.client.redeemShareToken(shareToken)
      return redeemed.ok ? ok({ ...redeemed.value, forFamily: true }) : redeemed
    },
  }
}

export type PaymentService = ReturnType<typeof createPaymentService>

/** Opaque, random, and free of personal data: it only has to be unique per bill. */
export function newIdempotencyKey(): string {
  return `idem-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`
}
