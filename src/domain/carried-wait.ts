/**
 * A wait started by a late payment may run past the end of its own benefit
 * year, and the next year's cover cannot start before it ends, however that
 * next year was paid. The 阜新 case: 2025 paid late on 2025-11-06
 * waits 3 months, so 2026, paid on the same day inside its window, is covered
 * from 2026-02-06, not from 1 January.
 */
import { firstCoveredStart } from './coverage'
import { breakYearsBefore, type PaymentHistory } from './payment-history'
import type { BenefitYearRules } from './region-rules'

const shiftDate = (date: string, years: number) => `${Number(date.slice(0, 4)) + years}${date.slice(4)}`

/**
 * The previous year's rules when the region file has none: this year's
 * calendar a year earlier. Only the window's dates matter here, to tell
 * whether the previous year's payment was late, and regions keep their
 * calendar from year to year; a region that did not gives its own year.
 */
export function previousYearLike(rules: BenefitYearRules): BenefitYearRules {
  const window = rules.window && {
    start: shiftDate(rules.window.start, -1),
    end: shiftDate(rules.window.end, -1),
    ...(rules.window.extendedEnd ? { extendedEnd: shiftDate(rules.window.extendedEnd, -1) } : {}),
  }
  return {
    ...rules,
    benefitYear: rules.benefitYear - 1,
    window,
    collectionCutoff: rules.collectionCutoff && shiftDate(rules.collectionCutoff, -1),
  }
}

export interface CarriedWaitInput {
  history: PaymentHistory
  benefitYear: number
  previousYearRules: BenefitYearRules | undefined
  /** The person is exempt from waiting (newborn, the region's groups, fully subsidised). */
  exempt: boolean
}

/** The first covered day the previous year's late payment set, when it falls inside `benefitYear`. */
export function carriedWaitEnd(input: CarriedWaitInput): string | undefined {
  const { history, benefitYear, previousYearRules: rules } = input
  const previous = history.find((paid) => paid.benefitYear === benefitYear - 1)
  if (!previous || !rules?.window || input.exempt) return undefined
  // Back-years paid with that payment are not in the history: the wait is taken unrepaired.
  const found = firstCoveredStart({
    rules,
    window: rules.window,
    paymentDate: previous.paidOn,
    breakYears: breakYearsBefore(history, benefitYear - 1),
    backYears: 0,
    exempt: false,
    inSchool: false,
  })
  return found.ok && found.start.start >= `${benefitYear}-01-01` ? found.start.start : undefined
}
