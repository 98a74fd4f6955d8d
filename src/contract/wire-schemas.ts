/**
 * The bureau gateway's wire format: one zod schema per operation's response.
 * Nothing from the gateway is used before it passes one of these.
 */
import * as z from 'zod/mini'
import '../config/zod-setup'
import { CATEGORIES, SUBSIDY_GROUPS } from '../domain/region-rules'
import { BINDING_EVIDENCE, RELATIONS } from '../domain/family'
import { fen as brandFen, type Fen } from '../domain/money'
import { ORDER_STATUSES } from '../domain/payment-machine'
import { REFUND_REASONS, REFUND_STATUSES } from '../domain/refund'

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))
/** Money on the wire is whole fen; parsed, it is the domain's `Fen`, so nothing above re-brands it. */
const fen = z
  .pipe(
    z.int().check(z.nonnegative()),
    z.transform((value: number): Fen => brandFen(value)),
  )
  .check(z.describe('Money: a whole number of fen (分; 100 fen = 1 元), never a decimal yuan amount.'))
/** The wire's one money schema, shared by the request schemas and the contract document (docs/contract). */
export const fenSchema = fen

export const BUSINESS_CODES = [
  'IDENTITY_MISMATCH',
  'SESSION_EXPIRED',
  'ALREADY_PAID',
  'AMOUNT_MISMATCH',
  'NOT_PAYABLE',
  'TRADE_LOCKED',
  'MAINTENANCE',
  'SYSTEM_BUSY',
  'ORDER_CLOSED',
  'SHARE_INVALID',
  // The bureau contract: a key bound to its session and body; reads by the payer or the insured only;
  // a share session scoped to one resident's bill; a share ended by revocation or by its last day.
  'IDEMPOTENCY_CONFLICT',
  'NOT_FOUND',
  'SCOPE_DENIED',
  'SHARE_REVOKED',
  'SHARE_EXPIRED',
  // 常用缴费人 and 家庭共济.
  'MEMBER_LIMIT',
  'MEMBER_EXISTS',
  'MEMBER_IS_SELF',
  'NOT_BOUND',
  'OUT_OF_SCOPE',
  'INSUFFICIENT_BALANCE',
  // Two-phase face verification (startFaceVerification, then verifyIdentity or bindFamilyMember).
  'FACE_INCOMPLETE',
  'FACE_FAILED',
  'FACE_EXPIRED',
  'FACE_INVALID',
  // 退费申请: one refund per payment; a reason the bureau takes (其他 with a short note).
  'REFUND_EXISTS',
  'REFUND_REASON_INVALID',
  // 电子凭证查验 without a session: the bureau limits how often one caller may ask (with a Retry-After).
  'RATE_LIMITED',
] as const
export type KnownBusinessCode = (typeof BUSINESS_CODES)[number]

/** A record's standing for its benefit year, as the bureau says. */
export const RECORD_STATUSES = ['payable', 'paid', 'fully-subsidised'] as const
export type RecordStatus = (typeof RECORD_STATUSES)[number]

/** How WeChat Pay's cashier parameters are signed. */
export const SIGN_TYPES = ['MD5', 'HMAC-SHA256', 'RSA'] as const
export type SignType = (typeof SIGN_TYPES)[number]

/** Every response is wrapped: `{ ok: true, data }` or `{ ok: false, error }`. */
export const envelopeSchema = z.union([
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({
    ok: z.literal(false),
    error: z.object({
      code: z.string(),
      message: z.string(),
      /** ALREADY_PAID: the receipt of the payment already made. */
      receiptNo: z.optional(z.string()),
      /** MAINTENANCE: when the bureau's system is back, HH:mm. */
      until: z.optional(z.string().check(z.regex(/^\d{2}:\d{2}$/))),
      /** TRADE_LOCKED: the open order that holds the record for the year. */
      orderId: z.optional(z.string()),
    }),
  }),
])

/**
 * A face verification the bureau started (WeChat's getverifyid): the `verifyId` the app hands to
 * wx.requestFacialVerify, bound to one person, single-use, and good for `expiresInSeconds`.
 */
export const faceVerificationResponse = z.object({
  verifyId: z.string().check(z.minLength(16)),
  expiresInSeconds: z.int().check(z.positive()),
})

export const verifyIdentityResponse = z.object({
  token: z.string().check(z.minLength(8)),
  maskedName: z.string(),
  maskedIdNumber: z.string().check(z.length(18)),
  birthDate: isoDate,
  residentRef: z
    .string()
    .check(
      z.minLength(16),
      z.describe(
        "The bureau's opaque reference to this resident: the same in each of their sessions, another for another person. Random (a cryptographic source), drawn once per person and kept by the bureau, never derived from the ID number, so it rebuilds nothing. The app tells by it that a resident verifying again is the one whose bill it holds.",
      ),
    ),
})

/** One benefit year the bureau holds as paid, and the day it was paid (a late payment shows as a later day). */
export const paidYear = z.object({ benefitYear: z.int(), paidOn: isoDate })

export const enrolmentRecord = z.object({
  recordId: z.string(),
  adcode: z.string().check(z.regex(/^\d{6}$/)),
  regionName: z.string(),
  category: z.enum(CATEGORIES),
  subsidyGroup: z.enum(SUBSIDY_GROUPS),
  benefitYear: z.int(),
  status: z.enum(RECORD_STATUSES),
  receiptNo: z.optional(z.string()),
  // What the waiting period and incentive rules need; absent means none known.
  breakYears: z.optional(z.int().check(z.nonnegative())),
  continuousYears: z.optional(z.int().check(z.nonnegative())),
  claimFreeLastYear: z.optional(z.boolean()),
  /** A newborn's birth date: enrolment within the region's days covers from birth. */
  birthDate: z.optional(isoDate),
  inSchool: z.optional(z.boolean()),
  /** The bureau's date for this bill: the payment date rules count from (a device clock may be wrong). */
  bureauDate: z.optional(isoDate),
  /**
   * The benefit years the bureau holds as paid, each with the day it was paid: the rules derive
   * breaks, late payments and repairs from them. Years and dates of payment only, nothing personal.
   */
  history: z.optional(z.array(paidYear)),
  /** Whole years of age on the benefit year's first day, for standards set by age band (never a birth date). */
  ageOnFirstDay: z.optional(z.int().check(z.nonnegative())),
})

export const enrolmentResponse = z.discriminatedUnion('registered', [
  z.object({ registered: z.literal(false) }),
  z.object({ registered: z.literal(true), records: z.array(enrolmentRecord).check(z.minLength(1)) }),
])

export const payParams = z.object({
  timeStamp: z.string(),
  nonceStr: z.string(),
  package: z.string(),
  signType: z.enum(SIGN_TYPES),
  paySign: z.string(),
})

export const createOrderResponse = z.object({
  orderId: z.string(),
  amountFen: fen,
  /** Absent when the personal account pays the whole bill: there is no cashier to open. */
  payParams: z.optional(payParams),
  /** The part taken from the employee personal account (家庭共济). */
  accountFen: z.optional(fen),
})

export const queryOrderResponse = z.object({
  orderId: z.string(),
  status: z.enum(ORDER_STATUSES),
  /** The whole order's amount: the app takes SUCCESS as paid only for its own order id and bill amount. */
  amountFen: fen,
  receiptNo: z.optional(z.string()),
})

/**
 * The kinds of a bill's items: the year's individual standard, its 长期护理保险 part itemised apart,
 * what paying after the region's date adds, group assistance (资助参保), 补缴 back-years.
 */
export const BILL_LINE_KINDS = [
  'standard',
  'long-term-care',
  'late-price',
  'assistance',
  'back-years',
] as const
export type BillLineKind = (typeof BILL_LINE_KINDS)[number]

/**
 * One item of a paid bill, as the bureau quoted it. Every amount is ≥ 0: an
 * `assistance` item (资助参保) is deducted, so the bill is the standard plus
 * back-years minus assistance.
 */
export const billLine = z.object({
  kind: z.enum(BILL_LINE_KINDS),
  /** For people, e.g. 补缴 2 年（按2026年度标准）. */
  label: z.string(),
  amountFen: fen,
})

export const receipt = z.object({
  receiptNo: z.string(),
  verificationCode: z.string(),
  issuer: z.string(),
  maskedPayerName: z.string(),
  maskedInsuredName: z.string(),
  maskedInsuredIdNumber: z.string().check(z.length(18)),
  amountFen: fen,
  benefitYear: z.int(),
  coverageStart: isoDate,
  /** The items paid, summing to amountFen; absent for a payment the bureau had before (one item, the total). */
  lines: z.optional(z.array(billLine).check(z.minLength(1))),
  paidAt: z.string(),
  regionName: z.string(),
})

export const receiptResponse = z.discriminatedUnion('status', [
  z.object({ status: z.literal('pending'), receiptNo: z.string() }),
  z.object({ status: z.literal('issued'), receipt }),
])

/**
 * 电子凭证查验: a receipt that exists with that verification code, masked, or
 * `not-found` (the same answer for an unknown number and a wrong code, so a
 * check cannot tell which numbers exist).
 */
export const receiptCheckResponse = z.discriminatedUnion('status', [
  z.object({ status: z.literal('not-found') }),
  z.object({
    status: z.literal('valid'),
    receiptNo: z.string(),
    issuer: z.string(),
    maskedPayerName: z.string(),
    maskedInsuredName: z.string(),
    amountFen: fen,
    benefitYear: z.int(),
    paidOn: isoDate,
  }),
])

/**
 * 退费申请 and where it stands: 已受理 (submitted), 审核中 (reviewing), 已退款
 * (refunded, with the day) or 未通过 (rejected, with the bureau's reason). The
 * money goes back by the channel it came in.
 */
export const refund = z.object({
  refundId: z.string().check(z.minLength(8)),
  receiptNo: z.string(),
  amountFen: fen,
  reason: z.enum(REFUND_REASONS),
  note: z.optional(z.string()),
  status: z.enum(REFUND_STATUSES),
  /** 未通过: why, in the bureau's words. */
  rejectionReason: z.optional(z.string()),
  submittedOn: isoDate,
  /** 已退款: the day the money went back. */
  refundedOn: z.optional(isoDate),
})

export const recordsResponse = z.object({
  records: z.array(
    z.object({
      receiptNo: z.string(),
      benefitYear: z.int(),
      amountFen: fen,
      paidAt: z.string(),
      /** The first day of cover: later than the year's first day, the days before it are a waiting period. */
      coverageStart: isoDate,
      /** The refund asked for this payment, if any. */
      refund: z.optional(refund),
      regionName: z.string(),
      maskedInsuredName: z.string(),
      /** Paid for one of the requester's 常用缴费人: that member's token. */
      memberToken: z.optional(z.string()),
    }),
  ),
})

/**
 * 请家人代缴: an opaque token that stands for the resident in a share card.
 * It carries no name or ID number; the bureau alone knows whom it stands for.
 */
export const shareTokenResponse = z.object({
  shareToken: z.string().check(z.regex(/^[A-Za-z0-9_-]{16,64}$/)),
  expiresOn: isoDate,
})

/** What a relative's app learns from a share token: a session for that resident, masked. */
export const redeemShareResponse = z.object({
  token: z.string().check(z.minLength(8)),
  maskedName: z.string(),
  maskedIdNumber: z.string().check(z.length(18)),
})

/** The resident's shares still open (not paid, expired or revoked). */
export const shareTokensResponse = z.object({ shares: z.array(shareTokenResponse) })

export const revokeShareTokenResponse = z.object({ revoked: z.literal(true) })

export const bindingStatus = z.discriminatedUnion('status', [
  z.object({ status: z.literal('unbound') }),
  z.object({ status: z.literal('pending') }),
  z.object({ status: z.literal('bound') }),
  z.object({ status: z.literal('rejected'), reason: z.string() }),
])

/** A 常用缴费人 as the bureau holds them for the payer: an opaque token and masked display only. */
export const familyMember = z.object({
  memberToken: z.string().check(z.minLength(8)),
  maskedName: z.string(),
  maskedIdNumber: z.string().check(z.length(18)),
  relation: z.enum(RELATIONS),
  binding: bindingStatus,
  /** What the bureau asks for to bind this relative: a 户口簿 photo (under 16) or their face check. */
  bindingEvidence: z.enum(BINDING_EVIDENCE),
})

export const familyMembersResponse = z.object({ members: z.array(familyMember) })

export const removeFamilyMemberResponse = z.object({ removed: z.literal(true) })

export const bindFamilyMemberResponse = z.object({ binding: bindingStatus })

export const personalAccountResponse = z.discriminatedUnion('hasAccount', [
  z.object({ hasAccount: z.literal(false) }),
  z.object({
    hasAccount: z.literal(true),
    adcode: z.string().check(z.regex(/^\d{6}$/)),
    regionName: z.string(),
    balanceFen: fen,
  }),
])

export type VerifyIdentityWire = z.infer<typeof verifyIdentityResponse>
export type FaceVerificationWire = z.infer<typeof faceVerificationResponse>
export type EnrolmentRecordWire = z.infer<typeof enrolmentRecord>
export type EnrolmentWire = z.infer<typeof enrolmentResponse>
export type PayParamsWire = z.infer<typeof payParams>
export type CreateOrderWire = z.infer<typeof createOrderResponse>
export type QueryOrderWire = z.infer<typeof queryOrderResponse>
export type ReceiptWire = z.infer<typeof receipt>
export type ReceiptResponseWire = z.infer<typeof receiptResponse>
export type RecordsWire = z.infer<typeof recordsResponse>
export type RefundWire = z.infer<typeof refund>
export type ReceiptCheckWire = z.infer<typeof receiptCheckResponse>
export type ShareTokenWire = z.infer<typeof shareTokenResponse>
export type RedeemShareWire = z.infer<typeof redeemShareResponse>
export type ShareTokensWire = z.infer<typeof shareTokensResponse>
export type RevokeShareTokenWire = z.infer<typeof revokeShareTokenResponse>
export type FamilyMemberWire = z.infer<typeof familyMember>
export type FamilyMembersWire = z.infer<typeof familyMembersResponse>
export type RemoveFamilyMemberWire = z.infer<typeof removeFamilyMemberResponse>
export type BindFamilyMemberWire = z.infer<typeof bindFamilyMemberResponse>
export type BindingStatusWire = z.infer<typeof bindingStatus>
export type PersonalAccountWire = z.infer<typeof personalAccountResponse>
