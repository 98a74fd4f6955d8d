/**
 * Token buckets, in memory: a bucket holds up to `burst` requests and refills
 * `perSecond` a second. Requests are counted per session token, and per
 * client address when they carry none (verification, redeeming a share, the
 * cashier); every request also counts against its address's ceiling, so
 * made-up tokens do not buy a client more. Refused: 429 with Retry-After, the
 * whole seconds until the bucket has a request again.
 */
export interface Rate {
  burst: number
  perSecond: number
}

export interface RateLimits {
  /** Requests carrying a session token, per token. */
  perSession: Rate
  /** Requests without a token, per client address. */
  perAddress: Rate
  /** Every request, per client address. */
  addressCeiling: Rate
}

export const DEFAULT_RATE_LIMITS: RateLimits = {
  perSession: { burst: 30, perSecond: 2 },
  perAddress: { burst: 60, perSecond: 5 },
  addressCeiling: { burst: 300, perSecond: 50 },
}

/** `burst:perSecond`, e.g. `30:2`; `off` lifts the limit. */
export function parseRate(text: string | undefined, fallback: Rate): Rate {
  if (!text) return fallback
  if (text === 'off') return { burst: Number.POSITIVE_INFINITY, perSecond: Number.POSITIVE_INFINITY }
  const match = /^(\d+):(\d+(?:\.\d+)?)$/.exec(text.trim())
  if (!match) throw new Error(`a rate is burst:perSecond, e.g. 30:2 (got ${JSON.stringify(text)})`)
  return { burst: Number(match[1]), perSecond: Number(match[2]) }
}

interface Bucket {
  tokens: number
  at: number
}

const MAX_BUCKETS = 50_000

export class Buckets {
  private readonly buckets = new Map<string, Bucket>()

  constructor(
    private readonly rate: Rate,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Takes one request from the key's bucket: undefined if allowed, else the seconds to wait. */
  take(key: string): number | undefined {
    if (this.rate.burst === Number.POSITIVE_INFINITY) return undefined
    const now = this.now()
    const bucket = this.buckets.get(key) ?? { tokens: this.rate.burst, at: now }
    bucket.tokens = Math.min(
      this.rate.burst,
      bucket.tokens + ((now - bucket.at) / 1000) * this.rate.perSecond,
    )
    bucket.at = now
    this.buckets.delete(key)
    this.buckets.set(key, bucket)
    if (this.buckets.size > MAX_BUCKETS) this.prune()
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1
      return undefined
    }
    return this.rate.perSecond > 0 ? Math.max(1, Math.ceil((1 - bucket.tokens) / this.rate.perSecond)) : 3600
  }

  /** Drops the least recently used buckets (a map keeps them in use order). */
  private prune(): void {
    for (const key of this.buckets.keys()) {
      if (this.buckets.size <= MAX_BUCKETS / 2) break
      this.buckets.delete(key)
    }
  }
}

export interface RateLimiter {
  /** Seconds to wait (Retry-After) and which limit refused, or undefined when the request may go on. */
  check(
    address: string,
    token: string | undefined,
  ): { retryAfterS: number; limit: 'session' | 'address' | 'ceiling' } | undefined
}

export function createRateLimiter(limits: RateLimits, now?: () => number): RateLimiter {
  const perSession = new Buckets(limits.perSession, now)
  const perAddress = new Buckets(limits.perAddress, now)
  const ceiling = new Buckets(limits.addressCeiling, now)
  return {
    check(address, token) {
      const overall = ceiling.take(address)
      if (overall !== undefined) return { retryAfterS: overall, limit: 'ceiling' }
      const wait = token ? perSession.take(token) : perAddress.take(address)
      return wait === undefined ? undefined : { retryAfterS: wait, limit: token ? 'session' : 'address' }
    },
  }
}
