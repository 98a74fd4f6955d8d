/**
 * The six-step flow as an explicit machine. The state is the furthest step the
 * resident may open; events from a step move it on and drop later progress
 * (choosing another plan means the amount must be checked again).
 */
export const STEPS = ['verify', 'enrolment', 'plan', 'amount', 'pay', 'receipt'] as const
export type Step = (typeof STEPS)[number]

export const STEP_TITLES: Record<Step, string> = {
  verify: '实名认证',
  enrolment: '参保信息确认',
  plan: '险种档次选择',
  amount: '金额核对',
  pay: '支付',
  receipt: '电子凭证',
}

export interface FlowState {
  reached: Step
}

export type FlowEvent =
  | { type: 'VERIFIED' }
  | { type: 'ENROLMENT_CONFIRMED' }
  /** The record chosen at step 2 has nothing for step 3: later steps close until another is chosen. */
  | { type: 'RECORD_UNAVAILABLE' }
  | { type: 'PLAN_CHOSEN' }
  | { type: 'AMOUNT_ACKNOWLEDGED' }
  | { type: 'PAYMENT_CANCELLED' }
  | { type: 'PAID' }
  | { type: 'RESTART' }

export const INITIAL_FLOW: FlowState = { reached: 'verify' }

export function stepIndex(step: Step): number {
  return STEPS.indexOf(step)
}

const isPaid = (state: FlowState): boolean => state.reached === 'receipt'
const hasReached = (state: FlowState, step: Step): boolean => stepIndex(state.reached) >= stepIndex(step)

/** Events sent from a step that the state does not allow are ignored. */
export function transition(state: FlowState, event: FlowEvent): FlowState {
  switch (event.type) {
    case 'RESTART':
      return INITIAL_FLOW
    case 'VERIFIED':
      return isPaid(state) ? state : { reached: 'enrolment' }
    case 'ENROLMENT_CONFIRMED':
      return !isPaid(state) && hasReached(state, 'enrolment') ? { reached: 'plan' } : state
    case 'RECORD_UNAVAILABLE':
      return !isPaid(state) && hasReached(state, 'enrolment') ? { reached: 'enrolment' } : state
    case 'PLAN_CHOSEN':
      return !isPaid(state) && hasReached(state, 'plan') ? { reached: 'amount' } : state
    case 'AMOUNT_ACKNOWLEDGED':
      return !isPaid(state) && hasReached(state, 'amount') ? { reached: 'pay' } : state
    case 'PAYMENT_CANCELLED':
      return state.reached === 'pay' ? { reached: 'amount' } : state
    case 'PAID':
      return state.reached === 'pay' ? { reached: 'receipt' } : state
  }
}

/**
 * Where a request to open `requested` lands: a later step than the state allows
 * lands on the furthest allowed one; after payment every step lands on the receipt.
 */
export function resolveStep(state: FlowState, requested: Step): Step {
  if (isPaid(state)) return 'receipt'
  return hasReached(state, requested) ? requested : state.reached
}
