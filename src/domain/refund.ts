/**
 * 退费申请 as an explicit machine: what the bureau does with a resident's
 * request to have a payment returned. 已受理 (submitted) → 审核中 (reviewing)
 * → 已退款 (refunded) or 未通过 (rejected, always with the bureau's reason).
 * Nothing else moves: a refund is never reviewed twice, never paid out before
 * review, and an ended one stays ended. The money goes back by the channel it
 * came in (the WeChat Pay cashier or the personal account), so no bank detail
 * is ever asked for. The bureau rules (src/gateway/bureau/refunds.ts) and the
 * records screen both read this module.
 */

/** Why a resident asks for their money back (the reasons 退费 notices name). */
export const REFUND_REASONS = ['paid-twice', 'wrong-region', 'already-covered', 'other'] as const
export type RefundReason = (typeof REFUND_REASONS)[number]

export const REFUND_REASON_TEXT: Record<RefundReason, string> = {
  'paid-twice': '重复缴费',
  'wrong-region': '参保地错误',
  'already-covered': '已在其他地方参保',
  other: '其他',
}

export const REFUND_STATUSES = ['submitted', 'reviewing', 'refunded', 'rejected'] as const
export type RefundStatus = (typeof REFUND_STATUSES)[number]

export const REFUND_STATUS_TEXT: Record<RefundStatus, string> = {
  submitted: '已受理',
  reviewing: '审核中',
  refunded: '已退款',
  rejected: '未通过',
}

export type RefundState =
  | { status: 'submitted' }
  | { status: 'reviewing' }
  /** `refundedOn`: the day the bureau returned the money (YYYY-MM-DD). */
  | { status: 'refunded'; refundedOn: string }
  /** `reason`: what the bureau found, for the resident to read. */
  | { status: 'rejected'; reason: string }

export type RefundEvent =
  { type: 'START_REVIEW' } | { type: 'APPROVE'; on: string } | { type: 'REJECT'; reason: string }

export type RefundRefusal =
  /** The event does not apply in this state (reviewed twice, paid before review, reopened). */
  | 'not-allowed'
  /** A rejection must say why. */
  | 'reason-required'

export type RefundTransition = { ok: true; state: RefundState } | { ok: false; refusal: RefundRefusal }

/** The one state a request starts in. */
export const SUBMITTED: RefundState = { status: 'submitted' }

/** The legal moves, by state: anything not listed is refused. */
const ALLOWED: Record<RefundStatus, readonly RefundEvent['type'][]> = {
  submitted: ['START_REVIEW'],
  reviewing: ['APPROVE', 'REJECT'],
  refunded: [],
  rejected: [],
}

export const can = (state: RefundState, event: RefundEvent['type']): boolean =>
  ALLOWED[state.status].includes(event)

/** Refunded or rejected: nothing more will happen to it. */
export const isRefundEnded = (state: RefundState): boolean =>
  state.status === 'refunded' || state.status === 'rejected'

export function refundTransition(state: RefundState, event: RefundEvent): RefundTransition {
  if (!can(state, event.type)) return { ok: false, refusal: 'not-allowed' }
  switch (event.type) {
    case 'START_REVIEW':
      return { ok: true, state: { status: 'reviewing' } }
    case 'APPROVE':
      return { ok: true, state: { status: 'refunded', refundedOn: event.on } }
    case 'REJECT': {
      const reason = event.reason.trim()
      return reason
        ? { ok: true, state: { status: 'rejected', reason } }
        : { ok: false, refusal: 'reason-required' }
    }
  }
}

/** The longest note a resident writes for 其他 (the bureau keeps no more). */
export const REFUND_NOTE_MAX = 100

export type RefundNoteProblem = 'note-required' | 'note-too-long' | 'note-personal-data'

/**
 * An 18-character ID number (17 digits and a digit or X) or an 11-digit mobile
 * number, standing alone. No lookbehind: older WeChat iOS engines reject it.
 */
const ID_NUMBER_LIKE = /(^|[^0-9])[0-9]{17}[0-9X]($|[^0-9X])/i
const MOBILE_LIKE = /(^|[^0-9])1[3-9][0-9]{9}($|[^0-9])/

/** Full-width digits and Ｘ as their ASCII forms; spaces and dashes between digits gone (138 0013 8000). */
const normalisedDigits = (text: string): string =>
  text
    .replace(/[０-９Ｘｘ]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
    .replace(/([0-9])[\s\-－]+(?=[0-9Xx])/g, '$1')

/** Whether a note carries what looks like an ID number or a mobile number (the bureau needs neither). */
export const looksLikePersonalData = (note: string): boolean => {
  const text = normalisedDigits(note)
  return ID_NUMBER_LIKE.test(text) || MOBILE_LIKE.test(text)
}

/**
 * The note beside a reason: required for 其他 (the clerk must know why),
 * optional otherwise, at most REFUND_NOTE_MAX characters, and never an ID
 * number or phone number (the note is sent to and kept by the bureau, which
 * knows the payer already). Undefined when it is fine.
 */
export function refundNoteProblem(reason: RefundReason, note: string): RefundNoteProblem | undefined {
  const trimmed = note.trim()
  if (reason === 'other' && trimmed.length === 0) return 'note-required'
  if ([...trimmed].length > REFUND_NOTE_MAX) return 'note-too-long'
  return looksLikePersonalData(trimmed) ? 'note-personal-data' : undefined
}
