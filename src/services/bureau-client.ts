/**
 * Typed calls to the bureau gateway over either transport. Each response is
 * unwrapped from its envelope, parsed with its zod schema and mapped to the
 * app's model (model.ts); anything that does not parse becomes a `schema`
 * error, never an exception. No wire type leaves this module.
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
  faceVerificationResponse,
  queryOrderResponse,
  receiptResponse,
  receiptCheckResponse,
  recordsResponse,
  redeemShareResponse,
  refund,
  revokeShareTokenResponse,
  shareTokenResponse,
  shareTokensResponse,
  verifyIdentityResponse,
} from '../contract/wire-schemas'
import type { RequestBody } from '../contract/operations'
import type { Category } from '../domain/region-rules'
import type { BindingEvidence, Relation } from '../domain/family'
import type { RefundReason } from '../domain/refund'
import { err, ok, type BusinessCode, type Result } from './gateway-errors'
import { fromWire, type ShareToken } from './model'
import type { GatewayTransport, Operation } from './ports'

type Schema<T> = z.ZodMiniType<T>

const toBusinessCode = (code: string): BusinessCode =>
  BUSINESS_CODES.find((known) => known === code) ?? 'UNKNOWN'

/**
 * What an operation may send: its request schema's body (src/contract/request-schemas.ts, paired in
 * src/contract/operations.ts) and no field the schema lacks, so the body and the contract cannot drift.
 */
type BodyOf<O extends Operation, B> = B & Record<Exclude<keyof B, keyof RequestBody<O>>, never>

export function createBureauClient(transport: GatewayTransport) {
  async function call<O extends Operation, B extends RequestBody<O>, W, T>(
    operation: O,
    body: BodyOf<O, B>,
    schema: Schema<W>,
    toApp: (wire: W) => T,
  ): Promise<Result<T>> {
    const response = await transport.send(operation, body)
    if (response.kind !== 'body') return err(response)
    const envelope = envelopeSchema.safeParse(response.body)
    if (!envelope.success) return err({ kind: 'schema', operation })
    if (!envelope.data.ok) {
      const { code, message, receiptNo, until, orderId } = envelope.data.error
      const { retryAfterMs } = response
      return err({
        kind: 'business',
        code: toBusinessCode(code),
        message,
        receiptNo,
        until,
        orderId,
        // A 200 refusing with 系统繁忙 may say, in its Retry-After, how long to wait.
        ...(retryAfterMs !== undefined && { retryAfterMs }),
      })
    }
    const data = schema.safeParse(envelope.data.data)
    return data.success ? ok(toApp(data.data)) : err({ kind: 'schema', operation })
  }

  return {
    /** Phase 1 of the face verification: the only call that carries the resident's ID number. */
    startFaceVerification: (input: { name: string; idNumber: string }) =>
      call('startFaceVerification', input, faceVerificationResponse, fromWire.faceVerification),
    /** Phase 3: the bureau reads the face result itself and, if it passed, opens the session. */
    verifyIdentity: (verifyId: string) =>
      call('verifyIdentity', { verifyId }, verifyIdentityResponse, fromWire.verifiedIdentity),
    /** With `memberToken`: the enrolment of that 常用缴费人, asked by the payer. */
    getEnrolment: (token: string, memberToken?: string) =>
      call(
        'getEnrolment',
        memberToken ? { token, memberToken } : { token },
        enrolmentResponse,
        fromWire.enrolment,
      ),
    createOrder: (input: {
      token: string
      recordId: string
      benefitYear: number
      category: Category
      amountFen: number
      /** Back-years repaid with this bill; the bureau recomputes the amount with them. */
      backYears: number
      /** The tier chosen at step 3, where the region has tiers; the bureau requotes with it. */
      tierId?: string
      idempotencyKey: string
      /** Paying for a 常用缴费人 (代他人缴费 or 家庭共济). */
      memberToken?: string
      /** The part the employee personal account pays (家庭共济). */
      accountFen?: number
    }) => call('createOrder', input, createOrderResponse, fromWire.createdOrder),
    /** `token`: the session of the order's payer or insured resident (or of the share link it was made through). */
    queryOrder: (token: string, orderId: string) =>
      call('queryOrder', { token, orderId }, queryOrderResponse, fromWire.orderAnswer),
    getReceipt: (token: string, receiptNo: string) =>
      call('getReceipt', { token, receiptNo }, receiptResponse, fromWire.receiptStatus),
    /** 电子凭证查验: no session; the bureau limits how often one caller may ask (RATE_LIMITED with a wait). */
    checkReceipt: (receiptNo: string, verificationCode: string) =>
      call('checkReceipt', { receiptNo, verificationCode }, receiptCheckResponse, fromWire.receiptCheck),
    listRecords: (token: string) => call('listRecords', { token }, recordsResponse, fromWire.paymentRecords),
    /** 退费申请: the key makes a re-send answer the same refund; `note` only when there is one. */
    requestRefund: (input: {
      token: string
      receiptNo: string
      reason: RefundReason
      note?: string
      idempotencyKey: string
    }) => call('requestRefund', input, refund, fromWire.refund),
    createShareToken: (token: string) =>
      call('createShareToken', { token }, shareTokenResponse, fromWire.shareToken),
    redeemShareToken: (shareToken: string) =>
      call('redeemShareToken', { shareToken }, redeemShareResponse, fromWire.sharedSession),
    /** The resident's 请家人代缴 links still open (not paid, expired or revoked). */
    listShareTokens: (token: string) =>
      call('listShareTokens', { token }, shareTokensResponse, (wire): { shares: ShareToken[] } => ({
        shares: wire.shares.map(fromWire.shareToken),
      })),
    /** The resident ends one of their links; its relative's session can no longer act. */
    revokeShareToken: (token: string, shareToken: string) =>
      call(
        'revokeShareToken',
        { token, shareToken },
        revokeShareTokenResponse,
        (wire): { revoked: true } => wire,
      ),
    listFamilyMembers: (token: string) =>
      call('listFamilyMembers', { token }, familyMembersResponse, fromWire.familyMembers),
    addFamilyMember: (input: { token: string; name: string; idNumber: string; relation: Relation }) =>
      call('addFamilyMember', input, familyMember, fromWire.familyMember),
    removeFamilyMember: (token: string, memberToken: string) =>
      call('removeFamilyMember', { token, memberToken }, removeFamilyMemberResponse, fromWire.removed),
    /** Phase 1 of a relative's face verification (binding, 16 and over). */
    startMemberFaceVerification: (token: string, memberToken: string) =>
      call(
        'startMemberFaceVerification',
        { token, memberToken },
        faceVerificationResponse,
        fromWire.faceVerification,
      ),
    /** `ticket`: the photo upload's, or the verifyId of the relative's face verification; single-use. */
    bindFamilyMember: (input: {
      token: string
      memberToken: string
      evidence: BindingEvidence
      ticket: string
    }) => call('bindFamilyMember', input, bindFamilyMemberResponse, fromWire.binding),
    getPersonalAccount: (token: string) =>
      call('getPersonalAccount', { token }, personalAccountResponse, fromWire.personalAccount),
  }
}

export type BureauClient = ReturnType<typeof createBureauClient>
