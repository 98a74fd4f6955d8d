/**
 * Properties of quote() that issue 15 found broken, each over seeded random
 * regions, people and payment days (fixed seeds, so a failure repeats):
 * 1. cover never starts before the benefit year's first day (students apart:
 *    a sourced school-year rule covers them from September);
 * 2. a bill that back-years make payable is quoted with that repair, never refused;
 * 3. a student is never covered later than a non-student paying the same day;
 * 4. the newborn exemption ends at the region's age;
 * 5. the region's exempt groups and the fully subsidised never wait, and the
 *    fully subsidised pay nothing.
 */
import fc from 'fast-check'
import { coverageFor } from '../../src/domain/coverage'
import { addDays, daysBetween } from '../../src/domain/iso-date'
import { fen } from '../../src/domain/money'
import { quoteForYear, standardFen, type Person, type QuoteResult } from '../../src/domain/quote'
import {
  SUBSIDY_GROUPS,
  type BenefitYearRules,
  type CollectionWindow,
  type FirstCoveredDay,
  type SubsidyGroup,
} from '../../src/domain/region-rules'
import { usefulBackYears } from '../../src/domain/waiting-period'

const YEAR = 2026
const YEAR_START = `${YEAR}-01-01`
const YEAR_END = `${YEAR}-12-31`
const SEED = 15
const day = (from: string, offset: number) => addDays(from, offset)

/**
 * Windows as regions set them: opening between September of the year before
 * and the benefit year's January, closing up to its end of February, with or
 * without an extended period that may start in December (bug 1's case).
 */
const windows: fc.Arbitrary<CollectionWindow> = fc
  .record({
    startOffset: fc.integer({ min: 0, max: 150 }),
    length: fc.integer({ min: 20, max: 150 }),
    extended: fc.option(fc.integer({ min: 1, max: 90 }), { nil: undefined }),
  })
  .map(({ startOffset, length, extended }) => {
    const start = day(`${YEAR - 1}-09-01`, startOffset)
    const end = [day(start, length), `${YEAR}-02-28`].sort()[0] as string
    return extended === undefined ? { start, end } : { start, end, extendedEnd: day(end, extended) }
  })

const firstDays = fc.constantFrom<FirstCoveredDay | undefined>(
  undefined,
  'same-day',
  'next-day',
  'funds-arrival',
  'next-month',
)

function rulesWith(window: CollectionWindow, more: Partial<BenefitYearRules> = {}): BenefitYearRules {
  return {
    benefitYear: YEAR,
    individualStandardFen: {
      'working-age': fen(40000),
      'child-student': fen(40000),
      newborn: fen(40000),
      elderly: fen(40000),
    },
    individualFromNationalFloor: false,
    window,
    subsidyRules: [],
    sources: [{ document: '测试用规则', url: '', grade: 'B' }],
    ...more,
  }
}

/** Any day from the window's opening to the end of the benefit year. */
const paymentDayIn = (window: CollectionWindow) =>
  fc.integer({ min: 0, max: daysBetween(window.start, YEAR_END) }).map((offset) => day(window.start, offset))

const person = (more: Partial<Person> = {}): Person => ({
  category: 'working-age',
  subsidyGroup: 'none',
  breakYears: 0,
  ...more,
})

const startOf = (result: QuoteResult) => (result.ok ? result.quote.coverage.start : undefined)

describe('quote (properties for the bugs of issue 15)', () => {
  test('1. cover never starts before 1 January of the benefit year, whatever the window and first-day rule', () => {
    const cases = fc
      .record({ window: windows, firstDay: firstDays, breakYears: fc.nat({ max: 8 }) })
      .chain((base) => paymentDayIn(base.window).map((today) => ({ ...base, today })))
    fc.assert(
      fc.property(cases, ({ window, firstDay, breakYears, today }) => {
        const rules = rulesWith(window, firstDay ? { firstCoveredDay: firstDay } : {})
        const result = quoteForYear(person({ breakYears }), rules, 0, today)
        if (result.ok) expect(result.quote.coverage.start >= YEAR_START).toBe(true)
      }),
      { seed: SEED, numRuns: 1500 },
    )
  })

  test('1. paying on 2025-12-28 in an extended period that starts in December is covered from 1 January', () => {
    const rules = rulesWith({ start: '2025-10-01', end: '2025-12-25', extendedEnd: '2026-02-28' })
    expect(startOf(quoteForYear(person(), rules, 0, '2025-12-28'))).toBe('2026-01-01')
    expect(startOf(quoteForYear(person(), rules, 0, '2025-12-25'))).toBe('2026-01-01')
  })

  test('2. when some number of back-years gives cover this year, the quote offers the fewest instead of refusing', () => {
    const cases = fc
      .record({ window: windows, breakYears: fc.nat({ max: 12 }) })
      .chain((base) => paymentDayIn(base.window).map((today) => ({ ...base, today })))
    fc.assert(
      fc.property(cases, ({ window, breakYears, today }) => {
        const rules = rulesWith(window)
        const coverWith = (backYears: number) =>
          coverageFor({
            rules,
            window,
            paymentDate: today,
            breakYears,
            backYears,
            exempt: false,
            inSchool: false,
          })
        const useful = usefulBackYears(breakYears)
        const covering = Array.from({ length: useful + 1 }, (_, years) => years).filter(
          (years) => coverWith(years).ok,
        )
        const result = quoteForYear(person({ breakYears }), rules, 0, today)
        const fewest = covering[0]
        if (fewest === undefined) return
        expect(result.ok).toBe(true)
        if (!result.ok) return
        expect(result.quote.backYears).toBe(fewest)
        expect(result.quote.needsRepair).toEqual(
          fewest === 0 ? undefined : { minBackYears: fewest, requestedBackYears: 0 },
        )
        // Every option offered gives cover, and the bill's lines still add up.
        expect(result.quote.backYearOptions.map((option) => option.backYears)).toEqual(covering)
        expect(result.quote.payableFen).toBe(40000 * (1 + fewest))
      }),
      { seed: SEED, numRuns: 1500 },
    )
  })

  test('2. the issue case: a 5-year break paying on 2026-06-01 is offered 1 back-year, cover from 2026-12-01', () => {
    const rules = rulesWith({ start: '2025-09-01', end: '2025-12-31', extendedEnd: '2026-02-28' })
    const result = quoteForYear(person({ breakYears: 5 }), rules, 0, '2026-06-01')
    expect(result.ok && result.quote).toEqual(
      expect.objectContaining({
        backYears: 1,
        payableFen: 80000,
        needsRepair: { minBackYears: 1, requestedBackYears: 0 },
        backYearOptions: [expect.objectContaining({ backYears: 1, start: '2026-12-01', waitingMonths: 6 })],
      }),
    )
    expect(result.ok && result.quote.coverage.start).toBe('2026-12-01')
  })

  test('3. a student is never covered later than a non-student paying the same day in the same window', () => {
    const schoolDays = fc
      .integer({ min: 0, max: 364 })
      .map((offset) => addDays('2025-01-01', offset).slice(5))
    const cases = fc
      .record({
        window: windows,
        breakYears: fc.nat({ max: 3 }),
        coverFrom: schoolDays,
        fromEnrolment: fc.boolean(),
        enrolledOffset: fc.integer({ min: -400, max: 200 }),
      })
      .chain((base) => paymentDayIn(base.window).map((today) => ({ ...base, today })))
    fc.assert(
      fc.property(cases, ({ window, breakYears, coverFrom, fromEnrolment, enrolledOffset, today }) => {
        const rules = rulesWith(
          window,
          fromEnrolment
            ? { schoolYear: { coverFrom, from: 'enrolment-date' } }
            : { schoolYearCoverFrom: coverFrom },
        )
        const student = quoteForYear(
          person({
            category: 'child-student',
            breakYears,
            inSchool: true,
            schoolEnrolledOn: day(today, enrolledOffset),
          }),
          rules,
          0,
          today,
        )
        const other = quoteForYear(person({ category: 'child-student', breakYears }), rules, 0, today)
        expect(student.ok).toBe(other.ok)
        if (student.ok && other.ok) {
          expect(student.quote.coverage.start <= other.quote.coverage.start).toBe(true)
        }
      }),
      { seed: SEED, numRuns: 1500 },
    )
  })

  test('3. a window that opens inside the benefit year does not push students to its September', () => {
    const rules = rulesWith({ start: '2026-01-05', end: '2026-03-31' }, { schoolYearCoverFrom: '09-01' })
    const student = quoteForYear(
      person({ category: 'child-student', inSchool: true }),
      rules,
      0,
      '2026-01-10',
    )
    expect(startOf(student)).toBe('2025-09-01')
  })

  test("4. past the region's age a child in the newborn category waits like anyone else; before it, never", () => {
    const cases = fc
      .record({
        window: windows,
        exemptUntil: fc.option(fc.integer({ min: 91, max: 730 }), { nil: undefined }),
        breakYears: fc.nat({ max: 4 }),
        ageDays: fc.integer({ min: 0, max: 6 * 366 }),
      })
      .chain((base) => paymentDayIn(base.window).map((today) => ({ ...base, today })))
    fc.assert(
      fc.property(cases, ({ window, exemptUntil, breakYears, ageDays, today }) => {
        const newborn = {
          fromBirthWithinDays: 90,
          afterThat: 'payment-date' as const,
          exemptUntilAgeDays: exemptUntil,
        }
        const rules = rulesWith(window, { newborn })
        const birthDate = addDays(today, -ageDays)
        const baby = quoteForYear(person({ category: 'newborn', birthDate, breakYears }), rules, 0, today)
        const anyone = quoteForYear(person({ breakYears }), rules, 0, today)
        if (ageDays > (exemptUntil ?? 365)) {
          // Past the exemption, the same cover as an adult with the same history and day.
          expect(startOf(baby)).toBe(startOf(anyone))
        } else if (baby.ok) {
          expect(baby.quote.coverage.waitingMonths).toBe(0)
        }
      }),
      { seed: SEED, numRuns: 1500 },
    )
  })

  test('4. a 5-year-old in the newborn category paying after the window waits the fixed 3 months', () => {
    const rules = rulesWith({ start: '2025-09-01', end: '2025-12-31' })
    const result = quoteForYear(
      person({ category: 'newborn', birthDate: '2021-03-01' }),
      rules,
      0,
      '2026-03-15',
    )
    expect(result.ok && result.quote.coverage).toEqual(
      expect.objectContaining({ start: '2026-06-15', waitingMonths: 3, reason: 'outside-window' }),
    )
  })

  test('5. exempt and fully subsidised groups never wait; the fully subsidised pay nothing and repair nothing', () => {
    const groups = SUBSIDY_GROUPS.filter((group): group is Exclude<SubsidyGroup, 'none'> => group !== 'none')
    const cases = fc
      .record({
        window: windows,
        group: fc.constantFrom(...groups),
        how: fc.constantFrom('full', 'listed'),
        breakYears: fc.nat({ max: 12 }),
      })
      .chain((base) => paymentDayIn(base.window).map((today) => ({ ...base, today })))
    fc.assert(
      fc.property(cases, ({ window, group, how, breakYears, today }) => {
        const rules = rulesWith(
          window,
          how === 'full'
            ? { subsidyRules: [{ group, mode: 'full' }] }
            : {
                waitingExemptGroups: [group],
                subsidyRules: [{ group, mode: 'fixed', assistanceFen: fen(30000) }],
              },
        )
        const result = quoteForYear(person({ subsidyGroup: group, breakYears }), rules, 0, today)
        expect(result.ok).toBe(true)
        if (!result.ok) return
        expect(result.quote.coverage.waitingMonths).toBe(0)
        expect(result.quote.backYearOptions).toHaveLength(1)
        expect(result.quote.payableFen).toBe(how === 'full' ? 0 : 10000)
      }),
      { seed: SEED, numRuns: 2000 },
    )
  })

  test('5. a 特困 resident with a 3-year break paying in April is covered from the payment day, nothing to pay', () => {
    const rules = rulesWith(
      { start: '2025-09-01', end: '2025-12-31' },
      { subsidyRules: [{ group: 'extreme-poverty', mode: 'full' }] },
    )
    const result = quoteForYear(
      person({ subsidyGroup: 'extreme-poverty', breakYears: 3 }),
      rules,
      0,
      '2026-04-15',
    )
    expect(result.ok && result.quote.coverage).toEqual(
      expect.objectContaining({ start: '2026-04-15', waitingMonths: 0, reason: 'exempt-group' }),
    )
    expect(result.ok && result.quote.payableFen).toBe(0)
  })
})

describe('quote (properties of the bill with region parameters)', () => {
  const amounts = fc.integer({ min: 0, max: 200000 })
  const cases = fc.record({
    tiers: fc.array(amounts, { minLength: 0, maxLength: 3 }),
    base: amounts,
    care: fc.option(fc.integer({ min: 0, max: 5000 }), { nil: undefined }),
    late: fc.option(fc.constantFrom('plus-subsidy', 'fixed'), { nil: undefined }),
    assistance: fc.option(amounts, { nil: undefined }),
    backYears: fc.nat({ max: 3 }),
    today: fc.integer({ min: 0, max: 480 }).map((offset) => day('2025-09-01', offset)),
  })

  test('the lines sum to the total, the standard and its 长护险 part to the standard, and the chosen plan costs the total', () => {
    fc.assert(
      fc.property(cases, ({ tiers, base, care, late, assistance, backYears, today }) => {
        const rules = rulesWith(
          { start: '2025-09-01', end: '2025-12-31', extendedEnd: '2026-02-28' },
          {
            individualStandardFen: { 'working-age': fen(base) },
            governmentSubsidyFen: fen(70000),
            ...(tiers.length > 0
              ? {
                  tiers: tiers.map((amount, index) => ({
                    id: `t${index}`,
                    label: `${index + 1}档`,
                    individualFen: { 'working-age': fen(amount) },
                  })),
                }
              : {}),
            ...(care === undefined ? {} : { longTermCareFen: { 'working-age': fen(care) } }),
            ...(late === 'plus-subsidy' ? { latePrice: { from: '2026-03-01', mode: 'plus-subsidy' } } : {}),
            ...(late === 'fixed'
              ? {
                  latePrice: {
                    from: '2026-03-01',
                    mode: 'fixed',
                    standardFen: { 'working-age': fen(250000) },
                  },
                }
              : {}),
            subsidyRules:
              assistance === undefined
                ? []
                : [{ group: 'minimum-living', mode: 'fixed', assistanceFen: fen(assistance) }],
          },
        )
        const who = person({ subsidyGroup: 'minimum-living', breakYears: 5 })
        const tierId = tiers.length > 0 ? `t${tiers.length - 1}` : undefined
        const result = quoteForYear(who, rules, Math.min(backYears, 1), today, { tierId })
        if (!result.ok) return
        const quoted = result.quote
        const sum = quoted.lines.reduce((total, line) => total + line.amountFen, 0)
        expect(sum).toBe(quoted.payableFen)
        expect(quoted.payableFen).toBeGreaterThanOrEqual(0)
        const standard = tiers.length > 0 ? (tiers.at(-1) as number) : base
        expect(standardFen(quoted)).toBe(standard)
        const chosen = quoted.planOptions.filter((option) => option.chosen)
        expect(chosen.map((option) => option.payableFen)).toEqual(tiers.length > 0 ? [quoted.payableFen] : [])
        expect(quoted.lines.every((line) => Number.isSafeInteger(line.amountFen))).toBe(true)
      }),
      { seed: SEED, numRuns: 1500 },
    )
  })
})
