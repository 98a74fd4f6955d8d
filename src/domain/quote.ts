/**
 * What a resident pays for a benefit year and from when they are covered:
 * `quote(person, region, choice, today)` gives itemised lines in fen whose sum
 * is the payable total (individual standard with its 长护险 part apart, what
 * paying late adds, group assistance, back-years at the current standard), the
 * fiscal subsidy apart as information, the coverage start with its waiting
 * period, what each number of back-years would change, the tiers and age bands
 * beside the chosen one, the 大病保险 incentive and warnings.
 * When the back-years asked for give no cover this year but more would, the
 * quote is for the fewest that do, flagged `needsRepair`, so the app offers the
 * repair instead of refusing the bill.
 */
import {
  billLines,
  currentYearLines,
  governmentSubsidyFor,
  isFullySubsidised,
  total,
  type QuoteLine,
} from './bill-lines'
import { carriedWaitEnd, previousYearLike } from './carried-wait'
import {
  NEWBORN_EXEMPT_UNTIL_AGE_DAYS,
  coverageFor,
  paymentPeriodOf,
  type Coverage,
  type CoverageError,
} from './coverage'
import { incentiveFor, type Incentive } from './incentive'
import { daysBetween } from './iso-date'
import { fen, sumFen, type Fen } from './money'
import {
  breakYearsBefore,
  continuousYearsBefore,
  runBeforeBreak,
  type PaymentHistory,
} from './payment-history'
import { planOptionsFor, standardFor, type PlanOption, type StandardError } from './plan-options'
import {
  rulesForYear,
  type BenefitYearRules,
  type Category,
  type PolicySource,
  type RegionRules,
  type SubsidyGroup,
} from './region-rules'
import { usefulBackYears } from './waiting-period'

export type { PlanOption } from './plan-options'
export type { QuoteLine, QuoteLineKind } from './bill-lines'
export { assistanceFor, governmentSubsidyFor, isFullySubsidised } from './bill-lines'

export interface Person {
  category: Category
  subsidyGroup: SubsidyGroup
  /** Consecutive benefit years without cover just before the one being paid; `history` wins when given. */
  breakYears: number
  /** Years of continuous cover before the one being paid (incentive); `history` wins when given. */
  continuousYears?: number
  /** The last benefit year passed without a claim on the fund (incentive). */
  claimFreeLastYear?: boolean
  /** Consecutive claim-free years, for regions whose claim-free credit builds up. */
  claimFreeYears?: number
  /** The raised 大病保险 cap was used last year (regions that clear the credit after use). */
  incentiveUsedLastYear?: boolean
  /** A newborn's birth date, YYYY-MM-DD. */
  birthDate?: string
  inSchool?: boolean
  /** The day a student enrolled, for regions that cover students from it. */
  schoolEnrolledOn?: string
  /** The years the bureau holds as paid, with their dates: breaks and continuity come from it. */
  history?: PaymentHistory
  /** Whole years of age on the benefit year's first day, for age bands (never a birth date). */
  ageOnFirstDay?: number
}

export interface QuoteChoice {
  benefitYear: number
  /** Back-years repaid at the current standard to shorten the waiting period. */
  backYears: number
  /** The contribution tier chosen, where the region offers tiers; absent: the first. */
  tierId?: string
}

/** What paying `backYears` back-years would cost and change. */
export interface BackYearOption {
  backYears: number
  extraFen: Fen
  payableFen: Fen
  waitingMonths: number
  start: string
}

export type QuoteWarning = 'outside-window' | 'extended-period' | 'national-floor' | 'late-price'

/**
 * The back-years asked for give no cover this year, but more do: the quote is
 * for `minBackYears`, the fewest that give cover, and the app offers that repair.
 */
export interface RepairNeeded {
  minBackYears: number
  requestedBackYears: number
}

export interface Quote {
  benefitYear: number
  lines: QuoteLine[]
  payableFen: Fen
  governmentSubsidyFen?: Fen
  coverage: Coverage
  /** The break the waiting period counts (years without cover before this one). */
  breakYears: number
  backYears: number
  /** Ordered by back-years; only options that give cover this year. A single entry: repaying would not shorten the wait. */
  backYearOptions: BackYearOption[]
  /** Present when the quote was raised to the fewest back-years that give cover this year. */
  needsRepair?: RepairNeeded
  /** The tier the bill is on, where the region offers tiers. */
  tierId?: string
  /** The age band that sets the standard, where the region sets one by age. */
  ageBandId?: string
  /** Tiers (a choice) and age bands (information) side by side; empty when the region has neither. */
  planOptions: PlanOption[]
  incentive?: Incentive
  warnings: QuoteWarning[]
  /** True when some figure rests on a grade-C source: the screen marks it. */
  gradeC?: boolean
  sources: PolicySource[]
}

/** The yearly individual standard before any assistance (its 长护险 part included): what step 3 offers. */
export function standardFen(quote: Quote): Fen | undefined {
  const parts = quote.lines.filter((line) => line.kind === 'standard' || line.kind === 'long-term-care')
  return parts.length > 0 ? sumFen(parts.map((line) => line.amountFen)) : undefined
}

export type QuoteError =
  'no-rules-for-year' | 'window-unknown' | 'back-years-out-of-range' | StandardError | CoverageError
export type QuoteResult = { ok: true; quote: Quote } | { ok: false; error: QuoteError }

export function quote(person: Person, region: RegionRules, choice: QuoteChoice, today: string): QuoteResult {
  const rules = rulesForYear(region, choice.benefitYear)
  if (!rules) return { ok: false, error: 'no-rules-for-year' }
  return quoteForYear(person, rules, choice.backYears, today, {
    tierId: choice.tierId,
    previousYearRules: rulesForYear(region, choice.benefitYear - 1),
  })
}

export interface QuoteOptions {
  tierId?: string
  /** The previous benefit year's rules, to carry a late payment's wait; absent: this year's calendar a year earlier. */
  previousYearRules?: BenefitYearRules
}

/** Breaks and continuity as the rules count them: from the history when the bureau gave one. */
export function personFacts(person: Person, benefitYear: number) {
  const history = person.history
  if (!history)
    return { breakYears: person.breakYears, continuousYears: person.continuousYears ?? 0, runBeforeBreak: 0 }
  return {
    breakYears: breakYearsBefore(history, benefitYear),
    continuousYears: continuousYearsBefore(history, benefitYear),
    runBeforeBreak: runBeforeBreak(history, benefitYear),
  }
}

export function quoteForYear(
  person: Person,
  rules: BenefitYearRules,
  backYears: number,
  today: string,
  options: QuoteOptions = {},
): QuoteResult {
  const chosenStandard = standardFor(rules, person.category, person.ageOnFirstDay, options.tierId)
  if (!chosenStandard.ok) return chosenStandard
  const standard = chosenStandard.choice.standardFen
  const window = rules.window
  if (!window) return { ok: false, error: 'window-unknown' }
  const facts = personFacts(person, rules.benefitYear)
  const fullySubsidised = isFullySubsidised(rules, person.subsidyGroup)
  // The fully subsidised are enrolled by the government (国办发〔2021〕42号): they make no payment that could
  // be late, and cannot repair, so they never wait, whether or not the region lists them.
  const exempt = fullySubsidised || (rules.waitingExemptGroups ?? []).includes(person.subsidyGroup)
  const newbornBirthDate = person.category === 'newborn' ? person.birthDate : undefined
  const newbornExempt =
    newbornBirthDate !== undefined &&
    daysBetween(newbornBirthDate, today) <=
      (rules.newborn?.exemptUntilAgeDays ?? NEWBORN_EXEMPT_UNTIL_AGE_DAYS)
  const maxBackYears = newbornExempt || exempt ? 0 : usefulBackYears(facts.breakYears, rules.waiting)
  if (!Number.isInteger(backYears) || backYears < 0 || backYears > maxBackYears) {
    return { ok: false, error: 'back-years-out-of-range' }
  }

  const notBefore =
    person.history &&
    carriedWaitEnd({
      history: person.history,
      benefitYear: rules.benefitYear,
      previousYearRules: options.previousYearRules ?? previousYearLike(rules),
      exempt: exempt || newbornExempt,
    })
  const coverOf = (years: number) =>
    coverageFor({
      rules,
      window,
      paymentDate: today,
      breakYears: facts.breakYears,
      backYears: years,
      newbornBirthDate,
      exempt,
      inSchool: person.inSchool ?? false,
      schoolEnrolledOn: person.schoolEnrolledOn,
      notBefore,
    })

  const billOn = (amount: Fen, years: number) =>
    billLines(rules, person, today, { ...chosenStandard.choice, standardFen: amount }, years)
  const basePayable = total(billOn(standard, 0))
  const backYearOptions: BackYearOption[] = []
  for (let years = 0; years <= maxBackYears; years += 1) {
    const option = coverOf(years)
    if (!option.ok) continue
    const extraFen = fen(standard * years)
    backYearOptions.push({
      backYears: years,
      extraFen,
      payableFen: fen(basePayable + extraFen),
      waitingMonths: option.coverage.waitingMonths,
      start: option.coverage.start,
    })
  }

  // No cover this year with the back-years asked for, but more would give it: quote the repair, not a refusal.
  let chosenYears = backYears
  let coverage = coverOf(backYears)
  let needsRepair: RepairNeeded | undefined
  if (!coverage.ok && coverage.error === 'year-over') {
    const repair = backYearOptions.find((option) => option.backYears > backYears)
    if (repair) {
      chosenYears = repair.backYears
      coverage = coverOf(chosenYears)
      needsRepair = { minBackYears: chosenYears, requestedBackYears: backYears }
    }
  }
  if (!coverage.ok) return coverage

  const lines = billOn(standard, chosenYears)
  const period = paymentPeriodOf(window, today)
  const warnings: QuoteWarning[] = []
  if (period === 'outside') warnings.push('outside-window')
  if (period === 'extended') warnings.push('extended-period')
  if (rules.individualFromNationalFloor) warnings.push('national-floor')
  if (lines.some((line) => line.kind === 'late-price')) warnings.push('late-price')

  return {
    ok: true,
    quote: {
      benefitYear: rules.benefitYear,
      lines,
      payableFen: total(lines),
      governmentSubsidyFen: governmentSubsidyFor(rules, person.category),
      coverage: coverage.coverage,
      breakYears: facts.breakYears,
      backYears: chosenYears,
      backYearOptions,
      ...(needsRepair ? { needsRepair } : {}),
      ...(chosenStandard.choice.tierId ? { tierId: chosenStandard.choice.tierId } : {}),
      ...(chosenStandard.choice.ageBandId ? { ageBandId: chosenStandard.choice.ageBandId } : {}),
      planOptions: planOptionsFor(rules, person.category, chosenStandard.choice, (amount) =>
        total(billOn(amount, chosenYears)),
      ),
      incentive:
        rules.incentive &&
        incentiveFor(rules.incentive, {
          ...person,
          breakYears: facts.breakYears,
          continuousYears: facts.continuousYears,
          runBeforeBreak: facts.runBeforeBreak,
        }),
      warnings,
      ...(rules.gradeC ? { gradeC: true } : {}),
      sources: rules.sources,
    },
  }
}

/**
 * The year's bill without dates, when the region's window was not sourced: the
 * amounts are known, when cover would start is not, so it is information only.
 */
export interface UndatedBill {
  benefitYear: number
  lines: QuoteLine[]
  payableFen: Fen
  /** Some figure of the year comes only from third-party text: said on screen, as for a dated quote. */
  gradeC?: boolean
}

export function undatedBill(
  person: Person,
  rules: BenefitYearRules,
  tierId?: string,
): UndatedBill | undefined {
  const chosen = standardFor(rules, person.category, person.ageOnFirstDay, tierId)
  if (!chosen.ok) return undefined
  // No window, so no payment date: no date-dependent price either.
  const lines = currentYearLines(rules, person, chosen.choice, undefined)
  return {
    benefitYear: rules.benefitYear,
    lines,
    payableFen: total(lines),
    ...(rules.gradeC ? { gradeC: true } : {}),
  }
}
