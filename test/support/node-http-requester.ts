/**
 * The platform's HttpRequester contract, over Node's fetch, for tests against
 * the bureau simulator. Like the app's H5 requester it does not follow
 * redirects (`redirect: 'manual'`: Node hands back the 3xx itself), and it
 * reports the Retry-After header.
 */
import type { HttpRequester } from '../../src/platform/http-request'

export const nodeRequester: HttpRequester = async ({ url, method, data, timeoutMs }) => {
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), timeoutMs)
  try {
    const response = await fetch(url, {
      method,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(data),
      signal: controller.signal,
      redirect: 'manual',
    })
    const text = await response.text()
    let parsed: unknown = text
    try {
      parsed = JSON.parse(text)
    } catch {
      // Not JSON: handed on as text for the schema to refuse.
    }
    const retryAfter = response.headers.get('retry-after') ?? undefined
    return {
      kind: 'response',
      status: response.status,
      data: parsed,
      retryAfter,
      redirected: response.redirected,
    }
  } catch {
    return controller.signal.aborted ? { kind: 'timeout' } : { kind: 'network' }
  } finally {
    clearTimeout(timer)
  }
}
