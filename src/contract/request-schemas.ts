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
