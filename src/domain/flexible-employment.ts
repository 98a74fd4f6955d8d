/**
 * 灵活就业人员 may join employee medical insurance (职工医保) instead of resident
 * insurance. What that costs is set per city in one of three ways, each taken
 * from a notice (src/config/regions):
 * - a base the person chooses between a floor and a ceiling, times a rate
 *   (上海 10 %, 深圳 8 %), paid monthly;
 * - a fixed monthly amount (北京);
 * - fixed yearly tiers (重庆 一档 / 二档).
 * The app shows these at the type step for comparison; it does not collect them.
 */
import { fen, type Fen } from './money'
import type { PolicySource } from './region-rules'

export type FlexibleScheme =
  | {
      kind: 'base-range'
      /** Monthly bases in whole 元 (held as fen), as the notice states them. */
      minBaseFen: Fen
      maxBaseFen: Fen
      /** A whole percent: a whole-元 base then gives a whole number of fen, so no rounding rule is needed. */
      ratePercent: number
    }
  | { kind: 'fixed-monthly'; monthlyFen: Fen }
  | { kind: 'yearly-tiers'; tiers: Array<{ label: string; yearlyFen: Fen }> }

export interface FlexibleEmploymentRules {
  /** The period these figures apply to (YYYY-MM-DD); no `to` when the notice names no end. */
  from: string
  to?: string
  scheme: FlexibleScheme
  /** Months after the first payment before benefits start, when the notice sets one. */
  waitingMonths?: number
  /** Who the notice spares that wait, in its own words. */
  waitingExemption?: string
  sources: PolicySource[]
}

/** The figures in force on `today`, if any period covers it. */
export function flexibleRulesOn(
  periods: readonly FlexibleEmploymentRules[] | undefined,
  today: string,
): FlexibleEmploymentRules | undefined {
  return periods?.find((period) => period.from <= today && (!period.to || today <= period.to))
}

/** One line the type step shows side by side: what a base or tier costs. */
export interface FlexibleOption {
  label: string
  /** The monthly base the amount rests on, for base × rate schemes. */
  baseFen?: Fen
  /** Absent for yearly tiers: the notice states only the yearly sum. */
  monthlyFen?: Fen
  yearlyFen: Fen
}

export const MONTHS_PER_YEAR = 12

export function flexibleOptions(scheme: FlexibleScheme): FlexibleOption[] {
  switch (scheme.kind) {
    case 'base-range':
      return [
        baseOption('缴费基数下限', scheme.minBaseFen, scheme.ratePercent),
        baseOption('缴费基数上限', scheme.maxBaseFen, scheme.ratePercent),
      ]
    case 'fixed-monthly':
      return [
        {
          label: '按月缴纳',
          monthlyFen: scheme.monthlyFen,
          yearlyFen: fen(scheme.monthlyFen * MONTHS_PER_YEAR),
        },
      ]
    case 'yearly-tiers':
      return scheme.tiers.map((tier) => ({ label: tier.label, yearlyFen: tier.yearlyFen }))
  }
}

/** A month and twelve months on one base. */
export interface BaseCost {
  baseFen: Fen
  monthlyFen: Fen
  yearlyFen: Fen
}

function baseOption(label: string, baseFen: Fen, ratePercent: number): FlexibleOption {
  return { label, ...costAt(baseFen, ratePercent) }
}

function costAt(baseFen: Fen, ratePercent: number): BaseCost {
  // baseFen is a whole number of 元 (a multiple of 100), so this division is exact.
  const monthlyFen = fen((baseFen / 100) * ratePercent)
  return { baseFen, monthlyFen, yearlyFen: fen(monthlyFen * MONTHS_PER_YEAR) }
}

export type BaseProblem = 'not-whole-yuan' | 'below-min' | 'above-max'

export type BaseResult = { ok: true; cost: BaseCost } | { ok: false; problem: BaseProblem }

/** The cost of a base the person chose; bases are whole 元 within the notice's floor and ceiling. */
export function costOnBase(
  scheme: Extract<FlexibleScheme, { kind: 'base-range' }>,
  baseFen: Fen,
): BaseResult {
  if (baseFen % 100 !== 0) return { ok: false, problem: 'not-whole-yuan' }
  if (baseFen < scheme.minBaseFen) return { ok: false, problem: 'below-min' }
  if (baseFen > scheme.maxBaseFen) return { ok: false, problem: 'above-max' }
  return { ok: true, cost: costAt(baseFen, scheme.ratePercent) }
}
