/**
 * The waiting period (待遇等待期) of 国办发〔2024〕38号, in months:
 * https://www.gov.cn/zhengce/content/202408/content_6965741.htm
 * - paid in the window and continuously enrolled: none;
 * - paid outside the window, or after a break: a fixed 3 months;
 * - 每多断保1年 adds 1 variable month, read by local notices as each year of
 *   break beyond the first (a 1-year break waits 3 months, a 2-year break 4);
 * - each back-year repaid at the current standard removes 1 variable month;
 * - after a break of 4 years or more, fixed + variable is at least 6 months.
 * Exempt people (newborns, the region's list) are decided by the caller.
 */
export const FIXED_WAITING_MONTHS = 3
export const LONG_BREAK_YEARS = 4
export const LONG_BREAK_FLOOR_MONTHS = 6

export type WaitingReason = 'none' | 'outside-window' | 'break'

export interface WaitingPeriod {
  months: number
  fixedMonths: number
  variableMonths: number
  reason: WaitingReason
}

export interface WaitingInput {
  /** Consecutive benefit years without cover just before the one being paid. */
  breakYears: number
  backYears: number
  /** Paid in the concentrated or extended period, for the coming benefit year. */
  paidInWindow: boolean
}

/** Variable months before any repair: each year of break beyond the first. */
export function variableMonthsBeforeRepair(breakYears: number): number {
  return Math.max(0, breakYears - 1)
}

/** After a long break the floor keeps this many variable months however many years are repaid. */
function variableFloor(breakYears: number): number {
  return breakYears >= LONG_BREAK_YEARS ? LONG_BREAK_FLOOR_MONTHS - FIXED_WAITING_MONTHS : 0
}

/** How many back-years still shorten the wait; repaying more changes nothing. */
export function usefulBackYears(breakYears: number): number {
  return Math.max(0, variableMonthsBeforeRepair(breakYears) - variableFloor(breakYears))
}

export function waitingPeriod({ breakYears, backYears, paidInWindow }: WaitingInput): WaitingPeriod {
  if (breakYears <= 0) {
    return paidInWindow
      ? { months: 0, fixedMonths: 0, variableMonths: 0, reason: 'none' }
      : {
          months: FIXED_WAITING_MONTHS,
          fixedMonths: FIXED_WAITING_MONTHS,
          variableMonths: 0,
          reason: 'outside-window',
        }
  }
  const repaired = Math.max(0, variableMonthsBeforeRepair(breakYears) - Math.max(0, backYears))
  const variableMonths = Math.max(repaired, variableFloor(breakYears))
  return {
    months: FIXED_WAITING_MONTHS + variableMonths,
    fixedMonths: FIXED_WAITING_MONTHS,
    variableMonths,
    reason: 'break',
  }
}
