/** The only caller of Taro.request. */
import Taro from '@tarojs/taro'
import type { HttpRequester } from '../services/ports'

export type { HttpRequester, HttpResult } from '../services/ports'

/** A header's value whatever its case (fetch lower-cases names, wx.request keeps the server's). */
export function headerValue(header: Record<string, unknown> | undefined, name: string): string | undefined {
  const key = Object.keys(header ?? {}).find((candidate) => candidate.toLowerCase() === name)
  const value = key === undefined ? undefined : header?.[key]
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined
}

/**
 * Redirects: on H5 Taro.request is fetch, and `redirect: 'manual'` (passed
 * through to fetch) hands a 3xx back unfollowed, as an opaque answer with
 * status 0, which the gateway refuses. WeChat's wx.request has no redirect
 * option and does not report the final address, so on weapp a redirect is
 * followed by the platform; the bureau's domain whitelist (request 合法域名)
 * is the limit there (docs/architecture.md, HTTP gateway).
 */
export const taroRequest: HttpRequester = async ({ url, method, data, timeoutMs }) => {
  try {
    const options: Taro.request.Option & { redirect: 'manual' } = {
      url,
      method,
      data,
      timeout: timeoutMs,
      header: { 'content-type': 'application/json' },
      redirect: 'manual',
    }
    const response = await Taro.request(options)
    return {
      kind: 'response',
      status: response.statusCode,
      data: response.data as unknown,
      retryAfter: headerValue(response.header as Record<string, unknown> | undefined, 'retry-after'),
    }
  } catch (error) {
    return timedOut(error) ? { kind: 'timeout' } : { kind: 'network' }
  }
}

/**
 * Whether a failed request ran out of its time. wx.request says so in its
 * errMsg (request:fail timeout). On H5, Taro.request is fetch, and at the
 * timeout Taro aborts it: fetch then rejects with an AbortError whose message
 * names no timeout. Nothing else aborts our requests (we never call the
 * request's abort()), so an AbortError is our own timeout, not a lost connection.
 */
function timedOut(error: unknown): boolean {
  if ((error as { name?: unknown } | null)?.name === 'AbortError') return true
  const message =
    error instanceof Error ? error.message : String((error as { errMsg?: string })?.errMsg ?? '')
  return message.includes('timeout')
}
