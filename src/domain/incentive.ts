/**
 * The 大病保险 cap increase of 国办发〔2024〕38号, shown as information:
 * after 4 continuous years, each further continuous year adds one step; a
 * claim-free year adds one step for the next year. Each step is at least
 * 1,000 元 (the region's step), the total at most 20 % of the original cap.
 * A break resets the continuous count. Regions vary each of these
 * (`IncentiveRule`): the years before the first step, a lower share or an
 * absolute ceiling, claim-free credit that builds up or is cleared once used,
 * a lower cap after a break (山东), steps kept across a break (廊坊).
 */
import { fen, type Fen } from './money'
import type { IncentiveRule } from './region-rules'

export const CONTINUOUS_YEARS_BEFORE_INCENTIVE = 4
export const MIN_STEP_FEN = 100000
export const MAX_INCREASE_PERCENT = 20
const MAX_INCREASE_BASIS_POINTS = MAX_INCREASE_PERCENT * 100

export interface Incentive {
  capFen: Fen
  continuousSteps: number
  claimFreeSteps: number
  increaseFen: Fen
  /** What a break takes off the cap, where the region sets a penalty (山东); absent otherwise. */
  decreaseFen?: Fen
}

export interface IncentivePerson {
  breakYears: number
  continuousYears?: number
  claimFreeLastYear?: boolean
  /** Consecutive claim-free years, for regions whose credit builds up (default: the last year only). */
  claimFreeYears?: number
  /** The raised cap was used last year: regions that reset the credit after use start again. */
  incentiveUsedLastYear?: boolean
  /** Paid years in the run a break ended, for regions that keep the steps earned. */
  runBeforeBreak?: number
}

export function incentiveFor(rule: IncentiveRule, person: IncentivePerson): Incentive {
  const afterYears = rule.afterYears ?? CONTINUOUS_YEARS_BEFORE_INCENTIVE
  const broken = person.breakYears > 0
  // Paying this year continues the run only when there was no break; a region may keep what the run earned.
  const continuousSteps = broken
    ? rule.keepCreditAfterBreak
      ? Math.max(0, (person.runBeforeBreak ?? 0) - afterYears)
      : 0
    : Math.max(0, (person.continuousYears ?? 0) + 1 - afterYears)
  const claimFreeSteps =
    broken || (rule.resetAfterUse && person.incentiveUsedLastYear) ? 0 : claimFreeCredit(rule, person)
  const step = Math.max(rule.stepFen, MIN_STEP_FEN)
  const basisPoints = Math.min(
    rule.maxIncreaseBasisPoints ?? MAX_INCREASE_BASIS_POINTS,
    MAX_INCREASE_BASIS_POINTS,
  )
  const ceiling = Math.min(
    Math.floor((rule.criticalIllnessCapFen * basisPoints) / 10000),
    rule.maxIncreaseFen ?? Number.MAX_SAFE_INTEGER,
  )
  return {
    capFen: rule.criticalIllnessCapFen,
    continuousSteps,
    claimFreeSteps,
    increaseFen: fen(Math.min((continuousSteps + claimFreeSteps) * step, ceiling)),
    ...(broken && rule.breakPenaltyFen ? { decreaseFen: rule.breakPenaltyFen } : {}),
  }
}

function claimFreeCredit(rule: IncentiveRule, person: IncentivePerson): number {
  const lastYear = person.claimFreeLastYear ? 1 : 0
  return rule.claimFreeBuildsUp ? Math.max(person.claimFreeYears ?? 0, lastYear) : lastYear
}
