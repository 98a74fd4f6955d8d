/**
 * Days a region takes money (regions-2026.md: 北京 channels the 5th to the 20th,
 * 河北 the 1st–25th in September–November and to the 28th in December), its
 * maintenance days, and the year's window and cut-off.
 */
import fc from 'fast-check'
import { addDays } from '../../src/domain/iso-date'
import { fen } from '../../src/domain/money'
import { paymentDayStatus } from '../../src/domain/payment-calendar'
import type { BenefitYearRules, PaymentCalendar, RegionRules } from '../../src/domain/region-rules'

function regionWith(
  calendar: PaymentCalendar | undefined,
  more: Partial<BenefitYearRules> = {},
): RegionRules {
  return {
    adcode: '130000',
    name: '测试地区',
    capabilities: {},
    years: [
      {
        benefitYear: 2026,
        individualStandardFen: { 'working-age': fen(40000) },
        individualFromNationalFloor: false,
        window: { start: '2025-09-01', end: '2025-12-31', extendedEnd: '2026-02-28' },
        subsidyRules: [],
        paymentCalendar: calendar,
        sources: [{ document: '测试用规则', url: '', grade: 'B' }],
        ...more,
      },
    ],
  }
}

const hebei = regionWith({
  acceptedDays: [
    { fromMonth: 9, toMonth: 11, firstDay: 1, lastDay: 25 },
    { fromMonth: 12, toMonth: 12, firstDay: 1, lastDay: 28 },
  ],
})

describe('paymentDayStatus', () => {
  test('河北: open on the 25th of October, closed on the 26th until 1 November', () => {
    expect(paymentDayStatus(hebei, 2026, '2025-10-25')).toEqual({ open: true })
    expect(paymentDayStatus(hebei, 2026, '2025-10-26')).toEqual({
      open: false,
      reason: 'calendar',
      reopensOn: '2025-11-01',
    })
  })

  test('河北: December closes after the 28th; January, which no entry names, is open all month', () => {
    expect(paymentDayStatus(hebei, 2026, '2025-12-29')).toEqual({
      open: false,
      reason: 'calendar',
      reopensOn: '2026-01-01',
    })
    expect(paymentDayStatus(hebei, 2026, '2026-01-30')).toEqual({ open: true })
  })

  test("北京: a channel with its own days (5th–20th) while others follow the region's", () => {
    const beijing = regionWith({
      channels: [{ id: 'tax', label: '税务缴费渠道', acceptedDays: [{ firstDay: 5, lastDay: 20 }] }],
    })
    expect(paymentDayStatus(beijing, 2026, '2025-12-21', 'tax')).toEqual({
      open: false,
      reason: 'calendar',
      reopensOn: '2026-01-05',
    })
    expect(paymentDayStatus(beijing, 2026, '2025-12-21')).toEqual({ open: true })
  })

  test('maintenance days close every channel and say the first open day after them', () => {
    const region = regionWith({
      acceptedDays: [{ firstDay: 1, lastDay: 25 }],
      maintenance: [{ from: '2025-11-24', to: '2025-11-25', note: '系统升级' }],
    })
    expect(paymentDayStatus(region, 2026, '2025-11-24')).toEqual({
      open: false,
      reason: 'maintenance',
      reopensOn: '2025-12-01',
    })
  })

  test('before the window: reopens when it opens; after the cut-off: no day to come back', () => {
    const region = regionWith(undefined, { collectionCutoff: '2026-06-30' })
    expect(paymentDayStatus(region, 2026, '2025-08-31')).toEqual({
      open: false,
      reason: 'before-window',
      reopensOn: '2025-09-01',
    })
    expect(paymentDayStatus(region, 2026, '2026-06-30')).toEqual({ open: true })
    expect(paymentDayStatus(region, 2026, '2026-07-01')).toEqual({ open: false, reason: 'after-cutoff' })
  })

  test('a closed day with no open day before the cut-off gives no date to come back', () => {
    const region = regionWith(
      { acceptedDays: [{ firstDay: 1, lastDay: 10 }] },
      { collectionCutoff: '2026-03-20' },
    )
    expect(paymentDayStatus(region, 2026, '2026-03-15')).toEqual({ open: false, reason: 'calendar' })
  })

  test('a month range that runs over the new year (November to February)', () => {
    const region = regionWith({ acceptedDays: [{ fromMonth: 11, toMonth: 2, firstDay: 1, lastDay: 15 }] })
    expect(paymentDayStatus(region, 2026, '2026-01-16')).toEqual({
      open: false,
      reason: 'calendar',
      reopensOn: '2026-02-01',
    })
    expect(paymentDayStatus(region, 2026, '2025-10-20')).toEqual({ open: true })
  })

  test('a year the region has no rules for is left to the quote', () => {
    expect(paymentDayStatus(hebei, 2027, '2026-10-26')).toEqual({ open: true })
  })
})

describe('paymentDayStatus (property)', () => {
  const acceptedDays = fc
    .record({
      months: fc.option(fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 })), {
        nil: undefined,
      }),
      days: fc.tuple(fc.integer({ min: 1, max: 31 }), fc.integer({ min: 1, max: 31 })),
    })
    .map(({ months, days }) => ({
      ...(months ? { fromMonth: months[0], toMonth: months[1] } : {}),
      firstDay: Math.min(...days),
      lastDay: Math.max(...days),
    }))
  const maintenance = fc
    .tuple(fc.integer({ min: 0, max: 480 }), fc.integer({ min: 0, max: 20 }))
    .map(([offset, length]) => ({
      from: addDays('2025-09-01', offset),
      to: addDays('2025-09-01', offset + length),
    }))
  const cases = fc.record({
    calendar: fc.record({
      acceptedDays: fc.array(acceptedDays, { maxLength: 3 }),
      maintenance: fc.array(maintenance, { maxLength: 2 }),
    }),
    cutoff: fc.option(
      fc.integer({ min: 120, max: 486 }).map((offset) => addDays('2025-09-01', offset)),
      {
        nil: undefined,
      },
    ),
    today: fc.integer({ min: -30, max: 486 }).map((offset) => addDays('2025-09-01', offset)),
  })

  test('the day it reopens is open, and every day before it from today is closed', () => {
    fc.assert(
      fc.property(cases, ({ calendar, cutoff, today }) => {
        const region = regionWith(calendar, cutoff ? { collectionCutoff: cutoff } : {})
        const status = paymentDayStatus(region, 2026, today)
        if (status.open || !status.reopensOn) return
        expect(status.reopensOn > today).toBe(true)
        expect(paymentDayStatus(region, 2026, status.reopensOn)).toEqual({ open: true })
        for (let day = addDays(today, 1); day < status.reopensOn; day = addDays(day, 1)) {
          expect(paymentDayStatus(region, 2026, day).open).toBe(false)
        }
      }),
      { seed: 15, numRuns: 400 },
    )
  })
})
