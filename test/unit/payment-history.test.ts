/**
 * A person's payment history (years paid, with dates) in place of the break
 * and continuity counts: late payments still count as covered, and a late
 * payment's wait carries into the next year (the 阜新 case).
 */
import fc from 'fast-check'
import { carriedWaitEnd } from '../../src/domain/carried-wait'
import { fen } from '../../src/domain/money'
import {
  breakYearsBefore,
  continuousYearsBefore,
  lastPaidYearBefore,
  runBeforeBreak,
  type PaymentHistory,
} from '../../src/domain/payment-history'
import { quote, quoteForYear, type Person } from '../../src/domain/quote'
import type { BenefitYearRules, RegionRules } from '../../src/domain/region-rules'

const paid = (...years: Array<[number, string]>): PaymentHistory =>
  years.map(([benefitYear, paidOn]) => ({ benefitYear, paidOn }))

describe('what a history says about a benefit year', () => {
  const history = paid([2020, '2019-11-01'], [2021, '2021-05-10'], [2022, '2021-12-01'], [2024, '2024-08-01'])

  test('breaks, continuity and the last paid year, counting a late payment (2021, paid in May) as covered', () => {
    expect(lastPaidYearBefore(history, 2026)).toEqual({ benefitYear: 2024, paidOn: '2024-08-01' })
    expect(breakYearsBefore(history, 2026)).toBe(1)
    expect(breakYearsBefore(history, 2025)).toBe(0)
    expect(continuousYearsBefore(history, 2023)).toBe(3)
    expect(continuousYearsBefore(history, 2026)).toBe(0)
    expect(runBeforeBreak(history, 2026)).toBe(1)
    expect(runBeforeBreak(history, 2024)).toBe(3)
  })

  test('no earlier year is a first enrolment: no break', () => {
    expect(breakYearsBefore([], 2026)).toBe(0)
    expect(breakYearsBefore(paid([2026, '2025-11-01']), 2026)).toBe(0)
  })

  test('(property) the break and the run before it span exactly the years since the first paid one', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 2010, max: 2025 }), { maxLength: 16 }), (years) => {
        const history = years.map((benefitYear) => ({ benefitYear, paidOn: `${benefitYear - 1}-11-01` }))
        const breakYears = breakYearsBefore(history, 2026)
        const continuous = continuousYearsBefore(history, 2026)
        // Either the last year was paid (no break) or there is a break and no continuous run.
        expect(breakYears === 0 || continuous === 0).toBe(true)
        for (let year = 2026 - breakYears; year < 2026; year += 1) expect(years).not.toContain(year)
        if (years.length > 0) expect(years).toContain(2025 - breakYears)
      }),
      { seed: 15, numRuns: 500 },
    )
  })
})

const year2026: BenefitYearRules = {
  benefitYear: 2026,
  individualStandardFen: { 'working-age': fen(40000) },
  individualFromNationalFloor: false,
  window: { start: '2025-09-01', end: '2025-12-31' },
  subsidyRules: [],
  sources: [{ document: '测试用规则', url: '', grade: 'B' }],
}
const year2025: BenefitYearRules = {
  ...year2026,
  benefitYear: 2025,
  individualStandardFen: { 'working-age': fen(38000) },
  window: { start: '2024-09-01', end: '2024-12-31' },
}
const region: RegionRules = {
  adcode: '210900',
  name: '测试地区',
  capabilities: {},
  years: [year2025, year2026],
}
const person = (history: PaymentHistory, more: Partial<Person> = {}): Person => ({
  category: 'working-age',
  subsidyGroup: 'none',
  breakYears: 0,
  history,
  ...more,
})

describe('the wait counts from the right day', () => {
  test('阜新: 2025 paid late on 2025-11-06 and 2026 the same day: covered for 2026 from 2026-02-06', () => {
    const history = paid([2024, '2023-11-01'], [2025, '2025-11-06'])
    const result = quote(person(history), region, { benefitYear: 2026, backYears: 0 }, '2025-11-06')
    expect(result.ok && result.quote.coverage).toEqual(
      expect.objectContaining({ start: '2026-02-06', reason: 'carried-wait', period: 'window' }),
    )
    // The late year counts as covered: no break, and the continuous run goes on.
    expect(result.ok && result.quote.breakYears).toBe(0)
  })

  test("without the previous year in the region file, its calendar is taken as this year's a year earlier", () => {
    const history = paid([2024, '2023-11-01'], [2025, '2025-11-06'])
    expect(carriedWaitEnd({ history, benefitYear: 2026, previousYearRules: undefined, exempt: false })).toBe(
      undefined,
    )
    const result = quoteForYear(person(history), year2026, 0, '2025-11-06')
    expect(result.ok && result.quote.coverage.start).toBe('2026-02-06')
  })

  test('a previous year paid in its window, or a late payment whose wait ended in its own year, carries nothing', () => {
    const onTime = paid([2025, '2024-11-06'])
    const result = quoteForYear(person(onTime), year2026, 0, '2025-11-06')
    expect(result.ok && result.quote.coverage.start).toBe('2026-01-01')
    expect(
      carriedWaitEnd({ history: onTime, benefitYear: 2026, previousYearRules: year2025, exempt: false }),
    ).toBe(undefined)
    const earlyLate = paid([2024, '2023-11-01'], [2025, '2025-03-10'])
    expect(
      carriedWaitEnd({ history: earlyLate, benefitYear: 2026, previousYearRules: year2025, exempt: false }),
    ).toBe(undefined)
  })

  test('the history replaces the counts handed in: a 3-year gap waits 5 months whatever breakYears says', () => {
    const history = paid([2022, '2021-11-01'])
    const result = quoteForYear(person(history, { breakYears: 0 }), year2026, 0, '2025-11-20')
    expect(result.ok && [result.quote.breakYears, result.quote.coverage.start]).toEqual([3, '2026-06-01'])
  })
})
