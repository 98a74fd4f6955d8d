/**
 * What the bureau answers, in the wire envelope every transport carries:
 * `{ ok: true, data }` or `{ ok: false, error: { code, message, … } }`.
 */
import type { KnownBusinessCode } from '../../contract/wire-schemas'

export interface Refusal {
  code: KnownBusinessCode
  /** Chinese, for people: the app shows its own advice for the code. */
  message: string
  /** ALREADY_PAID: the receipt of the payment already made. */
  receiptNo?: string
  /** MAINTENANCE: when the bureau is back, HH:mm. */
  until?: string
  /** TRADE_LOCKED: the open order that holds the record. */
  orderId?: string
}

/**
 * `retryAfterS` is not part of the envelope: a transport carries it beside it
 * (the sandbox as a Retry-After header, the in-app mock as the answer's wait).
 */
export type Reply = { ok: true; data: unknown } | { ok: false; error: Refusal; retryAfterS?: number }

export const reply = (data: unknown): Reply => ({ ok: true, data })

export const refuse = (
  code: KnownBusinessCode,
  message: string,
  extra: Omit<Refusal, 'code' | 'message'> = {},
): Reply => ({
  ok: false,
  error: { code, message, ...extra },
})

/** The refusals several operations give, worded once. */
export const REFUSED = {
  sessionExpired: () => refuse('SESSION_EXPIRED', '认证已过期'),
  scopeDenied: () => refuse('SCOPE_DENIED', '此链接仅可为该居民缴费'),
  shareRevoked: () => refuse('SHARE_REVOKED', '代缴邀请已被撤回'),
  shareExpired: () => refuse('SHARE_EXPIRED', '代缴邀请已过期'),
  noSuchPerson: () => refuse('NOT_PAYABLE', '未找到该缴费人'),
  rateLimited: (retryAfterS: number): Reply => ({
    ok: false,
    error: { code: 'RATE_LIMITED', message: '查验过于频繁，请稍后再试' },
    retryAfterS,
  }),
}

/** A request field that should be text: anything else is treated as missing. */
export const text = (value: unknown): string => (typeof value === 'string' ? value : '')
