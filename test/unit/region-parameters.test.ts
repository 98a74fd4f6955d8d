/**
 * The rules a region may set apart from the national text (issue 15,
 * "Measured"), each through quote() on a year built for the case: the wait,
 * the first covered day, the cut-off, the late price, newborns, students,
 * tiers, age bands, per-category subsidy and the long-term-care part. The
 * figures in the names come from docs in /work/shared/facts/regions-2026.md.
 */
import { fen, sumFen } from '../../src/domain/money'
import { quoteForYear, standardFen, type Person, type Quote, type QuoteResult } from '../../src/domain/quote'
import type { BenefitYearRules } from '../../src/domain/region-rules'

const rules = (more: Partial<BenefitYearRules> = {}): BenefitYearRules => ({
  benefitYear: 2026,
  individualStandardFen: { 'working-age': fen(40000), newborn: fen(40000), 'child-student': fen(40000) },
  individualFromNationalFloor: false,
  governmentSubsidyFen: fen(70000),
  window: { start: '2025-10-20', end: '2025-12-31', extendedEnd: '2026-02-28' },
  subsidyRules: [],
  sources: [{ document: '测试用规则', url: '', grade: 'B' }],
  ...more,
})

const person = (more: Partial<Person> = {}): Person => ({
  category: 'working-age',
  subsidyGroup: 'none',
  breakYears: 0,
  ...more,
})

function quoted(result: QuoteResult): Quote {
  if (!result.ok) throw new Error(`expected a quote, got ${result.error}`)
  return result.quote
}

const startOn = (year: BenefitYearRules, today: string, who: Partial<Person> = {}, backYears = 0) =>
  quoted(quoteForYear(person(who), year, backYears, today)).coverage.start

const linesAddUp = (quote: Quote) =>
  expect(sumFen(quote.lines.map((line) => line.amountFen))).toBe(quote.payableFen)

describe('the waiting period as a region sets it', () => {
  test('without a rule, the national text: 3 months, +1 per break year beyond the first, 6 after 4+ years', () => {
    expect(startOn(rules(), '2026-03-15')).toBe('2026-06-15')
    expect(startOn(rules(), '2026-03-15', { breakYears: 3 })).toBe('2026-08-15')
    expect(startOn(rules(), '2026-03-15', { breakYears: 4 }, 0)).toBe('2026-09-15')
  })

  test('a fixed wait in days: 60 days from the payment date', () => {
    const year = rules({ waiting: { unit: 'days', fixedDays: 60 } })
    const quote = quoted(quoteForYear(person(), year, 0, '2026-03-15'))
    expect(quote.coverage).toEqual(
      expect.objectContaining({ start: '2026-05-14', waitingDays: 60, waitingMonths: 0 }),
    )
  })

  test('two months per break year, counted from the first year, repaired two months a back-year', () => {
    const year = rules({ waiting: { perBreakYearMonths: 2, freeBreakYears: 0, longBreakYears: 10 } })
    const quote = quoted(quoteForYear(person({ breakYears: 2 }), year, 0, '2026-03-01'))
    expect(quote.coverage.waitingMonths).toBe(7)
    expect(quote.backYearOptions.map((option) => [option.backYears, option.waitingMonths])).toEqual([
      [0, 7],
      [1, 5],
      [2, 3],
    ])
  })
})

describe('the first covered day', () => {
  test('缴费次日 (安徽, 江西): paying in the extended period covers from the next day', () => {
    expect(startOn(rules({ firstCoveredDay: 'next-day' }), '2026-01-10')).toBe('2026-01-11')
  })

  test('缴费到账之日 (河北): the payment day, marked so the screen says 到账', () => {
    const quote = quoted(quoteForYear(person(), rules({ firstCoveredDay: 'funds-arrival' }), 0, '2026-01-10'))
    expect(quote.coverage).toEqual(
      expect.objectContaining({ start: '2026-01-10', firstCoveredDay: 'funds-arrival' }),
    )
  })

  test('the 1st of the next month, after the extended period or a wait from the payment date', () => {
    const year = rules({ firstCoveredDay: 'next-month' })
    expect(startOn(year, '2026-01-10')).toBe('2026-02-01')
    expect(startOn(year, '2026-03-15')).toBe('2026-07-01')
  })

  test("a wait counted from 1 January ends on a month's first day whatever the rule (陕西: 2026-04-01)", () => {
    expect(startOn(rules({ firstCoveredDay: 'next-day' }), '2025-11-20', { breakYears: 1 })).toBe(
      '2026-04-01',
    )
  })

  test('滁州: a newly listed exempt resident waits nothing but is covered from the day after payment', () => {
    const year = rules({ firstCoveredDay: 'next-day', waitingExemptGroups: ['minimum-living'] })
    const quote = quoted(
      quoteForYear(person({ subsidyGroup: 'minimum-living', breakYears: 2 }), year, 0, '2026-05-10'),
    )
    expect(quote.coverage).toEqual(expect.objectContaining({ start: '2026-05-11', reason: 'exempt-group' }))
  })

  test('the extended period and the end of a wait may follow different rules', () => {
    const year = rules({ firstCoveredDay: { extended: 'next-day' } })
    expect(startOn(year, '2026-01-10')).toBe('2026-01-11')
    expect(startOn(year, '2026-03-15')).toBe('2026-06-15')
  })
})

describe('when collection stops and what paying late costs', () => {
  test('after the cut-off nothing is quoted, even where a wait would still end in the year', () => {
    const year = rules({ collectionCutoff: '2026-06-30' })
    expect(startOn(year, '2026-06-30')).toBe('2026-09-30')
    expect(quoteForYear(person(), year, 0, '2026-07-01')).toEqual({ ok: false, error: 'after-cutoff' })
  })

  test('云南 from 1 July: a late payer pays the individual share plus the subsidy (400 + 670 = 1070 元)', () => {
    const year = rules({
      governmentSubsidyFen: fen(67000),
      latePrice: { from: '2026-07-01', mode: 'plus-subsidy' },
    })
    expect(quoted(quoteForYear(person(), year, 0, '2026-06-30')).payableFen).toBe(40000)
    const late = quoted(quoteForYear(person(), year, 0, '2026-07-01'))
    expect(late.payableFen).toBe(107000)
    expect(late.lines.map((line) => line.kind)).toEqual(['standard', 'late-price'])
    expect(late.warnings).toContain('late-price')
    linesAddUp(late)
  })

  test('a late price the notice states as its own figure', () => {
    const year = rules({
      latePrice: { from: '2026-03-01', mode: 'fixed', standardFen: { 'working-age': fen(110000) } },
    })
    expect(quoted(quoteForYear(person(), year, 0, '2026-03-01')).payableFen).toBe(110000)
  })
})

describe('newborns', () => {
  const baby = (birthDate: string): Partial<Person> => ({ category: 'newborn', birthDate })

  test.each([
    ['payment-date', '2026-05-20'],
    ['day-after-payment', '2026-05-21'],
    ['next-month', '2026-06-01'],
    ['waiting', '2026-08-20'],
  ] as const)('enrolled after 90 days with rule %s: from %s', (afterThat, start) => {
    const year = rules({ newborn: { fromBirthWithinDays: 90, afterThat } })
    expect(startOn(year, '2026-05-20', baby('2026-01-10'))).toBe(start)
  })

  test('a region that gives no cover after its days says so rather than quoting a date', () => {
    const year = rules({ newborn: { fromBirthWithinDays: 90, afterThat: 'no-cover' } })
    expect(quoteForYear(person(baby('2026-01-10')), year, 0, '2026-05-20')).toEqual({
      ok: false,
      error: 'newborn-no-cover',
    })
    expect(startOn(year, '2026-03-20', baby('2026-01-10'))).toBe('2026-01-10')
  })

  test('湖南: the birth year is free; 江西: three natural years from birth', () => {
    const hunan = rules({
      newborn: { fromBirthWithinDays: 90, afterThat: 'payment-date', birthYearFree: true },
    })
    const free = quoted(quoteForYear(person(baby('2026-02-01')), hunan, 0, '2026-03-01'))
    expect(free.payableFen).toBe(0)
    expect(free.lines.at(-1)).toEqual({ kind: 'assistance', label: '新生儿免缴', amountFen: -40000 })
    expect(quoted(quoteForYear(person(baby('2025-02-01')), hunan, 0, '2025-11-01')).payableFen).toBe(40000)
    const jiangxi = rules({
      newborn: { fromBirthWithinDays: 90, afterThat: 'day-after-payment', birthYearFree: true, freeYears: 3 },
    })
    expect(quoted(quoteForYear(person(baby('2024-06-01')), jiangxi, 0, '2025-11-01')).payableFen).toBe(0)
    expect(quoted(quoteForYear(person(baby('2023-06-01')), jiangxi, 0, '2025-11-01')).payableFen).toBe(40000)
  })
})

describe('students', () => {
  test('by enrolment date (厦门 高校新生: from the day they enrolled in September)', () => {
    const year = rules({ schoolYear: { coverFrom: '09-01', from: 'enrolment-date' } })
    const student = { category: 'child-student' as const, inSchool: true }
    expect(startOn(year, '2025-11-20', { ...student, schoolEnrolledOn: '2025-09-06' })).toBe('2025-09-06')
    // Enrolled years ago: from the school year's first day.
    expect(startOn(year, '2025-11-20', { ...student, schoolEnrolledOn: '2023-09-01' })).toBe('2025-09-01')
  })
})

describe('tiers, age bands and per-category figures', () => {
  const chengdu = rules({
    individualStandardFen: { 'child-student': fen(40000) },
    tiers: [
      { id: 'low', label: '一档', individualFen: { 'working-age': fen(40000) } },
      { id: 'high', label: '二档', individualFen: { 'working-age': fen(55000) }, note: '待遇更高' },
    ],
  })

  test('成都 two tiers: the first is the default, both are offered side by side with what each costs', () => {
    const quote = quoted(quoteForYear(person(), chengdu, 0, '2025-11-20'))
    expect(quote.tierId).toBe('low')
    expect(quote.payableFen).toBe(40000)
    expect(quote.planOptions).toEqual([
      {
        id: 'low',
        label: '一档',
        kind: 'tier',
        individualFen: 40000,
        payableFen: 40000,
        chosen: true,
        selectable: true,
      },
      {
        id: 'high',
        label: '二档',
        kind: 'tier',
        individualFen: 55000,
        payableFen: 55000,
        chosen: false,
        selectable: true,
        note: '待遇更高',
      },
    ])
  })

  test('choosing the second tier bills it, back-years at its standard; an unknown tier is refused', () => {
    const quote = quoted(
      quoteForYear(person({ breakYears: 3 }), chengdu, 1, '2025-11-20', { tierId: 'high' }),
    )
    expect(quote.payableFen).toBe(110000)
    expect(quote.planOptions.find((option) => option.chosen)?.id).toBe('high')
    expect(quoteForYear(person(), chengdu, 0, '2025-11-20', { tierId: 'top' })).toEqual({
      ok: false,
      error: 'tier-unknown',
    })
  })

  test("a category no tier lists keeps the year's standard and no tier choice", () => {
    const quote = quoted(quoteForYear(person({ category: 'child-student' }), chengdu, 0, '2025-11-20'))
    expect([quote.payableFen, quote.tierId, quote.planOptions]).toEqual([40000, undefined, []])
  })

  const shanghai = rules({
    individualStandardFen: { 'child-student': fen(40000) },
    ageBands: [
      { id: '70+', label: '70周岁以上', minAge: 70, individualFen: fen(70000) },
      { id: '60-69', label: '60–69周岁', minAge: 60, maxAge: 69, individualFen: fen(87000) },
      { id: '19-59', label: '19–59周岁', minAge: 19, maxAge: 59, individualFen: fen(104000) },
    ],
  })

  test("上海 age bands: the resident's band sets the standard; the others show for information", () => {
    const quote = quoted(
      quoteForYear(person({ category: 'elderly', ageOnFirstDay: 65 }), shanghai, 0, '2025-11-20'),
    )
    expect(quote.payableFen).toBe(87000)
    expect(quote.ageBandId).toBe('60-69')
    expect(quote.lines[0]?.label).toBe('个人缴费标准（60–69周岁）')
    expect(quote.planOptions.map((option) => [option.id, option.chosen, option.selectable])).toEqual([
      ['70+', false, false],
      ['60-69', true, false],
      ['19-59', false, false],
    ])
  })

  test('without the age, a banded category cannot be quoted rather than guessed', () => {
    expect(quoteForYear(person({ category: 'elderly' }), shanghai, 0, '2025-11-20')).toEqual({
      ok: false,
      error: 'age-unknown',
    })
    expect(
      quoted(quoteForYear(person({ category: 'child-student' }), shanghai, 0, '2025-11-20')).planOptions,
    ).toEqual([])
  })

  test("北京 subsidy by category (4380 / 1755 / 2355 元) wins over the year's figure", () => {
    const beijing = rules({
      individualStandardFen: { elderly: fen(46000), 'child-student': fen(43500), 'working-age': fen(79500) },
      subsidyByCategory: { elderly: fen(438000), 'child-student': fen(175500), 'working-age': fen(235500) },
    })
    const subsidyOf = (category: Person['category']) =>
      quoted(quoteForYear(person({ category }), beijing, 0, '2025-12-01')).governmentSubsidyFen
    expect([subsidyOf('elderly'), subsidyOf('child-student'), subsidyOf('working-age')]).toEqual([
      438000, 175500, 235500,
    ])
  })

  test('the long-term-care part is its own line; the lines still add up to the standard and to what is paid', () => {
    const nantong = rules({
      individualStandardFen: { 'college-student': fen(33000) },
      longTermCareFen: { 'college-student': fen(3000) },
      subsidyRules: [{ group: 'minimum-living', mode: 'fixed', assistanceFen: fen(10000) }],
    })
    const quote = quoted(
      quoteForYear(
        person({ category: 'college-student', subsidyGroup: 'minimum-living' }),
        nantong,
        0,
        '2025-11-20',
      ),
    )
    expect(quote.lines).toEqual([
      { kind: 'standard', label: '个人缴费（大学生，医疗部分）', amountFen: 30000 },
      { kind: 'long-term-care', label: '长期护理保险', amountFen: 3000 },
      { kind: 'assistance', label: '资助参保（低保对象）', amountFen: -10000 },
    ])
    expect(standardFen(quote)).toBe(33000)
    expect(quote.payableFen).toBe(23000)
    linesAddUp(quote)
  })

  test('a year resting on a grade-C figure is marked on the quote', () => {
    expect(quoted(quoteForYear(person(), rules({ gradeC: true }), 0, '2025-11-20')).gradeC).toBe(true)
    expect(quoted(quoteForYear(person(), rules(), 0, '2025-11-20')).gradeC).toBeUndefined()
  })
})
