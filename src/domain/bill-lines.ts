/**
 * The lines of a bill on one individual standard: the standard (its 长护险 part
 * on a line of its own, so the lines still add up to what is paid), what paying
 * late adds, the group's assistance or a newborn's free year, then any
 * back-years at that standard. Every amount is integer fen.
 */
import { fen, sumFen, type Fen } from './money'
import type { StandardChoice } from './plan-options'
import { SUBSIDY_GROUP_LABELS, type BenefitYearRules, type Category, type SubsidyGroup } from './region-rules'

/**
 * One item of the bill. 'long-term-care' is the 长护险 part of the individual
 * standard, itemised apart from the rest of it ('standard'); 'late-price' what
 * paying after the region's date adds (云南: the per-capita subsidy).
 */
export type QuoteLineKind = 'standard' | 'long-term-care' | 'late-price' | 'assistance' | 'back-years'

export interface QuoteLine {
  kind: QuoteLineKind
  label: string
  amountFen: Fen
}

/** Who the lines are for: the category, the assistance group and, for newborns, the birth date. */
export interface BilledPerson {
  category: Category
  subsidyGroup: SubsidyGroup
  birthDate?: string
}

export const total = (lines: readonly QuoteLine[]): Fen => sumFen(lines.map((line) => line.amountFen))

/** Per-capita subsidy for the category where the notice gives one each (北京), else the year's figure. */
export function governmentSubsidyFor(rules: BenefitYearRules, category: Category): Fen | undefined {
  return rules.subsidyByCategory?.[category] ?? rules.governmentSubsidyFen
}

/** The year's lines on one standard, then any back-years at that standard. */
export function billLines(
  rules: BenefitYearRules,
  person: BilledPerson,
  today: string,
  choice: StandardChoice,
  backYears: number,
): QuoteLine[] {
  const lines = currentYearLines(rules, person, choice, today)
  if (backYears === 0) return lines
  return [
    ...lines,
    {
      kind: 'back-years',
      label: `补缴 ${backYears} 年（按${rules.benefitYear}年度标准）`,
      amountFen: fen(choice.standardFen * backYears),
    },
  ]
}

/** The year's own lines; without a payment date (`today`) no date-dependent price is added. */
export function currentYearLines(
  rules: BenefitYearRules,
  person: BilledPerson,
  choice: StandardChoice,
  today: string | undefined,
): QuoteLine[] {
  const standard = choice.standardFen
  const careFen = Math.min(rules.longTermCareFen?.[person.category] ?? 0, standard)
  const lines: QuoteLine[] = [
    careFen > 0
      ? {
          kind: 'standard',
          label: `个人缴费（${choice.label}，医疗部分）`,
          amountFen: fen(standard - careFen),
        }
      : { kind: 'standard', label: `个人缴费标准（${choice.label}）`, amountFen: standard },
  ]
  if (careFen > 0) {
    lines.push({
      kind: 'long-term-care',
      label: '长期护理保险',
      amountFen: fen(careFen),
    })
  }
  const late = today === undefined ? 0 : latePriceExtra(rules, person.category, standard, today)
  if (late > 0) lines.push({ kind: 'late-price', label: '逾期缴费另缴（按当地规定）', amountFen: fen(late) })
  const free = newbornFree(rules, person)
  const assistance = free ? standard : assistanceFor(rules, person.subsidyGroup, standard)
  if (assistance > 0) {
    lines.push({
      kind: 'assistance',
      label: free ? '新生儿免缴' : `资助参保（${SUBSIDY_GROUP_LABELS[person.subsidyGroup]}）`,
      amountFen: fen(-assistance),
    })
  }
  return lines
}

/** What paying on or after the region's date adds to the standard (云南: the per-capita subsidy). */
function latePriceExtra(rules: BenefitYearRules, category: Category, standard: Fen, today: string): number {
  const rule = rules.latePrice
  if (!rule || today < rule.from) return 0
  if (rule.mode === 'plus-subsidy') return governmentSubsidyFor(rules, category) ?? 0
  const price = rule.standardFen[category]
  return price === undefined ? 0 : Math.max(0, price - standard)
}

/** 湖南: a newborn's birth year is free; 江西: three natural years from birth. */
function newbornFree(rules: BenefitYearRules, person: BilledPerson): boolean {
  const rule = rules.newborn
  if (!rule?.birthYearFree || person.category !== 'newborn' || !person.birthDate) return false
  const yearsSinceBirth = rules.benefitYear - Number(person.birthDate.slice(0, 4))
  return yearsSinceBirth >= 0 && yearsSinceBirth < (rule.freeYears ?? 1)
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
