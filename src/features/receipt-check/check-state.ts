/**
 * The 查验凭证 page's states and how a bureau answer moves them: checking,
 * then valid, not found, limited (with when to ask again), unreachable (no
 * network, no answer) or another failure said by describeGatewayError.
 */
import { retryAfterOf, type GatewayError, type Result } from '../../services/gateway-errors'
import type { ReceiptCheck } from '../../services/model'

export type ValidReceipt = Extract<ReceiptCheck, { status: 'valid' }>

export type CheckState =
  | { kind: 'idle' }
  | { kind: 'checking' }
  | { kind: 'valid'; receipt: ValidReceipt }
  | { kind: 'not-found' }
  /** `retryAt`: ms since the epoch when the bureau takes a check again. */
  | { kind: 'rate-limited'; retryAt: number }
  | { kind: 'unreachable' }
  | { kind: 'failed'; error: GatewayError }

/** The bureau limits without saying how long (a 429 without Retry-After): ask again after this. */
const DEFAULT_WAIT_MS = 10_000

const isLimited = (error: GatewayError): boolean =>
  (error.kind === 'business' && (error.code === 'RATE_LIMITED' || error.code === 'SYSTEM_BUSY')) ||
  (error.kind === 'http' && error.status === 429)

/** No answer at all: no network, a lost connection, a timeout, or nothing readable from the bureau's address. */
const isUnreachable = (error: GatewayError): boolean =>
  error.kind === 'network' || error.kind === 'timeout' || (error.kind === 'http' && !(error.status > 0))

export function stateAfter(answer: Result<ReceiptCheck>, nowMs: number): CheckState {
  if (answer.ok) {
    return answer.value.status === 'valid' ? { kind: 'valid', receipt: answer.value } : { kind: 'not-found' }
  }
  const { error } = answer
  if (isLimited(error))
    return { kind: 'rate-limited', retryAt: nowMs + (retryAfterOf(error) || DEFAULT_WAIT_MS) }
  if (isUnreachable(error)) return { kind: 'unreachable' }
  return { kind: 'failed', error }
}
