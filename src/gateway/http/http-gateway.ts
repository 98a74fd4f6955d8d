/**
 * The HTTP gateway: each operation is a POST of its JSON body to
 * `${baseUrl}/${operation}` through the platform request adapter. HTTP status
 * ≥ 400 is an error even though wx.request reports success for it.
 * (Retries, per-operation timeouts and idempotent re-sends: the payment issue.)
 */
import type { GatewayTransport } from '../../services/ports'
import type { HttpRequester } from '../../platform/http-request'

export function createHttpGateway(baseUrl: string, request: HttpRequester, timeoutMs = 10000): GatewayTransport {
  return {
    async send(operation, body) {
      const response = await request({ url: `${baseUrl}/${operation}`, method: 'POST', data: body, timeoutMs })
      if (response.kind !== 'response') return response
      if (response.status >= 400) return { kind: 'http', status: response.status }
      return { kind: 'body', body: response.data }
    },
  }
}
