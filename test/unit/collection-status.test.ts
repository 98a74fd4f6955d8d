import { fen } from '../../src/domain/money'
import type { RegionRules } from '../../src/domain/region-rules'
import { collectionStatus } from '../../src/features/help/collection-status'
import { collectionText } from '../../src/features/help/copy/now-copy'

// As src/config/regions/350000.ts holds it (闽政办〔2025〕3号 [A]): the 2026 window
// 2025-09-01 – 2025-12-31, extended to 2026-02-28.
const fujian: RegionRules = {
  adcode: '350000',
  name: '福建省',
  capabilities: {},
  years: [
    {
      benefitYear: 2026,
      individualStandardFen: { 'working-age': fen(40000) },
      individualFromNationalFloor: true,
      window: { start: '2025-09-01', end: '2025-12-31', extendedEnd: '2026-02-28' },
      subsidyRules: [],
      sources: [{ document: '闽政办〔2025〕3号', url: '', grade: 'A' }],
    },
  ],
}

test('inside the window: the days left count the days after today, as 还剩33天 on 28 November for 31 December', () => {
  expect(collectionStatus(fujian, '2025-11-28')).toEqual({
    kind: 'open',
    benefitYear: 2026,
    period: 'window',
    end: '2025-12-31',
    daysLeft: 33,
  })
  expect(collectionText(collectionStatus(fujian, '2025-11-20'))).toBe(
    '2026年度集中缴费期至2025年12月31日，还剩41天。',
  )
})

test('on the last day of the window the resident is told it closes today', () => {
  expect(collectionText(collectionStatus(fujian, '2025-12-31'))).toBe(
    '2026年度集中缴费期今天（2025年12月31日）截止。',
  )
})

test('after the window, inside the extended period, the extension is what is counted down', () => {
  expect(collectionStatus(fujian, '2026-01-05')).toMatchObject({
    kind: 'open',
    period: 'extended',
    end: '2026-02-28',
    daysLeft: 54,
  })
  expect(collectionText(collectionStatus(fujian, '2026-01-05'))).toContain(
    '2026年度延长缴费期至2026年2月28日',
  )
})

test('before the window opens: when it starts and in how many days', () => {
  expect(collectionStatus(fujian, '2025-08-20')).toEqual({
    kind: 'upcoming',
    benefitYear: 2026,
    start: '2025-09-01',
    daysUntil: 12,
  })
})

test('after every sourced period: ended, and paying now means a waiting period', () => {
  const status = collectionStatus(fujian, '2026-03-01')
  expect(status).toEqual({ kind: 'ended', benefitYear: 2026, end: '2026-02-28' })
  expect(collectionText(status)).toContain('需经过等待期')
})

test('a region whose newest year has no sourced window gives no dates and points to 12393', () => {
  const undated: RegionRules = { ...fujian, years: fujian.years.map(({ window: _, ...year }) => year) }
  const status = collectionStatus(undated, '2025-11-20')
  expect(status).toEqual({ kind: 'window-unknown', benefitYear: 2026 })
  expect(collectionText(status)).toContain('12393')
  expect(collectionText(status)).not.toMatch(/\d+月\d+日/)
  expect(collectionStatus({ ...fujian, years: [] }, '2025-11-20')).toEqual({ kind: 'no-years' })
})
