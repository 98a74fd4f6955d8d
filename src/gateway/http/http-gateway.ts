/**
 * The HTTP gateway: each operation is a POST of its JSON body to
 * `${baseUrl}/${operation}` through the platform request adapter.
 * - Only a 2xx answer is an answer: HTTP status ≥ 400 is an error, although
 *   wx.request reports success for it, and so is a redirect (3xx, or H5's
 *   opaque status 0), which is never followed and accepted.
 * - 429 and 503 say the bureau is busy: they carry its Retry-After (seconds or
 *   an HTTP date) as `retryAfterMs` and are not re-sent here; the caller's
 *   backoff decides when to ask again. A 2xx answer carries it too: the bureau
 *   may refuse with 系统繁忙 inside a 200 and say how long to wait.
 * - No answer from the bureau's address (H5's opaque status 0 for a refused
 *   redirect, or no status at all) is `http` status 0, not re-sent: the request
 *   went no further than whoever redirected it, and asking again meets the same
 *   redirect. An answer reached through a followed redirect may come after the
 *   bureau did the work (307 and 308 carry the body on), so it counts as a lost
 *   connection: re-sent if safe, like any answer that may have been lost.
 * - Each operation has its own timeout.
 * - Only safe operations are re-sent after a timeout, a lost connection or
 *   another 5xx, with the very same body, after a jittered wait (longer if the
 *   bureau's Retry-After says so): reads, and createOrder, whose idempotency key
 *   makes a repeat find the order the first request made. The face verification
 *   is never re-sent: starting one mints a verifyId (a repeat would leave a
 *   second one open) and verifyIdentity uses its verifyId up; nor createShareToken
 *   (a repeat would mint a second card), nor queryOrder: the payment runner's
 *   poll is its retry loop, and re-sends here would multiply every poll.
 */
import { fractionFromBytes, jitterDown, RETRY_AFTER_CAP_MS } from '../../domain/backoff'
import type {
  GatewayTransport,
  HttpRequester,
  Operation,
  RandomSource,
  TransportResponse,
} from '../../services/ports'

export const OPERATION_TIMEOUT_MS: Record<Operation, number> = {
  startFaceVerification: 10_000,
  verifyIdentity: 15_000,
  getEnrolment: 8_000,
  createOrder: 10_000,
  queryOrder: 5_000,
  getReceipt: 8_000,
  listRecords: 8_000,
  checkReceipt: 8_000,
  createShareToken: 8_000,
  redeemShareToken: 8_000,
  listShareTokens: 8_000,
  revokeShareToken: 8_000,
  listFamilyMembers: 8_000,
  addFamilyMember: 8_000,
  removeFamilyMember: 8_000,
  startMemberFaceVerification: 10_000,
  bindFamilyMember: 15_000,
  getPersonalAccount: 8_000,
  requestRefund: 10_000,
}

// Not re-sent: addFamilyMember (a repeat after a lost answer is refused MEMBER_EXISTS; the app
// lists the members again instead), startMemberFaceVerification (it mints a verifyId) and
// bindFamilyMember (its face verifyId or photo ticket is single-use).
const SAFE_TO_RESEND: ReadonlySet<Operation> = new Set([
  'getEnrolment',
  'createOrder',
  'getReceipt',
  'listRecords',
  // A read: a repeat answers the same (it counts once more against the caller's check limit).
  'checkReceipt',
  'redeemShareToken',
  'listShareTokens',
  'listFamilyMembers',
  'removeFamilyMember',
  'getPersonalAccount',
  // Its idempotency key finds the refund a lost answer made: a repeat never asks twice.
  'requestRefund',
])

export interface HttpGatewayOptions {
  baseUrl: string
  request: HttpRequester
  sleep: (ms: number) => Promise<void>
  /** Waits before each re-send of a safe operation (each drawn between half of it and all of it when `random` is given). */
  retryDelaysMs?: number[]
  timeoutsMs?: Partial<Record<Operation, number>>
  /** The random source for the jitter of re-sends (the root passes the platform's); without it the waits are as given. */
  random?: RandomSource
  /** Milliseconds since the epoch, to read a Retry-After given as an HTTP date (default Date.now). */
  now?: () => number
}

/** Busy: answered with the bureau's Retry-After, never re-sent by the transport. */
const BUSY_STATUSES: ReadonlySet<number> = new Set([429, 503])

/** A re-send here waits at most this long for a Retry-After; a longer one is the caller's to honour. */
const MAX_RESEND_WAIT_MS = 5_000

const isTransient = (response: TransportResponse): boolean =>
  response.kind === 'network' ||
  response.kind === 'timeout' ||
  (response.kind === 'http' && response.status >= 500 && !BUSY_STATUSES.has(response.status))

/**
 * Retry-After as milliseconds from now: delay-seconds or an HTTP date, at most
 * RETRY_AFTER_CAP_MS (a figure past it, or a date far ahead, is taken as it);
 * undefined when absent or unreadable.
 */
export function parseRetryAfter(value: string | undefined, nowMs: number): number | undefined {
  const text = value?.trim()
  if (!text) return undefined
  const at = /^\d+$/.test(text) ? nowMs + Number(text) * 1000 : Date.parse(text)
  return Number.isNaN(at) ? undefined : Math.min(Math.max(0, at - nowMs), RETRY_AFTER_CAP_MS)
}

export function createHttpGateway(options: HttpGatewayOptions): GatewayTransport {
  const retryDelays = options.retryDelaysMs ?? [500, 1500]
  const now = options.now ?? (() => Date.now())

  async function sendOnce(operation: Operation, body: Record<string, unknown>): Promise<TransportResponse> {
    const response = await options.request({
      url: `${options.baseUrl}/${operation}`,
      method: 'POST',
      data: body,
      timeoutMs: options.timeoutsMs?.[operation] ?? OPERATION_TIMEOUT_MS[operation],
    })
    if (response.kind !== 'response') return response
    // The answer is not the bureau's, but the request may have reached it through the redirect.
    if (response.redirected) return { kind: 'network' }
    // A status the platform could not read (H5's opaque 0 for a refused redirect; none at all) is no answer.
    const status = Number.isInteger(response.status) && response.status > 0 ? response.status : 0
    const retryAfterMs = parseRetryAfter(response.retryAfter, now())
    const after = retryAfterMs === undefined ? {} : { retryAfterMs }
    if (status < 200 || status >= 300) return { kind: 'http', status, ...after }
    return { kind: 'body', body: response.data, ...after }
  }

  async function waitBefore(delay: number, response: TransportResponse): Promise<void> {
    const jittered = options.random ? jitterDown(delay, fractionFromBytes(await options.random(4))) : delay
    const retryAfter = response.kind === 'http' ? (response.retryAfterMs ?? 0) : 0
    await options.sleep(Math.max(jittered, retryAfter))
  }

  return {
    async send(operation, body) {
      let response = await sendOnce(operation, body)
      if (!SAFE_TO_RESEND.has(operation)) return response
      for (const delay of retryDelays) {
        if (!isTransient(response)) break
        if (response.kind === 'http' && (response.retryAfterMs ?? 0) > MAX_RESEND_WAIT_MS) break
        await waitBefore(delay, response)
        response = await sendOnce(operation, body)
      }
      return response
    },
  }
}
