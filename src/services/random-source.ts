/**
 * What the services draw from the injected random source (ports.ts
 * `RandomSource`): idempotency keys and the random part of waits. The
 * composition root passes the platform's source (src/platform/random.ts);
 * without one, Web Crypto where the runtime has it, never Math.random.
 */
import { fractionFromBytes } from '../domain/backoff'
import { tokenFromBytes } from '../domain/random-token'
import type { RandomSource } from './ports'

/** Web Crypto's getRandomValues; refuses where there is none (weapp: the root passes wx.getRandomValues). */
export const webCryptoRandom: RandomSource = (length) => {
  const crypto = (globalThis as { crypto?: { getRandomValues?: (array: Uint8Array) => Uint8Array } }).crypto
  if (!crypto?.getRandomValues)
    return Promise.reject(new Error('no cryptographic random source: pass `random` to the payment service'))
  return crypto.getRandomValues(new Uint8Array(length))
}

/** A number in [0, 1) from 4 random bytes. */
export async function randomFraction(random: RandomSource): Promise<number> {
  return fractionFromBytes(await random(4))
}

/** Opaque, unguessable and free of personal data: 16 random bytes (128 bits) after `idem-`. */
export async function newIdempotencyKey(random: RandomSource): Promise<string> {
  return `idem-${tokenFromBytes(await random(16))}`
}
