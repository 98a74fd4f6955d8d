import {
  can,
  isRefundEnded,
  REFUND_NOTE_MAX,
  refundNoteProblem,
  refundTransition,
  SUBMITTED,
  type RefundEvent,
  type RefundState,
} from '../../src/domain/refund'

const reviewing: RefundState = { status: 'reviewing' }
const refunded: RefundState = { status: 'refunded', refundedOn: '2026-01-10' }
const rejected: RefundState = { status: 'rejected', reason: '该笔缴费对应的参保登记有效' }

const startReview: RefundEvent = { type: 'START_REVIEW' }
const approve: RefundEvent = { type: 'APPROVE', on: '2026-01-12' }
const reject: RefundEvent = { type: 'REJECT', reason: '未查到重复缴费' }

describe('refund machine: the legal moves', () => {
  test('已受理 → 审核中 when the bureau starts its review', () => {
    expect(refundTransition(SUBMITTED, startReview)).toEqual({ ok: true, state: { status: 'reviewing' } })
  })

  test('审核中 → 已退款 on the day the money is returned', () => {
    expect(refundTransition(reviewing, approve)).toEqual({
      ok: true,
      state: { status: 'refunded', refundedOn: '2026-01-12' },
    })
  })

  test('审核中 → 未通过 with the reason, trimmed', () => {
    expect(refundTransition(reviewing, { type: 'REJECT', reason: '  未查到重复缴费 ' })).toEqual({
      ok: true,
      state: { status: 'rejected', reason: '未查到重复缴费' },
    })
  })
})

describe('refund machine: every refusal', () => {
  const refusals: Array<[string, RefundState, RefundEvent]> = [
    ['paid before review', SUBMITTED, approve],
    ['rejected before review', SUBMITTED, reject],
    ['reviewed twice', reviewing, startReview],
    ['refunded, reviewed again', refunded, startReview],
    ['refunded twice', refunded, approve],
    ['refunded, then rejected', refunded, reject],
    ['rejected, reviewed again', rejected, startReview],
    ['rejected, then refunded', rejected, approve],
    ['rejected twice', rejected, reject],
  ]
  test.each(refusals)('%s is not allowed', (_name, state, event) => {
    expect(refundTransition(state, event)).toEqual({ ok: false, refusal: 'not-allowed' })
    expect(can(state, event.type)).toBe(false)
  })

  test('a rejection without a reason is refused and the refund stays in review', () => {
    expect(refundTransition(reviewing, { type: 'REJECT', reason: '   ' })).toEqual({
      ok: false,
      refusal: 'reason-required',
    })
  })

  test('only refunded and rejected are ended', () => {
    expect([SUBMITTED, reviewing, refunded, rejected].map(isRefundEnded)).toEqual([false, false, true, true])
  })
})

describe('the note beside a reason', () => {
  test('其他 needs a note; the named reasons do not', () => {
    expect(refundNoteProblem('other', '  ')).toBe('note-required')
    expect(refundNoteProblem('other', '单位已为我缴纳')).toBeUndefined()
    expect(refundNoteProblem('paid-twice', '')).toBeUndefined()
  })

  test('an ID number or a mobile number in the note is refused; other figures are not', () => {
    for (const note of [
      '我的身份证350102199003071234',
      '证件号 35010219900307123X 已在外地参保',
      '联系电话13800138000',
      '电话 138 0013 8000',
      '手机１３８００１３８０００',
    ])
      expect([note, refundNoteProblem('other', note)]).toEqual([note, 'note-personal-data'])
    for (const note of [
      '2026年已在厦门参保，缴费400元',
      '单位参保号12345678901',
      '订单号OD2026123456789012345678',
    ])
      expect([note, refundNoteProblem('other', note)]).toEqual([note, undefined])
  })

  test('at most REFUND_NOTE_MAX characters, Chinese counted as one each', () => {
    expect(refundNoteProblem('other', '退'.repeat(REFUND_NOTE_MAX))).toBeUndefined()
    expect(refundNoteProblem('wrong-region', '退'.repeat(REFUND_NOTE_MAX + 1))).toBe('note-too-long')
  })
})
