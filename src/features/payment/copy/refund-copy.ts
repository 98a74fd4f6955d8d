/**
 * What 缴费记录 and the 退费申请 page say about a payment: whether it still
 * covers its year, where its refund stands, and the last day of its waiting
 * period. Plain words; the money goes back by the channel it came in.
 */
import { formatChineseDate } from '../../../domain/chinese-date'
import { addDays } from '../../../domain/iso-date'
import { formatYuan } from '../../../domain/money'
import { waitingEndsReminder, type Reminder } from '../../../domain/reminders'
import {
  REFUND_NOTE_MAX,
  REFUND_REASON_TEXT,
  REFUND_STATUS_TEXT,
  type RefundNoteProblem,
} from '../../../domain/refund'
import type { PaymentRecord, Refund } from '../../../services/model'

/** Said on the form and after it: no bank detail is asked for. */
export const ORIGINAL_CHANNEL_TEXT =
  '退费将按原支付渠道退回（微信支付退回微信零钱或原银行卡，个人账户支付的部分退回个人账户），无需提供银行卡信息。'

/** What a refund costs the resident: said before they send it. */
export const REFUND_CONSEQUENCE_TEXT =
  '退费后，该笔缴费对应年度不再享受居民医保待遇。每笔缴费只能申请一次退费。'

/** While a refund is open the money may still be kept: the bureau refuses a second payment for the year. */
export const UNDER_REVIEW_TEXT = '退费审核中，审核结束前不能再次缴费。'

/** 已退款: the year is unpaid again, and may be paid (the right region, the right bill) through the six steps. */
export const PAYABLE_AGAIN_TEXT = '该年度现为未缴费，如需参保可重新缴费。'

export interface RecordStanding {
  /** 已参保, or where the refund stands (退费已受理, 退费审核中, 已退款, 退费未通过). */
  badge: string
  tone: 'ok' | 'info' | 'warn'
  /** What it means, with the amount and the day where there is one. */
  detail?: string
  /** The payment still covers its year: no refund, or one that did not go through. */
  covered: boolean
  /** 申请退费 is offered: the payment covers its year and no refund was asked (one per payment). */
  canRequestRefund: boolean
  /** 等待期至…: a covered payment whose cover starts after its year's first day. */
  waitingText?: string
}

/** The last day of a waiting period: the day before cover starts, if that is after the year's first day. */
export function waitingUntil(
  record: Pick<PaymentRecord, 'benefitYear' | 'coverageStart'>,
): string | undefined {
  return record.coverageStart > `${record.benefitYear}-01-01` ? addDays(record.coverageStart, -1) : undefined
}

function refundDetail(refund: Refund): string {
  const amount = `${formatYuan(refund.amountFen)} 元`
  switch (refund.status) {
    case 'submitted':
      return `退费原因：${REFUND_REASON_TEXT[refund.reason]}。医保部门审核通过后，${amount}将按原支付渠道退回。${UNDER_REVIEW_TEXT}`
    case 'reviewing':
      return `医保部门正在审核，通过后${amount}将按原支付渠道退回。${UNDER_REVIEW_TEXT}`
    case 'refunded':
      return `${amount}已于${formatChineseDate(refund.refundedOn ?? refund.submittedOn)}按原支付渠道退回，该年度不再享受医保待遇。${PAYABLE_AGAIN_TEXT}`
    case 'rejected':
      return `原因：${refund.rejectionReason ?? '未说明'}。该笔缴费继续有效。如有疑问，请拨打 12393 咨询。`
  }
}

export function recordStanding(record: PaymentRecord): RecordStanding {
  const { refund } = record
  const covered = !refund || refund.status === 'rejected'
  const last = covered ? waitingUntil(record) : undefined
  const waitingText = last && `等待期至${formatChineseDate(last)}`
  if (!refund) return { badge: '已参保', tone: 'ok', covered, canRequestRefund: true, waitingText }
  const status = REFUND_STATUS_TEXT[refund.status]
  return {
    badge: refund.status === 'refunded' ? status : `退费${status}`,
    tone: refund.status === 'rejected' ? 'warn' : 'info',
    detail: refundDetail(refund),
    covered,
    canRequestRefund: false,
    waitingText,
  }
}

/**
 * 已退款 and nothing paid since for the same person and year: the year is
 * unpaid, and 缴费记录 offers to pay it (the bureau takes a new order).
 */
export const isPayableAgain = (record: PaymentRecord, records: readonly PaymentRecord[]): boolean =>
  record.refund?.status === 'refunded' &&
  !records.some(
    (other) =>
      other.benefitYear === record.benefitYear &&
      other.memberToken === record.memberToken &&
      recordStanding(other).covered,
  )

/** Beside the note, which the bureau keeps: it knows the payer already, so nothing that identifies anyone is asked. */
export const NOTE_PRIVACY_TEXT = '请勿在说明中填写身份证号、手机号等个人信息，医保部门已掌握您的缴费信息。'

export const REFUND_NOTE_ERROR: Record<RefundNoteProblem, string> = {
  'note-required': '请简要说明退费原因',
  'note-too-long': `说明不超过 ${REFUND_NOTE_MAX} 字`,
  'note-personal-data': '说明中请不要填写身份证号码或手机号码，医保部门已掌握您的缴费信息',
}

/** The stages a refund passes, in order, for the progress the form shows after sending. */
export const REFUND_STAGES = [
  { status: 'submitted', label: '已受理' },
  { status: 'reviewing', label: '审核中' },
  { status: 'refunded', label: '已退款' },
] as const

/** 等待期结束 reminders a resident may ask for: covered payments whose cover starts after today. */
export const waitingEndReminders = (records: readonly PaymentRecord[], today: string): Reminder[] =>
  records
    .filter((record) => recordStanding(record).covered)
    .flatMap((record) => waitingEndsReminder(record.benefitYear, record.coverageStart, today) ?? [])
