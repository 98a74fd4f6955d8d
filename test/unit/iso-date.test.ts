import dayjs from 'dayjs'
import fc from 'fast-check'
import { addDays, addMonths, daysBetween } from '../../src/domain/iso-date'

const isoDates = fc
  .integer({ min: 0, max: 365 * 60 })
  .map((offset) => new Date(Date.UTC(2000, 0, 1 + offset)).toISOString().slice(0, 10))

describe('iso-date', () => {
  test.each([
    ['2026-01-01', 5, '2026-06-01'],
    ['2026-03-31', 3, '2026-06-30'], // no 31 June: the last day of June
    ['2025-11-30', 3, '2026-02-28'],
    ['2023-11-30', 3, '2024-02-29'], // leap year
    ['2026-12-15', 1, '2027-01-15'],
  ])('%s + %i months = %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected)
  })

  test('days across month, year and leap-day boundaries', () => {
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01')
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29')
    expect(daysBetween('2026-01-01', '2026-04-01')).toBe(90)
    expect(daysBetween('2026-04-01', '2026-01-01')).toBe(-90)
  })

  test('(property) agrees with dayjs on months, days and differences', () => {
    fc.assert(
      fc.property(isoDates, isoDates, fc.integer({ min: 0, max: 40 }), (a, b, n) => {
        expect(addMonths(a, n)).toBe(dayjs(a).add(n, 'month').format('YYYY-MM-DD'))
        expect(addDays(a, n)).toBe(dayjs(a).add(n, 'day').format('YYYY-MM-DD'))
        expect(daysBetween(a, b)).toBe(dayjs(b).diff(dayjs(a), 'day'))
      }),
      { numRuns: 2000 },
    )
  })
})
