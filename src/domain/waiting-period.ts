/**
 * The waiting period (待遇等待期) of 国办发〔2024〕38号, in months:
 * https://www.gov.cn/zhengce/content/202408/content_6965741.htm
 * - paid in the window and continuously enrolled: none;
 * - paid outside the window, or after a break: a fixed 3 months;
 * - 每多断保1年 adds 1 variable month, read by local notices as each year of
 *   break beyond the first (a 1-year break waits 3 months, a 2-year break 4);
 * - each back-year repaid at the current standard removes the months one year of break added;
 * - after a break of 4 years or more, fixed + variable is at least 6 months.
 * "等待期具体标准由各省份根据自身情况确定": a region's `WaitingRule` overrides
 * any of these figures, and a fixed part in days (a 60-day wait). Exempt
 * people (newborns, the region's list) are decided by the caller.
 */
import type { WaitingRule } from './region-rules'

export const FIXED_WAITING_MONTHS = 3
export const LONG_BREAK_YEARS = 4
export const LONG_BREAK_FLOOR_MONTHS = 6

/** The national text's figures, which every region rule starts from. */
export const NATIONAL_WAITING = {
  unit: 'months',
  fixedMonths: FIXED_WAITING_MONTHS,
  fixedDays: 0,
  perBreakYearMonths: 1,
  freeBreakYears: 1,
  longBreakYears: LONG_BREAK_YEARS,
  longBreakFloorMonths: LONG_BREAK_FLOOR_MONTHS,
} as const satisfies Required<WaitingRule>

export type ResolvedWaitingRule = { [K in keyof WaitingRule]-?: NonNullable<WaitingRule[K]> }

/** The region's rule with the national figures where it says nothing; a fixed part in days has no fixed months. */
export function resolveWaitingRule(rule: WaitingRule | undefined): ResolvedWaitingRule {
  // Most regions set nothing: skip the copying, which every back-year option of every quote would pay.
  if (!rule) return NATIONAL_WAITING
  const inDays = rule.unit === 'days'
  return {
    ...NATIONAL_WAITING,
    ...(inDays ? { fixedMonths: 0 } : { fixedDays: 0 }),
    ...definedOnly(rule),
  }
}

function definedOnly(rule: WaitingRule | undefined): WaitingRule {
  return Object.fromEntries(Object.entries(rule ?? {}).filter(([, value]) => value !== undefined))
}

export type WaitingReason = 'none' | 'outside-window' | 'break'

export interface WaitingPeriod {
  months: number
  fixedMonths: number
  variableMonths: number
  /** The fixed part in days, for regions that set it so (counted before the months). */
  fixedDays?: number
  reason: WaitingReason
}

export interface WaitingInput {
  /** Consecutive benefit years without cover just before the one being paid. */
  breakYears: number
  backYears: number
  /** Paid in the concentrated or extended period, for the coming benefit year. */
  paidInWindow: boolean
  rule?: WaitingRule
}

/** Break years that add variable months. */
function countedBreakYears(breakYears: number, rule: ResolvedWaitingRule): number {
  return Math.max(0, breakYears - rule.freeBreakYears)
}

/** Variable months before any repair: each year of break beyond the first. */
export function variableMonthsBeforeRepair(breakYears: number, rule?: WaitingRule): number {
  const resolved = resolveWaitingRule(rule)
  return countedBreakYears(breakYears, resolved) * resolved.perBreakYearMonths
}

/** After a long break the floor keeps this many variable months however many years are repaid. */
function variableFloor(breakYears: number, rule: ResolvedWaitingRule): number {
  return breakYears >= rule.longBreakYears ? Math.max(0, rule.longBreakFloorMonths - rule.fixedMonths) : 0
}

/** How many back-years still shorten the wait; repaying more changes nothing. */
export function usefulBackYears(breakYears: number, rule?: WaitingRule): number {
  const resolved = resolveWaitingRule(rule)
  if (resolved.perBreakYearMonths === 0) return 0
  const floorYears = Math.floor(variableFloor(breakYears, resolved) / resolved.perBreakYearMonths)
  return Math.max(0, countedBreakYears(breakYears, resolved) - floorYears)
}

export function waitingPeriod({ breakYears, backYears, paidInWindow, rule }: WaitingInput): WaitingPeriod {
  const resolved = resolveWaitingRule(rule)
  const days = resolved.fixedDays > 0 ? { fixedDays: resolved.fixedDays } : {}
  const fixed = { fixedMonths: resolved.fixedMonths, ...days }
  if (breakYears <= 0) {
    return paidInWindow
      ? { months: 0, fixedMonths: 0, variableMonths: 0, reason: 'none' }
      : { months: resolved.fixedMonths, variableMonths: 0, ...fixed, reason: 'outside-window' }
  }
  const unrepaired = Math.max(0, countedBreakYears(breakYears, resolved) - Math.max(0, backYears))
  const variableMonths = Math.max(
    unrepaired * resolved.perBreakYearMonths,
    variableFloor(breakYears, resolved),
  )
  return { months: resolved.fixedMonths + variableMonths, variableMonths, ...fixed, reason: 'break' }
}

/** True when the wait delays cover at all. */
export function waits(wait: WaitingPeriod): boolean {
  return wait.months > 0 || (wait.fixedDays ?? 0) > 0
}
