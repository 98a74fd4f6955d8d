/**
 * When cover starts for a benefit year, from the payment date, the region's
 * collection window and who is paying.
 * - Concentrated period (集中参保期), continuous: from 1 January of the benefit year.
 * - Extended period (e.g. Fujian to end of February, 闽政办〔2025〕3号): from the
 *   payment date, or the region's first covered day (缴费次日: 安徽, 江西); never
 *   before 1 January, even when the extended period starts in December.
 * - Otherwise the waiting period (waiting-period.ts) runs from the payment date,
 *   or from 1 January when a window payment is for the coming year.
 * - A wait a late payment for the previous year started and that runs into this
 *   year (`notBefore`, carried-wait.ts) holds this year's cover back too.
 * - Newborns within the region's days of birth: from birth; later: the region's
 *   rule. The newborn exemption lasts to the region's age (default one year);
 *   an older child in the newborn category waits like anyone else.
 * - The region's exempt groups and the fully subsidised never wait.
 * - Students paying in the window: from the school-year day of the school year
 *   running on 1 January (福建: 1 September), or their enrolment date where the
 *   region says so; never later than anyone else paying that day.
 */
import { addDays, addMonths, daysBetween } from './iso-date'
import type { BenefitYearRules, CollectionWindow, FirstCoveredDay } from './region-rules'
import { waitingPeriod, waits, type WaitingPeriod } from './waiting-period'

/** The usual local rule the issue and policy facts give, where a region states none. */
export const NEWBORN_FROM_BIRTH_DAYS = 90

/** Up to one year old a child counts as a newborn (江西: "90 days to 1 year: from the day after payment"). */
export const NEWBORN_EXEMPT_UNTIL_AGE_DAYS = 365

export type CoverageReason =
  | 'in-window'
  | 'extended-period'
  | 'outside-window'
  | 'break'
  | 'newborn-from-birth'
  | 'newborn-later'
  | 'exempt-group'
  | 'school-year'
  | 'carried-wait'

export type PaymentPeriod = 'window' | 'extended' | 'outside'

export interface Coverage {
  /** First covered day, YYYY-MM-DD. */
  start: string
  /** Last covered day of the benefit year. */
  end: string
  waitingMonths: number
  fixedMonths: number
  variableMonths: number
  /** The fixed wait in days, for regions that count it so. */
  waitingDays?: number
  /** How the region words the first day (到账之日 for 'funds-arrival'); absent: the day itself. */
  firstCoveredDay?: FirstCoveredDay
  reason: CoverageReason
  period: PaymentPeriod
}

export type CoverageError = 'not-open' | 'year-over' | 'after-cutoff' | 'newborn-no-cover'
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
  /** A student's enrolment date, for regions that cover students from it. */
  schoolEnrolledOn?: string
  /** The first covered day a late payment for the previous year set, when it falls inside this year. */
  notBefore?: string
}

export function paymentPeriodOf(window: CollectionWindow, paymentDate: string): PaymentPeriod | 'before' {
  if (paymentDate < window.start) return 'before'
  if (paymentDate <= window.end) return 'window'
  if (window.extendedEnd && paymentDate <= window.extendedEnd) return 'extended'
  return 'outside'
}

const later = (a: string, b: string) => (a > b ? a : b)
const earlier = (a: string, b: string) => (a < b ? a : b)

/** The region's first covered day for the extended period and for a wait counted from a payment. */
export function firstCoveredDayRule(
  rules: BenefitYearRules,
  after: 'extended' | 'wait',
): FirstCoveredDay | undefined {
  const rule = rules.firstCoveredDay
  return typeof rule === 'object' ? (after === 'extended' ? rule.extended : rule.afterWait) : rule
}

/** The day cover starts when the count reaches `day`, by the region's rule. */
export function applyFirstCoveredDay(day: string, rule: FirstCoveredDay | undefined): string {
  switch (rule) {
    case 'next-day':
      return addDays(day, 1)
    case 'next-month':
      return `${addMonths(day, 1).slice(0, 7)}-01`
    default:
      return day
  }
}

/** The day a wait that started on `from` ends: fixed days first, then the months. */
export function waitEnds(from: string, wait: WaitingPeriod): string {
  return addMonths(addDays(from, wait.fixedDays ?? 0), wait.months)
}

interface Start {
  start: string
  reason: CoverageReason
  wait?: WaitingPeriod
  firstCoveredDay?: FirstCoveredDay
}

type StartResult = { ok: true; start: Start } | { ok: false; error: CoverageError }

/**
 * The first covered day with no end-of-year check: a late payment's wait may
 * run into the next benefit year, which then carries it (carried-wait.ts).
 */
export function firstCoveredStart(input: CoverageInput): StartResult {
  const { rules, window, paymentDate } = input
  const yearStart = `${rules.benefitYear}-01-01`
  const period = paymentPeriodOf(window, paymentDate)
  if (period === 'before') return { ok: false, error: 'not-open' }
  if (rules.collectionCutoff && paymentDate > rules.collectionCutoff)
    return { ok: false, error: 'after-cutoff' }
  // A window payment for the coming year counts from 1 January; any other from the payment date.
  const countFrom = later(paymentDate, yearStart)
  const found = (start: Start): StartResult => ({ ok: true, start })

  const newborn = input.newbornBirthDate && newbornStart(input, input.newbornBirthDate, period, countFrom)
  if (newborn) return newborn

  const wait = waitingPeriod({
    breakYears: input.breakYears,
    backYears: input.backYears,
    paidInWindow: period !== 'outside',
    rule: rules.waiting,
  })
  const waitApplies = waits(wait)
  if (waitApplies && input.exempt) {
    // Exempt from the wait, not from the region's first day: counted as a payment in the extended period
    // (滁州: newly listed 特困 and 低保 residents are covered from the day after payment).
    const rule = countFrom === yearStart ? undefined : firstCoveredDayRule(rules, 'extended')
    return found({
      start: applyFirstCoveredDay(countFrom, rule),
      reason: 'exempt-group',
      firstCoveredDay: rule,
    })
  }
  if (waitApplies) {
    // A wait counted from 1 January ends on a month's first day; one counted from a payment takes the region's rule.
    const rule = countFrom === yearStart ? undefined : firstCoveredDayRule(rules, 'wait')
    return found({
      start: applyFirstCoveredDay(waitEnds(countFrom, wait), rule),
      reason: wait.reason === 'break' ? 'break' : 'outside-window',
      wait,
      firstCoveredDay: rule,
    })
  }
  if (period === 'extended') {
    const rule = firstCoveredDayRule(rules, 'extended')
    return found({
      start: later(applyFirstCoveredDay(paymentDate, rule), yearStart),
      reason: 'extended-period',
      firstCoveredDay: rule,
    })
  }
  const school = input.inSchool ? schoolYearStart(input, countFrom) : undefined
  if (school) return found({ start: school, reason: 'school-year' })
  return found({ start: countFrom, reason: period === 'window' ? 'in-window' : 'outside-window' })
}

function newbornStart(
  input: CoverageInput,
  birthDate: string,
  period: PaymentPeriod,
  countFrom: string,
): StartResult | undefined {
  const rule = input.rules.newborn ?? {
    fromBirthWithinDays: NEWBORN_FROM_BIRTH_DAYS,
    afterThat: 'payment-date',
  }
  const ageDays = daysBetween(birthDate, input.paymentDate)
  // Past the region's age the exemption is over: the child is quoted like anyone else.
  if (ageDays > (rule.exemptUntilAgeDays ?? NEWBORN_EXEMPT_UNTIL_AGE_DAYS)) return undefined
  const yearStart = `${input.rules.benefitYear}-01-01`
  const found = (start: string, reason: CoverageReason, wait?: WaitingPeriod): StartResult => ({
    ok: true,
    start: { start: later(start, yearStart), reason, wait },
  })
  if (ageDays <= rule.fromBirthWithinDays) return found(birthDate, 'newborn-from-birth')
  // In the window the coming year starts on 1 January, as for anyone.
  if (period === 'window') return found(countFrom, 'newborn-later')
  switch (rule.afterThat) {
    case 'payment-date':
      return found(input.paymentDate, 'newborn-later')
    case 'day-after-payment':
      return found(addDays(input.paymentDate, 1), 'newborn-later')
    case 'next-month':
      return found(applyFirstCoveredDay(input.paymentDate, 'next-month'), 'newborn-later')
    case 'waiting': {
      const wait = waitingPeriod({
        breakYears: 0,
        backYears: 0,
        paidInWindow: false,
        rule: input.rules.waiting,
      })
      return found(waitEnds(countFrom, wait), 'newborn-later', wait)
    }
    case 'no-cover':
      return { ok: false, error: 'newborn-no-cover' }
  }
}

/** The school-year day of the school year running on 1 January of the benefit year. */
function schoolYearStart(input: CoverageInput, countFrom: string): string | undefined {
  const { rules } = input
  const rule =
    rules.schoolYear ??
    (rules.schoolYearCoverFrom
      ? { coverFrom: rules.schoolYearCoverFrom, from: 'school-year-day' }
      : undefined)
  if (!rule || paymentPeriodOf(input.window, input.paymentDate) !== 'window') return undefined
  const year = rule.coverFrom > '01-01' ? rules.benefitYear - 1 : rules.benefitYear
  const schoolDay = `${year}-${rule.coverFrom}`
  const enrolled = input.schoolEnrolledOn
  const start =
    rule.from === 'enrolment-date' && enrolled && enrolled > schoolDay && enrolled < countFrom
      ? enrolled
      : schoolDay
  // A student is never covered later than anyone else paying the same day.
  return earlier(start, countFrom)
}

export function coverageFor(input: CoverageInput): CoverageResult {
  const found = firstCoveredStart(input)
  if (!found.ok) return found
  const { start: first, reason, wait, firstCoveredDay } = found.start
  const yearEnd = `${input.rules.benefitYear}-12-31`
  const carried = input.notBefore !== undefined && input.notBefore > first && reason !== 'newborn-from-birth'
  const start = carried ? (input.notBefore as string) : first
  if (start > yearEnd) return { ok: false, error: 'year-over' }
  const period = paymentPeriodOf(input.window, input.paymentDate) as PaymentPeriod
  return {
    ok: true,
    coverage: {
      start,
      end: yearEnd,
      waitingMonths: wait?.months ?? 0,
      fixedMonths: wait?.fixedMonths ?? 0,
      variableMonths: wait?.variableMonths ?? 0,
      ...(wait?.fixedDays ? { waitingDays: wait.fixedDays } : {}),
      ...(firstCoveredDay ? { firstCoveredDay } : {}),
      reason: carried ? 'carried-wait' : reason,
      period,
    },
  }
}
