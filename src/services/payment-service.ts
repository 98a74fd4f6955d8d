/**
 * The six steps as service functions over the ports. No UI, no Taro: the
 * store calls these and keeps the results.
 */
import { quoteContribution, type Quote } from '../domain/quote'
import { rulesForYear, type RegionRules } from '../domain/region-rules'
import type { BureauClient } from './bureau-client'
import { err, ok, type GatewayError, type Result } from './gateway-errors'
import type { Clock, FaceCheckPort, PayParams, PaymentPort } from './ports'
import type { EnrolmentRecordWire, ReceiptResponseWire, RecordsWire, ShareTokenWire } from '../gateway/wire-schemas'

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

export type VerifyError = GatewayError | { kind: 'face'; reason: 'cancelled' | 'failed' }
export type QuoteProblem = { kind: 'no-rules' } | { kind: 'rule'; error: 'category-not-offered' | 'not-open' | 'year-over' }

export interface Order {
  orderId: string
  amountFen: number
  payParams: PayParams
}

export type ConfirmOutcome =
  | { kind: 'paid'; receiptNo: string }
  | { kind: 'failed'; reason: 'closed' | 'payment-error' }
  | { kind: 'unknown' }

export interface PaymentServiceDeps {
  client: BureauClient
  payment: PaymentPort
  face: FaceCheckPort
  clock: Clock
  regionRules: (adcode: string) => RegionRules | undefined
  /** Order queries after the cashier closes, and the wait between them. */
  confirmAttempts?: number
  confirmIntervalMs?: number
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
  const attempts = deps.confirmAttempts ?? 4
  const interval = deps.confirmIntervalMs ?? 2000

  async function verify(name: string, idNumber: string): Promise<Result<Identity, VerifyError>> {
    const face = await deps.face.verify()
    if (!face.ok) return err({ kind: 'face', reason: face.reason })
    return deps.client.verifyIdentity({ name, idNumber, faceTicket: face.ticket })
  }

  async function loadEnrolment(token: string): Promise<Result<EnrolmentOutcome>> {
    const response = await deps.client.getEnrolment(token)
    if (!response.ok) return response
    return ok(response.value.registered ? classifyEnrolment(response.value.records) : { kind: 'not-registered' })
  }

  function quoteFor(record: EnrolmentRecord): Result<Quote, QuoteProblem> {
    const region = deps.regionRules(record.adcode)
    const year = region && rulesForYear(region, record.benefitYear)
    if (!year) return err({ kind: 'no-rules' })
    const result = quoteContribution(year, {
      category: record.category,
      subsidyGroup: record.subsidyGroup,
      paymentDate: deps.clock.today(),
    })
    return result.ok ? ok(result.quote) : err({ kind: 'rule', error: result.error })
  }

  function createOrder(token: string, record: EnrolmentRecord, quote: Quote, idempotencyKey: string) {
    return deps.client.createOrder({
      token,
      recordId: record.recordId,
      benefitYear: quote.benefitYear,
      category: record.category,
      amountFen: quote.payableFen,
      idempotencyKey,
    })
  }

  /** Only the order query says whether money moved; a query error leaves it unknown. */
  async function confirmOrder(orderId: string, maxQueries = attempts): Promise<ConfirmOutcome> {
    for (let query = 0; query < maxQueries; query += 1) {
      if (query > 0) await deps.clock.sleep(interval)
      const response = await deps.client.queryOrder(orderId)
      if (!response.ok) continue
      const { status, receiptNo } = response.value
      if (status === 'SUCCESS' && receiptNo) return { kind: 'paid', receiptNo }
      if (status === 'CLOSED') return { kind: 'failed', reason: 'closed' }
      if (status === 'PAYERROR') return { kind: 'failed', reason: 'payment-error' }
    }
    return { kind: 'unknown' }
  }

  return {
    verify,
    loadEnrolment,
    quoteFor,
    createOrder,
    requestPayment: (order: Order) => deps.payment.requestPayment(order.payParams),
    confirmOrder,
    getReceipt: (token: string, receiptNo: string): Promise<Result<ReceiptResponseWire>> =>
      deps.client.getReceipt(token, receiptNo),
    listRecords: (token: string): Promise<Result<RecordsWire>> => deps.client.listRecords(token),
    createShareToken: (token: string): Promise<Result<ShareTokenWire>> => deps.client.createShareToken(token),
    async redeemShareToken(shareToken: string): Promise<Result<Identity>> {
      const redeemed = await deps.client.redeemShareToken(shareToken)
      return redeemed.ok ? ok({ ...redeemed.value, forFamily: true }) : redeemed
    },
    today: () => deps.clock.today(),
  }
}

export type PaymentService = ReturnType<typeof createPaymentService>

/** Opaque, random, and free of personal data: it only has to be unique per bill. */
export function newIdempotencyKey(): string {
  return `idem-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`
}
