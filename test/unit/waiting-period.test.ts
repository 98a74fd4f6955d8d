/**
 * The waiting period of 国办发〔2024〕38号 (gov.cn/zhengce/content/202408/content_6965741.htm),
 * with 每多断保1年 read as local notices read it: each year of break beyond the first.
 */
import fc from 'fast-check'
import {
  FIXED_WAITING_MONTHS,
  LONG_BREAK_FLOOR_MONTHS,
  usefulBackYears,
  waitingPeriod,
  type WaitingPeriod,
} from '../../src/domain/waiting-period'

const months = (breakYears: number, backYears = 0, paidInWindow = true): number =>
  waitingPeriod({ breakYears, backYears, paidInWindow }).months

describe('waitingPeriod', () => {
  test('paid in the window with no break: no wait', () => {
    expect(waitingPeriod({ breakYears: 0, backYears: 0, paidInWindow: true })).toEqual<WaitingPeriod>({
      months: 0,
      fixedMonths: 0,
      variableMonths: 0,
      reason: 'none',
    })
  })

  test('paid outside the window with no break: the fixed 3 months only', () => {
    expect(waitingPeriod({ breakYears: 0, backYears: 0, paidInWindow: false })).toEqual<WaitingPeriod>({
      months: 3,
      fixedMonths: 3,
      variableMonths: 0,
      reason: 'outside-window',
    })
  })

  // Rows: break years → months without repair, as local notices apply 每多断保1年.
  test.each([
    [1, 3], // "a 1-year break → 3 months"
    [2, 4], // "a 2-year break → 4 months"
    [3, 5],
    [4, 6],
    [5, 7],
    [10, 12],
  ])('a %i-year break waits %i months, in the window or not', (breakYears, expected) => {
    expect(months(breakYears)).toBe(expected)
    expect(months(breakYears, 0, false)).toBe(expected)
  })

  test.each([
    // [break, back-years, months]
    [2, 1, 3],
    [3, 1, 4],
    [3, 2, 3],
    [5, 1, 6], // the 6-month floor after 4+ years stops the repair here
    [5, 4, 6],
    [4, 3, 6],
    [8, 4, 6],
    [8, 3, 7],
  ])('a %i-year break with %i back-years waits %i months', (breakYears, backYears, expected) => {
    expect(months(breakYears, backYears)).toBe(expected)
  })

  test.each([
    [0, 0],
    [1, 0],
    [2, 1],
    [3, 2],
    [4, 0],
    [5, 1],
    [9, 5],
  ])('after a %i-year break, %i back-years still shorten the wait', (breakYears, useful) => {
    expect(usefulBackYears(breakYears)).toBe(useful)
    expect(months(breakYears, useful + 1)).toBe(months(breakYears, useful))
    if (useful > 0) expect(months(breakYears, useful)).toBe(months(breakYears, useful - 1) - 1)
  })
})

describe('waitingPeriod (property)', () => {
  const breaks = fc.integer({ min: 0, max: 30 })
  const backs = fc.integer({ min: 0, max: 30 })
  const inWindow = fc.boolean()

  test('more back-years never lengthen the wait', () => {
    fc.assert(
      fc.property(breaks, backs, inWindow, (breakYears, backYears, paidInWindow) => {
        expect(months(breakYears, backYears + 1, paidInWindow)).toBeLessThanOrEqual(
          months(breakYears, backYears, paidInWindow),
        )
      }),
      { numRuns: 2000 },
    )
  })

  test('a longer break never shortens the wait', () => {
    fc.assert(
      fc.property(breaks, backs, inWindow, (breakYears, backYears, paidInWindow) => {
        expect(months(breakYears + 1, backYears, paidInWindow)).toBeGreaterThanOrEqual(
          months(breakYears, backYears, paidInWindow),
        )
      }),
      { numRuns: 2000 },
    )
  })

  test('after a break of 4 years or more the wait is at least 6 months, however many years are repaid', () => {
    fc.assert(
      fc.property(fc.integer({ min: 4, max: 30 }), backs, inWindow, (breakYears, backYears, paidInWindow) => {
        expect(months(breakYears, backYears, paidInWindow)).toBeGreaterThanOrEqual(LONG_BREAK_FLOOR_MONTHS)
      }),
      { numRuns: 2000 },
    )
  })

  test('the fixed part never exceeds 3 months, and fixed + variable is the wait', () => {
    fc.assert(
      fc.property(breaks, backs, inWindow, (breakYears, backYears, paidInWindow) => {
        const wait = waitingPeriod({ breakYears, backYears, paidInWindow })
        expect(wait.fixedMonths).toBeLessThanOrEqual(FIXED_WAITING_MONTHS)
        expect(wait.fixedMonths + wait.variableMonths).toBe(wait.months)
        expect(wait.variableMonths).toBeGreaterThanOrEqual(0)
      }),
      { numRuns: 2000 },
    )
  })
})
