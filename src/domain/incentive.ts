/**
 * The 大病保险 cap increase of 国办发〔2024〕38号, shown as information:
 * after 4 continuous years, each further continuous year adds one step; a
 * claim-free year adds one step for the next year. Each step is at least
 * 1,000 元 (the region's step), the total at most 20 % of the original cap.
 * A break resets the continuous count.
 */
import { fen, type Fen } from './money'
import type { IncentiveRule } from './region-rules'

export const CONTINUOUS_YEARS_BEFORE_INCENTIVE = 4
export const MIN_STEP_FEN = 100000
export const MAX_INCREASE_PERCENT = 20

export interface Incentive {
  capFen: Fen
  continuousSteps: number
  claimFreeSteps: number
  increaseFen: Fen
}

export function incentiveFor(
  rule: IncentiveRule,
  person: { breakYears: number; continuousYears?: number; claimFreeLastYear?: boolean },
): Incentive {
  // Paying this year continues the run only when there was no break.
  const continuous = person.breakYears > 0 ? 1 : (person.continuousYears ?? 0) + 1
  const continuousSteps = Math.max(0, continuous - CONTINUOUS_YEARS_BEFORE_INCENTIVE)
  const claimFreeSteps = person.breakYears === 0 && person.claimFreeLastYear ? 1 : 0
  const step = Math.max(rule.stepFen, MIN_STEP_FEN)
  const ceiling = Math.floor((rule.criticalIllnessCapFen * MAX_INCREASE_PERCENT) / 100)
  return {
    capFen: rule.criticalIllnessCapFen,
    continuousSteps,
    claimFreeSteps,
    increaseFen: fen(Math.min((continuousSteps + claimFreeSteps) * step, ceiling)),
  }
}
