/**
 * The bureau's only source of chance. Order numbers, receipt numbers and
 * verification codes, share, session and member tokens are drawn from the
 * cryptographic source injected as `randomBytes` (the in-app mock: Web Crypto
 * or WeChat's getRandomValues; a Node sandbox: node:crypto; tests: a seeded
 * source), never from a counter or a non-cryptographic generator, so none can
 * be guessed from another.
 */
import { tokenFromBytes } from '../../domain/random-token'
import type { RandomSource } from '../../services/ports'

/** `length` bytes from a cryptographic random source (WeChat's answers asynchronously): the services' `RandomSource`. */
export type RandomBytes = RandomSource

export const DIGITS = '0123456789'
/** What a counter clerk types to check a receipt. */
export const CODE_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'

/**
 * `length` characters of `alphabet`, each equally likely: bytes at or above
 * the largest multiple of the alphabet's size are thrown away, not folded in.
 */
export async function randomText(random: RandomBytes, length: number, alphabet: string): Promise<string> {
  const limit = 256 - (256 % alphabet.length)
  let text = ''
  for (let round = 0; text.length < length; round += 1) {
    if (round > 64) throw new Error('the random source keeps answering bytes that cannot be used')
    for (const byte of await random(length * 2)) {
      if (byte < limit && text.length < length) text += alphabet.charAt(byte % alphabet.length)
    }
  }
  return text
}

/** An opaque token: the prefix and 18 random bytes as 24 base64url characters. */
export async function randomToken(random: RandomBytes, prefix: string): Promise<string> {
  return `${prefix}${tokenFromBytes(await random(18))}`
}
