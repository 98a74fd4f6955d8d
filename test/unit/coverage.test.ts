import {
  coverageFor,
  NEWBORN_FROM_BIRTH_DAYS,
  type CoverageInput,
  type CoverageResult,
} from '../../src/domain/coverage'
import { rulesForYear, type BenefitYearRules, type CollectionWindow } from '../../src/domain/region-rules'
import { regionRulesFor } from '../../src/config/regions'

function fujian2026(): BenefitYearRules {
  const region = regionRulesFor('350102')
  const year = region && rulesForYear(region, 2026)
  if (!year?.window) throw new Error('Fujian 2026 rules are missing')
  return year
}

const FUJIAN_WINDOW: CollectionWindow = { start: '2025-09-01', end: '2025-12-31', extendedEnd: '2026-02-28' }

function cover(paymentDate: string, more: Partial<CoverageInput> = {}): CoverageResult {
  const rules = fujian2026()
  return coverageFor({
    rules,
    window: rules.window ?? FUJIAN_WINDOW,
    paymentDate,
    breakYears: 0,
    backYears: 0,
    exempt: false,
    inSchool: false,
    ...more,
  })
}

const startOf = (result: CoverageResult) => (result.ok ? result.coverage.start : result.error)

describe('continuous residents, Fujian 2026 (window 2025-09-01 – 2025-12-31, extended to 2026-02-28: 闽政办〔2025〕3号)', () => {
  test('paid inside the concentrated period: cover from 1 January to 31 December, no waiting', () => {
    expect(cover('2025-11-20')).toEqual({
      ok: true,
      coverage: {
        start: '2026-01-01',
        end: '2026-12-31',
        waitingMonths: 0,
        fixedMonths: 0,
        variableMonths: 0,
        reason: 'in-window',
        period: 'window',
      },
    })
  })

  test.each(['2025-09-01', '2025-12-31'])('the window includes its first and last day (%s)', (date) => {
    expect(startOf(cover(date))).toBe('2026-01-01')
  })

  test('paid in the extended period: cover from the payment date, no waiting', () => {
    const result = cover('2026-02-10')
    expect(result.ok && result.coverage).toEqual(
      expect.objectContaining({
        start: '2026-02-10',
        waitingMonths: 0,
        reason: 'extended-period',
        period: 'extended',
      }),
    )
    expect(startOf(cover('2026-02-28'))).toBe('2026-02-28')
  })

  test('paid after the extended period: a fixed 3-month wait from the payment date', () => {
    const result = cover('2026-03-15')
    expect(result.ok && result.coverage).toEqual(
      expect.objectContaining({
        start: '2026-06-15',
        waitingMonths: 3,
        fixedMonths: 3,
        variableMonths: 0,
        reason: 'outside-window',
      }),
    )
    expect(startOf(cover('2026-03-01'))).toBe('2026-06-01')
  })

  test('a waiting period ending on a missing day ends on the last day of that month', () => {
    expect(startOf(cover('2026-03-31'))).toBe('2026-06-30')
    expect(startOf(cover('2026-11-30', { breakYears: 0 }))).toBe('year-over')
  })

  test('before the window opens: not open', () => {
    expect(cover('2025-08-31')).toEqual({ ok: false, error: 'not-open' })
  })

  test('when the waiting period would end after 31 December: year over', () => {
    expect(startOf(cover('2026-09-30'))).toBe('2026-12-30')
    expect(cover('2026-10-01')).toEqual({ ok: false, error: 'year-over' })
  })
})

describe('after a break (国办发〔2024〕38号)', () => {
  test('paid in the window for the next year: the wait counts from 1 January', () => {
    // 3-year break: fixed 3 + variable 2 = 5 months from 2026-01-01.
    const result = cover('2025-11-20', { breakYears: 3 })
    expect(result.ok && result.coverage).toEqual(
      expect.objectContaining({
        start: '2026-06-01',
        waitingMonths: 5,
        fixedMonths: 3,
        variableMonths: 2,
        reason: 'break',
      }),
    )
    // Two back-years remove the variable part: 3 months, from 2026-04-01.
    expect(startOf(cover('2025-11-20', { breakYears: 3, backYears: 2 }))).toBe('2026-04-01')
  })

  test('paid in the extended period after a break: the wait counts from the payment date', () => {
    const result = cover('2026-02-10', { breakYears: 1 })
    expect(result.ok && result.coverage).toEqual(
      expect.objectContaining({ start: '2026-05-10', waitingMonths: 3, reason: 'break', period: 'extended' }),
    )
  })

  test('paid outside the window after a 2-year break: 4 months from the payment date', () => {
    expect(startOf(cover('2026-04-15', { breakYears: 2 }))).toBe('2026-08-15')
  })
})

describe('people who never wait', () => {
  test(`a newborn enrolled within ${NEWBORN_FROM_BIRTH_DAYS} days is covered from birth, even outside the window`, () => {
    const result = cover('2026-05-20', { newbornBirthDate: '2026-04-20', breakYears: 3 })
    expect(result.ok && result.coverage).toEqual(
      expect.objectContaining({ start: '2026-04-20', waitingMonths: 0, reason: 'newborn-from-birth' }),
    )
    // Day 90 is still within; day 91 is not.
    expect(startOf(cover('2026-04-01', { newbornBirthDate: '2026-01-01' }))).toBe('2026-01-01')
    expect(startOf(cover('2026-04-02', { newbornBirthDate: '2026-01-01' }))).toBe('2026-04-02')
  })

  test('a newborn enrolled later is covered from the payment date where the region states no rule, without waiting', () => {
    const result = cover('2026-05-20', { newbornBirthDate: '2026-01-20' })
    expect(result.ok && result.coverage).toEqual(
      expect.objectContaining({ start: '2026-05-20', waitingMonths: 0, reason: 'newborn-later' }),
    )
  })

  test('a newborn born before the benefit year and paying in the window is covered from 1 January', () => {
    expect(startOf(cover('2025-11-20', { newbornBirthDate: '2025-10-21' }))).toBe('2026-01-01')
  })

  test('a group the region exempts waits nothing, even after a break outside the window', () => {
    const result = cover('2026-04-15', { exempt: true, breakYears: 5 })
    expect(result.ok && result.coverage).toEqual(
      expect.objectContaining({ start: '2026-04-15', reason: 'exempt-group' }),
    )
  })
})

describe('students (Fujian: covered from 1 September when paying in the window, 闽政办〔2025〕3号)', () => {
  test('a student paying in the window is covered from 1 September of the window year to 31 December of the benefit year', () => {
    const result = cover('2025-11-20', { inSchool: true })
    expect(result.ok && result.coverage).toEqual(
      expect.objectContaining({ start: '2025-09-01', end: '2026-12-31', reason: 'school-year' }),
    )
  })

  test('the school-year rule does not apply outside the window or after a break', () => {
    expect(startOf(cover('2026-02-10', { inSchool: true }))).toBe('2026-02-10')
    expect(startOf(cover('2025-11-20', { inSchool: true, breakYears: 1 }))).toBe('2026-04-01')
  })
})

describe('a window without an extended period', () => {
  const rules = (): BenefitYearRules => ({ ...fujian2026(), schoolYearCoverFrom: undefined })
  const base = { breakYears: 0, backYears: 0, exempt: false, inSchool: false }

  test('a January payment already waits 3 months', () => {
    const result = coverageFor({
      ...base,
      rules: rules(),
      window: { start: '2025-09-01', end: '2025-12-31' },
      paymentDate: '2026-01-10',
    })
    expect(startOf(result)).toBe('2026-04-10')
  })

  test('a window running into the benefit year covers from the payment date', () => {
    const result = coverageFor({
      ...base,
      rules: rules(),
      window: { start: '2025-10-01', end: '2026-01-31' },
      paymentDate: '2026-01-15',
    })
    expect(result.ok && result.coverage).toEqual(
      expect.objectContaining({ start: '2026-01-15', reason: 'in-window' }),
    )
  })
})
