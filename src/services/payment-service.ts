/**
 * The six steps as service functions over the ports. No UI, no Taro: the
 * store calls these and keeps the results.
 */
import { busyWaitMs, jitterDown, jitterUp, RETRY_AFTER_CAP_MS } from '../domain/backoff'
import type { Fen } from '../domain/money'
import type { Quote } from '../domain/quote'
import type { BureauClient } from './bureau-client'
import { err, ok, retryAfterOf, type GatewayError, type Result } from './gateway-errors'
import type { EnrolmentRecord, PaymentRecords, ReceiptStatus, Refund, ShareToken } from './model'
import type { RefundReason } from '../domain/refund'
import type { Clock, FaceCheckFailure, FaceCheckPort, PayParams, PaymentPort, RandomSource } from './ports'
import { newIdempotencyKey, randomFraction, webCryptoRandom } from './random-source'
import type { PlanChoice, QuoteProblem, Rules } from './rules'

export interface Identity {
  token: string
  maskedName: string
  maskedIdNumber: string
  /** Known after the resident's own verification; a relative opening a share card is not told it. */
  birthDate?: string
  /**
   * The bureau's reference to the resident (their own verification only): the
   * same in each of their sessions, so a bill made in an earlier one is still
   * theirs. Absent for a share card's session and an identity saved before it.
   */
  residentRef?: string
  /** Opened from a 请家人代缴 card: a relative pays for this resident. */
  openedFromShareCard?: boolean
}

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
  accountFen?: Fen
}

/** The face check did not finish on the phone (the bureau's refusals of a finished one are business errors). */
export type VerifyError = GatewayError | { kind: 'face'; reason: FaceCheckFailure }

/**
 * Where a verification is, for what the screen says while it waits:
 * `starting` the bureau checks the name and ID and starts the face
 * verification; `face` the face check runs; `confirming` the bureau reads its result.
 */
export type VerifyStage = 'starting' | 'face' | 'confirming'
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
  /**
   * The cryptographic random source for idempotency keys and the jitter of
   * waits (the root passes src/platform/random.ts; tests a deterministic one).
   * Default: Web Crypto.
   */
  random?: RandomSource
  /**
   * createOrder answered 系统繁忙 with no busy answer before it: the one
   * automatic re-send (same key and body) waits between half of this and all
   * of it. Default 1 s. Busy again, the resident is told when to try again.
   */
  busyResendDelayMs?: number
}

/**
 * How long a busy bureau is left alone, as saved across a relaunch: when the
 * wait ends (ms since the epoch) and how many busy answers came in a row, so a
 * relaunch neither ends the wait nor starts the backoff again. No personal data.
 */
export interface BusyWait {
  until: number
  streak: number
}

/** What a wait restored after a relaunch answers a createOrder asked for before its end. */
const RESTORED_BUSY: GatewayError = { kind: 'business', code: 'SYSTEM_BUSY', message: '' }

/** The bureau says it is busy: 系统繁忙, HTTP 429 or 503, or any answer with a Retry-After. */
export function isBusyError(error: GatewayError): boolean {
  if (error.kind === 'business') return error.code === 'SYSTEM_BUSY'
  return (
    error.kind === 'http' &&
    (error.status === 429 || error.status === 503 || error.retryAfterMs !== undefined)
  )
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
  const random = deps.random ?? webCryptoRandom
  const busyResendDelay = deps.busyResendDelayMs ?? 1000
  const now = (): number => deps.clock.now?.() ?? Date.now()
  /**
   * Busy answers in a row and until when no createOrder is sent: shared by
   * every caller (the resident's own bill and the family's), since it is the
   * bureau that is busy. Only an order created resets it.
   */
  let busy: { streak: number; until: number; error: GatewayError } | undefined
  const busyWatchers = new Set<(wait: BusyWait | undefined) => void>()
  const busyWait = (): BusyWait | undefined => busy && { until: busy.until, streak: busy.streak }
  function setBusy(next: typeof busy): void {
    if (next === busy) return
    busy = next
    for (const watcher of busyWatchers) watcher(busyWait())
  }

  /**
   * A wait saved before a relaunch is honoured. Its end is taken as at most
   * RETRY_AFTER_CAP_MS away (a clock set back must not lengthen it), and a wait
   * that ended longer ago than that is forgotten: that busy spell is over.
   */
  function restoreBusyWait(saved: BusyWait | undefined): void {
    if (busy || !saved || !Number.isFinite(saved.until) || !Number.isInteger(saved.streak)) return
    if (saved.streak < 1 || saved.until < now() - RETRY_AFTER_CAP_MS) return
    busy = {
      streak: saved.streak,
      until: Math.min(saved.until, now() + RETRY_AFTER_CAP_MS),
      error: RESTORED_BUSY,
    }
  }

  /**
   * The two-phase face verification: the bureau starts it with the name and
   * ID number (their one trip, to the bureau only) and answers a verifyId; the
   * face check runs on that verifyId alone; the bureau then reads the result
   * itself and only a passed check opens the session.
   */
  async function verify(
    name: string,
    idNumber: string,
    onStage?: (stage: VerifyStage) => void,
  ): Promise<Result<Identity, VerifyError>> {
    onStage?.('starting')
    const started = await deps.client.startFaceVerification({ name, idNumber })
    if (!started.ok) return started
    onStage?.('face')
    const face = await deps.face.verify(started.value.verifyId)
    if (!face.finished) return err({ kind: 'face', reason: face.reason })
    onStage?.('confirming')
    return deps.client.verifyIdentity(started.value.verifyId)
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
    return ok(
      response.value.registered ? classifyEnrolment(response.value.records) : { kind: 'not-registered' },
    )
  }

  /**
   * Creates (or, with the same key, finds again) the order for a bill. At the
   * evening peak the bureau answers 系统繁忙: the first time, one re-send of the
   * same request (the idempotency key makes it safe) after a short jittered
   * wait; then nothing is sent until the backoff (busyWaitMs, or the bureau's
   * Retry-After if longer) has passed: a tap before then answers the last
   * busy refusal without asking the bureau.
   */
  async function createOrder(
    token: string,
    record: EnrolmentRecord,
    quote: Quote,
    idempotencyKey: string,
    payFor: PayFor = {},
  ) {
    const request = {
      token,
      recordId: record.recordId,
      benefitYear: quote.benefitYear,
      category: record.category,
      amountFen: quote.payableFen,
      backYears: quote.backYears,
      ...(quote.tierId && { tierId: quote.tierId }),
      idempotencyKey,
      ...payFor,
    }
    if (busy && now() < busy.until) return err(busy.error)
    let result = await deps.client.createOrder(request)
    // The one automatic re-send, unless the bureau's Retry-After asks for longer: the resident's countdown says that wait.
    if (
      !busy &&
      !result.ok &&
      result.error.kind === 'business' &&
      result.error.code === 'SYSTEM_BUSY' &&
      retryAfterOf(result.error) <= busyResendDelay
    ) {
      const resendAfter = jitterDown(busyResendDelay, await randomFraction(random))
      await deps.clock.sleep(Math.max(resendAfter, retryAfterOf(result.error)))
      result = await deps.client.createOrder(request)
    }
    if (result.ok) setBusy(undefined)
    else if (isBusyError(result.error)) {
      const streak = (busy?.streak ?? 0) + 1
      const wait = Math.max(busyWaitMs(streak, await randomFraction(random)), retryAfterOf(result.error))
      setBusy({ streak, until: now() + wait, error: result.error })
    }
    return result
  }

  return {
    verify,
    /** The face check is simulated in this build (demo, sandbox): the verify screen says so. */
    faceSimulated: deps.face.simulated,
    /** The bureau's date (the mock bureau's in demo builds): what home counts a window's days from. */
    today: (): string => deps.clock.today(),
    loadEnrolment,
    rulesReady,
    /** The bill for a record (after rulesReady: step 2's loadEnrolment waits for it). */
    quoteFor: (record: EnrolmentRecord, choice: PlanChoice = {}): Result<Quote, QuoteProblem> =>
      loadedRules().quoteFor(record, choice),
    flexibleOfferFor: (record: EnrolmentRecord) => loadedRules().flexibleOfferFor(record),
    createOrder,
    /** Until when a busy bureau is not asked for an order (ms since the epoch), or undefined when it may be. */
    busyUntil: (): number | undefined => (busy && now() < busy.until ? busy.until : undefined),
    /** The busy wait to save (undefined once an order was created), and each change of it. */
    busyWait,
    watchBusyWait(watcher: (wait: BusyWait | undefined) => void): () => void {
      busyWatchers.add(watcher)
      return () => busyWatchers.delete(watcher)
    },
    restoreBusyWait,
    now,
    /** A fresh idempotency key from the cryptographic source, once per bill. */
    newIdempotencyKey: (): Promise<string> => newIdempotencyKey(random),
    /** A wait stretched at random by up to a quarter (poll schedules: phones do not poll in step). */
    jittered: async (ms: number): Promise<number> => jitterUp(ms, await randomFraction(random)),
    requestPayment: (payParams: PayParams) => deps.payment.requestPayment(payParams),
    /** `token`: the session that made the order (or the insured resident's). */
    queryOrder: (token: string, orderId: string) => deps.client.queryOrder(token, orderId),
    sleep: (ms: number) => deps.clock.sleep(ms),
    getReceipt: (token: string, receiptNo: string): Promise<Result<ReceiptStatus>> =>
      deps.client.getReceipt(token, receiptNo),
    listPaymentRecords: (token: string): Promise<Result<PaymentRecords>> => deps.client.listRecords(token),
    /** 退费申请: `idempotencyKey` is drawn once per request (newIdempotencyKey) and re-sent on a retry. */
    requestRefund: (input: {
      token: string
      receiptNo: string
      reason: RefundReason
      note: string
      idempotencyKey: string
    }): Promise<Result<Refund>> => {
      const note = input.note.trim()
      return deps.client.requestRefund({
        token: input.token,
        receiptNo: input.receiptNo,
        reason: input.reason,
        idempotencyKey: input.idempotencyKey,
        ...(note && { note }),
      })
    },
    createShareToken: (token: string): Promise<Result<ShareToken>> => deps.client.createShareToken(token),
    /** The resident's 请家人代缴 links still open (not paid, expired or revoked), each with its last day. */
    async listShareTokens(token: string): Promise<Result<ShareToken[]>> {
      const listed = await deps.client.listShareTokens(token)
      return listed.ok ? ok(listed.value.shares) : listed
    },
    /** The resident ends one of their links: a relative who opens it is told it was revoked, and cannot pay through it. */
    revokeShareToken: (token: string, shareToken: string): Promise<Result<{ revoked: true }>> =>
      deps.client.revokeShareToken(token, shareToken),
    async redeemShareToken(shareToken: string): Promise<Result<Identity>> {
      const redeemed = await deps.client.redeemShareToken(shareToken)
      return redeemed.ok ? ok({ ...redeemed.value, openedFromShareCard: true }) : redeemed
    },
  }
}

export type PaymentService = ReturnType<typeof createPaymentService>
