/**
 * Typed calls to the bureau gateway over either transport. Each response is
 * unwrapped from its envelope and parsed with its zod schema; anything that
 * does not parse becomes a `schema` error, never an exception.
 */
import type * as z from 'zod/mini'
import {
  BUSINESS_CODES,
  createOrderResponse,
  enrolmentResponse,
  envelopeSchema,
  queryOrderResponse,
  receiptResponse,
  recordsResponse,
  redeemShareResponse,
  shareTokenResponse,
  verifyIdentityResponse,
} from '../gateway/wire-schemas'
import type { Category } from '../domain/region-rules'
import { err, ok, type BusinessCode, type Result } from './gateway-errors'
import type { GatewayTransport, Operation } from './ports'

type Schema<T> = z.ZodMiniType<T>

function toBusinessCode(code: string): BusinessCode {
  return (BUSINESS_CODES as readonly string[]).includes(code) ? (code as BusinessCode) : 'UNKNOWN'
}

export function createBureauClient(transport: GatewayTransport) {
  async function call<T>(operation: Operation, body: Record<string, unknown>, schema: Schema<T>): Promise<Result<T>> {
    const response = await transport.send(operation, body)
    if (response.kind !== 'body') return err(response)
    const envelope = envelopeSchema.safeParse(response.body)
    if (!envelope.success) return err({ kind: 'schema', operation })
    if (!envelope.data.ok) {
      const { code, message, receiptNo, until } = envelope.data.error
      return err({ kind: 'business', code: toBusinessCode(code), message, receiptNo, until })
    }
    const data = schema.safeParse(envelope.data.data)
    return data.success ? ok(data.data) : err({ kind: 'schema', operation })
  }

  return {
    verifyIdentity: (input: { name: string; idNumber: string; faceTicket: string }) =>
      call('verifyIdentity', input, verifyIdentityResponse),
    getEnrolment: (token: string) => call('getEnrolment', { token }, enrolmentResponse),
    createOrder: (input: {
      token: string
      recordId: string
      benefitYear: number
      category: Category
      amountFen: number
      /** Back-years repaid with this bill; the bureau recomputes the amount with them. */
      backYears: number
      idempotencyKey: string
    }) => call('createOrder', input, createOrderResponse),
    queryOrder: (orderId: string) => call('queryOrder', { orderId }, queryOrderResponse),
    getReceipt: (token: string, receiptNo: string) => call('getReceipt', { token, receiptNo }, receiptResponse),
    listRecords: (token: string) => call('listRecords', { token }, recordsResponse),
    createShareToken: (token: string) => call('createShareToken', { token }, shareTokenResponse),
    redeemShareToken: (shareToken: string) => call('redeemShareToken', { shareToken }, redeemShareResponse),
  }
}

export type BureauClient = ReturnType<typeof createBureauClient>
