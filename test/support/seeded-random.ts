/**
 * A deterministic stand-in for a cryptographic random source, for tests that
 * need the bureau's numbers and tokens to repeat (mulberry32: not for real use).
 */
import type { RandomBytes } from '../../src/gateway/bureau'

export function seededRandomBytes(seed: number): RandomBytes {
  let state = seed >>> 0
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return (t ^ (t >>> 14)) >>> 0
  }
  return (length) => Uint8Array.from({ length }, () => next() & 0xff)
}
