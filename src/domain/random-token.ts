/**
 * Random bytes as a token a URL, a share card or a storage key can carry:
 * base64url without padding. 16 bytes (128 bits) make 22 characters.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'

export function tokenFromBytes(bytes: Uint8Array): string {
  let out = ''
  let buffer = 0
  let bits = 0
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte
    bits += 8
    while (bits >= 6) {
      bits -= 6
      out += ALPHABET[(buffer >> bits) & 63]
    }
    buffer &= (1 << bits) - 1
  }
  return bits > 0 ? out + ALPHABET[(buffer << (6 - bits)) & 63] : out
}
