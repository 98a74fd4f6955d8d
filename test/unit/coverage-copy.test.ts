/**
 * The cover basis as the resident reads it when a region words the first
 * covered day its own way or counts the wait in days (issue 15).
 */
import { coverageBasis, waitingDetail } from '../../src/features/payment/copy/coverage-copy'
import { fen } from '../../src/domain/money'
import { quoteForYear } from '../../src/domain/quote'
import type { BenefitYearRules } from '../../src/domain/region-rules'

const rules = (more: Partial<BenefitYearRules>): BenefitYearRules => ({
  benefitYear: 2026,
  individualStandardFen: { 'working-age': fen(40000) },
  individualFromNationalFloor: false,
  window: { start: '2025-10-15', end: '2025-12-31', extendedEnd: '2026-02-28' },
  subsidyRules: [],
  sources: [{ document: '测试用规则', url: '', grade: 'B' }],
  ...more,
})

function coverageOn(year: BenefitYearRules, today: string) {
  const result = quoteForYear(
    { category: 'working-age', subsidyGroup: 'none', breakYears: 0 },
    year,
    0,
    today,
  )
  if (!result.ok) throw new Error(result.error)
  return result.quote.coverage
}

test.each([
  ['next-day', '延长缴费期内缴费，自缴费次日起享受待遇'],
  ['funds-arrival', '延长缴费期内缴费，自缴费到账之日起享受待遇'],
  ['next-month', '延长缴费期内缴费，自缴费次月1日起享受待遇'],
] as const)('the extended period with rule %s reads %s', (firstCoveredDay, text) => {
  expect(coverageBasis(coverageOn(rules({ firstCoveredDay }), '2026-01-10'))).toBe(text)
})

test('a wait in days is named in days, not as no wait', () => {
  const coverage = coverageOn(rules({ waiting: { unit: 'days', fixedDays: 60 } }), '2026-03-15')
  expect(coverageBasis(coverage)).toBe('集中缴费期外缴费，设 60 天等待期')
  expect(waitingDetail(coverage, 0)).toBe(
    '已过集中缴费期，按规定设置 60 天等待期，2026年5月14日起才能享受医保待遇。',
  )
})
