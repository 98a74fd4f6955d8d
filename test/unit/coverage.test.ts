import { coverageFor, FIXED_WAITING_MONTHS, type CoverageResult } from '../../src/domain/coverage'
import { rulesForYear, type BenefitYearRules } from '../../src/domain/region-rules'
import { regionRulesFor } from '../../src/config/regions'

function fujian2026(): BenefitYearRules {
  const region = regionRulesFor('350102')
  const year = region && rulesForYear(region, 2026)
  if (!year) throw new Error('Fujian 2026 rules are missing')
  return year
}

const coverOn = (paymentDate: string): CoverageResult => {
  const rules = fujian2026()
  return coverageFor(rules.window, rules.benefitYear, paymentDate)
}

describe('coverageFor with Fujian 2026 (window 2025-09-01 – 2025-12-31, extended to 2026-02-28)', () => {
  test('paid inside the concentrated period: cover from 1 January, no waiting', () => {
    expect(coverOn('2025-11-20')).toEqual({
      ok: true,
      coverage: { start: '2026-01-01', waitingMonths: 0, reason: 'in-window' },
    })
  })

  test.each(['2025-09-01', '2025-12-31'])('the window includes its first and last day (%s)', (date) => {
    expect(coverOn(date)).toEqual({ ok: true, coverage: { start: '2026-01-01', waitingMonths: 0, reason: 'in-window' } })
  })

  test('paid in the extended period: cover from the payment date, no waiting', () => {
    expect(coverOn('2026-02-10')).toEqual({
      ok: true,
      coverage: { start: '2026-02-10', waitingMonths: 0, reason: 'extended-period' },
    })
    expect(coverOn('2026-02-28')).toEqual({
      ok: true,
      coverage: { start: '2026-02-28', waitingMonths: 0, reason: 'extended-period' },
    })
  })

  test('paid after the extended period: a fixed 3-month wait', () => {
    expect(FIXED_WAITING_MONTHS).toBe(3)
    expect(coverOn('2026-03-15')).toEqual({
      ok: true,
      coverage: { start: '2026-06-15', waitingMonths: 3, reason: 'outside-window' },
    })
    expect(coverOn('2026-03-01')).toEqual({
      ok: true,
      coverage: { start: '2026-06-01', waitingMonths: 3, reason: 'outside-window' },
    })
  })

  test('a waiting period ending on a missing day ends on the last day of that month', () => {
    expect(coverOn('2026-03-31')).toEqual({
      ok: true,
      coverage: { start: '2026-06-30', waitingMonths: 3, reason: 'outside-window' },
    })
  })

  test('before the window opens: not open', () => {
    expect(coverOn('2025-08-31')).toEqual({ ok: false, error: 'not-open' })
  })

  test('when the waiting period would end after 31 December: year over', () => {
    expect(coverOn('2026-09-30')).toEqual({
      ok: true,
      coverage: { start: '2026-12-30', waitingMonths: 3, reason: 'outside-window' },
    })
    expect(coverOn('2026-10-01')).toEqual({ ok: false, error: 'year-over' })
    expect(coverOn('2026-11-30')).toEqual({ ok: false, error: 'year-over' })
  })
})

describe('coverageFor without an extended period', () => {
  const window = { start: '2025-09-01', end: '2025-12-31' }

  test('a January payment already waits 3 months', () => {
    expect(coverageFor(window, 2026, '2026-01-10')).toEqual({
      ok: true,
      coverage: { start: '2026-04-10', waitingMonths: 3, reason: 'outside-window' },
    })
  })

  test('a window running into the benefit year covers from the payment date', () => {
    const late = { start: '2025-10-01', end: '2026-01-31' }
    expect(coverageFor(late, 2026, '2026-01-15')).toEqual({
      ok: true,
      coverage: { start: '2026-01-15', waitingMonths: 0, reason: 'in-window' },
    })
  })
})
