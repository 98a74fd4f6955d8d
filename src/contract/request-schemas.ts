/**
 * The bureau gateway's wire format, request side: one zod schema per
 * operation's body, as the bureau client sends it. operations.ts pairs each
 * with its operation; src/services/bureau-client.ts types every body it sends
 * against `RequestBody<operation>`, so the two cannot drift. The contract
 * document (docs/contract/openapi.json, `npm run contract`) is generated from
 * these and the answer schemas in wire-schemas.ts.
 *
 * The app imports only the types: these schemas (and their descriptions) stay
 * out of the mini program's bundle. A bureau may parse requests with them.
 */
import * as z from 'zod/mini'
import '../config/zod-setup'
import { BINDING_EVIDENCE, RELATIONS } from '../domain/family'
import { CATEGORIES } from '../domain/region-rules'
import { REFUND_NOTE_MAX, REFUND_REASONS } from '../domain/refund'
import { fenSchema } from './wire-schemas'

const describe = <T extends z.ZodMiniType>(schema: T, description: string): T =>
  schema.check(z.describe(description))

/** A session token as `verifyIdentity` or `redeemShareToken` answered it. */
const token = describe(
  z.string(),
  'The session token verifyIdentity (a resident session) or redeemShareToken (a share session) answered: opaque and random.',
)
const memberToken = describe(
  z.string(),
  "An opaque token of one of the payer's 常用缴费人, as listFamilyMembers or addFamilyMember answered it.",
)
const shareToken = describe(
  z.string(),
  'A 请家人代缴 share token, as createShareToken answered it (from the share card).',
)
const name = describe(
  z.string().check(z.minLength(1)),
  "The person's name as on their ID card (sent once; the bureau answers it masked).",
)
const idNumber = describe(
  z.string().check(z.length(18)),
  'The 18-character resident ID number (sent once; never stored by the app; the bureau answers it masked).',
)
const singleUseTicket = (what: string) =>
  describe(
    z.string().check(z.minLength(1)),
    `${what}: single-use, so the client never re-sends this request.`,
  )

const verifyId = (what: string) =>
  singleUseTicket(
    `The verifyId startFaceVerification or startMemberFaceVerification answered, after wx.requestFacialVerify finished with it (${what})`,
  )

export const startFaceVerificationRequest = z.object({ name, idNumber })

export const startMemberFaceVerificationRequest = z.object({
  token,
  memberToken: describe(
    memberToken,
    'The 常用缴费人 (16 or over) whose own face proves the relation: the bureau holds their name and ID number.',
  ),
})

export const verifyIdentityRequest = z.object({
  verifyId: verifyId('the resident verified their own face'),
})

export const getEnrolmentRequest = z.object({
  token,
  memberToken: z.optional(
    describe(
      memberToken,
      "Absent: the caller's own records; present: that 常用缴费人's (a resident session only).",
    ),
  ),
})

export const createOrderRequest = z.object({
  token,
  recordId: describe(
    z.string().check(z.minLength(1)),
    'The enrolment record being paid (from getEnrolment).',
  ),
  benefitYear: describe(z.int(), 'The benefit year of the bill (from getEnrolment).'),
  category: describe(
    z.enum(CATEGORIES),
    "The record's category (from getEnrolment); the bureau refuses another.",
  ),
  amountFen: describe(
    fenSchema,
    'The whole bill in fen, as the app quoted it. The bureau requotes with backYears and refuses another amount (AMOUNT_MISMATCH).',
  ),
  backYears: describe(
    z.int().check(z.nonnegative()),
    'Back-years repaid with this bill; the bureau recomputes the amount with them.',
  ),
  tierId: z.optional(
    describe(
      z.string().check(z.minLength(1)),
      "The tier (档次) the resident chose at step 3, where the region's standard has tiers; the bureau requotes with it.",
    ),
  ),
  idempotencyKey: describe(
    z.string().check(z.minLength(1)),
    'Drawn once per bill from a cryptographic random source and re-sent on every retry. Bound to the session and this body: the same key, session and body answer the same order; anything else IDEMPOTENCY_CONFLICT.',
  ),
  memberToken: z.optional(
    describe(memberToken, "Paying for one of the caller's 常用缴费人 (a resident session only)."),
  ),
  accountFen: z.optional(
    describe(
      fenSchema,
      'The part of the bill the employee personal account pays (家庭共济), in fen; the cashier asks only for the rest. A resident session only, for a bound relative.',
    ),
  ),
})

export const queryOrderRequest = z.object({
  token: describe(
    z.string(),
    "The session of the order's payer or insured resident, or of the share session that made it.",
  ),
  orderId: describe(z.string(), 'The order, as createOrder answered it.'),
})

export const getReceiptRequest = z.object({
  token: describe(
    z.string(),
    "The session of the receipt's payer or insured resident, or of the share session whose order it settled.",
  ),
  receiptNo: describe(
    z.string(),
    'The receipt number, as queryOrder, listRecords or an ALREADY_PAID refusal gave it.',
  ),
})

/** 电子凭证查验: what anyone holding a receipt can read off it (no session). */
export const checkReceiptRequest = z.object({
  receiptNo: describe(
    z.string().check(z.minLength(1), z.maxLength(32)),
    'The receipt number as printed on the receipt or carried by its QR code (FJ and digits).',
  ),
  verificationCode: describe(
    z.string().check(z.minLength(1), z.maxLength(16)),
    "The receipt's 6-character verification code (校验码), as printed or carried by its QR code.",
  ),
})

/** 退费申请 for one payment: the reason, a note (required for 其他) and the key that makes a re-send safe. */
export const requestRefundRequest = z.object({
  token: describe(
    z.string(),
    "The session of the payment's payer or insured resident (or of the share session whose order it settled).",
  ),
  receiptNo: describe(
    z.string().check(z.minLength(1)),
    'The payment, by its receipt number (from listRecords).',
  ),
  reason: describe(
    z.enum(REFUND_REASONS),
    '重复缴费 (paid-twice), 参保地错误 (wrong-region), 已在其他地方参保 (already-covered) or 其他 (other, with a note).',
  ),
  note: z.optional(
    describe(
      z.string().check(z.maxLength(REFUND_NOTE_MAX)),
      `What the resident adds, at most ${REFUND_NOTE_MAX} characters; required for other. No name or ID number is asked for.`,
    ),
  ),
  idempotencyKey: describe(
    z.string().check(z.minLength(1)),
    'Drawn once per request from a cryptographic random source and re-sent on every retry. Bound to the session and this body: the same key, session and body answer the same refund; anything else IDEMPOTENCY_CONFLICT.',
  ),
})

export const listRecordsRequest = z.object({ token })
export const createShareTokenRequest = z.object({ token })
export const redeemShareTokenRequest = z.object({ shareToken })
export const listShareTokensRequest = z.object({ token })
export const revokeShareTokenRequest = z.object({ token, shareToken })
export const listFamilyMembersRequest = z.object({ token })

export const addFamilyMemberRequest = z.object({
  token,
  name,
  idNumber,
  relation: describe(
    z.enum(RELATIONS),
    "The relative's relation to the payer (one of the eight near relatives).",
  ),
})

export const removeFamilyMemberRequest = z.object({ token, memberToken })

export const bindFamilyMemberRequest = z.object({
  token,
  memberToken,
  evidence: describe(
    z.enum(BINDING_EVIDENCE),
    "What proves the relation, by the relative's age: a 户口簿 photo under 16, the relative's face check from 16 (listFamilyMembers says which).",
  ),
  ticket: singleUseTicket(
    "The ticket of the photo upload, or the verifyId of the relative's face verification (startMemberFaceVerification)",
  ),
})

export const getPersonalAccountRequest = z.object({ token })
