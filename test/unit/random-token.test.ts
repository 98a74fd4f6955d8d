import { tokenFromBytes } from '../../src/domain/random-token'
import { randomBytes } from '../../src/platform/random'

test('tokenFromBytes is base64url without padding, as Node encodes it', () => {
  for (const length of [0, 1, 2, 3, 16, 24, 33]) {
    const bytes = Uint8Array.from({ length }, (_, index) => (index * 73 + 41) % 256)
    expect(tokenFromBytes(bytes)).toBe(Buffer.from(bytes).toString('base64url'))
  }
})

test('randomBytes gives the length asked for, and two draws differ', async () => {
  const [first, second] = await Promise.all([randomBytes(16), randomBytes(16)])
  expect(first).toHaveLength(16)
  expect(tokenFromBytes(first)).not.toBe(tokenFromBytes(second))
})

test('randomBytes refuses rather than fall back to Math.random when no cryptographic source exists', async () => {
  const crypto = Object.getOwnPropertyDescriptor(globalThis, 'crypto')
  Object.defineProperty(globalThis, 'crypto', { value: undefined, configurable: true })
  try {
    await expect(randomBytes(8)).rejects.toThrow('no cryptographic random source')
  } finally {
    if (crypto) Object.defineProperty(globalThis, 'crypto', crypto)
  }
})
