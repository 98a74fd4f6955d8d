/**
 * How long to wait before asking a busy bureau again, and jitter for waits
 * that many phones would otherwise keep in step. Pure: the random fraction
 * (0 ≤ fraction < 1) comes from the caller's random source.
 */

/** The longest a resident is asked to wait after busy answers in a row (a Retry-After may say more). */
export const BUSY_WAIT_CAP_MS = 60_000

/** The longest Retry-After the app honours; beyond it the bureau's figure is taken as this. */
export const RETRY_AFTER_CAP_MS = 10 * 60_000

/**
 * The wait after the `streak`-th busy answer in a row (streak ≥ 1): the step
 * doubles from 4 s up to 60 s, and the wait falls at random in its upper half
 * (2–4 s, 4–8 s, 8–16 s, 16–32 s, 30–60 s, …). Half of each step is always
 * waited, so a resident who keeps tapping cannot push the requests above what
 * the lower bounds allow (bench: requests in 5 minutes of 系统繁忙); the
 * random half keeps phones that were refused together from returning together.
 */
export function busyWaitMs(streak: number, fraction: number): number {
  const step = Math.min(BUSY_WAIT_CAP_MS, 2000 * 2 ** Math.max(1, streak))
  return Math.round(step / 2 + (clampFraction(fraction) * step) / 2)
}

/** A wait stretched by up to `spread` of itself at random (never shortened: minimum gaps still hold). */
export function jitterUp(delayMs: number, fraction: number, spread = 0.25): number {
  return Math.round(delayMs * (1 + spread * clampFraction(fraction)))
}

/** A wait drawn between half of `delayMs` and all of it. */
export function jitterDown(delayMs: number, fraction: number): number {
  return Math.round(delayMs / 2 + (clampFraction(fraction) * delayMs) / 2)
}

const clampFraction = (fraction: number): number =>
  Number.isFinite(fraction) ? Math.min(Math.max(fraction, 0), 1) : 0

/** A number in [0, 1) from the first 4 of some random bytes (missing bytes count as 0). */
export function fractionFromBytes(bytes: Uint8Array): number {
  let value = 0
  for (let index = 0; index < 4; index += 1) value = value * 256 + (bytes[index] ?? 0)
  return value / 2 ** 32
}
