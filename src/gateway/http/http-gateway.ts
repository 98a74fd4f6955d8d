/**
 * The HTTP gateway: each operation is a POST of its JSON body to
 * `${baseUrl}/${operation}` through the platform request adapter.
 * - HTTP status ≥ 400 is an error, although wx.request reports success for it.
 * - Each operation has its own timeout.
 * - Only safe operations are re-sent after a timeout, a lost connection or a
 *   5xx, with the very same body: reads, and createOrder, whose idempotency key
 *   makes a repeat find the order the first request made. verifyIdentity is
 *   never re-sent (its face-check ticket is single-use), nor createShareToken
 *   (a repeat would mint a second card).
 */
import type { GatewayTransport, Operation, TransportResponse } from '../../services/ports'
import type { HttpRequester } from '../../platform/http-request'

export const OPERATION_TIMEOUT_MS: Record<Operation, number> = {
  verifyIdentity: 15_000,
  getEnrolment: 8_000,
  createOrder: 10_000,
  queryOrder: 5_000,
  getReceipt: 8_000,
  listRecords: 8_000,
  createShareToken: 8_000,
  redeemShareToken: 8_000,
  listFamilyMembers: 8_000,
  addFamilyMember: 8_000,
  removeFamilyMember: 8_000,
  bindFamilyMember: 15_000,
  getPersonalAccount: 8_000,
}

// Not re-sent: addFamilyMember (a repeat after a lost answer is refused MEMBER_EXISTS; the app
// lists the members again instead) and bindFamilyMember (its face or photo ticket is single-use).
const SAFE_TO_RESEND: ReadonlySet<Operation> = new Set([
  'getEnrolment',
  'createOrder',
  'queryOrder',
  'getReceipt',
  'listRecords',
  'redeemShareToken',
  'listFamilyMembers',
  'removeFamilyMember',
  'getPersonalAccount',
])

export interface HttpGatewayOptions {
  baseUrl: string
  request: HttpRequester
  sleep: (ms: number) => Promise<void>
  /** Waits before each re-send of a safe operation. */
  retryDelaysMs?: number[]
  timeoutsMs?: Partial<Record<Operation, number>>
}

const isTransient = (response: TransportResponse): boolean =>
  response.kind === 'network' || response.kind === 'timeout' || (response.kind === 'http' && response.status >= 500)

export function createHttpGateway(options: HttpGatewayOptions): GatewayTransport {
  const retryDelays = options.retryDelaysMs ?? [500, 1500]

  async function sendOnce(operation: Operation, body: Record<string, unknown>): Promise<TransportResponse> {
    const response = await options.request({
      url: `${options.baseUrl}/${operation}`,
      method: 'POST',
      data: body,
      timeoutMs: options.timeoutsMs?.[operation] ?? OPERATION_TIMEOUT_MS[operation],
    })
    if (response.kind !== 'response') return response
    if (response.status >= 400) return { kind: 'http', status: response.status }
    return { kind: 'body', body: response.data }
  }

  return {
    async send(operation, body) {
      let response = await sendOnce(operation, body)
      if (!SAFE_TO_RESEND.has(operation)) return response
      for (const wait of retryDelays) {
        if (!isTransient(response)) break
        await options.sleep(wait)
        response = await sendOnce(operation, body)
      }
      return response
    },
  }
}
