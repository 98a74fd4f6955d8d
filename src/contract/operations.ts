/**
 * The bureau contract, operation by operation, in one table: the request and
 * answer schemas, who may call, the business refusals it may answer, what it
 * changes and how a repeat is made safe. docs/contract/openapi.json is
 * generated from this table (`npm run contract`, scripts/contract.ts), adding
 * what the client side owns: each operation's timeout (OPERATION_TIMEOUT_MS)
 * and whether the HTTP gateway re-sends it (probed from the gateway itself).
 * test/unit/contract.test.ts checks the callers and refusals against the
 * reference bureau (src/gateway/bureau) and the request schemas against what
 * the bureau client sends.
 *
 * The app imports only types from here (`RequestBody`): the table stays out of its bundle.
 */
import type * as z from 'zod/mini'
import * as requests from './request-schemas'
import {
  bindFamilyMemberResponse,
  createOrderResponse,
  enrolmentResponse,
  faceVerificationResponse,
  familyMember,
  familyMembersResponse,
  personalAccountResponse,
  queryOrderResponse,
  receiptResponse,
  receiptCheckResponse,
  recordsResponse,
  refund,
  redeemShareResponse,
  removeFamilyMemberResponse,
  revokeShareTokenResponse,
  shareTokenResponse,
  shareTokensResponse,
  verifyIdentityResponse,
  type KnownBusinessCode,
} from './wire-schemas'

/**
 * Who may call an operation:
 * - `none`: no session (the body carries what opens one, or the receipt to check);
 * - `resident`: a resident's own session (verifyIdentity); a share session is refused SCOPE_DENIED;
 * - `resident-or-share`: a resident's session, or a share session for its one resident's bill;
 * - `payer-or-insured`: the session of the payer or of the insured resident (or the share session
 *   that made the order); anyone else is told NOT_FOUND, as for something that does not exist.
 * No session, or an unknown or expired token: SESSION_EXPIRED.
 */
export const CALLERS = ['none', 'resident', 'resident-or-share', 'payer-or-insured'] as const
export type CallerRule = (typeof CALLERS)[number]

export const CALLER_TEXT: Record<CallerRule, string> = {
  none: 'No session: the body carries what opens one, or (checkReceipt) what is printed on a receipt.',
  resident:
    "A resident's own session (from verifyIdentity). A share session is refused SCOPE_DENIED; no or an unknown token SESSION_EXPIRED.",
  'resident-or-share':
    "A resident's own session, or a share session (from redeemShareToken) acting for that one resident's bill while the share is open. No or an unknown token: SESSION_EXPIRED.",
  'payer-or-insured':
    'The session of the payer or of the insured resident, or the share session that made the order; anyone else NOT_FOUND (as for one that does not exist). No or an unknown token: SESSION_EXPIRED.',
}

/** Refusals any operation may answer: the bureau is busy (also HTTP 429/503 with Retry-After) or in maintenance (`until` HH:mm). */
export const ANY_OPERATION_CODES = [
  'SYSTEM_BUSY',
  'MAINTENANCE',
] as const satisfies readonly KnownBusinessCode[]

/** The refusals of a face verification's verifyId (verifyIdentity, bindFamilyMember with face evidence). */
const FACE_REFUSALS = [
  'FACE_INCOMPLETE',
  'FACE_FAILED',
  'FACE_EXPIRED',
  'FACE_INVALID',
] as const satisfies readonly KnownBusinessCode[]

/** A refusal of a share session that may no longer act: its link is unknown, revoked or past its last day. */
const SHARE_ENDED = [
  'SHARE_INVALID',
  'SHARE_REVOKED',
  'SHARE_EXPIRED',
] as const satisfies readonly KnownBusinessCode[]

export interface Idempotency {
  /** The body field that carries the key. */
  key: string
  /** What the key is bound to besides itself: the same key with all of these answers the same result. */
  boundTo: readonly string[]
  rule: string
}

export interface OperationContract {
  summary: string
  /** What the operation does and its rules, for integrators (English; the domain words in Chinese). */
  description: string
  tag: 'identity' | 'enrolment' | 'orders' | 'receipts' | 'refunds' | 'shares' | 'family'
  /** The request body. */
  request: z.ZodMiniType
  /** The answer's `data` (in the envelope `{ ok: true, data }`). */
  answer: z.ZodMiniType
  caller: CallerRule
  /** The business refusals it may answer besides ANY_OPERATION_CODES. */
  errors: readonly KnownBusinessCode[]
  /** `read`: changes nothing; `write`: changes the bureau's state. */
  effect: 'read' | 'write'
  idempotency?: Idempotency
}

export const OPERATION_CONTRACTS = {
  startFaceVerification: {
    summary: '人脸核验 (phase 1): start a face verification with name and ID number',
    description: [
      "The only request that carries the resident's ID number. The bureau checks the name against the ID number (IDENTITY_MISMATCH), admits a person it has not met, asks WeChat for a face verification (getverifyid) and answers its verifyId: random (a cryptographic source), bound to that person, single-use and good for expiresInSeconds.",
      'The app then calls wx.requestFacialVerify({ verifyId }) (its success means the check finished, not that it passed) and asks verifyIdentity to confirm. Neither answer carries the name or ID number.',
    ].join('\n\n'),
    tag: 'identity',
    request: requests.startFaceVerificationRequest,
    answer: faceVerificationResponse,
    caller: 'none',
    errors: ['IDENTITY_MISMATCH'],
    effect: 'write',
  },
  verifyIdentity: {
    summary: '实名认证 (phase 3): confirm the face verification and open a resident session',
    description:
      "The bureau reads the face verification's result itself (WeChat's queryverifyinfo; the app's word is never taken) and only when it passed opens a resident session for the person the verifyId is bound to. The verifyId is used up by this request whatever it answers: a check not finished or cancelled is FACE_INCOMPLETE, a face that is not that person FACE_FAILED, a verifyId past its time FACE_EXPIRED, an unknown or already used one FACE_INVALID; each means starting again with startFaceVerification. The token is random (a cryptographic source), opaque and expires. residentRef names the person across sessions: the bureau draws it at random the first time it opens a session for them and answers the same one in every later session (never derived from the ID number).",
    tag: 'identity',
    request: requests.verifyIdentityRequest,
    answer: verifyIdentityResponse,
    caller: 'none',
    errors: [...FACE_REFUSALS],
    effect: 'write',
  },
  getEnrolment: {
    summary: '参保信息: the records and their standing for the year',
    description:
      "The caller's records, or with memberToken those of one of the payer's 常用缴费人. Each record says whether it is payable, paid (with the receipt number; a person pays once a year, in any region) or fully subsidised. A share session reads its resident's records while the share is open, without memberToken.",
    tag: 'enrolment',
    request: requests.getEnrolmentRequest,
    answer: enrolmentResponse,
    caller: 'resident-or-share',
    errors: ['SESSION_EXPIRED', 'SCOPE_DENIED', ...SHARE_ENDED, 'NOT_PAYABLE'],
    effect: 'read',
  },
  createOrder: {
    summary: '下单: an order for one record and benefit year',
    description: [
      "Checked in this order: a share session's scope (no memberToken, no accountFen, an open share: SCOPE_DENIED or the share's refusal); the idempotency key; ALREADY_PAID (any region, with receiptNo; while that payment's refund is 已受理 or 审核中 the message names the refund, and a refunded payment no longer counts: the year may be paid again); fully subsidised (NOT_PAYABLE); the amount (the bureau requotes with backYears and tierId: AMOUNT_MISMATCH) and the personal account (NOT_BOUND, OUT_OF_SCOPE, INSUFFICIENT_BALANCE); then one open order per record and benefit year.",
      "One open order per record and year: another session's open order is refused TRADE_LOCKED naming it (orderId); the session that made it may replace it with a changed bill (the old one is closed). A share session has at most one open order.",
      'The answer carries WeChat Pay cashier parameters for the part the personal account does not pay; an order paid wholly from the account (accountFen = amountFen) has none and is settled at once. Order numbers are random.',
    ].join('\n\n'),
    tag: 'orders',
    request: requests.createOrderRequest,
    answer: createOrderResponse,
    caller: 'resident-or-share',
    errors: [
      'SESSION_EXPIRED',
      'SCOPE_DENIED',
      ...SHARE_ENDED,
      'IDEMPOTENCY_CONFLICT',
      'ALREADY_PAID',
      'NOT_PAYABLE',
      'AMOUNT_MISMATCH',
      'NOT_BOUND',
      'OUT_OF_SCOPE',
      'INSUFFICIENT_BALANCE',
      'TRADE_LOCKED',
    ],
    effect: 'write',
    idempotency: {
      key: 'idempotencyKey',
      boundTo: [
        'session',
        'recordId',
        'benefitYear',
        'category',
        'amountFen',
        'backYears',
        'tierId',
        'accountFen',
        'memberToken',
      ],
      rule: 'The key is bound to the session and the bill asked for (record, year, category, amount, back-years, tier, account part, member): the same key, session and body answer the same order (so a lost answer is found by re-sending); the key with another session or body is refused IDEMPOTENCY_CONFLICT. The store refuses a reused key (a unique index).',
    },
  },
  queryOrder: {
    summary: "查询订单: the order's status — the only truth about whether money moved",
    description:
      "Answers the order id, status (NOTPAY, SUCCESS with receiptNo, CLOSED, PAYERROR) and the whole order's amount: the app takes SUCCESS as paid only for its own order id and amount. PAYERROR is answered once; then the bureau closes the order and a new one may be made.",
    tag: 'orders',
    request: requests.queryOrderRequest,
    answer: queryOrderResponse,
    caller: 'payer-or-insured',
    errors: ['SESSION_EXPIRED', 'NOT_FOUND'],
    effect: 'read',
  },
  getReceipt: {
    summary: '电子凭证: a receipt, or pending while it is being issued',
    description:
      'The receipt of a payment (masked names and ID; 家人代缴 as payer for a payment through a share link), or `pending` while the bureau is still issuing it.',
    tag: 'receipts',
    request: requests.getReceiptRequest,
    answer: receiptResponse,
    caller: 'payer-or-insured',
    errors: ['SESSION_EXPIRED', 'NOT_FOUND'],
    effect: 'read',
  },
  checkReceipt: {
    summary: '电子凭证查验: check a receipt by its number and verification code, without signing in',
    description: [
      "Anyone holding a receipt (a counter clerk, an employer, the resident) may check it: the receipt number and its verification code, typed or read from the receipt's QR code. A receipt with that code answers `valid` with the masked payer and insured names, the amount in fen, the benefit year, the day it was paid and the issuer; never an ID number. An unknown number and a wrong code both answer `not-found`, the same answer, so checking cannot tell which numbers exist; a refunded receipt (已退款) answers `not-found` too, as it no longer proves the year paid.",
      'The bureau limits how often one caller may check (the sandbox: per client address; the in-app mock: per device): past the limit it refuses RATE_LIMITED in a 200 with a Retry-After header (whole seconds until the next check is accepted).',
    ].join('\n\n'),
    tag: 'receipts',
    request: requests.checkReceiptRequest,
    answer: receiptCheckResponse,
    caller: 'none',
    errors: ['RATE_LIMITED'],
    effect: 'read',
  },
  listRecords: {
    summary: '缴费记录: the payments the caller made or was insured by',
    description:
      "Each payment the caller made or that insured the caller, with its first day of cover (a later day than the year's first: the days before are a waiting period) and its 退费申请 if one was asked; one paid for a 常用缴费人 carries that member's token.",
    tag: 'receipts',
    request: requests.listRecordsRequest,
    answer: recordsResponse,
    caller: 'resident',
    errors: ['SESSION_EXPIRED', 'SCOPE_DENIED'],
    effect: 'read',
  },
  requestRefund: {
    summary: '退费申请: ask for a payment to be returned',
    description: [
      'The payer or the insured resident asks for one payment back, with a reason: 重复缴费, 参保地错误, 已在其他地方参保, or 其他 with a short note (REFUND_REASON_INVALID otherwise). The money goes back by the channel it came in (WeChat Pay, or the personal account), so no bank detail is asked. Anyone else, or a receipt that does not exist, is NOT_FOUND.',
      'One refund per payment: a second request with another key is refused REFUND_EXISTS (listRecords shows the first). The refund answers 已受理 (submitted); the bureau then reviews it: 审核中 (reviewing), and 已退款 (refunded, with the day) or 未通过 (rejected, with its reason), as listRecords says of each record. Refund numbers are random.',
      'Once 已退款, the year is unpaid again: getEnrolment answers the record payable and createOrder takes a new order (a new receipt); the refunded receipt stays in listRecords with its refund. Until the review ends the year stays paid, and 未通过 leaves it paid.',
    ].join('\n\n'),
    tag: 'refunds',
    request: requests.requestRefundRequest,
    answer: refund,
    caller: 'payer-or-insured',
    errors: [
      'SESSION_EXPIRED',
      'NOT_FOUND',
      'IDEMPOTENCY_CONFLICT',
      'REFUND_REASON_INVALID',
      'REFUND_EXISTS',
    ],
    effect: 'write',
    idempotency: {
      key: 'idempotencyKey',
      boundTo: ['session', 'receiptNo', 'reason', 'note'],
      rule: 'The key is bound to the session and the request (receipt, reason, note): the same key, session and body answer the same refund (so a lost answer is found by re-sending); the key with another session or body is refused IDEMPOTENCY_CONFLICT. The store refuses a reused key and a second refund for a receipt (unique indexes).',
    },
  },
  createShareToken: {
    summary: '请家人代缴: mint a share token for a card',
    description:
      "A random, opaque share token (no name or ID number) that lets a relative pay this resident's bill, valid 7 days. Refused ALREADY_PAID when the year is paid.",
    tag: 'shares',
    request: requests.createShareTokenRequest,
    answer: shareTokenResponse,
    caller: 'resident',
    errors: ['SESSION_EXPIRED', 'SCOPE_DENIED', 'ALREADY_PAID'],
    effect: 'write',
  },
  redeemShareToken: {
    summary: '请家人代缴: open a share session from a card',
    description:
      "A share session scoped to the resident's bill (masked name and ID only): it may read the enrolment, create and query one open order without memberToken or the personal account, and read that order's receipt; anything else SCOPE_DENIED. A share ends on payment (then ALREADY_PAID with the receipt), after 7 days (SHARE_EXPIRED) or when revoked (SHARE_REVOKED); an unknown token is SHARE_INVALID.",
    tag: 'shares',
    request: requests.redeemShareTokenRequest,
    answer: redeemShareResponse,
    caller: 'none',
    errors: [...SHARE_ENDED, 'ALREADY_PAID'],
    effect: 'write',
  },
  listShareTokens: {
    summary: "请家人代缴: the resident's open shares",
    description: 'The shares still open (not paid, expired or revoked).',
    tag: 'shares',
    request: requests.listShareTokensRequest,
    answer: shareTokensResponse,
    caller: 'resident',
    errors: ['SESSION_EXPIRED', 'SCOPE_DENIED'],
    effect: 'read',
  },
  revokeShareToken: {
    summary: '请家人代缴: revoke a share',
    description:
      "The resident ends one of their own shares: it can no longer be redeemed, its sessions no longer act and its unpaid order is closed. Revoking again answers the same. Another resident's share is NOT_FOUND.",
    tag: 'shares',
    request: requests.revokeShareTokenRequest,
    answer: revokeShareTokenResponse,
    caller: 'resident',
    errors: ['SESSION_EXPIRED', 'SCOPE_DENIED', 'NOT_FOUND'],
    effect: 'write',
  },
  listFamilyMembers: {
    summary: "常用缴费人: the payer's members",
    description:
      'Opaque member tokens and masked display only; a pending binding is reviewed by the time the list is asked again (bound, or rejected with a reason).',
    tag: 'family',
    request: requests.listFamilyMembersRequest,
    answer: familyMembersResponse,
    caller: 'resident',
    errors: ['SESSION_EXPIRED', 'SCOPE_DENIED'],
    effect: 'read',
  },
  addFamilyMember: {
    summary: '常用缴费人: add a member',
    description:
      'Name and ID number are sent once; the bureau answers an opaque member token and masked display. At most 5 members, not the payer, not twice; a name that does not match the ID number is IDENTITY_MISMATCH; a missing field NOT_PAYABLE.',
    tag: 'family',
    request: requests.addFamilyMemberRequest,
    answer: familyMember,
    caller: 'resident',
    errors: [
      'SESSION_EXPIRED',
      'SCOPE_DENIED',
      'NOT_PAYABLE',
      'MEMBER_IS_SELF',
      'MEMBER_EXISTS',
      'MEMBER_LIMIT',
      'IDENTITY_MISMATCH',
    ],
    effect: 'write',
  },
  removeFamilyMember: {
    summary: '常用缴费人: remove a member',
    description: 'An unknown member token is NOT_PAYABLE.',
    tag: 'family',
    request: requests.removeFamilyMemberRequest,
    answer: removeFamilyMemberResponse,
    caller: 'resident',
    errors: ['SESSION_EXPIRED', 'SCOPE_DENIED', 'NOT_PAYABLE'],
    effect: 'write',
  },
  startMemberFaceVerification: {
    summary: '人脸核验 (phase 1, a relative): start the face verification of a 常用缴费人',
    description:
      "For binding a relative of 16 or over (家庭共济): the bureau starts a face verification for the member it holds (no name or ID number is sent) and answers its verifyId, bound to that member and to this payer, single-use and short-lived. The relative completes wx.requestFacialVerify on the payer's phone; bindFamilyMember then names the verifyId as its ticket. A member under 16 (a 户口簿 photo proves the relation) or an unknown member is NOT_PAYABLE.",
    tag: 'family',
    request: requests.startMemberFaceVerificationRequest,
    answer: faceVerificationResponse,
    caller: 'resident',
    errors: ['SESSION_EXPIRED', 'SCOPE_DENIED', 'NOT_PAYABLE'],
    effect: 'write',
  },
  bindFamilyMember: {
    summary: '家庭共济: ask to bind a member',
    description:
      "The evidence the member's age asks for with its single-use ticket: under 16 a 户口簿 photo's ticket, from 16 the verifyId of the relative's face verification (startMemberFaceVerification for this member and payer, passed by the bureau's own reading: else FACE_INCOMPLETE, FACE_FAILED, FACE_EXPIRED or FACE_INVALID, and the verifyId is used up). The binding is pending until the bureau's review. Wrong or missing evidence, or an unknown member, is NOT_PAYABLE.",
    tag: 'family',
    request: requests.bindFamilyMemberRequest,
    answer: bindFamilyMemberResponse,
    caller: 'resident',
    errors: ['SESSION_EXPIRED', 'SCOPE_DENIED', 'NOT_PAYABLE', ...FACE_REFUSALS],
    effect: 'write',
  },
  getPersonalAccount: {
    summary: '家庭共济: the employee personal account',
    description:
      "Whether the payer has an employee personal account, its region and its balance in fen (less what the payer's open and paid orders take from it).",
    tag: 'family',
    request: requests.getPersonalAccountRequest,
    answer: personalAccountResponse,
    caller: 'resident',
    errors: ['SESSION_EXPIRED', 'SCOPE_DENIED'],
    effect: 'read',
  },
} satisfies Record<string, OperationContract>

/** The operations of the contract (the same names as `OPERATIONS` in src/services/ports.ts; the contract test checks). */
export type ContractOperation = keyof typeof OPERATION_CONTRACTS

/** The body an operation sends (`never` for a name not in the contract, so a new operation must be added here first). */
export type RequestBody<O extends string> = O extends ContractOperation
  ? z.input<(typeof OPERATION_CONTRACTS)[O]['request']>
  : never
