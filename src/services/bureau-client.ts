/**
 * Typed calls to the bureau gateway over either transport. Each response is
 * unwrapped from its envelope and parsed with its zod schema; anything that
 * does not parse becomes a `schema` error, never an exception.
 */
import type * as z from 'zod/mini'
import {
  bindFamilyMemberResponse,
  BUSINESS_CODES,
  familyMember,
  familyMembersResponse,
  personalAccountResponse,
  removeFamilyMemberResponse,
  createOrderResponse,
  enrolmentResponse,
  envelopeSchema,
  queryOrderResponse,
  receiptResponse,
  recordsResponse,
  redeemShareResponse,
  shareTokenResponse,
  verifyIdentityResponse,
} from '../contract/wire-schemas'
import type { Category } from '../domain/region-rules'
import type { BindingEvidence, Relation } from '../domain/family'
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
    /** With `memberToken`: the enrolment of that 常用缴费人, asked by the payer. */
    getEnrolment: (token: string, memberToken?: string) =>
      call('getEnrolment', memberToken ? { token, memberToken } : { token }, enrolmentResponse),
    createOrder: (input: {
      token: string
      recordId: string
      benefitYear: number
      category: Category
      amountFen: number
      /** Back-years repaid with this bill; the bureau recomputes the amount with them. */
      backYears: number
      idempotencyKey: string
      /** Paying for a 常用缴费人 (代他人缴费 or 家庭共济). */
      memberToken?: string
      /** The part the employee personal account pays (家庭共济). */
      accountFen?: number
    }) => call('createOrder', input, createOrderResponse),
    queryOrder: (orderId: string) => call('queryOrder', { orderId }, queryOrderResponse),
    getReceipt: (token: string, receiptNo: string) => call('getReceipt', { token, receiptNo }, receiptResponse),
    listRecords: (token: string) => call('listRecords', { token }, recordsResponse),
    createShareToken: (token: string) => call('createShareToken', { token }, shareTokenResponse),
    redeemShareToken: (shareToken: string) => call('redeemShareToken', { shareToken }, redeemShareResponse),
    listFamilyMembers: (token: string) => call('listFamilyMembers', { token }, familyMembersResponse),
    addFamilyMember: (input: { token: string; name: string; idNumber: string; relation: Relation }) =>
      call('addFamilyMember', input, familyMember),
    removeFamilyMember: (token: string, memberToken: string) =>
      call('removeFamilyMember', { token, memberToken }, removeFamilyMemberResponse),
    /** `ticket`: the photo upload's or the relative's face check's, single-use. */
    bindFamilyMember: (input: { token: string; memberToken: string; evidence: BindingEvidence; ticket: string }) =>
      call('bindFamilyMember', input, bindFamilyMemberResponse),
    getPersonalAccount: (token: string) => call('getPersonalAccount', { token }, personalAccountResponse),
  }
}

export type BureauClient = ReturnType<typeof createBureauClient>
