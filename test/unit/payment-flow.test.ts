import fc from 'fast-check'
import {
  INITIAL_FLOW,
  resolveStep,
  stepIndex,
  STEP_TITLES,
  STEPS,
  transition,
  type FlowEvent,
  type FlowState,
  type Step,
} from '../../src/domain/payment-flow'

const at = (reached: Step): FlowState => ({ reached })
const after = (reached: Step, type: FlowEvent['type']): Step => transition(at(reached), { type }).reached

const EVENT_TYPES: FlowEvent['type'][] = [
  'VERIFIED',
  'ENROLMENT_CONFIRMED',
  'RECORD_UNAVAILABLE',
  'PLAN_CHOSEN',
  'AMOUNT_ACKNOWLEDGED',
  'PAYMENT_CANCELLED',
  'PAID',
  'RESTART',
]

describe('payment flow: the happy path', () => {
  test('walks the six steps in order from the initial state', () => {
    const path: FlowEvent['type'][] = [
      'VERIFIED',
      'ENROLMENT_CONFIRMED',
      'PLAN_CHOSEN',
      'AMOUNT_ACKNOWLEDGED',
      'PAID',
    ]
    const visited = [INITIAL_FLOW.reached]
    let state = INITIAL_FLOW
    for (const type of path) {
      state = transition(state, { type })
      visited.push(state.reached)
    }
    expect(visited).toEqual([...STEPS])
  })

  test('every step has a Chinese title', () => {
    expect(STEPS.map((step) => STEP_TITLES[step])).toEqual([
      '实名认证',
      '参保信息确认',
      '险种档次选择',
      '金额核对',
      '支付',
      '电子凭证',
    ])
  })
})

describe('payment flow: each event', () => {
  test('VERIFIED always starts over at enrolment, dropping later progress', () => {
    expect(after('verify', 'VERIFIED')).toBe('enrolment')
    expect(after('amount', 'VERIFIED')).toBe('enrolment')
    expect(after('pay', 'VERIFIED')).toBe('enrolment')
  })

  test('ENROLMENT_CONFIRMED needs enrolment reached, and drops later progress back to plan', () => {
    expect(after('verify', 'ENROLMENT_CONFIRMED')).toBe('verify')
    expect(after('enrolment', 'ENROLMENT_CONFIRMED')).toBe('plan')
    expect(after('pay', 'ENROLMENT_CONFIRMED')).toBe('plan')
  })

  test('RECORD_UNAVAILABLE closes the steps after enrolment, and needs enrolment reached', () => {
    expect(after('verify', 'RECORD_UNAVAILABLE')).toBe('verify')
    expect(after('enrolment', 'RECORD_UNAVAILABLE')).toBe('enrolment')
    expect(after('plan', 'RECORD_UNAVAILABLE')).toBe('enrolment')
    expect(after('amount', 'RECORD_UNAVAILABLE')).toBe('enrolment')
    expect(after('receipt', 'RECORD_UNAVAILABLE')).toBe('receipt')
  })

  test('PLAN_CHOSEN needs plan reached; from a later step it drops progress back to amount', () => {
    expect(after('enrolment', 'PLAN_CHOSEN')).toBe('enrolment')
    expect(after('plan', 'PLAN_CHOSEN')).toBe('amount')
    expect(after('amount', 'PLAN_CHOSEN')).toBe('amount')
    expect(after('pay', 'PLAN_CHOSEN')).toBe('amount')
  })

  test('AMOUNT_ACKNOWLEDGED needs amount reached', () => {
    expect(after('plan', 'AMOUNT_ACKNOWLEDGED')).toBe('plan')
    expect(after('amount', 'AMOUNT_ACKNOWLEDGED')).toBe('pay')
    expect(after('pay', 'AMOUNT_ACKNOWLEDGED')).toBe('pay')
  })

  test('PAYMENT_CANCELLED from pay returns to amount, and is ignored elsewhere', () => {
    expect(after('pay', 'PAYMENT_CANCELLED')).toBe('amount')
    expect(after('amount', 'PAYMENT_CANCELLED')).toBe('amount')
    expect(after('plan', 'PAYMENT_CANCELLED')).toBe('plan')
  })

  test('PAID only counts from pay: from amount it is ignored', () => {
    expect(after('pay', 'PAID')).toBe('receipt')
    expect(after('amount', 'PAID')).toBe('amount')
    expect(after('verify', 'PAID')).toBe('verify')
  })

  test('an ignored event returns the very same state', () => {
    const state = at('amount')
    expect(transition(state, { type: 'PAID' })).toBe(state)
  })

  test('after PAID only RESTART leaves the receipt', () => {
    for (const type of EVENT_TYPES.filter((event) => event !== 'RESTART')) {
      expect(after('receipt', type)).toBe('receipt')
    }
    expect(transition(at('receipt'), { type: 'RESTART' })).toEqual(INITIAL_FLOW)
  })

  test('RESTART goes back to verify from any step', () => {
    for (const step of STEPS) expect(after(step, 'RESTART')).toBe('verify')
  })
})

describe('resolveStep', () => {
  test('a step already reached opens as requested', () => {
    expect(resolveStep(at('amount'), 'plan')).toBe('plan')
    expect(resolveStep(at('amount'), 'amount')).toBe('amount')
    expect(resolveStep(at('amount'), 'verify')).toBe('verify')
  })

  test('a later step than reached lands on the reached step', () => {
    expect(resolveStep(at('plan'), 'pay')).toBe('plan')
    expect(resolveStep(at('verify'), 'receipt')).toBe('verify')
  })

  test('after payment every step resolves to the receipt', () => {
    for (const step of STEPS) expect(resolveStep(at('receipt'), step)).toBe('receipt')
  })
})

describe('payment flow (property)', () => {
  test('no event sequence skips a step, and the receipt is only reached by PAID from pay', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...EVENT_TYPES), { maxLength: 40 }), (events) => {
        let state = INITIAL_FLOW
        for (const type of events) {
          const next = transition(state, { type })
          expect(stepIndex(next.reached)).toBeLessThanOrEqual(stepIndex(state.reached) + 1)
          if (next.reached === 'receipt' && state.reached !== 'receipt') {
            expect([state.reached, type]).toEqual(['pay', 'PAID'])
          }
          state = next
        }
      }),
    )
  })
})
