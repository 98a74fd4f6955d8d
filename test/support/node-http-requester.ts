/** The platform's HttpRequester contract, over Node's fetch, for tests against the bureau simulator. */
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
    })
    const text = await response.text()
    let parsed: unknown = text
    try {
      parsed = JSON.parse(text)
    } catch {
      // Not JSON: handed on as text for the schema to refuse.
    }
    return { kind: 'response', status: response.status, data: parsed }
  } catch {
    return controller.signal.aborted ? { kind: 'timeout' } : { kind: 'network' }
  } finally {
    clearTimeout(timer)
  }
}
