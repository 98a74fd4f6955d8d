/**
 * The platform's cryptographic random source, for idempotency keys and, in the
 * demo build, the mock bureau's tokens and order numbers. Browsers and Node
 * have Web Crypto; WeChat has wx.getRandomValues (base library 2.15.0+), which
 * answers asynchronously, so this answers asynchronously everywhere. There is
 * no fallback to Math.random: without a cryptographic source it refuses.
 */
interface WeChatRandom {
  getRandomValues(options: {
    length: number
    success(result: { randomValues: ArrayBuffer }): void
    fail(error: unknown): void
  }): void
}

declare const wx: WeChatRandom | undefined

export function randomBytes(length: number): Promise<Uint8Array> {
  const webCrypto = globalThis.crypto
  if (webCrypto && typeof webCrypto.getRandomValues === 'function') {
    return Promise.resolve(webCrypto.getRandomValues(new Uint8Array(length)))
  }
  if (typeof wx !== 'undefined' && typeof wx.getRandomValues === 'function') {
    const weChat = wx
    return new Promise((resolve, reject) => {
      weChat.getRandomValues({
        length,
        success: ({ randomValues }) => resolve(new Uint8Array(randomValues)),
        fail: reject,
      })
    })
  }
  return Promise.reject(new Error('no cryptographic random source on this platform'))
}
