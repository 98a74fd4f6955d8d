/**
 * The mock bureau's default random source where Web Crypto exists (browsers,
 * Node): `crypto.getRandomValues`. WeChat's runtime has no global `crypto`:
 * there the composition root passes the platform's source (wx.getRandomValues).
 */
import type { RandomBytes } from '../bureau'

export const webCryptoRandomBytes: RandomBytes = (length) => {
  const crypto = (globalThis as { crypto?: { getRandomValues?: (array: Uint8Array) => Uint8Array } }).crypto
  if (!crypto?.getRandomValues)
    throw new Error('no cryptographic random source here: pass randomBytes to createMockGateway')
  return crypto.getRandomValues(new Uint8Array(length))
}
