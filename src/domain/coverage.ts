/**
 * When cover starts for a benefit year, from the payment date, the region's
 * collection window and who is paying.
 * - Concentrated period (集中参保期), continuous: from 1 January of the benefit year.
 * - Extended period (e.g. Fujian to end of February, 闽政办〔2025〕3号): from the payment date.
 * - Otherwise the waiting period (waiting-period.ts) runs in calendar months from the
 *   payment date, or from 1 January when a window payment is for the coming year.
 * - Newborns within the region's days of birth: from birth; later: the region's rule.
 *   Newborns and the region's exempt groups never wait (国办发〔2024〕38号).
 * - Students paying in the window: from the region's school-year day (Fujian: 1 September).
 */
import { addDays, addMonths, daysBetween } from './iso-date'
import type { BenefitYearRules, CollectionWindow } from './region-rules'
import { waitingPeriod, type WaitingPeriod } from './waiting-period'

/** The usual local rule the issue and policy facts give, where a region states none. */
export const NEWBORN_FROM_BIRTH_DAYS = 90

export type CoverageReason =
  | 'in-window'
  | 'extended-period'
  | 'outside-window'
  | 'break'
  | 'newborn-from-birth'
  | 'newborn-later'
  | 'exempt-group'
  | 'school-year'

export type PaymentPeriod = 'window' | 'extended' | 'outside'

export interface Coverage {
  /** First covered day, YYYY-MM-DD. */
  start: string
  /** Last covered day of the benefit year. */
  end: string
  waitingMonths: number
  fixedMonths: number
  variableMonths: number
  reason: CoverageReason
  period: PaymentPeriod
}

export type CoverageError = 'not-open' | 'year-over'
export type CoverageResult = { ok: true; coverage: Coverage } | { ok: false; error: CoverageError }

export interface CoverageInput {
  rules: BenefitYearRules
  window: CollectionWindow
  paymentDate: string
  breakYears: number
  backYears: number
  newbornBirthDate?: string
  exempt: boolean
  inSchool: boolean
}

export function paymentPeriodOf(window: CollectionWindow, paymentDate: string): PaymentPeriod | 'before' {
  if (paymentDate < window.start) return 'before'
  if (paymentDate <= window.end) return 'window'
  if (window.extendedEnd && paymentDate <= window.extendedEnd) return 'extended'
  return 'outside'
}

const later = (a: string, b: string) => (a > b ? a : b)

export function coverageFor(input: CoverageInput): CoverageResult {
  const { rules, window, paymentDate } = input
  const yearStart = `${rules.benefitYear}-01-01`
  const yearEnd = `${rules.benefitYear}-12-31`
  const period = paymentPeriodOf(window, paymentDate)
  if (period === 'before') return { ok: false, error: 'not-open' }
  // A window payment for the coming year counts from 1 January; any other from the payment date.
  const countFrom = later(paymentDate, yearStart)
  const noWait = { waitingMonths: 0, fixedMonths: 0, variableMonths: 0, end: yearEnd, period }

  const covered = (start: string, reason: CoverageReason, wait?: WaitingPeriod): CoverageResult => {
    if (start > yearEnd) return { ok: false, error: 'year-over' }
    const months = wait
      ? { waitingMonths: wait.months, fixedMonths: wait.fixedMonths, variableMonths: wait.variableMonths }
      : {}
    return { ok: true, coverage: { ...noWait, ...months, start, reason } }
  }

  if (input.newbornBirthDate) {
    const rule = rules.newborn ?? {
      fromBirthWithinDays: NEWBORN_FROM_BIRTH_DAYS,
      afterThat: 'payment-date' as const,
    }
    const ageDays = daysBetween(input.newbornBirthDate, paymentDate)
    if (ageDays <= rule.fromBirthWithinDays)
      return covered(later(input.newbornBirthDate, yearStart), 'newborn-from-birth')
    const from = rule.afterThat === 'day-after-payment' ? addDays(paymentDate, 1) : paymentDate
    return covered(later(from, yearStart), 'newborn-later')
  }
  if (input.exempt) return covered(countFrom, 'exempt-group')

  const wait = waitingPeriod({
    breakYears: input.breakYears,
    backYears: input.backYears,
    paidInWindow: period !== 'outside',
  })
  if (wait.months > 0) {
    return covered(
      addMonths(countFrom, wait.months),
      wait.reason === 'break' ? 'break' : 'outside-window',
      wait,
    )
  }
  if (period === 'extended') return covered(paymentDate, 'extended-period')
  if (input.inSchool && rules.schoolYearCoverFrom) {
    return covered(`${window.start.slice(0, 4)}-${rules.schoolYearCoverFrom}`, 'school-year')
  }
  return covered(countFrom, 'in-window')
}
