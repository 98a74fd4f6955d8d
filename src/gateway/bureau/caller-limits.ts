/**
 * How often one caller may ask an operation that needs no session and could be
 * used to probe (电子凭证查验): a token bucket per caller, in memory. The caller
 * is whom the transport can tell apart: the sandbox passes the client's
 * address, the in-app mock its one device. Refused: the whole seconds until the
 * caller's bucket holds a request again (the Retry-After).
 */
import type { Operation } from '../../services/ports'

export interface CallerRate {
  /** Requests a caller may make at once. */
  burst: number
  /** Requests the bucket gains back per minute. */
  perMinute: number
}

/**
 * 10 checks at once, then one every 6 s: a counter checking a pile of receipts
 * is not held up, while a caller guessing 6-character codes (36⁶ ≈ 2.2 billion
 * for each receipt number) gets 14,400 guesses a day.
 */
export const CALLER_RATES: Partial<Record<Operation, CallerRate>> = {
  checkReceipt: { burst: 10, perMinute: 10 },
}

/** The caller of the in-app mock bureau: it runs on one phone. */
export const THIS_DEVICE = 'this-device'

const MAX_CALLERS = 10_000

interface Bucket {
  tokens: number
  at: number
}

export interface CallerLimits {
  /** Takes one request from the caller's bucket for the operation: undefined if allowed, else the seconds to wait. */
  take(operation: Operation, caller: string, nowMs: number): number | undefined
}

export function createCallerLimits(
  rates: Partial<Record<Operation, CallerRate>> = CALLER_RATES,
): CallerLimits {
  const buckets = new Map<string, Bucket>()
  return {
    take(operation, caller, nowMs) {
      const rate = rates[operation]
      if (!rate) return undefined
      const key = `${operation} ${caller}`
      const perMs = rate.perMinute / 60_000
      const bucket = buckets.get(key) ?? { tokens: rate.burst, at: nowMs }
      bucket.tokens = Math.min(rate.burst, bucket.tokens + Math.max(0, nowMs - bucket.at) * perMs)
      bucket.at = nowMs
      // A map keeps insertion order: re-inserting makes it the most recent, and the oldest go first.
      buckets.delete(key)
      buckets.set(key, bucket)
      for (const oldest of buckets.keys()) {
        if (buckets.size <= MAX_CALLERS) break
        buckets.delete(oldest)
      }
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1
        return undefined
      }
      return Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000))
    },
  }
}
