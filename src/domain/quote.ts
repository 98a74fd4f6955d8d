/**
 * What a resident pays for a benefit year and from when they are covered:
 * `quote(person, region, choice, today)` gives itemised lines in fen whose sum
 * is the payable total (individual standard, group assistance, back-years at
 * the current standard), the fiscal subsidy apart as information, the coverage
 * start with its waiting period, what each number of back-years would change,
 * the 大病保险 incentive and warnings.
 */
import { coverageFor, paymentPeriodOf, type Coverage, type CoverageError } from './coverage'
import { incentiveFor, type Incentive } from './incentive'
import { fen, sumFen, type Fen } from './money'
import {
  CATEGORY_LABELS,
  SUBSIDY_GROUP_LABELS,
  rulesForYear,
  type BenefitYearRules,
  type Category,
  type PolicySource,
  type RegionRules,
  type SubsidyGroup,
} from './region-rules'
import { usefulBackYears } from './waiting-period'

export interface Person {
  category: Category
  subsidyGroup: SubsidyGroup
  /** Consecutive benefit years without cover just before the one being paid. */
  breakYears: number
  /** Years of continuous cover before the one being paid (incentive). */
  continuousYears?: number
  /** The last benefit year passed without a claim on the fund (incentive). */
  claimFreeLastYear?: boolean
  /** A newborn's birth date, YYYY-MM-DD. */
  birthDate?: string
  inSchool?: boolean
}

export interface QuoteChoice {
  benefitYear: number
  /** Back-years repaid at the current standard to shorten the waiting period. */
  backYears: number
}

export interface QuoteLine {
  kind: 'standard' | 'assistance' | 'back-years'
  label: string
  amountFen: Fen
}

/** What paying `backYears` back-years would cost and change. */
export interface BackYearOption {
  backYears: number
  extraFen: Fen
  payableFen: Fen
  waitingMonths: number
  start: string
}

export type QuoteWarning = 'outside-window' | 'extended-period' | 'national-floor'

export interface Quote {
  benefitYear: number
  lines: QuoteLine[]
  payableFen: Fen
  governmentSubsidyFen?: Fen
  coverage: Coverage
  /** The break the waiting period counts (years without cover before this one). */
  breakYears: number
  backYears: number
  /** Ordered by back-years from 0; a single entry means repaying would not shorten the wait. */
  backYearOptions: BackYearOption[]
  incentive?: Incentive
  warnings: QuoteWarning[]
  sources: PolicySource[]
}

/** The yearly individual standard before any assistance: what step 3 offers. */
export function standardFen(quote: Quote): Fen | undefined {
  return quote.lines.find((line) => line.kind === 'standard')?.amountFen
}

export type QuoteError =
  'no-rules-for-year' | 'category-not-offered' | 'window-unknown' | 'back-years-out-of-range' | CoverageError
export type QuoteResult = { ok: true; quote: Quote } | { ok: false; error: QuoteError }

export function quote(person: Person, region: RegionRules, choice: QuoteChoice, today: string): QuoteResult {
  const rules = rulesForYear(region, choice.benefitYear)
  if (!rules) return { ok: false, error: 'no-rules-for-year' }
  return quoteForYear(person, rules, choice.backYears, today)
}

export function quoteForYear(
  person: Person,
  rules: BenefitYearRules,
  backYears: number,
  today: string,
): QuoteResult {
  const standard = rules.individualStandardFen[person.category]
  if (standard === undefined) return { ok: false, error: 'category-not-offered' }
  const window = rules.window
  if (!window) return { ok: false, error: 'window-unknown' }
  const fullySubsidised = isFullySubsidised(rules, person.subsidyGroup)
  const exempt = (rules.waitingExemptGroups ?? []).includes(person.subsidyGroup)
  const newbornBirthDate = person.category === 'newborn' ? person.birthDate : undefined
  // Exempt people wait nothing, and the fully subsidised are not offered payment at all.
  const maxBackYears = newbornBirthDate || exempt || fullySubsidised ? 0 : usefulBackYears(person.breakYears)
  if (!Number.isInteger(backYears) || backYears < 0 || backYears > maxBackYears) {
    return { ok: false, error: 'back-years-out-of-range' }
  }

  const coverOf = (years: number) =>
    coverageFor({
      rules,
      window,
      paymentDate: today,
      breakYears: person.breakYears,
      backYears: years,
      newbornBirthDate,
      exempt,
      inSchool: person.inSchool ?? false,
    })
  const coverage = coverOf(backYears)
  if (!coverage.ok) return coverage

  const baseLines = currentYearLines(rules, person, standard)
  const basePayable = sumFen(baseLines.map((line) => line.amountFen))
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
  const lines =
    backYears > 0
      ? [
          ...baseLines,
          {
            kind: 'back-years' as const,
            label: `补缴 ${backYears} 年（按${rules.benefitYear}年度标准）`,
            amountFen: fen(standard * backYears),
          },
        ]
      : baseLines

  const period = paymentPeriodOf(window, today)
  const warnings: QuoteWarning[] = []
  if (period === 'outside') warnings.push('outside-window')
  if (period === 'extended') warnings.push('extended-period')
  if (rules.individualFromNationalFloor) warnings.push('national-floor')

  return {
    ok: true,
    quote: {
      benefitYear: rules.benefitYear,
      lines,
      payableFen: sumFen(lines.map((line) => line.amountFen)),
      governmentSubsidyFen: rules.governmentSubsidyFen,
      coverage: coverage.coverage,
      breakYears: person.breakYears,
      backYears,
      backYearOptions,
      incentive: rules.incentive && incentiveFor(rules.incentive, person),
      warnings,
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
}

export function undatedBill(person: Person, rules: BenefitYearRules): UndatedBill | undefined {
  const standard = rules.individualStandardFen[person.category]
  if (standard === undefined) return undefined
  const lines = currentYearLines(rules, person, standard)
  return { benefitYear: rules.benefitYear, lines, payableFen: sumFen(lines.map((line) => line.amountFen)) }
}

function currentYearLines(rules: BenefitYearRules, person: Person, standard: Fen): QuoteLine[] {
  const lines: QuoteLine[] = [
    { kind: 'standard', label: `个人缴费标准（${CATEGORY_LABELS[person.category]}）`, amountFen: standard },
  ]
  const assistance = assistanceFor(rules, person.subsidyGroup, standard)
  if (assistance > 0) {
    lines.push({
      kind: 'assistance',
      label: `资助参保（${SUBSIDY_GROUP_LABELS[person.subsidyGroup]}）`,
      amountFen: fen(-assistance),
    })
  }
  return lines
}

/** The part of the individual standard the government pays for this group. */
export function assistanceFor(rules: BenefitYearRules, group: SubsidyGroup, standard: Fen): Fen {
  const rule = rules.subsidyRules.find((candidate) => candidate.group === group)
  if (!rule) return fen(0)
  switch (rule.mode) {
    case 'full':
      return standard
    case 'fixed':
      return fen(Math.min(rule.assistanceFen, standard))
    case 'percent': {
      // Rules read "at least x %" paid by government: round the assistance up.
      // In integer basis points, so that an exact share (1.1 % of 42000) is not
      // pushed up a fen by floating-point error.
      const basisPoints = Math.round(rule.percent * 100)
      return fen(Math.ceil((standard * basisPoints) / 10000))
    }
  }
}

export function isFullySubsidised(rules: BenefitYearRules, group: SubsidyGroup): boolean {
  return rules.subsidyRules.some((rule) => rule.group === group && rule.mode === 'full')
}
