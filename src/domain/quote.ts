/**
 * What a resident pays for a benefit year: itemised lines in fen whose sum is
 * the payable total, the fiscal subsidy shown apart, and when cover starts.
 */
import { coverageFor, type Coverage } from './coverage'
import { fen, sumFen, type Fen } from './money'
import { CATEGORY_LABELS, SUBSIDY_GROUP_LABELS, type BenefitYearRules, type Category, type SubsidyGroup } from './region-rules'

export interface QuoteLine {
  kind: 'standard' | 'assistance'
  label: string
  amountFen: Fen
}

export interface Quote {
  benefitYear: number
  lines: QuoteLine[]
  payableFen: Fen
  governmentSubsidyFen: Fen
  coverage: Coverage
}

/** The yearly individual standard before any assistance: what step 3 offers. */
export function standardFen(quote: Quote): Fen | undefined {
  return quote.lines.find((line) => line.kind === 'standard')?.amountFen
}

export type QuoteError = 'category-not-offered' | 'not-open' | 'year-over'
export type QuoteResult = { ok: true; quote: Quote } | { ok: false; error: QuoteError }

export interface QuoteRequest {
  category: Category
  subsidyGroup: SubsidyGroup
  paymentDate: string
}

export function quoteContribution(rules: BenefitYearRules, request: QuoteRequest): QuoteResult {
  const standard = rules.individualStandardFen[request.category]
  if (standard === undefined) return { ok: false, error: 'category-not-offered' }
  const coverage = coverageFor(rules.window, rules.benefitYear, request.paymentDate)
  if (!coverage.ok) return coverage
  const lines: QuoteLine[] = [
    { kind: 'standard', label: `个人缴费标准（${CATEGORY_LABELS[request.category]}）`, amountFen: standard },
  ]
  const assistance = assistanceFor(rules, request.subsidyGroup, standard)
  if (assistance > 0) {
    lines.push({
      kind: 'assistance',
      label: `资助参保（${SUBSIDY_GROUP_LABELS[request.subsidyGroup]}）`,
      amountFen: fen(-assistance),
    })
  }
  return {
    ok: true,
    quote: {
      benefitYear: rules.benefitYear,
      lines,
      payableFen: sumFen(lines.map((line) => line.amountFen)),
      governmentSubsidyFen: rules.governmentSubsidyFen,
      coverage: coverage.coverage,
    },
  }
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
