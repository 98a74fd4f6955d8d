/**
 * 灵活就业人员 may join employee medical insurance (职工医保) instead of resident
 * insurance. What that costs is set per city in one of three ways, each taken
 * from a notice (src/config/regions):
 * - a base the person chooses between a floor and a ceiling, times a rate
 *   (上海 10 %, 深圳 8 %, 青岛 8.5 % with its rounding rule), paid monthly;
 * - a fixed monthly amount (北京);
 * - fixed yearly tiers (重庆 一档 / 二档).
 * The app shows these at the type step for comparison; it does not collect them.
 */
import { fen, type Fen } from './money'
import type { PolicySource } from './region-rules'

/**
 * How a notice rounds base × rate when it does not come to whole fen:
 * half up to the fen or to the 元, or always up or down.
 */
export const ROUNDINGS = [
  'fen-half-up',
  'fen-up',
  'fen-down',
  'yuan-half-up',
  'yuan-up',
  'yuan-down',
] as const
export type Rounding = (typeof ROUNDINGS)[number]

/**
 * The rate: a whole percent (a whole-元 base then gives whole fen, so no
 * rounding rule is needed), or basis points (青岛 8.5 % is 850) with the
 * region's rounding rule; without one a rate that leaves a fraction of a fen
 * gives no amount.
 */
export type FlexibleRate = { ratePercent: number } | { rateBasisPoints: number; rounding?: Rounding }

export type BaseRangeScheme = {
  kind: 'base-range'
  /** Monthly bases in whole 元 (held as fen), as the notice states them. */
  minBaseFen: Fen
  maxBaseFen: Fen
} & FlexibleRate

export type FlexibleScheme =
  | BaseRangeScheme
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
  /** Some figure rests on a grade-C source: the screen marks it. */
  gradeC?: boolean
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
      // A rate with no rounding rule that leaves a fraction of a fen gives no line: no guessed amount.
      return [
        baseOption('缴费基数下限', scheme, scheme.minBaseFen),
        baseOption('缴费基数上限', scheme, scheme.maxBaseFen),
      ].filter((option): option is FlexibleOption => option !== undefined)
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

/** The rate in basis points (1 % = 100). */
export function rateBasisPointsOf(rate: FlexibleRate): number {
  return 'ratePercent' in rate ? rate.ratePercent * 100 : rate.rateBasisPoints
}

/** The rate as a notice writes it, without float arithmetic: 850 → '8.5', 1000 → '10'. */
export function ratePercentText(rate: FlexibleRate): string {
  const basisPoints = rateBasisPointsOf(rate)
  const whole = Math.floor(basisPoints / 100)
  const rest = basisPoints % 100
  return rest === 0 ? String(whole) : `${whole}.${String(rest).padStart(2, '0').replace(/0$/, '')}`
}

function baseOption(label: string, scheme: BaseRangeScheme, baseFen: Fen): FlexibleOption | undefined {
  const cost = costAt(baseFen, scheme)
  return cost && { label, ...cost }
}

const BASIS_POINTS = 10000

/** `numerator / denominator` (both non-negative integers) rounded to whole units of `unit` fen. */
function roundTo(
  numerator: number,
  denominator: number,
  unit: number,
  mode: 'half-up' | 'up' | 'down',
): number {
  const scaled = denominator * unit
  const whole = Math.floor(numerator / scaled)
  const rest = numerator - whole * scaled
  if (rest === 0 || mode === 'down') return whole * unit
  if (mode === 'up') return (whole + 1) * unit
  return (rest * 2 >= scaled ? whole + 1 : whole) * unit
}

/** base × rate in fen by the region's rounding rule; undefined when it leaves a fraction and no rule is given. */
export function monthlyOnBase(baseFen: Fen, rate: FlexibleRate): Fen | undefined {
  // Integers only: fen × basis points, divided once at the end.
  const product = baseFen * rateBasisPointsOf(rate)
  const rounding = 'rounding' in rate ? rate.rounding : undefined
  if (!rounding) return product % BASIS_POINTS === 0 ? fen(product / BASIS_POINTS) : undefined
  const unit = rounding.startsWith('yuan') ? 100 : 1
  const mode = rounding.endsWith('half-up') ? 'half-up' : rounding.endsWith('-up') ? 'up' : 'down'
  return fen(roundTo(product, BASIS_POINTS, unit, mode))
}

function costAt(baseFen: Fen, rate: FlexibleRate): BaseCost | undefined {
  const monthlyFen = monthlyOnBase(baseFen, rate)
  return monthlyFen === undefined
    ? undefined
    : { baseFen, monthlyFen, yearlyFen: fen(monthlyFen * MONTHS_PER_YEAR) }
}

export type BaseProblem = 'not-whole-yuan' | 'below-min' | 'above-max' | 'no-rounding-rule'

export type BaseResult = { ok: true; cost: BaseCost } | { ok: false; problem: BaseProblem }

/** The cost of a base the person chose; bases are whole 元 within the notice's floor and ceiling. */
export function costOnBase(scheme: BaseRangeScheme, baseFen: Fen): BaseResult {
  if (baseFen % 100 !== 0) return { ok: false, problem: 'not-whole-yuan' }
  if (baseFen < scheme.minBaseFen) return { ok: false, problem: 'below-min' }
  if (baseFen > scheme.maxBaseFen) return { ok: false, problem: 'above-max' }
  const cost = costAt(baseFen, scheme)
  return cost ? { ok: true, cost } : { ok: false, problem: 'no-rounding-rule' }
}
