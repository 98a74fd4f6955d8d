/**
 * The Taro.request adapter tells a timeout from a lost connection, on both
 * platforms: wx.request reports `request:fail timeout`, while on H5 Taro
 * aborts its fetch at the timeout and fetch rejects with an AbortError. The
 * fake below behaves as Taro's H5 request does (an AbortController and a
 * timer of `timeout` ms), over a server that never answers or a network that
 * is gone.
 */
import { describeGatewayError } from '../../src/services/gateway-errors'
import { taroRequest } from '../../src/platform/http-request'

const mockRequest = jest.fn()
jest.mock('@tarojs/taro', () => ({
  __esModule: true,
  default: { request: (...args: unknown[]) => mockRequest(...args) },
}))

/** Taro 4's H5 request: fetch with a signal that its own timer aborts after `timeout` ms. */
function h5Request(fetchLike: (signal: AbortSignal) => Promise<unknown>) {
  return (options: { timeout: number }) => {
    const controller = new AbortController()
    const timer = setTimeout(() => controller.abort(), options.timeout)
    return fetchLike(controller.signal).finally(() => clearTimeout(timer))
  }
}

/** A server that never answers: only the abort ends the wait, as fetch does (DOMException AbortError). */
const neverAnswers = (signal: AbortSignal) =>
  new Promise((_resolve, reject) =>
    signal.addEventListener('abort', () =>
      reject(new DOMException('This operation was aborted', 'AbortError')),
    ),
  )

const send = () => taroRequest({ url: 'https://bureau.example/api', method: 'POST', data: {}, timeoutMs: 20 })

beforeEach(() => mockRequest.mockReset())

test('on H5, a request aborted by its timeout is a timeout (请求超时), not a lost connection', async () => {
  mockRequest.mockImplementation(h5Request(neverAnswers))
  const result = await send()
  expect(result).toEqual({ kind: 'timeout' })
  expect(result.kind !== 'response' && describeGatewayError(result).title).toBe('请求超时')
})

test('on H5, a fetch that fails at once (no network) is still a lost connection', async () => {
  mockRequest.mockImplementation(h5Request(() => Promise.reject(new TypeError('Failed to fetch'))))
  expect(await send()).toEqual({ kind: 'network' })
})

test('on weapp, wx.request’s timeout and its other failures keep their meaning', async () => {
  mockRequest.mockRejectedValueOnce({ errMsg: 'request:fail timeout' })
  expect(await send()).toEqual({ kind: 'timeout' })
  mockRequest.mockRejectedValueOnce({ errMsg: 'request:fail net::ERR_INTERNET_DISCONNECTED' })
  expect(await send()).toEqual({ kind: 'network' })
})
